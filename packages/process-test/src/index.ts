export { type ModelElement, type ModelFlow, type ProcessModel, parseProcessModels } from './bpmn-model.js';
export {
  type CoverageReport,
  type CoverageReportOptions,
  writeCoverageReport,
} from './coverage-report.js';
export { createProcessTest, type ProcessTest } from './create-process-test.js';
export type { DecisionAssert, DecisionSelector } from './decision-assert.js';
export type { ElementArgs } from './element-args.js';
export type { JobWorkerMock, MockedJob } from './job-worker-mock.js';
export { isProcessAssertionError, ProcessAssertionError } from './process-assertion-error.js';
export { mergeCoverage, type ProcessCoverage } from './process-coverage.js';
export type { ProcessInstanceAssert, ProcessInstanceRef } from './process-instance-assert.js';
export { isProcessTestError, ProcessTestError, type ProcessTestErrorCode } from './process-test-error.js';
export type { ProcessTestOptions, ProcessTestRuntime } from './process-test-options.js';
export type { UserTaskAssert } from './user-task-assert.js';
export type { UserTaskSelector } from './user-task-selector.js';
export { DEFAULT_WAIT, type ResolvedWaitOptions, type WaitOptions } from './wait-options.js';
