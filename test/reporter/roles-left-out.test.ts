/**
 * "Never greener than the truth" for what changes (issue 24): an update or replacement listed by
 * its address alone must not read as "nothing to say". On a real Terraform 1.11 plan
 * (test/fixtures/terraform/past-the-roles-cap: 2,010 updates, then a replacement after them in
 * the plan's order), through every output: the text summary, the Markdown job summary, the PR
 * comment, the plugin's SUMMARY, the partial report and a merge of it.
 * - a 65,536-character comment cannot list 1,000 updates with their roles and values: it gives
 *   up the values, then the roles, and says how many it left out and where there is more room;
 * - roles are read for the first 2,000 updates and replacements of a plan (MAX_ATTRIBUTE_ADDRESSES):
 *   the rest, the replacement among them, are named in a warning of the plan.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportConfigSchema } from '../../src/config/schema.js';
import { MAX_ATTRIBUTE_ADDRESSES } from '../../src/model/plan-summary.js';
import { readPartialFile } from '../../src/partial/partial-file.js';
import { PartialMerger } from '../../src/partial/merge-partials.js';
import { fittedSummary } from '../../src/plugin/plugin-writer.js';
import { SUMMARY_MAX_BYTES } from '../../src/plugin/output-file.js';
import { buildModel } from '../../src/reporter/build-model.js';
import { renderMarkdownSummary } from '../../src/reporter/markdown-summary.js';
import { leftOutNote } from '../../src/reporter/markdown-lists-fit.js';
import { COMMENT_BUDGET } from '../../src/reporter/text-budget.js';
import { GITLAB_NOTE_MAX_CHARS } from '../../src/forge/gitlab.js';
import type { ReportModel } from '../../src/reporter/report-model.js';
import { renderTextSummary } from '../../src/reporter/text-summary.js';
import { stickyBody } from '../../src/run/review.js';
import { runReport } from '../../src/run/run-report.js';
import { NO_FACTS } from '../../src/reporter/run-facts.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const PLAN = 'test/fixtures/terraform/past-the-roles-cap/plan.json';
const temp = mkdtempSync(join(tmpdir(), 'iacm-roles-left-out-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const CAP_WARNING =
  `${PLAN}: attribute roles (what changes) are read for the first 2,000 updates and replacements of a ` +
  'plan; 11 more are listed by address only (the first terraform_data.a_update[2000], the last ' +
  'terraform_data.b_replace)';
/** The same warning as Markdown escapes it. */
const CAP_WARNING_MD = CAP_WARNING.replace(/([_[\]])/g, '\\$1');
const LEFT_OUT = '_Not shown, to fit this summary’s size limit: ';

let model: ReportModel;
let partialFile: string;

beforeAll(async () => {
  partialFile = join(temp, 'leg.json');
  const config = reportConfigSchema.parse({
    plans: [PLAN],
    showValues: true,
    dryRun: true,
    savePartial: partialFile,
    send: false,
  });
  model = (await runReport(config, { env: {}, cwd: REPO, log: () => undefined })).model;
}, 120_000);

/** Update items a Markdown summary lists (each address once, in a code span). */
function updatesListed(md: string): number {
  return md.match(/<code>terraform\\_data\.a\\_update\\\[\d+\\\]<\/code>/g)?.length ?? 0;
}

describe('the plan is real and past the cap', () => {
  it('was written by terraform 1.11, with more updates and replacements than roles are read for', () => {
    const doc = JSON.parse(readFileSync(join(REPO, PLAN), 'utf8')) as {
      terraform_version: string;
      resource_changes: { change: { actions: string[] } }[];
    };
    expect(doc.terraform_version).toMatch(/^1\.11\./);
    const changing = doc.resource_changes.filter((c) => c.change.actions.join() !== 'no-op');
    expect(changing.length).toBeGreaterThan(MAX_ATTRIBUTE_ADDRESSES);
    expect(model.changedAttributes?.size).toBe(MAX_ATTRIBUTE_ADDRESSES);
    expect(model.changedAttributes?.has('terraform_data.b_replace')).toBe(false);
  });
});

describe('roles left out are said, in every output', () => {
  it('points to the job summary only from a smaller budget: not from a GitLab note (1,000,000 characters)', () => {
    expect(leftOutNote(3, 0, COMMENT_BUDGET)).toContain(
      'The job summary and a `--markdown` file hold up to 1 MiB.',
    );
    const note = leftOutNote(3, 0, { maxChars: GITLAB_NOTE_MAX_CHARS });
    expect(note).toContain('the attribute roles (what changes) of 3 updates and replacements listed above._');
    expect(note).not.toContain('1 MiB');
  });

  it('the PR comment lists every address it can, the first with their roles, and says how many lost theirs, and where', () => {
    const comment = stickyBody(model, 'plan', NO_FACTS);
    expect(comment.length).toBeLessThanOrEqual(65_536);
    const listed = updatesListed(comment);
    const withRoles = comment.match(/<code>input\.name<\/code>/g)?.length ?? 0;
    expect(listed).toBeGreaterThan(500);
    expect(withRoles).toBeGreaterThan(50);
    expect(withRoles).toBeLessThan(listed);
    // The first addresses keep their roles; the values (too long for the room) none.
    expect(comment).toContain(
      '- <code>terraform\\_data.a\\_update\\[0\\]</code> — <code>input.name</code>, <code>input.size</code>; known after apply: <code>output</code>\n',
    );
    expect(comment).not.toContain('```diff');
    expect(comment).toContain(
      `${LEFT_OUT}the attribute roles (what changes) of ${(listed - withRoles).toLocaleString('en-US')} updates and ` +
        `replacements listed above, and the values of ${listed.toLocaleString('en-US')}. The job summary and a ` +
        '`--markdown` file hold up to 1 MiB._',
    );
    // The replacement past the cap is bare: the plan's warning says why.
    expect(comment).toContain('- <code>terraform\\_data.b\\_replace</code>\n');
    expect(comment).toContain(`- ${CAP_WARNING_MD}`);
  });

  it('a summary with room for the roles but not the values keeps the roles and says the values are left out', () => {
    const md = renderMarkdownSummary(model, { budget: { maxBytes: 200_000 } });
    const listed = updatesListed(md);
    expect(listed).toBeGreaterThan(100);
    expect(md).toContain(
      '- <code>terraform\\_data.a\\_update\\[0\\]</code> — <code>input.name</code>, <code>input.size</code>; known after apply: <code>output</code>\n',
    );
    expect(md).not.toContain('```diff');
    expect(md).toContain(
      `${LEFT_OUT}the values of ${listed.toLocaleString('en-US')} updates and replacements listed above._`,
    );
  });

  it('the job summary (1 MiB) has room for all of it: roles and values of every update listed, no note', () => {
    const md = renderMarkdownSummary(model);
    expect(updatesListed(md)).toBe(1000);
    expect(md.match(/<code>input\.name<\/code>/g)?.length).toBe(1000);
    expect(md).toContain('+ input.name = "web-0-new"');
    expect(md).not.toContain(LEFT_OUT);
    expect(md).toContain(`- ${CAP_WARNING_MD}`);
  });

  it('the text summary and the SUMMARY name the cap and the replacement past it', () => {
    const text = renderTextSummary(model);
    expect(text).toContain('To replace (1):\n  terraform_data.b_replace\n');
    expect(text).toContain(`- ${CAP_WARNING}`);
    expect(fittedSummary(model, SUMMARY_MAX_BYTES, [])).toContain(`- ${CAP_WARNING}`);
  });

  it('the partial carries the warning and a merge says it, and what its comment leaves out', async () => {
    expect(readFileSync(partialFile, 'utf8')).toContain(JSON.stringify(CAP_WARNING).slice(1, -1));
    const merger = new PartialMerger();
    merger.add(await readPartialFile(partialFile));
    const merged = buildModel(merger.finish().input);
    expect(merged.warnings.some((w) => w.endsWith(CAP_WARNING.slice(PLAN.length)))).toBe(true);
    const comment = stickyBody(merged, 'plan', NO_FACTS);
    expect(comment).toContain(`${LEFT_OUT}the attribute roles (what changes) of `);
    expect(renderTextSummary(merged)).toContain(
      'attribute roles (what changes) are read for the first 2,000',
    );
  });
});
