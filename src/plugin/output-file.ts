/**
 * The plugin's output variables: `KEY=value` lines appended to the file Harness names in
 * HARNESS_OUTPUT_FILE (DRONE_OUTPUT on older runners), read by later steps as
 * `<+steps.STEP_ID.output.outputVariables.KEY>`.
 *
 * Rules from the runner: one line per variable, so values carry no newline; a value starting
 * `__B64__` is base64-decoded by the runner (that is how the multi-line SUMMARY travels); a line
 * over 64 KiB fails the step. Nothing secret goes here: these values are shown in the UI.
 */
import { appendFile } from 'node:fs/promises';
import type { SendEventRequest } from '../reporter/event-schema.js';
import type { ReportModel } from '../reporter/report-model.js';
import { reportOutputs } from '../reporter/report-outputs.js';

type Env = Readonly<Record<string, string | undefined>>;

export const OUTPUT_NAMES = [
  'ADDED',
  'CHANGED',
  'DELETED',
  'IMPORTED',
  'REMOVED',
  'UNCHANGED',
  'DRIFTED',
  'HAS_CHANGES',
  'HAS_DRIFT',
  'COST_DIFF_MONTHLY',
  'EVENT_TYPE',
  'POLICY_STATUS',
  'ACTIVITY_ID',
  'COMPLETE',
  'SUMMARY',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];
export type OutputVariables = Record<OutputName, string>;

export const B64_PREFIX = '__B64__';

/** The runner reads the file with a 64 KiB line buffer; the newline has to fit in it too. */
export const MAX_LINE_BYTES = 64 * 1024 - 1;

const SUMMARY_LINE_PREFIX = `SUMMARY=${B64_PREFIX}`;

/**
 * The largest plain summary (UTF-8 bytes) whose SUMMARY line stays under the limit: base64 turns
 * every 3 bytes into 4 characters.
 */
export const SUMMARY_MAX_BYTES = Math.floor((MAX_LINE_BYTES - 1 - SUMMARY_LINE_PREFIX.length) / 4) * 3;

/** The file to write, or undefined when the step was not given one (run outside Harness). */
export function outputFilePath(env: Env): string | undefined {
  return [env['HARNESS_OUTPUT_FILE'], env['DRONE_OUTPUT']].find(
    (path) => path !== undefined && path.trim() !== '',
  );
}

/** The variables for a run. `summary` is the plain-text summary, already cut to SUMMARY_MAX_BYTES. */
export function outputVariables(
  model: ReportModel,
  event: SendEventRequest,
  summary: string,
): OutputVariables {
  const shared = Object.fromEntries(
    Object.entries(reportOutputs(model)).map(([name, value]) => [
      name.toUpperCase().replace(/-/g, '_'),
      value,
    ]),
  ) as Omit<OutputVariables, 'SUMMARY'>;
  return {
    ...shared,
    // From the event as sent, so the output can never disagree with what Harness received.
    EVENT_TYPE: event.event_type,
    SUMMARY: `${B64_PREFIX}${Buffer.from(summary, 'utf8').toString('base64')}`,
  };
}

/** One line per variable; control characters (newlines above all) become spaces. */
export function formatOutputFile(variables: Readonly<Record<string, string>>): string {
  let text = '';
  for (const [key, value] of Object.entries(variables)) {
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    const line = `${key}=${value.replace(/[\u0000-\u001f\u007f]/g, ' ')}`;
    if (Buffer.byteLength(line, 'utf8') + 1 > MAX_LINE_BYTES) {
      throw new RangeError(
        `output ${key} is ${Buffer.byteLength(line, 'utf8')} bytes, over the runner's line limit`,
      );
    }
    text += `${line}\n`;
  }
  return text;
}

/**
 * Appends (never truncates: the runner creates the file, and anything already in it is someone's
 * output too).
 */
export async function writeOutputFile(
  path: string,
  variables: Readonly<Record<string, string>>,
): Promise<void> {
  await appendFile(path, formatOutputFile(variables), { encoding: 'utf8', mode: 0o644 });
}
