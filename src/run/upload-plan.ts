/**
 * Which workspace data a report run uploads (issue 14): plan text, Infracost JSON, state; all
 * opt-in. Files are found and checked (stat, never read) before anything is sent; a unit without
 * a plan text beside its plan is a warning. data-uploads.ts performs what this plans.
 */
import { constants } from 'node:fs';
import { lstat, open } from '../lazy-fs.js';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { DataType } from '../api/create-data.js';
import type { ReportConfig } from '../config/schema.js';
import type { UploadsConfig } from '../config/upload-settings.js';
import { infracostDataType, projectDocument } from '../infracost/infracost-documents.js';
import { PLAN_TEXT_SNIFF_BYTES, sniffPlanText, type PlanTextVerdict } from '../plan/plan-text.js';
import type { DataIdField } from '../reporter/data-ids.js';
import type { WorkspaceDataReport } from '../reporter/upload-outcome.js';
import { thousands } from '../thousands.js';

export interface PlannedUpload {
  readonly dataType: DataType;
  readonly label: string;
  readonly size: number;
  readonly source: { readonly file: string; readonly size: number } | { readonly bytes: Buffer };
  readonly stackPath?: string | undefined;
  /** Where the returned id goes in the event; none for a unit's plan text (no field for it). */
  readonly target?: { readonly field: DataIdField; readonly unit?: string | undefined } | undefined;
}

/** What the planner needs from the rest of the run. */
export interface UploadContext {
  readonly cwd: string;
  /** The Terragrunt tree's units' plan files by pathId. */
  readonly unitPlans?: ReadonlyMap<string, string> | undefined;
  /** The --infracost file: as named, its parsed document, and the project matched to each unit. */
  readonly infracost?:
    | { readonly label: string; readonly document: unknown; readonly projectOf?: ReadonlyMap<string, number> }
    | undefined;
}

/**
 * Files sent to Harness are never symbolic links: a link committed in a pull request (tfplan.txt
 * -> ~/.ssh/id_rsa, a runner credential) would upload whatever file it points at. Checked here
 * (lstat) and again where the file is opened (O_NOFOLLOW), so a link swapped in between is refused too.
 */
const LINK =
  'is a symbolic link; files are uploaded only when they are regular files (a link could point at any readable file): name the file itself';

/** Opens a file to upload or inspect, refusing a symbolic link as its last part. */
const NO_FOLLOW = constants.O_RDONLY | constants.O_NOFOLLOW;

/** Size of a file that must be there, or InputError naming it (never reads it). */
export async function fileSize(path: string, label: string): Promise<number> {
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const cause = { cause: error };
    if (code === 'ENOENT') throw new InputError('INPUT_NOT_FOUND', label, 'no such file', undefined, cause);
    throw new InputError(
      'INPUT_UNREADABLE',
      label,
      `cannot be read (${code ?? 'unknown error'})`,
      undefined,
      cause,
    );
  }
  if (info.isSymbolicLink()) throw new InputError('INPUT_UNREADABLE', label, LINK);
  if (!info.isFile()) throw new InputError('INPUT_UNREADABLE', label, 'is not a file');
  if (info.size === 0) throw new InputError('INPUT_EMPTY', label, 'is empty; there is nothing to upload');
  return info.size;
}

/** The first bytes of a plan text, judged; the state is never opened this way. */
async function inspectPlanText(file: string): Promise<PlanTextVerdict> {
  const handle = await open(file, NO_FOLLOW);
  try {
    const buffer = Buffer.alloc(PLAN_TEXT_SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return sniffPlanText(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

const COLOURED = 'holds terminal colour codes (was -no-color left out?); uploaded as it is';

/**
 * The single files named by flags, checked up front so a typo fails before plans are read. A plan
 * text that is not one (the binary plan, the JSON plan) is bad input; colour codes are a warning.
 */
export async function checkUploadFiles(uploads: UploadsConfig, cwd: string): Promise<string[]> {
  const warnings: string[] = [];
  if (uploads.planText !== undefined) {
    const file = resolve(cwd, uploads.planText);
    await fileSize(file, uploads.planText);
    const verdict = await inspectPlanText(file);
    if (verdict.kind !== 'text') {
      throw new InputError(
        verdict.kind === 'json' ? 'INPUT_WRONG_KIND' : 'INPUT_BINARY',
        uploads.planText,
        verdict.detail,
      );
    }
    if (verdict.coloured) warnings.push(`${uploads.planText} ${COLOURED}`);
  }
  if (uploads.state !== undefined) await fileSize(resolve(cwd, uploads.state), uploads.state);
  return warnings;
}

/** `file` relative to `cwd` when it lies under it; otherwise as given. */
export function relativeToCwd(file: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/** Every upload the config asks for, in a stable order; units without a plan text are warnings. */
export async function planUploads(
  config: ReportConfig,
  context: UploadContext,
): Promise<{ uploads: PlannedUpload[]; warnings: string[] }> {
  const { uploads } = config;
  const { cwd } = context;
  const planned: PlannedUpload[] = [];
  const warnings: string[] = [];
  const fromFile = async (label: string) => {
    const file = resolve(cwd, label);
    const size = await fileSize(file, label);
    return { label, size, source: { file, size } };
  };

  if (uploads.planText !== undefined) {
    planned.push({
      dataType: 'plan_human',
      ...(await fromFile(uploads.planText)),
      target: { field: 'plan_uuid' },
    });
  }
  if (uploads.planTextName !== undefined && context.unitPlans !== undefined) {
    const missing: string[] = [];
    for (const [pathId, planFile] of context.unitPlans) {
      const file = join(dirname(planFile), uploads.planTextName);
      const info = await lstat(file).catch(() => undefined);
      if (info?.isSymbolicLink() === true) {
        warnings.push(`${relativeToCwd(file, cwd)} ${LINK}; not uploaded`);
        continue;
      }
      const size = info !== undefined && info.isFile() && info.size > 0 ? info.size : undefined;
      if (size === undefined) {
        missing.push(pathId);
        continue;
      }
      const verdict = await inspectPlanText(file).catch((error: unknown): PlanTextVerdict => ({
        kind: 'binary',
        detail: `cannot be read (${String(error)})`,
      }));
      if (verdict.kind !== 'text') {
        warnings.push(`${relativeToCwd(file, cwd)} ${verdict.detail}; not uploaded`);
        continue;
      }
      if (verdict.coloured) warnings.push(`${relativeToCwd(file, cwd)} ${COLOURED}`);
      planned.push({
        dataType: 'plan_human',
        label: relativeToCwd(file, cwd),
        size,
        source: { file, size },
        stackPath: pathId,
      });
    }
    if (missing.length > 0) {
      warnings.push(
        `no plan text ${uploads.planTextName} beside the plan of unit(s) ${missing.join(', ')}; not uploaded`,
      );
    }
  }
  if (uploads.infracost && context.infracost !== undefined && config.infracost !== undefined) {
    const { document, projectOf, label } = context.infracost;
    const dataType = infracostDataType(document);
    const field: DataIdField = dataType === 'cost_diff' ? 'cost_diff_uuid' : 'cost_breakdown_uuid';
    planned.push({ dataType, ...(await fromFile(config.infracost)), target: { field } });
    for (const [pathId, index] of projectOf ?? []) {
      const bytes = projectDocument(document, index);
      planned.push({
        dataType,
        label: `${label} (its project for unit ${pathId})`,
        size: bytes.length,
        source: { bytes },
        stackPath: pathId,
        target: { field, unit: pathId },
      });
    }
  }
  if (uploads.state !== undefined) {
    planned.push({
      dataType: 'state_raw',
      ...(await fromFile(uploads.state)),
      target: { field: 'state_uuid' },
    });
  }
  return { uploads: planned, warnings };
}

/** `would upload ...` lines for a dry run: type, file, size, stack path; never any content. */
export function describePlannedUploads(uploads: readonly PlannedUpload[]): string[] {
  return uploads.map(
    (u) =>
      `dry run: would upload ${u.dataType} from ${u.label} (${thousands(u.size)} bytes)` +
      (u.stackPath === undefined ? '' : ` with stack_path ${u.stackPath}`),
  );
}

export function plannedRecords(uploads: readonly PlannedUpload[]): WorkspaceDataReport {
  return {
    uploads: uploads.map((u) => ({
      dataType: u.dataType,
      label: u.label,
      size: u.size,
      stackPath: u.stackPath,
      outcome: 'planned',
    })),
    policy: undefined,
  };
}
