/**
 * The one picture of a run that every output is drawn from: the event body, the Markdown job
 * summary and PR comment, the plain-text log summary, the Action/plugin output variables.
 * Built from parser results by build-model.ts; holds counts, names and addresses, never
 * attribute or variable values.
 */
import type { CostFigures } from '../model/cost-math.js';
import type { CostDetails } from '../model/cost-details.js';
import type { AddressLists, ChangedAttributes, Counts, Provisioner } from '../model/plan-summary.js';
import type { ActivityStatus, ActivityType, EventType } from '../model/statuses.js';
import type { UnitReport } from '../model/unit-report.js';
import type { LegCoverage } from './coverage.js';
import type { UnitTally } from './unit-tally.js';
import type { WorkspaceDataReport } from './upload-outcome.js';

/** The addresses of one plan file or one Terragrunt unit: summaries group lists by it. */
export interface AddressGroup {
  /** The unit's pathId, or the plan file as the user named it. */
  readonly source: string;
  readonly kind: 'unit' | 'plan' | 'drift';
  readonly addresses: AddressLists;
  /** Names of the attributes updated and replaced addresses change, where the plan shows them. */
  readonly changedAttributes?: ReadonlyMap<string, ChangedAttributes> | undefined;
}

export interface ReportModel {
  eventType: EventType;
  activityType: ActivityType;
  activityStatus: ActivityStatus;
  provisioner: Provisioner | undefined;
  provisionerVersion: string | undefined;
  /**
   * The tool under a Terragrunt run (or of plain plans), as the plans say: what drift happened
   * "outside" of. Undefined when the plans do not say.
   */
  engine?: 'terraform' | 'opentofu' | undefined;
  resourceCounts: Counts;
  driftCounts: Counts;
  outputCounts: Counts;
  plannedChangesCount: number;
  /** Managed resources with real drift (the `drifted` output). */
  driftedCount: number;
  hasChanges: boolean;
  hasDrift: boolean;
  /**
   * Merged over every plan and unit; unit addresses are prefixed `path_id: `, and with several
   * plan (or drift) files each address is prefixed with its file as named (`prod/plan.json: `).
   */
  addresses: AddressLists;
  /**
   * The same addresses by plan file or unit, in the order read (absent in hand-built models: then
   * `addresses` is one group).
   */
  addressGroups?: AddressGroup[] | undefined;
  /** Changed attribute names by address as in `addresses` (prefixed for units); names only. */
  changedAttributes?: ReadonlyMap<string, ChangedAttributes> | undefined;
  /**
   * Terragrunt units in path_id order; empty for plain plans. A merge's model keeps a bounded
   * selection (unit-tally.ts) and says so with `unitTally`: read them through `unitsView`.
   */
  units: UnitReport[];
  /** A merge's exact figures over all its units, when `units` is a bounded selection. */
  unitTally?: UnitTally | undefined;
  cost: CostFigures | undefined;
  /** The costs behind the total: projects and the resources that change most (bounded). */
  costDetails?: CostDetails | undefined;
  /** The files read, as named by the user or found in a tree (a merge names the first FILES_KEPT). */
  files: string[];
  /** How many files were read, when `files` names fewer (a merge's: model-fold.ts). */
  filesTotal?: number | undefined;
  /**
   * The plans that failed (`errored: true`): their counts cover only what was planned before the
   * error, so no summary may say there is nothing to change.
   */
  erroredPlans: string[];
  /** A merged run's legs (`merge`): which planned, which failed, how many were expected. */
  legs?: LegCoverage | undefined;
  /** Things a person should know that did not stop the run (unknown costs, unmatched projects...). */
  warnings: string[];
  /** Workspace data uploads and the policy answers they brought; absent when none was asked for. */
  workspaceData?: WorkspaceDataReport | undefined;
  /** The Harness activity the sent event became (issue 26), once looked up and found. */
  activity?: RecordedActivity | undefined;
}

/** What the confirmation after a send found: the activity's id and, with a UI base, a link. */
export interface RecordedActivity {
  readonly id: string;
  readonly link?: string | undefined;
  /** "Harness recorded activity … : counts match" or a warning naming the differences. */
  readonly line: string;
}
