import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTATION_SCOPE } from '../src/index.js';

describe('INSTRUMENTATION_SCOPE', () => {
  it('names this package at the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      name: string;
      version: string;
    };
    expect(INSTRUMENTATION_SCOPE).toEqual({ name: pkg.name, version: pkg.version });
  });
});
