import { describe, expect, it } from 'vitest';
import { describeConfig } from '../src/describe-config.js';
import { resolveConfig } from '../src/resolve-config.js';
import { configError, issueCodes } from './support.js';

const OAUTH = { CAMUNDA_CLIENT_ID: 'id', CAMUNDA_CLIENT_SECRET: 'secret' };
const BASIC = { CAMUNDA_BASIC_AUTH_USERNAME: 'demo', CAMUNDA_BASIC_AUTH_PASSWORD: 'demo-pw' };

describe('auth strategy inference (strategy unset)', () => {
  it('client id and secret mean OAUTH', () => {
    const config = resolveConfig({ env: OAUTH });
    expect(config.auth.strategy).toBe('OAUTH');
    expect(describeConfig(config).find((entry) => entry.key === 'CAMUNDA_AUTH_STRATEGY')).toMatchObject({
      value: 'OAUTH',
      source: 'inferred',
    });
  });

  it('basic username and password mean BASIC', () => {
    expect(resolveConfig({ env: BASIC }).auth.strategy).toBe('BASIC');
  });

  it('no credentials mean NONE', () => {
    expect(resolveConfig({ env: {} }).auth.strategy).toBe('NONE');
  });

  it('both kinds of credentials are an error asking to set the strategy', () => {
    const error = configError({ env: { ...OAUTH, ...BASIC } });
    expect(issueCodes(error)).toEqual([['CAMUNDA_AUTH_STRATEGY', 'CONFLICT']]);
    expect(error.issues[0]?.message).toContain('set CAMUNDA_AUTH_STRATEGY');
  });

  it('half a pair still picks its strategy, then asks for the other half', () => {
    const error = configError({ env: { CAMUNDA_CLIENT_ID: 'id' } });
    expect(issueCodes(error)).toEqual([['CAMUNDA_CLIENT_SECRET', 'MISSING_REQUIRED']]);
    expect(error.issues[0]?.message).toContain('inferred');
  });
});

describe('explicit strategy', () => {
  it('an explicit strategy settles the choice when both kinds are set', () => {
    expect(resolveConfig({ env: { ...OAUTH, ...BASIC, CAMUNDA_AUTH_STRATEGY: 'basic' } }).auth.strategy).toBe(
      'BASIC',
    );
  });

  it('OAUTH needs client id and secret', () => {
    const error = configError({ env: { CAMUNDA_AUTH_STRATEGY: 'OAUTH' } });
    expect(issueCodes(error)).toEqual([
      ['CAMUNDA_CLIENT_ID', 'MISSING_REQUIRED'],
      ['CAMUNDA_CLIENT_SECRET', 'MISSING_REQUIRED'],
    ]);
  });

  it('BASIC needs username and password', () => {
    const error = configError({
      env: { CAMUNDA_AUTH_STRATEGY: 'BASIC', CAMUNDA_BASIC_AUTH_USERNAME: 'demo' },
    });
    expect(issueCodes(error)).toEqual([['CAMUNDA_BASIC_AUTH_PASSWORD', 'MISSING_REQUIRED']]);
  });

  it('NONE ignores credentials that are set', () => {
    const config = resolveConfig({ env: { ...OAUTH, CAMUNDA_AUTH_STRATEGY: 'NONE' } });
    expect(config.auth.strategy).toBe('NONE');
    expect(config.auth.oauth.clientId).toBe('id');
  });

  it('an invalid strategy is reported once, without inference errors on top', () => {
    const error = configError({ env: { ...OAUTH, ...BASIC, CAMUNDA_AUTH_STRATEGY: 'token' } });
    expect(issueCodes(error)).toEqual([['CAMUNDA_AUTH_STRATEGY', 'INVALID_ENUM']]);
  });
});

describe('the disk cache switch', () => {
  it('clears the cache directory so auth sees one setting', () => {
    const config = resolveConfig({
      env: { CAMUNDA_TOKEN_CACHE_DIR: '/tmp/tokens', CAMUNDA_TOKEN_DISK_CACHE_DISABLE: 'true' },
    });
    expect(config.auth.oauth.cacheDir).toBeUndefined();
    expect(describeConfig(config).find((entry) => entry.key === 'CAMUNDA_TOKEN_CACHE_DIR')?.shadowedBy).toBe(
      'CAMUNDA_TOKEN_DISK_CACHE_DISABLE',
    );
  });
});
