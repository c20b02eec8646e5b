import { createAuthProvider, isAuthError } from '@camunda-ts/auth';
import {
  type CamundaConfig,
  type ConfigSource,
  describeConfig,
  isConfigError,
  resolveConfig,
} from '@camunda-ts/config';
import { isHttpError, isNetworkError, isTimeoutError } from '@camunda-ts/http';
import { nullLogger } from '@camunda-ts/types';
import { CamundaClient } from './camunda-client.js';
import { CLIENT_VERSION } from './client-version.js';

/** Inputs of {@link runDoctor}; all optional. */
export interface DoctorOptions {
  /** Environment to read instead of `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Directory for `.env` and relative paths (default `process.cwd()`). */
  readonly cwd?: string;
  /** Receives the report, one line per call (default: nothing is printed). */
  readonly out?: (line: string) => void;
  /** Budget of each network check (default 10 000 ms). */
  readonly timeoutMs?: number;
}

/** The outcome of one check. `warn` works but deserves attention; `skip` was not run (and why). */
export type DoctorStatus = 'ok' | 'warn' | 'fail' | 'skip';

/** One check of the doctor. */
export interface DoctorCheck {
  /** What was checked. */
  readonly name: 'configuration' | 'dns' | 'connection' | 'tls' | 'token' | 'topology' | 'version';
  /** How it went. */
  readonly status: DoctorStatus;
  /** What was found, in plain words; for a failure, what to do about it. */
  readonly detail: string;
}

/** What {@link runDoctor} found. */
export interface DoctorReport {
  /** True when no check failed. */
  readonly ok: boolean;
  /** Every check, in the order run. */
  readonly checks: readonly DoctorCheck[];
  /** One sentence: everything works, or the first problem and its fix. */
  readonly diagnosis: string;
}

const SOURCE_WORDING: Record<ConfigSource, string> = {
  default: 'default',
  '.env': '.env',
  env: 'environment',
  override: 'override',
  inferred: 'inferred',
  unset: 'unset',
  unknown: 'unknown',
};

const UNTRUSTED_CERTIFICATE = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_UNTRUSTED',
]);

/**
 * Checks a configuration end to end and says in plain words what is wrong: prints the resolved configuration
 * with the source of every value and the warnings, then checks DNS, the connection, TLS, the token,
 * `getTopology`, and the server's version against the client's. Never throws; `ok` is false when a check failed.
 * This is `npx camunda-ts doctor`.
 */
export async function runDoctor(options: DoctorOptions = {}): Promise<DoctorReport> {
  const out = options.out ?? (() => undefined);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const env = options.env ?? process.env;
  const checks: DoctorCheck[] = [];
  out(`camunda-ts doctor (client ${CLIENT_VERSION}, node ${process.version})`);
  out('');

  let config: CamundaConfig;
  try {
    config = resolveConfig({ env, ...(options.cwd !== undefined && { cwd: options.cwd }) });
  } catch (error) {
    if (!isConfigError(error)) throw error;
    out('Configuration: invalid');
    for (const issue of error.issues) out(`  ${issue.key}: ${issue.message}`);
    out('');
    out('Warnings');
    if (error.warnings.length === 0) out('  none');
    for (const warning of error.warnings) out(`  ${warning.code} ${warning.message}`);
    out('');
    // A misspelt name often is the cause: the real key stays unset.
    const issueKeys = new Set(error.issues.map((issue) => issue.key));
    const typo = error.warnings.find(
      (warning) =>
        warning.code === 'UNKNOWN_KEY' &&
        warning.suggestion !== undefined &&
        issueKeys.has(warning.suggestion),
    );
    const hint = typo === undefined ? '' : ` ${typo.key} is set instead: did you mean ${typo.suggestion}?`;
    const check: DoctorCheck = {
      name: 'configuration',
      status: 'fail',
      detail: `The configuration is invalid: ${error.issues[0]?.message ?? 'see above'}.${hint}`,
    };
    return finish([check], out);
  }

  out('Configuration (value, source)');
  const entries = describeConfig(config).filter((entry) => entry.source !== 'unset');
  const width = Math.max(...entries.map((entry) => entry.key.length));
  for (const entry of entries) {
    const via = entry.via === undefined ? '' : `, via ${entry.via}`;
    const shadow = entry.shadowedBy === undefined ? '' : `, not used: ${entry.shadowedBy} wins`;
    out(
      `  ${entry.key.padEnd(width)}  ${String(entry.value)}  (${SOURCE_WORDING[entry.source]}${via}${shadow})`,
    );
  }
  out('');
  out('Warnings');
  if (config.warnings.length === 0) out('  none');
  for (const warning of config.warnings) out(`  ${warning.code} ${warning.message}`);
  out('');
  checks.push({ name: 'configuration', status: 'ok', detail: 'valid' });

  const url = new URL(config.restAddress);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));

  checks.push(await checkDns(host));
  const reachable = last(checks).status !== 'fail';
  if (reachable) checks.push(await checkConnection(config, url, host, port, timeoutMs));
  else checks.push(skipped('connection', 'the host name did not resolve'));
  const connected = last(checks).status !== 'fail';

  if (!connected) {
    checks.push(skipped('token', 'the cluster cannot be reached'));
    checks.push(skipped('topology', 'the cluster cannot be reached'));
    checks.push(skipped('version', 'the cluster cannot be reached'));
    return finish(checks, out);
  }

  checks.push(await checkToken(config, timeoutMs));
  if (last(checks).status === 'fail') {
    checks.push(skipped('topology', 'no credentials could be obtained'));
    checks.push(skipped('version', 'no credentials could be obtained'));
    return finish(checks, out);
  }

  const gatewayVersion = await checkTopology(env, config, timeoutMs, checks);
  if (gatewayVersion === undefined) {
    if (last(checks).status !== 'fail')
      checks.push(skipped('version', 'the server did not report its version'));
    else checks.push(skipped('version', 'getTopology failed'));
  } else {
    checks.push(compareVersions(gatewayVersion));
  }
  return finish(checks, out);
}

function last(checks: readonly DoctorCheck[]): DoctorCheck {
  return checks[checks.length - 1] as DoctorCheck;
}

function skipped(name: DoctorCheck['name'], why: string): DoctorCheck {
  return { name, status: 'skip', detail: `skipped: ${why}` };
}

function finish(checks: DoctorCheck[], out: (line: string) => void): DoctorReport {
  const marks: Record<DoctorStatus, string> = { ok: '✓', warn: '!', fail: '✗', skip: '-' };
  out('Checks');
  for (const check of checks) out(`  ${marks[check.status]} ${check.name.padEnd(13)} ${check.detail}`);
  const failure = checks.find((check) => check.status === 'fail');
  const warning = checks.find((check) => check.status === 'warn');
  const diagnosis =
    failure !== undefined
      ? failure.detail
      : warning !== undefined
        ? `Everything works, but: ${warning.detail}`
        : 'Everything works.';
  out('');
  out(`Diagnosis: ${diagnosis}`);
  return { ok: failure === undefined, checks, diagnosis };
}

async function checkDns(host: string): Promise<DoctorCheck> {
  // Network modules load only when the doctor runs, not with the client.
  const [{ lookup }, { isIP }] = await Promise.all([import('node:dns/promises'), import('node:net')]);
  if (isIP(host) !== 0) return { name: 'dns', status: 'ok', detail: `${host} is an IP address` };
  try {
    const { address } = await lookup(host);
    return { name: 'dns', status: 'ok', detail: `${host} resolves to ${address}` };
  } catch (error) {
    const code = errorCode(error) ?? 'unknown error';
    return {
      name: 'dns',
      status: 'fail',
      detail: `The host ${host} cannot be resolved (${code}): check the host name in CAMUNDA_REST_ADDRESS and this machine's DNS.`,
    };
  }
}

/** A TCP connection (http) or a TLS handshake with the configured CA and client certificate (https). */
async function checkConnection(
  config: CamundaConfig,
  url: URL,
  host: string,
  port: number,
  timeoutMs: number,
): Promise<DoctorCheck> {
  const [{ isIP, connect: tcpConnect }, { connect: tlsConnect }] = await Promise.all([
    import('node:net'),
    import('node:tls'),
  ]);
  const where = `${host}:${port}`;
  const secure = url.protocol === 'https:';
  return new Promise((resolve) => {
    const socket = secure
      ? tlsConnect({
          host,
          port,
          ...(isIP(host) === 0 && { servername: host }),
          ...(config.tls.ca !== undefined && { ca: config.tls.ca }),
          ...(config.tls.cert !== undefined && { cert: config.tls.cert }),
          ...(config.tls.key !== undefined && { key: config.tls.key.reveal() }),
          ...(config.tls.passphrase !== undefined && { passphrase: config.tls.passphrase.reveal() }),
        })
      : tcpConnect({ host, port });
    const done = (check: DoctorCheck) => {
      socket.destroy();
      resolve(check);
    };
    socket.setTimeout(timeoutMs, () =>
      done({
        name: 'connection',
        status: 'fail',
        detail: `No answer from ${where} within ${timeoutMs} ms: a firewall or proxy may drop the traffic, or the port is wrong.`,
      }),
    );
    socket.once(secure ? 'secureConnect' : 'connect', () =>
      done({
        name: secure ? 'tls' : 'connection',
        status: 'ok',
        detail: secure
          ? `${where} accepts connections; its certificate is trusted`
          : `${where} accepts connections (plain http, no TLS)`,
      }),
    );
    socket.once('error', (error) => done(connectionFailure(config, error, where, secure)));
  });
}

function connectionFailure(
  config: CamundaConfig,
  error: unknown,
  where: string,
  secure: boolean,
): DoctorCheck {
  const code = errorCode(error);
  if (code === 'ECONNREFUSED') {
    return {
      name: 'connection',
      status: 'fail',
      detail: `Nothing accepts connections at ${where} (ECONNREFUSED): is the cluster running, and are host and port in CAMUNDA_REST_ADDRESS right?`,
    };
  }
  if (code !== undefined && UNTRUSTED_CERTIFICATE.has(code)) {
    const fix =
      config.tls.ca === undefined
        ? 'set CAMUNDA_CA_CERT_PATH (or CAMUNDA_MTLS_CA_PATH) to the CA certificate that signed it'
        : 'the CA in CAMUNDA_CA_CERT / CAMUNDA_CA_CERT_PATH did not sign it: point it at the right CA certificate';
    return {
      name: 'tls',
      status: 'fail',
      detail: `The server's TLS certificate at ${where} is not trusted (${code}): ${fix}.`,
    };
  }
  if (code === 'CERT_HAS_EXPIRED') {
    return { name: 'tls', status: 'fail', detail: `The server's TLS certificate at ${where} has expired.` };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return {
      name: 'tls',
      status: 'fail',
      detail: `The server's TLS certificate does not name the host in CAMUNDA_REST_ADDRESS (${where}): use the host name the certificate was issued for.`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    name: secure ? 'tls' : 'connection',
    status: 'fail',
    detail: `Connecting to ${where} failed (${code ?? message})${secure ? ': is it an https endpoint, and does it accept the client certificate?' : '.'}`,
  };
}

async function checkToken(config: CamundaConfig, timeoutMs: number): Promise<DoctorCheck> {
  if (config.auth.strategy !== 'OAUTH') {
    const how =
      config.auth.strategy === 'BASIC'
        ? 'basic auth sends no token request; getTopology checks the user and password'
        : 'no authentication (CAMUNDA_AUTH_STRATEGY is NONE)';
    return { name: 'token', status: 'skip', detail: `skipped: ${how}` };
  }
  const provider = createAuthProvider(config, { logger: nullLogger });
  try {
    await provider.headers({ signal: AbortSignal.timeout(timeoutMs) });
    return { name: 'token', status: 'ok', detail: `a token was issued by ${config.auth.oauth.url}` };
  } catch (error) {
    const status = isAuthError(error) ? error.status : undefined;
    const fix =
      status === 400 || status === 401 || status === 403
        ? 'check CAMUNDA_CLIENT_ID and CAMUNDA_CLIENT_SECRET (and CAMUNDA_TOKEN_AUDIENCE)'
        : 'check CAMUNDA_OAUTH_URL and that the token endpoint is reachable';
    const message = error instanceof Error ? error.message : String(error);
    return {
      name: 'token',
      status: 'fail',
      detail: `No token from ${config.auth.oauth.url}${status === undefined ? '' : ` (HTTP ${status})`}: ${fix}. (${message})`,
    };
  } finally {
    await provider.close?.();
  }
}

async function checkTopology(
  env: Readonly<Record<string, string | undefined>>,
  config: CamundaConfig,
  timeoutMs: number,
  checks: DoctorCheck[],
): Promise<string | undefined> {
  const client = new CamundaClient({
    env,
    config: { CAMUNDA_SUPPORT_LOG_ENABLED: false },
    logger: nullLogger,
  });
  try {
    const topology = await client.getTopology(undefined, { timeoutMs, retry: false });
    const brokers = topology.brokers.length;
    checks.push({
      name: 'topology',
      status: 'ok',
      detail: `getTopology answered: ${brokers} broker${brokers === 1 ? '' : 's'}, ${topology.partitionsCount} partition${topology.partitionsCount === 1 ? '' : 's'}`,
    });
    return topology.gatewayVersion ?? undefined;
  } catch (error) {
    checks.push({ name: 'topology', status: 'fail', detail: topologyFailure(config, error) });
    return undefined;
  } finally {
    await client.close();
  }
}

function topologyFailure(config: CamundaConfig, error: unknown): string {
  if (isHttpError(error)) {
    if (error.status === 401) {
      const which =
        config.auth.strategy === 'BASIC'
          ? 'check CAMUNDA_BASIC_AUTH_USERNAME and CAMUNDA_BASIC_AUTH_PASSWORD'
          : config.auth.strategy === 'OAUTH'
            ? 'the token was refused: check CAMUNDA_TOKEN_AUDIENCE and that the client has access to this cluster'
            : 'the cluster requires authentication: set CAMUNDA_AUTH_STRATEGY and its credentials';
      return `The cluster rejected the credentials (HTTP 401): ${which}.`;
    }
    if (error.status === 403) {
      return 'The cluster accepted the credentials but denies access (HTTP 403): grant the client or user access to the cluster.';
    }
    if (error.status === 404) {
      return `No Camunda REST API at ${config.restAddress} (HTTP 404): check the path in CAMUNDA_REST_ADDRESS.`;
    }
    return `getTopology failed with HTTP ${error.status}: ${error.message}`;
  }
  if (isTimeoutError(error))
    return 'getTopology got no answer in time: the cluster may be overloaded or starting.';
  if (isNetworkError(error)) return `getTopology could not reach the cluster: ${error.message}`;
  return `getTopology failed: ${error instanceof Error ? error.message : String(error)}`;
}

function compareVersions(gatewayVersion: string): DoctorCheck {
  const minor = (version: string) => /^(\d+)\.(\d+)/.exec(version)?.slice(1, 3).map(Number);
  const server = minor(gatewayVersion);
  const client = minor(CLIENT_VERSION) as number[];
  const detail = `server ${gatewayVersion}, client ${CLIENT_VERSION}`;
  if (server === undefined)
    return { name: 'version', status: 'warn', detail: `${detail}: the server version is not recognised` };
  const [serverMajor = 0, serverMinor = 0] = server;
  const [clientMajor = 0, clientMinor = 0] = client;
  if (serverMajor === clientMajor && serverMinor === clientMinor) {
    return { name: 'version', status: 'ok', detail: `${detail}: same Camunda version` };
  }
  if (serverMajor < clientMajor || (serverMajor === clientMajor && serverMinor < clientMinor)) {
    return {
      name: 'version',
      status: 'warn',
      detail: `${detail}: the server is older than the API this client targets; operations added since ${serverMajor}.${serverMinor} answer 404 there. Use @camunda-ts/client ${serverMajor}.${serverMinor}.x for an exact match.`,
    };
  }
  return {
    name: 'version',
    status: 'warn',
    detail: `${detail}: the server is newer; everything in this client works, newer operations are missing from it. Upgrade @camunda-ts/client to ${serverMajor}.${serverMinor}.x for them.`,
  };
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
