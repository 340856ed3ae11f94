/**
 * The regression guard of `npm run bench`: the CLI bundle of a baseline commit, taken from git
 * history (committed dist/cli), runs interleaved with today's, and the two are compared run by
 * run. Absolute times move 2-3x between machines and with the load of a shared box; the ratio of
 * two processes run back to back on the same file does not, which is why the guard is a ratio.
 *
 * The baseline is `--baseline <rev>` when given, else the newest release tag (`v*`), else commit
 * 2ccd701 (the end of the first release, before partial reports, bounded lists, attribute names
 * and keys-written-twice: the reference issue 29 measured against).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const FIRST_RELEASE = '2ccd701';
/** A ratio (today / baseline) above this is flagged as a regression. */
export const REGRESSION_LIMIT = 1.05;

function git(root: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The revision to compare with: the flag, the newest release tag, or the first release. */
export function baselineRevision(root: string, flag: string | undefined): string {
  if (flag) return flag;
  const tag = git(root, ['describe', '--tags', '--abbrev=0', '--match', 'v*', 'HEAD']);
  return tag ?? FIRST_RELEASE;
}

/**
 * Extracts `<rev>:dist/cli` into `outDir/baseline-<sha>/` (once per commit) and returns the path
 * of its entry, or why it could not (a shallow clone without that commit, no committed bundle).
 */
export function extractBaselineCli(
  root: string,
  outDir: string,
  rev: string,
): { entry: string; sha: string } | { error: string } {
  const sha = git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  if (sha === undefined)
    return { error: `no commit ${rev} in this clone (fetch its history: git fetch --unshallow)` };
  const dir = join(outDir, `baseline-${sha.slice(0, 12)}`);
  const entry = join(dir, 'dist/cli/index.js');
  if (existsSync(entry)) return { entry, sha };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = spawnSync('sh', ['-c', `git archive "${sha}" dist/cli | tar -x -C "${dir}"`], {
    cwd: root,
  });
  if (archive.status !== 0 || !existsSync(entry))
    return { error: `commit ${rev} has no committed dist/cli bundle` };
  return { entry, sha };
}

export interface PairedRatio {
  median: number;
  min: number;
  max: number;
  pairs: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * today[i] / baseline[i] for the runs made back to back (the same load on both), with the median
 * and the spread. Undefined when no pair has both figures.
 */
export function pairedRatio(
  today: (number | undefined)[],
  baseline: (number | undefined)[],
): PairedRatio | undefined {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(today.length, baseline.length); i++) {
    const t = today[i];
    const b = baseline[i];
    if (t !== undefined && b !== undefined && b > 0) ratios.push(t / b);
  }
  if (ratios.length === 0) return undefined;
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), pairs: ratios.length };
}

/** One line per figure: "cpu 0.97x (0.93-1.01, 5 pairs)", REGRESSION past the limit. */
export function ratioLine(what: string, ratio: PairedRatio | undefined): string {
  if (ratio === undefined) return `n/a  ${what}: not measured`;
  const flag = ratio.median > REGRESSION_LIMIT ? 'REGRESSION' : ratio.median <= 1 ? 'PASS' : 'SLOWER';
  return `${flag.padEnd(4)} ${what}: ${ratio.median.toFixed(3)}x (spread ${ratio.min.toFixed(3)}-${ratio.max.toFixed(3)}, ${ratio.pairs} pairs)`;
}
