import type { CamundaConfig } from '@camunda-ts/config';
import type { Logger } from '@camunda-ts/types';
import type { Dispatcher } from 'undici';
import { AuthError } from './auth-error.js';
import type { AuthProvider } from './auth-provider.js';
import { createBasicAuth } from './basic-auth.js';
import { createNoAuth } from './no-auth.js';
import { createOAuthProvider } from './oauth-provider.js';

/** Runtime collaborators of {@link createAuthProvider}; the settings themselves come from the config. */
export interface CreateAuthProviderOptions {
  /** Receives token lifecycle events (never a token or a secret). */
  readonly logger?: Logger | undefined;
  /** Dispatcher for OAuth token requests (tests); by default the provider owns a TLS-configured `Agent`. */
  readonly dispatcher?: Dispatcher | undefined;
  /** Clock in epoch milliseconds. Default `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/**
 * Picks the provider the resolved config asks for (`CAMUNDA_AUTH_STRATEGY`): none, basic or OAuth client
 * credentials. A user who brings an own {@link AuthProvider} skips this and hands that object to the client.
 */
export function createAuthProvider(
  config: Pick<CamundaConfig, 'auth' | 'tls'>,
  options: CreateAuthProviderOptions = {},
): AuthProvider {
  const { strategy, oauth, basic } = config.auth;
  switch (strategy) {
    case 'NONE':
      return createNoAuth();
    case 'BASIC': {
      if (basic.username === undefined || basic.password === undefined) {
        throw new AuthError('BASIC auth needs CAMUNDA_BASIC_AUTH_USERNAME and CAMUNDA_BASIC_AUTH_PASSWORD', {
          code: 'INVALID_CREDENTIALS',
        });
      }
      return createBasicAuth({ username: basic.username, password: basic.password });
    }
    case 'OAUTH': {
      if (oauth.clientId === undefined || oauth.clientSecret === undefined) {
        throw new AuthError('OAUTH auth needs CAMUNDA_CLIENT_ID and CAMUNDA_CLIENT_SECRET', {
          code: 'INVALID_CREDENTIALS',
        });
      }
      return createOAuthProvider({
        url: oauth.url,
        clientId: oauth.clientId,
        clientSecret: oauth.clientSecret,
        audience: oauth.audience,
        scope: oauth.scope,
        timeoutMs: oauth.timeoutMs,
        maxResponseBytes: oauth.maxResponseBytes,
        retry: { max: oauth.retryMax, baseDelayMs: oauth.retryBaseDelayMs },
        cacheDir: oauth.diskCacheDisabled ? undefined : oauth.cacheDir,
        tls: config.tls,
        logger: options.logger,
        dispatcher: options.dispatcher,
        now: options.now,
      });
    }
    default:
      throw new AuthError(`Unknown auth strategy ${String(strategy satisfies never)}`, {
        code: 'INVALID_CREDENTIALS',
      });
  }
}
