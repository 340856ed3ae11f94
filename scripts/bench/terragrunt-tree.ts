/**
 * Benchmark: a Terragrunt `--json-out-dir` tree of 2,000 units (copies of the real plans in
 * test/fixtures/terragrunt, every tenth inside `.terragrunt-cache`), reported by the CLI bundle
 * (`--dry-run`) on one thread (`--reader-threads 1`) and on reader threads (`--threads`, default 2:
 * `auto` reads on one thread on 2 cores), interleaved run by run, the order flipped every round.
 * The two dry-run bodies are compared first (they must be byte-identical).
 *
 * Printed: every run's wall time; the medians of wall, CPU of all threads and CPU of the main
 * thread (sampled from /proc, thread-cpu.ts), one thread / threads as the median of the per-round
 * wall ratios against the bar of issue 29 (>= 1.6x on 2 cores), the machine and its load before and
 * after. And a prediction from CPU alone, which a busy machine hardly moves: a run cannot take less
 * wall than its main thread's CPU (the serial part) nor than all its CPU spread over the cores, so
 * on an idle machine one thread / threads is at most max(main, all / cores) of one thread over the
 * same of the threads. Not a timed test: the bar is read off this output.
 *
 *   npx tsx scripts/bench/terragrunt-tree.ts [--units 2000] [--runs 7] [--threads 2] [--tree <dir>] [--node <binary>] [--bundle <index.js>]
 *
 * `--tree <dir>` reads an existing tree (and leaves it); otherwise one is built in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES, PLANS } from './terragrunt-fixtures.js';
import { ensureCliBundle, machineLine, median } from './interleaved.js';
import { runWithThreadCpu, type ThreadCpuRun } from './thread-cpu.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

export async function buildTree(root: string, units: number): Promise<void> {
  const writes: Promise<void>[] = [];
  for (let i = 0; i < units; i++) {
    const unit = `env-${i % 5}/region-${i % 4}/stack-${Math.floor(i / 20)}/unit-${i}`;
    // Every tenth unit's plan sits in its Terragrunt cache, to exercise the mapping back.
    const relative =
      i % 10 === 0 ? `${unit}/.terragrunt-cache/h${i}/w${i}/tfplan.json` : `${unit}/tfplan.json`;
    const target = join(root, relative);
    const source = join(FIXTURES, `${PLANS[i % PLANS.length] ?? 'update'}.json`);
    writes.push(mkdir(dirname(target), { recursive: true }).then(() => copyFile(source, target)));
    if (writes.length >= 64) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
}

const ms = (x: number | undefined): string => (x === undefined ? '?' : x.toFixed(0));

/** The least wall time a run's CPU allows on `cores` idle cores: its serial part, or all its work spread. */
function cpuBound(runs: readonly ThreadCpuRun[], cores: number): number | undefined {
  const main = runs.map((r) => r.mainMs);
  const all = runs.map((r) => r.cpuMs);
  if (main.some((x) => x === undefined) || all.some((x) => x === undefined)) return undefined;
  return Math.max(median(main as number[]), median(all as number[]) / cores);
}

async function main(): Promise<void> {
  const units = Number(option('units', '2000'));
  const runs = Number(option('runs', '7'));
  const threads = option('threads', '2');
  const node = option('node', process.execPath);
  const bundle = process.argv.includes('--bundle') ? option('bundle', '') : ensureCliBundle(ROOT);
  const given = process.argv.includes('--tree') ? option('tree', '') : undefined;
  const root = given ?? (await mkdtemp(join(tmpdir(), 'tg-bench-')));
  try {
    if (given === undefined) await buildTree(root, units);
    const argv = (readers: string): string[] => [
      node,
      bundle,
      '--terragrunt-dir',
      root,
      '--dry-run',
      '--quiet',
      '--reader-threads',
      readers,
    ];
    const bodies = ['1', threads].map(
      (t) => spawnSync(argv(t)[0]!, argv(t).slice(1), { maxBuffer: 256 * 1024 * 1024 }).stdout,
    );
    const same = bodies[0]!.length > 0 && bodies[0]!.equals(bodies[1]!);
    console.log(`dry-run bodies, one thread vs threads: ${same ? 'identical' : 'DIFFERENT'}`);
    if (!same) process.exitCode = 1;

    const contenders = [
      { name: 'one thread', argv: argv('1') },
      { name: `threads (${threads})`, argv: argv(threads) },
    ];
    const results = new Map<string, ThreadCpuRun[]>(contenders.map((c) => [c.name, []]));
    console.log(`machine: ${machineLine()} (before)`);
    for (let round = 0; round < runs; round++) {
      for (const c of round % 2 === 0 ? contenders : [...contenders].reverse()) {
        results.get(c.name)!.push(await runWithThreadCpu(c.argv));
      }
    }
    console.log(`machine: ${machineLine()} (after)`);
    console.log(
      `terragrunt tree: ${given ?? `${units} units`}, ${runs} interleaved runs, ${node} (${bundle})`,
    );
    for (const c of contenders) {
      const r = results.get(c.name)!;
      const cpu = r.map((x) => x.cpuMs);
      const mainCpu = r.map((x) => x.mainMs);
      const known = cpu.every((x) => x !== undefined) && mainCpu.every((x) => x !== undefined);
      console.log(
        `  ${c.name.padEnd(15)} wall median ${ms(median(r.map((x) => x.wallMs)))} ms (runs ${r.map((x) => ms(x.wallMs)).join(' / ')})` +
          (known
            ? `; CPU median all threads ${ms(median(cpu))} ms, main thread ${ms(median(mainCpu))} ms, other threads ${ms(median(r.map((x) => x.cpuMs! - x.mainMs!)))} ms`
            : '; CPU per thread unknown (no /proc)'),
      );
    }
    const one = results.get('one thread')!;
    const many = results.get(`threads (${threads})`)!;
    const pairs = one.map((r, i) => r.wallMs / many[i]!.wallMs);
    // The median of the per-round ratios: a round's two runs saw about the same load.
    const ratio = median(pairs);
    console.log(
      `  one thread / threads, wall: ${ratio.toFixed(2)}x, median of ${runs} rounds (pairs ${pairs.map((p) => p.toFixed(2)).join(' / ')}); bar >= 1.6x: ${ratio >= 1.6 ? 'PASS' : 'FAIL'}`,
    );
    const cores = availableParallelism();
    const bounds = [cpuBound(one, cores), cpuBound(many, cores)];
    if (bounds[0] !== undefined && bounds[1] !== undefined) {
      console.log(
        `  predicted from CPU on ${cores} idle cores: one thread / threads <= ${(bounds[0] / bounds[1]).toFixed(2)}x (max(main thread, all threads / ${cores}): ${ms(bounds[0])} ms against ${ms(bounds[1])} ms)`,
      );
    }
  } finally {
    if (given === undefined) await rm(root, { recursive: true, force: true });
  }
}

await main();
