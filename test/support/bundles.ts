/**
 * The three bundles (dist/cli, dist/action, dist/plugin) the end-to-end tests run, the way npx, the
 * Actions runner and Harness do: they must be the bundles of the code under test. The committed
 * stamp (dist/bundles.sha256, written by `npm run build`, see scripts/bundle-stamp.ts) says whether
 * they are: when it matches the sources and the bundles, nothing is built (a fresh clone bundles
 * nothing); when a source changed (the developer loop), all three are rebuilt once, with ncc, as CI
 * ships them, one builder at a time (a lock folder; a test file may ask while vitest's global
 * setup is still building).
 */
import { execFile } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bundlesFresh } from '../../scripts/bundle-stamp.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLES = {
  cli: join(ROOT, 'dist/cli/index.js'),
  action: join(ROOT, 'dist/action/index.js'),
  plugin: join(ROOT, 'dist/plugin/index.js'),
} as const;

/** ncc type-checks the project for each bundle: a minute or two on a busy 2-core machine. */
export const BUILD_TIMEOUT_MS = 300_000;

const CACHE = join(ROOT, 'node_modules/.cache/iacm-reporter');
const LOCK = join(CACHE, 'bundles.lock');

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

/** Builds all three bundles unless the committed stamp says they are the build of the current sources. */
export async function ensureBundles(): Promise<void> {
  await withLock(async () => {
    if (await bundlesFresh()) return;
    // The build writes the stamp last (scripts/bundle-stamp.ts).
    await promisify(execFile)('npm', ['run', '--silent', 'build'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
  });
}
