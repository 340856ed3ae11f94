/** The Action's step outputs, drawn from the ReportModel. action.yml declares the same names (a test checks). */
import type { ReportModel } from '../reporter/report-model.js';
import { reportOutputs } from '../reporter/report-outputs.js';

export interface OutputFiles {
  readonly payloadFile: string;
  readonly summaryFile: string;
  /** The partial report written by `save-partial`, when one was. */
  readonly partialFile?: string | undefined;
  /** The body saved after a failed send (its target beside it, `<file>.target.json`). */
  readonly spoolFile?: string | undefined;
}

export function actionOutputs(model: ReportModel, files: OutputFiles): Record<string, string> {
  return {
    ...reportOutputs(model),
    'payload-file': files.payloadFile,
    'summary-markdown-file': files.summaryFile,
    'partial-file': files.partialFile ?? '',
    'spool-file': files.spoolFile ?? '',
  };
}
