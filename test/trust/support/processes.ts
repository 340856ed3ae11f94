/**
 * Child processes with a hard time limit. A trust test must itself never hang: a reporter that
 * stops answering is one of the failures it looks for, so every run is killed (SIGKILL) at its
 * deadline and says so, instead of waiting for vitest's timeout and leaving the process behind.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

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
   * not stop a read, so an unreadable file can only be shown to someone else.
   */
  readonly asNobody?: boolean;
}

const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));

/** Why running as `nobody` is impossible here, or undefined when it works (or is not needed). */
export function nobodyUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return undefined; // not root: chmod 000 is enough on its own
  return SETPRIV === undefined ? 'running as root and setpriv is not installed' : undefined;
}

export async function runProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions,
): Promise<ProcessRun> {
  const asNobody = options.asNobody === true && process.getuid?.() === 0 && SETPRIV !== undefined;
  const [file, argv] = asNobody
    ? [SETPRIV, ['--reuid=65534', '--regid=65534', '--clear-groups', command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
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
