/** The Action's step outputs, drawn from the ReportModel. action.yml declares the same names (a test checks). */
import type { ReportModel } from '../reporter/report-model.js';

export interface OutputFiles {
  readonly payloadFile: string;
  readonly summaryFile: string;
}

export function actionOutputs(model: ReportModel, files: OutputFiles): Record<string, string> {
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
    // Empty, not "0", when Infracost gave no difference: unknown is not free.
    'cost-diff-monthly': model.cost?.diffTotalMonthly ?? '',
    'event-type': model.eventType,
    'payload-file': files.payloadFile,
    'summary-markdown-file': files.summaryFile,
  };
}
