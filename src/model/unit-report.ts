/** One Terragrunt unit as the parsers find it and the reporter shows it. */
import type { CostFigures } from './cost-math.js';
import type { Counts } from './plan-summary.js';
import type { StackStatus } from './statuses.js';

export interface UnitReport {
  /** Folder relative to the tree root, `/`-separated. */
  pathId: string;
  /** The unit's folder name. */
  name: string;
  status: StackStatus;
  /**
   * A unit folder (it holds terragrunt.hcl) with no plan file and no word from a run report: it
   * never planned, as far as the report can tell (status skipped).
   */
  noPlan?: boolean | undefined;
  errorMessage?: string | undefined;
  /** Absent when the unit has no plan (failed or skipped before planning). */
  resourceCounts?: Counts | undefined;
  driftCounts?: Counts | undefined;
  outputCounts?: Counts | undefined;
  /**
   * Resources the unit's plan moves (`moved` blocks, `previous_address`), whatever else they do:
   * a move is a change a reviewer must see. Absent when none move (and in partials written before
   * it was carried: the merge reads it from the unit's plan then).
   */
  movedCount?: number | undefined;
  plannedChangesCount?: number | undefined;
  outputs?: Record<string, string> | undefined;
  cost?: CostFigures | undefined;
}
