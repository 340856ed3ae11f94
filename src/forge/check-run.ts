/**
 * One check run per workspace (or merged report) and commit, named `iacm-reporter / <workspace>`,
 * written once and updated in place when the same commit runs again. Ours is a run of that name
 * on that commit with our `external_id` and, for an Actions token, written by the Actions app:
 * another app's run of the same name is left alone.
 */
import { ForgeError, type ForgeHttp } from './forge-http.js';
import type { ForgeIdentity } from './forge-types.js';
import {
  appSlug,
  CHECK_SUMMARY_MAX_CHARS,
  createCheckRun,
  findCheckRuns,
  updateCheckRun,
  type CheckConclusion,
  type GitHubRepo,
} from './github.js';
import { safeKey } from './sticky-comment.js';

/** A check run's title is one line; GitHub shows about this much. */
const TITLE_MAX = 200;

export interface CheckRunRequest {
  readonly workspace: string;
  readonly headSha: string;
  readonly conclusion: CheckConclusion;
  readonly title: string;
  readonly summary: string;
  readonly detailsUrl?: string | undefined;
  readonly identity: ForgeIdentity;
}

export function checkRunName(workspace: string): string {
  return `iacm-reporter / ${workspace}`;
}

export async function upsertCheckRun(
  http: ForgeHttp,
  repo: GitHubRepo,
  request: CheckRunRequest,
): Promise<{ action: 'created' | 'updated'; id: number; url: string }> {
  const name = checkRunName(request.workspace);
  const externalId = `iacm-reporter:${safeKey(request.workspace)}`;
  if (request.summary.length > CHECK_SUMMARY_MAX_CHARS) {
    throw new ForgeError(
      `the check run summary has ${request.summary.length} characters, more than GitHub's ${CHECK_SUMMARY_MAX_CHARS}`,
      'FORGE_LIMIT',
    );
  }
  const write = {
    name,
    headSha: request.headSha,
    externalId,
    conclusion: request.conclusion,
    output: { title: request.title.slice(0, TITLE_MAX), summary: request.summary },
    detailsUrl: request.detailsUrl,
  };
  const runs = await findCheckRuns(http, repo, request.headSha, name);
  const ours = runs.find(
    (run) =>
      run.externalId === externalId &&
      (request.identity.kind !== 'app' || run.appSlug === appSlug(request.identity)),
  );
  if (ours !== undefined) return { action: 'updated', ...(await updateCheckRun(http, repo, ours.id, write)) };
  return { action: 'created', ...(await createCheckRun(http, repo, write)) };
}
