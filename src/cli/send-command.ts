/**
 * `iacm-report send --payload <file|->`: deliver a body saved earlier (by a failed report run, or
 * written by hand). The body is checked against the event schema, then sent exactly as read.
 */
import { resolve } from 'node:path';
import { sendEvent } from '../api/iacm-api.js';
import { largeBodyWarning, spoolBody, spoolTargetOf } from '../api/spool.js';
import { ApiError, describeError, EXIT_FAILURE, EXIT_OK, InputError, UsageError } from '../errors.js';
import { SETTING_NAMES } from '../config/settings.js';
import {
  isStdinName,
  MAX_PAYLOAD_BYTES,
  MAX_PIPED_PAYLOAD_BYTES,
  readInput,
  readStream,
} from '../inputs/input-file.js';
import { parseJsonText } from '../inputs/json-file.js';
import { sendEventRequestSchema } from '../reporter/event-schema.js';
import type { CliIo } from './cli-io.js';
import { flagsOrHelp, httpOptionsFor, runCommand, type CommandOverrides } from './command-runner.js';
import { CONNECTION_USAGE, connectionFromFlags, connectionOptions } from './connection-flags.js';
import { applySpoolTarget, payloadTarget } from './spool-target.js';

export const SEND_USAGE = `Usage: iacm-report send --payload <file|-> [connection]

Send a saved event body (for example the file a failed report run names) to Harness IaCM.
  --payload <file|->   the body; - reads standard input

A body a report run saved keeps its target beside it (<file>.target.json: account, org, project,
workspace, base URL; never the key). Account, org, project and workspace come from their flag if
given, else from that target, else from the environment: the body goes where it was meant to go.
The host never comes from the target (the key goes there): --base-url, else HARNESS_BASE_URL.

${CONNECTION_USAGE}

Exit codes: 0 sent, 2 bad payload or usage, 1 the API call failed.`;

const options = {
  payload: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  ...connectionOptions,
} as const;

/**
 * The body: a regular file (a FIFO or a device such as /dev/zero is refused) or standard input,
 * each with its own cap (input-file.ts), so an endless input cannot grow the process.
 */
async function readPayload(source: string, io: CliIo): Promise<{ name: string; bytes: Buffer }> {
  if (source === '-') {
    if (io.stdin === undefined) throw new UsageError('--payload - needs a body on standard input');
    return {
      name: 'standard input',
      bytes: await readStream(io.stdin, 'standard input', MAX_PIPED_PAYLOAD_BYTES),
    };
  }
  // A spooled file can be as large as any body; a pipe by name is held to the piped limit.
  const max = isStdinName(source) ? MAX_PIPED_PAYLOAD_BYTES : MAX_PAYLOAD_BYTES;
  return { name: source, bytes: await readInput(resolve(io.cwd, source), source, max) };
}

/** The payload as text, if it is a valid event body; InputError (exit 2) otherwise. */
export function checkPayload(name: string, bytes: Buffer): string {
  let body: string;
  try {
    body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new InputError('INPUT_ENCODING', name, 'is not valid UTF-8', undefined, { cause: error });
  }
  if (body.trim() === '') throw new InputError('INPUT_EMPTY', name, 'is empty');
  // The body holds the event: its syntax error names line and column, never its text.
  const json = parseJsonText(
    body,
    name,
    'send the body a report step wrote (--dry-run or its spool file) unchanged',
  );
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
    const values = flagsOrHelp(argv, options, 'send', SEND_USAGE, io);
    if (values === undefined) return EXIT_OK;
    if (values.payload === undefined || values.payload === '') {
      throw new UsageError('give the body to send with --payload <file> (or --payload - for standard input)');
    }
    const { name, bytes } = await readPayload(values.payload, io);
    const body = checkPayload(name, bytes);
    const target = await payloadTarget(values.payload, resolve(io.cwd, values.payload));
    const targeted = applySpoolTarget(target, values, io.env);
    for (const note of targeted.notes) io.stderr(`iacm-report: note: ${note}\n`);
    const conn = connectionFromFlags(values, targeted.env, { require: true });
    const warning = largeBodyWarning(body);
    if (warning !== undefined) io.stderr(`iacm-report: warning: ${warning}\n`);
    try {
      await sendEvent(conn, body, httpOptionsFor(io, overrides));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      io.stderr(`iacm-report: error: ${describeError(error, SETTING_NAMES.cli)}\n`);
      if (values.payload === '-') {
        // Standard input cannot be read twice: keep the body so a retry does not need it again.
        const { file, fallback } = await spoolBody(body, {
          env: io.env,
          cwd: io.cwd,
          target: spoolTargetOf(conn),
        });
        if (fallback !== undefined) io.stderr(`iacm-report: warning: ${fallback}; using ${file}\n`);
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
