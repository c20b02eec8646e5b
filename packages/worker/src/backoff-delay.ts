// The shared full-jitter backoff (from @camunda-ts/types, through the client), kept at this path for the worker's
// modules and its public export.
export { backoffDelay } from '@camunda-ts/client';
