/**
 * The commit, branch and remote read from a checkout's files (src/context/git-files.ts) held to
 * what git itself answers, on real repositories made by git in a temporary folder: loose and
 * packed objects and refs, a linked worktree, a detached HEAD, multi-line and padded subjects, a
 * quoted remote; and the cases the files leave to git (which then answers as before).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_REPOSITORY, readGitFiles } from '../../src/context/git-files.js';
import { askGit, localGitContext } from '../../src/context/local-git.js';
import { subjectOf } from '../../src/context/git-objects.js';

const HOME = mkdtempSync(join(tmpdir(), 'iacm-git-home-'));
/** What git and the reader both see: a home of our own, no GIT_* variables of the caller's. */
const ENV: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME, LANG: 'C' };

function repo(branch = 'main'): { dir: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'iacm-git-'));
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...ENV,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
      encoding: 'utf8',
    }).trim();
  git('init', '-q', '-b', branch);
  return { dir, git };
}

function commit(git: (...args: string[]) => string, dir: string, message: string): string {
  writeFileSync(join(dir, `f${Math.random()}`), message);
  git('add', '.');
  git('commit', '-q', '--allow-empty-message', '-m', message);
  return git('rev-parse', 'HEAD');
}

/** The files answered, and as git does. */
async function sameAsGit(cwd: string, sha?: string): Promise<void> {
  const facts = readGitFiles(cwd, sha, ENV);
  expect(facts).not.toBeUndefined();
  expect(facts).not.toBe(NO_REPOSITORY);
  expect(await localGitContext(cwd, sha, ENV)).toEqual(await askGit(cwd, sha, ENV));
}

describe('git facts from the files', () => {
  it('reads loose objects and refs as git does, in the top folder and below it', async () => {
    const { dir, git } = repo('feature/x');
    git('remote', 'add', 'origin', 'https://github.com/acme/infra.git');
    const sha = commit(git, dir, 'Add the network module\n\nWith a body.');
    await sameAsGit(dir);
    mkdirSync(join(dir, 'sub/deeper'), { recursive: true });
    await sameAsGit(join(dir, 'sub/deeper'));
    expect(await localGitContext(dir, undefined, ENV)).toEqual({
      git_commit_sha: sha,
      git_branch: 'feature/x',
      git_commit_message: 'Add the network module',
      git_repo: 'https://github.com/acme/infra.git',
    });
  });

  it('reads packed refs and packed commits (after git gc)', async () => {
    const { dir, git } = repo();
    git('remote', 'add', 'origin', 'git@github.com:acme/infra.git');
    const first = commit(git, dir, 'first');
    commit(git, dir, 'second');
    git('gc', '-q', '--aggressive');
    git('pack-refs', '--all');
    expect(execFileSync('ls', [join(dir, '.git/objects/pack')], { encoding: 'utf8' })).toMatch(/\.idx/);
    await sameAsGit(dir);
    await sameAsGit(dir, first); // a commit the CI named: its message from the pack
  });

  it('reads a linked worktree (gitdir: file, commondir) and a detached HEAD', async () => {
    const { dir, git } = repo();
    git('remote', 'add', 'origin', 'https://gitlab.example/group/project.git');
    const first = commit(git, dir, 'first');
    commit(git, dir, 'second');
    const worktree = join(mkdtempSync(join(tmpdir(), 'iacm-wt-')), 'wt');
    git('worktree', 'add', '-q', '-b', 'topic', worktree);
    await sameAsGit(worktree);
    expect((await localGitContext(worktree, undefined, ENV)).git_branch).toBe('topic');
    git('checkout', '-q', '--detach', first);
    await sameAsGit(dir);
    expect((await localGitContext(dir, undefined, ENV)).git_branch).toBeUndefined();
    git('pack-refs', '--all');
    await sameAsGit(worktree);
  });

  it('words subjects as git log %s does', async () => {
    const { dir, git } = repo();
    for (const message of [
      '  padded subject  \n\nbody',
      'two\nlines\t \nof subject\n\nbody',
      '\n\n',
      'only',
    ]) {
      const sha = commit(git, dir, message);
      await sameAsGit(dir);
      await sameAsGit(dir, sha);
    }
    expect(subjectOf('\n \nfirst \nsecond\n\nbody')).toBe('first second');
  });

  it('reads remote.origin.url in any of git config syntaxes', async () => {
    const { dir, git } = repo();
    commit(git, dir, 'c');
    const config = join(dir, '.git/config');
    const base = execFileSync('cat', [config], { encoding: 'utf8' });
    for (const remote of [
      '[remote "origin"]\n\turl = "https://example.com/a b.git" ; comment\n',
      '[Remote "origin"] URL = https://example.com/x.git # comment\n',
      '[remote.origin]\n\turl = https://example.com/old-syntax.git\n',
      '[remote "origin"]\n\turl = https://example.com/one.git\n[remote "origin"]\n\turl = https://example.com/two.git\n',
      '[remote "other"]\n\turl = https://example.com/other.git\n',
    ]) {
      writeFileSync(config, base + remote);
      await sameAsGit(dir);
    }
    writeFileSync(join(HOME, '.gitconfig'), '[remote "origin"]\n\turl = https://example.com/from-home.git\n');
    writeFileSync(config, base);
    try {
      await sameAsGit(dir);
    } finally {
      writeFileSync(join(HOME, '.gitconfig'), '');
    }
  });

  it('leaves to git what the files cannot answer for sure, and git answers as before', async () => {
    const { dir, git } = repo('dup');
    git('remote', 'add', 'origin', 'https://example.com/r.git');
    const sha = commit(git, dir, 'c');
    git('tag', 'dup'); // `dup` is now ambiguous: git says heads/dup
    expect(readGitFiles(dir, undefined, ENV)).toBeUndefined();
    expect((await localGitContext(dir, undefined, ENV)).git_branch).toBe('heads/dup');
    expect(readGitFiles(dir, sha.slice(0, 7), ENV)).toBeUndefined(); // a short sha
    expect(readGitFiles(dir, undefined, { ...ENV, GIT_DIR: join(dir, '.git') })).toBeUndefined();
    const unborn = repo();
    expect(readGitFiles(unborn.dir, undefined, ENV)).toBeUndefined();
    expect(await localGitContext(unborn.dir, undefined, ENV)).toEqual({});
    expect(readGitFiles(unborn.dir, sha, ENV)).toBeUndefined(); // a CI-named commit, no HEAD yet
    expect(await localGitContext(unborn.dir, sha, ENV)).toEqual(await askGit(unborn.dir, sha, ENV));
  });

  it('says no repository outside any checkout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iacm-nogit-'));
    expect(readGitFiles(dir, undefined, ENV)).toBe(NO_REPOSITORY);
    expect(await localGitContext(dir, undefined, ENV)).toEqual(await askGit(dir, undefined, ENV));
  });
});
