import { afterAll, beforeAll, expect } from 'vitest';
import { createProcessTest, type ProcessTest } from './create-process-test.js';
import type { ElementArgs } from './element-args.js';
import { isProcessAssertionError } from './process-assertion-error.js';
import type { ProcessInstanceAssert, ProcessInstanceRef } from './process-instance-assert.js';
import { ProcessTestError } from './process-test-error.js';
import type { ProcessTestOptions } from './process-test-options.js';
import type { WaitOptions } from './wait-options.js';

export { isProcessAssertionError, ProcessAssertionError } from './process-assertion-error.js';

/** The matchers `useProcessTest` installs; each waits like the assertion it wraps. */
export interface ProcessTestMatchers<R = unknown> {
  /** See {@link ProcessInstanceAssert.isActive}. */
  toBeActive(wait?: WaitOptions): Promise<R>;
  /** See {@link ProcessInstanceAssert.isCompleted}. */
  toBeCompleted(wait?: WaitOptions): Promise<R>;
  /** See {@link ProcessInstanceAssert.isTerminated}. */
  toBeTerminated(wait?: WaitOptions): Promise<R>;
  /** See {@link ProcessInstanceAssert.hasActiveElements}. */
  toHaveActiveElements(...args: ElementArgs): Promise<R>;
  /** See {@link ProcessInstanceAssert.hasCompletedElements}. */
  toHaveCompletedElements(...args: ElementArgs): Promise<R>;
  /** See {@link ProcessInstanceAssert.hasTerminatedElements}. */
  toHaveTerminatedElements(...args: ElementArgs): Promise<R>;
  /** See {@link ProcessInstanceAssert.hasNotActivatedElements}. */
  toHaveNotActivatedElements(...args: ElementArgs): Promise<R>;
  /** See {@link ProcessInstanceAssert.hasCompletedElementsInOrder}. */
  toHaveCompletedElementsInOrder(...args: ElementArgs): Promise<R>;
  /** See {@link ProcessInstanceAssert.hasVariables}. */
  toHaveVariables(expected: Readonly<Record<string, unknown>>, wait?: WaitOptions): Promise<R>;
  /** See {@link ProcessInstanceAssert.hasVariableSatisfying}. */
  toHaveVariableSatisfying(
    name: string,
    predicate: (value: unknown) => boolean,
    wait?: WaitOptions,
  ): Promise<R>;
  /** See {@link ProcessInstanceAssert.hasIncidents}. */
  toHaveIncidents(wait?: WaitOptions): Promise<R>;
  /** See {@link ProcessInstanceAssert.hasNoIncidents}. */
  toHaveNoIncidents(wait?: WaitOptions): Promise<R>;
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: vitest declares the parameter with this default.
  interface Matchers<T = any> extends ProcessTestMatchers {}
}

type MatcherResult = { pass: boolean; message: () => string };

const MATCHERS: Record<
  keyof ProcessTestMatchers,
  (a: ProcessInstanceAssert, args: unknown[]) => Promise<void>
> = {
  toBeActive: (a, args) => a.isActive(...(args as unknown as [WaitOptions?])),
  toBeCompleted: (a, args) => a.isCompleted(...(args as unknown as [WaitOptions?])),
  toBeTerminated: (a, args) => a.isTerminated(...(args as unknown as [WaitOptions?])),
  toHaveActiveElements: (a, args) => a.hasActiveElements(...(args as unknown as ElementArgs)),
  toHaveCompletedElements: (a, args) => a.hasCompletedElements(...(args as unknown as ElementArgs)),
  toHaveTerminatedElements: (a, args) => a.hasTerminatedElements(...(args as unknown as ElementArgs)),
  toHaveNotActivatedElements: (a, args) => a.hasNotActivatedElements(...(args as unknown as ElementArgs)),
  toHaveCompletedElementsInOrder: (a, args) =>
    a.hasCompletedElementsInOrder(...(args as unknown as ElementArgs)),
  toHaveVariables: (a, args) =>
    a.hasVariables(...(args as unknown as [Record<string, unknown>, WaitOptions?])),
  toHaveVariableSatisfying: (a, args) =>
    a.hasVariableSatisfying(...(args as unknown as [string, (value: unknown) => boolean, WaitOptions?])),
  toHaveIncidents: (a, args) => a.hasIncidents(...(args as unknown as [WaitOptions?])),
  toHaveNoIncidents: (a, args) => a.hasNoIncidents(...(args as unknown as [WaitOptions?])),
};

/**
 * The matchers as `expect.extend` takes them, asserting through `processTest()`. A matcher under `.not` passes
 * when the assertion fails, which means waiting out the whole timeout: prefer a positive assertion.
 */
export function processTestMatchers(
  processTest: () => ProcessTest,
): Record<keyof ProcessTestMatchers, (received: unknown, ...args: unknown[]) => Promise<MatcherResult>> {
  return Object.fromEntries(
    Object.entries(MATCHERS).map(([name, run]) => [
      name,
      async (received: unknown, ...args: unknown[]): Promise<MatcherResult> => {
        try {
          await run(processTest().assertThat(received as ProcessInstanceRef), args);
          return { pass: true, message: () => `${name}: the assertion held, and .not expected it not to` };
        } catch (error) {
          if (!isProcessAssertionError(error)) throw error;
          return { pass: false, message: () => error.message };
        }
      },
    ]),
  ) as Record<keyof ProcessTestMatchers, (received: unknown, ...args: unknown[]) => Promise<MatcherResult>>;
}

/**
 * Creates one process test for the calling test file (in `beforeAll`), stops it in `afterAll`, and installs the
 * matchers (`await expect(instance).toBeCompleted()`). Returns a handle that forwards to it once created.
 */
export function useProcessTest(options: ProcessTestOptions = {}): ProcessTest {
  let current: ProcessTest | undefined;
  const get = (): ProcessTest => {
    if (current === undefined) {
      throw new ProcessTestError('The process test exists from beforeAll on: use it inside hooks and tests', {
        code: 'NOT_FOUND',
      });
    }
    return current;
  };
  expect.extend(processTestMatchers(get));
  beforeAll(async () => {
    current = await createProcessTest(options);
  });
  afterAll(async () => {
    await current?.stop();
    current = undefined;
  });
  return new Proxy({} as ProcessTest, {
    get: (_target, property) => {
      const value = Reflect.get(get(), property) as unknown;
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}
