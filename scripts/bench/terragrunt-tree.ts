/**
 * Benchmark: a Terragrunt `--json-out-dir` tree of 2,000 units (copies of the real plans in
 * test/fixtures/terragrunt, every tenth inside `.terragrunt-cache`), reported by the CLI bundle
 * (`--dry-run`) on one thread (`--reader-threads 1`) and on reader threads (`auto`), interleaved
 * run by run; prints every run, the medians, one-thread / threads, the machine and its load.
 * The two dry-run bodies are compared first (they must be byte-identical). Not a timed test:
 * machines differ too much for a threshold to mean anything; the bar of issue 29 (>= 1.6x on 2
 * cores) is read off this output.
 *
 * `--threads n` compares `--reader-threads n` instead of `auto`; `--tree <dir>` reuses a tree.
 *
 *   npx tsx scripts/bench/terragrunt-tree.ts [--units 2000] [--runs 7] [--threads auto] [--node <binary>] [--bundle <index.js>]
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES, PLANS } from './terragrunt-fixtures.js';
import { ensureCliBundle, machineLine, median, timeInterleaved, type Contender } from './interleaved.js';

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

async function main(): Promise<void> {
  const units = Number(option('units', '2000'));
  const runs = Number(option('runs', '7'));
  const threads = option('threads', 'auto');
  const node = option('node', process.execPath);
  const bundle = process.argv.includes('--bundle') ? option('bundle', '') : ensureCliBundle(ROOT);
  const root = await mkdtemp(join(tmpdir(), 'tg-bench-'));
  try {
    await buildTree(root, units);
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

    const contenders: Contender[] = [
      { name: 'one thread', argv: argv('1') },
      { name: `threads (${threads})`, argv: argv(threads) },
    ];
    console.log(`machine: ${machineLine()} (before)`);
    const times = timeInterleaved(contenders, runs);
    console.log(`machine: ${machineLine()} (after)`);
    console.log(`terragrunt tree: ${units} units, ${runs} interleaved runs, ${node} (${bundle})`);
    for (const c of contenders) {
      const ms = times.get(c.name)!;
      console.log(
        `  ${c.name.padEnd(15)} median ${median(ms).toFixed(0)} ms  runs ${ms.map((t) => t.toFixed(0)).join(' / ')}`,
      );
    }
    const one = times.get('one thread')!;
    const auto = times.get(`threads (${threads})`)!;
    const pairs = one.map((t, i) => t / auto[i]!);
    // The median of the per-round ratios: a round's two runs saw about the same load.
    const ratio = median(pairs);
    console.log(
      `  one thread / threads: ${ratio.toFixed(2)}x, median of ${runs} rounds (pairs ${pairs.map((p) => p.toFixed(2)).join(' / ')}; ratio of medians ${(median(one) / median(auto)).toFixed(2)}x); bar >= 1.6x: ${ratio >= 1.6 ? 'PASS' : 'FAIL'}`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
