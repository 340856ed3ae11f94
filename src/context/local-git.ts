/** Best-effort metadata from the git checkout the tool runs in; silent when there is none. */
import { promisify } from 'node:util';
import { NO_REPOSITORY, readGitFiles } from './git-files.js';

/** Loaded only when git is asked (rarely now): loading it costs start-up. */
const childProcess = () => process.getBuiltinModule('node:child_process');

export interface LocalGit {
  git_branch?: string | undefined;
  git_commit_sha?: string | undefined;
  git_commit_message?: string | undefined;
  git_repo?: string | undefined;
}

async function git(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(childProcess().execFile)('git', args, {
      cwd,
      env,
      timeout: 3000,
      windowsHide: true,
    });
    const text = stdout.trim();
    return text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * `sha`: the commit to describe when the CI already named one (its message is read from git).
 * The checkout's files answer first (git-files.ts): spawning git was most of a dry run's
 * start-up. Where they cannot match git for sure, git is asked, its three questions at once (the
 * commit and its message from one `git log` when no sha is given).
 */
export async function localGitContext(
  cwd: string,
  sha?: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<LocalGit> {
  let facts: ReturnType<typeof readGitFiles>;
  try {
    facts = readGitFiles(cwd, sha, env);
  } catch {
    facts = undefined; // an unreadable file: git's to judge
  }
  if (facts === NO_REPOSITORY) return {};
  if (facts !== undefined) {
    // As git's output is read below: trimmed, and an empty answer is no answer.
    const message = (sha === undefined ? facts.subject.trimEnd() : facts.subject.trim()) || undefined;
    return {
      git_commit_sha: facts.commit,
      git_branch: facts.branch,
      git_commit_message: message,
      git_repo: facts.remote?.trim() || undefined,
    };
  }
  return askGit(cwd, sha, env);
}

/** The same facts from git's processes (exported for the tests that hold the files to them). */
export async function askGit(
  cwd: string,
  sha: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<LocalGit> {
  const [logged, branch, remote] = await Promise.all([
    sha === undefined
      ? git(cwd, ['log', '-1', '--format=%H%x00%s', 'HEAD'], env)
      : git(cwd, ['log', '-1', '--format=%s', sha], env),
    git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD'], env),
    git(cwd, ['config', '--get', 'remote.origin.url'], env),
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
