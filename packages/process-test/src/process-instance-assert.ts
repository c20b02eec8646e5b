import { isDeepStrictEqual } from 'node:util';
import { type CamundaClient, type OperationOutput, ProcessInstanceKey } from '@camunda-ts/client';
import { awaitRead } from './await-read.js';
import { type ElementArgs, matchesElement, splitElementArgs } from './element-args.js';
import { compareKeys, formatSnapshot, takeSnapshot } from './instance-snapshot.js';
import { ProcessAssertionError } from './process-assertion-error.js';
import { type ResolvedWaitOptions, resolveWait, type WaitOptions } from './wait-options.js';

/** A process instance to assert on: what `createProcessInstance` returned, or its key. */
export type ProcessInstanceRef =
  | {
      /** The instance's key. */
      readonly processInstanceKey: string;
    }
  | string;

/** Assertions on one process instance; each waits until it holds (see {@link WaitOptions}) or throws. */
export interface ProcessInstanceAssert {
  /** The instance is running. */
  isActive(wait?: WaitOptions): Promise<void>;
  /** The instance has completed. */
  isCompleted(wait?: WaitOptions): Promise<void>;
  /** The instance was terminated (cancelled, or ended by a terminate end event). */
  isTerminated(wait?: WaitOptions): Promise<void>;
  /** Each selected element (id or name) has an active instance. */
  hasActiveElements(...args: ElementArgs): Promise<void>;
  /** Each selected element has completed at least once. */
  hasCompletedElements(...args: ElementArgs): Promise<void>;
  /** Each selected element has a terminated instance. */
  hasTerminatedElements(...args: ElementArgs): Promise<void>;
  /** None of the selected elements was ever entered. Checked once the instance is no longer changing it: not waited for. */
  hasNotActivatedElements(...args: ElementArgs): Promise<void>;
  /** The selected elements completed in this order (others may complete in between). */
  hasCompletedElementsInOrder(...args: ElementArgs): Promise<void>;
  /** The process-scope variables have these values (compared deeply; other variables are ignored). */
  hasVariables(expected: Readonly<Record<string, unknown>>, wait?: WaitOptions): Promise<void>;
  /** The process-scope variable `name` exists and `predicate` accepts its value. */
  hasVariableSatisfying(
    name: string,
    predicate: (value: unknown) => boolean,
    wait?: WaitOptions,
  ): Promise<void>;
  /** The instance has at least one active incident. */
  hasIncidents(wait?: WaitOptions): Promise<void>;
  /** The instance has no active incident. */
  hasNoIncidents(wait?: WaitOptions): Promise<void>;
}

const PAGE = { limit: 1000 } as const;

/** Builds the assertions of {@link ProcessInstanceAssert} for one instance. */
export function createProcessInstanceAssert(
  client: CamundaClient,
  ref: ProcessInstanceRef,
  defaults: ResolvedWaitOptions,
): ProcessInstanceAssert {
  const processInstanceKey = ProcessInstanceKey.of(typeof ref === 'string' ? ref : ref.processInstanceKey);

  const fail = async (expectation: string, wait: ResolvedWaitOptions): Promise<never> => {
    const snapshot = await takeSnapshot(client, processInstanceKey);
    throw new ProcessAssertionError(
      `Expected process instance ${processInstanceKey} ${expectation}, but it did not within ${wait.timeoutMs} ms.\n${formatSnapshot(snapshot)}`,
    );
  };

  const state = async (expected: string, label: string, options: WaitOptions | undefined) => {
    const wait = resolveWait(defaults, options);
    const outcome = await awaitRead<OperationOutput<'getProcessInstance'>>(
      (o) => client.getProcessInstance({ processInstanceKey }, o),
      (instance) => instance.state === expected,
      wait,
    );
    if (!outcome.ok) await fail(label, wait);
  };

  const elements = async (
    args: ElementArgs,
    label: string,
    holds: (
      items: readonly { elementId: string; elementName: string; state: string; elementInstanceKey: string }[],
      selectors: readonly string[],
    ) => boolean,
  ) => {
    const { selectors, wait: options } = splitElementArgs(args);
    const wait = resolveWait(defaults, options);
    const outcome = await awaitRead<OperationOutput<'searchElementInstances'>>(
      (o) => client.searchElementInstances({ filter: { processInstanceKey }, page: PAGE }, o),
      (result) => holds(result.items, selectors),
      wait,
    );
    if (!outcome.ok) await fail(`${label}: ${selectors.join(', ')}`, wait);
  };

  const inState =
    (wanted: string) =>
    (
      items: readonly { elementId: string; elementName: string; state: string }[],
      selectors: readonly string[],
    ) =>
      selectors.every((s) => items.some((e) => e.state === wanted && matchesElement(s, e)));

  const variables = async (
    label: string,
    holds: (vars: Record<string, unknown>) => boolean,
    options: WaitOptions | undefined,
  ) => {
    const wait = resolveWait(defaults, options);
    const outcome = await awaitRead<OperationOutput<'searchVariables'>>(
      (o) =>
        client.searchVariables(
          { truncateValues: false, filter: { processInstanceKey, scopeKey: processInstanceKey }, page: PAGE },
          o,
        ),
      (result) => holds(Object.fromEntries(result.items.map((v) => [v.name, parseValue(v.value)]))),
      wait,
    );
    if (!outcome.ok) await fail(label, wait);
  };

  const incidents = async (
    label: string,
    holds: (count: number) => boolean,
    options: WaitOptions | undefined,
  ) => {
    const wait = resolveWait(defaults, options);
    const outcome = await awaitRead<OperationOutput<'searchIncidents'>>(
      (o) => client.searchIncidents({ filter: { processInstanceKey, state: 'ACTIVE' }, page: PAGE }, o),
      (result) => holds(result.items.length),
      wait,
    );
    if (!outcome.ok) await fail(label, wait);
  };

  return {
    isActive: (wait) => state('ACTIVE', 'to be active', wait),
    isCompleted: (wait) => state('COMPLETED', 'to be completed', wait),
    isTerminated: (wait) => state('TERMINATED', 'to be terminated', wait),
    hasActiveElements: (...args) => elements(args, 'to have active elements', inState('ACTIVE')),
    hasCompletedElements: (...args) => elements(args, 'to have completed elements', inState('COMPLETED')),
    hasTerminatedElements: (...args) => elements(args, 'to have terminated elements', inState('TERMINATED')),
    hasNotActivatedElements: (...args) => {
      const { selectors, wait } = splitElementArgs(args);
      // "Never entered" holds at once on a lagging read model; a zero wait reads once instead of waiting for it.
      return elements(
        [...selectors, { ...wait, timeoutMs: 0 }],
        'not to have entered elements',
        (items, sel) => !sel.some((s) => items.some((e) => matchesElement(s, e))),
      );
    },
    hasCompletedElementsInOrder: (...args) =>
      elements(args, 'to have completed, in this order, elements', (items, selectors) => {
        const completed = items
          .filter((e) => e.state === 'COMPLETED')
          .sort((a, b) => compareKeys(a.elementInstanceKey, b.elementInstanceKey));
        let next = 0;
        for (const e of completed) {
          const selector = selectors[next];
          if (selector !== undefined && matchesElement(selector, e)) next += 1;
        }
        return next === selectors.length;
      }),
    hasVariables: (expected, wait) =>
      variables(
        `to have variables ${JSON.stringify(expected)}`,
        (vars) =>
          Object.entries(expected).every(
            ([name, value]) => name in vars && isDeepStrictEqual(vars[name], value),
          ),
        wait,
      ),
    hasVariableSatisfying: (name, predicate, wait) =>
      variables(
        `to have a variable '${name}' satisfying the predicate`,
        (vars) => name in vars && predicate(vars[name]),
        wait,
      ),
    hasIncidents: (wait) => incidents('to have incidents', (n) => n > 0, wait),
    hasNoIncidents: (wait) => incidents('to have no incidents', (n) => n === 0, wait),
  };
}

function parseValue(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}
