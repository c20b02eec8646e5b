import type * as Undici from 'undici';

/** The `browser` and `worker` builds have no undici; nothing in them should ask for it. */
export function loadUndici(): Promise<typeof Undici> {
  return Promise.reject(new Error('undici is not available in the browser and worker builds'));
}
