/**
 * Git and pipeline metadata carried by the event (field names as the API spells them). Read from
 * the environment by context/read-ci-context.ts; put in the event by reporter/build-event.ts.
 */
export interface CiContext {
  git_branch?: string;
  git_commit_sha?: string;
  git_commit_message?: string;
  git_repo?: string;
  pipeline?: string;
  pipeline_name?: string;
  pipeline_execution_id?: string;
  pipeline_execution_number?: string;
  pipeline_stage_id?: string;
  trigger?: Record<string, string | number>;
}
