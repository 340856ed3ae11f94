/**
 * Benchmark subject: counts `resource_changes` actions with the streaming reader and prints
 * `{"total":N,"actions":{"create":n,...}}` (keys sorted), the same line as count-json-parse.ts and
 * the jq filter in run-all.ts, so the runner can check that every contender counted alike.
 *
 *   node bench/out/count-stream.mjs plan.json     (run-all.ts bundles it; or: npx tsx this file)
 */
import { applyEngineSettings } from '../../src/run/engine-settings.js';
import { readPlanStream } from '../../src/plan/plan-stream-reader.js';
import type { PlanVisitor } from '../../src/plan/plan-visitor.js';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: count-stream <plan.json>');
  process.exit(2);
}

// The reader runs as the entries run it: with the V8 settings each makes first (src/run/engine-settings.ts).
applyEngineSettings();

const counts = new Map<string, number>();
let total = 0;
const ignore = (): void => undefined;
const visitor: PlanVisitor = {
  topLevelKey: ignore,
  formatVersion: ignore,
  terraformVersion: ignore,
  errored: ignore,
  resourceChange: (entry) => {
    total++;
    const key = entry.actions.join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  },
  resourceDrift: ignore,
  outputChange: ignore,
  plannedOutputSensitive: ignore,
  priorStateResource: ignore,
  priorStateRetract: ignore,
  repeatedKey: ignore,
};

try {
  await readPlanStream(file, visitor);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const actions = Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
console.log(JSON.stringify({ total, actions }));
