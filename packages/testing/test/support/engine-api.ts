import type { TestEngine } from '../../src/index.js';

/** A response as the tests look at it. */
export interface ApiResponse {
  readonly status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the operation answers
  readonly body: any;
}

/** A caller of the engine's API with fixed credentials (an `Authorization` header value, or none). */
export type ApiCall = (method: string, path: string, body?: unknown) => Promise<ApiResponse>;

/** Basic-auth header for a user. */
export const basic = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

/** Calls the engine as one principal. */
export function caller(engine: TestEngine, authorization?: string): ApiCall {
  return async (method, path, body) => {
    const res = await fetch(`${engine.restAddress}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(authorization === undefined ? {} : { authorization }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text === '' ? undefined : JSON.parse(text) };
  };
}
