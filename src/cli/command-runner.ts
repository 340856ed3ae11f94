/**
 * What the send / ttl / pipelines commands share: strict flag parsing that fails as a one-line
 * UsageError, the HttpOptions a command uses, and the last line of defence that turns any error
 * into one redacted stderr line and an exit code.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { redact } from '../api/redact.js';
import type { HttpOptions } from '../api/http-client.js';
import { describeError, exitCodeOf, UsageError } from '../errors.js';
import { SETTING_NAMES } from '../config/settings.js';
import type { CliIo } from './cli-io.js';
import { apiKeyCandidates } from './connection-flags.js';
import { nearestFlag } from './flag-help.js';

/** Test seams (and room for future flags): HTTP timing and the clock for date checks. */
export interface CommandOverrides {
  readonly http?: HttpOptions;
  readonly now?: () => Date;
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export function parseFlags<T extends OptionsConfig>(
  argv: string[],
  options: T,
  command: string,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError(usageMessage(error, Object.keys(options), command), 'USAGE', { cause: error });
  }
}

/**
 * A command's flags, parsed strictly; undefined when `--help` asked for the usage instead (printed
 * here: the command then ends with EXIT_OK).
 */
export function flagsOrHelp<T extends OptionsConfig & { help: { type: 'boolean' } }>(
  argv: string[],
  options: T,
  command: string,
  usage: string,
  io: CliIo,
) {
  const { values } = parseFlags(argv, options, command);
  if ((values as { help?: boolean }).help !== true) return values;
  io.stdout(`${usage}\n`);
  return undefined;
}

/** parseArgs's message, with the nearest known flag for an unknown one, and where to read more. */
function usageMessage(error: unknown, known: readonly string[], command: string): string {
  const help = `see iacm-report ${command} --help`;
  const code = (error as { code?: unknown }).code;
  const unknown = /^Unknown option '([^']+)'/.exec((error as Error).message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== undefined) {
    const nearest = nearestFlag(unknown, known);
    return `unknown flag ${unknown}${nearest === undefined ? '' : `: did you mean ${nearest}?`} (${help})`;
  }
  // parseArgs says what is wrong; the pointer says where to read more.
  return `${(error as Error).message} (${help})`;
}

export function httpOptionsFor(io: CliIo, overrides: CommandOverrides): HttpOptions {
  return { env: io.env, log: (line) => io.stderr(`iacm-report: ${line}\n`), ...overrides.http };
}

/** Runs a command body; errors become `iacm-report: error: <one line>` on stderr and an exit code. */
export async function runCommand(argv: string[], io: CliIo, body: () => Promise<number>): Promise<number> {
  const secrets = apiKeyCandidates(argv, io.env);
  try {
    return await body();
  } catch (error) {
    io.stderr(`iacm-report: error: ${redact(describeError(error, SETTING_NAMES.cli), secrets)}\n`);
    return exitCodeOf(error);
  }
}
