export { CAMUNDA_ERROR_BRAND, CamundaError, type CamundaErrorOptions, errorGuard, isCamundaError } from './camunda-error.js';
export { childLogger, type LogMethod, type Logger, nullLogger } from './logger.js';
