/**
 * Usage mistakes turned into help: the nearest known flag for a misspelt one ("did you mean
 * --plan?"), and the tell-tale of a glob the shell expanded before we saw it (several plan files
 * where one value was expected).
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
 * The known flag closest to `given` (`--plna` -> `--plan`), or undefined when none is close:
 * at most a third of the name's letters wrong (at least one), or `given` a prefix of one flag only.
 */
export function nearestFlag(given: string, known: readonly string[]): string | undefined {
  const name = given.replace(/^-+/, '').split('=')[0] ?? '';
  if (name === '') return undefined;
  const prefixed = known.filter((flag) => flag.startsWith(name));
  if (prefixed.length === 1) return `--${prefixed[0]}`;
  let best: { flag: string; distance: number } | undefined;
  for (const flag of known) {
    const distance = editDistance(name, flag);
    if (best === undefined || distance < best.distance) best = { flag, distance };
  }
  const allowed = Math.max(1, Math.floor(name.length / 3));
  return best !== undefined && best.distance <= allowed ? `--${best.flag}` : undefined;
}
