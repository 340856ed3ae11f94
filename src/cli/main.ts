/** Dispatches `iacm-report <command>`; the only place the CLI turns errors into exit codes. */
import { describeError, EXIT_BAD_INPUT, EXIT_OK, exitCodeOf } from '../errors.js';
import { redactSecrets } from '../api/redact.js';
import { SETTING_NAMES } from '../config/settings.js';
import type { CliIo } from './cli-io.js';
import { apiKeyCandidates } from './connection-flags.js';
import * as report from './report-command.js';
import { VERSION } from '../version.js';

type Command = (argv: string[], io: CliIo) => Promise<number>;

/**
 * Each command but `report` is loaded when it runs (a chunk of its own in the bundle): a report,
 * the usual run, does not compile the code of the others.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  report: () => Promise.resolve(report.run),
  send: async () => (await import('./send-command.js')).run,
  ttl: async () => (await import('./ttl-command.js')).run,
  pipelines: async () => (await import('./pipelines-command.js')).run,
  merge: async () => (await import('./merge-command.js')).run,
  upload: async () => (await import('./upload-command.js')).run,
};

/**
 * The API key never reaches stdout or stderr, whatever carried it there: a server's message, an
 * error, or plan content (a unit or resource named after it). Every line the CLI writes passes
 * through here with the keys the command line and environment hold.
 */
function redactingIo(argv: readonly string[], io: CliIo): CliIo {
  const secrets = apiKeyCandidates(argv, io.env);
  if (secrets.length === 0) return io;
  return {
    ...io,
    stdout: (text) => io.stdout(redactSecrets(text, secrets)),
    stderr: (text) => io.stderr(redactSecrets(text, secrets)),
  };
}

export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  const io = redactingIo(argv, rawIo);
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  const command = first !== undefined && first in COMMANDS ? first : undefined;
  const args = command ? rest : argv;
  if (args.includes('--help') || args.includes('-h')) {
    if (command === undefined || command === 'report') {
      io.stdout(`${report.REPORT_USAGE}\n`);
      return EXIT_OK;
    }
    if (command === 'merge') {
      io.stdout(`${(await import('./merge-command.js')).MERGE_USAGE}\n`);
      return EXIT_OK;
    }
  } else if (command === undefined && argv.length === 0) {
    io.stderr(`${report.REPORT_USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    const run = await (COMMANDS[command ?? 'report'] ?? COMMANDS['report']!)();
    return await run(args, io);
  } catch (error) {
    io.stderr(`iacm-report: error: ${describeError(error, SETTING_NAMES.cli)}\n`);
    return exitCodeOf(error);
  }
}
