/**
 * The values a later step gates on, shared by the Action's step outputs and the plugin's output
 * variables so the two can never disagree. Names are the Action's (kebab-case); the plugin
 * upper-cases them (`has-drift` -> `HAS_DRIFT`).
 */
import { coverageOf } from './coverage.js';
import type { ReportModel } from './report-model.js';
import { policyStatusOutput } from './upload-outcome.js';

export const REPORT_OUTPUT_NAMES = [
  'added',
  'changed',
  'deleted',
  'imported',
  'removed',
  'unchanged',
  'drifted',
  'has-changes',
  'has-drift',
  'cost-diff-monthly',
  'event-type',
  'policy-status',
  'activity-id',
  'complete',
] as const;

export type ReportOutputName = (typeof REPORT_OUTPUT_NAMES)[number];

export function reportOutputs(model: ReportModel): Record<ReportOutputName, string> {
  const c = model.resourceCounts;
  return {
    added: String(c.added),
    changed: String(c.changed),
    deleted: String(c.deleted),
    imported: String(c.imported),
    removed: String(c.removed),
    unchanged: String(c.unchanged),
    drifted: String(model.driftedCount),
    'has-changes': String(model.hasChanges),
    'has-drift': String(model.hasDrift),
    // Empty, not "0", when Infracost gave no difference: unknown is not free, and a later step
    // can test for "" rather than guess.
    'cost-diff-monthly': model.cost?.diffTotalMonthly ?? '',
    'event-type': model.eventType,
    // Harness's OPA answer to the uploaded data: error, warning, pass; empty when none was given.
    'policy-status': policyStatusOutput(model.workspaceData),
    // The Harness activity the event became; empty when not sent, not looked up or not found.
    'activity-id': model.activity?.id ?? '',
    // false when the report does not cover everything (coverage.ts): never green then.
    complete: String(coverageOf(model).complete),
  };
}
