/**
 * One set of pipeline ids per run: the pipeline id settings (--pipeline-id,
 * --pipeline-execution-id, --pipeline-stage-id and their Action/plugin twins) set the event's
 * metadata as they set the uploads' query, over what the CI variables say. Inside a Harness stage
 * the plugin takes the stage execution id from PLUGIN_ENDPOINT_VARIABLES'
 * `pipeline_stage_execution_id`, so the event and its uploads carry the same `pipeline_stage_id`
 * and the activity lookup can find both by it (our inference: Harness links them by that id).
 * `stage_id` (the stage identifier) has no field in the event's metadata.
 */
import type { CiContext } from '../model/ci-context.js';
import type { PipelineIdsConfig } from '../config/upload-settings.js';

export function withPipelineIds(context: CiContext, ids: PipelineIdsConfig): CiContext {
  const out: CiContext = { ...context };
  if (ids.pipelineId !== undefined) out.pipeline = ids.pipelineId;
  if (ids.pipelineExecutionId !== undefined) out.pipeline_execution_id = ids.pipelineExecutionId;
  if (ids.pipelineStageId !== undefined) out.pipeline_stage_id = ids.pipelineStageId;
  return out;
}
