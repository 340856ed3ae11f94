/**
 * The commit, branch and remote of a git checkout read from its files (`.git`), without starting
 * git: three git processes were most of a dry run's start-up. The answers are git's own
 * (`git log -1 --format=%H%x00%s`, `git rev-parse --abbrev-ref HEAD`, `git config --get
 * remote.origin.url`); wherever the files alone might answer differently from git (environment
 * that steers git, a repository not owned by us that git may refuse, reftable, SHA-256, config
 * includes, replaced objects, an ambiguous branch name, a deltified or missing commit, a
 * non-UTF-8 message) this module says so (`undefined`) and the caller asks git itself.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readCommit } from './git-objects.js';
import { lastConfigValue } from './git-config.js';

export interface GitFacts {
  readonly commit: string;
  /** undefined when HEAD is detached */
  readonly branch: string | undefined;
  /** git's `%s`, untrimmed (possibly empty) */
  readonly subject: string;
  readonly remote: string | undefined;
}

/** Not a checkout at all: git would say nothing either. */
export const NO_REPOSITORY = 'none';

/** Environment that changes where or how git looks: with any of it, git answers. */
const STEERING_ENV =
  /^GIT_(DIR|WORK_TREE|COMMON_DIR|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|CEILING_DIRECTORIES|DISCOVERY_ACROSS_FILESYSTEM|CONFIG.*|NAMESPACE|REPLACE_REF_BASE|NO_REPLACE_OBJECTS|GRAFT_FILE|REF_FORMAT|DEFAULT_HASH)$/;

const HEX40 = /^[0-9a-f]{40}$/;

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};
const isDir = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

interface Repository {
  /** The folder holding the checkout (or the bare repository). */
  readonly top: string;
  /** This checkout's git directory (a worktree's own, under the common one's `worktrees/`). */
  readonly gitDir: string;
  /** Where refs, objects and config live (`commondir`), the git directory itself when none. */
  readonly commonDir: string;
}

/**
 * The repository git would find from `cwd` (`.git` folder or `gitdir:` file, else a bare one);
 * undefined when there is none up to the root, whatever git's settings, so git need not be asked.
 */
function discover(cwd: string): Repository | 'unsure' | undefined {
  const device = statSync(cwd).dev;
  let crossed = false;
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    // git stops at a file system boundary (unless told otherwise): a repository past one is git's
    // to judge; none at all, on either side, is no repository.
    crossed ||= statSync(dir).dev !== device;
    const dotGit = join(dir, '.git');
    const stat = statSync(dotGit, { throwIfNoEntry: false });
    let gitDir: string | undefined;
    if (stat?.isDirectory()) gitDir = dotGit;
    else if (stat?.isFile()) {
      const pointer = /^gitdir: (.+?)\s*$/m.exec(readText(dotGit) ?? '');
      if (!pointer) return 'unsure'; // git stops here with an error of its own
      gitDir = resolve(dir, pointer[1]!);
    } else if (isDir(join(dir, 'objects')) && isDir(join(dir, 'refs')) && readText(join(dir, 'HEAD'))) {
      gitDir = dir; // a bare repository (or the inside of a .git folder)
    }
    if (gitDir !== undefined) {
      if (crossed) return 'unsure';
      const common = readText(join(gitDir, 'commondir'))?.trim();
      return { top: dir, gitDir, commonDir: common ? resolve(gitDir, common) : gitDir };
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** git refuses a repository another user owns unless safe.directory says so: let git decide. */
function ownedByUs(repo: Repository): boolean {
  const uid = process.geteuid?.();
  if (uid === undefined) return false; // Windows: ownership is git's to judge
  const paths = [repo.top, join(repo.top, '.git'), repo.gitDir];
  return paths.every((path) => (statSync(path, { throwIfNoEntry: false })?.uid ?? uid) === uid);
}

class Refs {
  private packed: Map<string, string> | undefined;
  constructor(private readonly repo: Repository) {}

  private packedRefs(): Map<string, string> {
    if (this.packed === undefined) {
      this.packed = new Map();
      for (const line of (readText(join(this.repo.commonDir, 'packed-refs')) ?? '').split('\n')) {
        const m = /^([0-9a-f]{40}) (\S+)$/.exec(line);
        if (m) this.packed.set(m[2]!, m[1]!);
      }
    }
    return this.packed;
  }

  /** The raw content of a ref: a sha, `ref: <name>`, or undefined when there is none. */
  private raw(name: string): string | undefined {
    // Per-worktree refs live in the worktree's own directory, the rest in the common one.
    const perWorktree = name === 'HEAD' || /^refs\/(bisect|worktree|rewritten)\//.test(name);
    const loose = readText(join(perWorktree ? this.repo.gitDir : this.repo.commonDir, name))?.trim();
    return loose ?? this.packedRefs().get(name);
  }

  exists(name: string): boolean {
    return this.raw(name) !== undefined;
  }

  /** The commit a ref names, following symbolic refs; undefined when unborn or unreadable. */
  resolve(name: string): { sha: string; via: string } | undefined {
    let current = name;
    for (let depth = 0; depth < 5; depth++) {
      const value = this.raw(current);
      if (value === undefined) return undefined;
      if (HEX40.test(value)) return { sha: value, via: current };
      const symbolic = /^ref: (\S+)$/.exec(value);
      if (!symbolic) return undefined;
      current = symbolic[1]!;
    }
    return undefined;
  }

  /** `refs/replace/*` present: git would show the replacement, not the commit. */
  hasReplacements(): boolean {
    if (isDir(join(this.repo.commonDir, 'refs/replace'))) {
      if (readdirSync(join(this.repo.commonDir, 'refs/replace')).length > 0) return true;
    }
    return [...this.packedRefs().keys()].some((ref) => ref.startsWith('refs/replace/'));
  }
}

/**
 * `git rev-parse --abbrev-ref HEAD` for a branch: its short name, unless another ref of the same
 * short name exists (undefined: git then prints a longer, unambiguous one; leave that to git).
 */
function shortBranch(refs: Refs, full: string): string | undefined {
  const short = full.slice('refs/heads/'.length);
  const rivals = [
    short,
    `refs/${short}`,
    `refs/tags/${short}`,
    `refs/remotes/${short}`,
    `refs/remotes/${short}/HEAD`,
  ];
  return rivals.some((ref) => refs.exists(ref)) ? undefined : short;
}

/** The config files git reads for `git config --get`, in the order git reads them (last wins). */
function configFiles(repo: Repository, env: NodeJS.ProcessEnv): string[] {
  // node:os only without HOME: loading it is ~2.5 M instructions of a start-up (docs/performance.md).
  const home = env['HOME'] ?? process.getBuiltinModule('node:os').homedir();
  const xdg = env['XDG_CONFIG_HOME'] || join(home, '.config');
  return [
    '/etc/gitconfig',
    join(xdg, 'git/config'),
    join(home, '.gitconfig'),
    join(repo.commonDir, 'config'),
  ];
}

/**
 * What git would answer from `cwd`: the facts, NO_REPOSITORY when there is no checkout, or
 * undefined when the files cannot be trusted to match git (ask git).
 * `sha`: the commit to describe when the CI already named one.
 */
export function readGitFiles(
  cwd: string,
  sha: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): GitFacts | typeof NO_REPOSITORY | undefined {
  // No git directory from here to the root, and GIT_DIR names none: git would find no repository
  // either, whatever else steers it or whichever commit the CI named, so it is not started.
  const repo = env['GIT_DIR'] ? 'unsure' : discover(cwd);
  if (repo === undefined) return NO_REPOSITORY;
  if (Object.keys(env).some((name) => STEERING_ENV.test(name))) return undefined;
  if (sha !== undefined && !HEX40.test(sha)) return undefined; // a ref name or short sha: git's to resolve
  if (repo === 'unsure' || !ownedByUs(repo)) return undefined;

  const configs = configFiles(repo, env).map((file) => readText(file) ?? '');
  const local = configs.at(-1)!;
  // Includes, worktree config, another ref store or hash: beyond these files.
  if (configs.some((text) => /^\s*\[\s*include/im.test(text))) return undefined;
  if (/^\s*(worktreeconfig|refstorage|objectformat)\s*=/im.test(local)) return undefined;
  const remote = lastConfigValue(configs, 'remote', 'origin', 'url');
  if (remote === null) return undefined;

  const refs = new Refs(repo);
  if (refs.hasReplacements() || readText(join(repo.commonDir, 'info/grafts')) !== undefined) return undefined;
  const head = readText(join(repo.gitDir, 'HEAD'))?.trim();
  if (head === undefined) return undefined;
  let branch: string | undefined;
  if (!HEX40.test(head)) {
    const symbolic = /^ref: (refs\/heads\/\S+)$/.exec(head);
    if (!symbolic) return undefined;
    const short = shortBranch(refs, symbolic[1]!);
    if (short === undefined) return undefined;
    branch = short;
  }
  // An unborn branch: git has no HEAD commit (nor a branch to name) — let git say so.
  const headCommit = refs.resolve('HEAD')?.sha;
  if (headCommit === undefined) return undefined;
  const commit = sha ?? headCommit;
  const read = readCommit(repo.commonDir, commit);
  if (read === undefined) return undefined;
  return { commit, branch, subject: read.subject, remote };
}
