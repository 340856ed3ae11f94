/**
 * Performs a run's workspace data uploads (planned by upload-plan.ts), a few at a time, each
 * retried like the event. A failed upload never stops the run: it is recorded with the command
 * that retries it, and the event goes without its id.
 *
 * State holds secrets: its file is only streamed to the endpoint. Its bytes are hashed on their
 * way out (state_checksum) and never read for anything else or printed.
 */
import type { createHash } from 'node:crypto';
import { writeFile } from '../lazy-fs.js';
import { join } from 'node:path';
import { ApiError } from '../errors.js';
import { makeDir } from '../make-dir.js';
import { redact } from '../api/redact.js';
import { spoolDirectory } from '../api/spool.js';
import { DEFAULT_HTTP_OPTIONS, type HttpOptions } from '../api/http-client.js';
import { createData, type PipelineIds } from '../api/create-data.js';
import type { ConnectionConfig } from '../config/schema.js';
import { boundedMap } from '../inputs/bounded-map.js';
import type { DataIdAssignment } from '../reporter/data-ids.js';
import { stateAnswerWithoutText } from '../reporter/state-answer.js';
import {
  combinePolicyAnswers,
  type PolicyAnswer,
  type UploadRecord,
  type WorkspaceDataReport,
} from '../reporter/upload-outcome.js';
import type { PlannedUpload } from './upload-plan.js';

/** node:crypto loads when first used: loading it costs every run's start-up ~10 ms. */
const crypto = () => process.getBuiltinModule('node:crypto');

/** Uploads in flight at once: enough to overlap round trips, few enough to stay clear of rate limits. */
export const UPLOAD_CONCURRENCY = 4;

/**
 * A large state or plan text on a slow link takes longer than an event: each attempt gets the
 * event's 30 s plus a second per MB (a 1 MB/s floor), the whole call twice that. Set timeouts
 * (tests) win.
 */
export function uploadHttpOptions(size: number, base: HttpOptions = {}): HttpOptions {
  const perAttempt = DEFAULT_HTTP_OPTIONS.requestTimeoutMs + Math.ceil(size / 1_000_000) * 1000;
  return {
    requestTimeoutMs: perAttempt,
    totalBudgetMs: Math.max(DEFAULT_HTTP_OPTIONS.totalBudgetMs, perAttempt * 2),
    ...base,
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
  await makeDir(dir, 0o700);
  const file = join(dir, `iacm-data-${upload.dataType}-${crypto().randomBytes(4).toString('hex')}.json`);
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
  /** One deadline for all the uploads together, from the first (`upload-timeout`). Default 300 s. */
  readonly deadlineMs?: number | undefined;
}

export const DEFAULT_UPLOADS_DEADLINE_MS = 300_000;

/**
 * An upload's HTTP options under the run's deadline for all uploads: neither an attempt nor its
 * retries run past `until` (the client starts no attempt past its budget and cuts the one running).
 */
function withinDeadline(options: HttpOptions, left: number): HttpOptions {
  const budget = options.totalBudgetMs ?? DEFAULT_HTTP_OPTIONS.totalBudgetMs;
  const attempt = options.requestTimeoutMs ?? DEFAULT_HTTP_OPTIONS.requestTimeoutMs;
  return { ...options, totalBudgetMs: Math.min(budget, left), requestTimeoutMs: Math.min(attempt, left) };
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
  const deadlineMs = options.deadlineMs ?? DEFAULT_UPLOADS_DEADLINE_MS;
  const until = Date.now() + deadlineMs;
  const late = `not done: the uploads' deadline of ${Math.round(deadlineMs / 1000)} s (upload-timeout) passed first`;
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
      const left = until - Date.now();
      // Past the deadline nothing more starts: the upload is not done, its verdict unread.
      if (left <= 0) return await failed(upload, { ...base, verdictUnread: true }, late);
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
                  const attempt = crypto().createHash('sha256');
                  hash = attempt;
                  return (chunk) => attempt.update(chunk);
                }
              : undefined,
          },
          withinDeadline(uploadHttpOptions(upload.size, options.http), left),
        );
        // An answer about the state may quote it: its messages are never shown (state-answer.ts).
        answers[index] = isState ? stateAnswerWithoutText(result.response) : result.response;
        if (result.id === undefined) return await failed(upload, base, result.idProblem ?? 'no usable id');
        if (upload.target !== undefined) assignments.push({ ...upload.target, id: result.id });
        if (isState && hash !== undefined) stateChecksum = hash.digest('hex');
        return { ...base, outcome: 'uploaded', id: result.id };
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const unread = { ...base, verdictUnread: true };
        const why = redact(error.message, [options.connection.apiKey]);
        return await failed(upload, unread, Date.now() >= until ? `${why} (${late})` : why);
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
