/**
 * A push-mode JSON scanner over UTF-8 bytes that can stop anywhere: feed() takes chunks split at
 * any byte (inside a string, an escape, a multi-byte character, a number, a literal) and keeps
 * its whole state in fields between calls.
 *
 * It has two modes. In event mode (the few containers a plan reader cares about) it tells a
 * ScanHandler about each value start, key, wanted string and container end. The handler answers
 * each value start with a Disposition; anything it does not want is run through skip mode, which
 * builds no strings and no objects: it only moves through the bytes, keeping a depth counter and a
 * one-byte-per-level type stack, checking the grammar with the DFA of scanner-tables.ts. No
 * recursion, so nesting depth costs one byte of stack per level, up to MAX_DEPTH.
 *
 * Skip mode has two implementations that accept exactly the same input: the JS loop here
 * (skipFast, skip-string.ts) and a WebAssembly SIMD one (skip-wasm.wat via skip-wasm.ts), used
 * where available; the latter also skips the members of an object whose keys the handler does
 * not want (ScanHandler.keyFilter) without waking the handler. Errors are always reported by the
 * JS code: the WebAssembly loop stops before anything wrong and the general path takes over.
 */
import type { InputError } from '../errors.js';
import { diagnoseStart, diagnoseTrailing } from './input-diagnosis.js';
import { copyBytes, showByte, type InputErrors } from './input-errors.js';
import {
  D_CAPTURE,
  D_DESCEND,
  D_HASH,
  D_KEEP,
  D_RAW,
  D_SCAN_TRUE,
  D_SKIP,
  KIND_ARRAY,
  KIND_FALSE,
  KIND_NULL,
  KIND_NUMBER,
  KIND_OBJECT,
  KIND_STRING,
  KIND_TRUE,
  type Disposition,
  type ScanHandler,
  type ValueKind,
  MAX_OUTPUT_VALUE_DEPTH,
} from './scan-handler.js';
import { skipString } from './skip-string.js';
import type { WasmSkipper } from './skip-wasm.js';
import {
  ACTION_BASE,
  A_CLOSE_ARRAY,
  A_CLOSE_OBJECT,
  A_COMMA,
  A_DONE_NEWLINE,
  A_KEY_QUOTE,
  A_TRAILING,
  A_VALUE_START,
  ESCAPE_BYTES,
  HEX_BYTES,
  STATE_AFTER_FIRST,
  STRING_BYTES,
  S_AFTER,
  S_ARR_FIRST,
  S_COLON,
  S_DONE,
  S_KEY,
  S_OBJ_FIRST,
  S_START,
  S_VALUE,
  TRANSITIONS,
  expectedIn,
} from './scanner-tables.js';

/** Deeper nesting is rejected; the stack costs one byte per level. */
export const MAX_DEPTH = 100_000;
/** Strings the reader keeps (keys, names, addresses) may not be longer than this. */
export const MAX_CAPTURED_STRING = 16 * 1024 * 1024;
/** Raw captures (output values) stop being kept past this many bytes of JSON text. */
export const RAW_LIMIT = 1024 * 1024;
/**
 * Bytes kept of a D_KEEP value (an update's `before` or `after`): larger ones come back as null
 * and that change's attribute roles are not read (attribute-raw-diff.ts).
 */
export const KEEP_LIMIT = 8 * 1024 * 1024;
/** D_KEEP values are copied into blocks of this size (a larger value gets a block of its own). */
const KEEP_BLOCK = 256 * 1024;
/**
 * Containers below a kept value whose member ends are noted: MAX_PATH_DEPTH of
 * plan/attribute-paths.ts, as skip-wasm.wat's $noted (a test checks both).
 */
export const KEEP_END_LEVELS = 4;

const CONTAINER_OBJECT = 1;
const CONTAINER_ARRAY = 2;
type ContainerType = typeof CONTAINER_OBJECT | typeof CONTAINER_ARRAY;

/** The kind of value each possible first byte starts (255: none). */
const KIND_OF_BYTE = (() => {
  const t = new Uint8Array(256).fill(255);
  t[0x7b] = KIND_OBJECT;
  t[0x5b] = KIND_ARRAY;
  t[0x22] = KIND_STRING;
  t[0x2d] = KIND_NUMBER;
  for (let b = 0x30; b <= 0x39; b++) t[b] = KIND_NUMBER;
  t[0x74] = KIND_TRUE;
  t[0x66] = KIND_FALSE;
  t[0x6e] = KIND_NULL;
  return t;
})();

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export class JsonScanner {
  private state = S_START;
  private depth = 0;
  /** types[d] is the container at depth d (1-based). */
  private types: Uint8Array = new Uint8Array(256);
  /** Offset in the input of byte 0 of the chunk being fed. */
  private base = 0;

  private skipping = false;
  /**
   * WebAssembly only: the address of the key set of the object whose members come next in event
   * mode (0: report every key), and each of the handler's key sets' addresses.
   */
  private keys = 0;
  private readonly keySetAddresses: number[] = [];
  /** While skipping, the depth of the container holding the skipped value. */
  private skipBase = 0;
  private scanTrue = false;
  private sawTrue = false;
  private rawOn = false;
  private rawParts: Uint8Array[] = [];
  private rawSize = 0;
  private rawOverflow = false;
  /** D_KEEP: a raw capture without the depth cap, skipped by the fast loops, up to KEEP_LIMIT. */
  private rawDeep = false;
  /**
   * D_KEEP, WebAssembly only: the depth of the kept object's members (0: none), and where the
   * members of its containers end, KEEP_END_LEVELS deep (every ',' between them and the closing
   * bracket, from the value's first byte, with the container's level above bit 24: RawValue.ends
   * in raw-side.ts), for the handler.
   */
  private keepDepth = 0;
  private keepEnds: number[] | null = null;
  /**
   * D_KEEP bytes go into a block: a value is a view of it, not a copy of its own. The block is
   * written again from its start once the handler has closed the container two levels above the
   * last kept value (see ScanHandler.captured): a change entry, whose `before`/`after` were kept.
   */
  private keepBlock = new Uint8Array(0);
  private keepAt = 0;
  private keepStart = 0;
  /** The depth of the object holding the last kept value (0: none since the block was reused). */
  private keepHolder = 0;
  private rawFrom = 0;
  private rawOffset = 0;
  /** D_HASH: on, the two 32-bit halves of the hash, and whether the bytes so far end in a string. */
  private hashOn = false;
  private hashA = 0;
  private hashB = 0;
  private hashInString = false;
  private hashEscape = false;

  /** 0: not in a string; 1: in a value string; 2: in a key. */
  private inString = 0;
  /** 0: none; 1: after a backslash; 5..2: that many minus one hex digits of \u still to come. */
  private escape = 0;
  private capture = false;
  private escaped = false;
  private stringParts: Uint8Array[] = [];
  private stringSize = 0;
  private stringFrom = 0;
  private stringOffset = 0;

  private words: Int32Array | null = null;
  private newlineAfterDone = false;
  private trailing: number[] | null = null;
  private trailingOffset = 0;

  constructor(
    private readonly handler: ScanHandler,
    private readonly errors: InputErrors,
    /** The first bytes of the input, to explain a wrong start. */
    private readonly head: () => Uint8Array,
    /** The WebAssembly skip loop, or null for the JS one (see skip-wasm.ts). */
    private readonly wasm: WasmSkipper | null = null,
  ) {
    if (wasm !== null) {
      // The stack is shared with the WebAssembly loop, at the size the JS stack grows to at most,
      // so that push() reports too deep a nesting at the same byte on both paths.
      this.types = wasm.types.subarray(0, MAX_DEPTH + 2);
      this.keySetAddresses = wasm.loadKeySets(handler.keySets);
    }
  }

  /** Counts bytes the scanner never sees (a byte-order mark), so offsets stay file offsets. */
  advance(bytes: number): void {
    this.base += bytes;
  }

  feed(buf: Uint8Array): void {
    const wasm = this.wasm;
    if (wasm === null || buf.buffer === wasm.memory) {
      this.feedChunk(buf);
      return;
    }
    // The WebAssembly loop reads its own memory only: a chunk from elsewhere is copied in first
    // (chunks from openPlanFile are read straight into it and never take this way).
    const staging = wasm.staging;
    for (let at = 0; at < buf.length; at += staging.length) {
      const piece = buf.subarray(at, at + staging.length);
      staging.set(piece);
      this.feedChunk(staging.subarray(0, piece.length));
    }
  }

  private feedChunk(buf: Uint8Array): void {
    const n = buf.length;
    // A word view for skipString, when the chunk is 4-byte aligned (file chunks are).
    this.words =
      (buf.byteOffset & 3) === 0 && n >= 64 ? new Int32Array(buf.buffer, buf.byteOffset, n >> 2) : null;
    if (this.trailing !== null) {
      this.collectTrailing(buf, 0);
      this.base += n;
      return;
    }
    let i = 0;
    this.rawFrom = 0;
    this.stringFrom = 0;
    if (this.inString !== 0) {
      const j = this.scanString(buf, 0, n);
      if (j < 0) i = n;
      else {
        this.endString(buf, j);
        i = j + 1;
      }
    }
    if (i < n) this.run(buf, i, n);
    if (this.inString !== 0 && this.capture) {
      this.stringParts.push(copyBytes(buf, this.stringFrom, n));
      this.stringSize += n - this.stringFrom;
      if (this.stringSize > MAX_CAPTURED_STRING) throw this.tooLongError();
    }
    if (this.rawOn) this.keepRaw(buf, this.rawFrom, n);
    else if (this.hashOn) this.hashBytes(buf, this.rawFrom, n);
    this.base += n;
  }

  /** The input ended: complain unless exactly one complete value was read. */
  end(): void {
    if (this.trailing !== null) throw this.trailingError();
    if (this.state === S_DONE && this.inString === 0) return;
    if (this.state === S_START && this.inString === 0) {
      throw this.errors.error('INPUT_EMPTY', 'contains only whitespace, no JSON');
    }
    const where =
      this.inString !== 0
        ? 'inside a string'
        : this.depth > 0
          ? `${this.depth} level${this.depth === 1 ? '' : 's'} deep`
          : 'in the middle of a value';
    throw this.errors.error(
      'INPUT_SYNTAX',
      `ends before the JSON is complete (${where}); the file looks cut short`,
      this.base,
    );
  }

  private run(buf: Uint8Array, i: number, n: number): void {
    while (i < n) {
      // Most bytes of a plan are skipped: they go through the fast loop; it hands back whatever
      // needs the general path (the end of the skipped value, a chunk boundary inside a string, an
      // error), and step() takes exactly that one token before the fast loop resumes.
      if (this.skipping) {
        i = this.skipFast(buf, i, n);
        if (i >= n) return;
      } else if (this.keys !== 0 && (this.state === S_KEY || this.state === S_OBJ_FIRST)) {
        i = this.skipMembers(buf, i, n);
        if (i >= n) return;
      }
      i = this.step(buf, i, n);
      if (this.trailing !== null) return;
    }
  }

  /** The general path: whitespace and simple transitions, then one action. */
  private step(buf: Uint8Array, i: number, n: number): number {
    const table = TRANSITIONS;
    let st = this.state;
    while (i < n) {
      const t = table[(st << 8) | buf[i]!]!;
      if (t < ACTION_BASE) {
        st = t;
        i++;
        continue;
      }
      this.state = st;
      switch (t) {
        case A_VALUE_START:
          return this.valueStart(buf, i, n);
        case A_KEY_QUOTE:
          return this.keyStart(buf, i, n);
        case A_COMMA:
          if (this.skipping && this.depth === this.skipBase) this.endSkip(buf, i);
          else if (this.keepDepth !== 0) this.noteEnd(i);
          this.state = this.types[this.depth] === CONTAINER_OBJECT ? S_KEY : S_VALUE;
          return i + 1;
        case A_CLOSE_OBJECT:
          this.close(buf, i, CONTAINER_OBJECT);
          return i + 1;
        case A_CLOSE_ARRAY:
          this.close(buf, i, CONTAINER_ARRAY);
          return i + 1;
        case A_DONE_NEWLINE:
          this.newlineAfterDone = true;
          return i + 1;
        case A_TRAILING:
          this.trailing = [];
          this.trailingOffset = this.base + i;
          this.collectTrailing(buf, i);
          return n;
        default:
          throw this.badByte(buf, i, st);
      }
    }
    this.state = st;
    return i;
  }

  /**
   * Skip mode's hot loop, all in locals: the DFA outside strings, strings scanned inline (escapes
   * checked), containers counted on the type stack. Stops, with the state written back, at the
   * first thing it does not handle itself: the end of the skipped value, a string or escape that
   * runs past the chunk, a full stack, any error. Returns where it stopped.
   */
  private skipFast(buf: Uint8Array, i: number, n: number): number {
    const wasm = this.wasm;
    // Skipped containers go to WebAssembly. Skipped scalars (depth still at skipBase: a number, a
    // literal, or the ',' after a string) are a few bytes, less than the call would cost. The rare
    // skips that record something (a `true` seen, raw bytes of an output value) stay in JS. A
    // hashed value is skipped here too: its bytes are hashed from the chunk once the skip moved on.
    if (wasm !== null && this.depth > this.skipBase && !this.scanTrue && (!this.rawOn || this.rawDeep)) {
      const at = buf.byteOffset;
      const rec = this.keepDepth;
      const stop = wasm.skip(
        at + i,
        at + n,
        this.state,
        this.depth,
        this.skipBase,
        this.types.length - 1,
        0,
        rec,
      );
      this.state = wasm.state;
      this.depth = wasm.depth;
      if (rec !== 0) this.takeRecords(wasm, at);
      return stop - at;
    }
    const table = TRANSITIONS;
    const words = this.words;
    const types = this.types;
    // Stop before a push that needs the general path: a full stack, or a raw capture going too deep.
    const limit =
      this.rawOn && !this.rawOverflow && !this.rawDeep
        ? Math.min(types.length - 1, this.skipBase + MAX_OUTPUT_VALUE_DEPTH)
        : types.length - 1;
    const base = this.skipBase;
    const scanTrue = this.scanTrue;
    let sawTrue = this.sawTrue;
    let st = this.state;
    let depth = this.depth;
    loop: while (i < n) {
      const c = buf[i]!;
      const t = table[(st << 8) | c]!;
      if (t < ACTION_BASE) {
        st = t;
        i++;
        continue;
      }
      if (t === A_KEY_QUOTE) {
        // A run of compact members (`"key":"value","key":...`, what terraform writes) is taken
        // here without the table or the switch; anything else goes back to the loop.
        for (;;) {
          let q = skipString(buf, words, i + 1, n);
          if (q < 0) break loop;
          i = q + 1;
          if (i >= n || buf[i] !== 0x3a) {
            st = S_COLON;
            continue loop;
          }
          i++;
          st = S_VALUE;
          if (i >= n || buf[i] !== 0x22) continue loop;
          q = skipString(buf, words, i + 1, n);
          if (q < 0) break loop;
          i = q + 1;
          st = S_AFTER;
          if (i + 1 >= n || buf[i] !== 0x2c || buf[i + 1] !== 0x22 || depth === base) continue loop;
          i++;
          st = S_KEY;
        }
      }
      if (t === A_VALUE_START && c === 0x22) {
        const q = skipString(buf, words, i + 1, n);
        if (q < 0) break loop;
        i = q + 1;
        st = S_AFTER;
        continue;
      }
      switch (t) {
        case A_VALUE_START:
          if (c === 0x7b || c === 0x5b) {
            if (depth >= limit) break loop;
            const object = c === 0x7b;
            types[++depth] = object ? CONTAINER_OBJECT : CONTAINER_ARRAY;
            st = object ? S_OBJ_FIRST : S_ARR_FIRST;
          } else {
            if (c === 0x74 && scanTrue) sawTrue = true;
            st = STATE_AFTER_FIRST[c]!;
          }
          i++;
          continue;
        case A_COMMA:
          if (depth === base) break loop;
          st = types[depth] === CONTAINER_OBJECT ? S_KEY : S_VALUE;
          i++;
          continue;
        case A_CLOSE_OBJECT:
          if (depth === base || types[depth] !== CONTAINER_OBJECT) break loop;
          depth--;
          st = S_AFTER;
          i++;
          continue;
        case A_CLOSE_ARRAY:
          if (depth === base || types[depth] !== CONTAINER_ARRAY) break loop;
          depth--;
          st = S_AFTER;
          i++;
          continue;
        default:
          break loop;
      }
    }
    this.state = st;
    this.depth = depth;
    this.sawTrue = sawTrue;
    return i;
  }

  /**
   * Between the members of an object with a key set (WebAssembly only): skips the members the
   * handler does not want. Where the loop stopped inside such a member (a chunk end, an error, the
   * '}' after it), the rest of it is skipped like a D_SKIP value; between members, event mode goes
   * on as usual.
   */
  private skipMembers(buf: Uint8Array, i: number, n: number): number {
    const wasm = this.wasm!;
    const at = buf.byteOffset;
    const depth = this.depth;
    const stop = wasm.skip(at + i, at + n, this.state, depth, depth, this.types.length - 1, this.keys);
    const st = wasm.state;
    this.state = st;
    this.depth = wasm.depth;
    if (this.depth !== depth || (st !== S_KEY && st !== S_OBJ_FIRST)) {
      this.skipping = true;
      this.skipBase = depth;
      this.scanTrue = false;
      this.rawOn = false;
      this.hashOn = false;
      this.keepDepth = 0;
    }
    return stop - at;
  }

  /**
   * A ',' or closing bracket at `i` inside a kept value: noted, as the WebAssembly loop notes it,
   * when it ends a member of a container at most KEEP_END_LEVELS below the value's top.
   */
  private noteEnd(i: number): void {
    const level = this.depth - this.keepDepth;
    if (level >= 0 && level <= KEEP_END_LEVELS)
      this.keepEnds!.push((this.base + i - this.rawOffset) | (level << 24));
  }

  /** The member ends the WebAssembly loop noted for a D_KEEP value, from the value's first byte. */
  private takeRecords(wasm: WasmSkipper, at: number): void {
    const count = wasm.recordCount;
    const records = wasm.records;
    const ends = this.keepEnds!;
    const shift = this.base - at - this.rawOffset;
    for (let k = 0; k < count; k++) ends.push(records[k]! + shift);
  }

  /** Event mode entered or returned to a container: which of its keys the handler wants. */
  private updateKeyFilter(): void {
    if (this.wasm === null) return;
    const set = this.handler.keyFilter();
    this.keys = set < 0 ? 0 : this.keySetAddresses[set]!;
  }

  private valueStart(buf: Uint8Array, i: number, n: number): number {
    const c = buf[i]!;
    let capture = false;
    if (!this.skipping) {
      if (this.depth === 0 && c !== 0x7b) throw this.startError(buf, i);
      // Only value-start bytes reach here (the state tables), so the kind is one of the seven.
      const d = this.handler.value(KIND_OF_BYTE[c]! as ValueKind, this.base + i);
      if (d >= D_SKIP) this.beginSkip(d, i);
      else if (d === D_DESCEND) this.updateKeyFilter();
      else capture = d === D_CAPTURE;
    }
    if (c === 0x7b) {
      this.push(CONTAINER_OBJECT, i);
      this.state = S_OBJ_FIRST;
      return i + 1;
    }
    if (c === 0x5b) {
      this.push(CONTAINER_ARRAY, i);
      this.state = S_ARR_FIRST;
      return i + 1;
    }
    if (c === 0x22) {
      this.inString = 1;
      this.capture = capture;
      return this.startString(buf, i, n);
    }
    if (c === 0x74 && this.scanTrue) this.sawTrue = true;
    this.state = STATE_AFTER_FIRST[c]!;
    return i + 1;
  }

  private keyStart(buf: Uint8Array, i: number, n: number): number {
    this.inString = 2;
    this.capture = !this.skipping;
    return this.startString(buf, i, n);
  }

  /** `i` is at the opening quote. Returns where to go on (n when the string runs past the chunk). */
  private startString(buf: Uint8Array, i: number, n: number): number {
    this.escaped = false;
    this.stringFrom = i + 1;
    this.stringOffset = this.base + i;
    // Fast paths for the usual case, a string that ends in this chunk: skipped strings go through
    // skipString; wanted ones (keys, addresses) through a plain scan that gives up at a backslash.
    let j = -1;
    if (!this.capture) j = skipString(buf, this.words, i + 1, n);
    else {
      const kinds = STRING_BYTES;
      let k = i + 1;
      while (k < n && kinds[buf[k]!] === 0) k++;
      if (k < n && buf[k] === 0x22) j = k;
    }
    if (j < 0) j = this.scanString(buf, i + 1, n);
    if (j < 0) return n;
    this.endString(buf, j);
    return j + 1;
  }

  /** Finds the closing quote from `i`; -1 if the chunk ends first (the escape state is kept). */
  private scanString(buf: Uint8Array, i: number, n: number): number {
    const kinds = STRING_BYTES;
    let esc = this.escape;
    for (;;) {
      if (esc === 0) {
        while (i < n && kinds[buf[i]!] === 0) i++;
        if (i >= n) {
          this.escape = 0;
          return -1;
        }
        const k = kinds[buf[i]!];
        if (k === 1) return i;
        if (k === 3) {
          throw this.errors.error(
            'INPUT_SYNTAX',
            `${showByte(buf[i]!)} inside a string: control characters must be escaped`,
            this.base + i,
          );
        }
        esc = 1;
        this.escaped = true;
        i++;
        continue;
      }
      if (i >= n) {
        this.escape = esc;
        return -1;
      }
      const c = buf[i]!;
      if (esc === 1) {
        const e = ESCAPE_BYTES[c];
        if (e === 0) {
          throw this.errors.error(
            'INPUT_SYNTAX',
            `invalid escape \\${showByte(c)} in a string`,
            this.base + i,
          );
        }
        esc = e === 2 ? 5 : 0;
      } else {
        if (HEX_BYTES[c] === 0) {
          throw this.errors.error(
            'INPUT_SYNTAX',
            `invalid \\u escape: ${showByte(c)} is not a hex digit`,
            this.base + i,
          );
        }
        esc = esc === 2 ? 0 : esc - 1;
      }
      i++;
    }
  }

  /** The closing quote is at `j`. */
  private endString(buf: Uint8Array, j: number): void {
    const isKey = this.inString === 2;
    this.inString = 0;
    this.escape = 0;
    this.state = isKey ? S_COLON : S_AFTER;
    if (!this.capture) return;
    this.capture = false;
    let bytes = buf;
    let start = this.stringFrom;
    let end = j;
    if (this.stringParts.length > 0) {
      if (this.stringSize + j - this.stringFrom > MAX_CAPTURED_STRING) throw this.tooLongError();
      this.stringParts.push(buf.subarray(this.stringFrom, j));
      bytes = concat(this.stringParts, this.stringSize + j - this.stringFrom);
      start = 0;
      end = bytes.length;
      this.stringParts = [];
      this.stringSize = 0;
    }
    if (isKey) this.handler.key(bytes, start, end, this.escaped, this.stringOffset);
    else {
      this.handler.string(bytes, start, end, this.escaped, this.stringOffset);
      // A string read may narrow the keys wanted next in its object (an entry's `address`).
      this.updateKeyFilter();
    }
  }

  /** Keys, names and addresses are short; a huge one is not a plan (and would not fit a string). */
  private tooLongError(): InputError {
    return this.errors.error(
      'INPUT_INVALID',
      `a key or name longer than ${MAX_CAPTURED_STRING >> 20} MiB, where a plan has short names`,
      this.stringOffset,
    );
  }

  private push(type: ContainerType, i: number): void {
    const depth = ++this.depth;
    // A raw capture nested too deep is given up like a too large one (see output-value.ts).
    if (this.rawOn && !this.rawDeep && depth - this.skipBase > MAX_OUTPUT_VALUE_DEPTH && !this.rawOverflow) {
      this.rawOverflow = true;
      this.rawParts = [];
    }
    if (depth >= this.types.length) {
      if (depth > MAX_DEPTH) {
        throw this.errors.error('INPUT_SYNTAX', `nested more than ${MAX_DEPTH} levels deep`, this.base + i);
      }
      const grown = new Uint8Array(Math.min(this.types.length * 2, MAX_DEPTH + 2));
      grown.set(this.types);
      this.types = grown;
    }
    this.types[depth] = type;
  }

  private close(buf: Uint8Array, i: number, type: ContainerType): void {
    if (this.skipping && this.depth === this.skipBase) this.endSkip(buf, i);
    if (this.types[this.depth] !== type) {
      throw this.errors.error(
        'INPUT_SYNTAX',
        `${showByte(buf[i]!)} closes ${this.types[this.depth] === CONTAINER_OBJECT ? "a '{'" : "a '['"}`,
        this.base + i,
      );
    }
    if (this.keepDepth !== 0) this.noteEnd(i);
    this.depth--;
    if (!this.skipping) {
      this.handler.close(this.base + i);
      this.updateKeyFilter();
      if (this.depth + 2 <= this.keepHolder) {
        this.keepAt = 0;
        this.keepHolder = 0;
      }
    }
    this.state = this.depth === 0 ? S_DONE : S_AFTER;
  }

  private beginSkip(disposition: Disposition, i: number): void {
    this.skipping = true;
    this.skipBase = this.depth;
    this.scanTrue = disposition === D_SCAN_TRUE;
    this.sawTrue = false;
    this.rawDeep = disposition === D_KEEP;
    this.rawOn = disposition === D_RAW || this.rawDeep;
    this.hashOn = disposition === D_HASH;
    if (this.hashOn) {
      this.hashA = 0x811c9dc5 | 0; // as int32, like every later value
      this.hashB = 0x6a09e667;
      this.hashInString = false;
      this.hashEscape = false;
      this.rawFrom = i;
      this.rawOffset = this.base + i;
    }
    if (this.rawOn) {
      this.rawParts = [];
      this.rawSize = 0;
      this.rawOverflow = false;
      this.rawFrom = i;
      this.rawOffset = this.base + i;
    }
    // A kept value is an object (its '{' is pushed next): the WebAssembly loop notes its members.
    this.keepDepth = this.rawDeep && this.wasm !== null ? this.depth + 1 : 0;
    this.keepEnds = this.keepDepth === 0 ? null : [];
    this.keepStart = this.keepAt;
    if (this.rawDeep) this.keepHolder = this.depth;
  }

  /** The skipped value ended just before `i` (a ',' or a close of the container around it). */
  private endSkip(buf: Uint8Array, i: number): void {
    this.skipping = false;
    if (this.rawOn) {
      this.keepRaw(buf, this.rawFrom, i);
      this.rawOn = false;
      if (this.rawDeep) {
        const raw = this.rawOverflow ? null : this.keepBlock.subarray(this.keepStart, this.keepAt);
        const ends = this.rawOverflow ? null : this.keepEnds;
        this.keepDepth = 0;
        this.keepEnds = null;
        this.handler.captured(raw, false, this.rawOffset, ends);
        return;
      }
      // One part (a value within one chunk, the usual case) is already a copy of its own.
      const parts = this.rawParts;
      const raw = this.rawOverflow ? null : parts.length === 1 ? parts[0]! : concat(parts, this.rawSize);
      this.rawParts = [];
      this.handler.captured(raw, this.sawTrue, this.rawOffset);
    } else if (this.hashOn) {
      this.hashBytes(buf, this.rawFrom, i);
      this.hashOn = false;
      // 32 bits of one half and 21 of the other: an exact integer in a double.
      this.handler.hashed((this.hashA >>> 0) * 0x200000 + (this.hashB >>> 11), this.rawOffset);
    } else if (this.scanTrue) {
      this.scanTrue = false;
      this.handler.captured(null, this.sawTrue, this.base + i);
    }
  }

  /**
   * Folds bytes [from, to) of a D_HASH value into its hash: FNV-1a, and the running sum of its
   * states (one multiply per byte: this runs over every attribute value of every update). Whitespace outside strings is left out, so the same value hashes the same however it
   * is indented (before and after sit at the same depth, but need not be written alike).
   */
  private hashBytes(buf: Uint8Array, from: number, to: number): void {
    let a = this.hashA;
    let b = this.hashB;
    let inString = this.hashInString;
    let escape = this.hashEscape;
    for (let i = from; i < to; i++) {
      const c = buf[i]!;
      if (inString) {
        if (escape) escape = false;
        else if (c === 0x5c) escape = true;
        else if (c === 0x22) inString = false;
      } else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        continue;
      } else if (c === 0x22) {
        inString = true;
      }
      a = Math.imul(a ^ c, 0x01000193);
      b = (b + a) | 0;
    }
    this.hashA = a;
    this.hashB = b;
    this.hashInString = inString;
    this.hashEscape = escape;
  }

  private keepRaw(buf: Uint8Array, from: number, to: number): void {
    if (this.rawOverflow || to <= from) return;
    this.rawSize += to - from;
    if (this.rawSize > (this.rawDeep ? KEEP_LIMIT : RAW_LIMIT)) {
      this.rawOverflow = true;
      this.rawParts = [];
      this.keepAt = this.keepStart;
      return;
    }
    if (this.rawDeep) this.keepBytes(buf, from, to);
    else this.rawParts.push(copyBytes(buf, from, to));
  }

  /** Appends bytes of a D_KEEP value to the current block (a new one when it is full). */
  private keepBytes(buf: Uint8Array, from: number, to: number): void {
    const size = to - from;
    if (this.keepAt + size > this.keepBlock.length) {
      // Earlier values stay views of the old block; this one moves to the new block whole.
      const sofar = this.keepAt - this.keepStart;
      const block = new Uint8Array(Math.max(KEEP_BLOCK, 2 * (sofar + size)));
      block.set(this.keepBlock.subarray(this.keepStart, this.keepAt));
      this.keepBlock = block;
      this.keepStart = 0;
      this.keepAt = sofar;
    }
    // A plain view: a Buffer's subarray() builds a Buffer, which costs more than the copy.
    this.keepBlock.set(new Uint8Array(buf.buffer, buf.byteOffset + from, size), this.keepAt);
    this.keepAt += size;
  }

  private collectTrailing(buf: Uint8Array, from: number): void {
    const trailing = this.trailing!;
    for (let i = from; i < buf.length && trailing.length < 16; i++) trailing.push(buf[i]!);
    if (trailing.length >= 16) throw this.trailingError();
  }

  private trailingError(): InputError {
    return diagnoseTrailing(
      Uint8Array.from(this.trailing ?? []),
      this.newlineAfterDone,
      this.trailingOffset,
      this.errors,
    );
  }

  private startError(buf: Uint8Array, i: number): InputError {
    const head = this.head();
    // The head starts at input offset 0 (after a BOM); find the first non-whitespace byte in it.
    let at = 0;
    while (
      at < head.length &&
      (head[at] === 0x20 || head[at] === 0x09 || head[at] === 0x0a || head[at] === 0x0d)
    ) {
      at++;
    }
    if (at >= head.length) return diagnoseStart(buf.subarray(i), 0, this.base + i, this.errors);
    return diagnoseStart(head, at, this.base + i, this.errors);
  }

  private badByte(buf: Uint8Array, i: number, state: number): InputError {
    if (state === S_START) return this.startError(buf, i);
    return this.errors.error(
      'INPUT_SYNTAX',
      `unexpected ${showByte(buf[i]!)}, expected ${expectedIn(state)}`,
      this.base + i,
    );
  }
}
