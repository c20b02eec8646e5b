import { type Logger, nullLogger } from '@camunda-ts/types';
import { MockAgent } from 'undici';
import type { CamundaClient } from '../src/camunda-client.js';
import type { CamundaClientOptions } from '../src/camunda-client-options.js';
import { createCamundaClient } from '../src/create-camunda-client.js';

export const ORIGIN = 'http://camunda.test';
export const JSON_HEADERS = { headers: { 'content-type': 'application/json' } };

/** A client wired to an undici `MockAgent` (no network), configured only by the given env. */
export function mockClient(
  env: Record<string, string> = {},
  options: Omit<CamundaClientOptions, 'env' | 'dispatcher'> & { logger?: Logger } = {},
): { client: CamundaClient; agent: MockAgent; pool: ReturnType<MockAgent['get']> } {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const client = createCamundaClient({
    env: {
      CAMUNDA_REST_ADDRESS: ORIGIN,
      CAMUNDA_SDK_HTTP_RETRY_BASE_DELAY_MS: '1',
      CAMUNDA_SDK_HTTP_RETRY_MAX_DELAY_MS: '2',
      ...env,
    },
    dispatcher: agent,
    logger: nullLogger,
    ...options,
  });
  return { client, agent, pool: agent.get(ORIGIN) };
}

/** A header's value from undici's interceptor options, whichever shape undici used for them. */
export function headerOf(headers: unknown, name: string): string | undefined {
  const wanted = name.toLowerCase();
  if (Array.isArray(headers)) {
    for (let i = 0; i < headers.length; i += 2) {
      if (String(headers[i]).toLowerCase() === wanted) return String(headers[i + 1]);
    }
    return undefined;
  }
  if (headers && typeof headers === 'object') {
    for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
      if (key.toLowerCase() === wanted) return String(value);
    }
  }
  return undefined;
}

/** Parses a JSON request body as the interceptor sees it. */
export function jsonBody(body: unknown): Record<string, unknown> {
  return JSON.parse(String(body)) as Record<string, unknown>;
}
