import type { ValidationMode } from '@camunda-ts/config';
import type { Logger } from '@camunda-ts/types';
import { loadZodSchemas } from './load-zod-schemas.js';
import { ValidationError, type ValidationIssue } from './validation-error.js';

/** The slice of a zod issue the validator reads; a union's issue carries the issues of each branch. */
interface SchemaIssue {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly errors?: readonly (readonly SchemaIssue[])[];
}

/** The slice of a zod schema the validator uses (so zod's types stay out of the client's public surface). */
interface PayloadSchema {
  safeParse(value: unknown): { success: boolean; error?: { issues: readonly SchemaIssue[] } };
}

/** Per-operation body, payload and parameter schemas, as `@camunda-ts/types/zod` exports them. */
export interface OperationSchemas {
  /** Path and query parameters as one object; absent in a schema module that predates them. */
  readonly operationParameterSchemas?: { readonly [operationId: string]: PayloadSchema | undefined };
  readonly operationRequestSchemas: { readonly [operationId: string]: PayloadSchema | undefined };
  readonly operationResponseSchemas: { readonly [operationId: string]: PayloadSchema | undefined };
}

/** Options of {@link createSchemaValidator}. */
export interface SchemaValidatorOptions {
  readonly request: ValidationMode;
  readonly response: ValidationMode;
  readonly logger: Logger;
  /**
   * Loads the schemas, once, on first use; by default a dynamic import of `@camunda-ts/types/zod` (Node build).
   */
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
  /**
   * Checks the path and query values of one request against the spec's parameter schemas (pattern, format,
   * type), in the request mode: `strict` rejects with a request {@link ValidationError}, `warn` logs.
   */
  checkParameters(operationId: string, parameters: Readonly<Record<string, unknown>>): Promise<void>;
}

/**
 * Validation as `CAMUNDA_SDK_VALIDATION` asks: `none` (zod never loaded), `warn` (log and pass through) or
 * `strict` (throw), for requests and responses separately. The schema module is imported lazily, once.
 */
export function createSchemaValidator(options: SchemaValidatorOptions): SchemaValidator {
  const load = options.load ?? loadZodSchemas;
  let schemas: Promise<OperationSchemas> | undefined;

  async function validate(
    mode: ValidationMode,
    side: 'request' | 'response',
    what: string,
    operationId: string,
    pick: (module: OperationSchemas) => OperationSchemas['operationRequestSchemas'] | undefined,
    payload: unknown,
  ): Promise<void> {
    if (mode === 'none') return;
    schemas ??= load();
    const table = pick(await schemas);
    const schema = table !== undefined && Object.hasOwn(table, operationId) ? table[operationId] : undefined;
    if (schema === undefined) return;
    const result = schema.safeParse(payload);
    if (result.success) return;
    const issues = flattenIssues(result.error?.issues ?? [], []);
    if (mode === 'strict') throw new ValidationError(operationId, side, issues);
    options.logger.warn(
      { operationId, side, issues },
      `${operationId}: ${what} does not match the API schema`,
    );
  }

  return {
    checksRequests: options.request !== 'none',
    checksResponses: options.response !== 'none',
    check(side, operationId, payload) {
      return side === 'request'
        ? validate(options.request, side, side, operationId, (m) => m.operationRequestSchemas, payload)
        : validate(options.response, side, side, operationId, (m) => m.operationResponseSchemas, payload);
    },
    checkParameters(operationId, parameters) {
      return validate(
        options.request,
        'request',
        'request parameters',
        operationId,
        (m) => m.operationParameterSchemas,
        parameters,
      );
    },
  };
}

/**
 * zod reports a failed union as one "Invalid input" issue holding every branch's issues. The branch with the
 * fewest issues is almost always the one the caller meant, so its issues are reported (with full paths); when
 * several branches tie on a single issue at the same place, their messages are joined with "or".
 */
function flattenIssues(
  issues: readonly SchemaIssue[],
  prefix: readonly (string | number)[],
): ValidationIssue[] {
  const flat: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = [
      ...prefix,
      ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
    ];
    if (issue.code !== 'invalid_union' || issue.errors === undefined || issue.errors.length === 0) {
      flat.push({ path, message: issue.message });
      continue;
    }
    const branches = issue.errors.map((branch) => flattenIssues(branch, path));
    const fewest = Math.min(...branches.map((branch) => branch.length));
    const best = branches.filter((branch) => branch.length === fewest);
    const key = (branch: readonly ValidationIssue[]) => branch[0]?.path.join('.');
    if (
      fewest === 1 &&
      best.length > 1 &&
      best.every((branch) => key(branch) === key(best[0] as ValidationIssue[]))
    ) {
      flat.push({
        path: (best[0] as ValidationIssue[])[0]?.path ?? path,
        message: best.map((b) => b[0]?.message).join(' or '),
      });
    } else {
      flat.push(...(best[0] ?? [{ path, message: issue.message }]));
    }
  }
  return flat;
}
