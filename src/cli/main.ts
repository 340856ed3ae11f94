/** Dispatches `iacm-report <command>`; the only place the CLI turns errors into exit codes. */
import { describeError, EXIT_BAD_INPUT, EXIT_OK, exitCodeOf, UsageError } from '../errors.js';
import { nearestName } from '../config/nearest-name.js';
import { SETTING_NAMES } from '../config/settings.js';
import { plainText } from '../plain-text.js';
import type { CliIo } from './cli-io.js';
import * as report from './report-command.js';
import { safeIo } from './safe-io.js';
import { VERSION } from '../version.js';

type Command = (argv: string[], io: CliIo) => Promise<number>;

/**
 * Each command but `report` is loaded when it runs (a chunk of its own in the bundle): a report,
 * the usual run, does not compile the code of the others.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  report: () => Promise.resolve(report.run),
  send: async () => (await import('./send-command.js')).run,
  ttl: async () => (await import('./ttl-command.js')).run,
  pipelines: async () => (await import('./pipelines-command.js')).run,
  merge: async () => (await import('./merge-command.js')).run,
  upload: async () => (await import('./upload-command.js')).run,
};
const COMMAND_NAMES = Object.keys(COMMANDS);

/** The command `name` names, if any: own keys only (`toString`, `__proto__` are no commands). */
function commandOf(name: string | undefined): string | undefined {
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? name : undefined;
}

/**
 * A first word that is neither a flag nor a command: a misspelt command (`mergee`) more often than
 * a stray argument, so it is refused naming the nearest command.
 */
function unknownCommand(word: string): UsageError {
  const nearest = nearestName(word, COMMAND_NAMES);
  return new UsageError(
    `unknown command ${plainText(word)}${nearest === undefined ? '' : `: did you mean ${nearest}?`} ` +
      `(commands: ${COMMAND_NAMES.join(', ')}; see iacm-report --help)`,
    'USAGE',
  );
}

export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  const { io, end } = safeIo(argv, rawIo);
  try {
    return await dispatch(argv, io);
  } finally {
    end();
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  const command = commandOf(first);
  const args = command ? rest : argv;
  if (args.includes('--help') || args.includes('-h')) {
    if (command === undefined || command === 'report') {
      io.stdout(`${report.reportUsage()}\n`);
      return EXIT_OK;
    }
    if (command === 'merge') {
      io.stdout(`${(await import('./merge-command.js')).MERGE_USAGE}\n`);
      return EXIT_OK;
    }
  } else if (command === undefined && argv.length === 0) {
    io.stderr(`${report.reportUsage()}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    // A path or glob (`plan.json`, `plans/*`) is a stray input, which the report command explains.
    if (command === undefined && first !== undefined && /^[^-./*?\\][^./*?\\]*$/.test(first)) {
      throw unknownCommand(first);
    }
    const run = await (COMMANDS[command ?? 'report'] ?? COMMANDS['report']!)();
    return await run(args, io);
  } catch (error) {
    io.stderr(`iacm-report: error: ${describeError(error, SETTING_NAMES.cli)}\n`);
    return exitCodeOf(error);
  }
}
