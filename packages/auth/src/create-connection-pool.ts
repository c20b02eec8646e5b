import { ConfigError, type TlsConfig } from '@camunda-ts/config';
import type { Dispatcher } from 'undici';
import { loadUndici } from './load-undici.js';
import { tlsConnectOptions } from './tls-connect-options.js';

/** Environment variables read by {@link createConnectionPool} (`process.env` by default). */
export type ProxyEnvironment = Readonly<Record<string, string | undefined>>;

/** The proxy settings of an environment, lower-case names first as curl and undici read them. */
export function proxySettings(env: ProxyEnvironment): {
  readonly httpProxy: string | undefined;
  readonly httpsProxy: string | undefined;
  readonly noProxy: string | undefined;
} {
  const pick = (name: string) => {
    const value = env[name.toLowerCase()] ?? env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  return { httpProxy: pick('HTTP_PROXY'), httpsProxy: pick('HTTPS_PROXY'), noProxy: pick('NO_PROXY') };
}

/**
 * A keep-alive connection pool whose TLS sockets trust the configured CA and present the configured client
 * certificate, for API calls and token requests alike. When `HTTP_PROXY` or `HTTPS_PROXY` is set, it is undici's
 * `EnvHttpProxyAgent` (which honours `NO_PROXY`): the TLS settings then apply to the tunnelled connection to the
 * server (`requestTls`) and to direct connections, and the proxy's own certificate is checked against the same
 * trust store (`proxyTls`). Given an `origin` (a pool for one server, as the API's), it is that origin's undici
 * `Pool` itself: requests skip the `Agent`'s lookup by origin, and requests to any other origin go to `origin` all
 * the same. An `origin` that is not an http(s) origin alone (`https://host:port`: no path, query or credentials) is
 * refused with a `ConfigError` (`INVALID_URL`, key `origin`). Asynchronous because undici is loaded on first use.
 */
export async function createConnectionPool(
  tls: TlsConfig | undefined,
  env: ProxyEnvironment = process.env,
  origin?: string,
): Promise<Dispatcher> {
  const poolOrigin = origin === undefined ? undefined : originOf(origin);
  const connect = tls === undefined ? {} : tlsConnectOptions(tls);
  const undici = await loadUndici();
  const proxy = proxySettings(env);
  const options = Object.keys(connect).length === 0 ? {} : { connect };
  if (proxy.httpProxy === undefined && proxy.httpsProxy === undefined) {
    return poolOrigin === undefined ? new undici.Agent(options) : new undici.Pool(poolOrigin, options);
  }
  const proxied = new undici.EnvHttpProxyAgent({
    ...options,
    ...(Object.keys(connect).length > 0 && {
      requestTls: connect,
      ...(connect.ca !== undefined && { proxyTls: { ca: connect.ca } }),
    }),
    // Both passed explicitly (empty for none), so undici does not read process.env behind the caller's back.
    httpProxy: proxy.httpProxy ?? '',
    httpsProxy: proxy.httpsProxy ?? '',
    noProxy: proxy.noProxy ?? '',
  });
  // undici's ProxyAgent adds a `host` header to the caller's headers object: callers may pass frozen ones.
  return proxied.compose((dispatch) => (options, handler) => {
    const headers = options.headers;
    if (headers === undefined || headers === null) return dispatch(options, handler);
    return dispatch({ ...options, headers: copyHeaders(headers) }, handler);
  });
}

function copyHeaders(
  headers: NonNullable<Dispatcher.DispatchOptions['headers']>,
): NonNullable<Dispatcher.DispatchOptions['headers']> {
  if (typeof headers !== 'object' || Array.isArray(headers) || Symbol.iterator in headers) return headers;
  return { ...headers };
}

/**
 * The origin of `origin` (`https://host:port`, normalised as `URL` does), refusing anything more or else: a path,
 * query, fragment or credentials would otherwise be dropped without a word. The value is not echoed, since it may
 * hold credentials.
 */
function originOf(origin: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(origin);
  } catch {
    parsed = undefined;
  }
  let problem: string | undefined;
  if (parsed === undefined) problem = 'is not a URL';
  else if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') problem = 'is not http or https';
  else if (parsed.username !== '' || parsed.password !== '') problem = 'holds credentials';
  else if (parsed.pathname !== '/' || parsed.search !== '' || parsed.hash !== '')
    problem = 'has a path, query or fragment';
  if (problem === undefined) return (parsed as URL).origin;
  throw new ConfigError([
    {
      code: 'INVALID_URL',
      key: 'origin',
      message: `origin ${problem}: it must be an http(s) origin alone, such as https://cluster.example:8080`,
    },
  ]);
}
