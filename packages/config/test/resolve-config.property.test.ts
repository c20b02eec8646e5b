import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CamundaConfig } from '../src/camunda-config.js';
import { isConfigError } from '../src/config-error.js';
import { CONFIG_SCHEMA } from '../src/config-schema.js';
import { resolveConfig } from '../src/resolve-config.js';
import { tempDir } from './support.js';

const NAMES = CONFIG_SCHEMA.flatMap((def) => [def.name, ...def.aliases]);

/** Values that reach deeper code paths than random text usually does. */
const PLAUSIBLE = [
  'true',
  'false',
  '1',
  '0',
  '-1',
  '0.5',
  '1.5',
  '30000',
  'OAUTH',
  'basic',
  'none',
  'silly',
  'req:strict,res:warn',
  'https://example.com/',
  'http://localhost:8080/v2',
  'ca.pem',
  '.env',
  '.',
  '/',
  '-----BEGIN CERTIFICATE-----\\nx\\n-----END CERTIFICATE-----',
];

const value = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...PLAUSIBLE));
const layer = fc.oneof(
  fc.constant({}),
  fc.dictionary(fc.constantFrom(...NAMES), value, { maxKeys: NAMES.length }),
);

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
  writeFileSync(join(dir.path, 'ca.pem'), '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n');
});
afterAll(() => dir.remove());

function outcome(run: () => CamundaConfig): 'config' | 'config-error' {
  try {
    const config = run();
    expect(Object.isFrozen(config)).toBe(true);
    expect(config.restAddress.endsWith('/v2')).toBe(true);
    return 'config';
  } catch (error) {
    if (!isConfigError(error)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) expect(issue.message).toContain(issue.key);
    return 'config-error';
  }
}

describe('resolveConfig on arbitrary input', () => {
  it('returns a valid config or throws a ConfigError, never anything else', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(layer, layer, fc.string(), (env, overrides, dotenv) => {
        writeFileSync(join(dir.path, '.env'), dotenv);
        seen.add(outcome(() => resolveConfig({ env, overrides, cwd: dir.path })));
      }),
      { numRuns: 300 },
    );
    // Both outcomes occur, so the property is not vacuous.
    expect(seen).toEqual(new Set(['config', 'config-error']));
  });

  it('holds for every single key given arbitrary text', () => {
    for (const name of NAMES) {
      fc.assert(
        fc.property(value, (text) => {
          outcome(() => resolveConfig({ env: { [name]: text }, cwd: dir.path }));
        }),
        { numRuns: 150 },
      );
    }
    expect(NAMES.length).toBeGreaterThan(40);
  });
});
