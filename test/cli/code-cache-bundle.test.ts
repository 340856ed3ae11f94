/**
 * The CLI bundle's code cache as users get it (dist/cli/index.js, the loader, with cli-main.js
 * beside it; src/cli/code-cache.ts): the demo's dry run leaves one cache file in the user's cache
 * folder (one per kind of run), the next run takes it (the file is not written again), and the body is the same with a
 * cache, without one, from a damaged one and where none can be written. Run on the Node the
 * bundle tests use (BUNDLE_NODE: 20 here, 24 under `npm run test:node24`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPT_HEAD, SCRIPT_TAIL } from '../../src/cli/code-cache.js';
import { BUNDLE_NODE } from '../support/bundle-node.js';
import { BUILD_TIMEOUT_MS, BUNDLES, ensureBundles, ROOT } from '../support/bundles.js';

let work: string;
beforeAll(async () => {
  await ensureBundles();
  work = mkdtempSync(join(tmpdir(), 'cli-code-cache-'));
}, BUILD_TIMEOUT_MS);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function dryRun(env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    BUNDLE_NODE,
    [BUNDLES.cli, '--plan', 'examples/plan.json', '--drift', 'examples/drift.json', '--dry-run', '--quiet'],
    // Outside a git checkout's variables; the repository's own .git answers the commit.
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env['PATH'] ?? '', ...env } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the CLI bundle with its code cache', () => {
  it('is written as the CommonJS wrapper, so the loader compiles the text it read (no second copy)', () => {
    for (const file of ['cli-main.js', 'undici.js', 'cli-reader.js']) {
      const text = readFileSync(join(BUNDLES.cli, '..', file), 'latin1');
      expect(text.startsWith(SCRIPT_HEAD), file).toBe(true);
      expect(text.trimEnd().endsWith(SCRIPT_TAIL.trim()), file).toBe(true);
    }
  });

  it('leaves one cache file, takes it next time, and sends the same body as without', () => {
    const home = join(work, 'cache');
    const uncached = dryRun({ HOME: join(work, 'nohome'), NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(uncached.status).toBe(0);
    expect(uncached.stdout).toContain('"event_type"');
    expect(readdirSync(work)).toEqual([]);

    expect(dryRun({ XDG_CACHE_HOME: home })).toEqual(uncached);
    const files = readdirSync(join(home, 'iacm-reporter'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^cli-[0-9a-f]{16}-report-dry-nodev\d+\.\d+\.\d+-\w+-[0-9a-f]{8}\.v8cache$/);
    const cache = join(home, 'iacm-reporter', files[0]!);
    // The functions the run compiled, not only the top level: far more than a fresh compile's.
    expect(statSync(cache).size).toBeGreaterThan(100_000);
    utimesSync(cache, 1000, 1000);
    expect(dryRun({ XDG_CACHE_HOME: home })).toEqual(uncached);
    expect(statSync(cache).mtimeMs).toBe(1000 * 1000);

    // Damaged: compiled as usual, same body, and written again.
    const bytes = readFileSync(cache);
    for (let i = 64; i < bytes.length; i += 1013) bytes[i] = bytes[i]! ^ 0xff;
    writeFileSync(cache, bytes);
    expect(dryRun({ XDG_CACHE_HOME: home })).toEqual(uncached);
    expect(readFileSync(cache).equals(bytes)).toBe(false);
    expect(readdirSync(join(home, 'iacm-reporter'))).toEqual(files);
  }, 120_000);

  it("keeps a cache per kind of run: a run that saves a partial report does not take the dry run's", () => {
    const home = join(work, 'kinds');
    expect(dryRun({ XDG_CACHE_HOME: home }).status).toBe(0);
    const partial = join(work, 'leg.json');
    const saved = spawnSync(
      BUNDLE_NODE,
      [BUNDLES.cli, '--plan', 'examples/plan.json', '--save-partial', partial, '--quiet'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
        env: { PATH: process.env['PATH'] ?? '', XDG_CACHE_HOME: home },
      },
    );
    expect(saved.status, saved.stderr).toBe(0);
    const kinds = readdirSync(join(home, 'iacm-reporter'))
      .map((name) => /^cli-[0-9a-f]{16}-([a-z-]+)-nodev/.exec(name)?.[1])
      .sort();
    expect(kinds).toEqual(['report', 'report-dry']);
  }, 120_000);

  it('runs the same where no cache can be written', () => {
    const blocker = join(work, 'a-file');
    writeFileSync(blocker, '');
    const uncached = dryRun({ NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(dryRun({ XDG_CACHE_HOME: blocker })).toEqual(uncached);
    expect(dryRun({ HOME: '' })).toEqual(uncached);
  }, 120_000);
});
