import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectGolden as expectGoldenFile } from '../support/golden.js';
import type { ReportModel } from '../../src/reporter/report-model.js';
import { renderTextSummary } from '../../src/reporter/text-summary.js';
import { CI_FACTS } from '../support/run-facts.js';
import {
  driftModel,
  pipelineModel,
  INFRACOST,
  planModel,
  PLANS,
  terragruntModel,
  type UnitSpec,
} from '../support/real-report-models.js';
import { counts, makeReportModel, makeUnit } from '../support/report-model-factory.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));

/** test/reporter/golden/<name>; `UPDATE_GOLDEN=1` rewrites it. */
const expectGolden = (name: string, actual: string): Promise<void> =>
  expectGoldenFile(`${GOLDEN}${name}`, actual);

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

const ESC = '\u001b';

/** A tree as `terragrunt run --all --json-out-dir` leaves it, with a failure and a skip. */
const TREE: UnitSpec[] = [
  { pathId: 'exp/dev', plan: 'create-with-outputs' },
  { pathId: 'exp/prod', plan: 'drift-and-outputs' },
  { pathId: 'exp/stage', plan: 'replace' },
  {
    pathId: 'exp/queue',
    result: 'failed',
    reason: 'run error',
    cause: `${ESC}[31mError:${ESC}[0m creating SQS Queue: AccessDenied\r\nstatus code: 403`,
  },
  { pathId: 'exp/cache', result: 'early exit', reason: 'ancestor error', cause: 'exp/queue' },
];

describe('renderTextSummary golden files (real inputs through runReport)', () => {
  it('a plain plan with costs', async () => {
    const model = await planModel([PLANS.basic], INFRACOST);
    await expectGolden('text-plan-basic.txt', renderTextSummary(model));
  });

  it('a destroy with drift and a tripped gate: the addresses a reviewer must see', async () => {
    const model = await pipelineModel({
      plans: ['plans/opentofu/testing/equivalence-tests/outputs/local_provider_delete/plan.json'],
      drifts: [PLANS.driftRefreshOnly],
      provisioner: 'opentofu',
    });
    const text = renderTextSummary(model, { facts: CI_FACTS });
    expect(text.split('\n').slice(0, 5)).toEqual([
      'CAUTION: 1 to destroy; 1 drifted (changed outside OpenTofu); gate failed: fail-on-destroy',
      'To destroy (1):',
      '  local_file.local_file',
      'Drifted, changed outside OpenTofu (1):',
      '  tfcoremock_simple_resource.drift',
    ]);
    expect(text).toContain(
      'Sent to Harness IaCM (workspace default/platform/live-eu); commit 3f1c2a9be07d; run https://github.com/acme/infra/actions/runs/1234567890',
    );
    await expectGolden('text-destroy.txt', text);
  });

  it('lists at most listMax addresses per list, then says how many more', () => {
    const model = makeReportModel({
      resourceCounts: counts({ deleted: 25 }),
      hasChanges: true,
      addresses: { deleted: Array.from({ length: 25 }, (_, i) => `aws_instance.web[${i}]`) },
    });
    const lines = renderTextSummary(model, { listMax: 3 }).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'CAUTION: 25 to destroy',
      'To destroy (25):',
      '  aws_instance.web[0]',
      '  aws_instance.web[1]',
      '  aws_instance.web[2]',
      '  and 22 more',
    ]);
  });

  it('a plan with no changes and no costs', async () => {
    await expectGolden('text-plan-no-changes.txt', renderTextSummary(await planModel([PLANS.noChanges])));
  });

  it('a drift check', async () => {
    await expectGolden('text-drift.txt', renderTextSummary(await driftModel(PLANS.driftRefreshOnly)));
  });

  it('a Terragrunt tree with a failed and a skipped unit, costs and warnings', async () => {
    await expectGolden('text-terragrunt.txt', renderTextSummary(await terragruntModel(TREE)));
  });

  it('a Terragrunt tree too large for the budget', async () => {
    const many: UnitSpec[] = Array.from({ length: 300 }, (_, i) => ({
      pathId: `live/region-${String(i).padStart(3, '0')}/app`,
      plan: i % 2 === 0 ? 'create-with-outputs' : 'no-op',
    }));
    const text = renderTextSummary(await terragruntModel(many), { maxBytes: 2500 });
    expect(bytes(text)).toBeLessThanOrEqual(2500);
    await expectGolden('text-terragrunt-truncated.txt', text);
  });
});

describe('renderTextSummary', () => {
  let tree: ReportModel | undefined;
  const treeModel = async (): Promise<ReportModel> => (tree ??= await terragruntModel(TREE));

  /** Names and messages as hostile as a file can make them. */
  const hostile = makeReportModel({
    units: [
      makeUnit(`live/${ESC}[2J${ESC}[31mqueue${ESC}[0m`, {
        status: 'failure',
        errorMessage: `${ESC}[31mError:${ESC}[0m denied\r\nfake: line`,
      }),
    ],
    warnings: [`project ${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\ matched no unit\u202e`],
    provisionerVersion: `1.9${ESC}[0m`,
  });

  it('prints no escape sequences or control characters from names and messages', async () => {
    for (const model of [await treeModel(), hostile]) {
      const text = renderTextSummary(model);
      // eslint-disable-next-line no-control-regex -- that is what is being checked
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    const text = renderTextSummary(hostile);
    expect(text).toContain('live/queue');
    expect(text).toContain('  error: Error: denied fake: line');
    expect(text).toContain('- project link matched no unit');
  });

  it('shows the counts, the units and the cost of the run', async () => {
    const model = await treeModel();
    const text = renderTextSummary(model);
    const r = model.resourceCounts;
    const row = [r.added, r.changed, r.deleted, r.imported, r.removed, r.unchanged].join('\\s+');
    expect(text).toMatch(new RegExp(`^Resources\\s+${row}$`, 'm'));
    expect(text).toContain('Monthly cost (USD) unchanged: $799.61 -> $799.61');
    // Skipped is not failed: the excluded unit gives its reason, not an error.
    expect(text).toMatch(/^exp\/cache\s+skipped\s+-\s+-\s+-\n {2}reason: early exit/m);
    expect(text).toMatch(/^exp\/queue\s+failed\s+-\s+-\s+-\n {2}error: Error: creating SQS Queue/m);
    // The units' monthly cost difference, as in the Markdown table (issue 24).
    expect(text).toMatch(/^UNIT\s+STATUS\s+DRIFT\s+MONTHLY COST\s+RESOURCES$/m);
    expect(text).toMatch(/^exp\/dev\s+ok\s+0\s+\$0\.00\s+\+7 ~0 -0/m);
    // Failed first, then destroying, drifted and changing units.
    const order = ['exp/queue', 'exp/stage', 'exp/prod', 'exp/dev', 'exp/cache'].map((u) =>
      text.search(new RegExp(`^${u}\\s`, 'm')),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((at) => at > 0)).toBe(true);
  });

  it('never exceeds maxBytes, and says how many units and warnings it left out', () => {
    const many = makeReportModel({
      resourceCounts: counts({ added: 840 }),
      units: Array.from({ length: 120 }, (_, i) =>
        makeUnit(`units/ü-${i}`, { resourceCounts: counts({ added: 7 }) }),
      ),
      warnings: Array.from({ length: 40 }, (_, i) => `warning number ${i} ${'é'.repeat(i)}`),
    });
    for (const max of [0, 1, 10, 100, 400, 700, 900, 1200, 2000, 5000, 20000]) {
      const text = renderTextSummary(many, { maxBytes: max });
      expect(bytes(text)).toBeLessThanOrEqual(max);
      const shownUnits = (text.match(/^units\/ü-\d+/gm) ?? []).length;
      const moreUnits = /… (\d+) more units not shown/.exec(text);
      if (text.includes('Units: 120')) expect(shownUnits + Number(moreUnits?.[1] ?? 0)).toBe(120);
      const shownWarnings = (text.match(/^- warning number/gm) ?? []).length;
      const moreWarnings = /… (\d+) more warnings not shown/.exec(text);
      if (text.includes('Warnings: 40')) expect(shownWarnings + Number(moreWarnings?.[1] ?? 0)).toBe(40);
    }
    // With room for the head, the counts always survive a cut.
    expect(renderTextSummary(many, { maxBytes: 700 })).toMatch(/^Resources\s+840\s/m);
  });

  it('has no limit by default', async () => {
    expect(renderTextSummary(await treeModel())).not.toContain('not shown');
  });
});
