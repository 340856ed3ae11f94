/**
 * Finding the unit plans in a Terragrunt output tree (`terragrunt run --all --json-out-dir <dir>`
 * writes `<dir>/<unit path>/tfplan.json`). Also takes plans left inside a unit's
 * `.terragrunt-cache/<hash>/<hash>/` working copy and reports them under the unit that holds the
 * cache, never under the hash path.
 *
 * Symbolic links: fast-glob's own link following walks a loop until its depth limit, and a folder
 * with two links to `..` grows exponentially. So each walk runs with link following off, and linked
 * folders are walked as new roots here, once per real path: a link into a folder already walked
 * (an alias, or a loop) or to a folder that holds one (`..`, `/`) is not followed.
 */
import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { InputError, UsageError } from '../errors.js';
import { compareCodeUnits, pathSegments, ROOT_PATH_ID } from './path-match.js';

export const DEFAULT_PLAN_FILE_NAME = 'tfplan.json';
const CACHE_DIR = '.terragrunt-cache';
/** Never hold plans, can be huge (provider binaries), and `.terraform` links into caches. */
const IGNORE = ['**/.terraform/**', '**/.git/**'];

export interface FoundPlan {
  /** The unit's folder relative to the tree root, `/`-separated; `.` for the root itself. */
  readonly pathId: string;
  /** Absolute path to read. */
  readonly file: string;
  /** The path as a person would name it: the tree dir as given, then the path inside it. */
  readonly label: string;
}

export interface Discovery {
  /** One plan per unit, in pathId order. */
  readonly plans: FoundPlan[];
  readonly warnings: string[];
}

interface Candidate extends FoundPlan {
  /** Path inside the tree, `/`-separated. */
  readonly relative: string;
  readonly inCache: boolean;
  readonly real: string;
}

/** Checks the plan file name pattern and returns how many path segments it spans. */
export function planNameDepth(planFileName: string): number {
  const segments = planFileName.split('/');
  if (
    planFileName.includes('**') ||
    planFileName.startsWith('/') ||
    segments.some((s) => s === '' || s === '..')
  ) {
    throw new UsageError(
      `plan file name "${planFileName}": give a name or pattern inside a unit folder, such as tfplan.json or *.plan.json (no "**", "..", or leading "/")`,
    );
  }
  return segments.length;
}

export async function discoverUnitPlans(
  dir: string,
  planFileName: string = DEFAULT_PLAN_FILE_NAME,
  cwd: string = process.cwd(),
): Promise<Discovery> {
  const depth = planNameDepth(planFileName);
  const root = resolve(cwd, dir);
  const rootReal = await checkTreeRoot(root, dir);
  const warnings: string[] = [];
  const candidates: Candidate[] = [];
  const walked: string[] = [rootReal];
  const queue: { abs: string; prefix: string; real: string }[] = [{ abs: root, prefix: '', real: rootReal }];

  // Appending to `queue` while iterating it walks linked folders after the plain tree.
  for (const { abs, prefix, real: walkReal } of queue) {
    for (const entry of await glob(`**/${planFileName}`, abs, dir)) {
      if (entry.dirent.isDirectory()) continue;
      const relative = prefix + entry.path;
      const file = join(abs, entry.path);
      const label = join(dir, relative);
      const isLink = entry.dirent.isSymbolicLink();
      if (isLink && !(await statOrWarn(file, label, warnings))?.isFile()) continue;
      // A walk never enters a linked folder, so below its real root every path is already real.
      const real = isLink ? await realpath(file) : join(walkReal, entry.path);
      candidates.push({ ...unitOf(relative, depth), relative, file, label, real });
    }
    for (const link of (await glob('**', abs, dir)).filter((e) => e.dirent.isSymbolicLink())) {
      const target = join(abs, link.path);
      const info = await stat(target).catch(() => undefined);
      if (!info?.isDirectory()) continue;
      const real = await realpath(target);
      if (walked.some((w) => isWithin(real, w))) continue;
      if (walked.some((w) => isWithin(w, real))) {
        warnings.push(
          `${join(dir, prefix + link.path)}: a link to a folder that holds the tree; not followed`,
        );
        continue;
      }
      walked.push(real);
      queue.push({ abs: target, prefix: `${prefix}${link.path}/`, real });
    }
  }
  const plans = await pickPerUnit(dedupeByRealPath(candidates, warnings, dir), warnings);
  // Warnings come out in file-system listing order; sorted, two runs print the same lines.
  return { plans, warnings: warnings.sort(compareCodeUnits) };
}

async function checkTreeRoot(root: string, dir: string): Promise<string> {
  let info: Stats;
  try {
    info = await stat(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError(
        'INPUT_NOT_FOUND',
        dir,
        'no such directory (expected the --json-out-dir of terragrunt run --all)',
      );
    }
    if (code === 'ELOOP') throw new InputError('INPUT_UNREADABLE', dir, 'is a symbolic link loop');
    throw new InputError('INPUT_UNREADABLE', dir, `cannot be read (${(error as Error).message})`);
  }
  if (!info.isDirectory()) {
    throw new InputError(
      'INPUT_UNREADABLE',
      dir,
      'is a file, not a directory (--terragrunt-dir takes the tree folder)',
    );
  }
  return realpath(root);
}

async function glob(pattern: string, cwd: string, dir: string): Promise<fg.Entry[]> {
  try {
    const entries = await fg(pattern, {
      cwd,
      dot: true,
      onlyFiles: false,
      followSymbolicLinks: false,
      objectMode: true,
      ignore: IGNORE,
      suppressErrors: false,
    });
    // Listing order is the file system's; sorted, the first of two paths to one file is stable.
    return entries.sort((a, b) => compareCodeUnits(a.path, b.path));
  } catch (error) {
    const failed = (error as NodeJS.ErrnoException).path ?? cwd;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError('INPUT_UNREADABLE', dir, `cannot read folder ${failed} inside the tree (${code})`);
  }
}

async function statOrWarn(file: string, label: string, warnings: string[]): Promise<Stats | undefined> {
  try {
    return await stat(file);
  } catch (error) {
    warnings.push(
      `${label}: skipped, a broken symbolic link (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
    return undefined;
  }
}

function isWithin(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** The unit a plan belongs to: its folder, or the folder that holds the `.terragrunt-cache`. */
export function unitOf(relative: string, nameDepth: number): { pathId: string; inCache: boolean } {
  const folder = pathSegments(relative).slice(0, -nameDepth);
  const cacheAt = folder.indexOf(CACHE_DIR);
  const unit = cacheAt === -1 ? folder : folder.slice(0, cacheAt);
  return { pathId: unit.length === 0 ? ROOT_PATH_ID : unit.join('/'), inCache: cacheAt !== -1 };
}

/** The same file reached twice (through a link): keep the one found first, through fewer links. */
function dedupeByRealPath(candidates: Candidate[], warnings: string[], dir: string): Candidate[] {
  const byReal = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const kept = byReal.get(candidate.real);
    if (kept === undefined) byReal.set(candidate.real, candidate);
    else if (kept.pathId !== candidate.pathId) {
      warnings.push(
        `${join(dir, candidate.relative)}: the same file as ${kept.label}; read once, as unit ${kept.pathId}`,
      );
    }
  }
  return [...byReal.values()];
}

/**
 * One plan per unit. A plan in the unit folder beats one in its `.terragrunt-cache` (the cache can
 * hold a stale working copy); then the newest; then the first path in code-unit order, so the
 * choice never depends on the order the file system lists files in.
 */
async function pickPerUnit(candidates: Candidate[], warnings: string[]): Promise<FoundPlan[]> {
  const byUnit = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const list = byUnit.get(candidate.pathId) ?? [];
    list.push(candidate);
    byUnit.set(candidate.pathId, list);
  }
  const plans: FoundPlan[] = [];
  for (const pathId of [...byUnit.keys()].sort(compareCodeUnits)) {
    const list = byUnit.get(pathId) ?? [];
    if (list.length > 1) {
      const times = new Map<Candidate, number>();
      for (const c of list) times.set(c, (await stat(c.file)).mtimeMs);
      list.sort(
        (a, b) =>
          Number(a.inCache) - Number(b.inCache) ||
          (times.get(b) ?? 0) - (times.get(a) ?? 0) ||
          compareCodeUnits(a.relative, b.relative),
      );
      const [chosen, runnerUp] = list as [Candidate, Candidate];
      const why =
        chosen.inCache !== runnerUp.inCache
          ? 'the one outside .terragrunt-cache'
          : times.get(chosen) !== times.get(runnerUp)
            ? 'the newest'
            : 'the first by name';
      const others = list.slice(1).map((c) => c.relative);
      warnings.push(
        `unit ${pathId}: ${list.length} plan files found; using ${chosen.relative} (${why}), ignoring ${others.join(', ')}`,
      );
    }
    const chosen = list[0];
    if (chosen) plans.push({ pathId, file: chosen.file, label: chosen.label });
  }
  return plans;
}
