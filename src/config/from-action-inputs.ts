/**
 * GitHub Action inputs -> one validated ReportConfig, plus the few settings only the Action has
 * (the PR comment). Reads the `INPUT_*` variables the runner sets, the way @actions/core does
 * (name upper-cased, spaces to `_`, hyphens kept: `INPUT_DRY-RUN`), so it is a pure function of
 * an environment and can be tested without a runner.
 *
 * Every problem is reported against the input name the user wrote in their workflow, never
 * against our internal field names.
 */
import * as z from '../zod-mini.js';
import { UsageError } from '../errors.js';
import { issuePath, ruleError } from './config-issues.js';
import { mergeConfigSchema, mergeInput, type MergeConfig } from './merge-schema.js';
import { reportConfigSchema, type ReportConfig } from './schema.js';
import {
  parseBooleanText,
  setPath,
  settingAt,
  settingsOf,
  splitList,
  WORLDS,
  type Setting,
} from './settings.js';

/** Every input action.yml declares: the table's Action rows, by name. A test keeps the two in step. */
export const ACTION_INPUTS: Readonly<Record<string, Setting>> = Object.fromEntries(
  settingsOf('action').map((row) => [row.name, row]),
);

/** The inputs whose values must be masked in the log before anything else runs. */
export const SECRET_INPUTS: readonly string[] = settingsOf('action')
  .filter((row) => row.secret === true)
  .map((row) => row.name);

/** The Action's own options (none left: the comment's rows are the review's, in every world). */
const actionOptionsSchema = z.object({});

export type ActionOptions = z.infer<typeof actionOptionsSchema>;

export interface ActionInputs {
  readonly config: ReportConfig;
  readonly options: ActionOptions;
}

/** The variable the runner sets for an input, exactly as @actions/core's getInput looks it up. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** An input's value, trimmed; undefined when unset or empty (the runner passes unset inputs as ''). */
export function readInput(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
): string | undefined {
  const value = env[inputVariable(name)]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  raw: Record<string, unknown>,
  prefix = '',
): string {
  return issues
    .map((issue) => {
      const rule = ruleError(issue, 'action');
      if (rule) return rule.message;
      const setting = settingAt(issuePath(issue, prefix), 'action');
      const name = setting?.name ?? issuePath(issue, prefix);
      const value = setting?.secret ? undefined : raw[name];
      const shown = typeof value === 'string' ? ` (got ${JSON.stringify(value)})` : '';
      return `input "${name}": ${issue.message}${shown}`;
    })
    .join('; ');
}

interface CollectedInputs {
  readonly configInput: Record<string, unknown>;
  readonly optionsInput: Record<string, unknown>;
  /** The merge step's own inputs (`merge.*` rows), at their paths under `merge`. */
  readonly mergeInput: Record<string, unknown>;
  readonly raw: Record<string, unknown>;
  readonly problems: string[];
}

/** Every input set, parsed by kind and put at its row's path; bad booleans collected. */
function collectInputs(env: Readonly<Record<string, string | undefined>>): CollectedInputs {
  const configInput: Record<string, unknown> = {};
  const optionsInput: Record<string, unknown> = {};
  const mergeInput: Record<string, unknown> = {};
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];

  for (const row of settingsOf('action')) {
    const value = readInput(env, row.name);
    if (value === undefined) continue;
    raw[row.name] = value;
    let parsed: unknown = value;
    if (row.kind === 'list') parsed = splitList(value);
    if (row.kind === 'boolean') {
      parsed = parseBooleanText(value);
      if (parsed === undefined) {
        problems.push(`input "${row.name}": must be true or false (got ${JSON.stringify(value)})`);
        continue;
      }
    }
    if (row.path.startsWith('action.')) setPath(optionsInput, row.path.slice('action.'.length), parsed);
    else if (row.path.startsWith('merge.')) setPath(mergeInput, row.path, parsed);
    else setPath(configInput, row.path, parsed);
  }
  return { configInput, optionsInput, mergeInput, raw, problems };
}

/** Whether the step is the final job of a matrix (`merge:` set) rather than a report. */
export function isMergeStep(env: Readonly<Record<string, string | undefined>>): boolean {
  return readInput(env, 'merge') !== undefined;
}

/** Reads and validates every input. Throws UsageError (exit 2) naming the inputs at fault. */
export function readActionInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  const { configInput, optionsInput, mergeInput, raw, problems } = collectInputs(env);
  for (const [name, value] of Object.entries((mergeInput['merge'] ?? {}) as Record<string, unknown>)) {
    if (value === false) continue; // action.yml's default for a switch
    const input = settingAt(`merge.${name}`, 'action')?.name ?? name;
    problems.push(`input "${input}" goes with the "merge" input (the final job of a matrix)`);
  }

  const config = reportConfigSchema.safeParse(configInput);
  if (!config.success) problems.push(describeIssues(config.error.issues, raw));
  const options = actionOptionsSchema.safeParse(optionsInput);
  if (!options.success) problems.push(describeIssues(options.error.issues, raw, 'action.'));
  if (problems.length > 0 || !config.success || !options.success) {
    // A cross-field rule keeps its own code (NOTHING_TO_REPORT, CONFIG_MISSING) when it is the only problem.
    const only = !config.success && problems.length === 1 ? config.error.issues[0] : undefined;
    const code = (only && ruleError(only, 'action')?.code) ?? 'CONFIG_INVALID';
    throw new UsageError(problems.join('; '), code);
  }
  return { config: config.data, options: options.data };
}

export interface ActionMergeInputs {
  readonly merge: MergeConfig;
  readonly options: ActionOptions;
}

/** The final job's inputs (`merge:` set). Throws UsageError (exit 2) naming the inputs at fault. */
export function readActionMergeInputs(env: Readonly<Record<string, string | undefined>>): ActionMergeInputs {
  const { configInput, optionsInput, mergeInput: merging, raw, problems } = collectInputs(env);
  // An input still at action.yml's default is not a choice the user made.
  const given = (row: Setting): boolean =>
    (row.worlds ?? WORLDS).includes('action') && raw[row.name] !== undefined && raw[row.name] !== row.default;
  const merge = mergeConfigSchema.safeParse(mergeInput({ ...configInput, ...merging }, given, 'action'));
  if (!merge.success) problems.push(describeIssues(merge.error.issues, raw));
  const options = actionOptionsSchema.safeParse(optionsInput);
  if (!options.success) problems.push(describeIssues(options.error.issues, raw, 'action.'));
  if (problems.length > 0 || !merge.success || !options.success) {
    const only = !merge.success && problems.length === 1 ? merge.error.issues[0] : undefined;
    const code = (only && ruleError(only, 'action')?.code) ?? 'CONFIG_INVALID';
    throw new UsageError(problems.join('; '), code);
  }
  return { merge: merge.data, options: options.data };
}
