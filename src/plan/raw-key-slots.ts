/**
 * Keys of a kept value's objects told apart by the hash of their bytes, without a string for each
 * (attribute-raw-diff.ts): whether a key was written twice in one object, and which member of the
 * other side has the same key. Tables are kept per depth (a comparison one step down runs while
 * the one above is still open), reused, and reset by a new stamp instead of being cleared.
 */
import { MAX_PATH_DEPTH } from './attribute-paths.js';
import { sameBytes } from './raw-side.js';

/** Slots per table: a power of two. */
const SEEN_SLOTS = 1024;
const LEVELS = MAX_PATH_DEPTH + 2;
const seenHash = Array.from({ length: LEVELS }, () => new Int32Array(SEEN_SLOTS));
const seenStamp = Array.from({ length: LEVELS }, () => new Int32Array(SEEN_SLOTS));
const pairHash = Array.from({ length: 2 * LEVELS }, () => new Int32Array(SEEN_SLOTS));
const pairStamp = Array.from({ length: 2 * LEVELS }, () => new Int32Array(SEEN_SLOTS));
const pairIndex = Array.from({ length: 2 * LEVELS }, () => new Int32Array(SEEN_SLOTS));
let stamp = 0;

/** A stamp no table slot holds yet: the tables stamped with it start empty. */
export function nextStamp(): number {
  stamp = (stamp + 1) | 0;
  if (stamp === 0) {
    for (const table of seenStamp) table.fill(0);
    for (const table of pairStamp) table.fill(0);
    stamp = 1;
  }
  return stamp;
}

/**
 * The first key with hash `h` in the object stamped `mark`, `depth` steps down (a repeated hash:
 * maybe a repeated key, and a full table counts as one).
 */
export function firstSeen(h: number, mark: number, depth: number): boolean {
  const stamps = seenStamp[depth + 1]!;
  const hashes = seenHash[depth + 1]!;
  let slot = h & (SEEN_SLOTS - 1);
  for (let probes = 0; stamps[slot] === mark; probes++) {
    if (hashes[slot] === h || probes === SEEN_SLOTS) return false;
    slot = (slot + 1) & (SEEN_SLOTS - 1);
  }
  stamps[slot] = mark;
  hashes[slot] = h;
  return true;
}

/** A key with hash `h` was noted (firstSeen) in the object stamped `mark`, `depth` steps down. */
export function seenAt(h: number, mark: number, depth: number): boolean {
  const stamps = seenStamp[depth + 1]!;
  const hashes = seenHash[depth + 1]!;
  let slot = h & (SEEN_SLOTS - 1);
  for (let probes = 0; stamps[slot] === mark && probes < SEEN_SLOTS; probes++) {
    if (hashes[slot] === h) return true;
    slot = (slot + 1) & (SEEN_SLOTS - 1);
  }
  return false;
}

/** Members by the hash of their key, for one side of one object (Comparison.byHash). */
export class HashSlots {
  private readonly hashes: Int32Array;
  private readonly stamps: Int32Array;
  private readonly index: Int32Array;

  constructor(
    depth: number,
    side: number,
    private readonly mark: number,
  ) {
    const t = 2 * (depth + 1) + side;
    this.hashes = pairHash[t]!;
    this.stamps = pairStamp[t]!;
    this.index = pairIndex[t]!;
  }

  /** Member `k` of `at`: false when another key has its hash (or the table is full). */
  put(at: number[], bytes: Uint8Array, k: number): boolean {
    const h = at[k + 4]!;
    let slot = h & (SEEN_SLOTS - 1);
    for (let probes = 0; this.stamps[slot] === this.mark; probes++) {
      if (probes === SEEN_SLOTS) return false;
      if (this.hashes[slot] === h) {
        const first = this.index[slot]!;
        if (!sameBytes(bytes, at[first]!, at[first + 1]!, bytes, at[k]!, at[k + 1]!)) return false;
        this.index[slot] = k;
        return true;
      }
      slot = (slot + 1) & (SEEN_SLOTS - 1);
    }
    this.stamps[slot] = this.mark;
    this.hashes[slot] = h;
    this.index[slot] = k;
    return true;
  }

  /** The member whose key has hash `h`, or -1. */
  get(h: number): number {
    let slot = h & (SEEN_SLOTS - 1);
    for (let probes = 0; this.stamps[slot] === this.mark && probes < SEEN_SLOTS; probes++) {
      if (this.hashes[slot] === h) return this.index[slot]!;
      slot = (slot + 1) & (SEEN_SLOTS - 1);
    }
    return -1;
  }
}
