/**
 * The costs behind the total (issue 24) on real Infracost files: per project (before, after,
 * difference), the resources behind the change ranked by absolute monthly difference, costs that
 * depend on usage said in words (never $0), each resource's cost as Infracost sums its components
 * and sub-resources, and a 10,000-resource file kept within every summary's budget.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInfracostText } from '../../src/infracost/infracost.js';
import { resourceMonthlyCost } from '../../src/infracost/infracost-resources.js';
import { TOP_RESOURCES } from '../../src/model/cost-details.js';
import { renderMarkdownSummary } from '../../src/reporter/markdown-summary.js';
import { COMMENT_BUDGET, utf8Length } from '../../src/reporter/text-budget.js';
import { renderTextSummary } from '../../src/reporter/text-summary.js';
import { SUMMARY_MAX_BYTES } from '../../src/plugin/output-file.js';
import { expectGolden } from '../support/golden.js';
import { fixturePath, planModel, PLANS } from '../support/real-report-models.js';
import { infracostText, removeDir, tempDir } from '../support/terragrunt-trees.js';

const golden = (name: string): string => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));

let work: string;
beforeAll(async () => {
  work = await tempDir('cost-details-');
});
afterAll(async () => removeDir(work));

/** A real Infracost file, its golden trailer stripped, where runReport can read it. */
async function infracostFile(name: string, text?: string): Promise<string> {
  const file = join(work, name.replace(/\.golden$/, '.json'));
  await writeFile(file, text ?? (await infracostText(name)));
  return file;
}

async function models(name: string) {
  return planModel([fixturePath(PLANS.noChanges)], await infracostFile(name));
}

describe('summaries with the costs behind the total (golden files)', () => {
  it('a diff: one resource added, one destroyed; the verdict first, the details folded', async () => {
    const model = await models('diff_with_compare_to_format_json.golden');
    const md = renderMarkdownSummary(model);
    expect(md.split('\n')[0]).toContain('monthly cost will decrease by $742.64');
    const sentence = md.indexOf('**Monthly cost will decrease by $742.64');
    expect(sentence).toBeGreaterThan(0);
    expect(sentence).toBeLessThan(md.indexOf('<details><summary>Resources behind the change'));
    await expectGolden(golden('md-costs-diff.md'), md);
    await expectGolden(golden('text-costs-diff.txt'), renderTextSummary(model));
  });

  it('nine projects, some without changes: only those that change are listed, the rest counted', async () => {
    const model = await models('nine-projects-some-unchanged.json');
    const md = renderMarkdownSummary(model);
    const text = renderTextSummary(model);
    const details = model.costDetails;
    expect(details?.projects.total).toBeGreaterThan(0);
    expect(details?.unchangedProjects).toBeGreaterThan(0);
    expect(md).toContain(`Cost by project (${details?.projects.total} of 9 projects change)`);
    await expectGolden(golden('md-costs-projects.md'), md);
    await expectGolden(golden('text-costs-projects.txt'), text);
  });

  it('a breakdown: usage-based resources are said to be, never shown as $0', async () => {
    const model = await models('breakdown_format_json.golden');
    const md = renderMarkdownSummary(model);
    // aws_s3_bucket.usage and the zero-cost lambda: Infracost writes 0 with usage-based components.
    expect(md).toMatch(/<code>aws\\_s3\\_bucket\.usage<\/code> \| — \| usage-based \| usage-based \|/);
    expect(md).not.toMatch(/aws\\_s3\\_bucket\.usage<\/code>[^\n]*\$0\.00/);
    // A resource priced from a usage file has its figure.
    expect(md).toMatch(/hello\\_world<\/code> \| — \| \$436\.67 \| \+\$436\.67 \|/);
    await expectGolden(golden('md-costs-usage.md'), md);
  });

  it('more resources than the text shows: all in Markdown, the top 5 in text, largest difference first', async () => {
    // `infracost output` without a past: each project's own past is $0, so everything is added.
    const model = await models('output_format_json.golden');
    const resources = model.costDetails?.resources;
    // 11 resources, two of them added at $0 (no usage-based components here): nothing behind the change.
    expect(resources?.total).toBe(9);
    expect(resources?.items[0]?.diff).toBe('912.5');
    expect(resources?.items.map((r) => r.address)).not.toContain('aws_lambda_function.zero_cost_lambda');
    const md = renderMarkdownSummary(model);
    expect(md).toContain('Resources behind the change (9, by monthly difference)');
    await expectGolden(golden('md-costs-top10.md'), md);
    const text = renderTextSummary(model);
    expect(text).toContain('top 5 of 9');
    expect(text).toContain('and 4 more');
    await expectGolden(golden('text-costs-top5.txt'), text);
  });

  it('a breakdown with a past: the resources added since, by the file Infracost wrote', async () => {
    const model = await models('terraform_v0.14_breakdown.json');
    const items = model.costDetails?.resources.items ?? [];
    expect(items[0]?.address).toMatch(/aws_db_instance/);
    expect(items.every((r) => r.before === undefined)).toBe(true);
    expect(model.costDetails?.resources.total).toBe(7);
  });
});

describe('never greener than the file', () => {
  // Infracost leaves the projects it could not price out of its run totals (their zeros are not
  // costs): "monthly cost unchanged" alone read as if every project had been priced.
  it.each([
    [
      'breakdown_multi_project_with_error_output_json.golden',
      'unchanged (difference unknown for 2 of 4 projects)',
    ],
    [
      'diff_with_compare_to_with_past_project_error.golden',
      'unchanged (difference unknown for 1 of 2 projects)',
    ],
  ])('%s: the verdict and the cost line say how many projects are unknown', async (name, words) => {
    const model = await models(name);
    const md = renderMarkdownSummary(model);
    const text = renderTextSummary(model);
    expect(md.split('\n')[0]).toContain(`monthly cost ${words}`);
    expect(md).toContain(`**Monthly cost ${words}: $`);
    expect(text.split('\n')[0]).toContain(`monthly cost ${words}`);
    expect(text).toContain(`Monthly cost (USD) ${words}: $`);
  });

  it('every project priced: no such words', async () => {
    const model = await models('diff_with_policy_data_upload.golden');
    expect(renderTextSummary(model)).not.toContain('difference unknown');
  });
});

describe('resource costs as Infracost adds them up', () => {
  it('a resource written without monthlyCost gets its components and sub-resources summed, to the figure Infracost wrote', async () => {
    let checked = 0;
    for (const name of [
      'terraform_v0.14_breakdown.json',
      'nine-projects-some-unchanged.json',
      'breakdown_format_json.golden',
      'diff_with_compare_to_format_json.golden',
    ]) {
      const document = JSON.parse(await infracostText(name)) as {
        projects: { breakdown?: { resources?: Record<string, unknown>[] } }[];
      };
      for (const project of document.projects) {
        for (const resource of project.breakdown?.resources ?? []) {
          const written = resourceMonthlyCost(resource);
          const strip = (node: Record<string, unknown>): Record<string, unknown> => {
            const rest: Record<string, unknown> = { ...node };
            const subresources = rest['subresources'];
            delete rest['monthlyCost'];
            return Array.isArray(subresources)
              ? { ...rest, subresources: subresources.map((s) => strip(s as Record<string, unknown>)) }
              : rest;
          };
          const summed = resourceMonthlyCost(strip(resource));
          // Infracost keeps more decimals in its sums than it writes: compare to the cent.
          if (/^-?\d/.test(written)) expect(Number(summed)).toBeCloseTo(Number(written), 2);
          else expect(summed).toBe(written);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('a null cost is unknown or usage-based, never zero', async () => {
    const report = parseInfracostText(await infracostText('nine-projects-some-unchanged.json'), 'f.json');
    const words = JSON.stringify(report.details);
    expect(report.details?.resources.items.every((r) => r.diff !== '0')).toBe(true);
    expect(words).not.toMatch(/"(before|after|diff)":"0"/);
  });
});

describe('bounds', () => {
  it('a 10,000-resource Infracost file keeps every summary within its budget and the model to the top 10', async () => {
    const document = JSON.parse(await infracostText('diff_with_compare_to_format_json.golden')) as {
      projects: { breakdown: { resources: Record<string, unknown>[] } }[];
    };
    const [project] = document.projects;
    const template = project?.breakdown.resources[0];
    if (project === undefined || template === undefined) throw new Error('fixture changed');
    project.breakdown.resources = Array.from({ length: 10_000 }, (_, i) => ({
      ...template,
      name: `module.fleet.aws_instance.web["${'x'.repeat(200)}-${i}"]`,
      monthlyCost: `${i}.25`,
    }));
    const model = await planModel(
      [fixturePath(PLANS.noChanges)],
      await infracostFile('ten-thousand.json', JSON.stringify(document)),
    );
    expect(model.costDetails?.resources.total).toBeGreaterThanOrEqual(10_000);
    expect(model.costDetails?.resources.items).toHaveLength(TOP_RESOURCES);
    expect(model.costDetails?.resources.items[0]?.diff).toBe('9999.25');
    const total = model.costDetails?.resources.total ?? 0;
    const comment = renderMarkdownSummary(model, { budget: COMMENT_BUDGET });
    expect(comment.length).toBeLessThanOrEqual(COMMENT_BUDGET.maxChars ?? 0);
    expect(comment).toContain(`top 10 of ${total.toLocaleString('en-US').replace(/,/g, '')}`);
    expect(comment).toContain(`_${total - 10} more resources not shown._`);
    expect(comment).toContain('9,999.25');
    const text = renderTextSummary(model, { maxBytes: SUMMARY_MAX_BYTES });
    expect(utf8Length(text)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(text).toContain('9,999.25');
  });
});
