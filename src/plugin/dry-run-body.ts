/**
 * A plugin dry run's body goes to a file, not into the log: a Terragrunt tree's body can be
 * megabytes, and a Harness log shows one line of it badly. The log names the file (which
 * `iacm-report send --payload <file>` can deliver later) and shows the body's first lines,
 * indented, so a reader sees its shape at a glance.
 */
import { bodyPieces, type EventBody } from '../api/event-body.js';
import { indentedLines } from './indented-lines.js';
import { spoolBody, type SpoolOptions } from '../api/spool.js';
import { thousands } from '../thousands.js';

/** Lines of the indented body shown in the log. */
export const PREVIEW_LINES = 20;

/** The log lines for a dry run: where the body is, and its start. */
export async function dryRunBodyLines(what: string, body: EventBody, spool: SpoolOptions): Promise<string[]> {
  const size = `${thousands(body.length)} characters`;
  let where: string;
  const notes: string[] = [];
  try {
    const saved = await spoolBody(body, spool);
    where = `is in ${saved.file} (${size})`;
    if (saved.fallback !== undefined) notes.push(`warning: ${saved.fallback}; used the OS temp folder`);
  } catch (error) {
    where = `could not be written to a file (${(error as NodeJS.ErrnoException).code ?? String(error)}; ${size})`;
  }
  // Indented a piece at a time: a merge's body is never one string (api/event-body.ts).
  const { first: shown, total } = await indentedLines(bodyPieces(body), PREVIEW_LINES);
  const rest = total - shown.length;
  return [
    `Dry run: ${what} was not sent. The body that would have been sent ${where}; it starts:`,
    ...notes,
    ...shown,
    ...(rest > 0 ? [`... ${thousands(rest)} more lines`] : []),
  ];
}
