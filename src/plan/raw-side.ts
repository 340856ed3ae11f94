/**
 * One kept value's raw JSON text (`change.before`, `after` or `after_unknown`, handed over by the
 * scanner as bytes: D_KEEP) read as far as attribute roles need: where members and elements
 * begin and end, their keys, and whether two values' texts are the same. Nothing here builds a
 * string but a key that is asked for (attribute-raw-diff.ts asks only for keys whose values
 * differ).
 *
 * The bytes were checked by the scanner (grammar, escapes, control characters) before they got
 * here; keys are decoded by the walker's StringReader, so an undecodable key is reported with its
 * offset as before.
 */
import type { StringReader } from '../scan/string-reader.js';
import {
  BACKSLASH,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COMMA,
  isSpace,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
  TRUE_START,
} from './raw-bytes.js';
import { END_AT, KEY_HASH_START, LEVEL_SHIFT, type Members, type RawValue } from './raw-value.js';

export { END_AT, KEY_HASH_START, LEVEL_SHIFT, type Members, type RawValue } from './raw-value.js';
export {
  BACKSLASH,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COMMA,
  endsValue,
  isSpace,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
  sameBytes,
  sameCompact,
  TRUE_START,
} from './raw-bytes.js';

/** One side's bytes, with what is needed to read keys. */
export class Side {
  readonly b: Uint8Array;
  readonly offset: number;
  /** Where members end, when the scanner noted it (RawValue.ends). */
  readonly ends: ArrayLike<number> | null;

  constructor(
    raw: RawValue,
    readonly strings: StringReader,
  ) {
    this.b = raw.bytes;
    this.offset = raw.offset;
    this.ends = raw.ends ?? null;
  }

  space(i: number): number {
    const b = this.b;
    while (i < b.length && isSpace(b[i]!)) i++;
    return i;
  }

  /** Back from `i` past whitespace, not before `from`. */
  spaceBack(i: number, from: number): number {
    const b = this.b;
    while (i > from && isSpace(b[i - 1]!)) i--;
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
        else if ((d === CLOSE_OBJECT || d === CLOSE_ARRAY) && --depth === 0) return i + 1;
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

  /** The hash of the key memberKey read last. */
  private keyHash = 0;

  /**
   * The key whose opening quote is at `i`: pushes its first and end byte (inside the quotes) to
   * `m.at`, keeps the hash of its bytes in keyHash, sets `m.escaped` when it holds an escape (its
   * bytes then do not tell it apart from another key), and returns where its value starts.
   */
  private memberKey(i: number, m: Members): number {
    const b = this.b;
    const n = b.length;
    const keyFrom = i + 1;
    let h = KEY_HASH_START;
    let k = keyFrom;
    for (; k < n; k++) {
      const c = b[k]!;
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        m.escaped = true;
        k = this.stringEnd(i) - 1;
        break;
      }
      h = Math.imul(h ^ c, 0x01000193);
    }
    m.at.push(keyFrom, k);
    this.keyHash = h;
    return this.space(this.space(k + 1) + 1); // past the ':'
  }

  /**
   * The members of the object at `start`, five numbers each: the key's first and end byte (inside
   * the quotes), the value's first and end byte, a hash of the key's bytes.
   */
  members(start: number): Members {
    const out: Members = { at: [], escaped: false };
    const i = this.space(start + 1);
    if (this.b[i] !== CLOSE_OBJECT) this.membersFrom(i, out);
    return out;
  }

  /** Adds to `out` the members from the key whose opening quote is at `i` to the object's end. */
  membersFrom(i: number, out: Members): void {
    const b = this.b;
    const at = out.at;
    const n = b.length;
    while (i < n) {
      const from = this.memberKey(i, out);
      const to = this.valueEnd(from);
      at.push(from, to, this.keyHash);
      i = this.space(to);
      if (b[i] !== COMMA) break;
      i = this.space(i + 1);
    }
  }

  /**
   * Where the members (or elements) of the container whose opening bracket is at `start`, `level`
   * containers below the top, end: each ',' between them and its closing bracket, as indexes. Null
   * when the scanner noted none.
   */
  endsOf(start: number, level: number): number[] | null {
    const ends = this.ends;
    if (ends === null || ends.length === 0) return null;
    // The first end noted after `start` (document order: sorted by index).
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid]! & END_AT) <= start) lo = mid + 1;
      else hi = mid;
    }
    const b = this.b;
    const out: number[] = [];
    for (let e = lo; e < ends.length; e++) {
      const end = ends[e]!;
      if (end >>> LEVEL_SHIFT !== level) continue;
      const at = end & END_AT;
      out.push(at);
      if (b[at] !== COMMA) return out;
    }
    // Not closed among the ends noted: not noted after all.
    return null;
  }

  /**
   * The members of the object at `start`, from the ends noted (only the keys are read, no value),
   * or null when none were noted.
   */
  membersWith(start: number, ends: ArrayLike<number> | null): Members | null {
    if (ends === null) return null;
    const i = this.space(start + 1);
    // `{}`: its '}' is the one end.
    return this.notedMembers(i, ends, 0, ends.length === 1 && i === ends[0] ? 0 : ends.length);
  }

  /**
   * Members `from` to `count` - 1 of an object whose member ends were noted (`ends`), the first
   * of them with its key's opening quote at `i`: only the keys are read.
   */
  notedMembers(i: number, ends: ArrayLike<number>, from: number, count: number): Members {
    const out: Members = { at: [], escaped: false };
    const at = out.at;
    for (let e = from; e < count; e++) {
      const end = ends[e]!;
      const value = this.memberKey(i, out);
      at.push(value, this.spaceBack(end, value), this.keyHash);
      i = this.space(end + 1);
    }
    return out;
  }

  /** The members of the object at `start`, `level` containers below the top. */
  membersAt(start: number, level: number): Members {
    return this.membersWith(start, this.endsOf(start, level)) ?? this.members(start);
  }

  /** The members by key (the last of a key written twice), as indexes into `m.at`. */
  byKey(m: Members): Map<string, number> {
    const keys = new Map<string, number>();
    for (let k = 0; k < m.at.length; k += 5) keys.set(this.key(m.at[k]!, m.at[k + 1]!), k);
    return keys;
  }

  /** The elements of the array at `start`, `level` containers below the top: start and end of each. */
  elements(start: number, level: number): number[] {
    const b = this.b;
    const ranges: number[] = [];
    let i = this.space(start + 1);
    if (b[i] === CLOSE_ARRAY) return ranges;
    const ends = this.endsOf(start, level);
    if (ends !== null) {
      for (let e = 0; e < ends.length; e++) {
        ranges.push(i, this.spaceBack(ends[e]!, i));
        i = this.space(ends[e]! + 1);
      }
      return ranges;
    }
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

  /** The end of the whole value: the scanner's capture may end in whitespace. */
  trimmedEnd(): number {
    let end = this.b.length;
    while (end > 0 && isSpace(this.b[end - 1]!)) end--;
    return end;
  }
}
