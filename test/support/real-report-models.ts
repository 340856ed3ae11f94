/**
 * ReportModels from real input files, through the real pipeline (runReport, as a dry run): plans
 * from test/fixtures/plans, Terragrunt trees laid out on disk from test/fixtures/terragrunt as
 * `--json-out-dir` writes them, with a run report and Infracost output. For golden tests of the
 * text renderers and for the plugin's process tests.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportConfigSchema, type ReportConfigInput } from '../../src/config/schema.js';
import type { ReportModel } from '../../src/reporter/report-model.js';
import { runReport } from '../../src/run/run-report.js';
import {
  INFRACOST_FIXTURES,
  placePlan,
  removeDir,
  run,
  tempDir,
  writeJsonFile,
  type PlanFixture,
  type ReportRun,
} from './terragrunt-trees.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export const PLANS = {
  /** terraform 1.1, create×7, outputs (some sensitive, some unknown). */
  basic: 'plans/terraform-json/testdata/110_basic/plan.json',
  /** terraform 0.12, no-op×6. */
  noChanges: 'plans/terraform-json/testdata/no_changes/plan.json',
  /** OpenTofu refresh-only plan: resource_drift only. */
  driftRefreshOnly: 'plans/opentofu/testing/equivalence-tests/outputs/drift_refresh_only/plan.json',
} as const;

/** Infracost JSON (5 projects, a past breakdown, a negative diff): infracost/infracost @ 95ba4f49a7ab. */
export const INFRACOST = 'costs/infracost/cmd/infracost/testdata/comment_backoff_retry/infracost.json';

export function fixturePath(relative: string): string {
  return join(FIXTURES, relative);
}

/** runReport as a dry run (no connection, nothing sent) in `cwd`; the model it built. */
export async function pipelineModel(input: ReportConfigInput, cwd: string = FIXTURES): Promise<ReportModel> {
  const config = reportConfigSchema.parse({ ...input, dryRun: true });
  const outcome = await runReport(config, { env: {}, cwd, log: () => undefined });
  return outcome.model;
}

export function planModel(plans: readonly string[], infracost?: string): Promise<ReportModel> {
  return pipelineModel({ plans: [...plans], infracost });
}

export function driftModel(drift: string): Promise<ReportModel> {
  return pipelineModel({ drifts: [drift] });
}

/** Where Terragrunt ran in CI: run-report names are absolute paths under it. */
const CI_ROOT = '/home/runner/work/infra/infra';

export interface UnitSpec {
  readonly pathId: string;
  /** The unit's plan; none for a unit that failed or was skipped before planning. */
  readonly plan?: PlanFixture;
  /** Its run-report entry (default: succeeded). */
  readonly result?: ReportRun['Result'];
  readonly reason?: string;
  readonly cause?: string;
}

/**
 * A Terragrunt output tree with its run report, on disk, reported with an Infracost file whose
 * projects are `exp/dev` and `exp/prod`.
 */
export async function terragruntModel(
  units: readonly UnitSpec[],
  infracost = join(INFRACOST_FIXTURES, 'terragrunt-two-projects.json'),
): Promise<ReportModel> {
  const work = await tempDir('text-summary-tree-');
  const runs: ReportRun[] = [];
  for (const unit of units) {
    if (unit.plan !== undefined) await placePlan(work, `tree/${unit.pathId}/tfplan.json`, unit.plan);
    const extra: Partial<ReportRun> = {};
    if (unit.reason !== undefined) extra.Reason = unit.reason;
    if (unit.cause !== undefined) extra.Cause = unit.cause;
    runs.push(run(`${CI_ROOT}/${unit.pathId}`, unit.result ?? 'succeeded', extra));
  }
  await writeJsonFile(join(work, 'report.json'), runs);
  try {
    return await pipelineModel(
      { terragruntDir: 'tree', terragruntReport: 'report.json', infracost, provisioner: 'terragrunt' },
      work,
    );
  } finally {
    await removeDir(work);
  }
}
