/**
 * Benchmark baseline: what a straightforward reader does — read the whole file into one string,
 * JSON.parse it, count `resource_changes` actions. Prints the same line as count-stream.ts.
 * Fails past ~512 MiB (V8's string limit, ERR_STRING_TOO_LONG) and needs several times the
 * file's size in memory.
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: count-json-parse <plan.json>');
  process.exit(2);
}

interface Plan {
  resource_changes?: { change: { actions: string[] } }[];
}

try {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Plan;
  const counts = new Map<string, number>();
  const changes = doc.resource_changes ?? [];
  for (const rc of changes) {
    const key = rc.change.actions.join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const actions = Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  console.log(JSON.stringify({ total: changes.length, actions }));
} catch (error) {
  console.error(`${(error as NodeJS.ErrnoException).code ?? 'ERROR'}: ${(error as Error).message}`);
  process.exit(1);
}
