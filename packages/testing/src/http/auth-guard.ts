import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EngineClock } from '../engine-clock.js';

/** Resolved authentication settings of the engine. */
export type ResolvedAuth =
  | { readonly mode: 'none' }
  | { readonly mode: 'basic'; readonly username: string; readonly password: string }
  | {
      readonly mode: 'oauth';
      readonly clientId: string;
      readonly clientSecret: string;
      readonly tokenTtlMs: number;
      readonly audience: string;
    };

/** The answer of the token endpoint. */
export interface TokenResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** Checks credentials on API requests and, in OAuth mode, issues tokens. */
export interface AuthGuard {
  readonly mode: ResolvedAuth['mode'];
  /** True when the `Authorization` header is acceptable. */
  authenticate(authorization: string | undefined): boolean;
  /** Handles a client-credentials token request (form-encoded or JSON body). */
  issueToken(body: string, contentType: string | undefined, authorization: string | undefined): TokenResponse;
  /** Tokens issued so far. */
  tokensIssued(): number;
}

const safeEqual = (a: string, b: string): boolean => {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
};

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Creates the auth guard. OAuth tokens are HS256 JWTs signed with a key made at start, carrying `exp` on the
 * engine clock, so a test can advance the clock past a token's expiry and watch the client refresh it.
 */
export function createAuthGuard(auth: ResolvedAuth, clock: EngineClock): AuthGuard {
  const signingKey = randomBytes(32);
  let issued = 0;
  const sign = (data: string) => createHmac('sha256', signingKey).update(data).digest('base64url');

  const verifyJwt = (token: string): boolean => {
    const parts = token.split('.');
    if (parts.length !== 3) return false;
    const [header, payload, signature] = parts as [string, string, string];
    if (!safeEqual(sign(`${header}.${payload}`), signature)) return false;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
      return typeof claims.exp === 'number' && claims.exp * 1000 > clock.now();
    } catch {
      return false;
    }
  };

  return {
    mode: auth.mode,
    authenticate(authorization) {
      switch (auth.mode) {
        case 'none':
          return true;
        case 'basic': {
          if (authorization === undefined || !/^basic /i.test(authorization)) return false;
          const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
          const colon = decoded.indexOf(':');
          if (colon < 0) return false;
          return (
            safeEqual(decoded.slice(0, colon), auth.username) &&
            safeEqual(decoded.slice(colon + 1), auth.password)
          );
        }
        case 'oauth':
          if (authorization === undefined || !/^bearer /i.test(authorization)) return false;
          return verifyJwt(authorization.slice(7).trim());
      }
    },
    issueToken(body, contentType, authorization) {
      if (auth.mode !== 'oauth') return { status: 404, body: { error: 'not_found' } };
      let fields: Record<string, string> = {};
      if (contentType?.includes('application/json') === true) {
        try {
          const parsed = JSON.parse(body) as unknown;
          if (typeof parsed === 'object' && parsed !== null) {
            for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') fields[k] = v;
          }
        } catch {
          return {
            status: 400,
            body: { error: 'invalid_request', error_description: 'Body is not valid JSON' },
          };
        }
      } else {
        fields = Object.fromEntries(new URLSearchParams(body));
      }
      let clientId = fields.client_id;
      let clientSecret = fields.client_secret;
      if (authorization !== undefined && /^basic /i.test(authorization)) {
        const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon >= 0) {
          clientId = decodeURIComponent(decoded.slice(0, colon));
          clientSecret = decodeURIComponent(decoded.slice(colon + 1));
        }
      }
      if (fields.grant_type !== 'client_credentials') {
        return {
          status: 400,
          body: {
            error: 'unsupported_grant_type',
            error_description: 'Only client_credentials is supported',
          },
        };
      }
      if (
        clientId === undefined ||
        clientSecret === undefined ||
        !safeEqual(clientId, auth.clientId) ||
        !safeEqual(clientSecret, auth.clientSecret)
      ) {
        return {
          status: 401,
          body: { error: 'invalid_client', error_description: 'Unknown client or wrong secret' },
        };
      }
      const nowSec = Math.floor(clock.now() / 1000);
      const expiresIn = Math.max(1, Math.round(auth.tokenTtlMs / 1000));
      const header = b64url({ alg: 'HS256', typ: 'JWT' });
      issued += 1;
      const payload = b64url({
        iss: 'camunda-ts-test-engine',
        sub: clientId,
        aud: fields.audience ?? auth.audience,
        iat: nowSec,
        exp: nowSec + expiresIn,
        jti: `${issued}`,
      });
      const token = `${header}.${payload}.${sign(`${header}.${payload}`)}`;
      return { status: 200, body: { access_token: token, token_type: 'Bearer', expires_in: expiresIn } };
    },
    tokensIssued: () => issued,
  };
}
