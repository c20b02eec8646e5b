import { AuthError, isAuthError } from './auth-error.js';
import type { AuthHeadersContext, AuthProvider } from './auth-provider.js';
import { revealer, type SecretInput } from './secret-input.js';

/** Options of {@link createBearerAuth}: a fixed token, or a function that returns the current one. */
export type BearerAuthOptions =
  | {
      /** The token, sent as `Authorization: Bearer <token>`. */
      readonly token: SecretInput;
    }
  | {
      /** Returns the current token; called before every request. */
      readonly getToken: (ctx: AuthHeadersContext) => string | Promise<string>;
    };

/**
 * A bearer token the user manages: static, or fetched by `getToken` on every request (cache inside it if it
 * is expensive). An empty token is refused so that no request goes out without credentials.
 */
export function createBearerAuth(options: BearerAuthOptions): AuthProvider {
  const getToken = 'getToken' in options ? options.getToken : revealer(options.token);
  return Object.freeze({
    kind: 'bearer',
    headers: async (ctx: AuthHeadersContext) => {
      ctx.signal?.throwIfAborted();
      let token: unknown;
      try {
        token = await getToken(ctx);
      } catch (error) {
        // Aborts and our own errors pass through; anything else becomes an AuthError so the caller sees one family.
        if (isAuthError(error) || ctx.signal?.aborted) throw error;
        throw new AuthError('The bearer token function failed', {
          code: 'TOKEN_REQUEST_FAILED',
          cause: error,
        });
      }
      if (typeof token !== 'string' || token === '') {
        throw new AuthError('The bearer token is empty', { code: 'TOKEN_RESPONSE_INVALID' });
      }
      return { authorization: `Bearer ${token}` };
    },
    invalidate: () => {},
  });
}
