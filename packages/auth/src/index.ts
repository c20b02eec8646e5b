export { AuthError, type AuthErrorCode, type AuthErrorOptions, isAuthError } from './auth-error.js';
export type { AuthHeadersContext, AuthProvider } from './auth-provider.js';
export { type BasicAuthOptions, createBasicAuth } from './basic-auth.js';
export { type BearerAuthOptions, createBearerAuth } from './bearer-auth.js';
export { type CreateAuthProviderOptions, createAuthProvider } from './create-auth-provider.js';
export { createNoAuth } from './no-auth.js';
export { createOAuthProvider, type OAuthProviderOptions, type OAuthRetryOptions } from './oauth-provider.js';
export type { SecretInput } from './secret-input.js';
export { type TlsConnectOptions, tlsConnectOptions } from './tls-connect-options.js';
