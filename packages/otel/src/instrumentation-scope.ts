/** The instrumentation scope of every tracer and meter this package creates; the version is package.json's, set at build time. */
export const INSTRUMENTATION_SCOPE = Object.freeze({
  /** The scope name: this package's name. */
  name: '@camunda-ts/otel',
  /** The scope version: this package's version. */
  version: __PACKAGE_VERSION__,
});
