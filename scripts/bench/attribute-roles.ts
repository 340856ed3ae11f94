/**
 * What reading attribute roles costs (issue 24): the streaming reader and the accumulator over the
 * generated plan (generate-plan.ts), with roles read for every update and replacement the lists
 * keep (the default) and with none (attributeRoles: 0), interleaved run by run in one process;
 * prints the medians and the difference, of wall time and of CPU time (user + system, this process:
 * the figure to decide by on a shared, loaded machine), and the median and spread of the per-round
 * CPU ratios (each round's two reads run back to back, so a round shares the box's state; the
 * medians of the two columns do not). docs/what-changes.md quotes its numbers.
 *
 *   npx tsx scripts/bench/attribute-roles.ts [sizeMB=200] [runs=3]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { PlanAccumulator } from '../../src/plan/plan-accumulator.js';
import { readPlanStream } from '../../src/plan/plan-stream-reader.js';

const size = process.argv[2] ?? '200';
const runs = Number(process.argv[3] ?? '3');
const file = execFileSync('npx', ['tsx', 'scripts/bench/generate-plan.ts', size, '1'], { encoding: 'utf8' })
  .trim()
  .split('\n')
  .pop()!;

async function once(
  attributeRoles: number | undefined,
): Promise<{ ms: number; cpuMs: number; roles: number }> {
  const accumulator = new PlanAccumulator(file);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await readPlanStream(file, accumulator, file, { attributeRoles });
  const summary = accumulator.finish();
  const used = process.cpuUsage(cpu);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, cpuMs: (used.user + used.system) / 1000, roles: summary.changedAttributes?.size ?? 0 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const off: number[] = [];
const on: number[] = [];
const offCpu: number[] = [];
const onCpu: number[] = [];
let roles = 0;
await once(0); // warm-up: file cache, JIT
await once(undefined);
for (let i = 0; i < runs; i++) {
  const o = await once(0);
  off.push(o.ms);
  offCpu.push(o.cpuMs);
  const r = await once(undefined);
  on.push(r.ms);
  onCpu.push(r.cpuMs);
  roles = r.roles;
}
const a = median(off);
const b = median(on);
const ac = median(offCpu);
const bc = median(onCpu);
const ratios = onCpu.map((c, i) => c / offCpu[i]!);
const percent = (ratio: number): number => Number(((ratio - 1) * 100).toFixed(1));
console.log(
  JSON.stringify({
    file,
    runs,
    resourcesWithRoles: roles,
    withoutRolesMs: Math.round(a),
    withRolesMs: Math.round(b),
    costMs: Math.round(b - a),
    costPercent: Number((((b - a) / a) * 100).toFixed(1)),
    withoutRolesCpuMs: Math.round(ac),
    withRolesCpuMs: Math.round(bc),
    cpuCostMs: Math.round(bc - ac),
    cpuCostPercent: Number((((bc - ac) / ac) * 100).toFixed(1)),
    cpuCostPercentPerRound: percent(median(ratios)),
    cpuCostPercentSpread: [percent(Math.min(...ratios)), percent(Math.max(...ratios))],
    loadAverage: loadavg()[0]!.toFixed(1),
  }),
);
