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

/** `sha`: the commit to describe when the CI already named one (its message is read from git). */
export async function localGitContext(cwd: string, sha?: string): Promise<LocalGit> {
  const commit = sha ?? (await git(cwd, ['rev-parse', 'HEAD']));
  if (!commit) return {};
  const [branch, message, remote] = await Promise.all([
    git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
    git(cwd, ['log', '-1', '--format=%s', commit]),
    git(cwd, ['config', '--get', 'remote.origin.url']),
  ]);
  return {
    git_commit_sha: commit,
    git_branch: branch === 'HEAD' ? undefined : branch,
    git_commit_message: message,
    git_repo: remote,
  };
}
