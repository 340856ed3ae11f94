/**
 * Which pull or merge request a run belongs to, read from the CI's variables:
 * - GitHub Actions: the event file (`pull_request.number`, `pull_request.head.sha`: the head, not
 *   the merge commit in GITHUB_SHA), GITHUB_API_URL;
 * - GitLab CI (merge request pipelines): CI_MERGE_REQUEST_IID, CI_PROJECT_ID, CI_API_V4_URL;
 * - Harness CI and Drone: DRONE_PULL_REQUEST, DRONE_REPO, DRONE_REPO_LINK, DRONE_COMMIT_SHA. The
 *   link's host tells the forge (github.com; a host naming gitlab; else a `forge` setting says)
 *   and the API root: `https://api.github.com`, `https://HOST/api/v3` (GitHub Enterprise Server),
 *   `https://HOST[/prefix]/api/v4` (GitLab). That mapping is our inference from the forges' docs.
 * A `forge` or `forge-url` setting wins over what the CI says.
 */
import { readFile } from '../lazy-fs.js';
import type { ForgeName } from './forge-http.js';
import type { GitHubRepo } from './github.js';

type Env = Readonly<Record<string, string | undefined>>;

export type ForgeTarget =
  | {
      readonly forge: 'github';
      readonly apiUrl: string;
      readonly repo: GitHubRepo;
      readonly number: number;
      readonly headSha?: string | undefined;
    }
  | {
      readonly forge: 'gitlab';
      readonly apiUrl: string;
      /** Numeric id or `group/name` path. */
      readonly project: string;
      readonly iid: number;
      readonly headSha?: string | undefined;
    };

export interface TargetSettings {
  readonly forge?: ForgeName | undefined;
  readonly forgeUrl?: string | undefined;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

function set(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function positive(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

async function fromGitHubActions(
  env: Env,
  settings: TargetSettings,
): Promise<ForgeTarget | { skip: string }> {
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  if (!PR_EVENTS.has(event)) return { skip: `not a pull_request event (${event || 'unknown'})` };
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const path = env['GITHUB_EVENT_PATH'];
  if (!owner || !repo || !path) return { skip: 'GITHUB_REPOSITORY or GITHUB_EVENT_PATH is not set' };
  let payload: { pull_request?: { number?: unknown; head?: { sha?: unknown } } };
  try {
    payload = JSON.parse(await readFile(path, 'utf8')) as typeof payload;
  } catch (error) {
    return {
      skip: `the event file could not be read (${(error as NodeJS.ErrnoException).code ?? 'not JSON'})`,
    };
  }
  const number = payload.pull_request?.number;
  if (typeof number !== 'number') return { skip: 'the event has no pull_request number' };
  const sha = payload.pull_request?.head?.sha;
  return {
    forge: 'github',
    apiUrl: settings.forgeUrl ?? set(env, 'GITHUB_API_URL') ?? 'https://api.github.com',
    repo: { owner, repo },
    number,
    headSha: typeof sha === 'string' ? sha : undefined,
  };
}

function fromGitLabCi(env: Env, settings: TargetSettings): ForgeTarget | { skip: string } {
  const iid = positive(set(env, 'CI_MERGE_REQUEST_IID'));
  if (iid === undefined) return { skip: 'not a merge request pipeline (CI_MERGE_REQUEST_IID is not set)' };
  const project = set(env, 'CI_MERGE_REQUEST_PROJECT_ID') ?? set(env, 'CI_PROJECT_ID');
  const apiUrl = settings.forgeUrl ?? set(env, 'CI_API_V4_URL');
  if (project === undefined || apiUrl === undefined)
    return { skip: 'CI_PROJECT_ID or CI_API_V4_URL is not set' };
  return {
    forge: 'gitlab',
    apiUrl,
    project,
    iid,
    headSha: set(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_SHA') ?? set(env, 'CI_COMMIT_SHA'),
  };
}

/**
 * The forge and API root of a repository's web link (DRONE_REPO_LINK): github.com, a host naming
 * gitlab, else what the `forge` setting says; `https://api.github.com`, `https://HOST/api/v3`
 * (GitHub Enterprise Server) or `https://HOST[/prefix]/api/v4` (GitLab, which may live under a
 * path). Our inference from the forges' docs; `forge-url` wins.
 */
export function apiRootOfLink(
  link: string,
  slug: string,
  settings: TargetSettings,
): { forge: ForgeName; apiUrl: string } | { skip: string } {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { skip: 'DRONE_REPO_LINK is not a URL' };
  }
  const host = url.hostname.toLowerCase();
  const forge =
    settings.forge ?? (host === 'github.com' ? 'github' : /gitlab/.test(host) ? 'gitlab' : undefined);
  if (forge === undefined) {
    return {
      skip: `the repository host ${host} is neither github.com nor a GitLab host: set forge (github or gitlab)`,
    };
  }
  const pathname = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  const prefix = slug !== '' && pathname.endsWith(`/${slug}`) ? pathname.slice(0, -slug.length - 1) : '';
  if (settings.forgeUrl !== undefined) return { forge, apiUrl: settings.forgeUrl };
  if (forge === 'gitlab') return { forge, apiUrl: `${url.origin}${prefix}/api/v4` };
  return {
    forge,
    apiUrl: host === 'github.com' ? 'https://api.github.com' : `${url.origin}${prefix}/api/v3`,
  };
}

function fromDrone(env: Env, settings: TargetSettings): ForgeTarget | { skip: string } {
  const number = positive(set(env, 'DRONE_PULL_REQUEST'));
  if (number === undefined) return { skip: 'not a pull request build (DRONE_PULL_REQUEST is not set)' };
  const slug = set(env, 'DRONE_REPO');
  const link = set(env, 'DRONE_REPO_LINK');
  if (slug === undefined || link === undefined) return { skip: 'DRONE_REPO or DRONE_REPO_LINK is not set' };
  const root = apiRootOfLink(link, slug, settings);
  if ('skip' in root) return root;
  const headSha = set(env, 'DRONE_COMMIT_SHA');
  if (root.forge === 'gitlab')
    return { forge: 'gitlab', apiUrl: root.apiUrl, project: slug, iid: number, headSha };
  const [owner, repo] = slug.split('/');
  if (!owner || !repo) return { skip: `DRONE_REPO (${slug}) is not owner/name` };
  return { forge: 'github', apiUrl: root.apiUrl, repo: { owner, repo }, number, headSha };
}

/** The request this run reports on, or why there is none. */
export async function forgeTarget(
  env: Env,
  settings: TargetSettings = {},
): Promise<ForgeTarget | { skip: string }> {
  let target: ForgeTarget | { skip: string };
  if (env['GITHUB_ACTIONS'] === 'true') target = await fromGitHubActions(env, settings);
  else if (env['GITLAB_CI'] === 'true' || set(env, 'CI_MERGE_REQUEST_IID') !== undefined)
    target = fromGitLabCi(env, settings);
  else if (
    set(env, 'DRONE_PULL_REQUEST') !== undefined ||
    env['DRONE'] === 'true' ||
    env['HARNESS_BUILD_ID'] !== undefined
  )
    target = fromDrone(env, settings);
  else
    return { skip: 'no pull or merge request in this CI (GitHub Actions, GitLab CI, Harness CI or Drone)' };
  if ('forge' in target && settings.forge !== undefined && target.forge !== settings.forge) {
    return { skip: `forge is ${settings.forge}, but this CI builds a ${target.forge} request` };
  }
  return target;
}

/** The variable a token is read from when no setting gives one. */
export function tokenVariable(forge: ForgeName): string {
  return forge === 'gitlab' ? 'GITLAB_TOKEN' : 'GITHUB_TOKEN';
}

/** The default comment key: the CI's pipeline and job names, so each job keeps its own comment. */
export function defaultCommentKey(env: Env): string {
  if (env['GITHUB_ACTIONS'] === 'true')
    return `${env['GITHUB_WORKFLOW'] ?? 'workflow'}/${env['GITHUB_JOB'] ?? 'job'}`;
  if (env['GITLAB_CI'] === 'true') return `gitlab/${env['CI_JOB_NAME'] ?? 'job'}`;
  const stage = env['DRONE_STAGE_NAME'] ?? env['HARNESS_STAGE_ID'];
  const step = env['DRONE_STEP_NAME'] ?? env['HARNESS_STEP_ID'];
  if (stage !== undefined || step !== undefined) return `${stage ?? 'stage'}/${step ?? 'step'}`;
  return 'iacm-report';
}

/** The CI run's page, for a comment written when no report could be built. */
export function runLinkOf(env: Env): string | undefined {
  const server = set(env, 'GITHUB_SERVER_URL');
  const repo = set(env, 'GITHUB_REPOSITORY');
  const id = set(env, 'GITHUB_RUN_ID');
  const link =
    server !== undefined && repo !== undefined && id !== undefined
      ? `${server}/${repo}/actions/runs/${id}`
      : (set(env, 'CI_JOB_URL') ?? set(env, 'CI_PIPELINE_URL') ?? set(env, 'DRONE_BUILD_LINK'));
  return link !== undefined && /^https?:\/\/[^\s<>()[\]`]+$/.test(link) ? link : undefined;
}
