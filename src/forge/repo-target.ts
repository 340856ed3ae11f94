/**
 * Which repository a run belongs to, for what needs no pull request (drift issues on a scheduled
 * check), read from the CI's variables:
 * - GitHub Actions: GITHUB_REPOSITORY, GITHUB_API_URL;
 * - GitLab CI: CI_PROJECT_ID (or CI_PROJECT_PATH), CI_API_V4_URL;
 * - Harness CI and Drone: DRONE_REPO and DRONE_REPO_LINK, whose host tells the forge and API root
 *   as for comments (forge-target.ts: our inference from the forges' docs).
 * A `forge` or `forge-url` setting wins over what the CI says.
 */
import { apiRootOfLink, type TargetSettings } from './forge-target.js';
import type { GitHubRepo } from './github.js';

type Env = Readonly<Record<string, string | undefined>>;

export type RepoTarget =
  | { readonly forge: 'github'; readonly apiUrl: string; readonly repo: GitHubRepo }
  | { readonly forge: 'gitlab'; readonly apiUrl: string; readonly project: string };

function set(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function github(slug: string | undefined, apiUrl: string): RepoTarget | { skip: string } {
  const [owner, repo, extra] = (slug ?? '').split('/');
  if (!owner || !repo || extra !== undefined)
    return { skip: `the repository (${slug ?? 'unset'}) is not owner/name` };
  return { forge: 'github', apiUrl, repo: { owner, repo } };
}

/** The repository this run reports on, or why there is none. */
export function repoTarget(env: Env, settings: TargetSettings = {}): RepoTarget | { skip: string } {
  let target: RepoTarget | { skip: string };
  if (env['GITHUB_ACTIONS'] === 'true') {
    target = github(
      set(env, 'GITHUB_REPOSITORY'),
      settings.forgeUrl ?? set(env, 'GITHUB_API_URL') ?? 'https://api.github.com',
    );
  } else if (env['GITLAB_CI'] === 'true') {
    const project = set(env, 'CI_PROJECT_ID') ?? set(env, 'CI_PROJECT_PATH');
    const apiUrl = settings.forgeUrl ?? set(env, 'CI_API_V4_URL');
    target =
      project === undefined || apiUrl === undefined
        ? { skip: 'CI_PROJECT_ID or CI_API_V4_URL is not set' }
        : { forge: 'gitlab', apiUrl, project };
  } else if (set(env, 'DRONE_REPO_LINK') !== undefined) {
    const slug = set(env, 'DRONE_REPO');
    const root = apiRootOfLink(set(env, 'DRONE_REPO_LINK')!, slug ?? '', settings);
    if ('skip' in root) target = root;
    else if (slug === undefined) target = { skip: 'DRONE_REPO is not set' };
    else if (root.forge === 'gitlab') target = { forge: 'gitlab', apiUrl: root.apiUrl, project: slug };
    else target = github(slug, root.apiUrl);
  } else {
    return { skip: 'no repository in this CI (GitHub Actions, GitLab CI, Harness CI or Drone)' };
  }
  if ('forge' in target && settings.forge !== undefined && target.forge !== settings.forge) {
    return { skip: `forge is ${settings.forge}, but this CI builds a ${target.forge} repository` };
  }
  return target;
}
