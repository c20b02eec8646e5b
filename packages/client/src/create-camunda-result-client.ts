import { isCamundaError } from '@camunda-ts/types';
import { type OperationId, type OperationOutput, operations } from '@camunda-ts/types/operations';
import { CamundaClient } from './camunda-client.js';
import type { CamundaClientError } from './camunda-client-error.js';
import type { CamundaClientOptions } from './camunda-client-options.js';
import type { ExtendedDeploymentResult } from './extend-deployment-result.js';

/** The outcome of a call that does not throw: the payload, or the typed error the throwing client would raise. */
export type Result<T, E = CamundaClientError> =
  | {
      /** The call succeeded. */
      readonly ok: true;
      /** What the call resolved to. */
      readonly value: T;
    }
  | {
      /** The call failed. */
      readonly ok: false;
      /** Why it failed. */
      readonly error: E;
    };

/**
 * The same API as {@link CamundaClient} with every method resolving to a {@link Result} instead of throwing.
 * Programming errors that are not camunda-ts errors (a `TypeError`) still reject.
 */
export type CamundaResultClient = {
  readonly [K in OperationId]: (...args: Parameters<CamundaClient[K]>) => Promise<Result<OperationOutput<K>>>;
} & {
  /** See {@link CamundaClient.deployResourcesFromFiles}. */
  deployResourcesFromFiles(
    ...args: Parameters<CamundaClient['deployResourcesFromFiles']>
  ): Promise<Result<ExtendedDeploymentResult>>;
  /** The throwing client underneath (for `paginate`, `config`, `backpressureState`). */
  readonly client: CamundaClient;
  /** Closes the client underneath. */
  close(): Promise<void>;
  /** Closes the client underneath (`await using`). */
  [Symbol.asyncDispose](): Promise<void>;
};

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (error: unknown): Result<never> => {
  if (isCamundaError(error)) return { ok: false, error: error as CamundaClientError };
  throw error;
};

/**
 * Creates a client whose methods never throw camunda-ts errors: each resolves `{ ok: true, value }` or
 * `{ ok: false, error }`, with the same typed errors as {@link createCamundaClient}'s client.
 */
export function createCamundaResultClient(options: CamundaClientOptions = {}): CamundaResultClient {
  const client = new CamundaClient(options);
  const methods: Record<string, unknown> = {};
  for (const operationId of Object.keys(operations)) {
    const method = (client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[
      operationId
    ];
    if (method === undefined) continue;
    methods[operationId] = (...args: unknown[]) => method.apply(client, args).then(ok, fail);
  }
  return Object.freeze({
    ...methods,
    deployResourcesFromFiles: (...args: Parameters<CamundaClient['deployResourcesFromFiles']>) =>
      client.deployResourcesFromFiles(...args).then(ok, fail),
    client,
    close: () => client.close(),
    [Symbol.asyncDispose]: () => client.close(),
  }) as unknown as CamundaResultClient;
}
