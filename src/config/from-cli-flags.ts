/** The CLI's reader: parsed flags (+ HARNESS_* variables for the connection) -> ReportConfig. */
import type { ReportConfig, ReportConfigInput } from './schema.js';
import { reportConfigSchema } from './schema.js';
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
  // Partial reports
  'save-partial'?: string | undefined;
  leg?: string | undefined;
  send?: boolean | undefined;
}

/** Config fields whose flag is not simply their kebab-case name. */
const FLAG_OF: Record<string, string> = { plans: 'plan', drifts: 'drift' };

export function reportConfigFromFlags(
  flags: ReportFlags,
  connection: ReportConfigInput['connection'],
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
    },
    // Partial reports
    savePartial: flags['save-partial'],
    leg: flags.leg,
    send: flags.send ?? false,
  };
  const parsed = reportConfigSchema.safeParse(input);
  if (!parsed.success)
    throw configError(parsed.error, (path) => `--${FLAG_OF[path.split('.')[0] ?? ''] ?? kebabName(path)}`);
  return parsed.data;
}
