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
import { readInput } from '../config/from-action-inputs.js';
import { reviewSettingsFrom } from '../config/review-inputs.js';
import type { ReviewConfig } from '../config/review-settings.js';
import { writeBodyFile, type EventBody } from '../api/event-body.js';
import { redactSecrets } from '../api/redact.js';
import { describeError } from '../errors.js';
import { SETTING_NAMES } from '../config/settings.js';
import { plainText } from '../plain-text.js';
import { coverageLine, warningsBesideCoverage } from '../reporter/coverage.js';
import type { ReportModel } from '../reporter/report-model.js';
import { JOB_SUMMARY_BUDGET } from '../reporter/text-budget.js';
import { deliveryNote, failureLine, type EntryWriter } from '../run/ending.js';
import { failureMarkdown, publishFailure, publishReview, type ReviewIo } from '../run/review.js';
import { reviewIo } from '../run/review-io.js';
import { safeText } from '../run/safe-output.js';
import { actionOutputs, type OutputFiles } from './outputs.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The secrets the log hides itself. The runner masks them as given, but not what is left of one
 * after a cut (`…` and the key's last characters, api/secret-traces.ts); set by actionWriter.
 */
let logSecrets: readonly string[] = [];
const redactLog = (text: string): string => redactSecrets(text, logSecrets);

/** A log line, one line per call, with no runner command and no secret in it. */
export function info(line: string): void {
  core.info(safeText(plainText(line), redactLog));
}

/** An annotation; its text is a command's data (escaped by the toolkit), still kept command-free. */
export function warning(line: string): void {
  core.warning(safeText(plainText(line), redactLog));
}

/** The pipeline's log: its `warning: ` lines become annotations, the rest plain log lines. */
export function log(line: string): void {
  if (line.startsWith('warning: ')) warning(line.slice('warning: '.length));
  else info(line);
}

/** The step fails with these lines (command data, escaped by the toolkit, kept command-free anyway). */
function setFailed(message: string): void {
  core.setFailed(safeText(message, redactLog));
}

/** The request body and the summary as files in RUNNER_TEMP, for later steps (upload, re-send). */
async function writeFiles(body: EventBody, markdown: string, env: Env): Promise<OutputFiles> {
  const dir = await mkdtemp(join(env['RUNNER_TEMP'] ?? tmpdir(), 'iacm-reporter-'));
  const payloadFile = join(dir, 'event.json');
  const summaryFile = join(dir, 'summary.md');
  // Owner-only, as the spool: the body names the repository's resources and costs.
  await writeBodyFile(payloadFile, body, { mode: 0o600 });
  await writeFile(summaryFile, markdown, { encoding: 'utf8', mode: 0o600 });
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

/** The review's lines: progress in the log, warnings as annotations. */
function actionReviewIo(env: Env, secrets: readonly string[]): ReviewIo {
  return reviewIo({ env, secrets, log: info, warn: warning });
}

function logModel(model: ReportModel): void {
  const c = model.resourceCounts;
  info(
    `${model.eventType}: ${c.added} to add, ${c.changed} to change, ${c.deleted} to destroy, ` +
      `${c.imported} to import, ${c.removed} to forget; ${model.driftedCount} drifted`,
  );
  // One annotation for what the report does not cover, so the checks page shows it.
  const gaps = coverageLine(model);
  if (gaps !== undefined) warning(gaps);
}

export interface ActionWriterContext {
  readonly env: Env;
  /** The review settings (comment, check run); unknown until the inputs are read. */
  review?: ReviewConfig;
  /** Secrets to keep out of files and comments (the runner masks them in the log). */
  readonly secrets: string[];
}

export function actionWriter(context: ActionWriterContext): EntryWriter {
  const { env, secrets } = context;
  logSecrets = secrets;
  return {
    async write(ending) {
      logModel(ending.model);
      // Each warning once, as an annotation (the summary lists them too, for readers of the page).
      for (const line of warningsBesideCoverage(ending.model)) warning(line);
      const markdown = redactSecrets(ending.markdown(JOB_SUMMARY_BUDGET), secrets);
      const files = await writeFiles(ending.body, markdown, env);
      await writeJobSummary(markdown, env);
      const outputs = actionOutputs(ending.model, {
        ...files,
        partialFile: ending.partialFile,
        spoolFile: ending.delivery?.kind === 'spooled' ? ending.delivery.file : undefined,
      });
      for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
      // A comment or check run that cannot be written is a warning, never a lost report.
      if (context.review !== undefined) {
        await publishReview(
          context.review,
          { model: ending.model, facts: ending.facts, render: ending.markdown },
          actionReviewIo(env, secrets),
        );
      }
      const note = deliveryNote(ending);
      if (note !== undefined) info(note);
      return [];
    },
    fail(failures) {
      setFailed(failures.map((failure) => failureLine(failure, 'action')).join('\n'));
    },
    async refuse(error) {
      const message = describeError(error, SETTING_NAMES.action);
      // No report: the job summary and the sticky comment say so, so an earlier run's green comment
      // does not stand over a failed one (the settings as far as they can be read).
      const reason = plainText(message.split('\n')[0] ?? message);
      await writeJobSummary(failureMarkdown(reason, env, secrets), env);
      const review = context.review ?? reviewSettingsFrom('action', (name) => readInput(env, name));
      if (review !== undefined) await publishFailure(review, reason, actionReviewIo(env, secrets));
      setFailed(message);
    },
  };
}
