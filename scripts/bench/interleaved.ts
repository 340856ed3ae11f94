/**
 * Shared by the process benches (terragrunt-tree.ts, startup.ts): commands timed in turn, run by
 * run, the order flipped every round, so a change of load on a shared machine falls on every
 * contender alike; medians and the machine they ran on. Wall time of the whole process, measured
 * around spawnSync (stdout discarded).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundlesFresh } from '../bundle-stamp.js';

export interface Contender {
  readonly name: string;
  readonly argv: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Wall times in ms by contender name; a run that fails stops the bench with its stderr. */
export function timeInterleaved(contenders: readonly Contender[], runs: number): Map<string, number[]> {
  return measureInterleaved(contenders, runs, false).wall;
}

/**
 * Wall and CPU times in ms by contender name. CPU is user + system of the command and everything
 * it waited for (git's processes too), read with bash's `times` (millisecond precision; GNU
 * time's is 10 ms): on a shared machine CPU moves far less than wall with the load.
 */
export function timeInterleavedCpu(
  contenders: readonly Contender[],
  runs: number,
): { wall: Map<string, number[]>; cpu: Map<string, number[]> } {
  return measureInterleaved(contenders, runs, true);
}

// `times` prints the shell's own user and system time, then its children's: `0m0.093s 0m0.030s`.
const TIMES_SCRIPT = '"$@" >/dev/null; status=$?; times; exit $status';
const seconds = (text: string): number => {
  const m = /^(\d+)m([\d.]+)s$/.exec(text);
  if (!m) throw new Error(`unexpected \`times\` output: ${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
};

function measureInterleaved(
  contenders: readonly Contender[],
  runs: number,
  withCpu: boolean,
): { wall: Map<string, number[]>; cpu: Map<string, number[]> } {
  const wall = new Map(contenders.map((c) => [c.name, [] as number[]]));
  const cpu = new Map(contenders.map((c) => [c.name, [] as number[]]));
  for (let round = 0; round < runs; round++) {
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const c of order) {
      const argv = withCpu ? ['bash', '-c', TIMES_SCRIPT, 'bench', ...c.argv] : c.argv;
      const [command, ...args] = argv;
      const started = performance.now();
      const result = spawnSync(command!, args, {
        env: c.env ?? process.env,
        stdio: ['ignore', withCpu ? 'pipe' : 'ignore', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
      const ms = performance.now() - started;
      if (result.status !== 0) {
        throw new Error(
          `${c.name} failed (exit ${result.status}): ${result.stderr.toString().slice(0, 2000)}`,
        );
      }
      wall.get(c.name)!.push(ms);
      if (withCpu) {
        const children = result.stdout.toString().trim().split('\n').at(-1)!.split(/\s+/);
        cpu.get(c.name)!.push((seconds(children[0]!) + seconds(children[1]!)) * 1000);
      }
    }
  }
  return { wall, cpu };
}

/** CPU, cores, memory and the load average now: quote it with the figures. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return `${cpu}, nproc ${availableParallelism()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, load average ${load}`;
}

/** `npm run build` in `root`: the three bundles, then the stamp. */
function buildBundles(root: string): void {
  console.log('building dist/ (npm run build): the bundle stamp does not match the sources ...');
  const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
}

/**
 * The CLI bundle as users get it: built when the bundle stamp (dist/bundles.sha256,
 * scripts/bundle-stamp.ts) says dist/ is not the build of the sources, as the tests judge it. Not
 * by file times: a checkout, merge or stash sets them to when it ran, so a stale bundle could pass
 * for new (and a fresh one be rebuilt). `npm run build` builds all three and writes the stamp, so
 * the next run builds nothing.
 */
export async function ensureCliBundle(
  root: string,
  fresh: () => Promise<boolean> = bundlesFresh,
  build: (root: string) => void = buildBundles,
): Promise<string> {
  const bundle = join(root, 'dist/cli/index.js');
  if (existsSync(bundle) && (await fresh())) return bundle;
  build(root);
  if (!(await fresh())) throw new Error('dist/ is still not the build of the sources after npm run build');
  return bundle;
}
