import type { WaitOptions } from './wait-options.js';

/** Elements selected by id or by name, optionally followed by the call's {@link WaitOptions}. */
export type ElementArgs =
  | readonly [...selectors: string[]]
  | readonly [...selectors: string[], wait: WaitOptions];

/** Splits {@link ElementArgs} into the selectors and the trailing wait options. */
export function splitElementArgs(args: ElementArgs): {
  readonly selectors: readonly string[];
  readonly wait: WaitOptions | undefined;
} {
  const last = args.at(-1);
  if (typeof last === 'object' && last !== null) {
    return { selectors: args.slice(0, -1) as string[], wait: last };
  }
  return { selectors: args as readonly string[], wait: undefined };
}

/** Whether an element instance matches a selector: its element id or its name. */
export function matchesElement(
  selector: string,
  element: { readonly elementId: string; readonly elementName: string },
) {
  return element.elementId === selector || element.elementName === selector;
}
