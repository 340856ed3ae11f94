/**
 * The GitHub Action: inputs -> runReport -> payload file, job summary, outputs, PR comment ->
 * gates. The only place that fails the step (core.setFailed), as in actions/typescript-action.
 *
 * Order matters: secrets are masked before anything can print them; the report is sent and the
 * summary, outputs and comment written before a gate or a failed send fails the step, so a team
 * never loses its report to a gate.
 */
import { appendFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import {
  isMergeStep,
  readActionMergeInputs,
  readActionInputs,
  readInput,
  SECRET_INPUTS,
} from '../config/from-action-inputs.js';
import type { ReviewConfig } from '../config/review-settings.js';
import { reviewSettingsFrom } from '../config/review-inputs.js';
import { redactSecrets } from '../api/redact.js';
import { describeError, EXIT_FAILURE, exitCodeOf } from '../errors.js';
import { SETTING_NAMES } from '../config/settings.js';
import { plainText } from '../plain-text.js';
import { renderMarkdownSummary } from '../reporter/markdown-summary.js';
import type { ReportModel } from '../reporter/report-model.js';
import { gateMessage, type RunFacts } from '../reporter/run-facts.js';
import { JOB_SUMMARY_BUDGET } from '../reporter/text-budget.js';
import { runMerge } from '../run/run-merge.js';
import { runReport } from '../run/run-report.js';
import { renderWorkspacesMarkdown } from '../reporter/workspaces-summary.js';
import { actionOutputs, type OutputFiles } from './outputs.js';
import { failureMarkdown, publishFailure, publishReview, type Renderer } from '../run/review.js';
import { REPORTER_NAME, VERSION } from '../version.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * A log line that quotes input (file names, messages) must stay one line and must not start with
 * `::`, or a crafted name could issue a workflow command (`::add-mask::`, `::stop-commands::`).
 */
function logLine(line: string): string {
  const plain = plainText(line);
  return /^\s*::/.test(plain) ? `> ${plain}` : plain;
}

/** Registers every secret input with the runner, so the log shows `***` wherever one turns up. */
function maskSecrets(env: Env): void {
  for (const name of SECRET_INPUTS) {
    const value = readInput(env, name);
    if (value !== undefined) core.setSecret(value);
  }
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
    core.info('job summary: skipped (GITHUB_STEP_SUMMARY is not set)');
    return;
  }
  try {
    await appendFile(file, markdown, 'utf8');
  } catch (error) {
    // The report is sent and the summary is in summary-markdown-file: not a reason to fail.
    core.warning(`job summary: could not write ${file}: ${describeError(error, SETTING_NAMES.action)}`);
  }
}

/** The comment and check run; one that cannot be written is a warning, not a failed report. */
async function review(
  settings: ReviewConfig,
  report: { model: ReportModel; facts: RunFacts; render?: Renderer | undefined },
  env: Env,
  secrets: readonly (string | undefined)[],
): Promise<void> {
  await publishReview(settings, report, {
    env,
    secrets,
    log: (line) => core.info(logLine(line)),
    warn: (line) => core.warning(plainText(line)),
  });
}

function logModel(model: ReportModel): void {
  const c = model.resourceCounts;
  core.info(
    `${model.eventType}: ${c.added} to add, ${c.changed} to change, ${c.deleted} to destroy, ` +
      `${c.imported} to import, ${c.removed} to forget; ${model.driftedCount} drifted`,
  );
}

/** The pipeline's log: its `warning: ` lines become annotations, the rest plain log lines. */
function log(line: string): void {
  if (line.startsWith('warning: ')) core.warning(plainText(line.slice('warning: '.length)));
  else core.info(logLine(line));
}

function fail(message: string, exitCode: number): void {
  core.setFailed(message);
  // setFailed exits 1; keep the project-wide codes (2 for bad input) for scripts that look.
  process.exitCode = exitCode;
}

/**
 * The final job of a matrix (`merge:`): the legs' partials -> one event, one job summary, one
 * comment; or with `comment-only`, one summary and comment over many workspaces, nothing sent.
 */
async function runMergeStep(env: Env): Promise<void> {
  const { merge } = readActionMergeInputs(env);
  const outcome = await runMerge(merge, { env, cwd: process.cwd(), log });
  logModel(outcome.model);
  for (const warning of outcome.model.warnings) core.warning(plainText(warning));
  const failures: string[] = [];
  let body = '';
  let markdown: string;
  let render: Renderer | undefined;
  if (outcome.kind === 'comment-only') {
    markdown = renderWorkspacesMarkdown(outcome.sections, outcome.notes, JOB_SUMMARY_BUDGET);
    render = (budget) => renderWorkspacesMarkdown(outcome.sections, outcome.notes, budget);
    core.info(
      `comment-only: ${outcome.sections.length} workspace(s), ${outcome.legs.length} leg(s); nothing sent`,
    );
  } else {
    body = outcome.body;
    markdown = renderMarkdownSummary(outcome.model, { budget: JOB_SUMMARY_BUDGET, facts: outcome.facts });
    const { delivery } = outcome;
    if (delivery.kind === 'dry-run') core.info('dry-run: the merged event was not sent to Harness');
    if (delivery.kind === 'sent') core.info('the merged event was sent to Harness IaCM');
    if (delivery.kind === 'spooled') {
      failures.push(
        `sending the event failed: ${describeError(delivery.error, SETTING_NAMES.action)}; the request body was saved to ${delivery.file}`,
      );
    }
  }
  // The key is masked in the log by the runner, but not in files and comments: redacted here, as
  // in a report step.
  const secrets = [merge.connection.apiKey];
  markdown = redactSecrets(markdown, secrets);
  const files = await writeFiles(body, markdown, env);
  await writeJobSummary(markdown, env);
  for (const [name, value] of Object.entries(actionOutputs(outcome.model, files)))
    core.setOutput(name, value);
  await review(merge.review, { model: outcome.model, facts: outcome.facts, render }, env, secrets);
  failures.push(...outcome.gates.map((gate) => `gate failed: ${gateMessage(gate)}`));
  if (failures.length > 0) fail(failures.join('\n'), EXIT_FAILURE);
}

/** The whole step. Reads process.env (as @actions/core does for outputs and commands). */
export async function run(): Promise<void> {
  const env: Env = process.env;
  try {
    maskSecrets(env);
    // Which release ran, for whoever reads the log later (after the masks, which must come first).
    core.info(`${REPORTER_NAME} ${VERSION}`);
    if (isMergeStep(env)) return await runMergeStep(env);
    const { config } = readActionInputs(env);
    const outcome = await runReport(config, { env, cwd: process.cwd(), log });
    const { model, delivery, facts } = outcome;
    logModel(model);
    // Each warning once, as an annotation (the summary lists them too, for readers of the page).
    for (const warning of model.warnings) core.warning(plainText(warning));

    // The key is masked in the log by the runner, but not in files and comments: redacted here.
    const secrets = [config.connection.apiKey];
    const markdown = redactSecrets(
      renderMarkdownSummary(model, { budget: JOB_SUMMARY_BUDGET, facts }),
      secrets,
    );
    const files = await writeFiles(outcome.body, markdown, env);
    await writeJobSummary(markdown, env);
    const outputs = actionOutputs(model, { ...files, partialFile: outcome.partialFile });
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
    await review(config.review, { model, facts }, env, secrets);

    const failures: string[] = [];
    if (delivery.kind === 'dry-run') core.info('dry-run: the event was not sent to Harness');
    if (delivery.kind === 'sent') core.info('the event was sent to Harness IaCM');
    if (delivery.kind === 'saved') core.info('partial report saved; nothing was sent (the merge step sends)');
    if (delivery.kind === 'spooled') {
      failures.push(
        `sending the event failed: ${describeError(delivery.error, SETTING_NAMES.action)}; the request body was saved to ${delivery.file}`,
      );
    }
    failures.push(...outcome.gates.map((gate) => `gate failed: ${gateMessage(gate)}`));
    if (failures.length > 0) fail(failures.join('\n'), EXIT_FAILURE);
  } catch (error) {
    const message = describeError(error, SETTING_NAMES.action);
    await reportFailure(message, env);
    fail(message, exitCodeOf(error));
  }
}

/**
 * No report: the job summary and the sticky comment (when commenting is on) say so, so a green
 * comment of an earlier run does not stand over a failed one. The exit code stays the error's.
 */
async function reportFailure(message: string, env: Env): Promise<void> {
  const settings = reviewSettingsFrom('action', (name) => readInput(env, name));
  const secrets = [readInput(env, 'api-key')];
  const reason = plainText(message.split('\n')[0] ?? message);
  await writeJobSummary(failureMarkdown(reason, env, secrets), env);
  if (settings === undefined) return;
  await publishFailure(settings, reason, {
    env,
    secrets,
    log: (line) => core.info(logLine(line)),
    warn: (line) => core.warning(plainText(line)),
  });
}
