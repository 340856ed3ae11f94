/**
 * The plugin's configuration: the step's `settings:` (which Harness hands over as PLUGIN_<KEY>
 * variables, snake_case, lists comma-joined), then the pipeline's own context (HARNESS_* ids,
 * IACM_WORKSPACE_ID, the in-stage PLUGIN_ENDPOINT_VARIABLES JSON), validated by the one schema.
 *
 * Every message names the setting as the pipeline author wrote it (`settings.fail_on_drift`) and
 * the variable it arrived in, because that is what they can find in their YAML.
 */
import * as z from '../zod-mini.js';
import { UsageError } from '../errors.js';
import { plainText } from '../plain-text.js';
import { issuePath, ruleError } from './config-issues.js';
import { nearestName } from './nearest-name.js';
import { reportConfigSchema, type ReportConfig } from './schema.js';
import {
  parseBooleanText,
  pluginKey,
  pluginVariable,
  setPath,
  settingsOf,
  splitList,
  type Setting,
} from './settings.js';

type Env = Readonly<Record<string, string | undefined>>;

/** `settings:` keys: the table's plugin rows, snake_case (`--fail-on-drift` -> `fail_on_drift`). */
export const PLUGIN_SETTINGS: Readonly<Record<string, Setting>> = Object.fromEntries(
  settingsOf('plugin').map((row) => [pluginKey(row), row]),
);

export const ENDPOINT_VARIABLES = 'PLUGIN_ENDPOINT_VARIABLES';

export interface PluginConfig {
  readonly config: ReportConfig;
  /** Things worth a line in the log that do not stop the run. */
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
  const parsed = parseBooleanText(value);
  if (parsed === undefined) {
    throw new UsageError(`${label}: expected true or false (got ${echo(value)})`, 'CONFIG_INVALID');
  }
  return parsed;
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
    // No cause on purpose: JSON.parse quotes the text it choked on, and this text holds a token.
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

/** Reads and validates the plugin's settings; throws a one-line UsageError naming the setting. */
export type SettingSources = Map<string, { label: string; value: string; secret: boolean }>;

export interface CollectedSettings {
  readonly input: Record<string, unknown>;
  /** Config path -> where its value came from, for messages. */
  readonly sources: SettingSources;
  readonly warnings: string[];
}

/** Every setting and built-in fallback, parsed by kind and put at its row's path. */
export function collectPluginSettings(env: Env): CollectedSettings {
  const input: Record<string, unknown> = {};
  const sources: SettingSources = new Map();
  const warnings: string[] = [];

  for (const setting of settingsOf('plugin')) {
    const value = read(env, pluginVariable(setting));
    if (value === undefined) continue;
    const label = settingLabel(pluginKey(setting));
    const parsed =
      setting.kind === 'boolean'
        ? parseBoolean(value, label)
        : setting.kind === 'list'
          ? splitList(value)
          : value;
    setPath(input, setting.path, parsed);
    sources.set(setting.path, { label, value, secret: setting.secret === true });
  }

  // Not given as a setting: the pipeline's built-in variables, then the stage's endpoint variables.
  const endpoint = readEndpointVariables(env);
  for (const setting of settingsOf('plugin')) {
    if (sources.has(setting.path)) continue;
    const chain = [
      ...(setting.env?.plugin ?? []).map((name) => ({ label: name, value: read(env, name) })),
      ...(setting.endpoint === undefined
        ? []
        : [{ label: `${ENDPOINT_VARIABLES}.${setting.endpoint}`, value: endpoint[setting.endpoint] }]),
    ];
    const found = chain.find((source) => source.value !== undefined);
    if (found?.value === undefined) continue;
    setPath(input, setting.path, found.value);
    sources.set(setting.path, { label: found.label, value: found.value, secret: setting.secret === true });
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

  refuseUnknownSettings(env);
  return { input, sources, warnings };
}

/**
 * Harness hands every key of a step's `settings:` over as PLUGIN_<KEY> and never checks them, so
 * a misspelt setting (`fail_on_destory`) would otherwise be a gate silently off: each PLUGIN_
 * variable with a value must be one of ours, or the step is refused naming the nearest setting.
 * Only PLUGIN_-prefixed names are settings; the pipeline's own variables (HARNESS_*, DRONE_*,
 * CI_*) are never looked at here. PLUGIN_ENDPOINT_VARIABLES is the IaCM stage's own.
 */
function refuseUnknownSettings(env: Env): void {
  const unknown = Object.keys(env)
    .filter(
      (name) => name.startsWith('PLUGIN_') && name !== ENDPOINT_VARIABLES && read(env, name) !== undefined,
    )
    .map((name) => name.slice('PLUGIN_'.length).toLowerCase())
    .filter((key) => !Object.hasOwn(PLUGIN_SETTINGS, key))
    .sort();
  if (unknown.length === 0) return;
  const described = unknown.slice(0, 3).map((key) => {
    const nearest = nearestName(key, Object.keys(PLUGIN_SETTINGS));
    const label = settingLabel(plainText(key));
    return nearest === undefined ? label : `${label} (did you mean settings.${nearest}?)`;
  });
  const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : '';
  throw new UsageError(
    `${described.join(', ')}${more}: not a setting of this plugin; a misspelt setting is refused, never ignored (see the plugin settings in the docs)`,
    'CONFIG_INVALID',
  );
}

/** One line naming the setting (and the variable it came from) an issue is about. */
export function pluginIssueError(issue: z.core.$ZodIssue, sources: SettingSources): UsageError {
  const rule = ruleError(issue, 'plugin');
  if (rule) return rule;
  const key = issuePath(issue);
  const source = sources.get(key);
  const label = source?.label ?? key;
  const got = source && !source.secret ? ` (got ${echo(source.value)})` : '';
  return new UsageError(`${label}: ${describeIssue(issue)}${got}`, 'CONFIG_INVALID');
}

export function configFromPluginEnv(env: Env): PluginConfig {
  const { input, sources, warnings } = collectPluginSettings(env);
  // The merge step's settings belong to a step with settings.merge (from-plugin-merge.ts).
  const merge = (input['merge'] ?? {}) as Record<string, unknown>;
  const stray = Object.keys(merge).find((key) => merge[key] !== false);
  if (stray !== undefined) {
    throw new UsageError(
      `${sources.get(`merge.${stray}`)?.label ?? stray} goes with settings.merge (the step that merges partial reports)`,
      'CONFIG_INVALID',
    );
  }
  const result = reportConfigSchema.safeParse(input);
  if (!result.success) throw pluginIssueError(result.error.issues[0] as z.core.$ZodIssue, sources);
  return { config: result.data, warnings };
}
