export type {
  AuthStrategy,
  BackpressureKnobs,
  BackpressureProfile,
  BasicAuthConfig,
  CamundaConfig,
  LogLevel,
  OAuthConfig,
  SupportLogConfig,
  TlsConfig,
  ValidationMode,
  WorkerDefaults,
} from './camunda-config.js';
export { ConfigError, type ConfigIssue, type ConfigIssueCode, isConfigError } from './config-error.js';
export type { ConfigOverrides, ConfigOverrideValue } from './config-overrides.js';
export {
  CONFIG_KEYS,
  CONFIG_SCHEMA,
  type ConfigCompatibility,
  type ConfigKey,
  type ConfigKeyDefinition,
  type ConfigSchema,
  type ConfigValueType,
  type ConfigWarning,
  type ConfigWarningCode,
} from './config-schema.js';
export { type ConfigSource, type ConfigValueDescription, describeConfig } from './describe-config.js';
export { type ResolveConfigOptions, resolveConfig } from './resolve-config.js';
export { Secret } from './secret.js';
