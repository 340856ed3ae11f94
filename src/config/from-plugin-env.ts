/**
 * The plugin's configuration: the step's `settings:` (which Harness hands over as PLUGIN_<KEY>
 * variables, snake_case, lists comma-joined), then the pipeline's own context (HARNESS_* ids,
 * IACM_WORKSPACE_ID, the in-stage PLUGIN_ENDPOINT_VARIABLES JSON), validated by the one schema.
 *
 * Every message names the setting as the pipeline author wrote it (`settings.fail_on_drift`) and
 * the variable it arrived in, because that is what they can find in their YAML.
 */
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { reportConfigSchema, type ReportConfig } from './schema.js';
import { setPath, splitList } from './setting-values.js';
import { missingPipelineIds, type PipelineIdKey } from './upload-settings.js';

type Env = Readonly<Record<string, string | undefined>>;

type Kind = 'text' | 'list' | 'boolean';

interface Setting {
  /** Dotted path in ReportConfigInput. */
  readonly path: string;
  readonly kind: Kind;
  readonly secret?: boolean;
}

/** `settings:` keys, mirroring the CLI flags (`--fail-on-drift` -> `fail_on_drift`). */
export const PLUGIN_SETTINGS: Readonly<Record<string, Setting>> = {
  plan: { path: 'plans', kind: 'list' },
  drift: { path: 'drifts', kind: 'list' },
  terragrunt_dir: { path: 'terragruntDir', kind: 'text' },
  terragrunt_report: { path: 'terragruntReport', kind: 'text' },
  plan_file_name: { path: 'planFileName', kind: 'text' },
  infracost: { path: 'infracost', kind: 'text' },
  event_type: { path: 'eventType', kind: 'text' },
  activity_type: { path: 'activityType', kind: 'text' },
  activity_status: { path: 'activityStatus', kind: 'text' },
  provisioner: { path: 'provisioner', kind: 'text' },
  api_key: { path: 'connection.apiKey', kind: 'text', secret: true },
  account_id: { path: 'connection.accountId', kind: 'text' },
  org: { path: 'connection.org', kind: 'text' },
  project: { path: 'connection.project', kind: 'text' },
  workspace: { path: 'connection.workspace', kind: 'text' },
  base_url: { path: 'connection.baseUrl', kind: 'text' },
  dry_run: { path: 'dryRun', kind: 'boolean' },
  spool_dir: { path: 'spoolDir', kind: 'text' },
  fail_on_drift: { path: 'gates.failOnDrift', kind: 'boolean' },
  fail_on_destroy: { path: 'gates.failOnDestroy', kind: 'boolean' },
  max_monthly_cost_increase: { path: 'gates.maxMonthlyCostIncrease', kind: 'text' },
  // Workspace data uploads and the policy gate (issue 14).
  plan_text: { path: 'uploads.planText', kind: 'text' },
  plan_text_name: { path: 'uploads.planTextName', kind: 'text' },
  upload_infracost: { path: 'uploads.infracost', kind: 'boolean' },
  upload_state: { path: 'uploads.state', kind: 'text' },
  pipeline_id: { path: 'uploads.pipeline.pipelineId', kind: 'text' },
  stage_id: { path: 'uploads.pipeline.stageId', kind: 'text' },
  pipeline_execution_id: { path: 'uploads.pipeline.pipelineExecutionId', kind: 'text' },
  pipeline_stage_id: { path: 'uploads.pipeline.pipelineStageId', kind: 'text' },
  fail_on_policy: { path: 'gates.failOnPolicy', kind: 'text' },
};

export const ENDPOINT_VARIABLES = 'PLUGIN_ENDPOINT_VARIABLES';

/**
 * Built-in context, per connection field, in the order it is consulted after the setting.
 * HARNESS_WORKSPACE is deliberately absent: it is the checkout folder (`/harness`), not an id.
 */
const FALLBACKS: Readonly<Record<string, readonly { env?: string; endpoint?: string }[]>> = {
  'connection.accountId': [{ env: 'HARNESS_ACCOUNT_ID' }, { endpoint: 'account_id' }],
  'connection.org': [{ env: 'HARNESS_ORG_ID' }, { endpoint: 'org_id' }],
  'connection.project': [{ env: 'HARNESS_PROJECT_ID' }, { endpoint: 'project_id' }],
  'connection.workspace': [{ env: 'IACM_WORKSPACE_ID' }, { endpoint: 'workspace_id' }],
  'connection.apiKey': [{ endpoint: 'token' }],
  // The ids the `/data` endpoint requires, as a Harness stage provides them (issue 14).
  'uploads.pipeline.pipelineId': [{ env: 'HARNESS_PIPELINE_ID' }],
  'uploads.pipeline.stageId': [{ env: 'HARNESS_STAGE_ID' }],
  'uploads.pipeline.pipelineExecutionId': [
    { env: 'HARNESS_EXECUTION_ID' },
    { endpoint: 'pipeline_execution_id' },
  ],
  'uploads.pipeline.pipelineStageId': [{ endpoint: 'pipeline_stage_execution_id' }],
};

export interface PluginConfig {
  readonly config: ReportConfig;
  /** Things worth a line in the log that do not stop the run (a misspelt setting). */
  readonly warnings: string[];
}

/** PLUGIN_<KEY> -> its value, trimmed; an empty value is no value (Harness sends unset settings as ""). */
function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function settingLabel(key: string): string {
  return `settings.${key} (PLUGIN_${key.toUpperCase()})`;
}

/** Short, printable echo of a bad value; never used for secrets. */
function echo(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return clean.length > 60 ? `"${clean.slice(0, 59)}…"` : `"${clean}"`;
}

function parseBoolean(value: string, label: string): boolean {
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw new UsageError(`${label}: expected true or false (got ${echo(value)})`, 'CONFIG_INVALID');
}

const endpointSchema = z.record(z.string(), z.unknown());

/**
 * The JSON an IaCM stage puts in PLUGIN_ENDPOINT_VARIABLES, as text values by key. Parse errors
 * are described without quoting the input: it carries a token.
 */
export function readEndpointVariables(env: Env): Record<string, string> {
  const raw = read(env, ENDPOINT_VARIABLES);
  if (raw === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new UsageError(
      `${ENDPOINT_VARIABLES} is not valid JSON; expected an object such as {"base_url": "https://...", "token": "..."}`,
      'CONFIG_INVALID',
    );
  }
  const result = endpointSchema.safeParse(parsed);
  if (!result.success || Array.isArray(parsed)) {
    throw new UsageError(`${ENDPOINT_VARIABLES} must be a JSON object`, 'CONFIG_INVALID');
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(result.data)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') {
      if (value.trim() !== '') out[key] = value.trim();
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      out[key] = String(value);
    } else {
      throw new UsageError(`${ENDPOINT_VARIABLES}.${key}: expected text`, 'CONFIG_INVALID');
    }
  }
  return out;
}

/** One line saying what is wrong with one value, in the pipeline author's terms. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'url'
        ? 'expected a URL such as https://app.harness.io'
        : `expected ${issue.message}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)} characters`;
    case 'too_small':
      return 'expected a non-empty value';
    default:
      return `expected ${issue.message}`;
  }
}

function pathKey(path: readonly PropertyKey[]): string {
  // `plans.0` -> `plans`: the setting is the whole list.
  return path.filter((part) => typeof part === 'string').join('.');
}

/** Reads and validates the plugin's settings; throws a one-line UsageError naming the setting. */
export function configFromPluginEnv(env: Env): PluginConfig {
  const input: Record<string, unknown> = {};
  /** Config path -> where its value came from, for messages. */
  const sources = new Map<string, { label: string; value: string; secret: boolean }>();
  const warnings: string[] = [];

  for (const [key, setting] of Object.entries(PLUGIN_SETTINGS)) {
    const value = read(env, `PLUGIN_${key.toUpperCase()}`);
    if (value === undefined) continue;
    const label = settingLabel(key);
    const parsed =
      setting.kind === 'boolean'
        ? parseBoolean(value, label)
        : setting.kind === 'list'
          ? splitList(value)
          : value;
    setPath(input, setting.path, parsed);
    sources.set(setting.path, { label, value, secret: setting.secret === true });
  }

  const endpoint = readEndpointVariables(env);
  for (const [path, chain] of Object.entries(FALLBACKS)) {
    if (sources.has(path)) continue;
    for (const { env: name, endpoint: key } of chain) {
      const value = name !== undefined ? read(env, name) : key !== undefined ? endpoint[key] : undefined;
      if (value === undefined) continue;
      setPath(input, path, value);
      const label = name ?? `${ENDPOINT_VARIABLES}.${key ?? ''}`;
      sources.set(path, { label, value, secret: path === 'connection.apiKey' });
      break;
    }
  }
  // The in-stage service URL goes with the stage; an explicit base_url setting is a deliberate
  // choice of host and wins over it.
  const serviceUrl = endpoint['base_url'];
  if (serviceUrl !== undefined && !sources.has('connection.baseUrl')) {
    setPath(input, 'connection.serviceUrl', serviceUrl);
    sources.set('connection.serviceUrl', {
      label: `${ENDPOINT_VARIABLES}.base_url`,
      value: serviceUrl,
      secret: false,
    });
  }

  for (const name of Object.keys(env)) {
    if (!name.startsWith('PLUGIN_') || name === ENDPOINT_VARIABLES) continue;
    const key = name.slice('PLUGIN_'.length).toLowerCase();
    if (!(key in PLUGIN_SETTINGS) && read(env, name) !== undefined) {
      warnings.push(`settings.${key} (${name}) is not a setting of this plugin; ignored`);
    }
  }

  const result = reportConfigSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0] as z.core.$ZodIssue;
    const key = pathKey(issue.path);
    const source = sources.get(key);
    const label = source?.label ?? key;
    const got = source && !source.secret ? ` (got ${echo(source.value)})` : '';
    throw new UsageError(`${label}: ${describeIssue(issue)}${got}`, 'CONFIG_INVALID');
  }
  requireEnough(result.data);
  return { config: result.data, warnings };
}

/** Where each connection field can come from, for the "missing" message. */
const CONNECTION_SOURCES: Readonly<Record<string, string>> = {
  accountId: 'settings.account_id (PLUGIN_ACCOUNT_ID, HARNESS_ACCOUNT_ID)',
  org: 'settings.org (PLUGIN_ORG, HARNESS_ORG_ID)',
  project: 'settings.project (PLUGIN_PROJECT, HARNESS_PROJECT_ID)',
  workspace: 'settings.workspace (PLUGIN_WORKSPACE, IACM_WORKSPACE_ID)',
  apiKey: 'settings.api_key (PLUGIN_API_KEY)',
};

const PIPELINE_ID_SOURCES: Readonly<Record<PipelineIdKey, string>> = {
  pipelineId: 'settings.pipeline_id (PLUGIN_PIPELINE_ID, HARNESS_PIPELINE_ID)',
  stageId: 'settings.stage_id (PLUGIN_STAGE_ID, HARNESS_STAGE_ID)',
  pipelineExecutionId:
    'settings.pipeline_execution_id (PLUGIN_PIPELINE_EXECUTION_ID, HARNESS_EXECUTION_ID, PLUGIN_ENDPOINT_VARIABLES.pipeline_execution_id)',
  pipelineStageId:
    'settings.pipeline_stage_id (PLUGIN_PIPELINE_STAGE_ID, PLUGIN_ENDPOINT_VARIABLES.pipeline_stage_execution_id)',
};

/**
 * Checked here rather than left to the pipeline so the message names the step's settings and the
 * built-in variables that could have supplied them, not CLI flags.
 */
function requireEnough(config: ReportConfig): void {
  if (config.plans.length === 0 && config.drifts.length === 0 && config.terragruntDir === undefined) {
    throw new UsageError(
      'nothing to report: set settings.plan, settings.drift or settings.terragrunt_dir',
      'CONFIG_INVALID',
    );
  }
  if (config.terragruntReport !== undefined && config.terragruntDir === undefined) {
    throw new UsageError(
      'settings.terragrunt_report needs settings.terragrunt_dir (the tree whose units it describes)',
      'CONFIG_INVALID',
    );
  }
  if (config.uploads.infracost && config.infracost === undefined) {
    throw new UsageError(
      'settings.upload_infracost uploads the settings.infracost file: set that too',
      'CONFIG_INVALID',
    );
  }
  if (config.uploads.planTextName !== undefined && config.terragruntDir === undefined) {
    throw new UsageError(
      'settings.plan_text_name names the plan text inside each Terragrunt unit and needs settings.terragrunt_dir; for one plan use settings.plan_text',
      'CONFIG_INVALID',
    );
  }
  const missingIds = missingPipelineIds(config.uploads);
  if (missingIds.length > 0) {
    throw new UsageError(
      `uploads to the workspace need the pipeline ids: missing ${missingIds.map((key) => PIPELINE_ID_SOURCES[key]).join(', ')}`,
      'CONFIG_INVALID',
    );
  }
  if (config.dryRun) return;
  const connection = config.connection as Record<string, unknown>;
  const missing = Object.keys(CONNECTION_SOURCES).filter((key) => connection[key] === undefined);
  if (missing.length > 0) {
    throw new UsageError(
      `missing ${missing.map((key) => CONNECTION_SOURCES[key]).join(', ')}; ` +
        'set them under settings: (or settings.dry_run: true to send nothing)',
      'CONFIG_INVALID',
    );
  }
}
