/**
 * The review where the code lives, for every entry: the sticky comment (GitHub pull request or
 * GitLab merge request) and the GitHub check run, written after the report. The entries call
 * `publishReview` once with what they built (or `publishFailure` when nothing could be built);
 * the forge calls are in src/forge. Whatever goes wrong here is a warning: the report is already
 * sent and its exit code is the step's.
 */
import { redactSecrets } from '../api/redact.js';
import type { ReviewConfig } from '../config/review-settings.js';
import { describeError } from '../errors.js';
import { upsertCheckRun } from '../forge/check-run.js';
import { ForgeError, type ForgeHttp } from '../forge/forge-http.js';
import { defaultCommentKey, forgeTarget, runLinkOf, type ForgeTarget } from '../forge/forge-target.js';
import type { CommentThread } from '../forge/forge-types.js';
import { CHECK_SUMMARY_MAX_CHARS, githubPullRequest } from '../forge/github.js';
import { gitlabMergeRequest } from '../forge/gitlab.js';
import { stickyMarker, upsertSticky } from '../forge/sticky-comment.js';
import { syncDriftIssues } from './drift-issues.js';
import { forgeText, openForge, type ReviewIo } from './review-io.js';
import { writeMarkdownFile } from './markdown-file.js';
import { renderFailureMarkdown } from '../reporter/failure-summary.js';
import { renderMarkdownSummary } from '../reporter/markdown-summary.js';
import type { ReportModel } from '../reporter/report-model.js';
import type { RunFacts } from '../reporter/run-facts.js';
import { COMMENT_BUDGET, shrinkBudget, type TextBudget } from '../reporter/text-budget.js';
import { verdictOf } from '../reporter/verdict.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A forge's refusal is worded by the forge layer (no token in it); anything else as usual. */
function why(error: unknown): string {
  return error instanceof ForgeError ? error.message : describeError(error);
}

/** Renders a summary within a budget (default: the model's own Markdown summary). */
export type Renderer = (budget: TextBudget) => string;

export type { ReviewIo } from './review-io.js';

export interface ReviewReport {
  readonly model: ReportModel;
  readonly facts: RunFacts;
  /** Another summary than the model's own (`merge --comment-only`: one section per workspace). */
  readonly render?: Renderer | undefined;
}

/** A GitLab note may be far longer than a GitHub comment; both stay within the marker's room. */
function budgetFor(thread: CommentThread, head: string): TextBudget {
  const limit = thread.forge === 'gitlab' ? { maxChars: thread.maxBodyChars } : COMMENT_BUDGET;
  return shrinkBudget(limit, head);
}

interface Opened {
  readonly target: ForgeTarget;
  readonly http: ForgeHttp;
  readonly thread: CommentThread;
  readonly key: string;
}

/** The forge client for this run, or undefined (with the reason logged) when there is none. */
async function open(review: ReviewConfig, io: ReviewIo, what: string): Promise<Opened | undefined> {
  const target = await forgeTarget(io.env, review);
  if ('skip' in target) {
    io.log(`${what}: skipped, ${target.skip}`);
    return undefined;
  }
  const http = await openForge(target, review, io, what);
  if (http === undefined) return undefined;
  const thread =
    target.forge === 'github'
      ? githubPullRequest(http, target.repo, target.number)
      : gitlabMergeRequest(http, target.project, target.iid);
  return { target, http, thread, key: review.commentKey ?? defaultCommentKey(io.env) };
}

/** A GitHub comment's whole body: the marker, then the summary within what is left of 65,536. */
export function stickyBody(model: ReportModel, key: string, facts: RunFacts, commit?: string): string {
  const head = `${stickyMarker(key, commit)}\n`;
  return head + renderMarkdownSummary(model, { budget: shrinkBudget(COMMENT_BUDGET, head), facts });
}

function worthPosting(review: ReviewConfig, report: ReviewReport): boolean {
  const { model, facts } = report;
  return (
    review.comment === 'always' ||
    model.hasChanges ||
    model.hasDrift ||
    model.erroredPlans.length > 0 ||
    facts.gates.length > 0 ||
    verdictOf(model, facts).severity !== 'ok'
  );
}

async function comment(
  opened: Opened,
  review: ReviewConfig,
  report: ReviewReport,
  io: ReviewIo,
): Promise<void> {
  const { thread, key, target } = opened;
  const head = `${stickyMarker(key, target.headSha)}\n`;
  const budget = budgetFor(thread, head);
  const body = report.render
    ? report.render(budget)
    : renderMarkdownSummary(report.model, { budget, facts: report.facts });
  const result = await upsertSticky(thread, {
    key,
    commit: target.headSha,
    body: forgeText(body, io),
    post: worthPosting(review, report),
    log: io.log,
  });
  io.log(
    result.action === 'skipped'
      ? `comment: skipped, ${result.reason}`
      : `comment: ${result.action} ${result.url}`,
  );
}

/** Verdict-led: a tripped gate fails the check, anything a reviewer must look at is neutral. */
export function checkConclusion(model: ReportModel, facts: RunFacts): 'success' | 'neutral' | 'failure' {
  if (facts.gates.length > 0) return 'failure';
  return verdictOf(model, facts).severity === 'ok' ? 'success' : 'neutral';
}

function verdictTitle(model: ReportModel, facts: RunFacts): string {
  const parts = verdictOf(model, facts).parts.map((part) => part.text);
  return parts.length > 0 ? parts.join(' · ') : 'no changes';
}

async function checkRun(opened: Opened, report: ReviewReport, io: ReviewIo): Promise<void> {
  const { target, http } = opened;
  if (target.forge !== 'github') {
    io.log('check run: skipped, check runs are a GitHub feature (GitLab shows the pipeline status)');
    return;
  }
  if (target.headSha === undefined) {
    io.warn('check run: skipped, the pull request head commit is unknown');
    return;
  }
  const budget: TextBudget = { maxChars: CHECK_SUMMARY_MAX_CHARS };
  const summary = report.render
    ? report.render(budget)
    : renderMarkdownSummary(report.model, { budget, facts: report.facts });
  const result = await upsertCheckRun(http, target.repo, {
    workspace: report.facts.workspace ?? 'report',
    headSha: target.headSha,
    conclusion: checkConclusion(report.model, report.facts),
    title: forgeText(verdictTitle(report.model, report.facts), io),
    summary: forgeText(summary, io),
    detailsUrl: report.facts.runUrl,
    identity: await opened.thread.identity(),
  });
  io.log(`check run: ${result.action} ${result.url}`);
}

/** Writes the comment and the check run the settings ask for. Never throws. */
export async function publishReview(review: ReviewConfig, report: ReviewReport, io: ReviewIo): Promise<void> {
  // A scheduled drift check's trail in the repository: one issue per drifted workspace.
  await syncDriftIssues(review, report, io);
  if (review.comment === 'off' && !review.checkRun) return;
  const opened = await open(review, io, review.comment === 'off' ? 'check run' : 'comment').catch(
    (error: unknown) => {
      io.warn(`comment: ${why(error)}`);
      return undefined;
    },
  );
  if (opened === undefined) return;
  try {
    if (review.comment !== 'off') {
      await comment(opened, review, report, io).catch((error: unknown) =>
        io.warn(
          `comment: could not write the ${opened.target.forge === 'gitlab' ? 'merge request note' : 'pull request comment'}: ${why(error)}`,
        ),
      );
    }
    if (review.checkRun) {
      await checkRun(opened, report, io).catch((error: unknown) =>
        io.warn(`check run: could not write it: ${why(error)}`),
      );
    }
  } finally {
    await opened.http.close();
  }
}

/**
 * Everything an entry does for the review once it has a report, in one call: the Markdown file
 * (`--markdown`), the sticky comment, the check run. Never throws.
 */
export async function finishReview(
  review: ReviewConfig,
  report: ReviewReport,
  io: ReviewIo & { readonly cwd: string },
): Promise<void> {
  const render: Renderer =
    report.render ?? ((budget) => renderMarkdownSummary(report.model, { budget, facts: report.facts }));
  await writeMarkdownFile(review, render, io);
  await publishReview(review, report, io);
}

/** The 🛑 Markdown for a run that built no report (job summary and comment alike). */
export function failureMarkdown(reason: string, env: Env, secrets: readonly (string | undefined)[]): string {
  return redactSecrets(
    renderFailureMarkdown({ reason, runUrl: runLinkOf(env), commit: commitOf(env) }),
    secrets,
  );
}

/** The commit a run is for, before any report says so. */
function commitOf(env: Env): string | undefined {
  return (
    env['CI_MERGE_REQUEST_SOURCE_BRANCH_SHA'] ??
    env['CI_COMMIT_SHA'] ??
    env['DRONE_COMMIT_SHA'] ??
    env['GITHUB_SHA']
  );
}

/**
 * When the report could not be built or sent: the sticky comment (same key) becomes a 🛑 comment
 * saying so. Only when commenting is on; never over a newer commit's comment. Never throws.
 */
export async function publishFailure(review: ReviewConfig, reason: string, io: ReviewIo): Promise<void> {
  if (review.comment === 'off') return;
  const opened = await open(review, io, 'comment').catch((error: unknown) => {
    io.warn(`comment: ${why(error)}`);
    return undefined;
  });
  if (opened === undefined) return;
  try {
    const commit = opened.target.headSha ?? commitOf(io.env);
    const body = renderFailureMarkdown({ reason, commit, runUrl: runLinkOf(io.env) });
    const result = await upsertSticky(opened.thread, {
      key: opened.key,
      commit: opened.target.headSha,
      body: forgeText(body, io),
      post: true,
      log: io.log,
    });
    io.log(
      result.action === 'skipped'
        ? `comment: skipped, ${result.reason}`
        : `comment: ${result.action} ${result.url} (the report could not be built)`,
    );
  } catch (error) {
    io.warn(`comment: could not write the failure comment: ${why(error)}`);
  } finally {
    await opened.http.close();
  }
}
