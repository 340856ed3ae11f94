/**
 * Start-up benchmark: the demo's dry run (`npm run demo`: the CLI bundle on examples/plan.json and
 * examples/drift.json, `--dry-run`) against a bare `node -e 0`, interleaved run by run, on the Node
 * that runs this script or another (`--node <binary>`, e.g. the pinned Node 24 of
 * scripts/test-node24.sh). Prints every run's CPU (user + system, git's processes included) and
 * wall time, the medians and their ratios; issue 29's bar is 1.5x.
 * The CLI's code cache (src/cli/code-cache.ts, in the user's cache folder) is written by the
 * first run: a warm-up run of each contender is made and not counted. Not a timed test.
 *
 *   npx tsx scripts/bench/startup.ts [--runs 15] [--node <binary>] [--bundle <index.js>]
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { ensureCliBundle, machineLine, median, timeInterleavedCpu, type Contender } from './interleaved.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

const runs = Number(option('runs', '15'));
const node = option('node', process.execPath);
const bundle = process.argv.includes('--bundle') ? option('bundle', '') : await ensureCliBundle(ROOT);
const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
const contenders: Contender[] = [
  { name: 'node -e 0', argv: [node, '-e', '0'] },
  {
    name: 'demo dry run',
    argv: [
      node,
      bundle,
      '--plan',
      join(ROOT, 'examples/plan.json'),
      '--drift',
      join(ROOT, 'examples/drift.json'),
      '--dry-run',
    ],
  },
];
timeInterleavedCpu(contenders, 1); // warm-up: page cache, compile cache
console.log(`machine: ${machineLine()} (before)`);
const { wall, cpu } = timeInterleavedCpu(contenders, runs);
console.log(`machine: ${machineLine()} (after)`);
console.log(`start-up: node ${version}, ${runs} interleaved runs (${bundle})`);
for (const [what, times] of [
  ['CPU', cpu],
  ['wall', wall],
] as const) {
  for (const c of contenders) {
    const ms = times.get(c.name)!;
    console.log(
      `  ${what.padEnd(4)} ${c.name.padEnd(13)} median ${median(ms).toFixed(1)} ms  runs ${ms.map((t) => t.toFixed(0)).join(' / ')}`,
    );
  }
  const ratio = median(times.get('demo dry run')!) / median(times.get('node -e 0')!);
  console.log(
    `  ${what} dry run / node -e 0: ${ratio.toFixed(2)}x; bar <= 1.5x: ${ratio <= 1.5 ? 'PASS' : 'FAIL'}`,
  );
}
