/**
 * What survives in each output at 1, 300 and 3,000 Terragrunt units (real plans laid out as a
 * tree, read through the real pipeline): the GitHub comment (65,536 characters), the job summary
 * (1 MiB) and the Harness SUMMARY output line (64 KiB). Each stays within its budget, leads with
 * the verdict and shows the destroy list whole, above the unit table. The survival table is a
 * golden file, so a change in what is cut shows in review.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { stickyBody as commentBody } from '../../src/run/review.js';
import { fittedSummary } from '../../src/plugin/main.js';
import { formatOutputFile, SUMMARY_MAX_BYTES } from '../../src/plugin/output-file.js';
import { renderMarkdownSummary } from '../../src/reporter/markdown-summary.js';
import type { ReportModel } from '../../src/reporter/report-model.js';
import { COMMENT_BUDGET, JOB_SUMMARY_BUDGET, utf8Length } from '../../src/reporter/text-budget.js';
import { expectGolden } from '../support/golden.js';
import { CI_FACTS } from '../support/run-facts.js';
import { bigTree, terragruntModel } from '../support/real-report-models.js';

const golden = (name: string): string => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));

const SIZES = [1, 300, 3000] as const;

const FACTS = CI_FACTS;

const models = new Map<number, ReportModel>();

beforeAll(async () => {
  for (const size of SIZES) models.set(size, await terragruntModel(bigTree(size)));
}, 120_000);

function model(size: number): ReportModel {
  const found = models.get(size);
  if (!found) throw new Error(`no model for ${size}`);
  return found;
}

/** "shown/total" of each `<details>` list: entries listed, and the heading's count. */
function markdownLists(text: string): string[] {
  const out: string[] = [];
  const sections = text.split(/<details(?: open)?><summary>/).slice(1);
  for (const section of sections) {
    const head = /^(.*?) \((\d+)\)<\/summary>/.exec(section);
    if (!head?.[1] || !head[2]) continue;
    const name = head[1].replace(/<\/?strong>/g, '').replace(/,.*/, '');
    const body = section.slice(0, section.indexOf('</details>'));
    // Entries, not the group lines ("- unit <code>…</code>") they sit under.
    const entries = body.split('\n').filter((line) => /^( {2})?- <code>/.test(line)).length;
    out.push(`${name} ${entries}/${head[2]}`);
  }
  return out;
}

/** Unit rows in the Markdown unit table. */
function unitRows(text: string): number {
  return text.split('\n').filter((line) => line.startsWith('| <code>')).length;
}

function survival(size: number, output: string, text: string, measure: string): string {
  const folded = /_(\d+) units? without changes\._/.exec(text)?.[1] ?? '0';
  return `${size} units, ${output} (${measure}): unit rows ${unitRows(text)}, ${folded} folded; ${markdownLists(text).join('; ')}`;
}

/** Lines under a text list heading such as "To destroy (12):". */
function textList(text: string, heading: string): { shown: number; total: number } | undefined {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.startsWith(`${heading} (`));
  if (at < 0) return undefined;
  const total = Number(/\((\d+)\):$/.exec(lines[at] ?? '')?.[1]);
  let shown = 0;
  for (const line of lines.slice(at + 1)) {
    if (!line.startsWith('  ') || line.startsWith('  and ')) break;
    shown++;
  }
  return { shown, total };
}

describe('summary budgets at 1, 300 and 3,000 units', () => {
  it('each output fits its budget, leads with the verdict and shows every destroy above the units', async () => {
    const report: string[] = [];
    for (const size of SIZES) {
      const m = model(size);
      const destroys = m.addresses.deleted.total;
      expect(destroys, `${size} units`).toBeGreaterThan(0);

      const comment = commentBody(m, 'plan/live-eu', FACTS);
      expect(comment.length).toBeLessThanOrEqual(COMMENT_BUDGET.maxChars ?? 0);
      expect(utf8Length(comment)).toBeLessThanOrEqual(COMMENT_BUDGET.maxBytes ?? 0);
      const job = renderMarkdownSummary(m, { budget: JOB_SUMMARY_BUDGET, facts: FACTS });
      expect(utf8Length(job)).toBeLessThanOrEqual(JOB_SUMMARY_BUDGET.maxBytes ?? 0);

      for (const text of [comment.slice(comment.indexOf('\n') + 1), job]) {
        expect(text.split('\n')[0]).toMatch(
          // What the report does not cover (failed units) ranks before the destroys.
          new RegExp(
            `^### 🛑 Harness IaCM plan: (\\d+ units? failed: their changes are unknown · )?(\\d+ units? skipped · )?${destroys} to destroy · `,
          ),
        );
        expect(text.split('\n')[0]).toContain('gate failed: fail-on-destroy');
        const list = text.indexOf(
          `<details open><summary><strong>To destroy</strong> (${destroys})</summary>`,
        );
        expect(list).toBeGreaterThan(0);
        const units = text.indexOf('#### Terragrunt units');
        if (units >= 0) expect(list).toBeLessThan(units);
        expect(markdownLists(text)).toContain(`To destroy ${destroys}/${destroys}`);
      }
      report.push(survival(size, 'comment', comment, `${comment.length} chars`));
      report.push(survival(size, 'job summary', job, `${utf8Length(job)} bytes`));

      const summary = fittedSummary(m, SUMMARY_MAX_BYTES, [], FACTS);
      expect(() =>
        formatOutputFile({ SUMMARY: `__B64__${Buffer.from(summary).toString('base64')}` }),
      ).not.toThrow();
      expect(summary.split('\n')[0]).toMatch(
        new RegExp(
          `^CAUTION: (\\d+ units? failed: their changes are unknown; )?(\\d+ units? skipped; )?${destroys} to destroy; `,
        ),
      );
      const shown = textList(summary, 'To destroy');
      expect(shown?.total).toBe(destroys);
      const drift = textList(summary, 'Drifted, changed outside Terraform');
      const replace = textList(summary, 'To replace');
      const units = summary.match(/^Units: \d+$/m)
        ? summary.split('\n').filter((l) => /^live\//.test(l)).length
        : 0;
      report.push(
        `${size} units, Harness SUMMARY (${utf8Length(summary)} bytes): To destroy ${shown?.shown}/${shown?.total}; ` +
          `To replace ${replace?.shown ?? 0}/${replace?.total ?? 0}; Drifted ${drift?.shown ?? 0}/${drift?.total ?? 0}; unit rows ${units}`,
      );
    }
    await expectGolden(golden('budget-survival.txt'), `${report.join('\n')}\n`);
  });

  it('300 and 3,000 units: the comment as a reviewer sees it (golden)', async () => {
    for (const size of [300, 3000]) {
      await expectGolden(golden(`md-terragrunt-${size}.md`), commentBody(model(size), 'plan/live-eu', FACTS));
    }
  });
});
