/**
 * Polls until `condition` holds, bounded by time rather than by a count of event-loop turns: on a loaded machine
 * a fixed number of turns can pass before a socket is even read, while a generous time bound only fails a test
 * that is really stuck (instead of letting it hang).
 */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() >= deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
