/**
 * `iacm-report send --payload <file|->`: deliver a body saved earlier (by a failed report run, or
 * written by hand). The body is checked against the event schema, then sent exactly as read.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sendEvent } from '../api/iacm-api.js';
import { largeBodyWarning, spoolBody } from '../api/spool.js';
import { ApiError, describeError, EXIT_FAILURE, EXIT_OK, InputError, UsageError } from '../errors.js';
import { SETTING_NAMES } from '../config/settings.js';
import { sendEventRequestSchema } from '../reporter/event-schema.js';
import type { CliIo } from './cli-io.js';
import { httpOptionsFor, parseFlags, runCommand, type CommandOverrides } from './command-runner.js';
import { CONNECTION_USAGE, connectionFromFlags, connectionOptions } from './connection-flags.js';

export const SEND_USAGE = `Usage: iacm-report send --payload <file|-> [connection]

Send a saved event body (for example the file a failed report run names) to Harness IaCM.
  --payload <file|->   the body; - reads standard input

${CONNECTION_USAGE}

Exit codes: 0 sent, 2 bad payload or usage, 1 the API call failed.`;

const options = {
  payload: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  ...connectionOptions,
} as const;

async function readAll(stream: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function readPayload(source: string, io: CliIo): Promise<{ name: string; bytes: Buffer }> {
  if (source === '-') {
    if (io.stdin === undefined) throw new UsageError('--payload - needs a body on standard input');
    return { name: 'standard input', bytes: await readAll(io.stdin) };
  }
  const path = resolve(io.cwd, source);
  try {
    return { name: source, bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const options = { cause: error };
    if (code === 'ENOENT')
      throw new InputError('INPUT_NOT_FOUND', source, 'no such file', undefined, options);
    throw new InputError(
      'INPUT_UNREADABLE',
      source,
      `cannot be read (${code ?? 'unknown error'})`,
      undefined,
      options,
    );
  }
}

/** The payload as text, if it is a valid event body; InputError (exit 2) otherwise. */
export function checkPayload(name: string, bytes: Buffer): string {
  let body: string;
  try {
    body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('INPUT_ENCODING', name, 'is not valid UTF-8');
  }
  if (body.trim() === '') throw new InputError('INPUT_EMPTY', name, 'is empty');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new InputError('INPUT_SYNTAX', name, `is not JSON (${(error as Error).message})`, undefined, {
      cause: error,
    });
  }
  const result = sendEventRequestSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
    throw new InputError(
      'INPUT_INVALID',
      name,
      `is not an IaCM event body (${where}${issue?.message ?? 'invalid'})`,
    );
  }
  return body;
}

export async function run(argv: string[], io: CliIo, overrides: CommandOverrides = {}): Promise<number> {
  return runCommand(argv, io, async () => {
    const { values } = parseFlags(argv, options, 'send');
    if (values.help) {
      io.stdout(`${SEND_USAGE}\n`);
      return EXIT_OK;
    }
    if (values.payload === undefined || values.payload === '') {
      throw new UsageError('give the body to send with --payload <file> (or --payload - for standard input)');
    }
    const { name, bytes } = await readPayload(values.payload, io);
    const body = checkPayload(name, bytes);
    const conn = connectionFromFlags(values, io.env, { require: true });
    const warning = largeBodyWarning(body);
    if (warning !== undefined) io.stderr(`iacm-report: warning: ${warning}\n`);
    try {
      await sendEvent(conn, body, httpOptionsFor(io, overrides));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      io.stderr(`iacm-report: error: ${describeError(error, SETTING_NAMES.cli)}\n`);
      if (values.payload === '-') {
        // Standard input cannot be read twice: keep the body so a retry does not need it again.
        const { file } = await spoolBody(body, { env: io.env, cwd: io.cwd });
        io.stderr(
          `iacm-report: the body was saved to ${file}; retry with: iacm-report send --payload ${file}\n`,
        );
      } else {
        io.stderr(`iacm-report: the body is still in ${values.payload}; retry with the same command\n`);
      }
      return EXIT_FAILURE;
    }
    io.stderr(`iacm-report: event delivered to Harness IaCM (workspace ${conn.workspace ?? ''})\n`);
    return EXIT_OK;
  });
}
