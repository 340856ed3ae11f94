/**
 * The GitHub Action: inputs -> runReport (or runMerge, with `merge:`) -> the one ending
 * (run/ending.ts) through the Action's writer (action-writer.ts: job summary, outputs, PR comment,
 * then gates), as in actions/typescript-action one place fails the step.
 *
 * Order matters: secrets are masked before anything can print them; the report is sent and the
 * summary, outputs and comment written before a gate or a failed send fails the step, so a team
 * never loses its report to a gate.
 */
import * as core from '@actions/core';
import {
  isMergeStep,
  readActionMergeInputs,
  readActionInputs,
  readInput,
  SECRET_INPUTS,
} from '../config/from-action-inputs.js';
import { EXIT_OK } from '../errors.js';
import { endWith, mergeEnding, reportEnding } from '../run/ending.js';
import { runMerge } from '../run/run-merge.js';
import { runReport } from '../run/run-report.js';
import { actionWriter, info, log, type ActionWriterContext } from './action-writer.js';
import { REPORTER_NAME, VERSION } from '../version.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Registers every secret input with the runner, so the log shows `***` wherever one turns up. */
function maskSecrets(env: Env): string[] {
  const secrets: string[] = [];
  for (const name of SECRET_INPUTS) {
    const value = readInput(env, name);
    if (value === undefined) continue;
    core.setSecret(value);
    secrets.push(value);
  }
  return secrets;
}

/** The whole step. Reads process.env (as @actions/core does for outputs and commands). */
export async function run(): Promise<void> {
  const env: Env = process.env;
  const context: ActionWriterContext = { env, secrets: maskSecrets(env) };
  const writer = actionWriter(context);
  // Which release ran, for whoever reads the log later (after the masks, which must come first).
  info(`${REPORTER_NAME} ${VERSION}`);
  const exitCode = await endWith(writer, async () => {
    const io = { env, cwd: process.cwd(), log };
    if (isMergeStep(env)) {
      const { merge } = readActionMergeInputs(env);
      context.review = merge.review;
      return mergeEnding(await runMerge(merge, io), merge.connection.workspace);
    }
    const { config } = readActionInputs(env);
    context.review = config.review;
    return reportEnding(await runReport(config, io), config.connection.workspace);
  });
  // setFailed exits 1; keep the project-wide codes (2 for bad input) for scripts that look.
  if (exitCode !== EXIT_OK) process.exitCode = exitCode;
}
