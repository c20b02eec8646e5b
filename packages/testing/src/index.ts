export { type BpmnFixture, bpmnFixtures } from './bpmn-fixtures.js';
export type { EngineClock } from './engine-clock.js';
export {
  type SearchFieldsSpec,
  type SearchFieldType,
  type SearchFilterFieldSpec,
  searchFields,
} from './generated/search-fields.js';
export type { CorsOption } from './http/cors-policy.js';
export type { EngineStats, ObservedRequest } from './http/engine-server.js';
export type { FaultOptions } from './http/fault-injector.js';
export type { FidelityViolation } from './http/response-validator.js';
export { type OneTaskProcessOptions, oneTaskProcess } from './one-task-process.js';
export { type CliIo, runCli } from './run-cli.js';
export { createSeededRandom, type RandomSource } from './seeded-random.js';
export {
  startTestEngine,
  TEST_ENGINE_VERSION,
  type TestEngine,
  type TestEngineCredentials,
} from './start-test-engine.js';
export { isTestEngineError, TestEngineError, type TestEngineErrorOptions } from './test-engine-error.js';
export type { BasicAuthOptions, OAuthOptions, TestEngineOptions } from './test-engine-options.js';
