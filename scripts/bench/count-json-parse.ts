/**
 * Benchmark baseline and reference: what a straightforward reader does — read the whole file into
 * one string, JSON.parse it, count `resource_changes` actions. Prints the same line as
 * count-stream.ts; run-all.ts takes this line (not ours) as the reference the others must match.
 * With `--event` it prints instead what the event's `resource_counts` and `PlannedChangesCount`
 * must be by the docs/counting.md, worked out here from the parsed document alone, to check
 * the CLI's own output. Fails past ~512 MiB (V8's string limit, ERR_STRING_TOO_LONG) and needs
 * several times the file's size in memory (run-all.ts then falls back to jq).
 */
import { readFileSync } from 'node:fs';

const event = process.argv.includes('--event');
const file = process.argv.slice(2).find((arg) => arg !== '--event');
if (file === undefined) {
  console.error('usage: count-json-parse [--event] <plan.json>');
  process.exit(2);
}

interface Change {
  mode?: string;
  change: { actions: string[]; importing?: unknown };
}

interface Plan {
  resource_changes?: Change[];
}

/** resource_counts and PlannedChangesCount as docs/counting.md define them. */
function eventCounts(changes: readonly Change[]): string {
  const managed = changes.filter((rc) => (rc.mode ?? 'managed') === 'managed');
  const only = (rc: Change, action: string): boolean =>
    rc.change.actions.length === 1 && rc.change.actions[0] === action;
  const importing = (rc: Change): boolean =>
    rc.change.importing !== undefined && rc.change.importing !== null;
  const count = (test: (rc: Change) => boolean): number => managed.filter(test).length;
  const resourceCounts = {
    added: count((rc) => rc.change.actions.includes('create')),
    changed: count((rc) => only(rc, 'update')),
    deleted: count((rc) => rc.change.actions.includes('delete')),
    unchanged: count((rc) => only(rc, 'no-op') && !importing(rc)),
    imported: count(importing),
    removed: count((rc) => rc.change.actions.includes('forget')),
  };
  const planned = count((rc) => !only(rc, 'no-op') || importing(rc));
  return JSON.stringify({ resource_counts: resourceCounts, PlannedChangesCount: planned });
}

try {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Plan;
  const changes = doc.resource_changes ?? [];
  if (event) {
    console.log(eventCounts(changes));
  } else {
    const counts = new Map<string, number>();
    for (const rc of changes) {
      const key = rc.change.actions.join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const actions = Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    console.log(JSON.stringify({ total: changes.length, actions }));
  }
} catch (error) {
  console.error(`${(error as NodeJS.ErrnoException).code ?? 'ERROR'}: ${(error as Error).message}`);
  process.exit(1);
}
