import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestEngine, type TestEngine } from '@camunda-ts/testing';
import { nullLogger } from '@camunda-ts/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CamundaClient } from '../src/camunda-client.js';
import { CLIENT_VERSION } from '../src/client-version.js';
import { redact } from '../src/support-log.js';

const PASSWORD = 'pa55-w0rd-never-printed';

describe('support log (CAMUNDA_SUPPORT_LOG_ENABLED)', () => {
  let engine: TestEngine;
  let dir: string;

  beforeAll(async () => {
    engine = await startTestEngine({ auth: { mode: 'basic', username: 'ops', password: PASSWORD } });
    dir = mkdtempSync(join(tmpdir(), 'camunda-support-'));
  });
  afterAll(async () => {
    await engine?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes versions, the configuration with sources, warnings and recent errors, secrets masked', async () => {
    const filePath = join(dir, 'nested', 'support.log');
    const client = new CamundaClient({
      env: {
        CAMUNDA_REST_ADDRESS: engine.restAddress,
        CAMUNDA_BASIC_AUTH_USERNAME: 'ops',
        CAMUNDA_BASIC_AUTH_PASSWORD: PASSWORD,
        CAMUNDA_SUPPORT_LOG_ENABLED: 'true',
        CAMUNDA_SUPPORT_LOG_FILE_PATH: filePath,
        CAMUNDA_WORKER_TIMOUT: '1000',
      },
      logger: nullLogger,
    });
    expect(client.supportLogPath).toBe(filePath);
    const first = readFileSync(filePath, 'utf8');
    expect(first).toContain(`@camunda-ts/client ${CLIENT_VERSION}`);
    expect(first).toContain(`node ${process.version}`);
    expect(first).toContain(`CAMUNDA_REST_ADDRESS = ${engine.restAddress} (env)`);
    expect(first).toContain('CAMUNDA_BASIC_AUTH_PASSWORD = *** (env)');
    expect(first).toContain('CAMUNDA_SDK_HTTP_TIMEOUT_MS = 30000 (default)');
    expect(first).toMatch(/UNKNOWN_KEY CAMUNDA_WORKER_TIMOUT: .*did you mean CAMUNDA_WORKER_TIMEOUT\?/);

    await expect(
      client.getProcessInstance({ processInstanceKey: '2251799813685249' as never }),
    ).rejects.toMatchObject({
      status: 404,
    });
    await client.close();
    const after = readFileSync(filePath, 'utf8');
    expect(after).toMatch(/getProcessInstance: HttpError .*status 404/);
    expect(after).not.toContain(PASSWORD);
  });

  it('is not written when disabled', () => {
    const client = new CamundaClient({
      env: { CAMUNDA_REST_ADDRESS: engine.restAddress },
      logger: nullLogger,
    });
    expect(client.supportLogPath).toBeUndefined();
  });

  it('redacts secret values, tokens and URL credentials from error text', () => {
    const text =
      'failed with Bearer eyJhbGciOi.abc.def at https://user:pw@idp.example.com/token?client_secret=xyz; s3cr3t-value';
    expect(redact(text, ['s3cr3t-value'])).toBe(
      'failed with Bearer *** at https://***@idp.example.com/token?client_secret=***; ***',
    );
  });
});

describe('config warnings', () => {
  it('are logged once each at warn by the client, with code, key and suggestion', async () => {
    const warned: Array<{ fields: unknown; message: unknown }> = [];
    const logger = {
      ...nullLogger,
      warn: (fields: unknown, message?: unknown) => {
        warned.push({ fields, message });
      },
    };
    const client = new CamundaClient({ env: { CAMUNDA_REST_ADRESS: 'http://x' }, logger });
    await client.close();
    expect(warned).toEqual([
      {
        fields: { code: 'UNKNOWN_KEY', key: 'CAMUNDA_REST_ADRESS', suggestion: 'CAMUNDA_REST_ADDRESS' },
        message: expect.stringContaining('did you mean CAMUNDA_REST_ADDRESS?'),
      },
    ]);
  });
});
