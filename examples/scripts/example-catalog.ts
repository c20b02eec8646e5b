/** The engine setup an example needs. */
export type ExampleAuth = 'none' | 'basic' | 'oauth';

/** One example program and where it can run. */
export interface ExampleSpec {
  /** File name in `src/` without `.ts`. */
  readonly name: string;
  /** Auth mode of the in-memory engine it runs against (its credentials reach the example as CAMUNDA_*). */
  readonly auth: ExampleAuth;
  /** Served over mutual TLS (a TLS proxy in front of the engine; needs the `openssl` binary). */
  readonly tls?: boolean;
  /**
   * Also runs against a real cluster (the integration suite). Examples about one auth mode or TLS need a server
   * configured for it, which a cluster reached through CAMUNDA_REST_ADDRESS is not known to be.
   */
  readonly cluster: boolean;
}

/** Every example, in reading order. */
export const EXAMPLES: readonly ExampleSpec[] = [
  { name: 'deploy', auth: 'none', cluster: true },
  { name: 'process-instances', auth: 'none', cluster: true },
  { name: 'jobs-and-workers', auth: 'none', cluster: true },
  { name: 'messages-and-signals', auth: 'none', cluster: true },
  { name: 'user-tasks', auth: 'none', cluster: true },
  { name: 'incidents', auth: 'none', cluster: true },
  { name: 'search', auth: 'none', cluster: true },
  { name: 'auth-oauth', auth: 'oauth', cluster: false },
  { name: 'auth-basic', auth: 'basic', cluster: false },
  { name: 'auth-custom-provider', auth: 'oauth', cluster: false },
  { name: 'tls', auth: 'none', tls: true, cluster: false },
  { name: 'logging', auth: 'basic', cluster: true },
  { name: 'error-handling', auth: 'none', cluster: true },
];
