/**
 * Terragrunt units in the order a reviewer reads them: failed, destroying, drifted, changing,
 * skipped; units without changes are not listed but counted on one line. Plus a diffstat for each
 * unit (`+3 ~1 -2` and a bar scaled to the biggest unit, as `git diff --stat` draws it), so the
 * eye finds the big units.
 */
import type { Counts } from '../model/plan-summary.js';
import type { UnitReport } from '../model/unit-report.js';
import { thousands } from '../thousands.js';

function driftOf(unit: UnitReport): number {
  const d = unit.driftCounts;
  return d === undefined ? 0 : d.added + d.changed + d.deleted;
}

function changesOf(c: Counts | undefined): number {
  return c === undefined ? 0 : c.added + c.changed + c.deleted + c.imported + c.removed;
}

/** Outputs a unit adds, changes or removes: changes, as `plan -detailed-exitcode` says. */
function outputChangesOf(unit: UnitReport): number {
  const c = unit.outputCounts;
  return c === undefined ? 0 : c.added + c.changed + c.deleted;
}

/** Resources a unit moves: changes a reviewer must see, though no count above holds them. */
function movesOf(unit: UnitReport): number {
  return unit.movedCount ?? 0;
}

/** 0 failed, 1 destroying, 2 drifted, 3 changing, 4 skipped, 5 without changes. */
export function unitRank(unit: UnitReport): number {
  if (unit.status === 'failure') return 0;
  if ((unit.resourceCounts?.deleted ?? 0) > 0) return 1;
  if (driftOf(unit) > 0) return 2;
  if (changesOf(unit.resourceCounts) > 0 || movesOf(unit) > 0 || outputChangesOf(unit) > 0) return 3;
  if (unit.status === 'skipped') return 4;
  return 5;
}

export interface OrderedUnits {
  /** Units worth a row, most important first (path order within a rank). */
  readonly shown: UnitReport[];
  /** Succeeded units with no change and no drift: one line. */
  readonly unchanged: number;
}

export function orderUnits(units: readonly UnitReport[]): OrderedUnits {
  const ranked = units.map((unit, index) => ({ unit, index, rank: unitRank(unit) }));
  const shown = ranked
    .filter((entry) => entry.rank < 5)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.unit);
  return { shown, unchanged: units.length - shown.length };
}

/** `+3 ~1 -2`; imports and forgets only when there are some. */
export function diffstat(c: Counts | undefined): string {
  if (c === undefined) return '';
  const parts = [`+${c.added}`, `~${c.changed}`, `-${c.deleted}`];
  if (c.imported > 0) parts.push(`↓${c.imported}`);
  if (c.removed > 0) parts.push(`forget ${c.removed}`);
  return parts.join(' ');
}

/**
 * A unit's counts as its row shows them: a failed unit's are what its plan held when it stopped
 * (an errored plan lists the changes planned before the error), so they are marked incomplete,
 * never read as the whole change (`+0 ~0 -0` beside "failed" read as "nothing changes").
 * Undefined when the unit has no counts.
 */
export function unitDiffstat(unit: UnitReport): string | undefined {
  const c = unit.resourceCounts;
  if (c === undefined) return undefined;
  // A unit that only moves resources or changes outputs is a changing unit: its row says what,
  // never a bare `+0 ~0 -0`.
  const parts = [diffstat(c)];
  if (changesOf(c) === 0) {
    const moved = movesOf(unit);
    const outputs = outputChangesOf(unit);
    if (moved > 0) parts.push(`${thousands(moved)} moved`);
    if (outputs > 0) parts.push(`${thousands(outputs)} output${outputs === 1 ? '' : 's'}`);
  }
  const stat = parts.join(', ');
  return unit.status === 'failure' ? `${stat} (incomplete)` : stat;
}

export const BAR_WIDTH = 20;

/** The size of the biggest unit's change: the bars' scale. */
export function barScale(units: readonly UnitReport[]): number {
  let max = 0;
  for (const unit of units) {
    const c = unit.resourceCounts;
    if (c !== undefined) max = Math.max(max, c.added + c.changed + c.deleted);
  }
  return max;
}

/**
 * `++++~~--`: one mark per resource while they fit in BAR_WIDTH, else scaled to the biggest unit;
 * every kind that is not zero keeps at least one mark.
 */
export function bar(c: Counts | undefined, scale: number): string {
  if (c === undefined) return '';
  const total = c.added + c.changed + c.deleted;
  if (total === 0) return '';
  const width = scale <= BAR_WIDTH ? total : Math.max(1, Math.round((total / scale) * BAR_WIDTH));
  const share = (n: number): number => (n === 0 ? 0 : Math.max(1, Math.round((n / total) * width)));
  return '+'.repeat(share(c.added)) + '~'.repeat(share(c.changed)) + '-'.repeat(share(c.deleted));
}
