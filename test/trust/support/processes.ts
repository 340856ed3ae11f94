/**
 * Child processes with a hard time limit. A trust test must itself never hang: a reporter that
 * stops answering is one of the failures it looks for, so every run is killed (SIGKILL) at its
 * deadline and says so, instead of waiting for vitest's timeout and leaving the process behind.
 */
import { spawn } from 'node:child_process';
import { asNobody as nobodyCommand, isRoot } from '../../support/unprivileged.js';

export { nobodyUnavailable } from '../../support/unprivileged.js';

export interface ProcessRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall-clock time from spawn to exit. */
  readonly ms: number;
  /** Killed at the deadline. */
  readonly timedOut: boolean;
}

export interface ProcessOptions {
  readonly cwd: string;
  /** The whole environment of the child (nothing is inherited but what is given here). */
  readonly env: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
  /**
   * Run as the unprivileged `nobody` (uid/gid 65534) through setpriv: as root, `chmod 000` does
   * not stop a read, so an unreadable file can only be shown to someone else. The checkout's
   * files the child needs are reached through a copy (test/support/unprivileged.ts).
   */
  readonly asNobody?: boolean;
}

export async function runProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions,
): Promise<ProcessRun> {
  const run =
    options.asNobody === true && isRoot()
      ? nobodyCommand(command, args, options.cwd, options.env)
      : { file: command, args: [...args], cwd: options.cwd, env: { ...options.env } };
  const started = performance.now();
  const child = spawn(run.file, run.args, { cwd: run.cwd, env: run.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 20_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  }).finally(() => clearTimeout(timer));
  return { code, signal, stdout, stderr, ms: performance.now() - started, timedOut };
}
