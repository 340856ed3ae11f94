/** ReportModel + CI context -> the SendEventRequest body, validated before it leaves. */
import type { CiContext } from '../context/ci-context.js';
import type { Counts } from '../parsers/plan-summary.js';
import type { ActivityMetadata, CountsBody, SendEventRequest } from './event-schema.js';
import { sendEventRequestSchema } from './event-schema.js';
import type { CostFigures, ReportModel } from './report-model.js';
import { unitsToStacks, unitsToTerragruntDetails } from './terragrunt-event.js';

export function countsBody(counts: Counts): CountsBody {
  return {
    added: counts.added,
    changed: counts.changed,
    deleted: counts.deleted,
    unchanged: counts.unchanged,
    imported: counts.imported,
    removed: counts.removed,
  };
}

export function costFieldsBody(cost: CostFigures | undefined): Partial<ActivityMetadata> {
  if (!cost) return {};
  const fields: Partial<ActivityMetadata> = {};
  if (cost.currency !== undefined) fields.cost_currency = cost.currency;
  if (cost.totalMonthly !== undefined) fields.cost_total_monthly = cost.totalMonthly;
  if (cost.pastTotalMonthly !== undefined) fields.cost_past_total_monthly = cost.pastTotalMonthly;
  if (cost.diffTotalMonthly !== undefined) fields.cost_diff_total_monthly = cost.diffTotalMonthly;
  if (cost.percentageChange !== undefined) fields.cost_total_monthly_percentage_change = cost.percentageChange;
  return fields;
}

export function buildEvent(model: ReportModel, context: CiContext): SendEventRequest {
  const metadata: ActivityMetadata = {
    activity_type: model.activityType,
    activity_status: model.activityStatus,
    resource_counts: countsBody(model.resourceCounts),
    drift_counts: countsBody(model.driftCounts),
    output_counts: countsBody(model.outputCounts),
    PlannedChangesCount: model.plannedChangesCount,
    ...costFieldsBody(model.cost),
    ...context,
  };
  if (model.provisioner !== undefined) metadata.provisioner = model.provisioner;
  if (model.provisionerVersion !== undefined) metadata.provisioner_version = model.provisionerVersion;
  if (model.units.length > 0) {
    metadata.terragrunt_details = unitsToTerragruntDetails(model.units);
    metadata.stacks = unitsToStacks(model.units);
  }
  // The schema is the contract with Harness: a body that fails it is our bug, and must not leave.
  return sendEventRequestSchema.parse({ event_type: model.eventType, metadata });
}
