import type * as Undici from 'undici';

let loading: Promise<typeof Undici> | undefined;

/**
 * undici, imported on first use and cached. Importing it takes longer than everything else the client loads
 * together, so a process pays for it when it first requests a token, not when it imports the SDK.
 */
export function loadUndici(): Promise<typeof Undici> {
  loading ??= import('undici');
  return loading;
}
