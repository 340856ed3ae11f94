/**
 * `iacm-report merge`: partial reports -> one model, one event, one delivery (the reduce side of
 * a CI matrix). Or, with `commentOnly`, one model per workspace for one comment and summary over
 * legs that already sent their own events; nothing is sent then.
 *
 * Partials are read one at a time and folded into the merger, so memory holds the merged data
 * and never more than one partial's text.
 */
import { stat } from '../lazy-fs.js';
import { resolve } from 'node:path';
import { checkSpoolDir } from '../api/spool.js';
import type { MergeConfig } from '../config/merge-schema.js';
import { readCiContext } from '../context/read-ci-context.js';
import { InputError, UsageError } from '../errors.js';
import type { LegSummary, MergedInputs } from '../partial/merge-partials.js';
import { PartialMerger } from '../partial/merge-partials.js';
import { RunWriter } from '../partial/unit-runs.js';
import { growHeapInSmallSteps } from './merge-heap.js';
import { readPartialFile } from '../partial/partial-file.js';
import { MERGE_BUDGET_BYTES } from '../partial/partial-limits.js';
import { sizeText } from '../inputs/input-file.js';
import { expandInputs } from '../inputs/expand-inputs.js';
import { compareCodeUnits } from '../inputs/path-match.js';
import { plainText } from '../plain-text.js';
import { buildModel } from '../reporter/build-model.js';
import type { SendEventRequest } from '../reporter/event-schema.js';
import { missingLegsNote, type LegCoverage } from '../reporter/coverage.js';
import type { ReportModel } from '../reporter/report-model.js';
import type { WorkspaceSection } from '../reporter/workspaces-summary.js';
import { combinedModel } from '../reporter/workspaces-summary.js';
import type { RunFacts, TrippedGate } from '../reporter/run-facts.js';
import { trippedGates } from './gates.js';
import type { RunIo } from './run-report.js';
import { runFacts, sendBody, type Delivery } from './send-body.js';
import { sendAndConfirm } from './send-and-confirm.js';
import { streamedEvent } from './streamed-event.js';
import { BodySpool } from './body-spool.js';
import type { CiContext } from '../model/ci-context.js';
import type { EventBody } from '../api/event-body.js';

export type MergeOutcome =
  | {
      readonly kind: 'event';
      readonly model: ReportModel;
      /** Without its `stacks` and `terragrunt_details` (they are in the body only). */
      readonly event: SendEventRequest;
      /** Streamed from a private spool when the event has units (streamed-event.ts). */
      readonly body: EventBody;
      readonly delivery: Delivery;
      readonly legs: LegSummary[];
      readonly gates: readonly TrippedGate[];
      readonly facts: RunFacts;
    }
  | {
      readonly kind: 'comment-only';
      /** The verdict over every workspace (what gates and outputs read). */
      readonly model: ReportModel;
      readonly sections: WorkspaceSection[];
      readonly notes: string[];
      readonly legs: LegSummary[];
      readonly gates: readonly TrippedGate[];
      readonly facts: RunFacts;
    };

/** The section label for legs that named no workspace. */
export const NO_WORKSPACE = '(no workspace given)';

export async function runMerge(config: MergeConfig, io: RunIo): Promise<MergeOutcome> {
  // What a merge keeps is bounded; its garbage is collected sooner (merge-heap.ts).
  growHeapInSmallSteps();
  const sends = !config.dryRun && !config.merge.commentOnly;
  if (sends && config.spoolDir !== undefined) await checkSpoolDir(config.spoolDir, io.cwd);
  // The connection a send needs was checked by the merge schema, before any partial is read.
  const ciContext = readCiContext(io.env, io.cwd);
  ciContext.catch(() => undefined);
  const files = await findPartials(config, io);

  // The units' address lists and the body's units wait in private files, not in memory (issue 23):
  // removed however the run ends (body-spool.ts); at once when it fails here.
  const runnerTemp = io.env['RUNNER_TEMP'];
  const spool = new BodySpool(runnerTemp === undefined || runnerTemp === '' ? undefined : runnerTemp);
  try {
    if (config.merge.commentOnly) return await commentOnly(config, io, files, spool);
    return await mergeAndSend(config, io, files, spool, ciContext);
  } catch (error) {
    spool.dispose();
    throw error;
  }
}

async function mergeAndSend(
  config: MergeConfig,
  io: RunIo,
  files: readonly string[],
  spool: BodySpool,
  context: Promise<CiContext>,
): Promise<MergeOutcome> {
  const sends = !config.dryRun && !config.merge.commentOnly;
  const store = spool.texts();
  const merger = new PartialMerger(
    { expectLegs: config.merge.expectLegs, allowMixed: config.merge.allowMixed },
    store,
  );
  const budget = await mergeBudget(files, io.cwd);
  for (const file of files) {
    merger.add(budget(await readPartialFile(resolve(io.cwd, file), file, (label) => merger.writer(label))));
  }
  const merged = merger.finish();
  checkTarget(config, merged);
  // The units read back from the store a unit at a time: the model keeps what a summary shows.
  const model = mergedModel({ ...config, expectLegs: config.merge.expectLegs }, merged);
  // The same cleaning as a report's body (request-body.ts), and the key out of every field; the
  // units' part of the body a unit at a time, into the spool, never whole in memory.
  // The store stays open: the confirmation after a send reads the units again (confirmable).
  const { event, body, confirmable } = await streamedEvent(model, await context, config, spool, merged.units);
  // Warnings are not logged here: each entry shows them once, in its own summary (as for a report).
  const gates = trippedGates(model, config.gates);
  // Confirmed like a report's send: the activity it became (`activity-id`), its counts compared.
  const delivery: Delivery = !sends
    ? { kind: 'dry-run' }
    : await sendAndConfirm(config, confirmable(), model, io.http, (landed) =>
        sendBody(config, body, io, landed),
      );
  const facts = runFacts(config, event, delivery, gates);
  return { kind: 'event', model, event, body, legs: merged.legs, delivery, gates, facts };
}

/** The model of the merged inputs, the legs' outcome folded into its status. */
export function mergedModel(
  config: Pick<MergeConfig, 'eventType' | 'activityType' | 'activityStatus' | 'provisioner'> & {
    /** `--expect-legs`: legs that never arrived are part of the verdict. */
    readonly expectLegs?: number | undefined;
  },
  merged: MergedInputs,
): ReportModel {
  const agreed = merged.input.overrides ?? {};
  const model = buildModel({
    ...merged.input,
    overrides: {
      eventType: config.eventType ?? agreed.eventType,
      activityType: config.activityType ?? agreed.activityType,
      activityStatus: config.activityStatus ?? agreed.activityStatus,
      provisioner: config.provisioner ?? agreed.provisioner,
    },
  });
  model.legs = {
    expected: config.expectLegs,
    planned: merged.legs.filter((leg) => leg.status !== 'failure').map((leg) => leg.name),
    failed: merged.legs.filter((leg) => leg.status === 'failure').map((leg) => leg.name),
  };
  if (config.activityStatus === undefined && merged.statusFloor !== undefined) {
    if (merged.statusFloor === 'failure' || model.activityStatus === 'success') {
      model.activityStatus = merged.statusFloor;
    }
  }
  return model;
}

/**
 * Every pattern's files, sorted. A pattern that matches nothing is a gap, not an error, when the
 * run says how many legs to expect: the missing legs are then reported as missing. No partial
 * report at all is bad input whatever was expected (an artifact name typo must not read as a run
 * with nothing to change).
 */
async function findPartials(config: MergeConfig, io: RunIo): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of config.merge.partials) {
    try {
      // Links too: a partial linked into the folder is read (or refused by name), never skipped.
      const found = await expandInputs([pattern], io.cwd, 'partial report', { links: true });
      for (const file of found) files.add(file);
    } catch (error) {
      if (!(
        error instanceof InputError &&
        error.code === 'INPUT_NOT_FOUND' &&
        config.merge.expectLegs !== undefined
      )) {
        throw error;
      }
      io.log(`warning: ${plainText(error.message)}`);
    }
  }
  if (files.size === 0) {
    const patterns = config.merge.partials.map((p) => JSON.stringify(p)).join(', ');
    throw new InputError(
      'INPUT_NOT_FOUND',
      config.merge.partials[0] ?? '',
      `no partial report matches ${patterns}: nothing to merge; check the legs' artifact names and the download step`,
    );
  }
  return [...files].sort(compareCodeUnits);
}

/**
 * The merge's budget, counted twice: over the files' sizes before any is read (the one that takes
 * the merge past it is refused by name, nothing read, nothing sent), then over the bytes each read
 * gave (a file may grow in between). Returns the counter of the second.
 */
async function mergeBudget(
  files: readonly string[],
  cwd: string,
): Promise<<T extends { size: number; file: string }>(loaded: T) => T> {
  const counter = (): ((size: number, file: string) => void) => {
    let total = 0;
    return (size, file) => {
      total += size;
      if (total > MERGE_BUDGET_BYTES) {
        throw new InputError(
          'INPUT_TOO_LARGE',
          file,
          `takes the partial reports of this merge past ${sizeText(MERGE_BUDGET_BYTES)} together, the most one merge reads; merge fewer legs at a time (--comment-only over groups) or make the legs' partials smaller`,
        );
      }
    };
  };
  const planned = counter();
  for (const file of files) {
    // A file that cannot be looked at is refused by name when it is read, in its turn.
    const size = await stat(resolve(cwd, file)).then(
      (info) => info.size,
      () => 0,
    );
    planned(size, file);
  }
  const read = counter();
  return (loaded) => {
    read(loaded.size, loaded.file);
    return loaded;
  };
}

/** Partials naming a workspace other than the one the merged event goes to are refused. */
function checkTarget(config: MergeConfig, merged: MergedInputs): void {
  const target = config.connection.workspace;
  if (target === undefined || config.merge.allowMixed) return;
  const other = merged.legs.find((leg) => leg.workspace !== undefined && leg.workspace !== target);
  if (other !== undefined) {
    throw new UsageError(
      `${other.file}: the partial report is for workspace ${other.workspace ?? ''}, but the merged event goes to ${target}; pass --allow-mixed if that is meant`,
      'CONFIG_INVALID',
    );
  }
}

async function commentOnly(
  config: MergeConfig,
  io: RunIo,
  files: readonly string[],
  spool: BodySpool,
): Promise<MergeOutcome> {
  const mergers = new Map<string, PartialMerger>();
  const store = spool.texts();
  // Every workspace's merger holds units the same way, in one store: the workspace is known once read.
  const writer = (label: string): RunWriter => new RunWriter(store, label);
  const budget = await mergeBudget(files, io.cwd);
  let commit: { value: string; file: string } | undefined;
  for (const file of files) {
    const loaded = budget(await readPartialFile(resolve(io.cwd, file), file, writer));
    const { workspace, commit: sha } = loaded.partial;
    if (!config.merge.allowMixed && sha !== undefined) {
      if (commit !== undefined && commit.value !== sha) {
        const [a, b] = [commit.file, file].sort(compareCodeUnits);
        throw new InputError(
          'INPUT_CONFLICT',
          a ?? file,
          `partial reports of different commits (${commit.value}, ${sha}) cannot make one comment; pass --allow-mixed if that is meant (also in ${b ?? file})`,
        );
      }
      commit ??= { value: sha, file };
    }
    const key = workspace ?? NO_WORKSPACE;
    let merger = mergers.get(key);
    if (merger === undefined) {
      merger = new PartialMerger({ allowMixed: config.merge.allowMixed }, store);
      mergers.set(key, merger);
    }
    merger.add(loaded);
  }
  const sections: WorkspaceSection[] = [];
  const legs: LegSummary[] = [];
  const notes: string[] = [];
  for (const workspace of [...mergers.keys()].sort(compareCodeUnits)) {
    const merged = (mergers.get(workspace) as PartialMerger).finish();
    sections.push({ workspace, model: mergedModel(config, merged) });
    legs.push(...merged.legs);
    notes.push(...merged.notes);
  }
  spool.release(store);
  const coverage: LegCoverage = {
    expected: config.merge.expectLegs,
    planned: legs.filter((leg) => leg.status !== 'failure').map((leg) => leg.name),
    failed: legs.filter((leg) => leg.status === 'failure').map((leg) => leg.name),
  };
  const missingNote = missingLegsNote(coverage);
  if (missingNote !== undefined) notes.unshift(missingNote);
  const model = combinedModel(sections, notes);
  model.legs = coverage;
  const gates = trippedGates(model, config.gates);
  const facts: RunFacts = { gates };
  return { kind: 'comment-only', model, sections, notes, legs, gates, facts };
}
