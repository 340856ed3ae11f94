/**
 * Benchmark subject for attribute-roles.ts: one read of a plan as the CLI reads it (the streaming
 * reader and the accumulator), with attribute roles read as the CLI reads them (`on`, the default)
 * or for no resource (`off`: attributeRoles 0, the same reader and walker minus roles). Prints
 * `{"cpuMs":…,"wallMs":…,"roles":…}`: the CPU time (user + system) of this whole process since it
 * started, so start-up, JIT warm-up and GC are in it, as a user's run pays them.
 *
 *   node bench/out/roles-read.mjs plan.json on|off   (attribute-roles.ts bundles it)
 */
import { applyEngineSettings } from '../../src/run/engine-settings.js';
import { PlanAccumulator } from '../../src/plan/plan-accumulator.js';
import { readPlanStream } from '../../src/plan/plan-stream-reader.js';

const [file, mode = 'on'] = process.argv.slice(2);
if (file === undefined || (mode !== 'on' && mode !== 'off')) {
  console.error('usage: roles-read <plan.json> on|off');
  process.exit(2);
}
// Read as the CLI reads, under the V8 settings its loader makes (src/cli.ts): the roles' cost is
// largely the optimising compiler's, which those settings change.
applyEngineSettings();
const start = performance.now();
const accumulator = new PlanAccumulator(file);
await readPlanStream(file, accumulator, file, { attributeRoles: mode === 'off' ? 0 : undefined });
const summary = accumulator.finish();
const wallMs = performance.now() - start;
const cpu = process.cpuUsage();
console.log(
  JSON.stringify({
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    wallMs: Math.round(wallMs),
    roles: summary.changedAttributes?.size ?? 0,
  }),
);
