import type { Logger } from '@camunda-ts/types';
import type { CamundaClientHooks } from './camunda-client-hooks.js';

type HookName = keyof CamundaClientHooks;
type Headers = Readonly<Record<string, string>>;

/** The hook sets of one client: those given when it was created and those added later with `addHooks`. */
export interface HookRegistry {
  /** One hook set that calls every registered set in turn; each call is isolated from the others' failures. */
  readonly hooks: Required<CamundaClientHooks>;
  /** Registered hook sets. */
  readonly size: number;
  /** Registers a set; returns the function that removes it again. */
  add(hooks: CamundaClientHooks): () => void;
}

/**
 * Creates the registry behind `client.addHooks`. The lists are replaced, not mutated, on every change, so a set
 * added or removed while an event is being delivered takes effect from the next event on.
 */
export function createHookRegistry(logger: Logger): HookRegistry {
  let sets: readonly CamundaClientHooks[] = [];

  const failed = (name: HookName, error: unknown) =>
    logger.warn({ hook: name, err: error }, `client hook ${name} threw; ignored`);

  function fanOut<E>(name: Exclude<HookName, 'beforeRequest'>): (event: E) => void {
    return (event) => {
      for (const set of sets) {
        const hook = set[name] as ((this: CamundaClientHooks, event: E) => void) | undefined;
        if (hook === undefined) continue;
        try {
          hook.call(set, event);
        } catch (error) {
          failed(name, error);
        }
      }
    };
  }

  const hooks: Required<CamundaClientHooks> = {
    onOperationStart: fanOut('onOperationStart'),
    onOperationEnd: fanOut('onOperationEnd'),
    afterResponse: fanOut('afterResponse'),
    onError: fanOut('onError'),
    onBackpressureChange: fanOut('onBackpressureChange'),
    beforeRequest(info) {
      let headers: Headers | undefined;
      for (const set of sets) {
        if (set.beforeRequest === undefined) continue;
        try {
          const extra = set.beforeRequest(info);
          if (extra) headers = headers === undefined ? extra : { ...headers, ...extra };
        } catch (error) {
          failed('beforeRequest', error);
        }
      }
      return headers;
    },
  };

  return {
    hooks,
    get size() {
      return sets.length;
    },
    add(set) {
      sets = [...sets, set];
      let removed = false;
      return () => {
        if (removed) return;
        removed = true;
        sets = sets.filter((s) => s !== set);
      };
    },
  };
}
