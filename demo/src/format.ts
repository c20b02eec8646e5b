const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `1234` → `1,234`. */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** A duration for people: `850 ms`, `12.3 s`, `2 min 05 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1_000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** Events per second over `ms`, as a whole number. */
export function formatRate(count: number, ms: number): string {
  return ms <= 0 ? '–' : integer.format((count / ms) * 1_000);
}
