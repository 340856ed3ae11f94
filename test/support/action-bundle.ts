/**
 * The Action as the runner runs it: `node dist/action/index.js` with INPUT_* variables and the
 * runner's files. The bundle is rebuilt (`npm run build:action`) only when the sources changed
 * since the last build, so a test run builds it at most once; a lock keeps parallel test files
 * from building it together.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readActionMetadata } from '../../scripts/action-docs.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLE = join(ROOT, 'dist/action/index.js');
const CACHE = join(ROOT, 'node_modules/.cache/iacm-reporter');
const STAMP = join(CACHE, 'action-bundle.sha256');
const LOCK = join(CACHE, 'action-bundle.lock');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A hash of everything the bundle is built from. */
async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    ...(await filesUnder(join(ROOT, 'src'))),
    join(ROOT, 'package-lock.json'),
    join(ROOT, 'tsconfig.json'),
  ];
  for (const file of files) hash.update(file).update(await readFile(file));
  return hash.digest('hex');
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  await mkdir(CACHE, { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      // A lock left by a killed run is not waited for.
      const age = Date.now() - (await stat(LOCK).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
      if (age > 300_000) await rm(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${LOCK}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/** Builds dist/action when it is missing or older than the sources. */
export async function ensureActionBundle(): Promise<void> {
  await withLock(async () => {
    const hash = await sourceHash();
    const built = existsSync(STAMP) ? (await readFile(STAMP, 'utf8')).trim() : '';
    if (built === hash && existsSync(BUNDLE)) return;
    await promisify(execFile)('npm', ['run', '--silent', 'build:action'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    await writeFile(STAMP, hash);
  });
}

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly runnerTemp: string;
  readonly outputFile: string;
  readonly summaryFile: string;
}

export interface ActionRunOptions {
  /** Inputs as a workflow's `with:` gives them; the rest get action.yml's defaults, as on a runner. */
  readonly inputs?: Record<string, string>;
  readonly eventName?: string;
  /** Written to a file for GITHUB_EVENT_PATH. */
  readonly event?: unknown;
  readonly githubApiUrl?: string;
  readonly githubToken?: string;
  readonly env?: Record<string, string>;
}

/** Parses GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, value lines, `delimiter`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match?.[1] || !match[2]) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i] ?? '');
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

export async function runAction(options: ActionRunOptions = {}): Promise<ActionRun> {
  const runnerTemp = await mkdtemp(join(tmpdir(), 'iacm-runner-'));
  const outputFile = join(runnerTemp, 'github_output');
  const summaryFile = join(runnerTemp, 'step_summary.md');
  const eventFile = join(runnerTemp, 'event.json');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify(options.event ?? {}));
  const token = options.githubToken ?? 'ghs_runner_token';

  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_WORKFLOW: 'Plan',
    GITHUB_JOB: 'terraform',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_WORKSPACE: ROOT,
    RUNNER_TEMP: runnerTemp,
    ...(options.githubApiUrl ? { GITHUB_API_URL: options.githubApiUrl } : {}),
    ...options.env,
  };
  const action = await readActionMetadata();
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = options.inputs?.[name] ?? (input.default ?? '').replace('${{ github.token }}', token);
    env[`INPUT_${name.toUpperCase()}`] = value;
  }

  const child = spawn(process.execPath, [BUNDLE], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    runnerTemp,
    outputFile,
    summaryFile,
  };
}

/** Every file under `dir` with its text, for "the secret is nowhere" checks. */
export async function readAllFiles(dir: string): Promise<{ file: string; text: string }[]> {
  const files = await filesUnder(dir);
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
}
