import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Principal } from '../engine/identity-state.js';
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
      /** Further clients the token endpoint accepts, with claims their tokens carry (for mapping rules). */
      readonly clients: ReadonlyArray<OAuthClient>;
    };

/** A client the token endpoint accepts. */
export interface OAuthClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly claims: Readonly<Record<string, unknown>>;
}

/** The outcome of checking a request's credentials: the principal, or none for auth `none`. */
export type Authentication =
  | { readonly ok: false }
  | { readonly ok: true; readonly principal: Principal | undefined };

/** Where Basic-auth logins are checked: the engine's users. */
export interface LoginCheck {
  verify(username: string, password: string): boolean;
}

/** The answer of the token endpoint. */
export interface TokenResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** Checks credentials on API requests and, in OAuth mode, issues tokens. */
export interface AuthGuard {
  readonly mode: ResolvedAuth['mode'];
  /** Checks the `Authorization` header and names the principal it carries. */
  authenticate(authorization: string | undefined): Authentication;
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
export function createAuthGuard(auth: ResolvedAuth, clock: EngineClock, logins: LoginCheck): AuthGuard {
  const signingKey = randomBytes(32);
  let issued = 0;
  const sign = (data: string) => createHmac('sha256', signingKey).update(data).digest('base64url');

  const verifyJwt = (token: string): Record<string, unknown> | undefined => {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    const [header, payload, signature] = parts as [string, string, string];
    if (!safeEqual(sign(`${header}.${payload}`), signature)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
        string,
        unknown
      >;
      return typeof claims.exp === 'number' && claims.exp * 1000 > clock.now() ? claims : undefined;
    } catch {
      return undefined;
    }
  };
  const denied = { ok: false } as const;

  return {
    mode: auth.mode,
    authenticate(authorization) {
      switch (auth.mode) {
        case 'none':
          return { ok: true, principal: undefined };
        case 'basic': {
          if (authorization === undefined || !/^basic /i.test(authorization)) return denied;
          const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
          const colon = decoded.indexOf(':');
          if (colon < 0) return denied;
          const username = decoded.slice(0, colon);
          if (!logins.verify(username, decoded.slice(colon + 1))) return denied;
          return { ok: true, principal: { type: 'USER', id: username, claims: {} } };
        }
        case 'oauth': {
          if (authorization === undefined || !/^bearer /i.test(authorization)) return denied;
          const claims = verifyJwt(authorization.slice(7).trim());
          if (claims === undefined) return denied;
          const clientId = typeof claims.client_id === 'string' ? claims.client_id : String(claims.sub);
          return { ok: true, principal: { type: 'CLIENT', id: clientId, claims } };
        }
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
      const client =
        clientId === undefined || clientSecret === undefined
          ? undefined
          : [{ clientId: auth.clientId, clientSecret: auth.clientSecret, claims: {} }, ...auth.clients].find(
              (c) =>
                safeEqual(clientId as string, c.clientId) &&
                safeEqual(clientSecret as string, c.clientSecret),
            );
      if (client === undefined) {
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
        ...client.claims,
        iss: 'camunda-ts-test-engine',
        sub: client.clientId,
        client_id: client.clientId,
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
