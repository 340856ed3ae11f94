/**
 * `--plan a.json --plan 'plans/*.json'` -> the files to read, in a stable order. A name that is a
 * file (or a pipe) is taken as it is, even if it holds glob characters or a line break; anything
 * else is a glob that must match at least one file.
 *
 * Globs are expanded by listing folders with readdir (walk-folders.ts) and matching the paths
 * below the pattern's fixed leading folders with picomatch, not with fast-glob: fast-glob's `**`
 * never enters a folder whose name holds a line break, so the plans in it silently went missing.
 * As before, names starting with a dot match, only regular files match (a link is not followed;
 * name a linked plan to take it), and the result is sorted. A folder the glob must search but
 * cannot read is an error naming it, never a silent gap.
 */
import type { Stats } from 'node:fs';
import { stat } from '../lazy-fs.js';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { InputError, settingRef } from '../errors.js';
import { isStdinName } from './input-file.js';
import { compareCodeUnits } from './path-match.js';
import { FolderReadError, globMatcher, walkFolders } from './walk-folders.js';

export async function expandInputs(
  patterns: readonly string[],
  cwd: string,
  what: string,
  /** `links: true`: a glob also matches symbolic links (the reader follows or refuses each by name). */
  options: { readonly links?: boolean } = {},
): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    for (const file of await expandOne(pattern, cwd, what, options.links === true)) {
      if (!seen.has(file)) {
        seen.add(file);
        files.push(file);
      }
    }
  }
  return files;
}

/**
 * Drops files named twice in other words (`p.json`, `./p.json`, an absolute path, a link to it):
 * identity is the device and inode the name leads to, so one file is counted once. Returns the
 * files kept, in order, and one warning per file dropped. Names that cannot be stat'ed (the reader
 * reports them) and standard input are kept as they are.
 */
export async function dedupeByIdentity(
  files: readonly string[],
  cwd: string,
  what: string,
): Promise<{ files: string[]; warnings: string[] }> {
  const kept: string[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const info = isStdinName(file)
      ? undefined
      : await stat(resolve(cwd, file), { bigint: true }).catch(() => undefined);
    if (info === undefined) {
      kept.push(file);
      continue;
    }
    const id = `${info.dev}:${info.ino}`;
    const first = seen.get(id);
    if (first !== undefined) {
      warnings.push(`${file}: the same file as ${first}; the ${what} is read and counted once`);
      continue;
    }
    seen.set(id, file);
    kept.push(file);
  }
  return { files: kept, warnings };
}

/**
 * The usual reason a plan file is missing is that the step before failed (`terraform plan` exits
 * non-zero, so `terraform show -json` never runs): say so, as this line is what the pull request's
 * 🛑 comment shows.
 */
function missingHint(what: string): string {
  return what === 'plan' || what === 'drift'
    ? ' (did the plan step fail? `terraform show -json <planfile>` writes it)'
    : '';
}

async function expandOne(pattern: string, cwd: string, what: string, links: boolean): Promise<string[]> {
  // `-` and `/dev/stdin`: standard input, read as a stream (a pipe into the command).
  if (isStdinName(pattern)) return [pattern];
  const scan = picomatch.scan(pattern);
  let literal: Stats | undefined;
  try {
    literal = await stat(resolve(cwd, pattern));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A glob is searched for below; a plain name that cannot be reached says why.
    if (!scan.isGlob) {
      const cause = { cause: error };
      if (code === 'ENOENT')
        throw new InputError(
          'INPUT_NOT_FOUND',
          pattern,
          `no such ${what} file${missingHint(what)}`,
          undefined,
          cause,
        );
      throw unreachable(pattern, code, what, cause);
    }
  }
  if (literal?.isDirectory()) {
    const hint = what === 'plan' ? ` (use ${settingRef('terragruntDir')} for a Terragrunt output tree)` : '';
    throw new InputError('INPUT_UNREADABLE', pattern, `is a directory, not a ${what} JSON file${hint}`);
  }
  // A regular file, or standard input by name; a FIFO, device or socket is refused by the reader
  // (input-file.ts), which also says so when a link leads to one.
  if (literal !== undefined) return [pattern];
  const matches = expandGlob(pattern, scan, cwd, links);
  if (matches.length === 0) {
    throw new InputError('INPUT_NOT_FOUND', pattern, `the glob matches no ${what} file`);
  }
  return matches;
}

/** Why a path that exists (or may) cannot be reached, from the errno code of its stat. */
function unreachable(
  pattern: string,
  code: string | undefined,
  what: string,
  cause: ErrorOptions,
): InputError {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new InputError(
        'INPUT_UNREADABLE',
        pattern,
        `permission denied: a folder on the path cannot be entered by this user (${code})`,
        undefined,
        cause,
      );
    case 'ELOOP':
      return new InputError(
        'INPUT_UNREADABLE',
        pattern,
        'a symbolic link loop is on the path',
        undefined,
        cause,
      );
    case 'ENOTDIR':
      return new InputError(
        'INPUT_NOT_FOUND',
        pattern,
        `no such ${what} file: a part of the path before the last is a file, not a folder`,
        undefined,
        cause,
      );
    case 'ENAMETOOLONG':
      return new InputError(
        'INPUT_NOT_FOUND',
        pattern,
        `no such ${what} file: the name is too long`,
        undefined,
        cause,
      );
    default:
      return new InputError(
        'INPUT_UNREADABLE',
        pattern,
        `cannot be read (${code ?? 'error'})`,
        undefined,
        cause,
      );
  }
}

/**
 * The regular files a glob matches: the folders before its first glob character are taken as
 * written (`./plans`, `../x`, `/abs`), everything below them is listed, to the glob's depth when it
 * has no `**`. Paths come out as fast-glob wrote them: the leading folders, then the path inside.
 */
function expandGlob(
  pattern: string,
  scan: ReturnType<typeof picomatch.scan>,
  cwd: string,
  links: boolean,
): string[] {
  const head = scan.prefix + scan.base;
  const isMatch = globMatcher(scan.glob);
  // Every `/` of any alternative is a `/` of the glob: its segment count bounds the depth.
  const maxDepth = scan.glob.includes('**') ? Infinity : scan.glob.split('/').length;
  let entries;
  try {
    entries = walkFolders(resolve(cwd, head === '' ? '.' : head), { maxDepth });
  } catch (error) {
    if (!(error instanceof FolderReadError)) throw error;
    // The leading folders do not exist (or are a file): the glob matches nothing.
    if (error.isRoot && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return [];
    const why = error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied, ' : '';
    throw new InputError(
      'INPUT_UNREADABLE',
      pattern,
      `cannot read folder ${error.folder}, which the glob must search (${why}${error.code})`,
      undefined,
      { cause: error },
    );
  }
  const joint = head === '' || head.endsWith('/') ? head : `${head}/`;
  return entries
    .filter((entry) => (entry.kind === 'file' || (links && entry.kind === 'link')) && isMatch(entry.path))
    .map((entry) => joint + entry.path)
    .sort(compareCodeUnits);
}
