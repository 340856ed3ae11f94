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
 * Skip mode has two implementations that accept exactly the same input: a JS loop
 * (skip-loops.ts, skip-string.ts) and a WebAssembly SIMD one (skip-wasm.wat via skip-wasm.ts), used
 * where available; the latter also skips the members of an object whose keys the handler does
 * not want (ScanHandler.keyFilter) without waking the handler. Errors are always reported by the
 * JS code: the WebAssembly loop stops before anything wrong and the general path takes over.
 *
 * The scanner is one object whose methods come in layers, a module each (see scan-state.ts):
 * here feeding chunks, the general path (step) and the errors at the edges of the input.
 */
import type { InputError } from '../errors.js';
import { diagnoseStart, diagnoseTrailing } from './input-diagnosis.js';
import { copyBytes, showByte } from './input-errors.js';
import {
  D_CAPTURE,
  D_DESCEND,
  D_SKIP,
  KIND_ARRAY,
  KIND_FALSE,
  KIND_NULL,
  KIND_NUMBER,
  KIND_OBJECT,
  KIND_STRING,
  KIND_TRUE,
  type ValueKind,
} from './scan-handler.js';
import { CONTAINER_ARRAY, CONTAINER_OBJECT, MAX_CAPTURED_STRING, type ContainerType } from './scan-state.js';
import {
  ACTION_BASE,
  A_CLOSE_ARRAY,
  A_CLOSE_OBJECT,
  A_COMMA,
  A_DONE_NEWLINE,
  A_KEY_QUOTE,
  A_TRAILING,
  A_VALUE_START,
  STATE_AFTER_FIRST,
  S_AFTER,
  S_ARR_FIRST,
  S_DONE,
  S_KEY,
  S_OBJ_FIRST,
  S_START,
  S_VALUE,
  expectedIn,
  TRANSITIONS,
} from './scanner-tables.js';
import { SkipLoops } from './skip-loops.js';

export { MAX_CAPTURED_STRING, MAX_DEPTH } from './scan-state.js';
export { KEEP_END_LEVELS, KEEP_LIMIT, RAW_LIMIT } from './value-capture.js';

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

export class JsonScanner extends SkipLoops {
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
        this.keepEndsAt = 0;
        this.keepHolder = 0;
      }
    }
    this.state = this.depth === 0 ? S_DONE : S_AFTER;
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
