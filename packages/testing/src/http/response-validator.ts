/** What fidelity checks need of an operation. */
export interface ValidatedOperation {
  readonly operationId: string;
  readonly successStatus: number;
  readonly errorStatuses: readonly number[];
  /** Names of the path parameters. */
  readonly pathParams?: readonly string[];
}

/** A schema check: a message when `value` does not fit, else undefined. */
export type SchemaCheck = (value: unknown) => string | undefined;

/** One recorded mismatch between a response and the spec. */
export interface FidelityViolation {
  /** The operation that answered. */
  readonly operationId: string;
  /** The status it answered with. */
  readonly status: number;
  /** What did not fit the spec. */
  readonly message: string;
}

/** Checks every response against the spec and remembers what did not fit. */
export interface ResponseValidator {
  /** Returns a message (and records it) when the response does not fit the spec. */
  validate(operationId: string, status: number, body: unknown, isProblem: boolean): string | undefined;
  violations(): readonly FidelityViolation[];
  clear(): void;
}

/** Where the validator finds an operation and the schemas of its success payload and of problem details. */
export interface ResponseValidatorDeps {
  readonly operation: (operationId: string) => ValidatedOperation | undefined;
  readonly successSchema: (operationId: string) => SchemaCheck | undefined;
  readonly problemSchema: SchemaCheck;
  /** More statuses any operation may answer (403 when the engine enforces authorizations or tenants). */
  readonly alsoAllowed?: readonly number[];
}

// Statuses the engine may answer on any operation: missing credentials, and operations it does not implement.
const ALWAYS_ALLOWED = new Set([401, 501]);

// Second success statuses the spec documents beside the first (the operation table keeps only the first): no form
// linked, no XML, and a batch upload where some documents failed.
const OTHER_SUCCESS: Readonly<Record<string, number>> = {
  getStartProcessForm: 204,
  getUserTaskForm: 204,
  getProcessDefinitionXML: 204,
  createDocuments: 207,
};

// Error statuses Camunda answers where the spec documents none: its gateway maps every broker rejection to the
// status of its type (NOT_FOUND 404, INVALID_STATE and ALREADY_EXISTS 409), whatever the operation documents, and
// an update to permissions the resource type does not support is rejected as INVALID_ARGUMENT.
const UNDOCUMENTED_ERRORS: Readonly<Record<string, readonly number[]>> = {
  createAuthorization: [409],
  updateAuthorization: [400],
  createProcessInstance: [404],
  cancelProcessInstance: [409],
  publishMessage: [409],
  createElementInstanceVariables: [404],
  activateAdHocSubProcessActivities: [409],
  suspendBatchOperation: [409],
  resumeBatchOperation: [409],
  updateAgentInstance: [409],
  evaluateExpression: [404],
};

// A variable update on a user task is one of its transitions: refused (another transition runs), denied by an
// updating listener, or cut off by a cancellation, Zeebe rejects it INVALID_STATE, which the gateway answers 409.
const USER_TASK_TRANSITION_ERRORS: Readonly<Record<string, readonly number[]>> = {
  createElementInstanceVariables: [409],
};

// Operations whose failures after a partial fan-out answer with the operation's own result (what was triggered
// where), not a problem detail: the spec gives those error statuses the success schema.
const ERRORS_WITH_RESULT_BODY = new Set(['takeRuntimeBackupAsClusterAdmin']);

// Path parameters the spec types as a key (an int64 as a string) or a backup id (an integer of at least 1): Camunda
// refuses any other value with 400 on every operation that has one, whether or not the operation documents a 400.
const CHECKED_PATH_PARAM = /Key$|^backupId$/;
const refusesMalformedPath = (op: ValidatedOperation) =>
  (op.pathParams ?? []).some((name) => CHECKED_PATH_PARAM.test(name));

/** Creates the fidelity validator. */
export function createResponseValidator(deps: ResponseValidatorDeps): ResponseValidator {
  const found: FidelityViolation[] = [];
  const allowed = new Set([...ALWAYS_ALLOWED, ...(deps.alsoAllowed ?? [])]);
  const record = (operationId: string, status: number, message: string) => {
    found.push({ operationId, status, message });
    return message;
  };
  return {
    validate(operationId, status, body, isProblem) {
      const op = deps.operation(operationId);
      if (op === undefined) return undefined;
      if (status >= 200 && status < 300) {
        if (status === OTHER_SUCCESS[operationId]) return undefined;
        if (status !== op.successStatus) {
          return record(
            operationId,
            status,
            `${operationId} answered ${status}, but the spec documents ${op.successStatus}`,
          );
        }
        const check = deps.successSchema(operationId);
        if (check === undefined || body === undefined) return undefined;
        const problem = check(body);
        return problem === undefined
          ? undefined
          : record(operationId, status, `${operationId} response does not match its schema: ${problem}`);
      }
      const undocumented = [
        ...(UNDOCUMENTED_ERRORS[operationId] ?? []),
        ...(USER_TASK_TRANSITION_ERRORS[operationId] ?? []),
      ];
      const malformedPath = status === 400 && refusesMalformedPath(op);
      if (
        !allowed.has(status) &&
        !op.errorStatuses.includes(status) &&
        !undocumented.includes(status) &&
        !malformedPath
      ) {
        return record(
          operationId,
          status,
          `${operationId} answered ${status}, which the spec does not document (${op.errorStatuses.join(', ')})`,
        );
      }
      if (!isProblem && body !== undefined && ERRORS_WITH_RESULT_BODY.has(operationId)) {
        const problem = deps.successSchema(operationId)?.(body);
        return problem === undefined
          ? undefined
          : record(operationId, status, `${operationId} response does not match its schema: ${problem}`);
      }
      if (isProblem || body !== undefined) {
        const problem = deps.problemSchema(body);
        if (problem !== undefined)
          return record(operationId, status, `${operationId} problem detail is malformed: ${problem}`);
      }
      return undefined;
    },
    violations: () => [...found],
    clear() {
      found.length = 0;
    },
  };
}
