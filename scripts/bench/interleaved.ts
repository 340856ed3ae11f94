/**
 * Shared by the process benches (terragrunt-tree.ts, startup.ts): commands timed in turn, run by
 * run, the order flipped every round, so a change of load on a shared machine falls on every
 * contender alike; medians and the machine they ran on. Wall time of the whole process, measured
 * around spawnSync (stdout discarded).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

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

/** The newest modification time of a file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The CLI bundle as users get it: built (npm run build:cli) when missing or older than src/. */
export function ensureCliBundle(root: string): string {
  const bundle = join(root, 'dist/cli/index.js');
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestMtime(join(root, 'src'))) return bundle;
  console.log('building dist/cli (npm run build:cli) ...');
  const built = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build:cli failed');
  return bundle;
}
