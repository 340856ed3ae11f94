/**
 * The settings of workspace data uploads (issue 14), kept apart from the rest of the schema: what
 * to upload (each off unless asked), the four pipeline ids the `/data` endpoint requires, and the
 * policy gate. schema.ts mounts these; the three readers fill them.
 */
import { z } from 'zod';

export const POLICY_GATE_LEVELS = ['error', 'warning'] as const;

const id = z.string().min(1).max(1024);

/** The query parameters `/data` requires; inside a Harness stage they come from its variables. */
export const pipelineIdsSchema = z.object({
  pipelineId: id.optional(),
  stageId: id.optional(),
  pipelineExecutionId: id.optional(),
  pipelineStageId: id.optional(),
});

export const uploadsSchema = z.object({
  /** `terraform show -no-color tfplan` output for the whole run -> plan_human -> plan_uuid. */
  planText: z.string().min(1).optional(),
  /** File name of the plan text beside each Terragrunt unit's plan -> plan_human per unit. */
  planTextName: z.string().min(1).optional(),
  /** Upload the --infracost file (cost_breakdown or cost_diff by what it is), per unit too. */
  infracost: z.boolean().default(false),
  /** A state file -> state_raw -> state_uuid + state_checksum. Read for nothing else. */
  state: z.string().min(1).optional(),
  pipeline: pipelineIdsSchema.prefault({}),
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

/** Where each world looks for a pipeline id when its own flag/input/setting is not given. */
export const PIPELINE_ID_VARIABLES: Readonly<Record<PipelineIdKey, readonly string[]>> = {
  pipelineId: ['HARNESS_PIPELINE_ID'],
  stageId: ['HARNESS_STAGE_ID'],
  pipelineExecutionId: ['HARNESS_EXECUTION_ID'],
  pipelineStageId: [],
};

/** The in-stage PLUGIN_ENDPOINT_VARIABLES keys that carry a pipeline id. */
export const PIPELINE_ID_ENDPOINT_KEYS: Readonly<Partial<Record<PipelineIdKey, string>>> = {
  pipelineExecutionId: 'pipeline_execution_id',
  pipelineStageId: 'pipeline_stage_execution_id',
};

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

/** Fills unset pipeline ids from the environment's HARNESS_* variables (CLI and plugin). */
export function pipelineIdsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  endpoint: Readonly<Record<string, string>> = {},
): PipelineIdsConfig {
  const out: Record<string, string> = {};
  for (const key of PIPELINE_ID_KEYS) {
    const fromEnv = PIPELINE_ID_VARIABLES[key].map((name) => env[name]?.trim()).find((v) => !!v);
    const endpointKey = PIPELINE_ID_ENDPOINT_KEYS[key];
    const value = fromEnv ?? (endpointKey === undefined ? undefined : endpoint[endpointKey]);
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}
