import { type CamundaConfig, Secret } from '@camunda-ts/config';

type AuthSection = CamundaConfig['auth'];

/** The auth and TLS part of a resolved config, as a literal with test defaults; `auth` parts override. */
export function authConfig(
  overrides: {
    readonly strategy?: AuthSection['strategy'];
    readonly oauth?: Partial<AuthSection['oauth']>;
    readonly basic?: Partial<AuthSection['basic']>;
  } = {},
): Pick<CamundaConfig, 'auth' | 'tls'> {
  return {
    auth: {
      strategy: overrides.strategy ?? 'NONE',
      oauth: {
        clientId: 'config-client',
        clientSecret: new Secret('config-secret'),
        url: 'http://127.0.0.1:1/oauth/token',
        audience: 'zeebe.camunda.io',
        scope: undefined,
        timeoutMs: 5_000,
        retryMax: 0,
        retryBaseDelayMs: 1,
        maxResponseBytes: 1024 * 1024,
        cacheDir: undefined,
        diskCacheDisabled: false,
        ...overrides.oauth,
      },
      basic: { username: 'demo', password: new Secret('demo'), ...overrides.basic },
    },
    tls: { ca: undefined, cert: undefined, key: undefined, passphrase: undefined },
  };
}
