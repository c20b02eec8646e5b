export type {
  AuthStrategy,
  BackpressureKnobs,
  BackpressureProfile,
  BasicAuthConfig,
  CamundaConfig,
  LogLevel,
  OAuthConfig,
  TlsConfig,
  ValidationMode,
  WorkerDefaults,
} from './camunda-config.js';
export { Secret } from './secret.js';
