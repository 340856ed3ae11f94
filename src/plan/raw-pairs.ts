/**
 * Two objects' members read in step while their keys agree (attribute-raw-diff.ts): the usual
 * case, the same keys in the same order, is paired as it is read, and each pair's values compared
 * as bytes there and then. Where the keys stop agreeing (a tag added or removed), the rest of each
 * side is read for pairing by key hash; the members already paired stay paired unless a key of the
 * rest repeats one of theirs (then everything is paired again, as JSON.parse reads a key written
 * twice).
 */
import { firstSeen, nextStamp, seenAt } from './raw-key-slots.js';
import {
  BACKSLASH,
  CLOSE_OBJECT,
  COMMA,
  endsValue,
  KEY_HASH_START,
  QUOTE,
  sameBytes,
  type Members,
  type Side,
} from './raw-side.js';

/** The hash of the key keyPair read last. */
export const lastKey = { hash: 0 };

/**
 * The keys whose opening quotes are at `i` of `b` and `j` of `a`: the same bytes, no escape, not
 * seen before in the object stamped `mark`. Returns b's closing quote, or -1; the key's hash is
 * left in lastKey.
 */
export function keyPair(
  b: Uint8Array,
  a: Uint8Array,
  i: number,
  j: number,
  mark: number,
  depth: number,
): number {
  const n = b.length;
  const shift = j - i;
  let h = KEY_HASH_START;
  let k = i + 1;
  for (; k < n; k++) {
    const c = b[k]!;
    if (c === QUOTE || c === BACKSLASH || c !== a[k + shift]) break;
    h = Math.imul(h ^ c, 0x01000193);
  }
  lastKey.hash = h;
  return b[k] !== QUOTE || a[k + shift] !== QUOTE || !firstSeen(h, mark, depth) ? -1 : k;
}

/** Both objects' members (Side.members format), and how far they were paired in step. */
export interface Pairs {
  readonly bm: Members;
  readonly am: Members;
  /** The keys agreed to the end: every member is paired. */
  readonly ordered: boolean;
  /** The members paired in step (the first `paired` of each side), times 5 (an index into `at`). */
  readonly paired: number;
  /** Of those, the ones whose values differ (indexes into `at`). */
  readonly differ: number[];
  /** The stamp the paired keys were noted under (firstSeen). */
  readonly stamp: number;
}

/**
 * Both objects' members, read in one pass while their keys agree: only `before`'s values are read
 * byte by byte, and `after`'s value is compared with it as bytes, read only where it differs.
 */
export function scanPairs(bs: Side, as: Side, bStart: number, aStart: number, depth: number): Pairs {
  const b = bs.b;
  const a = as.b;
  const bm: Members = { at: [], escaped: false };
  const am: Members = { at: [], escaped: false };
  const differ: number[] = [];
  const x = bm.at;
  const y = am.at;
  let i = bs.space(bStart + 1);
  let j = as.space(aStart + 1);
  const stamp = nextStamp();
  if (b[i] === CLOSE_OBJECT || a[j] === CLOSE_OBJECT) {
    if (b[i] !== CLOSE_OBJECT) bs.membersFrom(i, bm);
    if (a[j] !== CLOSE_OBJECT) as.membersFrom(j, am);
    return { bm, am, ordered: b[i] === a[j], paired: 0, differ, stamp };
  }
  for (;;) {
    // The keys: the same bytes, no escape, not seen before in this object.
    const keyFrom = i + 1;
    const k = keyPair(b, a, i, j, stamp, depth);
    if (k < 0) break;
    const h = lastKey.hash;
    const aKeyFrom = j + 1;
    const aKeyTo = k + j - i;
    i = bs.space(bs.space(k + 1) + 1);
    j = as.space(as.space(aKeyTo + 1) + 1);
    // The values: before's end found, after's bytes compared with it.
    const bTo = bs.valueEnd(i);
    let aTo = j + bTo - i;
    if (!sameBytes(b, i, bTo, a, j, aTo) || !endsValue(a, aTo)) {
      aTo = as.valueEnd(j);
      differ.push(x.length);
    }
    x.push(keyFrom, k, i, bTo, h);
    y.push(aKeyFrom, aKeyTo, j, aTo, h);
    i = bs.space(bTo);
    j = as.space(aTo);
    const more = b[i] === COMMA;
    const aMore = a[j] === COMMA;
    if (!more || !aMore) {
      // One side has more members: read them for pairing by key.
      const paired = x.length;
      if (more) bs.membersFrom(bs.space(i + 1), bm);
      if (aMore) as.membersFrom(as.space(j + 1), am);
      return { bm, am, ordered: more === aMore, paired, differ, stamp };
    }
    i = bs.space(i + 1);
    j = as.space(j + 1);
  }
  // Keys that disagree at i and j: the rest of both sides, for pairing by key.
  const paired = x.length;
  bs.membersFrom(i, bm);
  as.membersFrom(j, am);
  return { bm, am, ordered: false, paired, differ, stamp };
}

/**
 * No key of the rest of either side (`x` and `y` from `from` on, Side.members format) has the hash
 * of a key paired in step (noted under `stamp`), nor one of before's rest twice: then the paired
 * members stay as they are and only the rest need pairing by key. False also on a mere hash
 * collision (the caller then pairs everything again).
 */
export function restApart(x: number[], y: number[], from: number, stamp: number, depth: number): boolean {
  // after's rest is looked up before before's rest is noted (they may share keys: that is pairing).
  for (let k = from + 4; k < y.length; k += 5) if (seenAt(y[k]!, stamp, depth)) return false;
  for (let k = from + 4; k < x.length; k += 5) if (!firstSeen(x[k]!, stamp, depth)) return false;
  return true;
}
