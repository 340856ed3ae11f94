/**
 * The plugin as Harness runs it: the ncc bundle the Dockerfile copies, started with node in a
 * fresh process that sees only PLUGIN_* / HARNESS_* / DRONE_* variables (and PATH).
 *
 * The bundle is rebuilt with `npm run build:plugin` when it is missing or older than any source
 * file, once per test run; several test files may ask at the same time, so a lock folder makes
 * them take turns.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { contextPathOf, copyPaths, entrypoint, readDockerfile } from './dockerfile.js';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const BUNDLE_DIR = join(REPO, 'dist/plugin');
export const BUNDLE_ENTRY = join(BUNDLE_DIR, 'index.js');

// Outside the repo: dist/ is committed, and a stray lock must never end up in it.
const LOCK = join(
  tmpdir(),
  `iacm-plugin-build-${createHash('sha256').update(REPO).digest('hex').slice(0, 12)}.lock`,
);
const LOCK_STALE_MS = 5 * 60_000;

/** ncc type-checks the whole project: half a minute on a busy machine, and another file may build first. */
export const BUILD_TIMEOUT_MS = 240_000;

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function isFresh(): boolean {
  try {
    const built = statSync(BUNDLE_ENTRY).mtimeMs;
    const inputs = [join(REPO, 'src'), join(REPO, 'package-lock.json'), join(REPO, 'tsconfig.json')];
    return inputs.every((input) => newestMtime(input) <= built);
  } catch {
    return false;
  }
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // Another process removed it first.
    }
    return false;
  }
}

/** Builds dist/plugin unless it is up to date; returns the entry the Dockerfile names. */
export async function ensurePluginBundle(): Promise<string> {
  for (;;) {
    if (isFresh()) return BUNDLE_ENTRY;
    if (tryLock()) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    if (!isFresh()) {
      await promisify(execFile)('npm', ['run', 'build:plugin'], { cwd: REPO, maxBuffer: 16 * 1024 * 1024 });
    }
    return BUNDLE_ENTRY;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * The bundle laid out as the image has it, at the Dockerfile's COPY destination under a fresh root
 * with no node_modules anywhere above it, and the Dockerfile's ENTRYPOINT path under that root:
 * runs exactly the file the image runs, and proves it needs nothing installed.
 */
export function copyBundleAsImage(): { root: string; entry: string } {
  const instructions = readDockerfile(REPO);
  const [, imageEntry = ''] = entrypoint(instructions);
  const copy = instructions.find(
    (i) => i.keyword === 'COPY' && copyPaths(i.args).sources[0]?.startsWith('dist/plugin'),
  );
  if (copy === undefined || contextPathOf(instructions, imageEntry) !== 'dist/plugin/index.js') {
    throw new Error('the Dockerfile does not copy dist/plugin and enter at its index.js');
  }
  const root = mkdtempSync(join(tmpdir(), 'iacm-image-'));
  cpSync(BUNDLE_DIR, join(root, copyPaths(copy.args).dest), { recursive: true });
  return { root, entry: join(root, imageEntry) };
}

export interface ProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// IACM_* is what an IaCM stage adds (IACM_WORKSPACE_ID).
const ALLOWED = /^(PLUGIN_|HARNESS_|DRONE_|IACM_)/;

/** Runs the entry with exactly `env` (which may hold only PLUGIN_*, HARNESS_*, DRONE_*, IACM_*) plus PATH. */
export async function runPluginProcess(
  entry: string,
  env: Readonly<Record<string, string>>,
  cwd: string,
  timeoutMs = 20_000,
): Promise<ProcessResult> {
  for (const name of Object.keys(env)) {
    if (!ALLOWED.test(name)) throw new Error(`${name} is not a variable Harness gives a plugin step`);
  }
  const child = spawn(process.execPath, [entry], {
    cwd,
    env: { ...env, PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => resolve(exitCode));
  });
  clearTimeout(timer);
  return { code, stdout, stderr };
}
