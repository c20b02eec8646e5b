import { dirname } from 'node:path';
import { type CamundaConfig, describeConfig, Secret } from '@camunda-ts/config';
import type { Logger } from '@camunda-ts/types';
import { CLIENT_VERSION } from './client-version.js';

/** The support log of one client: its file is rewritten with each recorded error. */
export interface SupportLog {
  /** Where the file is. */
  readonly filePath: string;
  /** Adds a failed call to the file (the last {@link SUPPORT_LOG_RECENT_ERRORS} are kept). */
  recordError(operationId: string, error: unknown): void;
  /** Resolves once every write started so far has finished. */
  flush(): Promise<void>;
}

/** How many recent errors the support log keeps. */
export const SUPPORT_LOG_RECENT_ERRORS = 20;

const MASK = '***';

/**
 * Starts the support log (`CAMUNDA_SUPPORT_LOG_ENABLED`): a diagnostic file to attach to a support ticket, with
 * versions, the configuration and the source of every value (secrets masked), the warnings, and recent errors
 * (secret values, bearer tokens and credentials in URLs masked). The first version is written synchronously, so
 * it exists even when the process exits right after creating the client.
 */
export function createSupportLog(config: CamundaConfig, logger: Logger): SupportLog {
  // Fetched here rather than imported, so that a client without a support log (the default) never loads them.
  const { mkdirSync, writeFileSync } = process.getBuiltinModule('node:fs');
  const { mkdir, writeFile } = process.getBuiltinModule('node:fs/promises');
  const { arch, platform, release } = process.getBuiltinModule('node:os');
  const { filePath } = config.supportLog;
  const secrets = secretValues(config);
  const started = new Date().toISOString();
  const errors: string[] = [];
  let pending: Promise<void> = Promise.resolve();

  const render = (): string =>
    [
      'camunda-ts support log',
      `started: ${started}`,
      `written: ${new Date().toISOString()}`,
      '',
      '## Versions',
      `@camunda-ts/client ${CLIENT_VERSION}`,
      `node ${process.version}`,
      `${platform()} ${release()} ${arch()}`,
      '',
      '## Configuration (value, source)',
      ...describeConfig(config)
        .filter((entry) => entry.source !== 'unset')
        .map(
          (entry) =>
            `${entry.key} = ${String(entry.value)} (${entry.source}${entry.via === undefined ? '' : ` via ${entry.via}`}${entry.shadowedBy === undefined ? '' : `, shadowed by ${entry.shadowedBy}`})`,
        ),
      '',
      '## Warnings',
      ...(config.warnings.length === 0
        ? ['none']
        : config.warnings.map((warning) => `${warning.code} ${warning.key}: ${warning.message}`)),
      '',
      `## Recent errors (last ${SUPPORT_LOG_RECENT_ERRORS})`,
      ...(errors.length === 0 ? ['none'] : errors),
      '',
    ].join('\n');

  try {
    mkdirSync(dirname(filePath), { recursive: true });
    writeFileSync(filePath, render(), { mode: 0o600 });
    logger.info({ filePath }, 'support log written');
  } catch (error) {
    logger.warn({ filePath, err: describeError(error) }, 'support log could not be written');
  }

  return {
    filePath,
    recordError(operationId, error) {
      errors.push(redact(`${new Date().toISOString()} ${operationId}: ${describeError(error)}`, secrets));
      if (errors.length > SUPPORT_LOG_RECENT_ERRORS) errors.shift();
      pending = pending
        .then(async () => {
          await mkdir(dirname(filePath), { recursive: true });
          await writeFile(filePath, render(), { mode: 0o600 });
        })
        .catch((writeError: unknown) => {
          logger.warn({ filePath, err: describeError(writeError) }, 'support log could not be written');
        });
    },
    flush: () => pending,
  };
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { name, message } = error;
  const code = (error as { code?: unknown }).code;
  const status = (error as { status?: unknown }).status;
  return [
    name,
    typeof code === 'string' ? `[${code}]` : undefined,
    typeof status === 'number' ? `status ${status}` : undefined,
    message,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
}

/** The raw secret values of a config, longest first, so that none is revealed by a shorter one's masking. */
function secretValues(config: CamundaConfig): string[] {
  const values = [
    config.auth.oauth.clientSecret,
    config.auth.basic.password,
    config.tls.key,
    config.tls.passphrase,
  ]
    .filter((value): value is Secret => value instanceof Secret)
    .map((value) => value.reveal())
    .filter((value) => value.length > 0);
  return values.sort((a, b) => b.length - a.length);
}

/** Masks secret values, bearer tokens, basic credentials and credentials in URLs. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(MASK);
  return out
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, `$1 ${MASK}`)
    .replace(/\/\/[^/\s@]+@/g, `//${MASK}@`)
    .replace(/\b(client_secret|password|access_token)=[^&\s;,]+/gi, `$1=${MASK}`);
}
