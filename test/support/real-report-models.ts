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
  /**
   * terraform 1.4.4, no-op×1 and no output changes: a plan without changes. (terraform-json's
   * `no_changes`, terraform 0.12, writes every output as "create"; such outputs are left uncounted,
   * with a warning: src/plan/untracked-outputs.ts.)
   */
  noChanges: 'plans/opentofu/internal/cloud/testdata/plan-json-no-changes/plan-unredacted.json',
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

/**
 * A large tree as a real monorepo has it: most units without changes, some creating, changing,
 * replacing, destroying and drifting, one failed and one skipped per thousand or so. Same mix at
 * every size, deterministic.
 */
export function bigTree(count: number): UnitSpec[] {
  const units: UnitSpec[] = [];
  for (let i = 0; i < count; i++) {
    const pathId = `live/${['eu-west-1', 'us-east-1', 'ap-south-1'][i % 3]}/svc-${String(i).padStart(4, '0')}`;
    const slot = (i * 37) % 100;
    if (i % 300 === 150) {
      units.push({
        pathId,
        result: 'failed',
        reason: 'run error',
        cause: 'Error: creating SQS Queue: AccessDenied',
      });
    } else if (i % 300 === 250) units.push({ pathId, result: 'excluded' });
    else if (slot < 3) units.push({ pathId, plan: 'destroy' });
    else if (slot < 5) units.push({ pathId, plan: 'replace' });
    else if (slot < 7) units.push({ pathId, plan: 'drift-and-outputs' });
    else if (slot < 12) units.push({ pathId, plan: 'update' });
    else if (slot < 20) units.push({ pathId, plan: 'create-with-outputs' });
    else units.push({ pathId, plan: 'no-op' });
  }
  return units;
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
