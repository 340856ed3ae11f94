/**
 * Skip mode's loops (json-scanner.ts, ScanState's layers): most bytes of a plan go through here.
 * skipFast runs a skipped value to its end, in WebAssembly SIMD where available (skip-wasm.ts) and
 * otherwise in the JS loop below; skipMembers (WebAssembly only) skips the members of an object
 * whose keys the handler does not want (ScanHandler.keyFilter) without waking the handler. Both
 * stop, with the state written back, at whatever needs the general path.
 */
import { MAX_OUTPUT_VALUE_DEPTH } from './scan-handler.js';
import { CONTAINER_ARRAY, CONTAINER_OBJECT } from './scan-state.js';
import {
  ACTION_BASE,
  A_CLOSE_ARRAY,
  A_CLOSE_OBJECT,
  A_COMMA,
  A_KEY_QUOTE,
  A_VALUE_START,
  STATE_AFTER_FIRST,
  S_AFTER,
  S_ARR_FIRST,
  S_COLON,
  S_KEY,
  S_OBJ_FIRST,
  S_VALUE,
  TRANSITIONS,
} from './scanner-tables.js';
import { skipString } from './skip-string.js';
import { StringScan } from './string-scan.js';

export class SkipLoops extends StringScan {
  /**
   * Skip mode's hot loop, all in locals: the DFA outside strings, strings scanned inline (escapes
   * checked), containers counted on the type stack. Stops, with the state written back, at the
   * first thing it does not handle itself: the end of the skipped value, a string or escape that
   * runs past the chunk, a full stack, any error. Returns where it stopped.
   */
  protected skipFast(buf: Uint8Array, i: number, n: number): number {
    const wasm = this.wasm;
    // Skipped containers go to WebAssembly. Skipped scalars (depth still at skipBase: a number, a
    // literal, or the ',' after a string) are a few bytes, less than the call would cost. The rare
    // skips that record something (a `true` seen, raw bytes of an output value) stay in JS, until
    // a raw capture is given up (too large or too deep: nothing more to record). A hashed value is
    // skipped here too: its bytes are hashed from the chunk once the skip moved on.
    if (
      wasm !== null &&
      this.depth > this.skipBase &&
      !this.scanTrue &&
      (!this.rawOn || this.rawDeep || this.rawOverflow)
    ) {
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
    return this.skipFastJs(buf, i, n);
  }

  /**
   * skipFast's JS loop. Apart, so that skipFast stays small: with WebAssembly it is called once
   * per skipped container (each update's `before` and `after` too), becomes hot, and V8's
   * optimizing compiler would otherwise compile this loop with it.
   */
  private skipFastJs(buf: Uint8Array, i: number, n: number): number {
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
  protected skipMembers(buf: Uint8Array, i: number, n: number): number {
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
}
