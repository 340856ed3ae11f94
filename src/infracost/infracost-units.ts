/**
 * Infracost projects -> Terragrunt units. Infracost names a project by the folder it read
 * (`metadata.path`, relative to where it ran, or absolute) and by a `name` that is often the same
 * path with a repository prefix; either is matched to a unit's pathId on trailing path segments
 * (path-match.ts). The path is tried first, the name only when the path matches nothing.
 *
 * A unit two projects match (two workspaces of one folder) gets no cost: adding them up could
 * count one deployment twice, and picking one would be a guess. Each case is a warning.
 */
import type { CostFigures } from '../model/cost-math.js';
import type { UnitReport } from '../model/unit-report.js';
import type { InfracostProject, InfracostReport } from './infracost.js';
import type { UnitMatch } from '../inputs/path-match.js';
import { UnitPathIndex } from '../inputs/path-match.js';

export interface UnitCosts {
  /** The same units, in the same order, with `cost` set where a project matched. */
  readonly units: UnitReport[];
  /** The one project matched to each unit, by pathId: its index in the file's `projects`. */
  readonly projectOf: Map<string, number>;
  readonly warnings: string[];
}

function matchProject(index: UnitPathIndex, project: InfracostProject): UnitMatch {
  let result: UnitMatch = { kind: 'none' };
  for (const key of [project.path, project.name]) {
    if (key === undefined || key === '') continue;
    result = index.match(key);
    if (result.kind !== 'none') return result;
  }
  return result;
}

export function applyInfracostToUnits(units: readonly UnitReport[], report: InfracostReport): UnitCosts {
  const warnings: string[] = [];
  const index = new UnitPathIndex(units.map((u) => u.pathId));
  const claims = new Map<string, InfracostProject[]>();
  const unmatched: string[] = [];
  for (const project of report.projects) {
    const match = matchProject(index, project);
    if (match.kind === 'matched') {
      claims.set(match.pathId, [...(claims.get(match.pathId) ?? []), project]);
    } else if (match.kind === 'ambiguous') {
      warnings.push(
        `Infracost project ${project.label} matches units ${match.pathIds.join(', ')} equally; its cost is not attributed`,
      );
    } else {
      unmatched.push(project.label);
    }
  }
  if (unmatched.length > 0) {
    warnings.push(`Infracost projects that match no Terragrunt unit: ${unmatched.join(', ')}`);
  }

  const projectOf = new Map<string, number>();
  const withCosts = units.map((unit): UnitReport => {
    const projects = claims.get(unit.pathId);
    if (projects === undefined) return { ...unit };
    if (projects.length > 1) {
      warnings.push(
        `unit ${unit.pathId}: several Infracost projects match (${projects.map((p) => p.label).join(', ')}); its cost is left out`,
      );
      return { ...unit };
    }
    const project = projects[0];
    if (project !== undefined) projectOf.set(unit.pathId, project.index);
    const figures = project?.figures ?? {};
    if (!hasAnyFigure(figures)) return { ...unit };
    const cost: CostFigures =
      report.currency === undefined ? { ...figures } : { currency: report.currency, ...figures };
    return { ...unit, cost };
  });
  return { units: withCosts, projectOf, warnings };
}

function hasAnyFigure(figures: CostFigures): boolean {
  return (
    figures.totalMonthly !== undefined ||
    figures.pastTotalMonthly !== undefined ||
    figures.diffTotalMonthly !== undefined
  );
}
