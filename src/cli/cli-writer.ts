/**
 * How the CLI writes an ending (run/ending.ts): data on stdout (the dry run's exact body, or the
 * comment-only Markdown), everything for people on stderr (the summary, the delivery note, then
 * failures as `iacm-report: ...` lines). Secrets and runner commands are kept out of both
 * streams by main.ts's writer, which every command writes through.
 */
import { bodyPieces } from '../api/event-body.js';
import { plainText } from '../plain-text.js';
import { COMMENT_BUDGET } from '../reporter/text-budget.js';
import { deliveryNote, failureLine, type EntryWriter } from '../run/ending.js';
import { describeError } from '../errors.js';
import { SETTING_NAMES } from '../config/settings.js';
import type { CliIo } from './cli-io.js';

export interface CliWriterOptions {
  /** `-q`: no summary and no notes; warnings and errors still. */
  readonly quiet: boolean;
  /** Print the request body on stdout. */
  readonly dryRun: boolean;
}

export function cliWriter(io: CliIo, options: CliWriterOptions): EntryWriter {
  const log = (line: string): void => {
    if (!options.quiet) io.stderr(`${line}\n`);
  };
  return {
    async write(ending) {
      if (ending.kind === 'comment-only') io.stdout(ending.markdown(COMMENT_BUDGET));
      else if (options.dryRun) {
        // In pieces: a merge's body of hundreds of megabytes is never one string (event-body.ts).
        for await (const piece of bodyPieces(ending.body)) {
          io.stdout(piece);
          await io.stdoutDrained?.();
        }
        io.stdout('\n');
      }
      if (options.quiet) {
        // Warnings (failed and missing legs first) are part of the summary; without it, a line each.
        for (const warning of ending.model.warnings)
          io.stderr(`iacm-report: warning: ${plainText(warning)}\n`);
      } else {
        log(ending.text());
      }
      const note = deliveryNote(ending);
      if (note !== undefined) log(note);
      return [];
    },
    fail(failures) {
      for (const failure of failures) {
        const prefix = failure.code === 'GATE_FAILED' ? 'iacm-report: ' : 'iacm-report: error: ';
        io.stderr(`${prefix}${failureLine(failure, 'cli')}\n`);
      }
    },
    refuse(error) {
      io.stderr(`iacm-report: error: ${describeError(error, SETTING_NAMES.cli)}\n`);
    },
  };
}
