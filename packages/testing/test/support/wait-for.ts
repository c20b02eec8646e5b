/** Yields to the event loop until `condition` holds (bounded, so a broken test fails instead of hanging). */
export async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2_000; i++) {
    if (condition()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
