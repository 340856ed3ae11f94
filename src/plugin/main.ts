/**
 * The Harness plugin entry: PLUGIN_* settings -> runReport (or runMerge) -> the one ending
 * (run/ending.ts) through the plugin's writer (plugin-writer.ts: output variables, log summary,
 * failures). Outputs and the summary are written before a delivery failure or a gate is reported,
 * because Harness keeps a failed step's outputs and a team should not lose its report to a gate.
 */
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { configFromPluginEnv, ENDPOINT_VARIABLES } from '../config/from-plugin-env.js';
import { isPluginMerge, mergeConfigFromPluginEnv } from '../config/from-plugin-merge.js';
import type { ReportConfig } from '../config/schema.js';
import { describeError, exitCodeOf } from '../errors.js';
import { SETTING_NAMES } from '../config/settings.js';
import { endWith, mergeEnding, reportEnding } from '../run/ending.js';
import { runMerge } from '../run/run-merge.js';
import { runReport, type ReportOutcome, type RunIo } from '../run/run-report.js';
import { pluginWriter } from './plugin-writer.js';

export { fittedSummary } from './plugin-writer.js';

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

function progressDrawer(io: PluginIo): RunIo['progress'] {
  if (!io.stderrIsTTY) return undefined;
  // Erased when done, so the summary starts on a clean line.
  return (done, total) =>
    io.stderr(done >= total ? '\r\u001b[2K' : `\r\u001b[2KReading Terragrunt units: ${done}/${total}`);
}

/**
 * One step: a report, or with settings.merge the step after a looping strategy (the legs'
 * partials -> one event, or with comment_only one summary over many workspaces). Exit codes:
 * 0 reported; 2 bad settings or input (one line, no stack); 1 delivery, API, output or gate failure.
 */
export function runPlugin(io: PluginIo, report: RunReportFn = runReport): Promise<number> {
  const writer = pluginWriter({ ...io, cwd: workingFolder(io.env, io.cwd) }, secretsOf(io.env));
  const runIo = (): RunIo => ({
    env: io.env,
    cwd: workingFolder(io.env, io.cwd),
    log: writer.log,
    progress: progressDrawer(io),
  });
  return endWith(writer, async () => {
    if (isPluginMerge(io.env)) {
      const { config, warnings } = mergeConfigFromPluginEnv(io.env);
      for (const warning of warnings) writer.log(`warning: ${warning}`);
      writer.addSecret(config.connection.apiKey);
      writer.configure({ review: config.review, spoolDir: config.spoolDir });
      return mergeEnding(await runMerge(config, runIo()), config.connection.workspace);
    }
    const { config, warnings } = configFromPluginEnv(io.env);
    for (const warning of warnings) writer.log(`warning: ${warning}`);
    writer.addSecret(config.connection.apiKey);
    writer.configure({ review: config.review, spoolDir: config.spoolDir });
    return reportEnding(await report(config, runIo()), config.connection.workspace);
  });
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
