/**
 * The one pipeline under every entry point: config -> parsers -> model -> event -> delivery.
 * Entry points turn their world into a ReportConfig and a RunIo, call runReport, and write their
 * world's outputs from the ReportOutcome.
 */
import { resolve } from 'node:path';
import { scrubSecrets } from '../api/redact.js';
import { bodySecrets, cleanBody } from './body-secrets.js';
import type { HttpOptions } from '../api/http-client.js';
import type { ReportConfig } from '../config/schema.js';
import { readCiContext } from '../context/read-ci-context.js';
import { withPipelineIds } from './event-pipeline-ids.js';
import { describeError } from '../errors.js';
import type { CiContext } from '../model/ci-context.js';
import type { PartialOrigin } from '../partial/build-partial.js';
import { legOrigin } from '../partial/leg-name.js';
import { plainText } from '../plain-text.js';
import { cleanEvent, requestBody } from './request-body.js';
import type { PipelineIds } from '../api/create-data.js';
import { withDataIds } from '../reporter/data-ids.js';
import type { WorkspaceDataReport } from '../reporter/upload-outcome.js';
import { wasmFallbackNote } from '../scan/skip-wasm.js';
import {
  checkUploadFiles,
  describePlannedUploads,
  planUploads,
  plannedRecords,
  relativeToCwd,
  type UploadContext,
} from './upload-plan.js';
import { buildEvent } from '../reporter/build-event.js';
import type { ModelInput } from '../reporter/build-model.js';
import { buildModel } from '../reporter/build-model.js';
import type { SendEventRequest } from '../reporter/event-schema.js';
import type { ReportModel } from '../reporter/report-model.js';
import type { RunFacts, TrippedGate } from '../reporter/run-facts.js';
import { trippedGates } from './gates.js';
import { gatherInputsAndUploads } from './gather-inputs.js';
import { runFacts, sendBody, type Delivery } from './send-body.js';

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

export type { Delivery } from './send-body.js';

export interface ReportOutcome {
  readonly model: ReportModel;
  readonly event: SendEventRequest;
  /** The exact request body, as sent (or as it would be sent). */
  readonly body: string;
  readonly delivery: Delivery;
  /** The gates this run trips: the summaries name them, the entries fail on them after writing. */
  readonly gates: readonly TrippedGate[];
  /** What the summaries say beyond the plans: gates, where the event went, commit and run. */
  readonly facts: RunFacts;
  /** The partial report written (`--save-partial`), as an absolute path. */
  readonly partialFile?: string | undefined;
}

export async function runReport(config: ReportConfig, io: RunIo): Promise<ReportOutcome> {
  // What the config needs (something to report, credentials unless a dry run or a partial alone)
  // was checked by its schema before we were called.
  const sends = !config.dryRun && (config.savePartial === undefined || config.send);
  // What only sending needs (the IaCM client, its schemas, uploads) loads when a run sends: a dry
  // run's start-up does not pay for it.
  if (sends && config.spoolDir !== undefined) {
    await (await import('../api/spool.js')).checkSpoolDir(config.spoolDir, io.cwd);
  }
  // Upload files (issue 14) are looked at before any plan is read; their pipeline ids were
  // checked by the schema.
  const uploadWarnings = await checkUploadFiles(config.uploads, io.cwd);
  // The git context (read from .git; git processes where the files cannot answer) is gathered
  // while the plans are read, not after: on a large plan that wait was idle time. A failure
  // surfaces where it is awaited, as before.
  const ciContext = readCiContext(io.env, io.cwd);
  ciContext.catch(() => undefined);
  let input: ModelInput;
  let uploadContext: UploadContext = { cwd: io.cwd };
  try {
    ({ input, uploadContext } = await gatherInputsAndUploads(config, io));
    input = { ...input, warnings: [...uploadWarnings, ...(input.warnings ?? [])] };
    const fallback = wasmFallbackNote();
    if (fallback !== undefined) io.log(fallback);
  } catch (error) {
    // A leg whose inputs are missing or bad still leaves a partial saying so, so the merge can
    // name it as failed instead of silently counting one leg fewer.
    if (config.savePartial !== undefined) {
      await saveFailedPartial(config, io, await contextOrEmpty(ciContext), error);
    }
    throw error;
  }
  const model = buildModel(input);
  // Files as a person finds them from where the run is: relative to the working folder.
  model.files = model.files.map((file) => relativeToCwd(file, io.cwd));
  const context = withPipelineIds(await ciContext, config.uploads.pipeline);
  // Names come from files and git: a lone surrogate in one must not reach the body as `\ud800`.
  let event = cleanEvent(buildEvent(model, context));
  const planned = await planUploads(config, uploadContext);
  for (const warning of planned.warnings) model.warnings.push(warning);
  if (planned.uploads.length > 0) {
    if (!sends) {
      // What would go up, on the log (stderr for the CLI): type, file, size, stack path.
      for (const line of describePlannedUploads(planned.uploads)) io.log(plainText(line));
      model.workspaceData = plannedRecords(planned.uploads);
    } else {
      // Uploads first: the event carries the ids they answer with, the gates their policy answers.
      const { performUploads } = await import('./data-uploads.js');
      const done = await performUploads(planned.uploads, {
        connection: config.connection,
        pipeline: config.uploads.pipeline as PipelineIds,
        http: io.http,
        env: io.env,
        cwd: io.cwd,
        spoolDir: config.spoolDir,
        deadlineMs: config.uploads.timeout * 1000,
      });
      model.workspaceData = done.report;
      for (const warning of failedUploadWarnings(done.report)) model.warnings.push(warning);
      event = withDataIds(event, done.assignments, done.stateChecksum);
    }
  }
  // The key out of every field before serialisation: the body sent, spooled and dry-run printed
  // is one text, and it never carries the key (plan content may equal it).
  event = scrubSecrets(event, bodySecrets(config));
  const body = cleanBody(requestBody(event), config);
  // Gates are known before anything is written, so every summary can name the ones that trip.
  const gates = trippedGates(model, config.gates);
  // Warnings are not logged here: each entry shows them once, in its own summary (or annotations).

  let partialFile: string | undefined;
  if (config.savePartial !== undefined) {
    partialFile = resolve(io.cwd, config.savePartial);
    const { writePartialFile, buildPartial } = await partialWriter();
    await writePartialFile(
      partialFile,
      scrubSecrets(buildPartial(input, partialOrigin(config, io, context, sends)), bodySecrets(config)),
    );
    io.log(`Partial report saved to ${plainText(config.savePartial)}`);
  }

  const delivery: Delivery = config.dryRun
    ? { kind: 'dry-run' }
    : !sends
      ? { kind: 'saved' }
      : await import('./send-and-confirm.js').then(({ sendAndConfirm, confirmTarget }) =>
          sendAndConfirm(config, confirmTarget(event), model, io.http, (landed) =>
            sendBody(config, body, io, landed),
          ),
        );
  if (delivery.kind === 'sent' && config.sendDriftResources && model.driftedCount > 0) {
    const { driftSourcesOf, sendDriftPerResource } = await import('./send-drift-resources.js');
    await sendDriftPerResource(config, driftSourcesOf(input), model, io);
  }
  const facts = runFacts(config, event, delivery, gates);
  return { model, event, body, delivery, gates, facts, partialFile };
}

async function contextOrEmpty(context: Promise<CiContext>): Promise<CiContext> {
  try {
    return await context;
  } catch {
    return {};
  }
}

function partialOrigin(config: ReportConfig, io: RunIo, context: CiContext, sent: boolean): PartialOrigin {
  return {
    leg: legOrigin(io.env, { leg: config.leg, file: config.savePartial ?? '', sent }),
    workspace: config.connection.workspace,
    commit: context.git_commit_sha,
  };
}

/** The partial report's writer and its schemas load only for `--save-partial`. */
async function partialWriter() {
  const [file, build] = await Promise.all([
    import('../partial/partial-file.js'),
    import('../partial/build-partial.js'),
  ]);
  return { ...file, ...build };
}

async function saveFailedPartial(
  config: ReportConfig,
  io: RunIo,
  context: CiContext,
  error: unknown,
): Promise<void> {
  const file = resolve(io.cwd, config.savePartial ?? '');
  try {
    const { writePartialFile, failedPartial } = await partialWriter();
    await writePartialFile(
      file,
      scrubSecrets(
        failedPartial(partialOrigin(config, io, context, false), describeError(error)),
        bodySecrets(config),
      ),
    );
    io.log(`Partial report saved to ${plainText(config.savePartial ?? '')}, recording the failure`);
  } catch (writeError) {
    io.log(`warning: ${describeError(writeError)}`);
  }
}

/**
 * Per failed upload a warning, and one with the command that retries it, apart: a summary clips
 * a long line, and the command must survive whole to be pasted.
 */
function failedUploadWarnings(report: WorkspaceDataReport): string[] {
  return report.uploads
    .filter((upload) => upload.outcome === 'failed')
    .flatMap((upload) => {
      const what = `${upload.dataType} ${upload.label}${upload.stackPath === undefined ? '' : ` (unit ${upload.stackPath})`}`;
      const failed = `upload of ${what} failed, the event goes without its id: ${upload.error ?? 'unknown error'}`;
      return upload.retry === undefined
        ? [failed]
        : [failed, `retry the upload of ${what} with: ${upload.retry}`];
    });
}
