/**
 * The one picture of a run that every output is drawn from: the event body, the Markdown job
 * summary and PR comment, the plain-text log summary, the Action/plugin output variables.
 * Built from parser results by build-model.ts; holds counts, names and addresses, never
 * attribute or variable values.
 */
import type { AddressLists, Counts, Provisioner } from '../parsers/plan-summary.js';
import type { WorkspaceDataReport } from './workspace-data.js';
import type { ActivityStatus, ActivityType, EventType, StackStatus } from './event-schema.js';

/** Cost figures as the decimal text Infracost wrote (never through a float). */
export interface CostFigures {
  currency?: string | undefined;
  totalMonthly?: string | undefined;
  pastTotalMonthly?: string | undefined;
  diffTotalMonthly?: string | undefined;
  /** diff / past * 100, two decimals; absent when past is zero or unknown. */
  percentageChange?: string | undefined;
}

/** One Terragrunt unit. */
export interface UnitReport {
  /** Folder relative to the tree root, `/`-separated. */
  pathId: string;
  /** The unit's folder name. */
  name: string;
  status: StackStatus;
  errorMessage?: string | undefined;
  /** Absent when the unit has no plan (failed or skipped before planning). */
  resourceCounts?: Counts | undefined;
  driftCounts?: Counts | undefined;
  outputCounts?: Counts | undefined;
  plannedChangesCount?: number | undefined;
  outputs?: Record<string, string> | undefined;
  cost?: CostFigures | undefined;
}

export interface ReportModel {
  eventType: EventType;
  activityType: ActivityType;
  activityStatus: ActivityStatus;
  provisioner: Provisioner | undefined;
  provisionerVersion: string | undefined;
  resourceCounts: Counts;
  driftCounts: Counts;
  outputCounts: Counts;
  plannedChangesCount: number;
  /** Managed resources with real drift (the `drifted` output). */
  driftedCount: number;
  hasChanges: boolean;
  hasDrift: boolean;
  /** Merged over every plan and unit; unit addresses are prefixed `path_id: `. */
  addresses: AddressLists;
  /** Terragrunt units in path_id order; empty for plain plans. */
  units: UnitReport[];
  cost: CostFigures | undefined;
  /** The files read, as named by the user or found in a tree. */
  files: string[];
  /** Things a person should know that did not stop the run (unknown costs, unmatched projects...). */
  warnings: string[];
  /** Workspace data uploads and the policy answers they brought; absent when none was asked for. */
  workspaceData?: WorkspaceDataReport | undefined;
}
