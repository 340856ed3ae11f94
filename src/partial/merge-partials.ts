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
import type { ModelInput } from '../reporter/build-model.js';
import { missingLegsNote } from '../reporter/coverage.js';
import { addDecimals } from '../model/decimal.js';
import { percentageChangeText } from '../model/cost-math.js';
import type { ActivityStatus } from '../model/statuses.js';
import type { CostFigures } from '../model/cost-math.js';
import { combineCostDetails } from '../model/cost-details.js';
import type { UnitReport } from '../model/unit-report.js';
import { planOf } from './build-partial.js';
import {
  compactPlan,
  memoryTextStore,
  PlanRestorer,
  unitHolder,
  type HeldEntry,
  type HeldUnit,
  type TextStore,
} from './held-units.js';
import type { PartialReport, UnitEntry } from './partial-schema.js';

export interface LoadedPartial {
  /** As the user named it (or as a glob found it). */
  readonly file: string;
  /** sha256 of the file's text: identity of a retried leg, and the tie-break of the order. */
  readonly hash: string;
  readonly partial: PartialReport;
  /**
   * The units, already held (held-units.ts) as the stream read them, in file order; then
   * `partial.report.units` is empty. Absent when the file was read whole.
   */
  readonly held?: readonly HeldEntry[] | undefined;
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
  /**
   * Per unit: the file it came from, a digest of its record (to compare a twin), the record as
   * held (held-units.ts: its address lists in `store` until the model is built).
   */
  private readonly units = new Map<string, { file: string; digest: string; held: HeldUnit }>();
  private readonly warnings: string[] = [];
  /** Per leg and run (GitHub's run id without its attempt): the attempt counted, and its file. */
  private readonly attempts = new Map<string, { attempt: number; file: string }>();
  private workspace: { value: string; file: string } | undefined;
  private commit: { value: string; file: string } | undefined;

  constructor(
    private readonly rules: MergeRules = {},
    /** Where the units' address lists wait for the model (the run's: a private file). */
    private readonly store: TextStore = memoryTextStore(),
  ) {
    this.hold = unitHolder(store);
  }

  /** A unit entry as this merger holds it: for the reader to call as it streams (partial-file.ts). */
  readonly hold: (entry: UnitEntry) => HeldEntry;

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
    for (const { pathId, digest, held: unit } of item.held ?? (partial.report.units ?? []).map(this.hold)) {
      const held = this.units.get(pathId);
      if (held === undefined) {
        this.units.set(pathId, { file, digest, held: unit });
      } else if (held.digest === digest) {
        const [a = '', b = ''] = [held.file, file].sort(compareCodeUnits);
        this.warnings.push(`Terragrunt unit ${pathId} is in both ${a} and ${b}, identical; counted once`);
        // The same record whichever partial came first.
        if (a === file) this.units.set(pathId, { file, digest, held: unit });
      } else {
        throw conflict(
          [held.file, file],
          `Terragrunt unit ${pathId} is in two partial reports with different results; each unit must be planned by one leg`,
        );
      }
    }
    this.byHash.set(item.hash, file);
    // Folded in and let go: the units are held above, warnings bounded; only the plans' bounded
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
    for (const [pathId, held] of this.units) if (held.file === file) this.units.delete(pathId);
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

  finish(): MergedInputs {
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

    let terragrunt: ModelInput['terragrunt'];
    if (legs.some(({ partial }) => partial.report.units !== undefined)) {
      const pathIds = [...this.units.keys()].sort(compareCodeUnits);
      const units: UnitReport[] = [];
      const unitPlans = new Map<string, PlanSummary>();
      // In path_id order, a unit's lists read back at a time (held-units.ts).
      const restorer = new PlanRestorer(this.store);
      for (const pathId of pathIds) {
        const { held } = this.units.get(pathId) as { held: HeldUnit };
        // Let go as it is turned into the model's input: the two are never all held at once.
        this.units.delete(pathId);
        units.push(held.unit);
        if (held.plan !== undefined) unitPlans.set(pathId, restorer.plan(held.plan));
      }
      terragrunt = { units, plans: unitPlans };
    }

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
      terragrunt,
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
    return { input, legs: summaries, statusFloor, notes };
  }
}

function legNotes(
  legs: readonly LoadedPartial[],
  expect: number | undefined,
): { notes: string[]; statusFloor: ActivityStatus | undefined } {
  const notes: string[] = [];
  const failed = legs.filter(({ partial }) => partial.leg.status === 'failure');
  for (const { partial, file } of failed) {
    notes.push(`leg ${partial.leg.name} failed (${file}): ${partial.leg.error ?? 'no reason recorded'}`);
  }
  const missingNote = missingLegsNote({
    expected: expect,
    planned: legs
      .filter(({ partial }) => partial.leg.status !== 'failure')
      .map(({ partial }) => partial.leg.name),
    failed: failed.map(({ partial }) => partial.leg.name),
  });
  if (missingNote !== undefined) {
    notes.unshift(missingNote);
  } else if (expect !== undefined && legs.length > expect) {
    notes.push(`${legs.length} legs arrived, more than the ${expect} expected`);
  }
  const statusFloor = failed.length > 0 ? 'failure' : missingNote !== undefined ? 'incomplete' : undefined;
  return { notes, statusFloor };
}

const TOTALS = ['totalMonthly', 'pastTotalMonthly', 'diffTotalMonthly'] as const;

/**
 * The run's cost totals: each leg's Infracost totals added up, exactly. A total is left out
 * (with a warning) when a leg that has a report lacks it, or when currencies differ: a sum over
 * some of the legs would understate the run, and unknown is never shown as a number.
 */
function sumCosts(legs: readonly LoadedPartial[], warnings: string[]): CostFigures | undefined {
  const reporting = legs.filter(({ partial }) => partial.leg.status === 'success');
  const priced = reporting.filter(({ partial }) => partial.report.cost !== undefined);
  if (priced.length === 0) return undefined;
  const only = priced.length === 1 && reporting.length === 1 ? priced[0]?.partial.report.cost : undefined;
  if (only !== undefined) return { ...only };
  const unpriced = reporting.filter(({ partial }) => partial.report.cost === undefined);
  if (unpriced.length > 0) {
    warnings.push(
      `cost totals left out: legs without Infracost costs: ${unpriced.map(({ partial }) => partial.leg.name).join(', ')}`,
    );
    return undefined;
  }
  const currencies = new Set(priced.map(({ partial }) => partial.report.cost?.currency));
  if (currencies.size > 1) {
    warnings.push(
      `cost totals left out: the legs report different currencies (${[...currencies].map(String).join(', ')})`,
    );
    return undefined;
  }
  const figures: CostFigures = {};
  const currency = [...currencies][0];
  if (currency !== undefined) figures.currency = currency;
  for (const key of TOTALS) {
    const values = priced.map(({ partial }) => partial.report.cost?.[key]);
    if (values.every((v): v is string => v !== undefined)) {
      figures[key] = values.reduce((a, b) => addDecimals(a, b));
    } else if (values.some((v) => v !== undefined)) {
      warnings.push(`cost total ${key} left out: not every leg's Infracost report has it`);
    }
  }
  const change = percentageChangeText(figures.diffTotalMonthly, figures.pastTotalMonthly);
  if (change !== undefined) figures.percentageChange = change;
  return figures;
}

type Overrides = NonNullable<ModelInput['overrides']>;

/** An override the legs set holds when every leg that set it agrees; otherwise it is dropped. */
function agreedOverrides(legs: readonly LoadedPartial[], warnings: string[]): Overrides {
  const out: Record<string, string> = {};
  for (const key of ['eventType', 'activityType', 'activityStatus', 'provisioner'] as const) {
    const values = new Set(
      legs.map(({ partial }) => partial.report.overrides[key]).filter((v) => v !== undefined),
    );
    if (values.size === 1) out[key] = [...values][0] as string;
    if (values.size > 1) {
      warnings.push(`the legs set ${key} differently (${[...values].join(', ')}); left to the data`);
    }
  }
  return out;
}
