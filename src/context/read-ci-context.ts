/**
 * Git and pipeline metadata for the event, from the environment the run is in: GitHub Actions,
 * a Harness pipeline (HARNESS_* / DRONE_* / CI_*), else the local git checkout, else nothing.
 * Only identifiers and names: no tokens (credentials in remote URLs are stripped).
 */
import { readFile } from '../lazy-fs.js';
import type { CiContext } from '../model/ci-context.js';
import { localGitContext } from './local-git.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Commit messages can be long; the event only needs enough to recognise the commit. */
const MAX_MESSAGE = 1000;

export async function readCiContext(env: Env, cwd: string): Promise<CiContext> {
  const ci = env['GITHUB_ACTIONS'] === 'true' ? await githubContext(env) : harnessContext(env);
  // Fill what the CI did not say from the checkout we are running in (best effort).
  if (!ci.git_commit_sha || !ci.git_branch || !ci.git_repo || !ci.git_commit_message) {
    const local = await localGitContext(cwd, ci.git_commit_sha);
    for (const key of ['git_branch', 'git_commit_sha', 'git_repo', 'git_commit_message'] as const) {
      ci[key] ??= local[key];
    }
  }
  return clean(ci);
}

async function githubContext(env: Env): Promise<CiContext> {
  const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const repo = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];
  const payload = await readEventPayload(env['GITHUB_EVENT_PATH']);
  const pull = asRecord(payload['pull_request']);
  const head = asRecord(pull['head']);
  const headCommit = asRecord(payload['head_commit']);
  const trigger: Record<string, string | number> = { source: 'github-actions' };
  putDefined(trigger, 'event', env['GITHUB_EVENT_NAME']);
  putDefined(trigger, 'actor', env['GITHUB_ACTOR']);
  if (repo && runId) trigger['run_url'] = `${server}/${repo}/actions/runs/${runId}`;
  if (typeof pull['number'] === 'number') trigger['pull_request'] = pull['number'];
  return {
    // On pull requests GITHUB_SHA is a merge commit nobody pushed: report the head commit.
    git_commit_sha: stringOr(head['sha']) ?? env['GITHUB_SHA'],
    git_branch: env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'],
    git_repo: repo ? `${server}/${repo}` : undefined,
    git_commit_message: stringOr(headCommit['message']),
    pipeline: env['GITHUB_WORKFLOW_REF'] ?? env['GITHUB_WORKFLOW'],
    pipeline_name: env['GITHUB_WORKFLOW'],
    pipeline_execution_id: runId,
    pipeline_execution_number: env['GITHUB_RUN_NUMBER'],
    pipeline_stage_id: env['GITHUB_JOB'],
    trigger,
  };
}

function harnessContext(env: Env): CiContext {
  const pick = (...names: string[]): string | undefined => names.map((n) => env[n]).find((v) => !!v);
  const context: CiContext = {
    git_commit_sha: pick('DRONE_COMMIT_SHA', 'CI_COMMIT_SHA', 'DRONE_COMMIT'),
    git_branch: pick('DRONE_SOURCE_BRANCH', 'DRONE_COMMIT_BRANCH', 'CI_COMMIT_BRANCH'),
    git_commit_message: pick('DRONE_COMMIT_MESSAGE', 'CI_COMMIT_MESSAGE'),
    git_repo: pick('DRONE_REPO_LINK', 'CI_REPO_LINK', 'DRONE_REPO', 'CI_REPO'),
    pipeline: pick('HARNESS_PIPELINE_ID'),
    pipeline_name: pick('HARNESS_PIPELINE_NAME', 'HARNESS_PIPELINE_ID'),
    pipeline_execution_id: pick('HARNESS_EXECUTION_ID'),
    pipeline_execution_number: pick('HARNESS_BUILD_ID', 'DRONE_BUILD_NUMBER', 'CI_BUILD_NUMBER'),
    pipeline_stage_id: pick('HARNESS_STAGE_ID', 'DRONE_STAGE_NAME'),
  };
  if (context.pipeline || context.pipeline_execution_id || env['DRONE_BUILD_LINK']) {
    const trigger: Record<string, string | number> = { source: 'harness' };
    putDefined(trigger, 'event', pick('DRONE_BUILD_EVENT', 'CI_BUILD_EVENT'));
    putDefined(trigger, 'build_link', pick('DRONE_BUILD_LINK', 'CI_BUILD_LINK'));
    context.trigger = trigger;
  }
  return context;
}

async function readEventPayload(path: string | undefined): Promise<Record<string, unknown>> {
  if (!path) return {};
  try {
    return asRecord(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return {}; // The event file is context, not input: a missing or odd one is not worth failing for.
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function putDefined(into: Record<string, string | number>, key: string, value: string | undefined): void {
  if (value) into[key] = value;
}

/** Drop empty fields, cap the message, strip credentials from URLs. */
function clean(context: CiContext): CiContext {
  const out: CiContext = {};
  for (const [key, value] of Object.entries(context) as [keyof CiContext, CiContext[keyof CiContext]][]) {
    if (value === undefined || value === '') continue;
    (out as Record<string, unknown>)[key] = value;
  }
  if (out.git_commit_message && out.git_commit_message.length > MAX_MESSAGE) {
    out.git_commit_message = `${out.git_commit_message.slice(0, MAX_MESSAGE - 1)}…`;
  }
  if (out.git_repo) out.git_repo = stripCredentials(out.git_repo);
  return out;
}

/** `https://user:token@host/x` -> `https://host/x`; scp-like `git@host:x` is left as it is. */
export function stripCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}
