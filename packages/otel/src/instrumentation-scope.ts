/** The instrumentation scope of every tracer and meter this package creates; a test keeps the version equal to package.json's. */
export const INSTRUMENTATION_SCOPE = Object.freeze({
  /** The scope name: this package's name. */
  name: '@camunda-ts/otel',
  /** The scope version: this package's version. */
  version: '0.0.0',
});
