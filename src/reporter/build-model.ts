/**
 * Aggregation: parser results -> the ReportModel. Decides what the run was (a plan, a drift
 * check), its status, and adds counts up over plan files or Terragrunt units.
 */
import type { PlanSummary, Provisioner } from '../model/plan-summary.js';
import type { Counts } from '../model/plan-summary.js';
import { addCounts, zeroCounts } from '../model/plan-summary.js';
import type { ActivityStatus, ActivityType, EventType } from '../model/statuses.js';
import type { ReportModel } from './report-model.js';
import type { CostFigures } from '../model/cost-math.js';
import type { CostDetails } from '../model/cost-details.js';
import type { UnitReport } from '../model/unit-report.js';
import { ModelFold } from './model-fold.js';

export { appendAddresses } from './model-fold.js';

export interface TerragruntInput {
  /** Units in path_id order, statuses and costs already settled. */
  readonly units: readonly UnitReport[];
  /** The plan read for each unit that has one. */
  readonly plans: ReadonlyMap<string, PlanSummary>;
}

export interface ModelInput {
  /** `--plan` files. */
  readonly plans: readonly PlanSummary[];
  /** `--drift` files: drift checks by definition; when given, their drift is the event's drift. */
  readonly drifts: readonly PlanSummary[];
  readonly terragrunt?: TerragruntInput | undefined;
  /** A merge's units instead of `terragrunt`: streamed, and the model keeps a bounded selection. */
  readonly streamedUnits?: StreamedUnits | undefined;
  readonly cost?: CostFigures | undefined;
  readonly costDetails?: CostDetails | undefined;
  readonly warnings?: readonly string[] | undefined;
  readonly overrides?: {
    eventType?: EventType | undefined;
    activityType?: ActivityType | undefined;
    activityStatus?: ActivityStatus | undefined;
    provisioner?: Provisioner | undefined;
  };
}

/** The counts `pick` reads off each item, added up. */
export function sumCounts<T>(items: readonly T[], pick: (item: T) => Counts): Counts {
  const total = zeroCounts();
  for (const item of items) addCounts(total, pick(item));
  return total;
}

/** The Terragrunt units streamed in path_id order (a merge's, read back from its spool). */
export interface StreamedUnits {
  /** Calls `visit` with each unit and its plan, in path_id order. */
  readonly each: (visit: (unit: UnitReport, plan: PlanSummary | undefined) => void) => void;
}

export function buildModel(input: ModelInput): ReportModel {
  const { terragrunt, streamedUnits, ...rest } = input;
  const streamed = streamedUnits !== undefined;
  const fold = new ModelFold(rest, terragrunt !== undefined || streamed, streamed);
  streamedUnits?.each((unit, plan) => {
    if (plan !== undefined) fold.addUnitPlan(unit.pathId, plan);
    fold.addUnit(unit);
  });
  if (terragrunt !== undefined) {
    for (const [pathId, plan] of terragrunt.plans) fold.addUnitPlan(pathId, plan);
    for (const unit of terragrunt.units) fold.addUnit(unit);
  }
  return fold.finish();
}
