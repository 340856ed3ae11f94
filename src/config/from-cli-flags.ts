/**
 * The CLI's reader: flags (+ the variables the settings table names for the connection) ->
 * ReportConfig. The report command's flags are the table's CLI rows; nothing here names one.
 */
import type * as z from '../zod-mini.js';
import { UsageError } from '../errors.js';
import { issuePath, ruleError } from './config-issues.js';
import type { ReportConfig } from './schema.js';
import { reportConfigSchema } from './schema.js';
import { SETTING_NAMES, setPath, settingsOf, type Setting } from './settings.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A node:util parseArgs option. */
export interface FlagOption {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
}

/** parseArgs options for rows of the table: a list repeats, a boolean is a bare flag. */
export function flagOptions(rows: readonly Setting[]): Record<string, FlagOption> {
  return Object.fromEntries(
    rows.map((row) => [
      row.name,
      row.kind === 'boolean'
        ? { type: 'boolean' }
        : row.kind === 'list'
          ? { type: 'string', multiple: true }
          : { type: 'string' },
    ]),
  );
}

/** The report command's rows: every CLI row of the table but the merge command's own. */
export const REPORT_ROWS = settingsOf('cli').filter((row) => row.section !== 'merge');

/** The report command's flags. */
export const REPORT_FLAG_OPTIONS = flagOptions(REPORT_ROWS);

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * A row's value from parsed flags, else from its variables. A row with variables (the connection)
 * counts a blank value as unset, so an empty variable never overrides the default.
 */
export function flagValue(row: Setting, flags: Readonly<Record<string, unknown>>, env: Env): unknown {
  const given = flags[row.name];
  const variables = row.env?.cli;
  if (variables === undefined) return given;
  return text(given) ?? variables.map((name) => text(env[name])).find((value) => value !== undefined);
}

/** Flags -> the plain object the schema reads, for the given rows. */
export function configInputFromFlags(
  rows: readonly Setting[],
  flags: Readonly<Record<string, unknown>>,
  env: Env,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const row of rows) {
    const value = flagValue(row, flags, env);
    if (value !== undefined) setPath(input, row.path, value);
  }
  return input;
}

/** One line naming the flag (and its variable) the first issue is about; never the value. */
export function cliIssueError(issues: readonly z.core.$ZodIssue[], prefix = ''): UsageError {
  const issue = issues[0];
  if (issue === undefined) return new UsageError('invalid configuration', 'CONFIG_INVALID');
  const rule = ruleError(issue, 'cli');
  if (rule) return rule;
  const path = issuePath(issue, prefix);
  const name = SETTING_NAMES.cli(path) ?? path;
  return new UsageError(`${name}: ${issue.message}`, 'CONFIG_INVALID');
}

export function reportConfigFromFlags(flags: Readonly<Record<string, unknown>>, env: Env): ReportConfig {
  const parsed = reportConfigSchema.safeParse(configInputFromFlags(REPORT_ROWS, flags, env));
  if (!parsed.success) throw cliIssueError(parsed.error.issues);
  return parsed.data;
}
