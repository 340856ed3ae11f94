/** ReportModel + CI context -> the SendEventRequest body, validated before it leaves. */
import type { CiContext } from '../model/ci-context.js';
import type { ActivityMetadata, SendEventRequest } from './event-schema.js';
import { sendEventRequestSchema } from './event-schema.js';
import type { ReportModel } from './report-model.js';
import { costFields, countsToBody, unitsToStacks, unitsToTerragruntDetails } from './terragrunt-event.js';
import { REPORTER_NAME, VERSION } from '../version.js';

/**
 * Which program sent the event, in `trigger` (free-form JSON in the API) beside the CI `source`:
 * Harness-side support can then tell an event of this reporter, and of which release, from one
 * sent by anything else. `data` (string map) would also hold it, but `trigger` already says who
 * sent the event and how.
 */
export const REPORTER_TRIGGER = { reporter: REPORTER_NAME, reporter_version: VERSION } as const;

export function buildEvent(model: ReportModel, context: CiContext): SendEventRequest {
  const metadata: ActivityMetadata = {
    activity_type: model.activityType,
    activity_status: model.activityStatus,
    resource_counts: countsToBody(model.resourceCounts),
    drift_counts: countsToBody(model.driftCounts),
    output_counts: countsToBody(model.outputCounts),
    PlannedChangesCount: model.plannedChangesCount,
    ...costFields(model.cost),
    ...context,
    trigger: { ...context.trigger, ...REPORTER_TRIGGER },
  };
  if (model.provisioner !== undefined) metadata.provisioner = model.provisioner;
  if (model.provisionerVersion !== undefined) metadata.provisioner_version = model.provisionerVersion;
  if (model.units.length > 0) {
    metadata.terragrunt_details = unitsToTerragruntDetails(model.units);
    metadata.stacks = unitsToStacks(model.units);
  }
  // The schema is the contract with Harness: a body that fails it is our bug, and must not leave.
  const event = sendEventRequestSchema.parse({ event_type: model.eventType, metadata });
  // zod leaves `__proto__` keys out of a record it parses (its guard against prototype pollution),
  // but an output may really be named so (a valid HCL name): keep the outputs as built, where
  // every name is an own property.
  event.metadata?.stacks?.forEach((stack, i) => {
    const built = metadata.stacks?.[i]?.stack_outputs;
    if (built !== undefined) stack.stack_outputs = built;
  });
  return event;
}
