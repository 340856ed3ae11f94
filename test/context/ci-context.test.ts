import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCiContext, stripCredentials } from '../../src/context/read-ci-context.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'iacm-ctx-'));
}

function gitRepo(): string {
  const dir = tempDir();
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
  git('init', '-q', '-b', 'feature/x');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 'T');
  git('remote', 'add', 'origin', 'https://user:ghp_SECRETTOKEN@github.com/acme/infra.git');
  writeFileSync(join(dir, 'a.txt'), 'a');
  git('add', '.');
  git('commit', '-q', '-m', 'Add the network module');
  return dir;
}

describe('CI context', () => {
  it('reads GitHub Actions, preferring the pull request head commit', async () => {
    const dir = tempDir();
    const eventPath = join(dir, 'event.json');
    writeFileSync(
      eventPath,
      JSON.stringify({ pull_request: { number: 42, head: { sha: 'headsha123' } }, action: 'synchronize' }),
    );
    const context = await readCiContext(
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_SHA: 'mergesha999',
        GITHUB_REF_NAME: '42/merge',
        GITHUB_HEAD_REF: 'feature/net',
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '1001',
        GITHUB_RUN_NUMBER: '7',
        GITHUB_WORKFLOW: 'Plan',
        GITHUB_JOB: 'plan',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
      },
      dir, // not a git checkout: nothing else is added
    );
    expect(context).toEqual({
      git_commit_sha: 'headsha123',
      git_branch: 'feature/net',
      git_repo: 'https://github.com/acme/infra',
      pipeline: 'Plan',
      pipeline_name: 'Plan',
      pipeline_execution_id: '1001',
      pipeline_execution_number: '7',
      pipeline_stage_id: 'plan',
      trigger: {
        source: 'github-actions',
        event: 'pull_request',
        run_url: 'https://github.com/acme/infra/actions/runs/1001',
        pull_request: 42,
      },
    });
  });

  it('reads a Harness pipeline', async () => {
    const context = await readCiContext(
      {
        HARNESS_PIPELINE_ID: 'deploy_infra',
        HARNESS_EXECUTION_ID: 'exec-abc',
        HARNESS_STAGE_ID: 'plan_stage',
        HARNESS_BUILD_ID: '12',
        DRONE_COMMIT_SHA: 'abc123',
        DRONE_COMMIT_BRANCH: 'main',
        DRONE_COMMIT_MESSAGE: 'Bump module',
        DRONE_REPO_LINK: 'https://github.com/acme/infra',
        DRONE_BUILD_LINK: 'https://app.harness.io/ng/x',
        HARNESS_WORKSPACE: '/harness',
      },
      tempDir(),
    );
    expect(context).toMatchObject({
      git_commit_sha: 'abc123',
      git_branch: 'main',
      git_commit_message: 'Bump module',
      git_repo: 'https://github.com/acme/infra',
      pipeline: 'deploy_infra',
      pipeline_execution_id: 'exec-abc',
      pipeline_execution_number: '12',
      pipeline_stage_id: 'plan_stage',
      trigger: { source: 'harness', build_link: 'https://app.harness.io/ng/x' },
    });
  });

  it('falls back to the local checkout and strips credentials from its remote', async () => {
    const context = await readCiContext({}, gitRepo());
    expect(context.git_branch).toBe('feature/x');
    expect(context.git_commit_message).toBe('Add the network module');
    expect(context.git_commit_sha).toMatch(/^[0-9a-f]{40}$/);
    expect(context.git_repo).toBe('https://github.com/acme/infra.git');
    expect(JSON.stringify(context)).not.toContain('SECRETTOKEN');
  });

  it('says nothing outside CI and git', async () => {
    expect(await readCiContext({}, tempDir())).toEqual({});
  });

  it('finds the checkout from a folder inside it, through a .git file, and in a bare repository', async () => {
    const repo = gitRepo();
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    mkdirSync(join(repo, 'live/dev'), { recursive: true });
    expect((await readCiContext({}, join(repo, 'live/dev'))).git_commit_sha).toBe(sha);

    // A worktree (and a submodule) has a .git FILE pointing at its git directory.
    const linked = join(tempDir(), 'wt');
    execFileSync('git', ['worktree', 'add', '-q', '--detach', linked], { cwd: repo });
    expect(existsSync(join(linked, '.git'))).toBe(true);
    expect((await readCiContext({}, linked)).git_commit_sha).toBe(sha);

    // A bare repository has no .git at all: the folder itself is the git directory.
    const bare = join(tempDir(), 'bare.git');
    execFileSync('git', ['clone', '-q', '--bare', repo, bare]);
    expect(existsSync(join(bare, '.git'))).toBe(false);
    expect((await readCiContext({}, bare)).git_commit_sha).toBe(sha);
  });

  describe('git processes', () => {
    afterEach(() => void vi.unstubAllEnvs());

    /** A `git` first on the PATH that notes each call, then runs the real one. */
    function countingGit(): () => number {
      const bin = tempDir();
      const log = join(bin, 'calls');
      const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
      writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`);
      chmodSync(join(bin, 'git'), 0o755);
      vi.stubEnv('PATH', `${bin}:${process.env['PATH'] ?? ''}`);
      return () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').length : 0);
    }

    it('are not started outside any checkout; git is asked where its environment steers it', async () => {
      const repo = gitRepo();
      const calls = countingGit();
      expect(await readCiContext({}, tempDir())).toEqual({});
      expect(calls()).toBe(0);
      // GIT_DIR names the repository from anywhere: the files alone cannot say what git would.
      vi.stubEnv('GIT_DIR', join(repo, '.git'));
      expect((await readCiContext({}, tempDir())).git_branch).toBe('feature/x');
      expect(calls()).toBeGreaterThan(0);
    });

    it('are not started outside any checkout when the CI names the commit, nor when git is steered', async () => {
      const calls = countingGit();
      const outside = tempDir();
      const full = 'f'.repeat(40);
      // A full sha, a short one (git's to resolve, in a checkout), from each CI that names one.
      const cases: [Record<string, string>, string][] = [
        [{ GITHUB_ACTIONS: 'true', GITHUB_SHA: full }, full],
        [{ CI_COMMIT_SHA: 'abc1234' }, 'abc1234'],
        [{ DRONE_COMMIT: full, DRONE_COMMIT_BRANCH: 'main' }, full],
        [{ DRONE_COMMIT_SHA: 'main' }, 'main'],
      ];
      for (const [env, sha] of cases) expect((await readCiContext(env, outside)).git_commit_sha).toBe(sha);
      // Environment that only narrows git's search cannot make a repository appear.
      vi.stubEnv('GIT_CEILING_DIRECTORIES', outside);
      vi.stubEnv('GIT_CONFIG_NOSYSTEM', '1');
      expect(await readCiContext({ CI_COMMIT_SHA: full }, outside)).toEqual({ git_commit_sha: full });
      expect(calls()).toBe(0);
    });
  });

  it('strips userinfo only from URLs that have it', () => {
    expect(stripCredentials('https://x-access-token:abc@github.com/a/b')).toBe('https://github.com/a/b');
    expect(stripCredentials('git@github.com:a/b.git')).toBe('git@github.com:a/b.git');
  });
});
