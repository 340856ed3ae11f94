/**
 * Attribute roles from the raw JSON text of `change.before` and `change.after` (what the reader
 * does without --show-values). The scanner skips those objects with its fast loops and hands their
 * bytes over whole (D_KEEP), with where their top-level members end when its WebAssembly loop
 * noted it; here they are compared member by member, and only where two members' bytes differ
 * does the comparison go a step deeper. Nothing is built for an attribute that did not change: no
 * path, no hash, no key string; with the ends noted, an equal attribute costs one comparison of
 * its bytes and no value is read at all.
 *
 * The paths found are the ones AttributeDiff's maps would list as changed before its
 * known-after-apply filter (same depth, MAX_PATH_DEPTH; the same shape rules: a member on one side
 * only, a container that became a leaf or another kind of container, a leaf or a container past
 * the depth whose text differs). Texts are compared as written, whitespace outside strings left
 * out (`terraform show -json` writes none). A key written twice in one object counts once, by its
 * last value, as JSON.parse reads it. Reading the bytes: raw-side.ts; `after_unknown`:
 * raw-unknown-paths.ts.
 */
import { keyPath, MAX_PATH_DEPTH } from './attribute-paths.js';
import { pathCacheOf, type ChildPaths, type PathCache } from './path-cache.js';
import { wasmChangedPaths } from './raw-diff-wasm.js';
import { HashSlots, nextStamp } from './raw-key-slots.js';
import { keyPair, lastKey, restApart, scanPairs } from './raw-pairs.js';
import {
  OPEN_ARRAY,
  OPEN_OBJECT,
  sameBytes,
  sameCompact,
  Side,
  type Members,
  type RawValue,
} from './raw-side.js';
import type { StringReader } from '../scan/string-reader.js';

export type { RawValue } from './raw-side.js';
export { unknownPaths } from './raw-unknown-paths.js';

/** Compares two sides' values, collecting the paths that differ. */
class Comparison {
  readonly out: string[] = [];
  /** inStep's differing members, per depth: key start, end and hash, before's value, after's value. */
  private readonly differ: number[][] = [];

  constructor(
    readonly before: Side,
    readonly after: Side,
    private readonly paths: PathCache,
  ) {}

  /** The path of the member of `kids` whose plain key is [from, to) of `side` (hash `h`). */
  private path(kids: ChildPaths, side: Side, from: number, to: number, h: number): string {
    return kids.find(side.b, from, to, h) ?? kids.add(side.key(from, to), h);
  }

  /** The values at [bFrom, bTo) and [aFrom, aTo), members of a container `depth` steps down. */
  value(path: string, bFrom: number, bTo: number, aFrom: number, aTo: number, depth: number): void {
    const b = this.before.b;
    const a = this.after.b;
    if (sameBytes(b, bFrom, bTo, a, aFrom, aTo)) return;
    const cb = b[bFrom];
    const ca = a[aFrom];
    if (depth < MAX_PATH_DEPTH && cb === ca && (cb === OPEN_OBJECT || cb === OPEN_ARRAY)) {
      if (cb === OPEN_OBJECT) this.objects(path, bFrom, aFrom, depth + 1);
      else this.arrays(path, bFrom, aFrom, depth + 1);
      return;
    }
    if (!sameCompact(b, bFrom, bTo, a, aFrom, aTo)) this.out.push(path);
  }

  objects(prefix: string, bStart: number, aStart: number, depth: number): void {
    const mark = this.out.length;
    const b = this.before;
    const a = this.after;
    // With the member ends the scanner noted: no value is read (inStep). Without them, both sides
    // are read once, in step while their keys agree.
    const be = b.endsOf(bStart, depth);
    const ae = be === null ? null : a.endsOf(aStart, depth);
    if (be !== null && ae !== null) {
      if (this.inStep(prefix, bStart, aStart, depth, be, ae)) return;
      this.out.length = mark;
    }
    const bNoted = ae === null ? null : b.membersWith(bStart, be);
    const aNoted = bNoted === null ? null : a.membersWith(aStart, ae);
    const pairs =
      bNoted !== null && aNoted !== null
        ? { bm: bNoted, am: aNoted, ordered: false, paired: 0, differ: [], stamp: 0 }
        : scanPairs(b, a, bStart, aStart, depth);
    const { bm, am } = pairs;
    const x = bm.at;
    const y = am.at;
    // The members paired in step (all of them when `ordered`, the usual case) whose values differ;
    // the rest, if any, are paired by key hash unless a key of theirs repeats a paired one.
    const inStep =
      pairs.ordered ||
      (pairs.paired > 0 && !bm.escaped && !am.escaped && restApart(x, y, pairs.paired, pairs.stamp, depth));
    if (inStep) {
      const kids = this.paths.children(prefix);
      for (const k of pairs.differ)
        this.value(
          this.path(kids, b, x[k]!, x[k + 1]!, x[k + 4]!),
          x[k + 2]!,
          x[k + 3]!,
          y[k + 2]!,
          y[k + 3]!,
          depth,
        );
      if (pairs.ordered || this.byHash(prefix, bm, am, depth, pairs.paired)) return;
      this.out.length = mark;
    }
    // Keys differ in order or set, one holds an escape, or one is written twice: member by key.
    if (this.byHash(prefix, bm, am, depth)) return;
    this.out.length = mark;
    const bk = b.byKey(bm);
    const ak = a.byKey(am);
    for (const [key, k] of bk) {
      const path = keyPath(prefix, key);
      const j = ak.get(key);
      if (j === undefined) this.out.push(path);
      else this.value(path, bm.at[k + 2]!, bm.at[k + 3]!, am.at[j + 2]!, am.at[j + 3]!, depth);
    }
    for (const key of ak.keys()) if (!bk.has(key)) this.out.push(keyPath(prefix, key));
  }

  /**
   * Two objects, from the member ends the scanner noted (`be`, `ae`): members are paired in step
   * while their keys agree (the same bytes, no escape, none twice), each pair of values compared
   * as bytes; the rest, where a member was added or removed, are paired by key hash unless a key of
   * theirs repeats one paired in step. Paths are made only for values that differ. False when the
   * objects are not of that kind (the caller then pairs every member again, by key).
   */
  inStep(prefix: string, bStart: number, aStart: number, depth: number, be: number[], ae: number[]): boolean {
    const bs = this.before;
    const as = this.after;
    const b = bs.b;
    const a = as.b;
    let i = bs.space(bStart + 1);
    let j = as.space(aStart + 1);
    // `{}`: its '}' is its one end, and it has no member.
    const bCount = i === be[0] ? 0 : be.length;
    const aCount = j === ae[0] ? 0 : ae.length;
    const mark = nextStamp();
    // One list per depth: value() below may compare objects a step down before this one is done.
    const differ = (this.differ[depth] ??= []);
    differ.length = 0;
    const n = Math.min(bCount, aCount);
    let e = 0;
    for (; e < n; e++) {
      const keyFrom = i + 1;
      const k = keyPair(b, a, i, j, mark, depth);
      if (k < 0) break;
      const aKeyTo = k + j - i;
      i = bs.space(bs.space(k + 1) + 1);
      j = as.space(as.space(aKeyTo + 1) + 1);
      const bTo = bs.spaceBack(be[e]!, i);
      const aTo = as.spaceBack(ae[e]!, j);
      if (!sameBytes(b, i, bTo, a, j, aTo)) differ.push(keyFrom, k, lastKey.hash, i, bTo, j, aTo);
      i = bs.space(be[e]! + 1);
      j = as.space(ae[e]! + 1);
    }
    let bRest: Members | null = null;
    let aRest: Members | null = null;
    if (e < bCount || e < aCount) {
      bRest = bs.notedMembers(i, be, e, bCount);
      aRest = as.notedMembers(j, ae, e, aCount);
      if (bRest.escaped || aRest.escaped || !restApart(bRest.at, aRest.at, 0, mark, depth)) return false;
    }
    // Only now that the members are paired are paths made.
    const found = differ;
    const kids = found.length > 0 ? this.paths.children(prefix) : null;
    for (let d = 0; d < found.length; d += 7)
      this.value(
        this.path(kids!, bs, found[d]!, found[d + 1]!, found[d + 2]!),
        found[d + 3]!,
        found[d + 4]!,
        found[d + 5]!,
        found[d + 6]!,
        depth,
      );
    return bRest === null || this.byHash(prefix, bRest, aRest!, depth);
  }
  /**
   * Members paired by the hash of their key's bytes (keys in another order or set: a tag added),
   * without a string for a key whose values are the same. False where bytes cannot tell keys
   * apart (an escape) or two keys share a hash: the caller then pairs them by decoded key.
   */
  byHash(prefix: string, bm: Members, am: Members, depth: number, from = 0): boolean {
    if (bm.escaped || am.escaped) return false;
    const b = this.before;
    const a = this.after;
    const x = bm.at;
    const y = am.at;
    const bt = new HashSlots(depth, 0, nextStamp());
    const at = new HashSlots(depth, 1, nextStamp());
    // Each table ends with the last member of each key (JSON.parse keeps the last).
    for (let k = from; k < x.length; k += 5) if (!bt.put(x, b.b, k)) return false;
    for (let k = from; k < y.length; k += 5) if (!at.put(y, a.b, k)) return false;
    const kids = this.paths.children(prefix);
    for (let k = from; k < x.length; k += 5) {
      if (bt.get(x[k + 4]!) !== k) continue;
      const j = at.get(x[k + 4]!);
      if (j >= 0 && !sameBytes(b.b, x[k]!, x[k + 1]!, a.b, y[j]!, y[j + 1]!)) return false;
      if (j >= 0 && sameBytes(b.b, x[k + 2]!, x[k + 3]!, a.b, y[j + 2]!, y[j + 3]!)) continue;
      const path = this.path(kids, b, x[k]!, x[k + 1]!, x[k + 4]!);
      if (j < 0) this.out.push(path);
      else this.value(path, x[k + 2]!, x[k + 3]!, y[j + 2]!, y[j + 3]!, depth);
    }
    for (let j = from; j < y.length; j += 5)
      if (at.get(y[j + 4]!) === j && bt.get(y[j + 4]!) < 0)
        this.out.push(this.path(kids, a, y[j]!, y[j + 1]!, y[j + 4]!));
    return true;
  }

  arrays(prefix: string, bStart: number, aStart: number, depth: number): void {
    const be = this.before.elements(bStart, depth);
    const ae = this.after.elements(aStart, depth);
    const common = Math.min(be.length, ae.length);
    const kids = this.paths.children(prefix);
    for (let k = 0; k < common; k += 2) {
      if (sameBytes(this.before.b, be[k]!, be[k + 1]!, this.after.b, ae[k]!, ae[k + 1]!)) continue;
      this.value(kids.index(k >> 1), be[k]!, be[k + 1]!, ae[k]!, ae[k + 1]!, depth);
    }
    const longer = be.length > ae.length ? be : ae;
    for (let k = common; k < longer.length; k += 2) this.out.push(kids.index(k >> 1));
  }
}

/** Every member of a side whose other side is missing (or not an object) is changed. */
function allMembers(side: Side): string[] {
  if (side.b[0] !== OPEN_OBJECT) return [];
  return [...side.byKey(side.membersAt(0, 0)).keys()].map((key) => keyPath('', key));
}

/**
 * The paths where `before` and `after` differ (either may be absent: an empty object). Each is an
 * object's raw text as the scanner handed it (first byte `{`).
 */
export function changedPaths(
  before: RawValue | undefined,
  after: RawValue | undefined,
  strings: StringReader,
): string[] {
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return allMembers(new Side(after!, strings));
  const b = new Side(before, strings);
  if (after === undefined) return allMembers(b);
  const a = new Side(after, strings);
  const paths = pathCacheOf(strings);
  const bEnd = b.trimmedEnd();
  const aEnd = a.trimmedEnd();
  // The usual case in WebAssembly (raw-diff-wasm.ts); what it leaves, here.
  const fast =
    b.b[0] === OPEN_OBJECT && a.b[0] === OPEN_OBJECT ? wasmChangedPaths(b, bEnd, a, aEnd, paths) : null;
  if (fast !== null) return fast;
  const comparison = new Comparison(b, a, paths);
  comparison.value('', 0, bEnd, 0, aEnd, -1);
  return comparison.out;
}
