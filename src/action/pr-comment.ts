/**
 * The sticky pull-request comment: one comment per (PR, key), found again by a hidden marker and
 * edited in place on every run, so a PR shows the latest plan instead of a pile of old ones.
 * A matrix job sets `comment-key` per leg to get one comment per leg.
 * Needs only `pull-requests: write` (issue comments on a PR are covered by it).
 */
import { readFile } from 'node:fs/promises';
import type { getOctokit } from '@actions/github';
import { redactSecrets } from '../api/redact.js';
import type { CommentMode } from '../config/from-action-inputs.js';
import { wellFormed } from '../plain-text.js';
import { renderMarkdownSummary } from '../reporter/markdown-summary.js';
import { coverageOf } from '../reporter/coverage.js';
import type { ReportModel } from '../reporter/report-model.js';
import { NO_FACTS, type RunFacts } from '../reporter/run-facts.js';
import { COMMENT_BUDGET, shrinkBudget, type TextBudget } from '../reporter/text-budget.js';

export type GitHubClient = ReturnType<typeof getOctokit>;
type Env = Readonly<Record<string, string | undefined>>;

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The PR this run belongs to, or a reason why there is none. */
export async function pullRequestOf(env: Env): Promise<PullRequestRef | { skip: string }> {
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  if (!PR_EVENTS.has(event)) return { skip: `not a pull_request event (${event || 'unknown'})` };
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const path = env['GITHUB_EVENT_PATH'];
  if (!owner || !repo || !path) return { skip: 'GITHUB_REPOSITORY or GITHUB_EVENT_PATH is not set' };
  const payload = JSON.parse(await readFile(path, 'utf8')) as { pull_request?: { number?: unknown } };
  const number = payload.pull_request?.number;
  if (typeof number !== 'number') return { skip: 'the event has no pull_request number' };
  return { owner, repo, number };
}

/**
 * `comment-key` as given, else workflow/job, made safe for an HTML comment: only
 * `[A-Za-z0-9._/-]`, no `--` (which would end the comment early).
 */
export function commentKey(explicit: string | undefined, env: Env): string {
  const raw = explicit ?? `${env['GITHUB_WORKFLOW'] ?? 'workflow'}/${env['GITHUB_JOB'] ?? 'job'}`;
  const safe = raw
    .replace(/[^A-Za-z0-9._/-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, 200);
  return safe === '' ? 'default' : safe;
}

export function commentMarker(key: string): string {
  return `<!-- iacm-reporter:${key} -->`;
}

/** Renders a summary within a budget (the default: the model's own Markdown summary). */
export type CommentRenderer = (budget: TextBudget) => string;

/** The comment body: the marker on the first line, then the summary within GitHub's comment limit. */
export function commentBody(
  model: ReportModel,
  key: string,
  facts: RunFacts = NO_FACTS,
  render?: CommentRenderer,
): string {
  const head = `${commentMarker(key)}\n`;
  const budget = shrinkBudget(COMMENT_BUDGET, head);
  return head + (render ? render(budget) : renderMarkdownSummary(model, { budget, facts }));
}

export type CommentResult =
  | { readonly action: 'created' | 'updated'; readonly id: number; readonly url: string }
  | { readonly action: 'skipped'; readonly reason: string };

/** Pages of 100 comments searched for ours, at most. */
export const MAX_COMMENT_PAGES = 50;

/** The id of our comment on the PR, following every page (a busy PR has hundreds of comments). */
async function findComment(
  client: GitHubClient,
  pr: PullRequestRef,
  marker: string,
): Promise<number | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  });
  let seen = 0;
  for await (const page of pages) {
    // Bounded: a PR with more comments than this is not searched to its end (a new one is posted).
    if (++seen > MAX_COMMENT_PAGES) break;
    // The marker must open the body: a person quoting our comment does not take it over.
    const found = page.data.find((comment) => comment.body?.startsWith(marker));
    if (found) return found.id;
  }
  return undefined;
}

/**
 * Creates or updates the sticky comment. `on-change` posts only when there are changes or drift,
 * or the report is incomplete (a plan, unit or leg failed, a leg is missing: silence would read as
 * "nothing to change"), but still refreshes a comment
 * already there, so it never shows a stale plan.
 */
export async function upsertComment(
  client: GitHubClient,
  pr: PullRequestRef,
  options: {
    readonly key: string;
    readonly mode: Exclude<CommentMode, 'off'>;
    readonly model: ReportModel;
    readonly facts?: RunFacts;
    /** Another summary than the model's own (`merge --comment-only`: one section per workspace). */
    readonly render?: CommentRenderer | undefined;
    /** Redacted from the body (the API key, should plan content hold it). */
    readonly secrets?: readonly (string | undefined)[];
  },
): Promise<CommentResult> {
  const { key, mode, model } = options;
  const existing = await findComment(client, pr, commentMarker(key));
  const worthPosting =
    mode === 'always' ||
    model.hasChanges ||
    model.hasDrift ||
    model.erroredPlans.length > 0 ||
    !coverageOf(model).complete ||
    (options.facts?.gates.length ?? 0) > 0;
  if (existing === undefined && !worthPosting) {
    return { action: 'skipped', reason: 'no changes or drift (comment: on-change)' };
  }
  // Well-formed: the client sends it as JSON, where a lone surrogate would go out as `\ud800`.
  const body = wellFormed(
    redactSecrets(commentBody(model, key, options.facts, options.render), options.secrets ?? []),
  );
  if (existing !== undefined) {
    const { data } = await client.rest.issues.updateComment({
      owner: pr.owner,
      repo: pr.repo,
      comment_id: existing,
      body,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await client.rest.issues.createComment({
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    body,
  });
  return { action: 'created', id: data.id, url: data.html_url };
}
