/**
 * Everything one dry run writes that a reader or a server sees, in process: the text and Markdown
 * summaries, the plugin's SUMMARY, the partial report as saved, the text and Markdown of its merge,
 * and the request body. For tests that a value or a name never appears anywhere (issue 24).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportConfigSchema, type ReportConfigInput } from '../../src/config/schema.js';
import { readPartialFile } from '../../src/partial/partial-file.js';
import { PartialMerger } from '../../src/partial/merge-partials.js';
import { SUMMARY_MAX_BYTES } from '../../src/plugin/output-file.js';
import { fittedSummary } from '../../src/plugin/plugin-writer.js';
import { buildModel } from '../../src/reporter/build-model.js';
import { renderMarkdownSummary } from '../../src/reporter/markdown-summary.js';
import { renderTextSummary } from '../../src/reporter/text-summary.js';
import { runReport } from '../../src/run/run-report.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** A real plan case of test/fixtures/terraform, relative to the repository root. */
export const casePlanFile = (name: string): string => `test/fixtures/terraform/${name}/plan.json`;

/** Runs `input` as a dry run from the repository root, saving a partial under `dir` as `name`. */
export async function everyOutput(
  input: ReportConfigInput,
  dir: string,
  name: string,
): Promise<Record<string, string>> {
  const partial = join(dir, `${name}.json`);
  const config = reportConfigSchema.parse({ ...input, dryRun: true, savePartial: partial, send: false });
  const { model, body } = await runReport(config, { env: {}, cwd: REPO, log: () => undefined });
  const merger = new PartialMerger();
  merger.add(await readPartialFile(partial));
  const merged = buildModel(merger.finish().input);
  return {
    text: renderTextSummary(model),
    markdown: renderMarkdownSummary(model),
    summary: fittedSummary(model, SUMMARY_MAX_BYTES, []),
    partial: readFileSync(partial, 'utf8'),
    'merged text': renderTextSummary(merged),
    'merged markdown': renderMarkdownSummary(merged),
    body,
  };
}
