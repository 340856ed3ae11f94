/**
 * `iacm-report [report] --plan <file|glob> ... [--dry-run]`: the main job. In dry-run mode stdout
 * carries the request body and nothing else; everything for people goes to stderr.
 */
import { REPORT_FLAG_OPTIONS, reportConfigFromFlags } from '../config/from-cli-flags.js';
import { describeError, EXIT_FAILURE, EXIT_OK } from '../errors.js';
import { SETTING_NAMES } from '../config/settings.js';
import { renderTextSummary } from '../reporter/text-summary.js';
import { trippedGates } from '../run/gates.js';
import { runReport } from '../run/run-report.js';
import type { CliIo } from './cli-io.js';
import { httpOptionsFor, parseFlags, runCommand, type CommandOverrides } from './command-runner.js';
import { sectionUsage } from './settings-usage.js';

/** The table's CLI rows (config/settings.ts), and the flags only the command line has. */
const options = {
  ...REPORT_FLAG_OPTIONS,
  quiet: { type: 'boolean', short: 'q' },
} as const;

/** --help: the settings are the table's CLI rows (settings-usage.ts), never listed here. */
export const REPORT_USAGE = `Usage: iacm-report [report] [options]

Read plans, drift, a Terragrunt tree and Infracost costs, and send one event to Harness IaCM.

${sectionUsage(['inputs', 'event', 'delivery', 'gates', 'connection'])}
Proxies: HTTPS_PROXY, HTTP_PROXY, NO_PROXY.
Other:
  -q, --quiet                  no summary on stderr
  -V, --version                print the version and exit

Exit codes: 0 success, 2 bad input or usage, 1 any other failure.
Other commands: iacm-report send | ttl | pipelines --help`;

export function run(argv: string[], io: CliIo, overrides: CommandOverrides = {}): Promise<number> {
  return runCommand(argv, io, () => report(argv, io, overrides));
}

async function report(argv: string[], io: CliIo, overrides: CommandOverrides): Promise<number> {
  const { values } = parseFlags(argv, options, 'report');
  const config = reportConfigFromFlags(values, io.env);
  const log = values.quiet ? () => undefined : (line: string) => io.stderr(`${line}\n`);
  const outcome = await runReport(config, {
    env: io.env,
    cwd: io.cwd,
    log,
    progress: io.stderrIsTty ? drawProgress(io) : undefined,
    http: httpOptionsFor(io, overrides),
  });

  if (config.dryRun) io.stdout(`${outcome.body}\n`);
  log(renderTextSummary(outcome.model));
  const { delivery } = outcome;
  if (delivery.kind === 'spooled') {
    io.stderr(
      `iacm-report: error: ${describeError(delivery.error, SETTING_NAMES.cli)}\n` +
        `iacm-report: the report was saved to ${delivery.file}; send it later with: iacm-report send --payload ${delivery.file}\n`,
    );
    return EXIT_FAILURE;
  }
  if (delivery.kind === 'sent') log('Event delivered to Harness IaCM.');
  const tripped = trippedGates(outcome.model, config.gates);
  for (const message of tripped) io.stderr(`iacm-report: gate failed: ${message}\n`);
  return tripped.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

/** Units read / total on one self-rewriting stderr line (only on a terminal). */
function drawProgress(io: CliIo): (done: number, total: number) => void {
  return (done, total) => {
    io.stderr(`\rReading Terragrunt units: ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
