export type {
  OperationErrorStatus,
  OperationErrorStatuses,
  OperationInput,
  OperationInputs,
  OperationOutput,
  OperationOutputs,
} from './generated/operation-types.js';
export { type OperationId, operations } from './generated/operations.js';
export type { OperationSpec } from './operation-spec.js';
