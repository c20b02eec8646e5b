/** What `instrumentClient` and `instrumentWorker` return. */
export interface Instrumentation {
  /**
   * Removes the hooks or interceptor and the metric callbacks; spans still open are ended. The client or worker
   * then runs exactly as if it had never been instrumented. Idempotent.
   */
  disable(): void;
}
