/**
 * The project's own errors. Every failure a person can act on is one of these, with a stable
 * `code` (for scripts and tests) and the process exit code it maps to. Entry points print
 * `message` as one line and never a stack trace.
 */
import { plainText } from './plain-text.js';

/** Exit codes shared by the CLI, the Action and the plugin. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

export type InputErrorCode =
  | 'INPUT_NOT_FOUND' // a file or directory that is not there, a glob that matches nothing
  | 'INPUT_UNREADABLE' // permissions, a directory, FIFO, device or socket where a file was expected, a symlink loop
  | 'INPUT_EMPTY' // zero bytes or whitespace only
  | 'INPUT_TOO_LARGE' // over the stated maximum for that input
  | 'INPUT_BINARY' // a binary plan (zip) or other non-text data
  | 'INPUT_ENCODING' // invalid UTF-8, UTF-16 without a byte-order mark
  | 'INPUT_SYNTAX' // not well-formed JSON: truncated, bad token, too deep
  | 'INPUT_TRAILING' // more data after the first JSON value
  | 'INPUT_WRONG_KIND' // valid JSON of another kind: a state, an Infracost file, an array, NDJSON
  | 'INPUT_VERSION' // a format_version whose major version we do not know
  | 'INPUT_CONFLICT' // two inputs that cannot be merged (one unit in two partials, two commits)
  | 'INPUT_INVALID'; // a document of the right kind with a field of the wrong type

export type UsageErrorCode = 'USAGE' | 'CONFIG_INVALID' | 'CONFIG_MISSING' | 'NOTHING_TO_REPORT';

export type ApiErrorCode =
  | 'API_UNAUTHORIZED'
  | 'API_FORBIDDEN'
  | 'API_NOT_FOUND'
  | 'API_BAD_REQUEST'
  | 'API_RATE_LIMITED'
  | 'API_SERVER'
  | 'API_RESPONSE'
  | 'API_NETWORK'
  | 'API_TIMEOUT';

export type ErrorCode = InputErrorCode | UsageErrorCode | ApiErrorCode;

/**
 * A setting named in a message, as data: `{setting:terragruntDir}` (the config path). Lower layers
 * never spell a flag, input or plugin setting; each entry words the reference for its world with
 * describeError(error, nameOf) (`--terragrunt-dir`, input "terragrunt-dir", settings.terragrunt_dir).
 */
export function settingRef(path: string): string {
  return `{setting:${path}}`;
}

const SETTING_REF = /\{setting:([A-Za-z0-9_.]+)\}/g;

/** The config paths a message refers to, in order. */
export function settingsIn(template: string): string[] {
  return [...template.matchAll(SETTING_REF)].map((match) => match[1] as string);
}

/** How a world names a setting (by config path); undefined leaves the neutral name. */
export type SettingNamer = (path: string) => string | undefined;

/** A name any reader understands when no world is known: `the terragrunt-dir setting`. */
function neutralName(path: string): string {
  const last = path.split('.').pop() ?? path;
  return `the ${last.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} setting`;
}

/** Replaces each `{setting:path}` with its name in one world (or the neutral name). */
export function wordSettings(template: string, nameOf?: SettingNamer): string {
  return template.replace(SETTING_REF, (_, path: string) => nameOf?.(path) ?? neutralName(path));
}

export abstract class IacmError extends Error {
  abstract readonly code: ErrorCode;
  abstract readonly exitCode: number;
  /** The message as written, setting references unworded; `message` words them neutrally. */
  readonly template: string;
  /** Config paths of the settings at fault or to use (from the template), for entries and scripts. */
  readonly settings: readonly string[];
  constructor(template: string, options?: ErrorOptions) {
    super(wordSettings(template), options);
    this.template = template;
    this.settings = settingsIn(template);
  }
  override get name(): string {
    return this.constructor.name;
  }
}

/** A file we were given cannot be used. Exit 2. */
export class InputError extends IacmError {
  readonly exitCode = EXIT_BAD_INPUT;
  constructor(
    readonly code: InputErrorCode,
    /** The file (or glob, or directory) the problem is in, as the user named it. */
    readonly file: string,
    /** What is wrong, and where possible what to do; no file name (it is added). */
    readonly detail: string,
    /** Byte offset of the problem in the file, when there is one. */
    readonly offset?: number,
    options?: ErrorOptions,
  ) {
    super(`${file}${offset === undefined ? '' : ` (byte ${offset})`}: ${detail}`, options);
  }
}

/** Flags, inputs or settings that do not make sense together. Exit 2. */
export class UsageError extends IacmError {
  readonly exitCode = EXIT_BAD_INPUT;
  constructor(
    message: string,
    readonly code: UsageErrorCode = 'USAGE',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A call to the Harness API failed for good. Exit 1. */
export class ApiError extends IacmError {
  readonly exitCode = EXIT_FAILURE;
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** HTTP status, when the server answered. */
    readonly status?: number,
    options?: ErrorOptions,
    /** What the server's error body said (its `message`), when it said something. */
    readonly serverMessage?: string,
  ) {
    // Messages quote servers, proxies and headers: cleaned of escape sequences and control
    // characters here, once, so every place that prints one prints it plain.
    super(plainText(message), options);
  }
}

/**
 * One line for a person: our errors worded for the caller's world (`nameOf` names the settings a
 * message refers to), anything else without its stack. Messages quote
 * file names and servers' words, which can hold line breaks and terminal escape sequences (a unit
 * folder named to recolour or clear a CI log): those are removed, so the line stays one plain line.
 */
export function describeError(error: unknown, nameOf?: SettingNamer): string {
  if (error instanceof IacmError)
    return plainText(nameOf ? wordSettings(error.template, nameOf) : error.message);
  if (error instanceof Error) return plainText(`unexpected error: ${error.message}`);
  return plainText(`unexpected error: ${String(error)}`);
}

export function exitCodeOf(error: unknown): number {
  return error instanceof IacmError ? error.exitCode : EXIT_FAILURE;
}
