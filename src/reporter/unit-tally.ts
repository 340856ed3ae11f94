/**
 * A merge's Terragrunt units as the summaries read them, in bounded memory (issue 23: merge memory
 * flat in the number and size of partials). Every consumer of the units shows a bounded number of
 * them (the Markdown table fits 65,536 characters, the text summary a byte budget, the annotation
 * card CARD_UNITS, the coverage alert COVERAGE_NAMES): so a merge keeps, of each rank
 * (unit-order.ts: failed, destroying, drifted, changing, skipped, without changes), the first
 * UNITS_KEPT_PER_RANK units in path_id order, and counts the rest exactly. The first
 * UNITS_KEPT_PER_RANK units of the ordered list are then those of the whole list, so every summary
 * is the one of all units while it shows fewer; past that it says "N more units not shown".
 *
 * A model built from all units (a report) has no tally: then `units` is every unit.
 */
import { pushBounded, type BoundedList } from '../model/bounded-list.js';
import type { ActivityStatus } from '../model/statuses.js';
import type { UnitReport } from '../model/unit-report.js';
import type { ReportModel } from './report-model.js';
import { barScale, orderUnits, unitRank } from './unit-order.js';

/** Units kept per rank. A Markdown row takes at least ~25 characters: 65,536 fit fewer than 2,700. */
export const UNITS_KEPT_PER_RANK = 5_000;

/** Exact figures over every unit of a merge whose `units` keeps a bounded selection. */
export interface UnitTally {
  readonly total: number;
  /** Units worth a row (ranks failed to skipped). */
  readonly shown: number;
  /** Succeeded units without change or drift. */
  readonly unchanged: number;
  /** The biggest change of a unit worth a row: the bars' scale. */
  readonly scale: number;
  /** Some unit has a cost. */
  readonly withCost: boolean;
  readonly failed: BoundedList<string>;
  readonly skipped: BoundedList<string>;
  readonly unplanned: BoundedList<string>;
}

/** Folds units in path_id order into the kept selection and the tally. */
export class UnitKeeper {
  readonly kept: UnitReport[] = [];
  private readonly ranks = [0, 0, 0, 0, 0, 0];
  private scale = 0;
  private withCost = false;
  private readonly failed: BoundedList<string> = { items: [], total: 0 };
  private readonly skipped: BoundedList<string> = { items: [], total: 0 };
  private readonly unplanned: BoundedList<string> = { items: [], total: 0 };

  add(unit: UnitReport): void {
    const rank = unitRank(unit);
    this.ranks[rank] = (this.ranks[rank] ?? 0) + 1;
    if ((this.ranks[rank] ?? 0) <= UNITS_KEPT_PER_RANK) {
      // Without its outputs: no summary shows them, and the body reads every unit from the spool.
      this.kept.push({ ...unit, outputs: undefined });
    }
    if (rank < 5) this.scale = Math.max(this.scale, barScale([unit]));
    if (unit.cost !== undefined) this.withCost = true;
    const name = unit.pathId || '.';
    if (unit.status === 'failure') pushBounded(this.failed, name);
    else if (unit.status === 'skipped')
      pushBounded(unit.noPlan === true ? this.unplanned : this.skipped, name);
  }

  tally(): UnitTally {
    const unchanged = this.ranks[5] ?? 0;
    const total = this.ranks.reduce((a, b) => a + b, 0);
    return {
      total,
      shown: total - unchanged,
      unchanged,
      scale: this.scale,
      withCost: this.withCost,
      failed: this.failed,
      skipped: this.skipped,
      unplanned: this.unplanned,
    };
  }

  /** As activityStatusOfUnits says of every unit. */
  status(): ActivityStatus {
    if (this.failed.total > 0) return 'failure';
    if (this.skipped.total + this.unplanned.total > 0) return 'incomplete';
    return 'success';
  }
}

/** The units as the summaries show them, whether the model keeps all of them or a tally. */
export interface UnitsView {
  readonly total: number;
  /** Units worth a row, most important first: all of them, or the first UNITS_KEPT_PER_RANK. */
  readonly shown: readonly UnitReport[];
  /** Units worth a row, shown or not. */
  readonly shownTotal: number;
  readonly unchanged: number;
  readonly scale: number;
  readonly withCost: boolean;
}

export function unitsView(model: Pick<ReportModel, 'units' | 'unitTally'>): UnitsView {
  const tally = model.unitTally;
  const { shown, unchanged } = orderUnits(model.units);
  if (tally === undefined) {
    return {
      total: model.units.length,
      shown,
      shownTotal: shown.length,
      unchanged,
      scale: barScale(shown),
      withCost: model.units.some((u) => u.cost !== undefined),
    };
  }
  return {
    total: tally.total,
    shown: shown.slice(0, UNITS_KEPT_PER_RANK),
    shownTotal: tally.shown,
    unchanged: tally.unchanged,
    scale: tally.scale,
    withCost: tally.withCost,
  };
}

/** How many units the model is about (kept or counted). */
export function unitCount(model: Pick<ReportModel, 'units' | 'unitTally'>): number {
  return model.unitTally?.total ?? model.units.length;
}
