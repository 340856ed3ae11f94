/**
 * Terragrunt units -> the event's `terragrunt_details` and `stacks` arrays, and cost figures ->
 * the `cost_*` fields. Pure functions; the event builder validates the whole body afterwards.
 */
import type { Counts } from '../model/plan-summary.js';
import type { ActivityMetadata, CountsBody, StackBody, TerragruntDetailBody } from './event-schema.js';
import type { CostFigures } from '../model/cost-math.js';
import type { UnitReport } from '../model/unit-report.js';

export type CostFieldsBody = Pick<
  ActivityMetadata,
  | 'cost_currency'
  | 'cost_total_monthly'
  | 'cost_past_total_monthly'
  | 'cost_diff_total_monthly'
  | 'cost_total_monthly_percentage_change'
>;

/** All six counts, always: a zero `imported` is sent as 0 rather than left out. */
export function countsToBody(counts: Counts): CountsBody {
  return {
    added: counts.added,
    changed: counts.changed,
    deleted: counts.deleted,
    unchanged: counts.unchanged,
    imported: counts.imported,
    removed: counts.removed,
  };
}

/** The known figures only: an unknown cost is left out, never sent as "0". */
export function costFields(figures: CostFigures | undefined): CostFieldsBody {
  const body: CostFieldsBody = {};
  if (figures === undefined) return body;
  if (figures.currency !== undefined) body.cost_currency = figures.currency;
  if (figures.totalMonthly !== undefined) body.cost_total_monthly = figures.totalMonthly;
  if (figures.pastTotalMonthly !== undefined) body.cost_past_total_monthly = figures.pastTotalMonthly;
  if (figures.diffTotalMonthly !== undefined) body.cost_diff_total_monthly = figures.diffTotalMonthly;
  if (figures.percentageChange !== undefined)
    body.cost_total_monthly_percentage_change = figures.percentageChange;
  return body;
}

export function unitsToTerragruntDetails(units: readonly UnitReport[]): TerragruntDetailBody[] {
  return units.map(unitToTerragruntDetail);
}

/** One unit's `terragrunt_details` item. */
export function unitToTerragruntDetail(unit: UnitReport): TerragruntDetailBody {
  const detail: TerragruntDetailBody = { path_id: unit.pathId, status: unit.status };
  if (unit.resourceCounts) detail.resource_counts = countsToBody(unit.resourceCounts);
  if (unit.driftCounts) detail.drift_counts = countsToBody(unit.driftCounts);
  if (unit.outputCounts) detail.output_counts = countsToBody(unit.outputCounts);
  return { ...detail, ...costFields(unit.cost) };
}

export function unitsToStacks(units: readonly UnitReport[]): StackBody[] {
  return units.map(unitToStack);
}

/** One unit's `stacks` item. */
export function unitToStack(unit: UnitReport): StackBody {
  const stack: StackBody = { stack_name: unit.name, stack_path: unit.pathId, status: unit.status };
  if (unit.errorMessage !== undefined) stack.error_message = unit.errorMessage;
  if (unit.resourceCounts) stack.resource_counts = countsToBody(unit.resourceCounts);
  if (unit.driftCounts) stack.drift_counts = countsToBody(unit.driftCounts);
  if (unit.outputs) stack.stack_outputs = { ...unit.outputs };
  return stack;
}
