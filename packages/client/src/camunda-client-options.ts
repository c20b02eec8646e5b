import type { AuthProvider } from '@camunda-ts/auth';
import type { ConfigOverrides } from '@camunda-ts/config';
import type { Dispatcher } from 'undici';
import type { CamundaClientHooks } from './camunda-client-hooks.js';
import type { LoggerLike } from './to-logger.js';

/** Options of `createCamundaClient` / `new CamundaClient`; all optional: by default everything comes from the environment. */
export interface CamundaClientOptions {
  /** Settings that win over the environment, keyed like the variables: `{ CAMUNDA_REST_ADDRESS: '…' }`. */
  readonly config?: ConfigOverrides;
  /** The environment to read instead of `process.env` (which is read once, never modified). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Supplies credentials for every request, used exactly as given. By default the provider is picked from the
   * config (`CAMUNDA_AUTH_STRATEGY`). A provider passed here is the caller's: `close()` leaves it open.
   */
  readonly auth?: AuthProvider;
  /**
   * pino, winston, `console` or any object with `debug/info/warn/error`. Default: pino at `CAMUNDA_SDK_LOG_LEVEL`
   * with authorization headers, tokens and secrets redacted.
   */
  readonly logger?: LoggerLike;
  /**
   * undici dispatcher for API and OAuth token requests (tests pass a `MockAgent`). By default the client owns a
   * keep-alive pool with the configured TLS settings (through `HTTP_PROXY`/`HTTPS_PROXY` unless `NO_PROXY`
   * exempts the host), created (and undici loaded) by its first call. A dispatcher passed here is left open by
   * `close()`; together with a configured CA or client certificate it is refused with a `ConfigError`
   * (`CONFLICT`), since it would ignore them: configure TLS on the dispatcher instead.
   */
  readonly dispatcher?: Dispatcher;
  /** Observation points: operation start/end, each HTTP attempt, backpressure changes. */
  readonly hooks?: CamundaClientHooks;
  /**
   * Loads the API's zod schemas for `CAMUNDA_SDK_VALIDATION`: `() => import('@camunda-ts/types/zod')`. The Node
   * build imports them by itself when validation is on; the `browser` and `worker` builds need this option to
   * validate, so that zod stays out of the bundles of applications that do not.
   */
  readonly schemas?: () => Promise<object>;
}
