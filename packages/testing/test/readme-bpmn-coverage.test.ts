import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeBpmnCoverage } from '../src/bpmn/bpmn-coverage.js';
import { elementParsers } from '../src/bpmn/element-parsers.js';
import { REJECTED_ELEMENTS } from '../src/bpmn/parse-bpmn.js';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const START = '<!-- bpmn-coverage:start -->';
const END = '<!-- bpmn-coverage:end -->';

describe('README: BPMN coverage', () => {
  it('lists exactly what the parser registry supports and rejects', async () => {
    const readme = await readFile(readmePath, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, 'coverage markers in the README').toBeGreaterThan(-1);
    const current = readme.slice(start + START.length, end).trim();
    const generated = describeBpmnCoverage();
    if (process.env.UPDATE_README === '1' && current !== generated) {
      await writeFile(
        readmePath,
        `${readme.slice(0, start + START.length)}\n${generated}\n${readme.slice(end)}`,
      );
      return;
    }
    expect(current).toBe(generated);
  });

  it('names every registered element as supported and no supported element as rejected', () => {
    const text = describeBpmnCoverage();
    for (const type of Object.keys(elementParsers))
      expect(text).toContain(`\`${type.replace(/^bpmn:/, '')}\``);
    for (const type of REJECTED_ELEMENTS) expect(Object.keys(elementParsers)).not.toContain(type);
  });
});
