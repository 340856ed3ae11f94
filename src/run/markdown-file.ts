/**
 * `--markdown <file>` (CLI) and `markdown-file` (plugin): the same GitHub-flavoured summary the
 * Action writes to its job summary, within its 1 MiB, or within a comment's 65,536 characters
 * (`markdown-budget: comment`) for a tool that posts it somewhere else.
 */
import { writeFile } from '../lazy-fs.js';
import { resolve } from 'node:path';
import { redactSecrets } from '../api/redact.js';
import type { ReviewConfig } from '../config/review-settings.js';
import { describeError } from '../errors.js';
import { COMMENT_BUDGET, JOB_SUMMARY_BUDGET } from '../reporter/text-budget.js';
import type { Renderer } from './review.js';

/** Writes the file when asked; a file that cannot be written is a warning (the report is sent). */
export async function writeMarkdownFile(
  review: ReviewConfig,
  render: Renderer,
  io: { cwd: string; warn: (line: string) => void; secrets: readonly (string | undefined)[] },
): Promise<void> {
  if (review.markdownFile === undefined) return;
  const budget = review.markdownBudget === 'comment' ? COMMENT_BUDGET : JOB_SUMMARY_BUDGET;
  try {
    await writeFile(resolve(io.cwd, review.markdownFile), redactSecrets(render(budget), io.secrets), 'utf8');
  } catch (error) {
    io.warn(`markdown: could not write ${review.markdownFile}: ${describeError(error)}`);
  }
}
