import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { browserBuildFindings, browserEntry } from '../../../tools/build-config/dist-probe.js';
import type * as ConfigModule from '../src/index.js';

/** The browser build, loaded as a bundler would pick it for the `browser` condition (it runs in Node too). */
async function browserBuild(): Promise<typeof ConfigModule> {
  return (await import(pathToFileURL(browserEntry()).href)) as typeof ConfigModule;
}

describe('browser build', () => {
  afterEach(() => {
    delete process.env.CAMUNDA_REST_ADDRESS;
  });

  it('contains no Node built-in, file access or process.env', () => {
    expect(browserBuildFindings()).toEqual([]);
  });

  it('reads no environment: configuration is what the caller passes', async () => {
    process.env.CAMUNDA_REST_ADDRESS = 'http://from-the-environment:8080/v2';
    const { resolveConfig } = await browserBuild();
    expect(resolveConfig().restAddress).not.toBe('http://from-the-environment:8080/v2');
    const explicit = resolveConfig({ overrides: { CAMUNDA_REST_ADDRESS: 'http://127.0.0.1:8080/v2' } });
    expect(explicit.restAddress).toBe('http://127.0.0.1:8080/v2');
  });

  it('refuses settings that need files, naming the key', async () => {
    const { resolveConfig, isConfigError } = await browserBuild();
    let error: unknown;
    try {
      resolveConfig({ overrides: { CAMUNDA_LOAD_ENVFILE: '.env', CAMUNDA_CA_CERT_PATH: '/etc/ca.pem' } });
    } catch (caught) {
      error = caught;
    }
    expect(isConfigError(error)).toBe(true);
    const issues = (error as ConfigModule.ConfigError).issues;
    expect(issues.map((issue) => [issue.code, issue.key])).toEqual([
      ['UNSUPPORTED_RUNTIME', 'CAMUNDA_CA_CERT_PATH'],
      ['UNSUPPORTED_RUNTIME', 'CAMUNDA_LOAD_ENVFILE'],
    ]);
    expect(issues[0]?.message).toContain('CAMUNDA_CA_CERT instead of CAMUNDA_CA_CERT_PATH');
  });
});
