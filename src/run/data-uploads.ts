/**
 * Workspace data uploads of a report run (issue 14): which files go up (plan text, Infracost JSON,
 * state; all opt-in), found and checked before anything is sent; then the uploads themselves, a
 * few at a time, each retried like the event. A failed upload never stops the run: it is recorded
 * with the command that retries it, and the event goes without its id.
 *
 * State holds secrets: its file is only measured (stat) and streamed to the endpoint. Its bytes
 * are hashed on their way out (state_checksum) and never read for anything else or printed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ApiError, InputError, UsageError } from '../errors.js';
import { redact } from '../api/redact.js';
import { spoolDirectory } from '../api/spool.js';
import type { HttpOptions } from '../api/http-client.js';
import { createData, type DataType, type PipelineIds } from '../api/workspace-data.js';
import type { ConnectionConfig, ReportConfig } from '../config/schema.js';
import type { UploadsConfig } from '../config/upload-settings.js';
import { boundedMap } from '../parsers/bounded-map.js';
import { infracostDataType, projectDocument } from '../parsers/infracost-documents.js';
import type { DataIdAssignment, DataIdField } from '../reporter/data-ids.js';
import {
  combinePolicyAnswers,
  type PolicyAnswer,
  type UploadRecord,
  type WorkspaceDataReport,
} from '../reporter/workspace-data.js';

/** Uploads in flight at once: enough to overlap round trips, few enough to stay clear of rate limits. */
export const UPLOAD_CONCURRENCY = 4;

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

/** Flag combinations that cannot work; checked before any file is read. */
export function checkUploadFlags(config: ReportConfig): void {
  const { uploads } = config;
  if (uploads.planTextName !== undefined) {
    if (config.terragruntDir === undefined) {
      throw new UsageError(
        '--plan-text-name names the plan text inside each Terragrunt unit and needs --terragrunt-dir; for one plan use --plan-text <file>',
      );
    }
    const parts = uploads.planTextName.split(/[\\/]/);
    if (isAbsolute(uploads.planTextName) || parts.some((p) => p === '..' || p === '')) {
      throw new UsageError(
        `--plan-text-name "${uploads.planTextName}": give a file name inside the unit folder, such as tfplan.txt`,
      );
    }
  }
  if (uploads.infracost && config.infracost === undefined) {
    throw new UsageError('--upload-infracost uploads the --infracost file: give --infracost <file> too');
  }
}

/** Size of a file that must be there, or InputError naming it (never reads it). */
async function fileSize(path: string, label: string): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('INPUT_NOT_FOUND', label, 'no such file');
    throw new InputError('INPUT_UNREADABLE', label, `cannot be read (${code ?? 'unknown error'})`);
  }
  if (!info.isFile()) throw new InputError('INPUT_UNREADABLE', label, 'is not a file');
  if (info.size === 0) throw new InputError('INPUT_EMPTY', label, 'is empty; there is nothing to upload');
  return info.size;
}

/** The single files named by flags, checked up front so a typo fails before plans are read. */
export async function checkUploadFiles(uploads: UploadsConfig, cwd: string): Promise<void> {
  if (uploads.planText !== undefined) await fileSize(resolve(cwd, uploads.planText), uploads.planText);
  if (uploads.state !== undefined) await fileSize(resolve(cwd, uploads.state), uploads.state);
}

function shown(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
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
      const size = await stat(file).then(
        (info) => (info.isFile() && info.size > 0 ? info.size : undefined),
        () => undefined,
      );
      if (size === undefined) missing.push(pathId);
      else
        planned.push({
          dataType: 'plan_human',
          label: shown(cwd, file),
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
      `dry run: would upload ${u.dataType} from ${u.label} (${u.size.toLocaleString('en-US')} bytes)` +
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

/** POSIX shell quoting, so a printed retry command can be pasted as it is. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function retryCommand(upload: PlannedUpload, file: string, pipeline: PipelineIds): string {
  const args = [
    'iacm-report upload',
    `--data-type ${upload.dataType}`,
    `--file ${shellQuote(file)}`,
    ...(upload.stackPath === undefined ? [] : [`--stack-path ${shellQuote(upload.stackPath)}`]),
    `--pipeline-id ${shellQuote(pipeline.pipelineId)}`,
    `--stage-id ${shellQuote(pipeline.stageId)}`,
    `--pipeline-execution-id ${shellQuote(pipeline.pipelineExecutionId)}`,
    `--pipeline-stage-id ${shellQuote(pipeline.pipelineStageId)}`,
  ];
  return args.join(' ');
}

/** Bytes made here (a unit's Infracost project) are written out so the retry has a file to send. */
async function keepForRetry(
  upload: PlannedUpload,
  spool: { spoolDir?: string | undefined; env: Readonly<Record<string, string | undefined>>; cwd: string },
): Promise<string> {
  if ('file' in upload.source) return upload.source.file;
  const dir = spoolDirectory({
    ...(spool.spoolDir === undefined ? {} : { spoolDir: spool.spoolDir }),
    env: spool.env,
    cwd: spool.cwd,
  });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `iacm-data-${upload.dataType}-${randomBytes(4).toString('hex')}.json`);
  await writeFile(file, upload.source.bytes, { mode: 0o600, flag: 'wx' });
  return file;
}

export interface PerformOptions {
  readonly connection: ConnectionConfig;
  readonly pipeline: PipelineIds;
  readonly http?: HttpOptions | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly spoolDir?: string | undefined;
  readonly concurrency?: number | undefined;
}

export interface UploadsOutcome {
  readonly report: WorkspaceDataReport;
  readonly assignments: DataIdAssignment[];
  readonly stateChecksum: string | undefined;
}

/** Runs every upload; failures are recorded, never thrown (a UsageError, which means no call was possible, is). */
export async function performUploads(
  uploads: readonly PlannedUpload[],
  options: PerformOptions,
): Promise<UploadsOutcome> {
  let stateChecksum: string | undefined;
  const failed = async (
    upload: PlannedUpload,
    base: Omit<UploadRecord, 'outcome'>,
    error: string,
  ): Promise<UploadRecord> => {
    try {
      const file = await keepForRetry(upload, options);
      return { ...base, outcome: 'failed', error, retry: retryCommand(upload, file, options.pipeline) };
    } catch (spoolError) {
      const why = spoolError instanceof Error ? spoolError.message : String(spoolError);
      return {
        ...base,
        outcome: 'failed',
        error: `${error}; its bytes could not be kept for a retry (${why})`,
      };
    }
  };
  // By upload, not by finishing order: the policy list reads the same on every run.
  const answers: (PolicyAnswer | undefined)[] = new Array<PolicyAnswer | undefined>(uploads.length);
  const assignments: DataIdAssignment[] = [];
  const { values, errors } = await boundedMap(
    uploads,
    options.concurrency ?? UPLOAD_CONCURRENCY,
    async (upload, index): Promise<UploadRecord> => {
      const base = {
        dataType: upload.dataType,
        label: upload.label,
        size: upload.size,
        stackPath: upload.stackPath,
      };
      let hash: ReturnType<typeof createHash> | undefined;
      const isState = upload.dataType === 'state_raw';
      try {
        const result = await createData(
          options.connection,
          {
            dataType: upload.dataType,
            source: upload.source,
            pipeline: options.pipeline,
            stackPath: upload.stackPath,
            onAttempt: isState
              ? () => {
                  const attempt = createHash('sha256');
                  hash = attempt;
                  return (chunk) => attempt.update(chunk);
                }
              : undefined,
          },
          options.http ?? {},
        );
        answers[index] = result.response;
        if (result.id === undefined) return await failed(upload, base, result.idProblem ?? 'no usable id');
        if (upload.target !== undefined) assignments.push({ ...upload.target, id: result.id });
        if (isState && hash !== undefined) stateChecksum = hash.digest('hex');
        return { ...base, outcome: 'uploaded', id: result.id };
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        return await failed(upload, base, redact(error.message, [options.connection.apiKey]));
      }
    },
  );
  const first = errors[0];
  if (first !== undefined) throw first.error;
  const records = values.filter((v): v is UploadRecord => v !== undefined);
  return {
    report: {
      uploads: records,
      policy: combinePolicyAnswers(answers.filter((a): a is PolicyAnswer => a !== undefined)),
    },
    assignments,
    stateChecksum,
  };
}
