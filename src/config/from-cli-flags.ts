/** The CLI's reader: parsed flags (+ HARNESS_* variables for the connection) -> ReportConfig. */
import type { ReportConfig, ReportConfigInput } from './schema.js';
import { reportConfigSchema } from './schema.js';
import { pipelineIdsFromEnv } from './upload-settings.js';
import { configError, kebabName } from './zod-issues.js';

/** Flag values as node:util parseArgs returns them for the report command. */
export interface ReportFlags {
  plan?: string[] | undefined;
  drift?: string[] | undefined;
  'terragrunt-dir'?: string | undefined;
  'terragrunt-report'?: string | undefined;
  'plan-file-name'?: string | undefined;
  infracost?: string | undefined;
  'event-type'?: string | undefined;
  'activity-type'?: string | undefined;
  'activity-status'?: string | undefined;
  provisioner?: string | undefined;
  'dry-run'?: boolean | undefined;
  'spool-dir'?: string | undefined;
  'fail-on-drift'?: boolean | undefined;
  'fail-on-destroy'?: boolean | undefined;
  'max-monthly-cost-increase'?: string | undefined;
  // Workspace data uploads (issue 14).
  'plan-text'?: string | undefined;
  'plan-text-name'?: string | undefined;
  'upload-infracost'?: boolean | undefined;
  'upload-state'?: string | undefined;
  'pipeline-id'?: string | undefined;
  'stage-id'?: string | undefined;
  'pipeline-execution-id'?: string | undefined;
  'pipeline-stage-id'?: string | undefined;
  'fail-on-policy'?: string | undefined;
}

/** Config fields whose flag is not simply their kebab-case name. */
const FLAG_OF: Record<string, string> = {
  plans: 'plan',
  drifts: 'drift',
  'uploads.planText': 'plan-text',
  'uploads.planTextName': 'plan-text-name',
  'uploads.infracost': 'upload-infracost',
  'uploads.state': 'upload-state',
};

export function reportConfigFromFlags(
  flags: ReportFlags,
  connection: ReportConfigInput['connection'],
  env: Readonly<Record<string, string | undefined>> = {},
): ReportConfig {
  const input = {
    plans: flags.plan ?? [],
    drifts: flags.drift ?? [],
    terragruntDir: flags['terragrunt-dir'],
    terragruntReport: flags['terragrunt-report'],
    planFileName: flags['plan-file-name'],
    infracost: flags.infracost,
    eventType: flags['event-type'],
    activityType: flags['activity-type'],
    activityStatus: flags['activity-status'],
    provisioner: flags.provisioner,
    dryRun: flags['dry-run'] ?? false,
    spoolDir: flags['spool-dir'],
    connection,
    gates: {
      failOnDrift: flags['fail-on-drift'] ?? false,
      failOnDestroy: flags['fail-on-destroy'] ?? false,
      maxMonthlyCostIncrease: flags['max-monthly-cost-increase'],
      failOnPolicy: flags['fail-on-policy'],
    },
    uploads: uploadsFromFlags(flags, env),
  };
  const parsed = reportConfigSchema.safeParse(input);
  if (!parsed.success)
    throw configError(
      parsed.error,
      (path) => `--${FLAG_OF[path] ?? FLAG_OF[path.split('.')[0] ?? ''] ?? kebabName(path)}`,
    );
  return parsed.data;
}

/** Upload flags, with the pipeline ids falling back to a Harness stage's HARNESS_* variables. */
function uploadsFromFlags(
  flags: ReportFlags,
  env: Readonly<Record<string, string | undefined>>,
): ReportConfigInput['uploads'] {
  const given: Record<string, string | undefined> = {
    pipelineId: flags['pipeline-id'],
    stageId: flags['stage-id'],
    pipelineExecutionId: flags['pipeline-execution-id'],
    pipelineStageId: flags['pipeline-stage-id'],
  };
  const pipeline: Record<string, string> = { ...pipelineIdsFromEnv(env) };
  for (const [key, value] of Object.entries(given)) {
    if (value !== undefined && value.trim() !== '') pipeline[key] = value.trim();
  }
  return {
    planText: flags['plan-text'],
    planTextName: flags['plan-text-name'],
    infracost: flags['upload-infracost'] ?? false,
    state: flags['upload-state'],
    pipeline,
  };
}
