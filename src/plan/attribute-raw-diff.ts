/**
 * Attribute roles from the raw JSON text of `change.before`, `change.after` and
 * `change.after_unknown` (what the reader does without --show-values). The scanner skips those
 * objects with its fast loops and hands their bytes over whole (D_KEEP); here they are compared
 * member by member, and only where two members' bytes differ does the comparison go a step
 * deeper. Nothing is built for an attribute that did not change: no path, no hash, no key string
 * below the top level.
 *
 * The paths found are the ones AttributeDiff's maps would list as changed before its
 * known-after-apply filter (same depth, MAX_PATH_DEPTH; the same shape rules: a member on one side
 * only, a container that became a leaf or another kind of container, a leaf or a container past
 * the depth whose text differs). Texts are compared as written, whitespace outside strings left
 * out (only looked at when some was written: `terraform show -json` writes none). A key written
 * twice in one object counts once, by its last value, as JSON.parse reads it.
 *
 * The bytes were checked by the scanner (grammar, escapes, control characters) before they got
 * here; keys are decoded by the walker's StringReader, so an undecodable key is reported with its
 * offset as before.
 */
import { indexPath, keyPath, MAX_PATH_DEPTH } from './attribute-paths.js';
import type { StringReader } from '../scan/string-reader.js';

/** A value's bytes and where its first byte was in the input (for messages). */
export interface RawValue {
  readonly bytes: Uint8Array;
  readonly offset: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const TRUE_START = 0x74;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** An object's members (Side.members). */
interface Members {
  /** Per member: key start, key end, value start, value end, key hash. */
  readonly at: number[];
  /** Some key holds an escape. */
  escaped: boolean;
}

/** One side's bytes, with what is needed to read keys. */
class Side {
  /** Some whitespace was seen outside strings (a plan written indented). */
  loose = false;

  constructor(
    readonly b: Uint8Array,
    readonly offset: number,
    readonly strings: StringReader,
  ) {}

  space(i: number): number {
    const b = this.b;
    while (i < b.length && isSpace(b[i]!)) {
      this.loose = true;
      i++;
    }
    return i;
  }

  /** Past the string whose opening quote is at i. */
  stringEnd(i: number): number {
    const b = this.b;
    const n = b.length;
    i++;
    while (i < n) {
      const c = b[i++]!;
      if (c === QUOTE) return i;
      if (c === BACKSLASH) i++;
    }
    return n;
  }

  /** Past the value that starts at i. */
  valueEnd(i: number): number {
    const b = this.b;
    const n = b.length;
    const c = b[i];
    if (c === QUOTE) return this.stringEnd(i);
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      let depth = 0;
      while (i < n) {
        const d = b[i]!;
        if (d === QUOTE) {
          i = this.stringEnd(i);
          continue;
        }
        if (d === OPEN_OBJECT || d === OPEN_ARRAY) depth++;
        else if (d === CLOSE_OBJECT || d === CLOSE_ARRAY) {
          if (--depth === 0) return i + 1;
        } else if (isSpace(d)) this.loose = true;
        i++;
      }
      return n;
    }
    while (i < n) {
      const d = b[i]!;
      if (d === COMMA || d === CLOSE_OBJECT || d === CLOSE_ARRAY || isSpace(d)) return i;
      i++;
    }
    return n;
  }

  /**
   * The members of the object at `start`, five numbers each: the key's first and end byte (inside
   * the quotes), the value's first and end byte, a hash of the key's bytes. `escaped` is set when
   * some key holds an escape (its bytes then do not tell it apart from another key).
   */
  members(start: number): Members {
    const b = this.b;
    const out: Members = { at: [], escaped: false };
    const at = out.at;
    let i = this.space(start + 1);
    if (b[i] === CLOSE_OBJECT) return out;
    const n = b.length;
    while (i < n) {
      // The key: short, hashed as it is passed.
      const keyFrom = i + 1;
      let h = 0x811c9dc5 | 0; // int32, as the tables hold it (an empty key keeps it)
      let k = keyFrom;
      for (; k < n; k++) {
        const c = b[k]!;
        if (c === QUOTE) break;
        if (c === BACKSLASH) {
          out.escaped = true;
          k = this.stringEnd(i) - 1;
          break;
        }
        h = Math.imul(h ^ c, 0x01000193);
      }
      i = this.space(k + 1) + 1; // the ':'
      const from = this.space(i);
      const to = this.valueEnd(from);
      at.push(keyFrom, k, from, to, h);
      i = this.space(to);
      if (b[i] !== COMMA) break;
      i = this.space(i + 1);
    }
    return out;
  }

  /** The members by key (the last of a key written twice), as indexes into `m.at`. */
  byKey(m: Members): Map<string, number> {
    const keys = new Map<string, number>();
    for (let k = 0; k < m.at.length; k += 5) keys.set(this.key(m.at[k]!, m.at[k + 1]!), k);
    return keys;
  }

  /** The elements of the array at `start`: start and end of each. */
  elements(start: number): number[] {
    const b = this.b;
    const ranges: number[] = [];
    let i = this.space(start + 1);
    if (b[i] === CLOSE_ARRAY) return ranges;
    while (i < b.length) {
      const to = this.valueEnd(i);
      ranges.push(i, to);
      i = this.space(to);
      if (b[i] !== COMMA) break;
      i = this.space(i + 1);
    }
    return ranges;
  }

  key(from: number, to: number): string {
    const b = this.b;
    let escaped = false;
    for (let k = from; k < to; k++) {
      if (b[k] === BACKSLASH) {
        escaped = true;
        break;
      }
    }
    return escaped
      ? this.strings.text(b, from, to, true, this.offset + from - 1)
      : this.strings.attributeName(b, from, to, this.offset + from - 1);
  }

  /** The value's text without whitespace outside strings (only for a side written loosely). */
  compact(from: number, to: number): string {
    const b = this.b;
    let out = '';
    let inString = false;
    let escape = false;
    for (let i = from; i < to; i++) {
      const c = b[i]!;
      if (inString) {
        if (escape) escape = false;
        else if (c === BACKSLASH) escape = true;
        else if (c === QUOTE) inString = false;
      } else if (isSpace(c)) continue;
      else if (c === QUOTE) inString = true;
      out += String.fromCharCode(c);
    }
    return out;
  }

  /** A `true` occurs in the value (outside strings). */
  holdsTrue(from: number, to: number): boolean {
    const b = this.b;
    for (let i = from; i < to; i++) {
      const c = b[i]!;
      if (c === QUOTE) i = this.stringEnd(i) - 1;
      else if (c === TRUE_START) return true;
    }
    return false;
  }
}

/**
 * Tables that tell a key written twice by its hash, one per depth (a comparison one step down runs
 * while the one above is still open), each reset by a new stamp. Slots: a power of two.
 */
const SEEN_SLOTS = 1024;
const seenHash = Array.from({ length: MAX_PATH_DEPTH + 2 }, () => new Int32Array(SEEN_SLOTS));
const seenStamp = Array.from({ length: MAX_PATH_DEPTH + 2 }, () => new Int32Array(SEEN_SLOTS));
let stamp = 0;

function nextStamp(): number {
  stamp = (stamp + 1) | 0;
  if (stamp === 0) {
    for (const table of seenStamp) table.fill(0);
    stamp = 1;
  }
  return stamp;
}

/**
 * The first key with hash `h` in the object stamped `mark`, `depth` steps down (a repeated hash:
 * maybe a repeated key, and a full table counts as one).
 */
function firstSeen(h: number, mark: number, depth: number): boolean {
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

const pairHash = Array.from({ length: 2 * (MAX_PATH_DEPTH + 2) }, () => new Int32Array(SEEN_SLOTS));
const pairStamp = Array.from({ length: 2 * (MAX_PATH_DEPTH + 2) }, () => new Int32Array(SEEN_SLOTS));
const pairIndex = Array.from({ length: 2 * (MAX_PATH_DEPTH + 2) }, () => new Int32Array(SEEN_SLOTS));

/** Members by the hash of their key, for one side of one object (Comparison.byHash). */
class HashSlots {
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

/** A value that ended just before `i` ends there (a number or literal could go on). */
function endsValue(b: Uint8Array, i: number): boolean {
  const c = b[i];
  return c === undefined || c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isSpace(c);
}

function sameBytes(
  x: Uint8Array,
  xFrom: number,
  xTo: number,
  y: Uint8Array,
  yFrom: number,
  yTo: number,
): boolean {
  const length = xTo - xFrom;
  if (length !== yTo - yFrom) return false;
  if (length > 64) return Buffer.compare(x.subarray(xFrom, xTo), y.subarray(yFrom, yTo)) === 0;
  for (let k = 0; k < length; k++) if (x[xFrom + k] !== y[yFrom + k]) return false;
  return true;
}

/** Compares two sides' values, collecting the paths that differ. */
class Comparison {
  readonly out: string[] = [];

  constructor(
    readonly before: Side,
    readonly after: Side,
  ) {}

  /** The values at [bFrom, bTo) and [aFrom, aTo), members of a container `depth` steps down. */
  value(path: string, bFrom: number, bTo: number, aFrom: number, aTo: number, depth: number): void {
    const b = this.before;
    const a = this.after;
    if (sameBytes(b.b, bFrom, bTo, a.b, aFrom, aTo)) return;
    const cb = b.b[bFrom];
    const ca = a.b[aFrom];
    if (depth < MAX_PATH_DEPTH && cb === ca && (cb === OPEN_OBJECT || cb === OPEN_ARRAY)) {
      if (cb === OPEN_OBJECT) this.objects(path, bFrom, aFrom, depth + 1);
      else this.arrays(path, bFrom, aFrom, depth + 1);
      return;
    }
    if ((b.loose || a.loose) && b.compact(bFrom, bTo) === a.compact(aFrom, aTo)) return;
    this.out.push(path);
  }

  objects(prefix: string, bStart: number, aStart: number, depth: number): void {
    const mark = this.out.length;
    if (this.lockstep(prefix, bStart, aStart, depth)) return;
    // Keys differ in order or set, one holds an escape, or one is written twice: member by key.
    this.out.length = mark;
    const b = this.before;
    const a = this.after;
    const bm = b.members(bStart);
    const am = a.members(aStart);
    const outMark = this.out.length;
    if (this.byHash(prefix, bm, am, depth)) return;
    this.out.length = outMark;
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
   * Members paired by the hash of their key's bytes (keys in another order or set: a tag added),
   * without a string for a key whose values are the same. False where bytes cannot tell keys
   * apart (an escape) or two keys share a hash: the caller then pairs them by decoded key.
   */
  byHash(prefix: string, bm: Members, am: Members, depth: number): boolean {
    if (bm.escaped || am.escaped) return false;
    const b = this.before;
    const a = this.after;
    const x = bm.at;
    const y = am.at;
    const bt = new HashSlots(depth, 0, nextStamp());
    const at = new HashSlots(depth, 1, nextStamp());
    // Each table ends with the last member of each key (JSON.parse keeps the last).
    for (let k = 0; k < x.length; k += 5) if (!bt.put(x, b.b, k)) return false;
    for (let k = 0; k < y.length; k += 5) if (!at.put(y, a.b, k)) return false;
    for (let k = 0; k < x.length; k += 5) {
      if (bt.get(x[k + 4]!) !== k) continue;
      const j = at.get(x[k + 4]!);
      if (j >= 0 && !sameBytes(b.b, x[k]!, x[k + 1]!, a.b, y[j]!, y[j + 1]!)) return false;
      if (j >= 0 && sameBytes(b.b, x[k + 2]!, x[k + 3]!, a.b, y[j + 2]!, y[j + 3]!)) continue;
      const path = keyPath(prefix, b.key(x[k]!, x[k + 1]!));
      if (j < 0) this.out.push(path);
      else this.value(path, x[k + 2]!, x[k + 3]!, y[j + 2]!, y[j + 3]!, depth);
    }
    for (let j = 0; j < y.length; j += 5)
      if (at.get(y[j + 4]!) === j && bt.get(y[j + 4]!) < 0)
        this.out.push(keyPath(prefix, a.key(y[j]!, y[j + 1]!)));
    return true;
  }

  /**
   * The usual case, in one pass: the same keys in the same order, none twice, none escaped. Only
   * `before` is read byte by byte (to find where each value ends); `after`'s value is compared
   * with it as bytes, and read only where it differs. False when the objects are not of that
   * kind (the caller then pairs members by key).
   */
  lockstep(prefix: string, bStart: number, aStart: number, depth: number): boolean {
    const bs = this.before;
    const as = this.after;
    const b = bs.b;
    const a = as.b;
    let i = bs.space(bStart + 1);
    let j = as.space(aStart + 1);
    if (b[i] === CLOSE_OBJECT || a[j] === CLOSE_OBJECT) return b[i] === a[j];
    const mark = nextStamp();
    const n = b.length;
    for (;;) {
      // The keys: the same bytes, no escape, not seen before in this object.
      const keyFrom = i + 1;
      let h = 0x811c9dc5 | 0; // int32, as the tables hold it (an empty key keeps it)
      let k = keyFrom;
      for (; k < n; k++) {
        const c = b[k]!;
        if (c === QUOTE || c === BACKSLASH) break;
        if (c !== a[j + 1 + k - keyFrom]) return false;
        h = Math.imul(h ^ c, 0x01000193);
      }
      if (b[k] !== QUOTE || a[j + 1 + k - keyFrom] !== QUOTE || !firstSeen(h, mark, depth)) return false;
      const keyTo = k;
      i = bs.space(bs.space(keyTo + 1) + 1);
      j = as.space(as.space(j + 1 + keyTo - keyFrom + 1) + 1);
      // The values: before's end found, after's bytes compared with it.
      const bTo = bs.valueEnd(i);
      const length = bTo - i;
      let aTo = j + length;
      if (!sameBytes(b, i, bTo, a, j, aTo) || !endsValue(a, aTo)) {
        aTo = as.valueEnd(j);
        this.value(keyPath(prefix, bs.key(keyFrom, keyTo)), i, bTo, j, aTo, depth);
      }
      i = bs.space(bTo);
      j = as.space(aTo);
      const more = b[i] === COMMA;
      if (more !== (a[j] === COMMA)) return false;
      if (!more) return true;
      i = bs.space(i + 1);
      j = as.space(j + 1);
    }
  }

  arrays(prefix: string, bStart: number, aStart: number, depth: number): void {
    const be = this.before.elements(bStart);
    const ae = this.after.elements(aStart);
    const common = Math.min(be.length, ae.length);
    for (let k = 0; k < common; k += 2)
      this.value(indexPath(prefix, k >> 1), be[k]!, be[k + 1]!, ae[k]!, ae[k + 1]!, depth);
    const longer = be.length > ae.length ? be : ae;
    for (let k = common; k < longer.length; k += 2) this.out.push(indexPath(prefix, k >> 1));
  }
}

/** The end of a side's value: the scanner's capture may end in whitespace. */
function trimmedEnd(side: Side): number {
  let end = side.b.length;
  while (end > 0 && isSpace(side.b[end - 1]!)) end--;
  return end;
}

/** Every member of a side whose other side is missing (or not an object) is changed. */
function allMembers(side: Side): string[] {
  if (side.b[0] !== OPEN_OBJECT) return [];
  return [...side.byKey(side.members(0)).keys()].map((key) => keyPath('', key));
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
  if (before === undefined) return allMembers(new Side(after!.bytes, after!.offset, strings));
  const b = new Side(before.bytes, before.offset, strings);
  if (after === undefined) return allMembers(b);
  const a = new Side(after.bytes, after.offset, strings);
  const comparison = new Comparison(b, a);
  comparison.value('', 0, trimmedEnd(b), 0, trimmedEnd(a), -1);
  return comparison.out;
}

/** Some member's value is `true` or a container (else none is known after apply). */
function mayHoldTrue(b: Uint8Array, m: Members): boolean {
  for (let k = 2; k < m.at.length; k += 5) {
    const c = b[m.at[k]!];
    if (c === TRUE_START || c === OPEN_OBJECT || c === OPEN_ARRAY) return true;
  }
  return false;
}

/**
 * The paths of `after_unknown` that hold `true` (known after apply): leaves that are `true`, and
 * containers past MAX_PATH_DEPTH with a `true` anywhere in them.
 */
export function unknownPaths(unknown: RawValue, strings: StringReader): string[] {
  const side = new Side(unknown.bytes, unknown.offset, strings);
  const out: string[] = [];
  const walk = (path: string, from: number, to: number, depth: number): void => {
    const c = side.b[from];
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth >= MAX_PATH_DEPTH) {
        if (side.holdsTrue(from, to)) out.push(path);
      } else if (c === OPEN_OBJECT) {
        const m = side.members(from);
        if (mayHoldTrue(side.b, m))
          for (const [key, k] of side.byKey(m))
            walk(keyPath(path, key), m.at[k + 2]!, m.at[k + 3]!, depth + 1);
      } else {
        const e = side.elements(from);
        for (let k = 0; k < e.length; k += 2) walk(indexPath(path, k >> 1), e[k]!, e[k + 1]!, depth + 1);
      }
    } else if (c === TRUE_START) out.push(path);
  };
  if (side.b[0] === OPEN_OBJECT) {
    const m = side.members(0);
    if (!mayHoldTrue(side.b, m)) return out;
    for (const [key, k] of side.byKey(m)) walk(keyPath('', key), m.at[k + 2]!, m.at[k + 3]!, 0);
  }
  return out;
}
