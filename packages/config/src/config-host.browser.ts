import type { ConfigHost } from './config-host.js';

const NO_FILES =
  'the browser and worker builds read no files: give the value itself (e.g. CAMUNDA_CA_CERT instead of CAMUNDA_CA_CERT_PATH) in the overrides';

/**
 * The host of the `browser` and `worker` builds: no environment, no working directory, no files. Everything a
 * client needs is passed explicitly (`config` overrides, or `env` when the application has its own variables).
 */
export const configHost: ConfigHost = Object.freeze({
  defaultEnv: () => ({}),
  defaultCwd: () => '',
  homeDir: () => '~',
  resolvePath: (_cwd: string, path: string) => path,
  readTextFile: (): string => {
    throw Object.assign(new Error(NO_FILES), { code: 'UNSUPPORTED_RUNTIME' });
  },
  parseEnvText: () => ({}),
  filesUnsupported: NO_FILES,
});
