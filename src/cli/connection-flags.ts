/**
 * The connection flags every command shares, and how they combine with HARNESS_* variables: a
 * flag wins over its variable, an empty value counts as unset, and the result is checked with
 * connectionSchema so all entry points agree on what a valid connection is.
 */
import { requireConnection } from '../api/api-url.js';
import { cliIssueError, configInputFromFlags, flagOptions } from '../config/from-cli-flags.js';
import { connectionSchema, type ConnectionConfig } from '../config/schema.js';
import { SETTINGS } from '../config/settings.js';
import { sectionUsage } from './settings-usage.js';

/** The settings table's connection rows: flags every command shares, with their variables. */
const CONNECTION_ROWS = SETTINGS.filter((row) => row.section === 'connection');

export const connectionOptions = flagOptions(CONNECTION_ROWS);

/** The connection flags for every command's --help, generated from the table's rows. */
export const CONNECTION_USAGE = `${sectionUsage(['connection'])}
Proxies: HTTPS_PROXY, HTTP_PROXY, NO_PROXY.`;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export interface ConnectionFromFlagsOptions {
  /** The command calls the API: account, org, project, workspace and key must all be there. */
  readonly require?: boolean;
}

/**
 * Parsed flag values (any command's; other keys are ignored) + environment -> ConnectionConfig.
 * Throws UsageError (exit 2) naming the flag and variable of anything invalid or missing.
 */
export function connectionFromFlags(
  values: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, string | undefined>>,
  options: ConnectionFromFlagsOptions = {},
): ConnectionConfig {
  const input = configInputFromFlags(CONNECTION_ROWS, values, env)['connection'] ?? {};
  const result = connectionSchema.safeParse(input);
  // The issue message never quotes the value, so a malformed key is not echoed.
  if (!result.success) throw cliIssueError(result.error.issues, 'connection.');
  if (options.require) requireConnection(result.data);
  return result.data;
}

/**
 * Every API key the command line or environment might hold, for redaction. Computed from raw argv
 * before parsing, so even a parse error that quotes an argument cannot leak the key.
 */
export function apiKeyCandidates(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const keys: string[] = [];
  const fromEnv = text(env['HARNESS_API_KEY']);
  if (fromEnv !== undefined) keys.push(fromEnv, env['HARNESS_API_KEY'] ?? '');
  argv.forEach((arg, index) => {
    if (arg === '--api-key') keys.push(argv[index + 1] ?? '');
    else if (arg.startsWith('--api-key=')) keys.push(arg.slice('--api-key='.length));
  });
  return keys.filter((key) => key !== '');
}
