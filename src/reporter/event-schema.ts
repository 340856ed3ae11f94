/**
 * The body of the IaCM "send event" call (`SendEventRequest`), as one zod schema.
 * Source: the Harness IaCM API reference the team keeps (harness-iacm-api.md). Every event is validated against it before it leaves
 * the program, and the test IaCM server validates what it receives with the same schema.
 */
import * as z from '../zod-mini.js';

import { ACTIVITY_STATUSES, ACTIVITY_TYPES, EVENT_TYPES, STACK_STATUSES } from '../model/statuses.js';

const count = z.number().check(z.int(), z.nonnegative());

export const countsSchema = z.strictObject({
  added: count,
  changed: count,
  deleted: count,
  unchanged: count,
  imported: z.optional(count),
  removed: z.optional(count),
});

/** Decimal text such as "12.5", "-3", "0.0001": costs travel as strings, never floats. */
const decimal = z.string().check(z.regex(/^-?\d+(\.\d+)?$/, 'a decimal number as text'));

const costFields = {
  cost_currency: z.optional(z.string().check(z.minLength(1))),
  cost_total_monthly: z.optional(decimal),
  cost_past_total_monthly: z.optional(decimal),
  cost_diff_total_monthly: z.optional(decimal),
  cost_total_monthly_percentage_change: z.optional(decimal),
  cost_breakdown_uuid: z.optional(z.string()),
  cost_diff_uuid: z.optional(z.string()),
};

export const stackSchema = z.strictObject({
  stack_name: z.optional(z.string()),
  stack_path: z.optional(z.string()),
  status: z.optional(z.enum(STACK_STATUSES)),
  error_message: z.optional(z.string()),
  resource_counts: z.optional(countsSchema),
  drift_counts: z.optional(countsSchema),
  stack_outputs: z.optional(z.record(z.string(), z.string())),
  assets_uuid: z.optional(z.string()),
  manifest_uuid: z.optional(z.string()),
  template_uuid: z.optional(z.string()),
  tree_uuid: z.optional(z.string()),
  drift_uuid: z.optional(z.string()),
});

export const terragruntDetailSchema = z.strictObject({
  path_id: z.string().check(z.minLength(1)),
  status: z.optional(z.string()),
  resource_counts: z.optional(countsSchema),
  drift_counts: z.optional(countsSchema),
  output_counts: z.optional(countsSchema),
  ...costFields,
  state_file_link: z.optional(z.string()),
});

export const activityMetadataSchema = z.strictObject({
  activity_type: z.optional(z.enum(ACTIVITY_TYPES)),
  activity_status: z.optional(z.enum(ACTIVITY_STATUSES)),
  resource_counts: z.optional(countsSchema),
  drift_counts: z.optional(countsSchema),
  output_counts: z.optional(countsSchema),
  PlannedChangesCount: z.optional(count),
  ...costFields,
  plan_uuid: z.optional(z.string()),
  state_uuid: z.optional(z.string()),
  modules_uuid: z.optional(z.string()),
  providers_uuid: z.optional(z.string()),
  data_length: z.optional(count),
  state_checksum: z.optional(z.string()),
  git_branch: z.optional(z.string()),
  git_commit_message: z.optional(z.string()),
  git_commit_sha: z.optional(z.string()),
  git_repo: z.optional(z.string()),
  pipeline: z.optional(z.string()),
  pipeline_name: z.optional(z.string()),
  pipeline_execution_id: z.optional(z.string()),
  pipeline_execution_number: z.optional(z.string()),
  pipeline_stage_id: z.optional(z.string()),
  provisioner: z.optional(z.string()),
  provisioner_version: z.optional(z.string()),
  stacks: z.optional(z.array(stackSchema)),
  terragrunt_details: z.optional(z.array(terragruntDetailSchema)),
  trigger: z.optional(z.record(z.string(), z.unknown())),
  enable_solutions_factory: z.optional(z.boolean()),
  rollback_reason: z.optional(z.string()),
  rollback_source_id: z.optional(z.string()),
});

export const sendEventRequestSchema = z.strictObject({
  event_type: z.enum(EVENT_TYPES),
  data: z.optional(z.record(z.string(), z.string())),
  metadata: z.optional(activityMetadataSchema),
  // Deprecated at top level (they belong in metadata); accepted so stored payloads still validate.
  pipeline_execution_id: z.optional(z.string()),
  pipeline_stage_id: z.optional(z.string()),
});

export type CountsBody = z.infer<typeof countsSchema>;
export type StackBody = z.infer<typeof stackSchema>;
export type TerragruntDetailBody = z.infer<typeof terragruntDetailSchema>;
export type ActivityMetadata = z.infer<typeof activityMetadataSchema>;
export type SendEventRequest = z.infer<typeof sendEventRequestSchema>;
