/**
 * How the Action writes an ending (run/ending.ts): the log line and warnings as annotations, the
 * request body and summary as files, the job summary, the step outputs, the PR comment, the
 * delivery note; failures through core.setFailed (the one place that fails the step). Every log
 * line goes through one command-safe writer, and everything outside the log (files, summary,
 * comment), which the runner's masking does not reach, is redacted here.
 */
import { appendFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import type { ActionOptions } from '../config/from-action-inputs.js';
import { redactSecrets } from '../api/redact.js';
import { describeError } from '../errors.js';
import { SETTING_NAMES } from '../config/settings.js';
import { plainText } from '../plain-text.js';
import type { ReportModel } from '../reporter/report-model.js';
import { JOB_SUMMARY_BUDGET } from '../reporter/text-budget.js';
import { deliveryNote, failureLine, type Ending, type EntryWriter } from '../run/ending.js';
import { safeText } from '../run/safe-output.js';
import { boundedFetch, type GitHubFetchOptions } from './github-fetch.js';
import { actionOutputs, type OutputFiles } from './outputs.js';
import { commentKey, pullRequestOf, upsertComment } from './pr-comment.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A log line, one line per call, with no runner command in it (the runner masks the secrets). */
export function info(line: string): void {
  core.info(safeText(plainText(line), (text) => text));
}

/** An annotation; its text is a command's data (escaped by the toolkit), still kept command-free. */
export function warning(line: string): void {
  core.warning(safeText(plainText(line), (text) => text));
}

/** The pipeline's log: its `warning: ` lines become annotations, the rest plain log lines. */
export function log(line: string): void {
  if (line.startsWith('warning: ')) warning(line.slice('warning: '.length));
  else info(line);
}

/** The step fails with these lines (command data, escaped by the toolkit, kept command-free anyway). */
function setFailed(message: string): void {
  core.setFailed(safeText(message, (text) => text));
}

/** The request body and the summary as files in RUNNER_TEMP, for later steps (upload, re-send). */
async function writeFiles(body: string, markdown: string, env: Env): Promise<OutputFiles> {
  const dir = await mkdtemp(join(env['RUNNER_TEMP'] ?? tmpdir(), 'iacm-reporter-'));
  const payloadFile = join(dir, 'event.json');
  const summaryFile = join(dir, 'summary.md');
  await writeFile(payloadFile, body, 'utf8');
  await writeFile(summaryFile, markdown, 'utf8');
  return { payloadFile, summaryFile };
}

async function writeJobSummary(markdown: string, env: Env): Promise<void> {
  const file = env['GITHUB_STEP_SUMMARY'];
  if (!file) {
    info('job summary: skipped (GITHUB_STEP_SUMMARY is not set)');
    return;
  }
  try {
    await appendFile(file, markdown, 'utf8');
  } catch (error) {
    // The report is sent and the summary is in summary-markdown-file: not a reason to fail.
    warning(`job summary: could not write ${file}: ${describeError(error, SETTING_NAMES.action)}`);
  }
}

/**
 * Test seam: `IACM_TEST_GITHUB_TIMEOUTS=try_ms,attempts,budget_ms` shortens the GitHub bounds so a
 * test of a silent API runs in seconds. Not documented for users.
 */
function githubFetchOptions(env: Env): GitHubFetchOptions {
  const raw = env['IACM_TEST_GITHUB_TIMEOUTS'];
  if (raw === undefined || raw === '') return {};
  const [tryTimeoutMs, maxAttempts, budgetMs] = raw.split(',').map(Number);
  return { tryTimeoutMs, maxAttempts, budgetMs, baseDelayMs: 50 };
}

/** A comment that cannot be written (a fork's read-only token, say) is a warning, not a failed report. */
async function comment(
  ending: Ending,
  options: ActionOptions,
  env: Env,
  secrets: readonly string[],
): Promise<void> {
  if (options.comment === 'off') return;
  const pr = await pullRequestOf(env);
  if ('skip' in pr) {
    info(`comment: skipped, ${pr.skip}`);
    return;
  }
  if (!options.githubToken) {
    warning('comment: skipped, the github-token input is empty');
    return;
  }
  try {
    const client = getOctokit(options.githubToken, {
      baseUrl: env['GITHUB_API_URL'] ?? 'https://api.github.com',
      // Every GitHub call bounded in time, size and retries: a silent API must not hold the step.
      request: { fetch: boundedFetch(githubFetchOptions(env)) },
    });
    const result = await upsertComment(client, pr, {
      key: commentKey(options.commentKey, env),
      mode: options.comment,
      model: ending.model,
      facts: ending.facts,
      render: ending.markdown,
      secrets,
    });
    info(
      result.action === 'skipped'
        ? `comment: skipped, ${result.reason}`
        : `comment: ${result.action} ${result.url}`,
    );
  } catch (error) {
    warning(
      `comment: could not write the pull request comment: ${describeError(error, SETTING_NAMES.action)}`,
    );
  }
}

function logModel(model: ReportModel): void {
  const c = model.resourceCounts;
  info(
    `${model.eventType}: ${c.added} to add, ${c.changed} to change, ${c.deleted} to destroy, ` +
      `${c.imported} to import, ${c.removed} to forget; ${model.driftedCount} drifted`,
  );
}

export interface ActionWriterContext {
  readonly env: Env;
  /** The comment settings; unknown until the inputs are read (a refused run has none). */
  options?: ActionOptions;
  /** Secrets to keep out of files and comments (the runner masks them in the log). */
  readonly secrets: string[];
}

export function actionWriter(context: ActionWriterContext): EntryWriter {
  const { env, secrets } = context;
  return {
    async write(ending) {
      logModel(ending.model);
      // Each warning once, as an annotation (the summary lists them too, for readers of the page).
      for (const line of ending.model.warnings) warning(line);
      const markdown = redactSecrets(ending.markdown(JOB_SUMMARY_BUDGET), secrets);
      const files = await writeFiles(ending.body, markdown, env);
      await writeJobSummary(markdown, env);
      const outputs = actionOutputs(ending.model, {
        ...files,
        partialFile: ending.partialFile,
        spoolFile: ending.delivery?.kind === 'spooled' ? ending.delivery.file : undefined,
      });
      for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
      if (context.options !== undefined) await comment(ending, context.options, env, secrets);
      const note = deliveryNote(ending);
      if (note !== undefined) info(note);
      return [];
    },
    fail(failures) {
      setFailed(failures.map((failure) => failureLine(failure, 'action')).join('\n'));
    },
    refuse(error) {
      setFailed(describeError(error, SETTING_NAMES.action));
    },
  };
}
