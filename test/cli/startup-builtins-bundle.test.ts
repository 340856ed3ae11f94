/**
 * What the CLI bundle's start-up loads (docs/performance.md, start-up): each built-in module a
 * run loads is CPU and memory of every run, so the demo's dry run must load none of those it does
 * not use. Read from `process.moduleLoadList` at the end of a run of the bundle (dist/cli), on the
 * Node the bundle tests use (BUNDLE_NODE).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_NODE } from '../support/bundle-node.js';
import { BUILD_TIMEOUT_MS, BUNDLES, ensureBundles, ROOT } from '../support/bundles.js';

let work: string;
beforeAll(async () => {
  await ensureBundles();
  work = mkdtempSync(join(tmpdir(), 'cli-startup-builtins-'));
}, BUILD_TIMEOUT_MS);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The built-in modules loaded by a run of the bundle with `args` (and its exit status). */
function modulesLoaded(args: string[]): { status: number | null; modules: string[] } {
  const list = join(work, `modules-${Date.now()}.txt`);
  const recorder = join(work, 'record-modules.cjs');
  writeFileSync(
    recorder,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.MODULES_OUT, process.moduleLoadList.join('\\n')));\n",
  );
  const run = spawnSync(BUNDLE_NODE, ['--require', recorder, BUNDLES.cli, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    // A HOME, as users have (without one, git's config is looked for through node:os' homedir).
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: join(work, 'home'),
      XDG_CACHE_HOME: join(work, 'cache'),
      MODULES_OUT: list,
    },
  });
  return { status: run.status, modules: readFileSync(list, 'utf8').split('\n') };
}

const DEMO = ['--plan', 'examples/plan.json', '--drift', 'examples/drift.json', '--dry-run', '--quiet'];

describe("the CLI bundle's start-up", () => {
  it('loads no worker, os, fs/promises, zlib, net or tty module in a dry run, cached or not', () => {
    for (const run of ['compiles and writes the cache', 'takes the cache']) {
      const { status, modules } = modulesLoaded(DEMO);
      expect(status, run).toBe(0);
      // A dry run that loaded nothing would say nothing: the loader's own are there.
      expect(modules, run).toContain('NativeModule vm');
      for (const unused of [
        'NativeModule worker_threads',
        'NativeModule internal/worker',
        'NativeModule internal/worker/io',
        'NativeModule os',
        'NativeModule fs/promises',
        'NativeModule internal/fs/promises',
        // The code cache is checked by V8 (code-cache.ts), git's objects decoded by
        // context/inflate.ts: node:zlib, and Node's stream modules with it, cost every start.
        'NativeModule zlib',
        // stdout and stderr (pipes here) are written to their descriptors (cli/fd-writer.ts).
        'NativeModule net',
        'NativeModule tty',
        'NativeModule internal/fs/sync_write_stream',
      ]) {
        expect(modules, `${run}: ${unused}`).not.toContain(unused);
      }
    }
  }, 120_000);
});
