/**
 * "Did you mean": the known name nearest a misspelt one, for flags, commands and plugin settings
 * alike (a typo must never pass as silence: a misspelt gate is a gate switched off).
 */

/** Edit distance (insert, delete, substitute, swap of neighbours), small strings only. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name closest to `name` (a flag, a command, a setting), or undefined when none is
 * close: at most a third of its letters wrong (at least one), or `name` a prefix of one name only.
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  if (name === '') return undefined;
  const prefixed = known.filter((candidate) => candidate.startsWith(name));
  if (prefixed.length === 1) return prefixed[0];
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  const allowed = Math.max(1, Math.floor(name.length / 3));
  return best !== undefined && best.distance <= allowed ? best.candidate : undefined;
}
