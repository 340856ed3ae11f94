/**
 * The one pipeline under every entry point: config -> parsers -> model -> event -> delivery.
 * Entry points turn their world into a ReportConfig and a RunIo, call runReport, and write their
 * world's outputs from the ReportOutcome.
 */
import { resolve } from 'node:path';
import { deliverEvent } from '../api/deliver.js';
import type { HttpOptions } from '../api/http-client.js';
import type { ReportConfig } from '../config/schema.js';
import { readCiContext } from '../context/ci-context.js';
import { expandInputs } from '../parsers/expand-inputs.js';
import { parseInfracostText } from '../parsers/infracost.js';
import { parseJsonText, readJsonText } from '../parsers/json-file.js';
import type { PipelineIds } from '../api/workspace-data.js';
import { withDataIds } from '../reporter/data-ids.js';
import { performUploads } from './data-uploads.js';
import {
  checkUploadFiles,
  describePlannedUploads,
  planUploads,
  plannedRecords,
  type UploadContext,
} from './upload-plan.js';
import { applyInfracostToUnits } from '../parsers/infracost-units.js';
import type { PlanSummary } from '../model/plan-summary.js';
import { readPlanFile } from '../parsers/read-plan.js';
import { readTerragruntTree } from '../parsers/terragrunt-tree.js';
import { buildEvent } from '../reporter/build-event.js';
import type { TerragruntInput } from '../reporter/build-model.js';
import { buildModel } from '../reporter/build-model.js';
import { plainText } from '../plain-text.js';
import type { SendEventRequest } from '../reporter/event-schema.js';
import type { ReportModel } from '../reporter/report-model.js';
import type { CostFigures } from '../model/cost-math.js';

/** The world a run sees, handed in by the entry point (so the pipeline itself reads no globals). */
export interface RunIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** A human-readable progress or warning line (stderr for the CLI, the log for the Action). */
  readonly log: (line: string) => void;
  /** Units read so far of a Terragrunt tree; the entry decides whether to draw it (TTY only). */
  readonly progress?: ((done: number, total: number) => void) | undefined;
  /** Timeouts and retry pacing for the send (defaults suit CI; tests make them short). */
  readonly http?: HttpOptions | undefined;
}

export type Delivery =
  | { readonly kind: 'dry-run' }
  | { readonly kind: 'sent' }
  /** Sending failed for good; the exact body was written to `file` for `iacm-report send --payload`. */
  | { readonly kind: 'spooled'; readonly file: string; readonly error: Error };

export interface ReportOutcome {
  readonly model: ReportModel;
  readonly event: SendEventRequest;
  /** The exact request body, as sent (or as it would be sent). */
  readonly body: string;
  readonly delivery: Delivery;
}

export async function runReport(config: ReportConfig, io: RunIo): Promise<ReportOutcome> {
  // What the config needs (something to report, credentials unless a dry run, the pipeline ids of
  // any upload) was checked by its schema before we were called. Upload files are looked at next,
  // before any plan is read.
  const uploadWarnings = await checkUploadFiles(config.uploads, io.cwd);

  // Every input is found before any is read, so a typo in the last one costs no time.
  const planFiles = await expandInputs(config.plans, io.cwd, 'plan');
  // The git context (a few `git` processes) is gathered while the plans are read, not after: on a
  // large plan that wait was idle time. A failure surfaces where it is awaited, as before.
  const ciContext = readCiContext(io.env, io.cwd);
  ciContext.catch(() => undefined);
  const driftFiles = await expandInputs(config.drifts, io.cwd, 'drift');
  const plans = await readPlans(planFiles, io.cwd);
  const drifts = await readPlans(driftFiles, io.cwd);
  const warnings: string[] = [...uploadWarnings];
  let uploadContext: UploadContext = { cwd: io.cwd };

  let terragrunt: TerragruntInput | undefined;
  if (config.terragruntDir !== undefined) {
    const tree = await readTerragruntTree(config.terragruntDir, {
      planFileName: config.planFileName,
      reportFile: config.terragruntReport,
      onProgress: io.progress,
      cwd: io.cwd,
    });
    warnings.push(...tree.warnings);
    terragrunt = { units: tree.units, plans: tree.plans };
    uploadContext = { ...uploadContext, unitPlans: tree.planFiles };
  }

  let cost: CostFigures | undefined;
  if (config.infracost !== undefined) {
    const text = await readJsonText(resolve(io.cwd, config.infracost), config.infracost);
    const report = parseInfracostText(text, config.infracost);
    cost = report.figures;
    warnings.push(...report.warnings);
    let projectOf: Map<string, number> | undefined;
    if (terragrunt) {
      const matched = applyInfracostToUnits(terragrunt.units, report);
      warnings.push(...matched.warnings);
      terragrunt = { ...terragrunt, units: matched.units };
      projectOf = matched.projectOf;
    }
    if (config.uploads.infracost) {
      const document = parseJsonText(text, config.infracost);
      uploadContext = { ...uploadContext, infracost: { label: config.infracost, document, projectOf } };
    }
  }
  const planned = await planUploads(config, uploadContext);
  warnings.push(...planned.warnings);

  const model = buildModel({
    plans,
    drifts,
    terragrunt,
    cost,
    warnings,
    overrides: {
      eventType: config.eventType,
      activityType: config.activityType,
      activityStatus: config.activityStatus,
      provisioner: config.provisioner,
    },
  });
  let event = buildEvent(model, await ciContext);
  // Warnings quote file and folder names: printed plain, so a name cannot recolour or forge log lines.
  for (const warning of model.warnings) io.log(`warning: ${plainText(warning)}`);

  if (config.dryRun) {
    if (planned.uploads.length > 0) {
      for (const line of describePlannedUploads(planned.uploads)) io.log(plainText(line));
      model.workspaceData = plannedRecords(planned.uploads);
    }
    return { model, event, body: JSON.stringify(event), delivery: { kind: 'dry-run' } };
  }
  // Uploads first: the event carries the ids they answer with.
  if (planned.uploads.length > 0) {
    const done = await performUploads(planned.uploads, {
      connection: config.connection,
      pipeline: config.uploads.pipeline as PipelineIds,
      http: io.http,
      env: io.env,
      cwd: io.cwd,
      spoolDir: config.spoolDir,
    });
    model.workspaceData = done.report;
    event = withDataIds(event, done.assignments, done.stateChecksum);
    for (const upload of done.report.uploads.filter((u) => u.outcome === 'failed')) {
      const where = upload.stackPath === undefined ? '' : ` (unit ${upload.stackPath})`;
      io.log(
        plainText(
          `warning: upload of ${upload.dataType} ${upload.label}${where} failed, the event goes without its id: ${upload.error ?? ''}` +
            (upload.retry === undefined ? '' : `; retry with: ${upload.retry}`),
        ),
      );
    }
  }
  const body = JSON.stringify(event);
  const delivery = await deliverEvent(config.connection, body, {
    spoolDir: config.spoolDir,
    env: io.env,
    cwd: io.cwd,
    log: io.log,
    http: io.http,
  });
  return { model, event, body, delivery };
}

/** One plan at a time: the reader streams, so memory stays flat however many plans there are. */
async function readPlans(files: readonly string[], cwd: string): Promise<PlanSummary[]> {
  const summaries: PlanSummary[] = [];
  for (const file of files) summaries.push(await readPlanFile(resolve(cwd, file), { label: file }));
  return summaries;
}
