/**
 * A body that could not be delivered is not lost: it is written, byte for byte, to a file that
 * `iacm-report send --payload <file>` can deliver later. On CI the runner's temp folder
 * (RUNNER_TEMP) is kept for the job and cleaned after it, which is what we want for a file that
 * holds repository and cost details.
 */
import { constants } from 'node:fs';
import { access, readFile, writeFile } from '../lazy-fs.js';
import { join, resolve } from 'node:path';
import type { ApiConnection } from './connection.js';
import { writeBodyFile, type EventBody } from './event-body.js';
import { UsageError } from '../errors.js';
import { makeDir } from '../make-dir.js';
import { thousands } from '../thousands.js';

/** node:os' tmpdir, the module loaded when first needed (not by every start-up: docs/performance.md). */
const tmpdir = (): string => process.getBuiltinModule('node:os').tmpdir();

/** node:crypto loads when first used: loading it costs every run's start-up ~10 ms. */
const crypto = () => process.getBuiltinModule('node:crypto');

/** Harness limits requests over this many characters to one per 10 s. */
export const LARGE_BODY_CHARS = 500_000;

export interface SpoolOptions {
  /** Folder to write to; wins over RUNNER_TEMP. */
  readonly spoolDir?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Relative spool folders are taken from here. Default: the process's working directory. */
  readonly cwd?: string;
  /** For tests: the clock used in the file name. */
  readonly now?: () => Date;
  /** Where the body was meant to go, kept beside it (`<file>.target.json`); never the key. */
  readonly target?: SpoolTarget | undefined;
}

/** Where a spooled body was meant to go: what `send --payload` uses unless its flags say otherwise. */
export type SpoolTarget = Partial<
  Pick<ApiConnection, 'accountId' | 'org' | 'project' | 'workspace' | 'baseUrl'>
>;

const TARGET_KEYS = ['accountId', 'org', 'project', 'workspace', 'baseUrl'] as const;

/** The target file kept beside a spooled body. */
export function targetFileOf(bodyFile: string): string {
  return `${bodyFile}.target.json`;
}

/** The connection's target, without the key (or the short-lived in-stage service URL). */
export function spoolTargetOf(conn: SpoolTarget): SpoolTarget {
  const target: Record<string, string> = {};
  for (const key of TARGET_KEYS) {
    const value = conn[key];
    if (typeof value === 'string' && value !== '') target[key] = value;
  }
  return target;
}

/**
 * The target kept beside `bodyFile`, or undefined when there is none (a body written by hand, or
 * spooled by a version before targets were kept). Only the known string fields are read.
 */
export async function readSpoolTarget(bodyFile: string): Promise<SpoolTarget | undefined> {
  let text: string;
  try {
    text = await readFile(targetFileOf(bodyFile), 'utf8');
  } catch {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  return spoolTargetOf(json);
}

export interface SpoolResult {
  readonly file: string;
  /** Set when the folder asked for could not be written and the OS temp folder was used instead. */
  readonly fallback?: string;
  /** Set when the body is large enough that Harness will rate-limit its delivery. */
  readonly warning?: string;
}

export function spoolDirectory(options: SpoolOptions = {}): string {
  const runnerTemp = options.env?.['RUNNER_TEMP'];
  const dir = options.spoolDir ?? (runnerTemp !== undefined && runnerTemp !== '' ? runnerTemp : tmpdir());
  return options.cwd === undefined ? resolve(dir) : resolve(options.cwd, dir);
}

/**
 * A `--spool-dir` the user named is made (if missing) and checked writable before anything is
 * sent, so a folder that can never hold a body (`/proc/nope`, read-only) is one line and exit 2
 * up front, not a surprise after a failed delivery. The fallback in spoolBody stays for a folder
 * that fails later (a full disk).
 */
export async function checkSpoolDir(spoolDir: string, cwd?: string): Promise<void> {
  const dir = spoolDirectory({ spoolDir, ...(cwd === undefined ? {} : { cwd }) });
  try {
    await makeDir(dir, 0o700);
    await access(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'not writable';
    throw new UsageError(
      `--spool-dir ${spoolDir}: the folder cannot be made or written (${code}); an undelivered event's body is saved there: name a writable folder, or leave the setting out (RUNNER_TEMP or the OS temp folder)`,
      'CONFIG_INVALID',
    );
  }
}

/** The warning for a body over the size Harness rate-limits, or undefined. */
export function largeBodyWarning(body: EventBody): string | undefined {
  if (body.length <= LARGE_BODY_CHARS) return undefined;
  return (
    `the event body is ${thousands(body.length)} characters; Harness accepts bodies over ` +
    `${thousands(LARGE_BODY_CHARS)} characters at most once per 10 s, so send them one at a time`
  );
}

/**
 * Writes `body` exactly to `iacm-event-<UTC timestamp>-<random>.json`, mode 0600, and says where.
 * When the spool folder cannot be written (read-only, full, not a folder), the OS temp folder is
 * tried before giving up, and `fallback` says why: a report is never lost to a bad --spool-dir.
 */
export async function spoolBody(body: EventBody, options: SpoolOptions = {}): Promise<SpoolResult> {
  const dir = spoolDirectory(options);
  try {
    return await spoolInto(dir, body, options);
  } catch (error) {
    const fallbackDir = tmpdir();
    if (resolve(fallbackDir) === dir) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const result = await spoolInto(fallbackDir, body, options);
    return { ...result, fallback: `the spool folder ${dir} could not be written (${code})` };
  }
}

async function spoolInto(dir: string, body: EventBody, options: SpoolOptions): Promise<SpoolResult> {
  await makeDir(dir, 0o700);
  const stamp = (options.now?.() ?? new Date())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const file = join(dir, `iacm-event-${stamp}-${crypto().randomBytes(4).toString('hex')}.json`);
  // 'wx': never overwrite; the random part makes a clash all but impossible, this makes it harmless.
  await writeBodyFile(file, body, { mode: 0o600, flag: 'wx' });
  if (options.target !== undefined) {
    const target = `${JSON.stringify(spoolTargetOf(options.target), null, 2)}\n`;
    await writeFile(targetFileOf(file), target, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
  }
  const warning = largeBodyWarning(body);
  return warning === undefined ? { file } : { file, warning };
}
