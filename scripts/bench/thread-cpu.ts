/**
 * A command run to its end while its threads' CPU time is sampled from /proc (Linux): the main
 * thread's apart from the rest (worker threads, V8's compiler and GC helpers, libuv's pool). CPU
 * time moves far less with the machine's load than wall time, so a split measured on a busy machine
 * still says how much of a run is serial (the main thread) and how much CPU the run needs in all.
 * Sampled every few milliseconds, to the kernel's 10 ms tick: good for runs of a second or more.
 * Elsewhere than Linux only the wall time is known.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface ThreadCpuRun {
  readonly wallMs: number;
  /** All threads together, ms; undefined where /proc cannot be read. */
  readonly cpuMs: number | undefined;
  /** The main thread alone, ms. */
  readonly mainMs: number | undefined;
}

const TICK_MS = 10;

/** utime + stime of one /proc stat line (fields 14 and 15, after the command name in parentheses). */
function statCpuMs(text: string): number {
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

export function runWithThreadCpu(argv: readonly string[]): Promise<ThreadCpuRun> {
  const [command, ...args] = argv;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command!, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    const threads = new Map<number, number>();
    let readable = true;
    const sample = (): void => {
      let tasks: string[];
      try {
        tasks = readdirSync(`/proc/${child.pid}/task`);
      } catch {
        readable = threads.size > 0;
        return;
      }
      for (const tid of tasks) {
        try {
          threads.set(Number(tid), statCpuMs(readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8')));
        } catch {
          // The thread ended between the listing and the read: its last sample stands.
        }
      }
    };
    const timer = setInterval(sample, 2);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`${argv.join(' ')} failed (exit ${code}): ${stderr.slice(0, 2000)}`));
        return;
      }
      const known = readable && threads.size > 0;
      let cpuMs = 0;
      for (const ms of threads.values()) cpuMs += ms;
      resolve({
        wallMs,
        cpuMs: known ? cpuMs : undefined,
        mainMs: known ? (threads.get(child.pid!) ?? 0) : undefined,
      });
    });
  });
}
