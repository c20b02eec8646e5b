/** The instrumentation scope of every tracer and meter this package creates; a test keeps the version equal to package.json's. */
export const INSTRUMENTATION_SCOPE = Object.freeze({ name: '@camunda-ts/otel', version: '0.0.0' });
