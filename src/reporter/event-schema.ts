/**
 * The body of the IaCM "send event" call (`SendEventRequest`), as one zod schema.
 * Source: the Harness IaCM API reference the team keeps (harness-iacm-api.md). Every event is validated against it before it leaves
 * the program, and the test IaCM server validates what it receives with the same schema.
 */
import * as z from '../zod-mini.js';

import { ACTIVITY_STATUSES, ACTIVITY_TYPES, EVENT_TYPES, STACK_STATUSES } from '../model/statuses.js';

const count = z.number().check(z.int(), z.nonnegative());
/**
 * The optional fields' schemas, made once and shared by every field of their kind: a zod schema
 * is immutable, and each one made is CPU and memory of every run's start-up (issue 29,
 * docs/performance.md).
 */
const optionalString = z.optional(z.string());
const optionalCount = z.optional(count);

export const countsSchema = z.strictObject({
  added: count,
  changed: count,
  deleted: count,
  unchanged: count,
  imported: optionalCount,
  removed: optionalCount,
});
const optionalCounts = z.optional(countsSchema);

/** Decimal text such as "12.5", "-3", "0.0001": costs travel as strings, never floats. */
const decimal = z.string().check(z.regex(/^-?\d+(\.\d+)?$/, 'a decimal number as text'));
const optionalDecimal = z.optional(decimal);

const costFields = {
  cost_currency: z.optional(z.string().check(z.minLength(1))),
  cost_total_monthly: optionalDecimal,
  cost_past_total_monthly: optionalDecimal,
  cost_diff_total_monthly: optionalDecimal,
  cost_total_monthly_percentage_change: optionalDecimal,
  cost_breakdown_uuid: optionalString,
  cost_diff_uuid: optionalString,
};

export const stackSchema = z.strictObject({
  stack_name: optionalString,
  stack_path: optionalString,
  status: z.optional(z.enum(STACK_STATUSES)),
  error_message: optionalString,
  resource_counts: optionalCounts,
  drift_counts: optionalCounts,
  stack_outputs: z.optional(z.record(z.string(), z.string())),
  assets_uuid: optionalString,
  manifest_uuid: optionalString,
  template_uuid: optionalString,
  tree_uuid: optionalString,
  drift_uuid: optionalString,
});

export const terragruntDetailSchema = z.strictObject({
  path_id: z.string().check(z.minLength(1)),
  status: optionalString,
  resource_counts: optionalCounts,
  drift_counts: optionalCounts,
  output_counts: optionalCounts,
  ...costFields,
  state_file_link: optionalString,
});

export const activityMetadataSchema = z.strictObject({
  activity_type: z.optional(z.enum(ACTIVITY_TYPES)),
  activity_status: z.optional(z.enum(ACTIVITY_STATUSES)),
  resource_counts: optionalCounts,
  drift_counts: optionalCounts,
  output_counts: optionalCounts,
  PlannedChangesCount: optionalCount,
  ...costFields,
  plan_uuid: optionalString,
  state_uuid: optionalString,
  modules_uuid: optionalString,
  providers_uuid: optionalString,
  data_length: optionalCount,
  state_checksum: optionalString,
  git_branch: optionalString,
  git_commit_message: optionalString,
  git_commit_sha: optionalString,
  git_repo: optionalString,
  pipeline: optionalString,
  pipeline_name: optionalString,
  pipeline_execution_id: optionalString,
  pipeline_execution_number: optionalString,
  pipeline_stage_id: optionalString,
  provisioner: optionalString,
  provisioner_version: optionalString,
  stacks: z.optional(z.array(stackSchema)),
  terragrunt_details: z.optional(z.array(terragruntDetailSchema)),
  trigger: z.optional(z.record(z.string(), z.unknown())),
  enable_solutions_factory: z.optional(z.boolean()),
  rollback_reason: optionalString,
  rollback_source_id: optionalString,
});

export const sendEventRequestSchema = z.strictObject({
  event_type: z.enum(EVENT_TYPES),
  data: z.optional(z.record(z.string(), z.string())),
  metadata: z.optional(activityMetadataSchema),
  // Deprecated at top level (they belong in metadata); accepted so stored payloads still validate.
  pipeline_execution_id: optionalString,
  pipeline_stage_id: optionalString,
});

export type CountsBody = z.infer<typeof countsSchema>;
export type StackBody = z.infer<typeof stackSchema>;
export type TerragruntDetailBody = z.infer<typeof terragruntDetailSchema>;
export type ActivityMetadata = z.infer<typeof activityMetadataSchema>;
export type SendEventRequest = z.infer<typeof sendEventRequestSchema>;
