/**
 * What a report does not cover: plans that errored, Terragrunt units that failed, were skipped or
 * never wrote a plan, and matrix legs that failed or never arrived. Coverage is part of the
 * verdict (verdict.ts puts it first, before destroys): unknown changes are worse than known ones,
 * and a report that did not see everything is never green and never "no changes".
 *
 * Pure: counts and names from the model; renderers and the Action's annotation word them.
 */
import { boundedList, type BoundedList } from '../model/bounded-list.js';
import type { ReportModel } from './report-model.js';
import { andMore, plural } from './vocabulary.js';

/** The legs of a merged run (`merge`), as the partial reports tell them. */
export interface LegCoverage {
  /** `--expect-legs`, when given. */
  readonly expected?: number | undefined;
  /** Legs whose partial report arrived and recorded success, by name, in canonical order. */
  readonly planned: readonly string[];
  /** Legs whose partial report recorded a failure: they arrived, but planned nothing we can count. */
  readonly failed: readonly string[];
}

export interface Coverage {
  /** Errored plans (`errored: true`), as named. */
  readonly erroredPlans: BoundedList<string>;
  readonly failedUnits: BoundedList<string>;
  /** Units Terragrunt skipped or excluded (the run report says so). */
  readonly skippedUnits: BoundedList<string>;
  /** Unit folders with no plan file and no word from a run report. */
  readonly unplannedUnits: BoundedList<string>;
  readonly failedLegs: BoundedList<string>;
  /** Legs expected (`--expect-legs`) whose partial report never arrived. */
  readonly missingLegs: number;
  readonly expectedLegs: number | undefined;
  /** Legs whose counts the report holds. */
  readonly plannedLegs: number;
  /** Something failed (caution), rather than only went missing (warning). */
  readonly failed: boolean;
  readonly complete: boolean;
}

/** Names the alert lists per kind before "and N more". */
export const COVERAGE_NAMES = 5;

export function coverageOf(model: ReportModel): Coverage {
  const units = model.units;
  const tally = model.unitTally;
  // A merge's model counts its units (unit-tally.ts); a report's holds them all.
  const failedUnits =
    tally?.failed ?? boundedList(units.filter((u) => u.status === 'failure').map((u) => u.pathId || '.'));
  const unplanned =
    tally?.unplanned ??
    boundedList(units.filter((u) => u.status === 'skipped' && u.noPlan === true).map((u) => u.pathId || '.'));
  const skipped =
    tally?.skipped ??
    boundedList(units.filter((u) => u.status === 'skipped' && u.noPlan !== true).map((u) => u.pathId || '.'));
  const unitTotal = tally?.total ?? units.length;
  const legs = model.legs;
  const arrived = legs === undefined ? 0 : legs.planned.length + legs.failed.length;
  const missingLegs = legs?.expected === undefined ? 0 : Math.max(0, legs.expected - arrived);
  const failedLegs = legs?.failed ?? [];
  // An errored plan inside a failed unit is named once, as the unit.
  const erroredPlans = unitTotal > 0 ? [] : model.erroredPlans;
  const failed =
    failedUnits.total > 0 ||
    failedLegs.length > 0 ||
    erroredPlans.length > 0 ||
    (model.activityStatus === 'failure' && unitTotal === 0 && legs === undefined);
  const complete = !failed && skipped.total === 0 && unplanned.total === 0 && missingLegs === 0;
  return {
    erroredPlans: boundedList(erroredPlans),
    failedUnits,
    skippedUnits: skipped,
    unplannedUnits: unplanned,
    failedLegs: boundedList(failedLegs),
    missingLegs,
    expectedLegs: legs?.expected,
    plannedLegs: legs?.planned.length ?? 0,
    failed,
    complete,
  };
}

/** One gap in the report: its words and, where there are names, the first of them. */
export interface CoverageGap {
  readonly kind: 'errored' | 'failed-units' | 'failed-legs' | 'missing-legs' | 'unplanned' | 'skipped';
  readonly severity: 'caution' | 'warning';
  /** "1 of 3 legs missing: counts cover 2". */
  readonly text: string;
  /** For the alert: "Failed", "No plan". */
  readonly label: string;
  readonly names?: BoundedList<string> | undefined;
}

/** The gaps, most severe first: failures, then what is missing, then what was skipped. */
export function coverageGaps(model: ReportModel, coverage = coverageOf(model)): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  const c = coverage;
  const legsTotal = c.expectedLegs ?? c.plannedLegs + c.failedLegs.total;
  const cover = `counts cover ${c.plannedLegs}`;
  if (c.failedLegs.total > 0) {
    gaps.push({
      kind: 'failed-legs',
      severity: 'caution',
      text: `${c.failedLegs.total} of ${legsTotal} legs failed: ${cover}`,
      label: 'Failed legs',
      names: named(c.failedLegs),
    });
  }
  if (c.failedUnits.total > 0) {
    gaps.push({
      kind: 'failed-units',
      severity: 'caution',
      text: `${plural(c.failedUnits.total, 'unit')} failed: their changes are unknown`,
      label: 'Failed units',
      names: named(c.failedUnits),
    });
  }
  if (c.erroredPlans.total > 0) {
    const which = c.erroredPlans.total === 1 ? 'the plan failed' : `${c.erroredPlans.total} plans failed`;
    gaps.push({
      kind: 'errored',
      severity: 'caution',
      text: `${which}: counts cover only what was planned before the error`,
      label: 'Failed plans',
      names:
        c.erroredPlans.total > 1 || (model.filesTotal ?? model.files.length) > 1
          ? named(c.erroredPlans)
          : undefined,
    });
  } else if (c.failed && c.failedUnits.total === 0 && c.failedLegs.total === 0) {
    gaps.push({
      kind: 'errored',
      severity: 'caution',
      text: 'the plan failed: counts may be incomplete',
      label: 'Failed',
    });
  }
  if (c.missingLegs > 0) {
    gaps.push({
      kind: 'missing-legs',
      severity: 'warning',
      text: `${c.missingLegs} of ${legsTotal} legs missing: ${cover}`,
      label: 'Missing legs',
    });
  }
  if (c.unplannedUnits.total > 0) {
    gaps.push({
      kind: 'unplanned',
      severity: 'warning',
      text: `${plural(c.unplannedUnits.total, 'unit')} without a plan`,
      label: 'No plan',
      names: named(c.unplannedUnits),
    });
  }
  if (c.skippedUnits.total > 0) {
    gaps.push({
      kind: 'skipped',
      severity: 'warning',
      text: `${plural(c.skippedUnits.total, 'unit')} skipped`,
      label: 'Skipped units',
      names: named(c.skippedUnits),
    });
  }
  return gaps;
}

function named(list: BoundedList<string>): BoundedList<string> {
  return { items: list.items.slice(0, COVERAGE_NAMES), total: list.total };
}

/**
 * One line for a CI annotation (the Action's `::warning::`): what the report does not cover, with
 * names, bounded. Undefined when the report is complete.
 */
export function coverageLine(model: ReportModel): string | undefined {
  const gaps = coverageGaps(model);
  if (gaps.length === 0) return undefined;
  const parts = gaps.map((gap) => {
    const names = gap.names === undefined ? '' : namesText(gap.names);
    return names === '' ? gap.text : `${gap.text} (${names})`;
  });
  return `The report is incomplete: ${parts.join('; ')}`;
}

function namesText(list: BoundedList<string>): string {
  const rest = list.total - list.items.length;
  return `${list.items.join(', ')}${rest > 0 ? ` ${andMore(rest)}` : ''}`;
}

/** Legs the missing-legs note names before "and N more". */
const NOTE_NAMES = 20;

/**
 * The merge note for legs that never arrived, built from the legs, once, for both merges
 * (partial/merge-partials.ts, and run/run-merge.ts for a comment over several workspaces), which
 * put it first among the warnings: `1 of 3 expected legs missing: counts cover 1 (dev), 1 failed`.
 * Undefined when no leg is missing. The summaries show it for the legs it names; the Action's
 * annotations leave it out (`warningsBesideCoverage`), as the coverage line says it already.
 */
export function missingLegsNote(legs: LegCoverage): string | undefined {
  const arrived = legs.planned.length + legs.failed.length;
  if (legs.expected === undefined || arrived >= legs.expected) return undefined;
  // A failed leg arrived but planned nothing countable: it is counted as failed, never as planned.
  const planned = legs.planned;
  const names = planned.slice(0, NOTE_NAMES).join(', ');
  const more = planned.length > NOTE_NAMES ? `, and ${planned.length - NOTE_NAMES} more` : '';
  return (
    `${legs.expected - arrived} of ${legs.expected} expected legs missing: counts cover ${planned.length}` +
    (planned.length > 0 ? ` (${names}${more})` : '') +
    (legs.failed.length > 0 ? `, ${legs.failed.length} failed` : '')
  );
}

/**
 * The model's warnings that the coverage line (`coverageLine`) does not already say: all but the
 * missing-legs note, known as the note the model's legs make (not by its words), so the checks
 * page says it once.
 */
export function warningsBesideCoverage(model: ReportModel): string[] {
  const restated = model.legs === undefined ? undefined : missingLegsNote(model.legs);
  return restated === undefined ? model.warnings : model.warnings.filter((line) => line !== restated);
}
