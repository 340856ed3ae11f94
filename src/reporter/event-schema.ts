/**
 * The body of the IaCM "send event" call (`SendEventRequest`), as one zod schema.
 * Source: the Harness IaCM API reference the team keeps (harness-iacm-api.md). Every event is validated against it before it leaves
 * the program, and the test IaCM server validates what it receives with the same schema.
 */
import { z } from 'zod';

import { ACTIVITY_STATUSES, ACTIVITY_TYPES, EVENT_TYPES, STACK_STATUSES } from '../model/statuses.js';

const count = z.number().int().nonnegative();

export const countsSchema = z.strictObject({
  added: count,
  changed: count,
  deleted: count,
  unchanged: count,
  imported: count.optional(),
  removed: count.optional(),
});

/** Decimal text such as "12.5", "-3", "0.0001": costs travel as strings, never floats. */
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal number as text');

const costFields = {
  cost_currency: z.string().min(1).optional(),
  cost_total_monthly: decimal.optional(),
  cost_past_total_monthly: decimal.optional(),
  cost_diff_total_monthly: decimal.optional(),
  cost_total_monthly_percentage_change: decimal.optional(),
  cost_breakdown_uuid: z.string().optional(),
  cost_diff_uuid: z.string().optional(),
};

export const stackSchema = z.strictObject({
  stack_name: z.string().optional(),
  stack_path: z.string().optional(),
  status: z.enum(STACK_STATUSES).optional(),
  error_message: z.string().optional(),
  resource_counts: countsSchema.optional(),
  drift_counts: countsSchema.optional(),
  stack_outputs: z.record(z.string(), z.string()).optional(),
  assets_uuid: z.string().optional(),
  manifest_uuid: z.string().optional(),
  template_uuid: z.string().optional(),
  tree_uuid: z.string().optional(),
  drift_uuid: z.string().optional(),
});

export const terragruntDetailSchema = z.strictObject({
  path_id: z.string().min(1),
  status: z.string().optional(),
  resource_counts: countsSchema.optional(),
  drift_counts: countsSchema.optional(),
  output_counts: countsSchema.optional(),
  ...costFields,
  state_file_link: z.string().optional(),
});

export const activityMetadataSchema = z.strictObject({
  activity_type: z.enum(ACTIVITY_TYPES).optional(),
  activity_status: z.enum(ACTIVITY_STATUSES).optional(),
  resource_counts: countsSchema.optional(),
  drift_counts: countsSchema.optional(),
  output_counts: countsSchema.optional(),
  PlannedChangesCount: count.optional(),
  ...costFields,
  plan_uuid: z.string().optional(),
  state_uuid: z.string().optional(),
  modules_uuid: z.string().optional(),
  providers_uuid: z.string().optional(),
  data_length: count.optional(),
  state_checksum: z.string().optional(),
  git_branch: z.string().optional(),
  git_commit_message: z.string().optional(),
  git_commit_sha: z.string().optional(),
  git_repo: z.string().optional(),
  pipeline: z.string().optional(),
  pipeline_name: z.string().optional(),
  pipeline_execution_id: z.string().optional(),
  pipeline_execution_number: z.string().optional(),
  pipeline_stage_id: z.string().optional(),
  provisioner: z.string().optional(),
  provisioner_version: z.string().optional(),
  stacks: z.array(stackSchema).optional(),
  terragrunt_details: z.array(terragruntDetailSchema).optional(),
  trigger: z.record(z.string(), z.unknown()).optional(),
  enable_solutions_factory: z.boolean().optional(),
  rollback_reason: z.string().optional(),
  rollback_source_id: z.string().optional(),
});

export const sendEventRequestSchema = z.strictObject({
  event_type: z.enum(EVENT_TYPES),
  data: z.record(z.string(), z.string()).optional(),
  metadata: activityMetadataSchema.optional(),
  // Deprecated at top level (they belong in metadata); accepted so stored payloads still validate.
  pipeline_execution_id: z.string().optional(),
  pipeline_stage_id: z.string().optional(),
});

export type CountsBody = z.infer<typeof countsSchema>;
export type StackBody = z.infer<typeof stackSchema>;
export type TerragruntDetailBody = z.infer<typeof terragruntDetailSchema>;
export type ActivityMetadata = z.infer<typeof activityMetadataSchema>;
export type SendEventRequest = z.infer<typeof sendEventRequestSchema>;
