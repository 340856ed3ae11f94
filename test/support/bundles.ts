/**
 * The three bundles (dist/cli, dist/action, dist/plugin), built from the current sources before
 * any test runs them: tests run the bundles the way npx, the Actions runner and Harness do, so they
 * must be the bundles of the code under test. One build for all three, only when a source changed
 * since the last (a hash of src/, the lock file and tsconfig) or the bundles are not the ones that
 * build wrote (a hash of them), one builder at a time (a lock
 * folder; a test file may ask while vitest's global setup is still building).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLES = {
  cli: join(ROOT, 'dist/cli/index.js'),
  action: join(ROOT, 'dist/action/index.js'),
  plugin: join(ROOT, 'dist/plugin/index.js'),
} as const;

/** ncc type-checks the project for each bundle: a minute or two on a busy 2-core machine. */
export const BUILD_TIMEOUT_MS = 300_000;

const CACHE = join(ROOT, 'node_modules/.cache/iacm-reporter');
const STAMP = join(CACHE, 'bundles.sha256');
const LOCK = join(CACHE, 'bundles.lock');

async function sourceHash(): Promise<string> {
  const entries = await readdir(join(ROOT, 'src'), { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  // package.json too: the bundles carry its name and version (src/version.ts).
  files.push(join(ROOT, 'package.json'), join(ROOT, 'package-lock.json'), join(ROOT, 'tsconfig.json'));
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(await readFile(file));
  return hash.digest('hex');
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  await mkdir(CACHE, { recursive: true });
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      // A lock left by a killed run goes stale rather than blocking every later run.
      const age = Date.now() - (await stat(LOCK).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
      if (age > BUILD_TIMEOUT_MS) await rm(LOCK, { recursive: true, force: true });
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

/**
 * The bundles as they are now: a bundle replaced behind the stamp's back (`git checkout -- dist`
 * after a build, another branch's dist) is not the build of the sources any more.
 */
async function bundleHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of Object.values(BUNDLES)) {
    if (!existsSync(file)) return 'missing';
    hash.update(file).update(await readFile(file));
  }
  return hash.digest('hex');
}

/** Builds all three bundles unless they are the build of the current sources. */
export async function ensureBundles(): Promise<void> {
  await withLock(async () => {
    const sources = await sourceHash();
    const stamp = existsSync(STAMP) ? (await readFile(STAMP, 'utf8')).trim() : '';
    if (stamp === `${sources} ${await bundleHash()}`) return;
    await promisify(execFile)('npm', ['run', '--silent', 'build'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    await writeFile(STAMP, `${sources} ${await bundleHash()}`);
  });
}
