import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArgs, run } from '../src/cli.js';
import { fixtureSpec } from './fixture-spec.js';

let root: string;
let specDir: string;
let log: string[];

beforeEach(() => {
  const base = mkdtempSync(join(tmpdir(), 'codegen-cli-'));
  root = join(base, 'repo');
  specDir = join(base, 'spec');
  mkdirSync(root);
  mkdirSync(specDir);
  const { document, metadata } = fixtureSpec();
  writeFileSync(join(specDir, 'rest-api.bundle.json'), JSON.stringify(document));
  writeFileSync(join(specDir, 'spec-metadata.json'), JSON.stringify(metadata));
  log = [];
});

afterEach(() => {
  rmSync(join(root, '..'), { recursive: true, force: true });
});

const options = (check = false) => ({ check, specDir, root });
const record = (line: string) => log.push(line);

describe('parseArgs', () => {
  it('defaults the spec folder to ../shared/spec beside the repository root', () => {
    expect(parseArgs([], {}, '/repo')).toEqual({ check: false, specDir: '/shared/spec', root: '/repo' });
  });

  it('takes the spec folder from CAMUNDA_SPEC_DIR, and a flag over both', () => {
    expect(parseArgs([], { CAMUNDA_SPEC_DIR: '/env/spec' }, '/repo').specDir).toBe('/env/spec');
    const parsed = parseArgs(
      ['--check', '--spec-dir', '/flag/spec'],
      { CAMUNDA_SPEC_DIR: '/env/spec' },
      '/repo',
    );
    expect(parsed).toEqual({ check: true, specDir: '/flag/spec', root: '/repo' });
  });

  it('rejects unknown flags and flags without a value', () => {
    expect(() => parseArgs(['--nope'], {}, '/repo')).toThrow(/unknown argument --nope/);
    expect(() => parseArgs(['--spec-dir'], {}, '/repo')).toThrow(/needs a value/);
  });
});

describe('run', () => {
  it('writes the generated folders and reports nothing to do on a second run', () => {
    expect(run(options(), record)).toBe(0);
    const header = readFileSync(join(root, 'packages/types/src/generated/models.ts'), 'utf8').split('\n')[0];
    expect(header).toBe('// Generated from the OpenAPI spec — do not edit');
    log = [];
    expect(run(options(), record)).toBe(0);
    expect(log.some((line) => line.startsWith('wrote'))).toBe(false);
  });

  it('check mode passes on fresh output and fails on an edited, a missing or a stray file', () => {
    run(options(), record);
    expect(run(options(true), record)).toBe(0);

    const models = join(root, 'packages/types/src/generated/models.ts');
    writeFileSync(models, `${readFileSync(models, 'utf8')}// edited\n`);
    log = [];
    expect(run(options(true), record)).toBe(1);
    expect(log).toContain('differs: packages/types/src/generated/models.ts');

    run(options(), record);
    const stray = join(root, 'packages/client/src/generated/old.ts');
    writeFileSync(stray, '');
    log = [];
    expect(run(options(true), record)).toBe(1);
    expect(log).toContain('not generated: packages/client/src/generated/old.ts');

    rmSync(join(root, 'packages/types/src/generated/enums.ts'));
    log = [];
    expect(run(options(true), record)).toBe(1);
    expect(log).toContain('missing: packages/types/src/generated/enums.ts');
  });

  it('removes files that are no longer generated', () => {
    run(options(), record);
    const stray = join(root, 'packages/types/src/generated/removed-schema.ts');
    writeFileSync(stray, '');
    log = [];
    run(options(), record);
    expect(log).toContain('removed packages/types/src/generated/removed-schema.ts');
  });

  it('skips the check with a note when the spec folder is absent, but fails to generate', () => {
    rmSync(specDir, { recursive: true });
    expect(run(options(true), record)).toBe(0);
    expect(log.at(-1)).toMatch(/absent: generated-code check skipped/);
    expect(run(options(false), record)).toBe(1);
    expect(log.at(-1)).toMatch(/not found/);
  });
});
