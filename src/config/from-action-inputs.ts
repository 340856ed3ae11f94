/**
 * GitHub Action inputs -> one validated ReportConfig, plus the few settings only the Action has
 * (the PR comment). Reads the `INPUT_*` variables the runner sets, the way @actions/core does
 * (name upper-cased, spaces to `_`, hyphens kept: `INPUT_DRY-RUN`), so it is a pure function of
 * an environment and can be tested without a runner.
 *
 * Every problem is reported against the input name the user wrote in their workflow, never
 * against our internal field names.
 */
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { mergeConfigSchema, type MergeConfig } from './merge-schema.js';
import { reportConfigSchema, type ReportConfig } from './schema.js';
import { setPath, splitList } from './setting-values.js';

type InputKind = 'string' | 'list' | 'boolean';

interface InputSpec {
  readonly kind: InputKind;
  /** Where the value goes in ReportConfigInput (dotted), or `action.*` for Action-only settings. */
  readonly target: string;
  /** Never echoed back in an error message. */
  readonly secret?: boolean;
}

/** Every input action.yml declares. A test keeps the two in step. */
export const ACTION_INPUTS = {
  plan: { kind: 'list', target: 'plans' },
  drift: { kind: 'list', target: 'drifts' },
  'terragrunt-dir': { kind: 'string', target: 'terragruntDir' },
  'terragrunt-report': { kind: 'string', target: 'terragruntReport' },
  'plan-file-name': { kind: 'string', target: 'planFileName' },
  infracost: { kind: 'string', target: 'infracost' },
  'event-type': { kind: 'string', target: 'eventType' },
  'activity-type': { kind: 'string', target: 'activityType' },
  'activity-status': { kind: 'string', target: 'activityStatus' },
  provisioner: { kind: 'string', target: 'provisioner' },
  'account-id': { kind: 'string', target: 'connection.accountId' },
  org: { kind: 'string', target: 'connection.org' },
  project: { kind: 'string', target: 'connection.project' },
  workspace: { kind: 'string', target: 'connection.workspace' },
  'api-key': { kind: 'string', target: 'connection.apiKey', secret: true },
  'base-url': { kind: 'string', target: 'connection.baseUrl' },
  'dry-run': { kind: 'boolean', target: 'dryRun' },
  'spool-dir': { kind: 'string', target: 'spoolDir' },
  comment: { kind: 'string', target: 'action.comment' },
  'comment-key': { kind: 'string', target: 'action.commentKey' },
  'github-token': { kind: 'string', target: 'action.githubToken', secret: true },
  'fail-on-drift': { kind: 'boolean', target: 'gates.failOnDrift' },
  'fail-on-destroy': { kind: 'boolean', target: 'gates.failOnDestroy' },
  'max-monthly-cost-increase': { kind: 'string', target: 'gates.maxMonthlyCostIncrease' },
  // --- Partial reports (a matrix leg) and merge (the final job) ---
  'save-partial': { kind: 'string', target: 'savePartial' },
  leg: { kind: 'string', target: 'leg' },
  send: { kind: 'boolean', target: 'send' },
  merge: { kind: 'list', target: 'merge.partials' },
  'comment-only': { kind: 'boolean', target: 'merge.commentOnly' },
  'expect-legs': { kind: 'string', target: 'merge.expectLegs' },
  'allow-mixed': { kind: 'boolean', target: 'merge.allowMixed' },
} as const satisfies Record<string, InputSpec>;

export type ActionInputName = keyof typeof ACTION_INPUTS;

/** The inputs whose values must be masked in the log before anything else runs. */
export const SECRET_INPUTS: readonly ActionInputName[] = ['api-key', 'github-token'];

export const COMMENT_MODES = ['off', 'on-change', 'always'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

const actionOptionsSchema = z.object({
  comment: z.enum(COMMENT_MODES).default('off'),
  /** Any text; pr-comment.ts turns it into a safe marker. */
  commentKey: z.string().max(200).optional(),
  githubToken: z.string().optional(),
});

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

// The YAML 1.2 core-schema spellings @actions/core's getBooleanInput accepts, and nothing else:
// `yes`, `1` or `on` is more likely a mistake than a wish.
const TRUE_VALUES = new Set(['true', 'True', 'TRUE']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE']);

/** Which input a zod issue path (e.g. `connection.apiKey`, `plans.0`) came from. */
function inputForPath(
  path: readonly PropertyKey[],
  prefix = '',
  rename: Record<string, string> = {},
): string {
  const joined = path.map(String).join('.');
  const dotted = prefix + (rename[path.map(String)[0] ?? ''] ?? joined);
  for (const [name, spec] of Object.entries(ACTION_INPUTS)) {
    if (dotted === spec.target || dotted.startsWith(`${spec.target}.`)) return name;
  }
  return dotted;
}

/** Merge config fields -> the targets of their inputs. */
const MERGE_PATHS: Record<string, string> = {
  partials: 'merge.partials',
  expectLegs: 'merge.expectLegs',
  allowMixed: 'merge.allowMixed',
  commentOnly: 'merge.commentOnly',
};

function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  raw: Record<string, unknown>,
  prefix = '',
  rename: Record<string, string> = {},
): string {
  return issues
    .map((issue) => {
      const name = inputForPath(issue.path, prefix, rename);
      const spec = (ACTION_INPUTS as Record<string, InputSpec>)[name];
      const value = spec?.secret ? undefined : raw[name];
      const shown = typeof value === 'string' ? ` (got ${JSON.stringify(value)})` : '';
      return `input "${name}": ${issue.message}${shown}`;
    })
    .join('; ');
}

/** The connection inputs a real send needs; a dry run needs none of them. */
const SEND_INPUTS: readonly ActionInputName[] = ['account-id', 'org', 'project', 'workspace', 'api-key'];

interface CollectedInputs {
  readonly configInput: Record<string, unknown>;
  readonly optionsInput: Record<string, unknown>;
  readonly mergeInput: Record<string, unknown>;
  readonly raw: Record<string, unknown>;
  readonly problems: string[];
}

/** Every input set, parsed by kind and put where its target says; bad booleans collected. */
function collectInputs(env: Readonly<Record<string, string | undefined>>): CollectedInputs {
  const configInput: Record<string, unknown> = {};
  const optionsInput: Record<string, unknown> = {};
  const mergeInput: Record<string, unknown> = {};
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];

  for (const [name, spec] of Object.entries(ACTION_INPUTS) as [ActionInputName, InputSpec][]) {
    const value = readInput(env, name);
    if (value === undefined) continue;
    raw[name] = value;
    let parsed: unknown = value;
    if (spec.kind === 'list') parsed = splitList(value);
    if (spec.kind === 'boolean') {
      if (TRUE_VALUES.has(value)) parsed = true;
      else if (FALSE_VALUES.has(value)) parsed = false;
      else {
        problems.push(`input "${name}": must be true or false (got ${JSON.stringify(value)})`);
        continue;
      }
    }
    if (spec.target.startsWith('action.')) setPath(optionsInput, spec.target.slice('action.'.length), parsed);
    else if (spec.target.startsWith('merge.'))
      setPath(mergeInput, spec.target.slice('merge.'.length), parsed);
    else setPath(configInput, spec.target, parsed);
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
  for (const [name, value] of Object.entries(mergeInput)) {
    if (value === false) continue; // action.yml's default for a switch
    const input = Object.keys(ACTION_INPUTS).find(
      (key) => (ACTION_INPUTS as Record<string, InputSpec>)[key]?.target === `merge.${name}`,
    );
    problems.push(`input "${input ?? name}" goes with the "merge" input (the final job of a matrix)`);
  }

  const config = reportConfigSchema.safeParse(configInput);
  if (!config.success) problems.push(describeIssues(config.error.issues, raw));
  const options = actionOptionsSchema.safeParse(optionsInput);
  if (!options.success) problems.push(describeIssues(options.error.issues, raw, 'action.'));
  if (problems.length > 0 || !config.success || !options.success) {
    throw new UsageError(problems.join('; '), 'CONFIG_INVALID');
  }

  // The pipeline checks these too, but in CLI words (--plan); here they name the inputs.
  const data = config.data;
  if (data.plans.length === 0 && data.drifts.length === 0 && data.terragruntDir === undefined) {
    throw new UsageError(
      'nothing to report: set the "plan", "drift" or "terragrunt-dir" input',
      'CONFIG_INVALID',
    );
  }
  if (data.terragruntReport !== undefined && data.terragruntDir === undefined) {
    throw new UsageError(
      'input "terragrunt-report" needs the "terragrunt-dir" input (the tree it describes)',
      'CONFIG_INVALID',
    );
  }
  if (data.send && data.savePartial === undefined) {
    throw new UsageError('input "send" goes with the "save-partial" input', 'CONFIG_INVALID');
  }
  if (data.leg !== undefined && data.savePartial === undefined) {
    throw new UsageError(
      'input "leg" names a partial report: it goes with the "save-partial" input',
      'CONFIG_INVALID',
    );
  }
  // A leg that only saves its partial sends nothing, so it needs no Harness inputs.
  if (!config.data.dryRun && (data.savePartial === undefined || data.send)) {
    requireSendInputs(raw);
  }
  return { config: config.data, options: options.data };
}

function requireSendInputs(raw: Record<string, unknown>): void {
  {
    const missing = SEND_INPUTS.filter((name) => raw[name] === undefined);
    if (missing.length > 0) {
      throw new UsageError(
        `${missing.length > 1 ? 'inputs' : 'input'} ${missing.map((n) => `"${n}"`).join(', ')} ` +
          `${missing.length > 1 ? 'are' : 'is'} required to send the report to Harness (or set dry-run: true)`,
        'CONFIG_INVALID',
      );
    }
  }
}

/** Inputs only a report step reads; a merge step takes its data from the partials. */
const REPORT_ONLY: readonly ActionInputName[] = [
  'plan',
  'drift',
  'terragrunt-dir',
  'terragrunt-report',
  'plan-file-name',
  'infracost',
  'save-partial',
  'leg',
  'send',
];

export interface ActionMergeInputs {
  readonly merge: MergeConfig;
  readonly options: ActionOptions;
}

/** The final job's inputs (`merge:` set). Throws UsageError (exit 2) naming the inputs at fault. */
export function readActionMergeInputs(env: Readonly<Record<string, string | undefined>>): ActionMergeInputs {
  const { configInput, optionsInput, mergeInput, raw, problems } = collectInputs(env);
  // plan-file-name has a default in action.yml: only a value other than it is a mistake.
  const misplaced = REPORT_ONLY.filter(
    (name) =>
      raw[name] !== undefined &&
      raw[name] !== 'false' &&
      !(name === 'plan-file-name' && raw[name] === 'tfplan.json'),
  );
  if (misplaced.length > 0) {
    problems.push(
      `${misplaced.map((n) => `"${n}"`).join(', ')} cannot go with "merge": the merge step reads only the partial reports the legs saved`,
    );
  }
  const shared = { ...configInput };
  for (const key of ['plans', 'drifts', 'planFileName', 'savePartial', 'leg', 'send']) delete shared[key];
  const merge = mergeConfigSchema.safeParse({ ...shared, ...mergeInput });
  if (!merge.success) problems.push(describeIssues(merge.error.issues, raw, '', MERGE_PATHS));
  const options = actionOptionsSchema.safeParse(optionsInput);
  if (!options.success) problems.push(describeIssues(options.error.issues, raw, 'action.'));
  if (problems.length > 0 || !merge.success || !options.success) {
    throw new UsageError(problems.join('; '), 'CONFIG_INVALID');
  }
  if (!merge.data.dryRun && !merge.data.commentOnly) requireSendInputs(raw);
  return { merge: merge.data, options: options.data };
}
