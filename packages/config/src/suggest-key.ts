/**
 * The known name closest to `name`, for a did-you-mean hint: a `ZEEBE_` name whose `CAMUNDA_` twin exists, or
 * the nearest name within a few edits. `undefined` when nothing is close.
 */
export function suggestKey(name: string, known: Iterable<string>): string | undefined {
  const names = [...known];
  if (name.startsWith('ZEEBE_')) {
    const twin = `CAMUNDA_${name.slice('ZEEBE_'.length)}`;
    if (names.includes(twin)) return twin;
  }
  const allowed = Math.max(2, Math.floor(name.length / 8));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of names) {
    if (Math.abs(candidate.length - name.length) > allowed) continue;
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const get = (i: number, j: number): number => (d[i] as number[])[j] as number;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(get(i - 1, j) + 1, get(i, j - 1) + 1, get(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, get(i - 2, j - 2) + 1);
      }
      (d[i] as number[])[j] = value;
    }
  }
  return get(rows - 1, cols - 1);
}
