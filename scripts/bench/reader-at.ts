/**
 * `run-all.ts --reader-at <rev>`: the reader alone (count-stream.ts) as it was at another commit,
 * run interleaved with today's, to show what a change to the reader costs in the same run (a
 * reshape that should cost nothing, a faster loop). `git archive <rev> src scripts/bench` is
 * unpacked into `bench/out/reader-<sha>/` and bundled like today's (esbuild, one file), once per
 * commit; the bench prints today's reader / that one's, CPU and wall, run by run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The bundle of count-stream.ts at `rev`, or why there is none. */
export async function readerAt(
  root: string,
  outDir: string,
  rev: string,
): Promise<{ bundle: string; sha: string } | { error: string }> {
  const parsed = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
    cwd: root,
    encoding: 'utf8',
  });
  const sha = parsed.status === 0 ? parsed.stdout.trim() : undefined;
  if (sha === undefined) return { error: `no commit ${rev} in this clone` };
  const dir = join(outDir, `reader-${sha.slice(0, 12)}`);
  const bundle = join(outDir, `reader-${sha.slice(0, 12)}.mjs`);
  if (existsSync(bundle)) return { bundle, sha };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = spawnSync('sh', ['-c', `git archive "${sha}" src scripts/bench | tar -x -C "${dir}"`], {
    cwd: root,
  });
  const entry = join(dir, 'scripts/bench/count-stream.ts');
  if (archive.status !== 0 || !existsSync(entry)) return { error: `commit ${rev} has no count-stream.ts` };
  await build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return { bundle, sha };
}
