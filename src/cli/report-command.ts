/**
 * `iacm-report [report] --plan <file|glob> ... [--dry-run]`: the main job. In dry-run mode stdout
 * carries the request body and nothing else; everything for people goes to stderr.
 */
import { REPORT_FLAG_OPTIONS, reportConfigFromFlags } from '../config/from-cli-flags.js';
import { SETTING_NAMES } from '../config/settings.js';
import { describeError, UsageError } from '../errors.js';
import { plainText } from '../plain-text.js';
import { present, reportEnding } from '../run/ending.js';
import { runReport } from '../run/run-report.js';
import { finishReview, publishFailure, type ReviewIo } from '../run/review.js';
import { reviewIo } from '../run/review-io.js';
import type { CliIo } from './cli-io.js';
import { cliWriter } from './cli-writer.js';
import { httpOptionsFor, parseFlags, runCommand, type CommandOverrides } from './command-runner.js';
import { sectionUsage } from './settings-usage.js';

/** The table's CLI rows (config/settings.ts), and the flags only the command line has. */
const options = {
  ...REPORT_FLAG_OPTIONS,
  quiet: { type: 'boolean', short: 'q' },
} as const;

/**
 * --help: the settings are the table's CLI rows (settings-usage.ts), never listed here. Made when
 * asked for: writing it out costs a run that does not print it ~4 M instructions at start-up.
 */
export const reportUsage = (): string => `Usage: iacm-report [report] [options]

Read plans, drift, a Terragrunt tree and Infracost costs, and send one event to Harness IaCM.

${sectionUsage(['inputs', 'event', 'delivery', 'partial', 'uploads', 'gates', 'review', 'connection'])}
Proxies: HTTPS_PROXY, HTTP_PROXY, NO_PROXY.
Other:
  -q, --quiet                  no summary and no progress on stderr (warnings and errors still)
  -V, --version                print the version and exit

Exit codes: 0 success, 2 bad input or usage, 1 any other failure.
Other commands: iacm-report merge | send | upload | ttl | pipelines --help`;

export function run(argv: string[], io: CliIo, overrides: CommandOverrides = {}): Promise<number> {
  return runCommand(argv, io, () => report(argv, io, overrides));
}

async function report(argv: string[], io: CliIo, overrides: CommandOverrides): Promise<number> {
  const { values, positionals } = parseFlags(argv, options, 'report', true);
  if (positionals.length > 0) {
    const given = values as Readonly<Record<string, unknown>>;
    const inputs = [given['plan'], given['drift']].flat().filter((v): v is string => typeof v === 'string');
    throw strayArguments(positionals, inputs);
  }
  const config = reportConfigFromFlags(values, io.env);
  const quiet = values.quiet === true;
  const log = quiet ? () => undefined : (line: string) => io.stderr(`${line}\n`);
  const progress = !quiet && io.stderrIsTty ? new ProgressLine(io) : undefined;
  const stopListening = progress === undefined ? undefined : io.onInterrupt?.(() => progress.erase());
  let outcome;
  try {
    outcome = await runReport(config, {
      env: io.env,
      cwd: io.cwd,
      log: (line) => {
        progress?.erase();
        log(line);
      },
      progress: progress === undefined ? undefined : (done, total) => progress.draw(done, total),
      http: httpOptionsFor(io, overrides),
    });
  } catch (error) {
    // No report: the pull request says so instead of keeping an older run's verdict.
    await publishFailure(
      config.review,
      plainText(describeError(error, SETTING_NAMES.cli)),
      cliReviewIo(io, config.connection.apiKey, quiet),
    );
    throw error;
  } finally {
    // Done or failed: the progress line leaves no trace above the summary or the error.
    progress?.erase();
    stopListening?.();
  }

  const ending = reportEnding(outcome, config.connection.workspace);
  const code = await present(ending, cliWriter(io, { quiet, dryRun: config.dryRun }));
  // The Markdown file, the comment and the check run: after the summary, whatever the gates say.
  await finishReview(
    config.review,
    { model: ending.model, facts: ending.facts, render: ending.markdown },
    { ...cliReviewIo(io, config.connection.apiKey, quiet), cwd: io.cwd },
  );
  return code;
}

/** The review's lines: progress on stderr (not with -q), warnings always. */
export function cliReviewIo(io: CliIo, apiKey: string | undefined, quiet: boolean): ReviewIo {
  return reviewIo({
    env: io.env,
    secrets: [apiKey],
    quiet,
    log: (line) => io.stderr(`${plainText(line)}\n`),
  });
}

/**
 * Arguments that belong to no flag. After --plan/--drift they are almost always the files of an
 * unquoted glob the shell expanded (`--plan plans/*.json` became `--plan a.json b.json`).
 */
function strayArguments(
  positionals: readonly string[],
  planValues: readonly string[] | undefined,
): UsageError {
  const shown = positionals
    .slice(0, 3)
    .map((p) => plainText(p))
    .join(', ');
  const more = positionals.length > 3 ? ` and ${positionals.length - 3} more` : '';
  if (planValues !== undefined && planValues.length > 0) {
    return new UsageError(
      `unexpected argument${positionals.length === 1 ? '' : 's'} ${shown}${more}: the shell expanded an unquoted glob; ` +
        `quote the glob (--plan 'plans/*.json'), or repeat --plan for each file`,
    );
  }
  return new UsageError(
    `unexpected argument ${shown}${more}: every input needs its flag (see iacm-report report --help)`,
  );
}

/**
 * Units read / total on one self-rewriting stderr line (only on a terminal, never with -q),
 * erased when the reading ends, fails or is interrupted, so no "128/300^C" stays behind.
 */
class ProgressLine {
  private drawn = false;

  constructor(private readonly io: CliIo) {}

  draw(done: number, total: number): void {
    if (done >= total && total > 0) {
      this.erase();
      return;
    }
    this.drawn = true;
    this.io.stderr(`\r\u001b[2KReading Terragrunt units: ${done}/${total}`);
  }

  erase(): void {
    if (!this.drawn) return;
    this.io.stderr('\r\u001b[2K');
    this.drawn = false;
  }
}
