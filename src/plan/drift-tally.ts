/**
 * Drift of one plan: the `resource_drift` entries (counts and addresses), and how many prior-state
 * instances did not drift (the drift `unchanged` count).
 *
 * Which prior-state instances drifted is decided once the whole document is read, so that the key
 * order does not matter (Terraform writes `resource_drift` before `prior_state`, `jq -S` the other
 * way round) and a repeated key can replace what came first: the prior-state addresses are held as
 * hashes in the order they came (8 bytes an instance, hash-index.ts), never as strings.
 */
import { boundedList, pushBounded, type BoundedList } from '../model/bounded-list.js';
import { zeroCounts, type Counts } from '../model/plan-summary.js';
import { isManaged, type ActionKind } from './action-kind.js';
import { HashIndex, HashList } from './hash-index.js';

export class DriftTally {
  readonly counts = zeroCounts();
  drifted: BoundedList<string> = boundedList();
  /** Of `drifted`, by how: deleted outside, created outside (the rest changed outside). */
  driftDeleted: BoundedList<string> = boundedList();
  driftCreated: BoundedList<string> = boundedList();
  /** Every resource_drift entry, any mode or action: tells an empty `resource_drift` apart. */
  entries = 0;
  /** Managed drift entries with a real action, by address. */
  private driftedSet = new HashIndex();
  /** Prior-state instances: their addresses, a hole for one that is not managed. */
  private readonly prior = new HashList();
  /**
   * Drift entries that name a whole resource (Terraform 1.0.0 wrote them without `address` and
   * without `index`): they match every instance of that resource in the prior state.
   */
  private driftedResources = new HashIndex();
  /** Each prior-state instance's resource address (its own without the last `[index]`), or a hole. */
  private readonly priorResources = new HashList();
  /** Where the prior state that counts begins in `prior` (a repeated `prior_state` moves it on). */
  private priorBase = 0;

  /** `resource_drift` begins again (a repeated key): the first one is forgotten. */
  resetDrift(): void {
    Object.assign(this.counts, zeroCounts());
    this.drifted = boundedList();
    this.driftDeleted = boundedList();
    this.driftCreated = boundedList();
    this.driftedSet = new HashIndex();
    this.driftedResources = new HashIndex();
    this.entries = 0;
  }

  /** `prior_state` begins again: the instances of the first one no longer count. */
  resetPrior(): void {
    this.priorBase = this.prior.size;
  }

  /** One `resource_drift` entry (any mode); says whether it counts as drift. */
  drift(address: string, mode: string | undefined, kind: ActionKind, wholeResource = false): boolean {
    this.entries++;
    // A drift entry that only records a move (no-op + previous_address) is not drift.
    if (!isManaged(mode) || kind.noop) return false;
    if (kind.create) this.counts.added++;
    if (kind.delete) this.counts.deleted++;
    if (kind.update) this.counts.changed++;
    pushBounded(this.drifted, address);
    if (kind.delete) pushBounded(this.driftDeleted, address);
    else if (kind.create) pushBounded(this.driftCreated, address);
    this.driftedSet.set(address, 0);
    if (wholeResource) this.driftedResources.set(address, 0);
    return true;
  }

  /** A prior-state instance, the next in PlanVisitor.priorStateResource's numbering. */
  priorResource(address: string, mode: string | undefined): void {
    const managed = isManaged(mode);
    this.prior.push(managed ? address : null);
    const bare = managed ? resourceOf(address) : undefined;
    this.priorResources.push(bare ?? null);
  }

  /** Prior-state instances `from` to `to` (exclusive) are taken back (PlanVisitor.priorStateRetract). */
  retractPrior(from: number, to: number): void {
    this.prior.strike(from, to);
    this.priorResources.strike(from, to);
  }

  /** The drift counts, with `unchanged`: managed prior-state instances that did not drift. */
  finalCounts(): Counts {
    const managed = this.prior.countFrom(this.priorBase);
    const drifted =
      this.driftedSet.size === 0
        ? 0
        : this.driftedResources.size === 0
          ? this.prior.countIn(this.driftedSet, this.priorBase)
          : this.prior.countInEither(
              this.driftedSet,
              this.priorResources,
              this.driftedResources,
              this.priorBase,
            );
    return { ...this.counts, unchanged: managed - drifted };
  }
}

/**
 * An instance address's resource: the address without its last `[index]`, or undefined when it
 * does not end in one. What `/^(.*)\[[^[\]]*\]$/.exec(address)?.[1]` says (the index holds no
 * bracket; the rest no line terminator, which `.` does not match), without a match array and a
 * backtracking scan for each of a plan's prior-state instances.
 */
export function resourceOf(address: string): string | undefined {
  if (address.charCodeAt(address.length - 1) !== 0x5d) return undefined;
  const open = address.lastIndexOf('[');
  if (open < 0 || address.indexOf(']', open + 1) !== address.length - 1) return undefined;
  const bare = address.slice(0, open);
  return /[\n\r\u2028\u2029]/.test(bare) ? undefined : bare;
}
