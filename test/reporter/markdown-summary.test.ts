import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { LIST_LIMIT } from '../../src/model/bounded-list.js';
import { describe, expect, it } from 'vitest';
import { renderMarkdownSummary } from '../../src/reporter/markdown-summary.js';
import {
  COMMENT_BUDGET,
  JOB_SUMMARY_BUDGET,
  utf8Length,
  type TextBudget,
} from '../../src/reporter/text-budget.js';
import { expectGolden } from '../support/golden.js';
import { CI_FACTS } from '../support/run-facts.js';
import {
  driftModel,
  pipelineModel,
  planModel,
  PLANS,
  INFRACOST,
  terragruntModel,
  type UnitSpec,
} from '../support/real-report-models.js';
import { counts, makeReportModel, makeUnit, manyAddresses } from '../support/report-model-factory.js';

const golden = (name: string): string => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));
const ESC = '\u001b';
/** A real destroy: OpenTofu's equivalence test `local_provider_delete`. */
const DESTROY = 'plans/opentofu/testing/equivalence-tests/outputs/local_provider_delete/plan.json';

/** A Terragrunt tree with a failed unit (hostile folder name and message) and an excluded one. */
const TREE: UnitSpec[] = [
  { pathId: 'exp/dev', plan: 'create-with-outputs' },
  { pathId: 'exp/prod', plan: 'replace' },
  { pathId: 'live/prod/db', plan: 'drift-and-outputs' },
  { pathId: 'live/prod/network', plan: 'no-op' },
  {
    pathId: `live/prod/${ESC}[31mqueue|<b>${ESC}[0m`,
    result: 'failed',
    reason: 'run error',
    cause: `${ESC}[31mError:${ESC}[0m creating SQS Queue: AccessDenied\r\nstatus code: 403 </details>`,
  },
  { pathId: 'live/staging/cache', result: 'excluded' },
];

function fits(text: string, budget: TextBudget): boolean {
  return (
    (budget.maxChars === undefined || text.length <= budget.maxChars) &&
    (budget.maxBytes === undefined || utf8Length(text) <= budget.maxBytes)
  );
}

/** The verdict heading is the first line; the counts come before any list or table of units. */
function verdictFirst(text: string): void {
  expect(text).toMatch(/^### (🛑|⚠️|✅) /);
  const table = text.indexOf('| | add | change | destroy | import | forget | unchanged |');
  const counts =
    table >= 0 ? table : text.indexOf('No changes: the infrastructure matches the configuration.');
  expect(counts).toBeGreaterThan(0);
  const details = text.indexOf('<details');
  if (details >= 0) expect(counts).toBeLessThan(details);
  const units = text.indexOf('#### Terragrunt units');
  if (units >= 0) expect(counts).toBeLessThan(units);
}

describe('renderMarkdownSummary golden files (real plans)', () => {
  it('a plan with costs', async () => {
    const text = renderMarkdownSummary(await planModel([PLANS.basic], INFRACOST));
    verdictFirst(text);
    await expectGolden(golden('md-plan-basic.md'), text);
  });

  it('a destroy with drift and a tripped gate, sent, with commit and run (the reviewer case)', async () => {
    const model = await pipelineModel({
      plans: [DESTROY],
      drifts: [PLANS.driftRefreshOnly],
      provisioner: 'opentofu',
    });
    const text = renderMarkdownSummary(model, { facts: CI_FACTS });
    verdictFirst(text);
    expect(text.split('\n')[0]).toBe(
      '### 🛑 Harness IaCM plan: 1 to destroy · 1 drifted (changed outside OpenTofu) · gate failed: fail-on-destroy',
    );
    await expectGolden(golden('md-destroy.md'), text);
  });

  it('a replacement', async () => {
    await expectGolden(
      golden('md-plan-replace.md'),
      renderMarkdownSummary(await planModel(['terragrunt/replace.json'])),
    );
  });

  it('a plan with no changes', async () => {
    await expectGolden(
      golden('md-plan-no-changes.md'),
      renderMarkdownSummary(await planModel([PLANS.noChanges])),
    );
  });

  it('a drift check', async () => {
    const text = renderMarkdownSummary(await driftModel(PLANS.driftRefreshOnly));
    expect(text.split('\n')[0]).toBe(
      '### ⚠️ Harness IaCM drift: 1 drifted (changed outside Terraform/OpenTofu)',
    );
    await expectGolden(golden('md-drift.md'), text);
  });

  it('a Terragrunt tree: per-unit table, escaped hostile names, warnings', async () => {
    const text = renderMarkdownSummary(await terragruntModel(TREE));
    verdictFirst(text);
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('<b>');
    expect(text.match(/<\/details>/g)?.length).toBe(text.match(/<details( open)?>/g)?.length);
    await expectGolden(golden('md-terragrunt.md'), text);
  });

  it('warnings and hostile names from a hand-built model', async () => {
    const model = makeReportModel({
      provisioner: 'opentofu',
      provisionerVersion: '1.8.0',
      hasChanges: true,
      resourceCounts: counts({ added: 2, removed: 1 }),
      addresses: {
        created: [
          'aws_s3_bucket.b["</summary></details><script>alert(1)</script>"]',
          'null_resource.x["`|@team"]',
        ],
        forgotten: [`aws_instance.old["${ESC}[2J- cleared"]`],
      },
      warnings: [
        `Infracost project "my project" matched no unit ${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\`,
        'line one\n## not a heading',
      ],
    });
    await expectGolden(golden('md-hostile.md'), renderMarkdownSummary(model));
  });

  it('a Terragrunt tree cut to a small comment budget', async () => {
    const many: UnitSpec[] = Array.from({ length: 200 }, (_, i) => ({
      pathId: `live/region-${String(i).padStart(3, '0')}/app`,
      plan: i % 2 === 0 ? ('create-with-outputs' as const) : ('replace' as const),
    }));
    const budget = { maxChars: 6000, maxBytes: 24_000 };
    const text = renderMarkdownSummary(await terragruntModel(many), { budget });
    expect(fits(text, budget)).toBe(true);
    expect(text).toMatch(/_\d+ more units not shown\._/);
    expect(text).toMatch(/- … \d+ more not shown/);
    verdictFirst(text);
    await expectGolden(golden('md-terragrunt-truncated.md'), text);
  });
});

describe('renderMarkdownSummary', () => {
  it('shows cost past, new, difference and percentage with signs', () => {
    const model = makeReportModel({
      cost: {
        currency: 'EUR',
        pastTotalMonthly: '200',
        totalMonthly: '150.5',
        diffTotalMonthly: '-49.5',
        percentageChange: '-24.75',
      },
    });
    // The verdict first, in words, with the totals it moves between.
    expect(renderMarkdownSummary(model)).toContain(
      '**Monthly cost will decrease by €49.50 (-24.75%): €200.00 → €150.50.**',
    );
    const up = makeReportModel({ cost: { totalMonthly: '10', diffTotalMonthly: '10' } });
    expect(renderMarkdownSummary(up)).toContain(
      '**Monthly cost will increase by 10.00: 10.00 after the change, before unknown.**',
    );
    const usd = makeReportModel({
      cost: {
        currency: 'USD',
        totalMonthly: '5269.212',
        pastTotalMonthly: '1361.3075',
        diffTotalMonthly: '3907.9045',
      },
    });
    const text = renderMarkdownSummary(usd);
    expect(text).toContain('**Monthly cost will increase by $3,907.90: $1,361.31 → $5,269.21.**');
    expect(text.split('\n')[0]).toContain('monthly cost will increase by $3,907.90');
    const unknown = makeReportModel({ cost: { currency: 'USD', totalMonthly: '12' } });
    expect(renderMarkdownSummary(unknown)).toContain(
      '**Monthly cost: $12.00 after the change, before unknown; the difference is unknown.**',
    );
  });

  it('never shows anything but names: escapes addresses in lists', () => {
    const model = makeReportModel({
      hasChanges: true,
      resourceCounts: counts({ added: 1 }),
      addresses: {
        created: ['aws_s3_bucket.b["</summary></details><script>x</script>"]', 'null_resource.x["`|@team"]'],
      },
    });
    const text = renderMarkdownSummary(model);
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;/summary&gt;&lt;/details&gt;&lt;script&gt;');
    expect(text).toContain('&#96;&#124;@&#8203;team');
  });

  it('keeps every list visible when one list is huge', () => {
    const model = makeReportModel({
      hasChanges: true,
      addresses: {
        created: manyAddresses(60_000),
        deleted: ['aws_db_instance.main'],
        drifted: ['aws_iam_role.ci'],
      },
    });
    const text = renderMarkdownSummary(model, { budget: COMMENT_BUDGET });
    expect(fits(text, COMMENT_BUDGET)).toBe(true);
    expect(text).toContain('- <code>aws\\_db\\_instance.main</code>');
    expect(text).toContain('- <code>aws\\_iam\\_role.ci</code>');
    const shown = text.split('\n').filter((line) => line.startsWith('- <code>module.')).length;
    expect(text).toContain(`- … ${60_000 - shown} more not shown`);
    expect(shown).toBeGreaterThan(100);
  });

  it('fits 1 MiB for a job summary with 200,000 addresses and 20,000 units', () => {
    const model = makeReportModel({
      provisioner: 'terragrunt',
      hasChanges: true,
      addresses: { created: manyAddresses(200_000), updated: manyAddresses(50_000, 'aws_lb.front') },
      units: Array.from({ length: 20_000 }, (_, i) =>
        makeUnit(`live/u${i}`, { resourceCounts: counts({ added: 40 }) }),
      ),
    });
    const text = renderMarkdownSummary(model, { budget: JOB_SUMMARY_BUDGET });
    expect(utf8Length(text)).toBeLessThanOrEqual(1024 * 1024);
    // Address lists keep LIST_LIMIT names each (bounded-list.ts); the units fill the rest.
    expect(utf8Length(text)).toBeGreaterThan(600 * 1024);
    expect(text).toMatch(/more units not shown/);
    // Without units to crowd it out, the list shows the names kept and the exact total.
    const lists = renderMarkdownSummary(
      makeReportModel({ hasChanges: true, addresses: { created: manyAddresses(200_000) } }),
      { budget: JOB_SUMMARY_BUDGET },
    );
    expect(lists).toContain('To add (200000)');
    expect(lists).toContain(`- … ${200_000 - LIST_LIMIT} more not shown`);
  });

  it('fits any budget, keeps the table first and the HTML balanced (property)', () => {
    const name = fc.string({ unit: 'binary', maxLength: 120 });
    fc.assert(
      fc.property(
        fc.array(name, { maxLength: 60 }),
        fc.array(name, { maxLength: 60 }),
        fc.array(name, { maxLength: 10 }),
        fc.integer({ min: 1500, max: 20_000 }),
        fc.boolean(),
        (created, deleted, unitNames, size, byBytes) => {
          const budget: TextBudget = byBytes ? { maxBytes: size } : { maxChars: size, maxBytes: size * 2 };
          const model = makeReportModel({
            hasChanges: created.length + deleted.length > 0,
            addresses: { created, deleted },
            units: unitNames.map((n) => makeUnit(n, { errorMessage: n })),
            warnings: unitNames,
          });
          const text = renderMarkdownSummary(model, { budget });
          expect(fits(text, budget)).toBe(true);
          verdictFirst(text);
          expect(text.match(/<\/details>/g)?.length ?? 0).toBe(text.match(/<details( open)?>/g)?.length ?? 0);
          // Only our own tags: any other `<` came from a name and was not escaped.
          expect(text.replace(/<\/?(details|details open|summary|code|strong|br)>/g, '')).not.toContain('<');
        },
      ),
      { numRuns: 150 },
    );
  });
});
