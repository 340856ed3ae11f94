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
import { reportConfigSchema, type ReportConfig } from './schema.js';
import { setPath, splitList } from './setting-values.js';
import { missingPipelineIds, type PipelineIdKey } from './upload-settings.js';

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
  // Workspace data uploads and the policy gate (issue 14).
  'plan-text': { kind: 'string', target: 'uploads.planText' },
  'plan-text-name': { kind: 'string', target: 'uploads.planTextName' },
  'upload-infracost': { kind: 'boolean', target: 'uploads.infracost' },
  'upload-state': { kind: 'string', target: 'uploads.state' },
  'pipeline-id': { kind: 'string', target: 'uploads.pipeline.pipelineId' },
  'stage-id': { kind: 'string', target: 'uploads.pipeline.stageId' },
  'pipeline-execution-id': { kind: 'string', target: 'uploads.pipeline.pipelineExecutionId' },
  'pipeline-stage-id': { kind: 'string', target: 'uploads.pipeline.pipelineStageId' },
  'fail-on-policy': { kind: 'string', target: 'gates.failOnPolicy' },
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
function inputForPath(path: readonly PropertyKey[], prefix = ''): string {
  const dotted = prefix + path.map(String).join('.');
  for (const [name, spec] of Object.entries(ACTION_INPUTS)) {
    if (dotted === spec.target || dotted.startsWith(`${spec.target}.`)) return name;
  }
  return dotted;
}

function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  raw: Record<string, unknown>,
  prefix = '',
): string {
  return issues
    .map((issue) => {
      const name = inputForPath(issue.path, prefix);
      const spec = (ACTION_INPUTS as Record<string, InputSpec>)[name];
      const value = spec?.secret ? undefined : raw[name];
      const shown = typeof value === 'string' ? ` (got ${JSON.stringify(value)})` : '';
      return `input "${name}": ${issue.message}${shown}`;
    })
    .join('; ');
}

const PIPELINE_ID_INPUTS: Readonly<Record<PipelineIdKey, ActionInputName>> = {
  pipelineId: 'pipeline-id',
  stageId: 'stage-id',
  pipelineExecutionId: 'pipeline-execution-id',
  pipelineStageId: 'pipeline-stage-id',
};

/** The connection inputs a real send needs; a dry run needs none of them. */
const SEND_INPUTS: readonly ActionInputName[] = ['account-id', 'org', 'project', 'workspace', 'api-key'];

/** Reads and validates every input. Throws UsageError (exit 2) naming the inputs at fault. */
export function readActionInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  const configInput: Record<string, unknown> = {};
  const optionsInput: Record<string, unknown> = {};
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
    else setPath(configInput, spec.target, parsed);
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
  if (data.uploads.infracost && data.infracost === undefined) {
    throw new UsageError(
      'input "upload-infracost" uploads the "infracost" file: set that input too',
      'CONFIG_INVALID',
    );
  }
  if (data.uploads.planTextName !== undefined && data.terragruntDir === undefined) {
    throw new UsageError(
      'input "plan-text-name" names the plan text inside each Terragrunt unit and needs "terragrunt-dir"; for one plan use "plan-text"',
      'CONFIG_INVALID',
    );
  }
  const missingIds = missingPipelineIds(data.uploads);
  if (missingIds.length > 0) {
    throw new UsageError(
      `uploads to the workspace need the pipeline ids: set ${missingIds.map((key) => `"${PIPELINE_ID_INPUTS[key]}"`).join(', ')}`,
      'CONFIG_INVALID',
    );
  }
  if (!config.data.dryRun) {
    const missing = SEND_INPUTS.filter((name) => raw[name] === undefined);
    if (missing.length > 0) {
      throw new UsageError(
        `${missing.length > 1 ? 'inputs' : 'input'} ${missing.map((n) => `"${n}"`).join(', ')} ` +
          `${missing.length > 1 ? 'are' : 'is'} required to send the report to Harness (or set dry-run: true)`,
        'CONFIG_INVALID',
      );
    }
  }
  return { config: config.data, options: options.data };
}
