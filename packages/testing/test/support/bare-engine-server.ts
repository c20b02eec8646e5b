import { operations } from '@camunda-ts/types/operations';
import { createEngineClock } from '../../src/engine-clock.js';
import { createAuthGuard } from '../../src/http/auth-guard.js';
import type { HandlerTable } from '../../src/http/engine-handler.js';
import { type EngineServer, type ServedOperation, startEngineServer } from '../../src/http/engine-server.js';
import { createFaultInjector } from '../../src/http/fault-injector.js';
import { createRouteTable } from '../../src/http/route-table.js';
import { compileTestEngineOptions } from '../../src/test-engine-options.js';

/** The engine's HTTP server on 127.0.0.1 with only `handlers`: every operation routed, no auth, no faults. */
export function startBareEngineServer(handlers: HandlerTable): Promise<EngineServer> {
  const options = compileTestEngineOptions({});
  const clock = createEngineClock({ mode: 'manual' });
  const specs = Object.values(operations) as ServedOperation[];
  return startEngineServer({
    host: '127.0.0.1',
    port: 0,
    basePath: '/v2',
    tokenPath: '/oauth/token',
    routes: createRouteTable('/v2', specs),
    handlers,
    unauthenticated: new Set(),
    auth: createAuthGuard(options.auth, clock, undefined as never),
    faults: createFaultInjector(undefined),
    validateRequest: undefined,
    validator: undefined,
    logger: options.logger,
    maxBodyBytes: options.maxBodyBytes,
    onRequest: undefined,
    allowOrigin: () => false,
  });
}
