/** Best-effort metadata from the git checkout the tool runs in; silent when there is none. */
import { execFile } from 'node:child_process';
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

/**
 * `sha`: the commit to describe when the CI already named one (its message is read from git).
 * The three questions go to git at once (one round of processes, the commit and its message from
 * one `git log` when no sha is given): spawning git is most of a dry run's start-up.
 */
export async function localGitContext(cwd: string, sha?: string): Promise<LocalGit> {
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
