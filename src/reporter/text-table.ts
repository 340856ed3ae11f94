/** Plain-text tables for logs: columns two spaces apart, names left-aligned, numbers right-aligned. */

/**
 * The rows as aligned lines; `left` says which columns are left-aligned (names), by default the
 * first; the others are right-aligned (numbers). Trailing spaces are trimmed.
 */
export function alignColumns(rows: readonly (readonly string[])[], left: readonly number[] = [0]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (left.includes(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}
