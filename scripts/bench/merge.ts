/**
 * Benchmark: `iacm-report merge` against reading the same Terragrunt tree in one run.
 *
 * One tree of 2,000 units (copies of the real plans in test/fixtures/terragrunt), split into
 * partial reports two ways: 2,000 partials of one unit, and 50 partials of 40 units (plus one
 * partial of the whole tree, to show memory is flat in the number of partials). Each contender is
 * the CLI bundle (dist/cli, built by `npm run build`) in its own process, run after run interleaved:
 *
 *   reference   iacm-report --terragrunt-dir <tree> --dry-run
 *   merge N     iacm-report merge '<dir>/*.json' --dry-run
 *
 * Wall time is measured here; peak RSS by /usr/bin/time -v (else VmHWM polling). Every merged
 * body's metadata must equal the reference's (the run is marked wrong otherwise). Target (issue
 * 13): merge within 1.5x the reference's median, memory flat in the number of partials.
 *
 *   npx tsx scripts/bench/merge.ts [--units 2000] [--runs 5]
 *
 * The partials are built in this process from one read of the tree, split by unit (the builder is
 * pure; test/partial/split-equivalence.test.ts checks that real legs' partials merge the same).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildPartial, serializePartial } from '../../src/partial/build-partial.js';
import type { PlanSummary } from '../../src/model/plan-summary.js';
import { readTerragruntTree } from '../../src/terragrunt/terragrunt-tree.js';
import { FIXTURES, PLANS } from './terragrunt-fixtures.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli/index.js');
const TARGET_RATIO = 1.5;
const USE_GNU_TIME = existsSync('/usr/bin/time');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

async function buildTree(root: string, units: number): Promise<void> {
  const writes: Promise<void>[] = [];
  for (let i = 0; i < units; i++) {
    const target = join(
      root,
      `env-${i % 5}/region-${i % 4}/stack-${Math.floor(i / 20)}/unit-${i}/tfplan.json`,
    );
    const source = join(FIXTURES, `${PLANS[i % PLANS.length] ?? 'update'}.json`);
    writes.push(mkdir(dirname(target), { recursive: true }).then(() => copyFile(source, target)));
    if (writes.length >= 64) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
}

/** Writes the tree's units as `legs` partials of (nearly) equal size, into `dir`. */
async function writePartials(
  tree: Awaited<ReturnType<typeof readTerragruntTree>>,
  legs: number,
  dir: string,
) {
  await mkdir(dir, { recursive: true });
  const per = Math.ceil(tree.units.length / legs);
  for (let leg = 0; leg < legs; leg++) {
    const units = tree.units.slice(leg * per, (leg + 1) * per);
    const plans = new Map<string, PlanSummary>();
    for (const unit of units) {
      const plan = tree.plans.get(unit.pathId);
      if (plan) plans.set(unit.pathId, plan);
    }
    const partial = buildPartial(
      { plans: [], drifts: [], terragrunt: { units, plans }, warnings: [], overrides: {} },
      { leg: { name: `leg-${String(leg).padStart(4, '0')}`, status: 'success', sent: false } },
    );
    await writeFile(join(dir, `partial-${leg}.json`), serializePartial(partial));
  }
}

interface Run {
  ok: boolean;
  wallMs: number;
  peakMB: number | undefined;
  stdout: string;
  error: string;
}

function runOnce(argv: string[]): Promise<Run> {
  const command = USE_GNU_TIME ? ['/usr/bin/time', '-v', ...argv] : argv;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command[0] as string, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let polled = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = USE_GNU_TIME
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) polled = Math.max(polled, Number(m[1]));
          } catch {
            // exited
          }
        }, 20);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (poll) clearInterval(poll);
      const gnu = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const kb = gnu ? Number(gnu[1]) : polled;
      resolve({
        ok: code === 0,
        wallMs,
        peakMB: kb > 0 ? kb / 1024 : undefined,
        stdout,
        error: stderr.slice(-500),
      });
    });
  });
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function metadata(stdout: string): string {
  const event = JSON.parse(stdout) as { metadata: Record<string, unknown> };
  // Git context comes from where each process runs: the same here, but compare the data only.
  for (const key of Object.keys(event.metadata)) if (key.startsWith('git_')) delete event.metadata[key];
  return JSON.stringify(event.metadata);
}

async function main(): Promise<void> {
  const units = option('--units', 2000);
  const runs = option('--runs', 5);
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(
    `machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, node ${process.version}, peak RSS by ${USE_GNU_TIME ? '/usr/bin/time -v' : 'VmHWM polling'}`,
  );
  const work = await mkdtemp(join(tmpdir(), 'merge-bench-'));
  try {
    const tree = join(work, 'tree');
    await buildTree(tree, units);
    const read = await readTerragruntTree(tree);
    const splits = [
      { name: `merge ${units} partials of 1 unit`, legs: units },
      { name: `merge 50 partials of ${Math.ceil(units / 50)} units`, legs: 50 },
      { name: `merge 1 partial of ${units} units`, legs: 1 },
    ];
    for (const split of splits) await writePartials(read, split.legs, join(work, `p${split.legs}`));

    const contenders = [
      {
        name: `reference: --terragrunt-dir (${units} units, one run)`,
        argv: ['node', CLI, '--terragrunt-dir', tree, '--dry-run', '-q'],
      },
      ...splits.map((split) => ({
        name: split.name,
        argv: ['node', CLI, 'merge', join(work, `p${split.legs}`, '*.json'), '--dry-run', '-q'],
      })),
    ];
    const results = new Map<string, Run[]>(contenders.map((c) => [c.name, []]));
    // Warm the file cache once, then interleave the contenders run after run.
    for (const c of contenders) await runOnce(c.argv);
    for (let r = 0; r < runs; r++) {
      for (const c of contenders) results.get(c.name)?.push(await runOnce(c.argv));
    }

    const reference = results.get(contenders[0]?.name ?? '') ?? [];
    const refMedian = median(reference.map((r) => r.wallMs));
    const refMeta = reference[0]?.ok ? metadata(reference[0].stdout) : '';
    const lines: string[] = [];
    let pass = true;
    for (const c of contenders) {
      const rs = results.get(c.name) ?? [];
      const failed = rs.find((r) => !r.ok);
      if (failed) {
        lines.push(`${c.name}: FAILED ${failed.error}`);
        pass = false;
        continue;
      }
      const same = metadata(rs[0]?.stdout ?? '{}') === refMeta;
      const wall = median(rs.map((r) => r.wallMs));
      const rss = median(rs.map((r) => r.peakMB ?? 0));
      const ratio = wall / refMedian;
      const isMerge = c !== contenders[0];
      if (isMerge && (!same || ratio > TARGET_RATIO)) pass = false;
      lines.push(
        `${c.name.padEnd(48)} wall ${(wall / 1000).toFixed(2)} s  peak RSS ${rss.toFixed(0)} MB` +
          (isMerge ? `  ${ratio.toFixed(2)}x reference${same ? '' : '  METADATA DIFFERS'}` : ''),
      );
    }
    console.log(`medians of ${runs} runs:`);
    for (const line of lines) console.log(`  ${line}`);
    const rssValues = contenders
      .slice(1)
      .map((c) => median((results.get(c.name) ?? []).map((r) => r.peakMB ?? 0)));
    const spread = Math.max(...rssValues) - Math.min(...rssValues);
    console.log(`merge peak RSS spread over 1 .. ${units} partials: ${spread.toFixed(0)} MB`);
    console.log(`${pass ? 'PASS' : 'FAIL'} merge within ${TARGET_RATIO}x of one run, same metadata`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
