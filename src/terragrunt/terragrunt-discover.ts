/**
 * Finding the unit plans in a Terragrunt output tree (`terragrunt run --all --json-out-dir <dir>`
 * writes `<dir>/<unit path>/tfplan.json`). Also takes plans left inside a unit's
 * `.terragrunt-cache/<hash>/<hash>/` working copy and reports them under the unit that holds the
 * cache, never under the hash path.
 *
 * The tree is listed with readdir (walk-folders.ts), never a glob library's `**`: fast-glob's
 * never enters a folder whose name holds a line break, and a unit left out of the walk would hide
 * its changes from the report. The plan file name (or pattern) is matched against the last path
 * segments of each entry.
 *
 * Symbolic links: a walk never follows one (a loop would be walked until some depth limit, and a
 * folder with two links to `..` grows exponentially). Linked folders are walked as new roots here,
 * once per real path: a link into a folder already walked (an alias, or a loop) or to a folder
 * that holds one (`..`, `/`) is not followed.
 */
import type { Stats } from 'node:fs';
import { realpath, stat } from '../lazy-fs.js';
import { join, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { InputError, settingRef, UsageError } from '../errors.js';
import { compareCodeUnits, ROOT_PATH_ID } from '../inputs/path-match.js';
import { FolderReadError, globMatcher, walkFolders, type WalkEntry } from '../inputs/walk-folders.js';

export const DEFAULT_PLAN_FILE_NAME = 'tfplan.json';
const CACHE_DIR = '.terragrunt-cache';
/** What makes a folder a Terragrunt unit. */
const UNIT_CONFIG = 'terragrunt.hcl';
/** Never hold plans, can be huge (provider binaries), and `.terraform` links into caches. */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['.terraform', '.git']);

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
  /**
   * Unit folders: those holding a `terragrunt.hcl` (outside `.terragrunt-cache`) and no other
   * unit folder (a folder above units holds their shared configuration), in pathId order. A unit
   * folder without a plan never planned, as far as the tree can tell.
   */
  readonly unitFolders: string[];
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
      `${settingRef('planFileName')} "${planFileName}": give a name or pattern inside a unit folder, such as tfplan.json or *.plan.json (no "**", "..", or leading "/")`,
    );
  }
  return segments.length;
}

/**
 * Tells whether the last `planNameDepth(planFileName)` segments of a path name a plan file: an
 * exact comparison for a plain name, a glob match (walk-folders.ts `globMatcher`) for a pattern.
 */
export function planNameMatcher(planFileName: string): (segments: readonly string[]) => boolean {
  const depth = planNameDepth(planFileName);
  const isGlob = picomatch.scan(planFileName).isGlob;
  const test = isGlob ? globMatcher(planFileName) : (path: string) => path === planFileName;
  return (segments) => segments.length >= depth && test(segments.slice(-depth).join('/'));
}

export async function discoverUnitPlans(
  dir: string,
  planFileName: string = DEFAULT_PLAN_FILE_NAME,
  cwd: string = process.cwd(),
): Promise<Discovery> {
  const depth = planNameDepth(planFileName);
  const isPlanFile = planNameMatcher(planFileName);
  const root = resolve(cwd, dir);
  const rootReal = await checkTreeRoot(root, dir);
  const warnings: string[] = [];
  const candidates: Candidate[] = [];
  const walked: string[] = [rootReal];
  const hclFolders = new Set<string>();
  const queue: { abs: string; prefix: string[]; real: string }[] = [
    { abs: root, prefix: [], real: rootReal },
  ];

  // Appending to `queue` while iterating it walks linked folders after the plain tree.
  for (const { abs, prefix, real: walkReal } of queue) {
    const entries = listTree(abs, dir);
    for (const entry of entries) {
      // Folders are most of a tree's entries and never a plan or a unit's configuration.
      if (entry.kind === 'directory') continue;
      const segments = prefix.length === 0 ? entry.segments : [...prefix, ...entry.segments];
      if (entry.kind === 'file' && segments.at(-1) === UNIT_CONFIG && !segments.includes(CACHE_DIR)) {
        hclFolders.add(segments.slice(0, -1).join('/') || ROOT_PATH_ID);
      }
      // A plan is anything but a folder (a link is checked below); the name is matched on the
      // path inside the tree, so a linked folder's name counts as the folder it stands for.
      if (!isPlanFile(segments)) continue;
      const relative = prefix.length === 0 ? entry.path : segments.join('/');
      const label = join(dir, relative);
      const isLink = entry.kind === 'link';
      // A link to a folder is walked below; a link to anything else (a file, a device, nothing at
      // all) is the unit's plan, and the reader refuses what is not a readable regular file,
      // naming the unit: a dangling link must fail the run, not drop the unit silently.
      const target = isLink ? await stat(entry.abs).catch(() => undefined) : undefined;
      if (target?.isDirectory()) continue;
      // A walk never enters a linked folder, so below its real root every path is already real.
      const real = isLink
        ? await realpath(entry.abs).catch(() => entry.abs)
        : join(walkReal, ...entry.segments);
      candidates.push({ ...unitOf(relative, depth), relative, file: entry.abs, label, real });
    }
    for (const link of entries.filter((e) => e.kind === 'link')) {
      const info = await stat(link.abs).catch(() => undefined);
      if (!info?.isDirectory()) continue;
      const real = await realpath(link.abs);
      if (walked.some((w) => isWithin(real, w))) continue;
      if (walked.some((w) => isWithin(w, real))) {
        warnings.push(
          `${join(dir, ...prefix, ...link.segments)}: a link to a folder that holds the tree; not followed`,
        );
        continue;
      }
      walked.push(real);
      queue.push({ abs: link.abs, prefix: [...prefix, ...link.segments], real });
    }
  }
  const plans = await pickPerUnit(dedupeByRealPath(candidates, warnings, dir), warnings);
  // Warnings come out in file-system listing order; sorted, two runs print the same lines.
  return { plans, unitFolders: leafFolders(hclFolders), warnings: warnings.sort(compareCodeUnits) };
}

/**
 * The folders that hold no other of the folders: units, not the shared configuration above them.
 * In code-unit order the folders below `f` are those from `f/` on that start with it, so one
 * binary search per folder tells (a tree's source with 2,000 units: 2,000 searches, not 4 million
 * comparisons).
 */
export function leafFolders(folders: ReadonlySet<string>): string[] {
  const all = [...folders].sort(compareCodeUnits);
  return all.filter((folder) =>
    folder === ROOT_PATH_ID
      ? all.length === 1
      : !startsWithAt(all, firstAtLeast(all, `${folder}/`), `${folder}/`),
  );
}

/** The index of the first of `sorted` (code-unit order) not below `text`; its length when none. */
function firstAtLeast(sorted: readonly string[], text: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < text) low = middle + 1;
    else high = middle;
  }
  return low;
}

function startsWithAt(sorted: readonly string[], at: number, prefix: string): boolean {
  return sorted[at]?.startsWith(prefix) ?? false;
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
        undefined,
        { cause: error },
      );
    }
    if (code === 'ELOOP') {
      throw new InputError('INPUT_UNREADABLE', dir, 'is a symbolic link loop', undefined, { cause: error });
    }
    throw new InputError('INPUT_UNREADABLE', dir, `cannot be read (${(error as Error).message})`, undefined, {
      cause: error,
    });
  }
  if (!info.isDirectory()) {
    throw new InputError(
      'INPUT_UNREADABLE',
      dir,
      `is a file, not a directory (${settingRef('terragruntDir')} takes the tree folder)`,
    );
  }
  return realpath(root);
}

/** Everything under one walk root, sorted by path (the first of two paths to one file is stable). */
function listTree(abs: string, dir: string): WalkEntry[] {
  try {
    return walkFolders(abs, { skipNames: SKIPPED_FOLDERS });
  } catch (error) {
    if (!(error instanceof FolderReadError)) throw error;
    throw new InputError(
      'INPUT_UNREADABLE',
      dir,
      `cannot read folder ${error.folder} inside the tree (${error.code})`,
      undefined,
      { cause: error },
    );
  }
}

function isWithin(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** The unit a plan belongs to: its folder, or the folder that holds the `.terragrunt-cache`. */
export function unitOf(relative: string, nameDepth: number): { pathId: string; inCache: boolean } {
  // `relative` is joined with `/` here; a backslash is part of a name on POSIX, not a separator.
  const folder = relative
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .slice(0, -nameDepth);
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
      for (const c of list) times.set(c, (await stat(c.file).catch(() => undefined))?.mtimeMs ?? 0);
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
