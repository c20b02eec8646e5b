import type { ValidationMode } from '@camunda-ts/config';
import type { Logger } from '@camunda-ts/types';
import { type ValidationIssue, ValidationError } from './validation-error.js';

/** The slice of a zod schema the validator uses (so zod's types stay out of the client's public surface). */
interface PayloadSchema {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
  };
}

/** Per-operation body and payload schemas, as `@camunda-ts/types/zod` exports them. */
export interface OperationSchemas {
  readonly operationRequestSchemas: { readonly [operationId: string]: PayloadSchema | undefined };
  readonly operationResponseSchemas: { readonly [operationId: string]: PayloadSchema | undefined };
}

/** Options of {@link createSchemaValidator}. */
export interface SchemaValidatorOptions {
  readonly request: ValidationMode;
  readonly response: ValidationMode;
  readonly logger: Logger;
  /** Loads the schemas; by default a dynamic import of `@camunda-ts/types/zod`, done once, on first use. */
  readonly load?: () => Promise<OperationSchemas>;
}

/** Checks request bodies and response payloads against the API's zod schemas. */
export interface SchemaValidator {
  /** True when requests are checked (`warn` or `strict`); false means zod is never loaded for them. */
  readonly checksRequests: boolean;
  /** True when responses are checked. */
  readonly checksResponses: boolean;
  /**
   * Checks one payload. `strict` rejects with {@link ValidationError}; `warn` logs the issues and resolves; an
   * operation without a schema (or a side set to `none`) passes.
   */
  check(side: 'request' | 'response', operationId: string, payload: unknown): Promise<void>;
}

const loadZodSchemas = (): Promise<OperationSchemas> =>
  import('@camunda-ts/types/zod') as unknown as Promise<OperationSchemas>;

/**
 * Validation as `CAMUNDA_SDK_VALIDATION` asks: `none` (zod never loaded), `warn` (log and pass through) or
 * `strict` (throw), for requests and responses separately. The schema module is imported lazily, once.
 */
export function createSchemaValidator(options: SchemaValidatorOptions): SchemaValidator {
  const load = options.load ?? loadZodSchemas;
  let schemas: Promise<OperationSchemas> | undefined;
  return {
    checksRequests: options.request !== 'none',
    checksResponses: options.response !== 'none',
    async check(side, operationId, payload) {
      const mode = side === 'request' ? options.request : options.response;
      if (mode === 'none') return;
      schemas ??= load();
      const module = await schemas;
      const table = side === 'request' ? module.operationRequestSchemas : module.operationResponseSchemas;
      const schema = Object.hasOwn(table, operationId) ? table[operationId] : undefined;
      if (schema === undefined) return;
      const result = schema.safeParse(payload);
      if (result.success) return;
      const issues: ValidationIssue[] = (result.error?.issues ?? []).map((issue) => ({
        path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
        message: issue.message,
      }));
      if (mode === 'strict') throw new ValidationError(operationId, side, issues);
      options.logger.warn({ operationId, side, issues }, `${operationId}: ${side} does not match the API schema`);
    },
  };
}
