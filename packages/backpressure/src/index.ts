export {
  type BackpressureAbortCode,
  BackpressureAbortError,
  isBackpressureAbortError,
} from './backpressure-abort-error.js';
export {
  type BackpressureAcquireRequest,
  type BackpressureChangeEvent,
  type BackpressureChangeReason,
  type BackpressureClock,
  type BackpressureGate,
  type BackpressureGateOptions,
  type BackpressureOutcome,
  type BackpressureSeverity,
  type BackpressureState,
  createBackpressureGate,
  type Permit,
} from './backpressure-gate.js';
export { BackpressureOptionsError, isBackpressureOptionsError } from './backpressure-options-error.js';
export {
  BACKPRESSURE_PROFILES,
  type BackpressureKnobValues,
  type BackpressureProfile,
  type BackpressureProfileSettings,
} from './backpressure-profiles.js';
export { BackpressureQueueFullError, isBackpressureQueueFullError } from './backpressure-queue-full-error.js';
export { DEFAULT_EXEMPT_OPERATIONS, DEFAULT_LONG_POLL_OPERATIONS } from './default-operations.js';
