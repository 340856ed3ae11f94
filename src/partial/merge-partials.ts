/**
 * The reduce side: partial reports -> one set of model inputs, as if one run had read everything
 * the legs read. Pure: the caller reads the files (one at a time) and hands each one over.
 *
 * Rules:
 * - order-independent: legs are put in a canonical order (leg name, then content hash), units in
 *   pathId order, so any order of the same partials gives the same inputs, byte for byte;
 * - a partial identical to one already added (a retried leg uploading twice) counts once, with a
 *   warning; the same Terragrunt unit in two partials is an error naming both files, unless the
 *   two records are identical (a warning);
 * - partials for different workspaces or commits are refused unless `allowMixed`;
 * - a leg that recorded a failure, or fewer legs than expected, set the run's status floor
 *   (failure / incomplete) and are named in notes the summaries show first.
 */
import { InputError } from '../errors.js';
import { compareCodeUnits } from '../inputs/path-match.js';
import type { PlanSummary } from '../model/plan-summary.js';
import type { ModelInput, StreamedUnits } from '../reporter/build-model.js';
import type { ActivityStatus } from '../model/statuses.js';
import { combineCostDetails } from '../model/cost-details.js';
import type { UnitReport } from '../model/unit-report.js';
import { planOf } from './build-partial.js';
import { compactPlan, PlanRestorer } from './held-units.js';
import { agreedOverrides, legNotes, sumCosts } from './merge-legs.js';
import type { PartialReport, UnitEntry } from './partial-schema.js';
import {
  memoryRunStore,
  mergeRuns,
  RunWriter,
  type FileRuns,
  UnitList,
  type MergedUnit,
  type RunStore,
} from './unit-runs.js';

export interface LoadedPartial {
  /** As the user named it (or as a glob found it). */
  readonly file: string;
  /** sha256 of the file's text: identity of a retried leg, and the tie-break of the order. */
  readonly hash: string;
  readonly partial: PartialReport;
  /**
   * The units, already written to the merge's runs (unit-runs.ts) as the stream read them; then
   * `partial.report.units` is empty. Absent when the file was read whole.
   */
  readonly runs?: FileRuns | undefined;
}

export interface MergeRules {
  /** `--expect-legs N`: fewer distinct legs than this marks the run incomplete. */
  readonly expectLegs?: number | undefined;
  /** `--allow-mixed`: accept partials from different workspaces or commits. */
  readonly allowMixed?: boolean | undefined;
}

export interface LegSummary {
  readonly name: string;
  readonly file: string;
  readonly status: 'success' | 'failure';
  readonly error?: string | undefined;
  readonly workspace?: string | undefined;
  readonly sent: boolean;
}

export interface MergedInputs {
  readonly input: ModelInput;
  /** In canonical order. */
  readonly legs: LegSummary[];
  /** Worst status the legs imply: failure (a leg failed), incomplete (legs missing), else undefined. */
  readonly statusFloor: ActivityStatus | undefined;
  /** Failed and missing legs, one line each: summaries show them before anything else. */
  readonly notes: string[];
  /**
   * Every unit in path_id order, read back from the merge's store once the model is built from
   * `input` (whose model keeps only a bounded selection: reporter/unit-tally.ts).
   */
  readonly units: () => Iterable<UnitReport>;
}

/** Warnings kept from the legs (and as many again from the merge itself). */
const MAX_WARNINGS = 1000;

function conflict(files: readonly string[], detail: string): InputError {
  const [first = '', second = ''] = [...files].sort(compareCodeUnits);
  return new InputError('INPUT_CONFLICT', first, `${detail} (also in ${second})`);
}

export class PartialMerger {
  private readonly loaded: LoadedPartial[] = [];
  private readonly byHash = new Map<string, string>();
  /** Each counted partial's units, as runs in `store` (unit-runs.ts): nothing per unit in memory. */
  private readonly runs: FileRuns[] = [];
  private readonly warnings: string[] = [];
  /** Per leg and run (GitHub's run id without its attempt): the attempt counted, and its file. */
  private readonly attempts = new Map<string, { attempt: number; file: string }>();
  private workspace: { value: string; file: string } | undefined;
  private commit: { value: string; file: string } | undefined;

  constructor(
    private readonly rules: MergeRules = {},
    /** Where the units wait for the model (the run's: a private file, run/body-spool.ts). */
    private readonly store: RunStore = memoryRunStore(),
  ) {}

  /** A writer of one file's units: for the reader to hand each unit to as it streams (partial-file.ts). */
  writer(file: string): RunWriter {
    return new RunWriter(this.store, file);
  }

  add(item: LoadedPartial): void {
    const twin = this.byHash.get(item.hash);
    if (twin !== undefined) {
      const [a, b] = [twin, item.file].sort(compareCodeUnits);
      this.warnings.push(`${a} and ${b} are identical (a retried leg?); counted once`);
      return;
    }
    const { partial, file } = item;
    if (!this.newestAttempt(item)) return;
    if (!this.rules.allowMixed) {
      this.workspace = this.same('workspace', this.workspace, partial.workspace, file);
      this.commit = this.same('commit', this.commit, partial.commit, file);
    }
    const runs = item.runs ?? this.written(file, partial.report.units);
    if (runs !== undefined) this.runs.push(runs);
    this.byHash.set(item.hash, file);
    // Folded in and let go: the units are in the runs, warnings bounded; only the plans' bounded
    // summaries stay with the leg.
    const report = partial.report;
    const slim = {
      ...partial,
      report: {
        ...report,
        plans: report.plans.map(compactPlan),
        drifts: report.drifts.map(compactPlan),
        // finish() keeps MAX_WARNINGS in all: more from one leg would only be dropped there.
        warnings: report.warnings.slice(0, MAX_WARNINGS),
        units: report.units === undefined ? undefined : [],
      },
    };
    this.loaded.push({ file, hash: item.hash, partial: slim });
  }

  /** A partial read whole: its units written to the runs as a streamed one's are. */
  private written(file: string, units: readonly UnitEntry[] | undefined): FileRuns | undefined {
    if (units === undefined) return undefined;
    const writer = this.writer(file);
    for (const entry of units) writer.hold(entry);
    return writer.end();
  }

  /**
   * A retried leg (same leg, same run, another GITHUB_RUN_ATTEMPT) counts once, the latest attempt,
   * with a warning: whichever order the files come in. False when `item` is the older attempt.
   */
  private newestAttempt(item: LoadedPartial): boolean {
    const { leg } = item.partial;
    const run = /^(\d+)\.(\d+)$/.exec(leg.run ?? '');
    if (run === null) return true;
    const key = JSON.stringify([leg.name, leg.job, run[1]]);
    const attempt = Number(run[2]);
    const held = this.attempts.get(key);
    if (held !== undefined) {
      const [older, newer] =
        held.attempt < attempt ? [held, { attempt, file: item.file }] : [{ attempt, file: item.file }, held];
      this.warnings.push(
        `${older.file} and ${newer.file} are attempts ${older.attempt} and ${newer.attempt} of leg ${leg.name} (run ${run[1]}); only attempt ${newer.attempt} is counted`,
      );
      if (held.attempt >= attempt) return false;
      this.forget(held.file);
    }
    this.attempts.set(key, { attempt, file: item.file });
    return true;
  }

  /** Takes a file's partial back out (an older attempt of a leg). */
  private forget(file: string): void {
    const at = this.loaded.findIndex((loaded) => loaded.file === file);
    if (at !== -1) this.loaded.splice(at, 1);
    for (const [hash, held] of this.byHash) if (held === file) this.byHash.delete(hash);
    const runs = this.runs.findIndex((runs) => runs.file === file);
    if (runs !== -1) this.runs.splice(runs, 1);
  }

  private same(
    what: 'workspace' | 'commit',
    held: { value: string; file: string } | undefined,
    value: string | undefined,
    file: string,
  ): { value: string; file: string } | undefined {
    if (value === undefined) return held;
    if (held === undefined) return { value, file };
    if (held.value !== value) {
      throw conflict(
        [held.file, file],
        `partial reports of different ${what}s (${held.value}, ${value}) cannot make one event; merge each ${what} on its own, or pass --allow-mixed`,
      );
    }
    return held;
  }

  /** The units of every counted partial, in path_id order: twins noted, a conflict thrown. */
  private merged(): Generator<MergedUnit> {
    return mergeRuns(this.store, this.runs, {
      twin: (pathId, a, b) =>
        this.warnings.push(`Terragrunt unit ${pathId} is in both ${a} and ${b}, identical; counted once`),
      conflict: (pathId, a, b) => {
        throw conflict(
          [a, b],
          `Terragrunt unit ${pathId} is in two partial reports with different results; each unit must be planned by one leg`,
        );
      },
    });
  }

  /**
   * Every unit once, in path_id order, with its plan (each action's names kept up to
   * GROUP_ITEMS_LIMIT over all units: held-units.ts), read back from the runs a unit at a time.
   */
  private units(list: UnitList): StreamedUnits {
    return {
      each: (visit) => {
        const restorer = new PlanRestorer();
        const twins = this.warnings.length;
        for (const { entry } of this.merged()) {
          const { unit, plan } = JSON.parse(entry.toString('utf8')) as UnitEntry;
          // A partial written before units carried their moves: its plan's moved list counts them.
          const moved = plan?.addresses.moved.total ?? 0;
          if (unit.movedCount === undefined && moved > 0) unit.movedCount = moved;
          // Again, without its plan, for the body (read once the model is built).
          list.append(unit);
          visit(unit, plan === undefined ? undefined : restorer.plan(plan));
        }
        // Said once, by the check in finish().
        this.warnings.length = twins;
      },
    };
  }

  finish(): MergedInputs {
    // Twins and conflicts first, reading only each unit's path and digest: a conflict refuses the
    // merge here, and the twins' warnings take their place among the others.
    for (const unit of this.merged()) void unit;
    const legs = [...this.loaded].sort(
      (a, b) => compareCodeUnits(a.partial.leg.name, b.partial.leg.name) || compareCodeUnits(a.hash, b.hash),
    );
    const several = legs.length > 1;
    const plans: PlanSummary[] = [];
    const drifts: PlanSummary[] = [];
    const warnings: string[] = [];
    let dropped = 0;
    for (const { partial } of legs) {
      // Loops, not push(...list): a leg may carry more plans than a call takes arguments.
      for (const plan of partial.report.plans) plans.push(planOf(plan));
      for (const drift of partial.report.drifts) drifts.push(planOf(drift));
      const prefix = several ? `leg ${partial.leg.name}: ` : '';
      // Bounded: thousands of legs each warning the same thing would only bury the summary.
      const room = Math.max(0, MAX_WARNINGS - warnings.length);
      warnings.push(...partial.report.warnings.slice(0, room).map((w) => prefix + w));
      dropped += Math.max(0, partial.report.warnings.length - room);
    }
    warnings.push(...[...this.warnings].sort(compareCodeUnits).slice(0, MAX_WARNINGS));
    dropped += Math.max(0, this.warnings.length - MAX_WARNINGS);
    if (dropped > 0) warnings.push(`${dropped} more warnings from the partial reports not kept`);

    const list = new UnitList(this.store);
    const streamedUnits = legs.some(({ partial }) => partial.report.units !== undefined)
      ? this.units(list)
      : undefined;

    const cost = sumCosts(legs, warnings);
    // The costs behind the total only under a total: across currencies or with unpriced legs
    // there is none, and amounts in two currencies would not rank.
    const costDetails =
      cost === undefined
        ? undefined
        : combineCostDetails(
            legs
              .filter(({ partial }) => partial.leg.status === 'success')
              .map(({ partial }) => partial.report.costDetails)
              .filter((details) => details !== undefined),
          );
    const overrides = agreedOverrides(legs, warnings);
    const { notes, statusFloor } = legNotes(legs, this.rules.expectLegs);
    const input: ModelInput = {
      plans,
      drifts,
      streamedUnits,
      cost,
      costDetails,
      warnings: [...notes, ...warnings],
      overrides,
    };
    const summaries = legs.map(({ partial, file }): LegSummary => ({
      name: partial.leg.name,
      file,
      status: partial.leg.status,
      error: partial.leg.error,
      workspace: partial.workspace,
      sent: partial.leg.sent,
    }));
    return { input, legs: summaries, statusFloor, notes, units: () => list.read<UnitReport>() };
  }
}
