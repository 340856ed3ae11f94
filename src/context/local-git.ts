/** Best-effort metadata from the git checkout the tool runs in; silent when there is none. */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LocalGit {
  git_branch?: string | undefined;
  git_commit_sha?: string | undefined;
  git_commit_message?: string | undefined;
  git_repo?: string | undefined;
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, timeout: 3000, windowsHide: true });
    const text = stdout.trim();
    return text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Whether git could find a repository from `cwd`, asked of the file system instead of three git
 * processes (each costs a fork and an exec; a run outside any checkout paid them for nothing).
 * Generous on purpose, so it never hides a repository git would find: GIT_DIR set, or `cwd` or a
 * folder above it holding a `.git` (folder, or file as worktrees and submodules have) or being a
 * git directory itself (a bare repository: HEAD and objects/). git's own limits
 * (GIT_CEILING_DIRECTORIES, file system boundaries, safe.directory) only make it find less.
 */
export async function mayBeInGitRepository(cwd: string): Promise<boolean> {
  if (process.env['GIT_DIR']) return true;
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (await exists(join(dir, '.git'))) return true;
    if ((await exists(join(dir, 'HEAD'))) && (await exists(join(dir, 'objects')))) return true;
    if (dirname(dir) === dir) return false;
  }
}

/**
 * `sha`: the commit to describe when the CI already named one (its message is read from git).
 * The three questions go to git at once (one round of processes, the commit and its message from
 * one `git log` when no sha is given): spawning git is most of a dry run's start-up.
 */
export async function localGitContext(cwd: string, sha?: string): Promise<LocalGit> {
  if (!(await mayBeInGitRepository(cwd))) return sha ? { git_commit_sha: sha } : {};
  const [logged, branch, remote] = await Promise.all([
    sha === undefined
      ? git(cwd, ['log', '-1', '--format=%H%x00%s', 'HEAD'])
      : git(cwd, ['log', '-1', '--format=%s', sha]),
    git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
    git(cwd, ['config', '--get', 'remote.origin.url']),
  ]);
  let commit = sha;
  let message = logged;
  if (sha === undefined) {
    if (logged === undefined) return {};
    const cut = logged.indexOf('\0');
    commit = cut < 0 ? logged : logged.slice(0, cut);
    message = cut < 0 ? undefined : logged.slice(cut + 1) || undefined;
  }
  if (!commit) return {};
  return {
    git_commit_sha: commit,
    git_branch: branch === 'HEAD' ? undefined : branch,
    git_commit_message: message,
    git_repo: remote,
  };
}
