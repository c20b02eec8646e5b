import { AuthError } from './auth-error.js';
import type { AuthProvider } from './auth-provider.js';
import type { OAuthProviderOptions } from './oauth-provider.js';

/**
 * The `browser` and `worker` builds refuse OAuth client credentials: a client secret shipped to a page or a
 * web worker can be read by anyone who loads it. There, the application signs the user in (its own OAuth flow)
 * and hands the user's access token to `createBearerAuth({ getToken })`; or, for local development, basic auth.
 */
export function createOAuthProvider(_options: OAuthProviderOptions): AuthProvider {
  throw new AuthError(
    'OAuth client credentials are refused in the browser and worker builds: the client secret would be readable by ' +
      "anyone who loads the page. Sign the user in with your application's own OAuth flow and pass the access " +
      'token with createBearerAuth({ getToken }), or use basic auth against a local cluster.',
    { code: 'UNSUPPORTED_RUNTIME' },
  );
}
