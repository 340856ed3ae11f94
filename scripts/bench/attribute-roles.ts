/**
 * What reading attribute roles costs (issue 24): the streaming reader and the accumulator over the
 * generated plan (generate-plan.ts), with roles read for every update and replacement the lists
 * keep (the default) and with none (attributeRoles: 0: the same reader and walker, the before /
 * after objects skipped instead of kept and compared).
 *
 * Default, fresh processes (what a user's CLI run pays: start-up, JIT warm-up and GC included):
 * roles-read.ts, bundled with esbuild and run with plain node, once with roles and once without
 * per round, the order flipped every round. Each child reports its own CPU (user + system, all
 * threads, since it started). The figure to decide by is the median of the per-round CPU ratios
 * (a round's two runs share the box's state; two columns' medians do not), printed with their
 * spread and the load average. `--in-process` times the reads in this process instead (warm JIT,
 * one heap: the figure earlier sessions quoted). docs/what-changes.md and docs/performance.md
 * quote its numbers.
 *
 *   npx tsx scripts/bench/attribute-roles.ts [sizeMB=200] [rounds=7] [--in-process]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PlanAccumulator } from '../../src/plan/plan-accumulator.js';
import { readPlanStream } from '../../src/plan/plan-stream-reader.js';
import { BENCH_OUT } from './generate-plan.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const inProcess = process.argv.includes('--in-process');
const size = args[0] ?? '200';
const rounds = Number(args[1] ?? '7');
const file = execFileSync('npx', ['tsx', 'scripts/bench/generate-plan.ts', size, '1'], { encoding: 'utf8' })
  .trim()
  .split('\n')
  .pop()!;

interface Run {
  ms: number;
  cpuMs: number;
  roles: number;
}

async function inProcessRun(roles: boolean): Promise<Run> {
  const accumulator = new PlanAccumulator(file);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await readPlanStream(file, accumulator, file, { attributeRoles: roles ? undefined : 0 });
  const summary = accumulator.finish();
  const used = process.cpuUsage(cpu);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, cpuMs: (used.user + used.system) / 1000, roles: summary.changedAttributes?.size ?? 0 };
}

const SUBJECT = join(BENCH_OUT, 'roles-read.mjs');

function freshRun(roles: boolean): Run {
  const out = execFileSync(process.execPath, [SUBJECT, file, roles ? 'on' : 'off'], { encoding: 'utf8' });
  const line = JSON.parse(out.trim().split('\n').pop()!) as { cpuMs: number; wallMs: number; roles: number };
  return { ms: line.wallMs, cpuMs: line.cpuMs, roles: line.roles };
}

if (!inProcess) {
  await build({
    entryPoints: [fileURLToPath(new URL('roles-read.ts', import.meta.url))],
    outfile: SUBJECT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
}
const run = async (roles: boolean): Promise<Run> => (inProcess ? inProcessRun(roles) : freshRun(roles));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const off: Run[] = [];
const on: Run[] = [];
const loads: number[] = [loadavg()[0]!];
// Warm-up: the file in the page cache (and, in process, the JIT).
await run(false);
await run(true);
for (let i = 0; i < rounds; i++) {
  // The order flips each round, so neither side always runs second.
  if (i % 2 === 0) {
    off.push(await run(false));
    on.push(await run(true));
  } else {
    on.push(await run(true));
    off.push(await run(false));
  }
  loads.push(loadavg()[0]!);
}
const percent = (ratio: number): number => Number(((ratio - 1) * 100).toFixed(1));
const ratios = on.map((r, i) => r.cpuMs / off[i]!.cpuMs);
const wallRatios = on.map((r, i) => r.ms / off[i]!.ms);
const offCpu = median(off.map((r) => r.cpuMs));
const onCpu = median(on.map((r) => r.cpuMs));
console.log(
  JSON.stringify({
    file,
    mode: inProcess ? 'in-process' : 'fresh-process',
    rounds,
    resourcesWithRoles: on[0]?.roles ?? 0,
    withoutRolesCpuMs: Math.round(offCpu),
    withRolesCpuMs: Math.round(onCpu),
    cpuCostPercentPerRound: percent(median(ratios)),
    cpuCostPercentSpread: [percent(Math.min(...ratios)), percent(Math.max(...ratios))],
    cpuCostPercentRounds: ratios.map(percent),
    wallCostPercentPerRound: percent(median(wallRatios)),
    withoutRolesMs: Math.round(median(off.map((r) => r.ms))),
    withRolesMs: Math.round(median(on.map((r) => r.ms))),
    loadAverage: [Math.min(...loads).toFixed(1), Math.max(...loads).toFixed(1)],
  }),
);
