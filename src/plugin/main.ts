/**
 * The Harness plugin entry: PLUGIN_* settings -> runReport -> output variables, log summary,
 * gates. The one place that decides the exit code:
 *   0 reported; 2 bad settings or input (one line, no stack); 1 delivery, API or gate failure.
 * Outputs and the summary are written before a delivery failure or a gate is reported, because
 * Harness keeps a failed step's outputs and a team should not lose its report to a gate.
 */
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { redact } from '../api/redact.js';
import type { SpoolOptions } from '../api/spool.js';
import { configFromPluginEnv, ENDPOINT_VARIABLES } from '../config/from-plugin-env.js';
import { isPluginMerge, mergeConfigFromPluginEnv } from '../config/from-plugin-merge.js';
import type { MergeConfig } from '../config/merge-schema.js';
import { renderWorkspacesText } from '../reporter/workspaces-summary.js';
import { runMerge, type MergeOutcome } from '../run/run-merge.js';
import type { ReportConfig } from '../config/schema.js';
import { describeError, EXIT_FAILURE, EXIT_OK, exitCodeOf } from '../errors.js';
import { SETTING_NAMES } from '../config/settings.js';
import type { ReportModel } from '../reporter/report-model.js';
import { gateMessage, NO_FACTS, type RunFacts } from '../reporter/run-facts.js';
import { renderTextSummary } from '../reporter/text-summary.js';
import { runReport, type ReportOutcome, type RunIo } from '../run/run-report.js';
import { dryRunBodyLines } from './dry-run-body.js';
import { outputFilePath, outputVariables, SUMMARY_MAX_BYTES, writeOutputFile } from './output-file.js';
import { REPORTER_NAME, VERSION } from '../version.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface PluginIo {
  readonly env: Env;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Progress is drawn only on a terminal; a Harness log is not one. */
  readonly stderrIsTTY: boolean;
}

export type RunReportFn = (config: ReportConfig, io: RunIo) => Promise<ReportOutcome>;

/** The log can hold more than an output variable, but a tree of thousands of units need not be listed whole. */
const LOG_SUMMARY_MAX_BYTES = 256 * 1024;

/** Every secret the settings could carry, known before they are validated, for redaction. */
function secretsOf(env: Env): string[] {
  const secrets = [env['PLUGIN_API_KEY']?.trim() ?? ''];
  try {
    const parsed: unknown = JSON.parse(env[ENDPOINT_VARIABLES] ?? '');
    if (typeof parsed === 'object' && parsed !== null) {
      const token = (parsed as Record<string, unknown>)['token'];
      if (typeof token === 'string') secrets.push(token.trim());
    }
  } catch {
    // Malformed: the config reader says so, without quoting it.
  }
  return secrets.filter((secret) => secret !== '');
}

/**
 * Relative plan paths are meant relative to the checkout. Harness runs plugin steps in it
 * (HARNESS_WORKSPACE, `/harness`), but the image's own folder must not change what a path means.
 */
export function workingFolder(env: Env, cwd: string): string {
  const workspace = env['HARNESS_WORKSPACE'];
  if (workspace === undefined || !isAbsolute(workspace)) return cwd;
  try {
    return statSync(workspace).isDirectory() ? workspace : cwd;
  } catch {
    return cwd;
  }
}

/**
 * The summary, redacted and still within `maxBytes`: a redaction marker can be longer than a
 * (short) secret it replaces, so cut again by the overshoot until it fits.
 */
export function fittedSummary(
  model: ReportModel,
  maxBytes: number,
  secrets: readonly string[],
  facts: RunFacts = NO_FACTS,
): string {
  let budget = maxBytes;
  for (;;) {
    const text = redact(renderTextSummary(model, { maxBytes: budget, facts }), secrets);
    const over = Buffer.byteLength(text, 'utf8') - maxBytes;
    if (over <= 0 || budget <= 0) return over <= 0 ? text : '';
    budget -= over;
  }
}

/** Where a dry run's body is written: the spool folder, as for an undelivered body. */
function spoolOf(config: { readonly spoolDir?: string | undefined }, io: PluginIo): SpoolOptions {
  const base = { env: io.env, cwd: workingFolder(io.env, io.cwd) };
  return config.spoolDir === undefined ? base : { ...base, spoolDir: config.spoolDir };
}

function progressDrawer(io: PluginIo): RunIo['progress'] {
  if (!io.stderrIsTTY) return undefined;
  // Erased when done, so the summary starts on a clean line.
  return (done, total) =>
    io.stderr(done >= total ? '\r\u001b[2K' : `\r\u001b[2KReading Terragrunt units: ${done}/${total}`);
}

export async function runPlugin(io: PluginIo, report: RunReportFn = runReport): Promise<number> {
  if (isPluginMerge(io.env)) return runPluginMerge(io);
  const secrets = secretsOf(io.env);
  const out = (line: string): void => io.stdout(`${redact(line, secrets)}\n`);
  const err = (line: string): void => io.stderr(`${redact(line, secrets)}\n`);
  const fail = (error: unknown): number => {
    err(`iacm-report: error: ${describeError(error, SETTING_NAMES.plugin)}`);
    return exitCodeOf(error);
  };

  let config: ReportConfig;
  let outcome: ReportOutcome;
  try {
    const parsed = configFromPluginEnv(io.env);
    for (const warning of parsed.warnings) err(`warning: ${warning}`);
    config = parsed.config;
    if (config.connection.apiKey !== undefined) secrets.push(config.connection.apiKey);
    outcome = await report(config, {
      env: io.env,
      cwd: workingFolder(io.env, io.cwd),
      log: err,
      progress: progressDrawer(io),
    });
  } catch (error) {
    return fail(error);
  }

  let exitCode = EXIT_OK;
  const { model, delivery, facts } = outcome;
  const outputFile = outputFilePath(io.env);
  if (outputFile !== undefined) {
    try {
      const summary = fittedSummary(model, SUMMARY_MAX_BYTES, secrets, facts);
      await writeOutputFile(outputFile, outputVariables(model, outcome.event, summary));
    } catch (error) {
      err(
        `iacm-report: error: could not write the output variables to ${outputFile}: ${error instanceof Error ? error.message : String(error)}`,
      );
      exitCode = EXIT_FAILURE;
    }
  }

  // Which release ran, for whoever reads the step log later. Not before the run: a bad setting
  // keeps its contract of one line on stderr and nothing on stdout.
  out(`${REPORTER_NAME} ${VERSION}`);
  out(renderTextSummary(model, { maxBytes: LOG_SUMMARY_MAX_BYTES, facts }));
  switch (delivery.kind) {
    case 'sent':
      out(
        `Sent the ${outcome.event.event_type} event to IaCM workspace "${config.connection.workspace ?? ''}".`,
      );
      break;
    case 'dry-run':
      for (const line of await dryRunBodyLines('the event', outcome.body, spoolOf(config, io))) out(line);
      break;
    case 'saved':
      out(`Partial report saved to ${config.savePartial ?? ''}; nothing sent (the merge step sends).`);
      break;
    case 'spooled':
      err(`iacm-report: error: ${describeError(delivery.error, SETTING_NAMES.plugin)}`);
      err(
        `The event body was saved to ${delivery.file}; send it later with: iacm-report send --payload ${delivery.file}`,
      );
      exitCode = EXIT_FAILURE;
      break;
  }

  for (const gate of outcome.gates) {
    err(`iacm-report: gate failed: ${gateMessage(gate)}`);
    exitCode = EXIT_FAILURE;
  }
  return exitCode;
}

/**
 * The step after a looping strategy (`settings.merge`): the legs' partials -> one event (or, with
 * comment_only, one summary over many workspaces), the same outputs and exit codes as a report.
 */
async function runPluginMerge(io: PluginIo): Promise<number> {
  const secrets = secretsOf(io.env);
  const out = (line: string): void => io.stdout(`${redact(line, secrets)}\n`);
  const err = (line: string): void => io.stderr(`${redact(line, secrets)}\n`);
  let config: MergeConfig;
  let outcome: MergeOutcome;
  try {
    const parsed = mergeConfigFromPluginEnv(io.env);
    for (const warning of parsed.warnings) err(`warning: ${warning}`);
    config = parsed.config;
    if (config.connection.apiKey !== undefined) secrets.push(config.connection.apiKey);
    outcome = await runMerge(config, { env: io.env, cwd: workingFolder(io.env, io.cwd), log: err });
  } catch (error) {
    err(`iacm-report: error: ${describeError(error, SETTING_NAMES.plugin)}`);
    return exitCodeOf(error);
  }

  let exitCode = EXIT_OK;
  const { model } = outcome;
  const summary = (maxBytes: number): string =>
    outcome.kind === 'comment-only'
      ? redact(renderWorkspacesText(outcome.sections, outcome.notes, maxBytes), secrets)
      : fittedSummary(model, maxBytes, secrets, outcome.facts);
  const outputFile = outputFilePath(io.env);
  if (outputFile !== undefined) {
    try {
      const event = outcome.kind === 'event' ? outcome.event : { event_type: model.eventType };
      await writeOutputFile(outputFile, outputVariables(model, event, summary(SUMMARY_MAX_BYTES)));
    } catch (error) {
      err(
        `iacm-report: error: could not write the output variables to ${outputFile}: ${describeError(error, SETTING_NAMES.plugin)}`,
      );
      exitCode = EXIT_FAILURE;
    }
  }
  out(summary(LOG_SUMMARY_MAX_BYTES));
  if (outcome.kind === 'comment-only') {
    out(
      `Comment only: ${outcome.sections.length} workspace(s), ${outcome.legs.length} leg(s); nothing sent.`,
    );
  } else if (outcome.delivery.kind === 'sent') {
    out(
      `Sent the merged ${outcome.event.event_type} event of ${outcome.legs.length} leg(s) to IaCM workspace "${config.connection.workspace ?? ''}".`,
    );
  } else if (outcome.delivery.kind === 'dry-run') {
    for (const line of await dryRunBodyLines('the merged event', outcome.body, spoolOf(config, io)))
      out(line);
  } else if (outcome.delivery.kind === 'spooled') {
    err(`iacm-report: error: ${describeError(outcome.delivery.error, SETTING_NAMES.plugin)}`);
    err(
      `The event body was saved to ${outcome.delivery.file}; send it later with: iacm-report send --payload ${outcome.delivery.file}`,
    );
    exitCode = EXIT_FAILURE;
  }
  for (const gate of outcome.gates) {
    err(`iacm-report: gate failed: ${gateMessage(gate)}`);
    exitCode = EXIT_FAILURE;
  }
  return exitCode;
}

/** The process entry: real streams, real environment; sets the exit code and nothing else global. */
export async function run(): Promise<void> {
  try {
    process.exitCode = await runPlugin({
      env: process.env,
      cwd: process.cwd(),
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
      stderrIsTTY: process.stderr.isTTY === true,
    });
  } catch (error) {
    // Only a bug gets here (runPlugin catches what it expects); still one line, no stack.
    process.stderr.write(`iacm-report: error: ${describeError(error, SETTING_NAMES.plugin)}\n`);
    process.exitCode = exitCodeOf(error);
  }
}
