/**
 * Matching paths written by other tools to Terragrunt units. The run report and Infracost name a
 * unit by a path relative to their own working directory, or absolute, with the separators of the
 * machine they ran on; a unit is known by its folder relative to the tree root. They agree on the
 * trailing segments, so a path matches a unit when one of the two, segment for segment, ends the
 * other: `/ci/repo/live/prod/vpc` and `prod/vpc` both match `live/prod/vpc`. Requiring a whole
 * side to match (not just some shared tail) keeps `staging/vpc` from landing on `prod/vpc`.
 */

/** `pathId` of a plan at the tree root. */
export const ROOT_PATH_ID = '.';

/** Path segments, either separator, without empty, `.` and `..` segments or a drive letter. */
export function pathSegments(path: string): string[] {
  return path
    .split(/[\\/]+/)
    .filter(
      (segment, i) =>
        segment !== '' && segment !== '.' && segment !== '..' && !(i === 0 && /^[A-Za-z]:$/.test(segment)),
    );
}

/** Plain code-unit order, so sorting does not depend on the locale or ICU data. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * How well `foreign` names the unit: the number of trailing segments they share when one ends the
 * other (plus one, so that the root unit, which has no segments, can match `.`); 0 for no match.
 */
export function suffixScore(foreign: readonly string[], unit: readonly string[]): number {
  if (unit.length === 0 || foreign.length === 0) return unit.length === 0 && foreign.length === 0 ? 1 : 0;
  const shorter = Math.min(foreign.length, unit.length);
  for (let i = 1; i <= shorter; i++) {
    if (foreign[foreign.length - i] !== unit[unit.length - i]) return 0;
  }
  return shorter + 1;
}

export type UnitMatch =
  | { readonly kind: 'matched'; readonly pathId: string; readonly score: number }
  | { readonly kind: 'none' }
  /** Several units match equally well: guessing could attach a status or a cost to the wrong one. */
  | { readonly kind: 'ambiguous'; readonly pathIds: readonly string[] };

/** Finds the unit a foreign path names, among a fixed set of units (indexed once). */
export class UnitPathIndex {
  private readonly byLastSegment = new Map<string, { pathId: string; segments: string[] }[]>();
  private readonly hasRoot: boolean;

  constructor(pathIds: Iterable<string>) {
    let hasRoot = false;
    for (const pathId of pathIds) {
      const segments = pathSegments(pathId);
      const last = segments[segments.length - 1];
      if (last === undefined) {
        hasRoot = true;
        continue;
      }
      const bucket = this.byLastSegment.get(last) ?? [];
      bucket.push({ pathId, segments });
      this.byLastSegment.set(last, bucket);
    }
    this.hasRoot = hasRoot;
  }

  match(foreignPath: string): UnitMatch {
    const foreign = pathSegments(foreignPath);
    const last = foreign[foreign.length - 1];
    if (last === undefined) {
      return this.hasRoot ? { kind: 'matched', pathId: ROOT_PATH_ID, score: 1 } : { kind: 'none' };
    }
    let best = 0;
    let winners: { pathId: string; exact: boolean }[] = [];
    for (const unit of this.byLastSegment.get(last) ?? []) {
      const score = suffixScore(foreign, unit.segments);
      const candidate = { pathId: unit.pathId, exact: unit.segments.length === foreign.length };
      if (score > best) {
        best = score;
        winners = [candidate];
      } else if (score === best && score > 0) {
        winners.push(candidate);
      }
    }
    // `prod/vpc` names the unit `prod/vpc` rather than `live/prod/vpc`, which it only ends.
    const exact = winners.filter((w) => w.exact);
    if (exact.length === 1) winners = exact;
    const [only, ...more] = winners;
    if (only === undefined) return { kind: 'none' };
    if (more.length > 0)
      return { kind: 'ambiguous', pathIds: winners.map((w) => w.pathId).sort(compareCodeUnits) };
    return { kind: 'matched', pathId: only.pathId, score: best };
  }
}
