/**
 * Plans found in the tree + the run report -> one UnitReport per unit. Pure: no file access.
 *
 * The report decides a unit's status when it names the unit (failed -> failure with Terragrunt's
 * cause, excluded / early exit -> skipped); a plan with `errored: true` is a failure whatever the
 * report says. A unit the report lists but the tree has no plan for is still reported (a failed
 * unit writes no plan), under the path the report gives it, rewritten to the tree's root when the
 * matched entries show how the report's paths and the tree's paths line up.
 */
import type { PlanSummary } from '../model/plan-summary.js';
import type { StackStatus } from '../model/statuses.js';
import type { UnitReport } from '../model/unit-report.js';
import { compareCodeUnits, pathSegments, ROOT_PATH_ID, UnitPathIndex } from '../inputs/path-match.js';
import type { RunReportEntry } from './terragrunt-run-report.js';
import { entryOutcome } from './terragrunt-run-report.js';

export interface MergeResult {
  /** In pathId order. */
  readonly units: UnitReport[];
  readonly warnings: string[];
}

interface Outcome {
  status: StackStatus;
  errorMessage: string | undefined;
}

const SEVERITY: Record<StackStatus, number> = { success: 0, skipped: 1, failure: 2 };

/** Of two outcomes for one unit (a retried unit, a plan that errored), the worse one counts. */
function worse(a: Outcome | undefined, b: Outcome): Outcome {
  return a === undefined || SEVERITY[b.status] > SEVERITY[a.status] ? b : a;
}

/**
 * @param plans unit plans by pathId
 * @param report run report entries, when a report was given
 * @param rootName the name for a unit at the tree root (the tree folder's own name)
 */
export function mergeUnits(
  plans: ReadonlyMap<string, PlanSummary>,
  report: readonly RunReportEntry[] | undefined,
  rootName: string,
  /** Unit folders found in the tree (terragrunt-discover.ts): one without a plan is "no plan". */
  unitFolders: readonly string[] = [],
): MergeResult {
  const warnings: string[] = [];
  const outcomes = new Map<string, Outcome>();
  const reported = new Set<string>();

  for (const [pathId, plan] of plans) {
    if (plan.errored) {
      outcomes.set(pathId, {
        status: 'failure',
        errorMessage: 'the plan did not complete (errored: true in the plan JSON)',
      });
    }
  }

  const index = new UnitPathIndex(plans.keys());
  const best = new Map<string, { score: number; entries: RunReportEntry[] }>();
  const unplanned: RunReportEntry[] = [];
  for (const entry of report ?? []) {
    const match = index.match(entry.name);
    if (match.kind === 'ambiguous') {
      warnings.push(
        `run report entry ${entry.name} matches units ${match.pathIds.join(', ')} equally; ignored`,
      );
    } else if (match.kind === 'none') {
      unplanned.push(entry);
    } else {
      const held = best.get(match.pathId);
      if (held === undefined || match.score > held.score) {
        if (held) for (const held1 of held.entries) unplanned.push(held1);
        best.set(match.pathId, { score: match.score, entries: [entry] });
      } else if (match.score === held.score) {
        held.entries.push(entry);
      } else {
        unplanned.push(entry);
      }
    }
  }

  const rewrite = learnRewrite(best);
  const entryFor = new Map<string, RunReportEntry[]>();
  for (const [pathId, { entries }] of best) entryFor.set(pathId, entries);
  for (const entry of unplanned) {
    const pathId = rewrite(entry.name);
    entryFor.set(pathId, [...(entryFor.get(pathId) ?? []), entry]);
  }

  for (const [pathId, entries] of entryFor) {
    reported.add(pathId);
    for (const entry of entries) {
      const outcome = entryOutcome(entry);
      if (outcome === undefined) {
        warnings.push(
          `run report entry ${entry.name}: unknown Result "${entry.result}"; status taken from the plan`,
        );
        continue;
      }
      outcomes.set(pathId, worse(outcomes.get(pathId), outcome));
    }
    if (entries.length > 1) {
      warnings.push(`unit ${pathId}: ${entries.length} run report entries; the worst result counts`);
    }
    const status = outcomes.get(pathId)?.status;
    if (!plans.has(pathId) && status === 'success') {
      warnings.push(`unit ${pathId}: the run report says it succeeded, but the tree has no plan for it`);
    }
    if (plans.has(pathId) && status === 'skipped') {
      // Kept (dropping data silently is worse), but a skipped unit's plan is from another run.
      warnings.push(
        `unit ${pathId}: the run report says it did not run, yet the tree has a plan for it (left from an earlier run?)`,
      );
    }
  }

  // A unit folder with no plan and no word from the run report never planned, as far as we can
  // tell (its plan failed before writing a file, say): "no plan", never silently left out.
  const neverPlanned = new Set(unitFolders.filter((pathId) => !plans.has(pathId) && !entryFor.has(pathId)));
  for (const pathId of neverPlanned) {
    outcomes.set(pathId, {
      status: 'skipped',
      errorMessage: 'no plan file: the unit never planned, or its plan was written elsewhere',
    });
  }
  const pathIds = [...new Set([...plans.keys(), ...entryFor.keys(), ...neverPlanned])].sort(compareCodeUnits);
  const units = pathIds.map((pathId): UnitReport => {
    const plan = plans.get(pathId);
    const outcome = outcomes.get(pathId) ?? { status: 'success', errorMessage: undefined };
    if (report !== undefined && !reported.has(pathId) && !neverPlanned.has(pathId)) {
      warnings.push(`unit ${pathId}: has a plan but no entry in the run report`);
    }
    const unit: UnitReport = { pathId, name: unitName(pathId, rootName), status: outcome.status };
    if (neverPlanned.has(pathId)) unit.noPlan = true;
    if (outcome.errorMessage !== undefined) unit.errorMessage = outcome.errorMessage;
    if (plan) {
      unit.resourceCounts = { ...plan.resourceCounts };
      unit.driftCounts = { ...plan.driftCounts };
      unit.outputCounts = { ...plan.outputCounts };
      if (plan.addresses.moved.total > 0) unit.movedCount = plan.addresses.moved.total;
      unit.plannedChangesCount = plan.plannedChangesCount;
      unit.outputs = { ...plan.outputs };
    }
    return unit;
  });
  return { units, warnings };
}

export function unitName(pathId: string, rootName: string): string {
  // A pathId is ours and `/`-separated on every OS: a backslash is part of a folder's name on
  // POSIX (`a\\b`), so splitting on it too cut the stack_name short.
  const last = pathId
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .pop();
  return last ?? rootName;
}

/**
 * How report paths map to tree paths, learned from the entries that matched: the prefix the report
 * has that the tree lacks (`/home/ci/repo/`), or the other way round. The most common pair wins.
 * Returns a function giving an unmatched entry its pathId.
 */
function learnRewrite(
  best: ReadonlyMap<string, { score: number; entries: RunReportEntry[] }>,
): (name: string) => string {
  const votes = new Map<string, { foreign: string[]; unit: string[]; count: number }>();
  for (const [pathId, { score, entries }] of best) {
    const unit = pathSegments(pathId);
    const shared = score - 1;
    for (const entry of entries) {
      const foreign = pathSegments(entry.name);
      const pair = {
        foreign: foreign.slice(0, foreign.length - shared),
        unit: unit.slice(0, unit.length - shared),
      };
      const key = JSON.stringify(pair);
      const vote = votes.get(key) ?? { ...pair, count: 0 };
      vote.count++;
      votes.set(key, vote);
    }
  }
  const winner = [...votes.entries()].sort(
    ([ka, a], [kb, b]) => b.count - a.count || compareCodeUnits(ka, kb),
  )[0]?.[1];
  return (name) => {
    const segments = pathSegments(name);
    const fits =
      winner !== undefined &&
      segments.length > winner.foreign.length &&
      winner.foreign.every((segment, i) => segments[i] === segment);
    const path = fits ? [...winner.unit, ...segments.slice(winner.foreign.length)] : segments;
    return path.length === 0 ? ROOT_PATH_ID : path.join('/');
  };
}
