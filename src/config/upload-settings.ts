/**
 * The settings of workspace data uploads (issue 14), kept apart from the rest of the schema: what
 * to upload (each off unless asked), the four pipeline ids the `/data` endpoint requires, and the
 * policy gate. schema.ts mounts these and checks what they need; the settings table
 * (settings.ts) names them in each world.
 */
import * as z from '../zod-mini.js';
import { OFF, OPTIONAL_TEXT } from './common-schemas.js';

export const POLICY_GATE_LEVELS = ['error', 'warning'] as const;

const id = z.string().check(z.minLength(1), z.maxLength(1024));

/** The query parameters `/data` requires; inside a Harness stage they come from its variables. */
export const pipelineIdsSchema = z.object({
  pipelineId: z.optional(id),
  stageId: z.optional(id),
  pipelineExecutionId: z.optional(id),
  pipelineStageId: z.optional(id),
});

export const uploadsSchema = z.object({
  /** `terraform show -no-color tfplan` output for the whole run -> plan_human -> plan_uuid. */
  planText: OPTIONAL_TEXT,
  /** File name of the plan text beside each Terragrunt unit's plan -> plan_human per unit. */
  planTextName: z.optional(
    z.string().check(
      z.minLength(1),
      z.refine(
        (name) =>
          !/^([\\/]|[A-Za-z]:)/.test(name) && !name.split(/[\\/]/).some((p) => p === '..' || p === ''),
        'a file name inside the unit folder, such as tfplan.txt',
      ),
    ),
  ),
  /** Upload the --infracost file (cost_breakdown or cost_diff by what it is), per unit too. */
  infracost: OFF,
  /** A state file -> state_raw -> state_uuid + state_checksum. Read for nothing else. */
  state: OPTIONAL_TEXT,
  pipeline: z.prefault(pipelineIdsSchema, {}),
  /**
   * One deadline, in seconds, for all of a run's uploads together: a slow `/data` endpoint must
   * not hold the run a minute per few units. Uploads not done by then are reported as not done.
   */
  timeout: z._default(
    z.coerce
      .number<string | number>()
      .check(z.positive('a number of seconds above 0'), z.lte(3600, 'at most 3600 seconds')),
    300,
  ),
});

export type UploadsConfig = z.infer<typeof uploadsSchema>;
export type PipelineIdsConfig = z.infer<typeof pipelineIdsSchema>;
export type PipelineIdKey = keyof PipelineIdsConfig;

export const PIPELINE_ID_KEYS: readonly PipelineIdKey[] = [
  'pipelineId',
  'stageId',
  'pipelineExecutionId',
  'pipelineStageId',
];

export function wantsUploads(uploads: UploadsConfig): boolean {
  return (
    uploads.planText !== undefined ||
    uploads.planTextName !== undefined ||
    uploads.infracost ||
    uploads.state !== undefined
  );
}

/** The pipeline ids an upload would need and that are not set (empty when no upload is asked for). */
export function missingPipelineIds(uploads: UploadsConfig): PipelineIdKey[] {
  if (!wantsUploads(uploads)) return [];
  return PIPELINE_ID_KEYS.filter((key) => uploads.pipeline[key] === undefined);
}
