/**
 * The benches run the CLI bundle as users get it, rebuilt only when the bundle stamp
 * (dist/bundles.sha256) says dist/ is not the build of the sources: never by file times, which a
 * checkout, merge or stash sets to when it ran.
 */
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBundle } from '../../scripts/bench/interleaved.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bench-bundle-'));
  await mkdir(join(root, 'dist/cli'), { recursive: true });
  await mkdir(join(root, 'src'), { recursive: true });
  await writeFile(join(root, 'dist/cli/index.js'), '');
  await writeFile(join(root, 'src/cli.ts'), '');
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe('ensureCliBundle', () => {
  it('builds nothing when the stamp matches, however new the sources look', async () => {
    // A source touched after the bundle (as a checkout does): the stamp, not the time, decides.
    const later = new Date(Date.now() + 3_600_000);
    await utimes(join(root, 'src/cli.ts'), later, later);
    const builds: string[] = [];
    const bundle = await ensureCliBundle(
      root,
      () => Promise.resolve(true),
      (at) => builds.push(at),
    );
    expect(bundle).toBe(join(root, 'dist/cli/index.js'));
    expect(builds).toEqual([]);
  });

  it('builds once when the stamp does not match, however old the sources look', async () => {
    const earlier = new Date(0);
    await utimes(join(root, 'src/cli.ts'), earlier, earlier);
    let fresh = false;
    const builds: string[] = [];
    await ensureCliBundle(
      root,
      () => Promise.resolve(fresh),
      (at) => {
        builds.push(at);
        fresh = true;
      },
    );
    expect(builds).toEqual([root]);
  });

  it('fails when a build leaves the stamp unmatched, rather than timing a stale bundle', async () => {
    await expect(
      ensureCliBundle(
        root,
        () => Promise.resolve(false),
        () => undefined,
      ),
    ).rejects.toThrow(/still not the build of the sources/);
  });
});
