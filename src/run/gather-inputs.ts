/**
 * A report's inputs: every plan, drift file, Terragrunt tree and Infracost report the config
 * names, found before any is read, read one at a time, turned into the model's input.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { ReportConfig } from '../config/schema.js';
import { InputError, settingRef } from '../errors.js';
import { applyInfracostToUnits } from '../infracost/infracost-units.js';
import { parseInfracostText } from '../infracost/infracost.js';
import { dedupeByIdentity, expandInputs } from '../inputs/expand-inputs.js';
import { isStdinName } from '../inputs/input-file.js';
import { readJsonText } from '../inputs/json-file.js';
import type { CostDetails } from '../model/cost-details.js';
import type { CostFigures } from '../model/cost-math.js';
import type { PlanSummary } from '../model/plan-summary.js';
import { readPlanFile } from '../plan/read-plan.js';
import { ValueGate } from '../plan/value-policy.js';
import type { ModelInput, TerragruntInput } from '../reporter/build-model.js';
import { readTerragruntTree } from '../terragrunt/terragrunt-tree.js';
import type { RunIo } from './run-report.js';
import type { UploadContext } from './upload-plan.js';

/** The model's inputs, and what the upload planner needs from them (unit plans, Infracost document). */
export async function gatherInputsAndUploads(
  config: ReportConfig,
  io: RunIo,
): Promise<{ input: ModelInput; uploadContext: UploadContext }> {
  let uploadContext: UploadContext = { cwd: io.cwd };
  // Every input is found before any is read, so a typo in the last one costs no time. One file
  // named twice (another path, a link) is read and counted once, with a warning.
  const warnings: string[] = [];
  const planFiles = await distinct(
    await expandInputs(config.plans, io.cwd, 'plan'),
    io.cwd,
    'plan',
    warnings,
  );
  const driftFiles = await distinct(
    await expandInputs(config.drifts, io.cwd, 'drift'),
    io.cwd,
    'drift',
    warnings,
  );
  const values = config.showValues ? new ValueGate({ show: true, hide: config.hideValuesOf }) : undefined;
  // Drifted resources one by one only when they will be sent (a dry run shows the event alone).
  const driftResources =
    config.sendDriftResources && !config.dryRun && (config.savePartial === undefined || config.send);
  const plans = await readPlans(planFiles, io.cwd, values, driftResources);
  const drifts = await readPlans(driftFiles, io.cwd, undefined, driftResources);
  for (const drift of drifts) refuseChangingDriftFile(drift);

  let terragrunt: TerragruntInput | undefined;
  if (config.terragruntDir !== undefined) {
    const tree = await readTerragruntTree(config.terragruntDir, {
      planFileName: config.planFileName,
      reportFile: config.terragruntReport,
      threads: config.readerThreads,
      onProgress: io.progress,
      cwd: io.cwd,
      values,
      driftResources,
    });
    for (const warning of tree.warnings) warnings.push(warning);
    terragrunt = { units: tree.units, plans: tree.plans };
    uploadContext = { ...uploadContext, unitPlans: tree.planFiles };
  }

  let cost: CostFigures | undefined;
  let costDetails: CostDetails | undefined;
  if (config.infracost !== undefined) {
    const text = await readJsonText(resolve(io.cwd, config.infracost), config.infracost);
    const report = parseInfracostText(text, config.infracost);
    cost = report.figures;
    costDetails = report.details;
    for (const warning of report.warnings) warnings.push(warning);
    let projectOf: Map<string, number> | undefined;
    if (terragrunt) {
      const matched = applyInfracostToUnits(terragrunt.units, report);
      for (const warning of matched.warnings) warnings.push(warning);
      terragrunt = { ...terragrunt, units: matched.units };
      projectOf = matched.projectOf;
    }
    if (config.uploads.infracost) {
      const { document } = report;
      uploadContext = { ...uploadContext, infracost: { label: config.infracost, document, projectOf } };
    }
  }

  const input: ModelInput = {
    plans,
    drifts,
    terragrunt,
    cost,
    costDetails,
    warnings,
    overrides: {
      eventType: config.eventType,
      activityType: config.activityType,
      activityStatus: config.activityStatus,
      provisioner: config.provisioner,
    },
  };
  return { input, uploadContext };
}

/** One file, one count: the same file under two names is read once, with a warning. */
async function distinct(files: string[], cwd: string, what: string, warnings: string[]): Promise<string[]> {
  const result = await dedupeByIdentity(files, cwd, what);
  for (const warning of result.warnings) warnings.push(warning);
  return result.files;
}

/**
 * A `--drift` file is a drift check by definition, so one that plans real changes to managed
 * resources (a normal plan given as drift) would be reported as "no drift" or as drift it is not:
 * refused, naming what it is and what to give instead. A drift file with nothing to change and
 * no `resource_drift` stays a drift check that found none.
 */
function refuseChangingDriftFile(drift: PlanSummary): void {
  const { added, changed, deleted } = drift.resourceCounts;
  if (added + changed + deleted === 0) return;
  throw new InputError(
    'INPUT_WRONG_KIND',
    drift.file,
    `given as ${settingRef('drifts')}, but this plan makes changes (${added} to add, ${changed} to change, ${deleted} to destroy), so it is not a drift check: give it as ${settingRef('plans')}, or check drift with a refresh-only plan (\`terraform plan -refresh-only -out=tfplan\`, then \`terraform show -json tfplan\`)`,
  );
}

/** One plan at a time: the reader streams, so memory stays flat however many plans there are. */
async function readPlans(
  files: readonly string[],
  cwd: string,
  values?: ValueGate,
  driftResources = false,
): Promise<PlanSummary[]> {
  const summaries: PlanSummary[] = [];
  for (const file of files) {
    const path = isStdinName(file) ? file : resolve(cwd, file);
    summaries.push(
      await readPlanFile(path, {
        label: file === '-' ? 'standard input' : inWorkingFolder(file, cwd),
        values,
        driftResources,
      }),
    );
  }
  return summaries;
}

/** A file as a reader finds it from the working folder: relative there when it lies inside it. */
function inWorkingFolder(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const inside = relative(cwd, file);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? file : inside;
}
