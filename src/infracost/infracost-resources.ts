/**
 * The resources behind an Infracost project's total: each resource's monthly cost before (the
 * project's `pastBreakdown`) and after (`breakdown`), matched by address, and the difference.
 *
 * A resource's cost is what Infracost writes for it (`monthlyCost`, which already holds its cost
 * components and its sub-resources); a resource written without one gets the sum of its
 * components and sub-resources, as Infracost's own CalculateCosts adds them. A cost Infracost
 * could not give (null) or one made only of usage-based components it had no usage for (Infracost
 * writes 0 and shows "depends on usage") is a word, never $0.
 */
import type { CostValue, CostWord, ResourceCost } from '../model/cost-details.js';
import { addDecimals, isDecimal, isZeroDecimal } from '../model/decimal.js';
import { normalizeDecimalText } from '../model/cost-math.js';

type Json = Record<string, unknown>;

function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A cost field as decimal text; undefined for null, absent or anything that is not a number. */
function amount(value: unknown): string | undefined {
  if (typeof value === 'number') return normalizeDecimalText(String(value));
  if (typeof value === 'string') return normalizeDecimalText(value);
  return undefined;
}

/** Whether a component's figure depends on usage: flagged so, or priced with no quantity. */
function usageBased(component: Json): boolean {
  if (component['usageBased'] === true) return true;
  return component['price'] != null && component['monthlyQuantity'] === null;
}

function hasUsageBased(resource: Json, depth = 0): boolean {
  if (depth > 20) return false;
  if (asArray(resource['costComponents']).some((c) => usageBased(asObject(c) ?? {}))) return true;
  return asArray(resource['subresources']).some((s) => hasUsageBased(asObject(s) ?? {}, depth + 1));
}

/** Sum of the known component and sub-resource costs; undefined when none is known. */
function summed(resource: Json, depth = 0): string | undefined {
  if (depth > 20) return undefined;
  let total: string | undefined;
  const add = (value: string | undefined): void => {
    if (value !== undefined) total = total === undefined ? value : addDecimals(total, value);
  };
  for (const component of asArray(resource['costComponents']))
    add(amount(asObject(component)?.['monthlyCost']));
  for (const sub of asArray(resource['subresources'])) {
    const object = asObject(sub) ?? {};
    add('monthlyCost' in object ? amount(object['monthlyCost']) : summed(object, depth + 1));
  }
  return total;
}

/** One resource's monthly cost as shown: an amount, or why there is none. */
export function resourceMonthlyCost(resource: Json): CostValue {
  const written = 'monthlyCost' in resource ? amount(resource['monthlyCost']) : summed(resource);
  const usage = hasUsageBased(resource);
  if (written === undefined) return usage ? 'usage-based' : 'unknown';
  // Infracost writes 0 for usage it was not given: "depends on usage", not free.
  if (usage && isZeroDecimal(written)) return 'usage-based';
  return written;
}

/** Resources of one breakdown by address; undefined when the breakdown itself is unknown (null). */
function byAddress(breakdown: unknown): Map<string, CostValue> | undefined {
  const object = asObject(breakdown);
  if (object === undefined) return undefined;
  const out = new Map<string, CostValue>();
  for (const item of asArray(object['resources'])) {
    const resource = asObject(item);
    const name = resource?.['name'];
    if (resource === undefined || typeof name !== 'string') continue;
    out.set(name, resourceMonthlyCost(resource));
  }
  return out;
}

function differenceOf(before: CostValue | undefined, after: CostValue | undefined): CostValue {
  const b = before ?? '0';
  const a = after ?? '0';
  if (isDecimal(a) && isDecimal(b)) return addDecimals(a, b.startsWith('-') ? b.slice(1) : `-${b}`);
  const word = [after, before].find((v): v is CostWord => v === 'usage-based' || v === 'unknown');
  return word ?? 'unknown';
}

export interface ProjectSides {
  /** The project's current costs are known (Infracost priced it). */
  readonly current: boolean;
  /** Its past costs are known. */
  readonly past: boolean;
}

/**
 * The resources of one project whose monthly cost changes, or may: added, destroyed, changed in
 * cost, or listed in Infracost's own `diff`. Unchanged resources are left out.
 */
export function changedResources(project: Json, label: string, sides: ProjectSides): ResourceCost[] {
  if (!sides.current) return [];
  const after = byAddress(project['breakdown']) ?? new Map<string, CostValue>();
  const before = sides.past ? byAddress(project['pastBreakdown']) : undefined;
  // Infracost's own list of changed resources, and its difference where the past is unknown.
  const listed = byAddress(project['diff']) ?? new Map<string, CostValue>();
  const out: ResourceCost[] = [];
  const addresses = new Set([...(before?.keys() ?? []), ...after.keys(), ...listed.keys()]);
  for (const address of addresses) {
    const now = after.get(address);
    if (before === undefined) {
      // No past to compare with: Infracost's difference where it wrote one.
      const diff = listed.get(address) ?? 'unknown';
      if (isDecimal(diff) && isZeroDecimal(diff)) continue;
      out.push({
        address,
        project: label,
        before: 'unknown',
        ...(now === undefined ? {} : { after: now }),
        diff,
      });
      continue;
    }
    const then = before.get(address);
    if (now === undefined && then === undefined) continue;
    const diff = differenceOf(then, now);
    // A zero difference (an added resource that costs nothing, one whose cost stays) or the same
    // word on both sides: nothing behind the total.
    if (isDecimal(diff) ? isZeroDecimal(diff) : then === now) continue;
    out.push({
      address,
      project: label,
      ...(then === undefined ? {} : { before: then }),
      ...(now === undefined ? {} : { after: now }),
      diff,
    });
  }
  return out;
}

/** Whether any resource cost in the project is a JSON number (the file is then re-read exactly). */
export function resourcesHaveNumbers(project: Json): boolean {
  const check = (value: unknown, depth: number): boolean => {
    const object = asObject(value);
    if (object === undefined || depth > 20) return false;
    if (typeof object['monthlyCost'] === 'number') return true;
    return [
      ...asArray(object['resources']),
      ...asArray(object['costComponents']),
      ...asArray(object['subresources']),
    ].some((child) => check(child, depth + 1));
  };
  return ['breakdown', 'pastBreakdown', 'diff'].some((key) => check(project[key], 0));
}
