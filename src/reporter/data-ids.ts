/**
 * The ids of stored workspace data -> the event's `*_uuid` fields (issue 14). Our reading of the
 * API: the field descriptions say "the ID of any associated plan data" and so on, so the id the
 * `/data` call answers for a plan text goes in `plan_uuid`, for a breakdown in
 * `cost_breakdown_uuid`, and per Terragrunt unit in that unit's `terragrunt_details` entry.
 */
import { sendEventRequestSchema, type SendEventRequest } from './event-schema.js';

export type DataIdField = 'plan_uuid' | 'cost_breakdown_uuid' | 'cost_diff_uuid' | 'state_uuid';

export interface DataIdAssignment {
  readonly field: DataIdField;
  readonly id: string;
  /** A Terragrunt unit's path_id: the id goes in its terragrunt_details entry (cost fields only). */
  readonly unit?: string | undefined;
}

/** A copy of the event with the ids (and the state checksum) filled in, validated again. */
export function withDataIds(
  event: SendEventRequest,
  assignments: readonly DataIdAssignment[],
  stateChecksum?: string,
): SendEventRequest {
  if (assignments.length === 0 && stateChecksum === undefined) return event;
  const metadata = { ...event.metadata };
  const details = metadata.terragrunt_details?.map((detail) => ({ ...detail }));
  for (const { field, id, unit } of assignments) {
    if (unit === undefined) {
      metadata[field] = id;
      continue;
    }
    const detail = details?.find((d) => d.path_id === unit);
    if (detail !== undefined && (field === 'cost_breakdown_uuid' || field === 'cost_diff_uuid')) {
      detail[field] = id;
    }
  }
  if (details !== undefined) metadata.terragrunt_details = details;
  if (stateChecksum !== undefined && metadata.state_uuid !== undefined)
    metadata.state_checksum = stateChecksum;
  const checked = sendEventRequestSchema.parse({ ...event, metadata });
  // Keep the outputs exactly as built (see build-event.ts: zod drops `__proto__` record keys).
  checked.metadata?.stacks?.forEach((stack, i) => {
    const built = event.metadata?.stacks?.[i]?.stack_outputs;
    if (built !== undefined) stack.stack_outputs = built;
  });
  return checked;
}
