export { abortableSleep, type SleepTimers } from './abortable-sleep.js';
export { backoffDelay } from './backoff-delay.js';
export {
  CAMUNDA_ERROR_BRAND,
  CamundaError,
  type CamundaErrorOptions,
  errorGuard,
  isCamundaError,
} from './camunda-error.js';
// The generated barrel lists every model, enum and key by name; re-exporting it whole keeps this entry in step
// with the spec without a hand-maintained list of several hundred names.
export * from './generated/index.js';
export { InvalidKeyError, type InvalidKeyReason, isInvalidKeyError } from './invalid-key-error.js';
export { childLogger, type Logger, type LogMethod, nullLogger } from './logger.js';
export {
  defineSemanticKey,
  type SemanticKey,
  type SemanticKeyCompanion,
  type SemanticKeyConstraints,
} from './semantic-key.js';
