/**
 * The costs behind the total (issue 24): per Infracost project (before, after, difference) and the
 * resources whose monthly cost changes most. Bounded: a report keeps at most PROJECT_LIMIT
 * projects and TOP_RESOURCES resources, with the exact counts of the rest, so a 10,000-resource
 * Infracost file costs a summary the same few lines as a small one.
 *
 * A cost is exact decimal text, or a word saying why it is not a number: `usage-based` (Infracost
 * prices it from usage it was not told, so its figure is no estimate) or `unknown` (no price).
 * Neither is ever shown as zero.
 */
import { compareDecimals, isDecimal } from './decimal.js';

export type CostWord = 'usage-based' | 'unknown';

/** Decimal text (`"742.64"`, `"-560.64"`), or a CostWord. */
export type CostValue = string;

export interface ProjectCost {
  /** As Infracost names it (display name, name or path). */
  readonly name: string;
  /** Absent: unknown. */
  readonly past?: string | undefined;
  readonly total?: string | undefined;
  readonly diff?: string | undefined;
}

export interface ResourceCost {
  /** The resource's address, as Infracost writes it. */
  readonly address: string;
  /** The project it is in. */
  readonly project: string;
  /** Absent: the resource did not exist before (added). */
  readonly before?: CostValue | undefined;
  /** Absent: the resource is gone (destroyed). */
  readonly after?: CostValue | undefined;
  readonly diff: CostValue;
}

export interface CostDetails {
  /** Projects whose monthly cost changes or is unknown, in the order read; `total` counts them all. */
  readonly projects: { readonly items: ProjectCost[]; readonly total: number };
  /** Projects read whose monthly cost does not change. */
  readonly unchangedProjects: number;
  /** Resources whose monthly cost changes (or may), largest absolute difference first. */
  readonly resources: { readonly items: ResourceCost[]; readonly total: number };
}

/** Projects kept in a report (and in a merge of many). */
export const PROJECT_LIMIT = 50;
/** Resources kept: what the Markdown summary shows (the text summary shows the first 5). */
export const TOP_RESOURCES = 10;

function abs(text: string): string {
  return text.startsWith('-') ? text.slice(1) : text;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Largest absolute known difference first; differences that are not numbers after every number;
 * then by project and address, so any order of the same resources ranks the same.
 */
export function compareResourceCosts(a: ResourceCost, b: ResourceCost): number {
  const ka = isDecimal(a.diff);
  const kb = isDecimal(b.diff);
  if (ka !== kb) return ka ? -1 : 1;
  const bySize = ka && kb ? compareDecimals(abs(b.diff), abs(a.diff)) : 0;
  return bySize || compareText(a.project, b.project) || compareText(a.address, b.address);
}

/**
 * The top `limit` of a stream of resources, holding at most a few times `limit` at once: what
 * reads a 10,000-resource file keeps.
 */
export class TopResources {
  private held: ResourceCost[] = [];
  private seen = 0;

  constructor(private readonly limit: number = TOP_RESOURCES) {}

  add(resource: ResourceCost, count = 1): void {
    this.seen += count;
    this.held.push(resource);
    if (this.held.length >= this.limit * 4) this.trim();
  }

  /** Adds a list already counted elsewhere (`total` of them, `items` the top of those). */
  addList(list: { readonly items: readonly ResourceCost[]; readonly total: number }): void {
    for (const item of list.items) this.add(item, 0);
    this.seen += list.total;
  }

  private trim(): void {
    this.held.sort(compareResourceCosts);
    this.held.length = Math.min(this.held.length, this.limit);
  }

  result(): { items: ResourceCost[]; total: number } {
    this.trim();
    return { items: [...this.held], total: this.seen };
  }
}

/**
 * Several reports' details as one (a merge): projects one after another in the order given,
 * resources re-ranked across all, both bounded again.
 */
export function combineCostDetails(list: readonly CostDetails[]): CostDetails | undefined {
  if (list.length === 0) return undefined;
  const projects: ProjectCost[] = [];
  let projectTotal = 0;
  let unchangedProjects = 0;
  const top = new TopResources();
  for (const details of list) {
    for (const project of details.projects.items) if (projects.length < PROJECT_LIMIT) projects.push(project);
    projectTotal += details.projects.total;
    unchangedProjects += details.unchangedProjects;
    top.addList(details.resources);
  }
  return { projects: { items: projects, total: projectTotal }, unchangedProjects, resources: top.result() };
}
