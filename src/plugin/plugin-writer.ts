/**
 * How the plugin writes an ending (run/ending.ts): the output variables file, then the release,
 * the summary and the delivery note on stdout (the dry run's body after it), failures on stderr
 * as `iacm-report: ...` lines. Every line goes through one redacting, command-safe writer.
 */
import { redact } from '../api/redact.js';
import { describeError } from '../errors.js';
import { SETTING_NAMES } from '../config/settings.js';
import type { ReportModel } from '../reporter/report-model.js';
import { NO_FACTS, type RunFacts } from '../reporter/run-facts.js';
import { renderTextSummary } from '../reporter/text-summary.js';
import { deliveryNote, failureLine, type EntryWriter, type Failure } from '../run/ending.js';
import { safeStream } from '../run/safe-output.js';
import { withoutRunnerCommands } from '../runner-commands.js';
import { writeCard } from './annotations-hook.js';
import type { SpoolOptions } from '../api/spool.js';
import { reviewSettingsFrom } from '../config/review-inputs.js';
import type { ReviewConfig } from '../config/review-settings.js';
import { finishReview, publishFailure, type ReviewIo } from '../run/review.js';
import { reviewIo } from '../run/review-io.js';
import { dryRunBodyLines } from './dry-run-body.js';
import { outputFilePath, outputVariables, SUMMARY_MAX_BYTES, writeOutputFile } from './output-file.js';
import { REPORTER_NAME, VERSION } from '../version.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The log can hold more than an output variable, but a tree of thousands of units need not be listed whole. */
const LOG_SUMMARY_MAX_BYTES = 256 * 1024;

/**
 * A summary, redacted, with no runner command, and still within `maxBytes`: a redaction marker
 * (or a neutralising zero-width space) can make it longer, so cut again by the overshoot until it
 * fits.
 */
export function fittedText(
  render: (maxBytes: number) => string,
  maxBytes: number,
  secrets: readonly string[],
): string {
  let budget = maxBytes;
  for (;;) {
    // No runner command either: SUMMARY travels on to later steps, which may print it.
    const text = withoutRunnerCommands(redact(render(budget), secrets));
    const over = Buffer.byteLength(text, 'utf8') - maxBytes;
    if (over <= 0 || budget <= 0) return over <= 0 ? text : '';
    budget -= over;
  }
}

/** The text summary of one model, redacted, within `maxBytes`. */
export function fittedSummary(
  model: ReportModel,
  maxBytes: number,
  secrets: readonly string[],
  facts: RunFacts = NO_FACTS,
): string {
  return fittedText((budget) => renderTextSummary(model, { maxBytes: budget, facts }), maxBytes, secrets);
}

export interface PluginStreams {
  readonly env: Env;
  /** The checkout (a relative Markdown file is written there). */
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export interface PluginWriter extends EntryWriter {
  /** A log line (stderr): warnings, progress notes. */
  readonly log: (line: string) => void;
  /** A secret learnt once the settings are read (the validated key). */
  readonly addSecret: (secret: string | undefined) => void;
  /** What the settings say for the writer's own outputs, once they are read. */
  readonly configure: (settings: {
    /** Markdown file, comment, check run. */
    readonly review: ReviewConfig;
    /** Where a dry run's body is written (as an undelivered one would be). */
    readonly spoolDir?: string | undefined;
  }) => void;
}

export function pluginWriter(io: PluginStreams, secrets: string[]): PluginWriter {
  const stdout = safeStream(io.stdout, (text) => redact(text, secrets));
  const stderr = safeStream(io.stderr, (text) => redact(text, secrets));
  const out = (line: string): void => stdout(`${line}\n`);
  const err = (line: string): void => stderr(`${line}\n`);
  const world = 'plugin';
  let review: ReviewConfig | undefined;
  let spool: SpoolOptions = { env: io.env, cwd: io.cwd };
  // The review's lines go to the step log, through the same redacting writer; warnings marked.
  const reviewLines: ReviewIo & { cwd: string } = {
    ...reviewIo({ env: io.env, secrets, log: err }),
    cwd: io.cwd,
  };
  return {
    log: err,
    addSecret: (secret) => {
      if (secret !== undefined && secret !== '') secrets.push(secret);
    },
    configure: (settings) => {
      review = settings.review;
      if (settings.spoolDir !== undefined) spool = { ...spool, spoolDir: settings.spoolDir };
    },
    async write(ending) {
      const failures: Failure[] = [];
      const outputFile = outputFilePath(io.env);
      if (outputFile !== undefined) {
        try {
          const summary = fittedText(ending.text, SUMMARY_MAX_BYTES, secrets);
          const event = ending.event ?? { event_type: ending.model.eventType };
          await writeOutputFile(outputFile, outputVariables(ending.model, event, summary));
        } catch (error) {
          failures.push({ code: 'OUTPUT_FAILED', what: `the output variables to ${outputFile}`, error });
        }
      }
      const cardNotes: string[] = [];
      const annotations = await writeCard(
        ending,
        io.env,
        (text) => redact(text, secrets),
        (line) => cardNotes.push(line),
      );
      if (annotations !== undefined) failures.push(annotations);
      // Which release ran, for whoever reads the step log later. Not before the run: a bad setting
      // keeps its contract of one line on stderr and nothing on stdout.
      out(`${REPORTER_NAME} ${VERSION}`);
      out(ending.text(LOG_SUMMARY_MAX_BYTES));
      const note = deliveryNote(ending);
      if (note !== undefined) out(note);
      for (const line of cardNotes) out(line);
      if (ending.delivery?.kind === 'dry-run') {
        // A body of megabytes is no log line: it goes to a file, named here with its first lines.
        const what = ending.kind === 'merge' ? 'the merged event' : 'the event';
        for (const line of await dryRunBodyLines(what, ending.body, spool)) out(line);
      }
      // A Markdown file, comment or check run that cannot be written is a warning, never a lost report.
      if (review !== undefined) {
        await finishReview(
          review,
          { model: ending.model, facts: ending.facts, render: ending.markdown },
          reviewLines,
        );
      }
      return failures;
    },
    fail(failures) {
      for (const failure of failures) {
        const prefix = failure.code === 'GATE_FAILED' ? 'iacm-report: ' : 'iacm-report: error: ';
        err(prefix + failureLine(failure, world));
      }
    },
    async refuse(error) {
      const message = describeError(error, SETTING_NAMES[world]);
      err(`iacm-report: error: ${message}`);
      // No report: the pull request says so (when commenting is on), as far as the settings read.
      const settings =
        review ??
        reviewSettingsFrom(world, (name) => io.env[`PLUGIN_${name.replace(/-/g, '_').toUpperCase()}`]);
      if (settings !== undefined)
        await publishFailure(settings, message.split('\n')[0] ?? message, reviewLines);
    },
  };
}
