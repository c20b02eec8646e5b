import type { AuthProvider } from './auth-provider.js';
import { revealer, type SecretInput } from './secret-input.js';

/** Options of {@link createBasicAuth}. */
export interface BasicAuthOptions {
  /** The user name (`CAMUNDA_BASIC_AUTH_USERNAME`). */
  readonly username: string;
  /** The password (`CAMUNDA_BASIC_AUTH_PASSWORD`), as a string or a `Secret`. */
  readonly password: SecretInput;
}

/** HTTP basic auth. The header is computed once; the password lives only inside it. */
export function createBasicAuth(options: BasicAuthOptions): AuthProvider {
  const header = `Basic ${base64(`${options.username}:${revealer(options.password)()}`)}`;
  return Object.freeze({
    kind: 'basic',
    // A fresh object per call, so a caller that adds headers cannot change the next request's.
    headers: async () => ({ authorization: header }),
    headersNow: () => ({ authorization: header }),
    invalidate: () => {},
  });
}

/** Base64 of the UTF-8 bytes of `text`, with what every runtime has (no `Buffer` in browsers). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
