/**
 * What a skipped value can leave behind for the handler (json-scanner.ts, ScanState's layers):
 * its raw JSON text (D_RAW, output values, up to RAW_LIMIT), its bytes kept in reused blocks
 * (D_KEEP, an update's `before`/`after`, up to KEEP_LIMIT, with where its members end), a hash of
 * it (D_HASH), or whether a `true` was seen in it (D_SCAN_TRUE). Skip mode itself never builds a
 * string or an object; these are the only copies it makes.
 */
import { copyBytes } from './input-errors.js';
import { D_HASH, D_KEEP, D_RAW, D_SCAN_TRUE, type Disposition } from './scan-handler.js';
import type { WasmSkipper } from './skip-wasm.js';
import { ScanState } from './scan-state.js';

/** Raw captures (output values) stop being kept past this many bytes of JSON text. */
export const RAW_LIMIT = 1024 * 1024;
/**
 * Bytes kept of a D_KEEP value (an update's `before` or `after`): larger ones come back as null
 * and that change's attribute roles are not read (attribute-raw-diff.ts).
 */
export const KEEP_LIMIT = 8 * 1024 * 1024;
/**
 * D_KEEP values are copied into blocks of this size (a larger value gets a block of its own). A
 * read's first block is KEEP_FIRST_BLOCK and each next one twice the last, up to KEEP_BLOCK: a
 * Terragrunt unit's plan of a few kB then zeroes and maps a few kB, not 256 kB for every unit.
 */
const KEEP_BLOCK = 256 * 1024;
const KEEP_FIRST_BLOCK = 8 * 1024;
/** The same for their member ends (RawValue.ends), in ends (four bytes each). */
const KEEP_ENDS_BLOCK = 16 * 1024;
const KEEP_FIRST_ENDS = 256;
/**
 * Containers below a kept value whose member ends are noted: MAX_PATH_DEPTH of
 * plan/attribute-paths.ts, as skip-wasm.wat's $noted (a test checks both).
 */
export const KEEP_END_LEVELS = 4;

export function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export class ValueCapture extends ScanState {
  protected beginSkip(disposition: Disposition, i: number): void {
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
    this.keepEndsStart = this.keepEndsAt;
    this.keepStart = this.keepAt;
    if (this.rawDeep) this.keepHolder = this.depth;
  }

  /** The skipped value ended just before `i` (a ',' or a close of the container around it). */
  protected endSkip(buf: Uint8Array, i: number): void {
    this.skipping = false;
    if (this.rawOn) {
      this.keepRaw(buf, this.rawFrom, i);
      this.rawOn = false;
      if (this.rawDeep) {
        const raw = this.rawOverflow ? null : this.keepBlock.subarray(this.keepStart, this.keepAt);
        const ends =
          this.rawOverflow || this.keepDepth === 0
            ? null
            : this.keepEnds.subarray(this.keepEndsStart, this.keepEndsAt);
        this.keepDepth = 0;
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
  protected hashBytes(buf: Uint8Array, from: number, to: number): void {
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

  protected keepRaw(buf: Uint8Array, from: number, to: number): void {
    if (this.rawOverflow || to <= from) return;
    this.rawSize += to - from;
    if (this.rawSize > (this.rawDeep ? KEEP_LIMIT : RAW_LIMIT)) {
      this.rawOverflow = true;
      this.rawParts = [];
      this.keepAt = this.keepStart;
      this.keepEndsAt = this.keepEndsStart;
      return;
    }
    if (this.rawDeep) this.keepBytes(buf, from, to);
    else this.rawParts.push(copyBytes(buf, from, to));
  }

  /** Appends bytes of a D_KEEP value to the current block (a new one when it is full). */
  protected keepBytes(buf: Uint8Array, from: number, to: number): void {
    const size = to - from;
    if (this.keepAt + size > this.keepBlock.length) {
      // Earlier values stay views of the old block; this one moves to the new block whole.
      const sofar = this.keepAt - this.keepStart;
      const next = Math.min(KEEP_BLOCK, Math.max(KEEP_FIRST_BLOCK, 2 * this.keepBlock.length));
      const block = new Uint8Array(Math.max(next, 2 * (sofar + size)));
      block.set(this.keepBlock.subarray(this.keepStart, this.keepAt));
      this.keepBlock = block;
      this.keepStart = 0;
      this.keepAt = sofar;
    }
    // A plain view: a Buffer's subarray() builds a Buffer, which costs more than the copy.
    this.keepBlock.set(new Uint8Array(buf.buffer, buf.byteOffset + from, size), this.keepAt);
    this.keepAt += size;
  }

  /**
   * A ',' or closing bracket at `i` inside a kept value: noted, as the WebAssembly loop notes it,
   * when it ends a member of a container at most KEEP_END_LEVELS below the value's top.
   */
  protected noteEnd(i: number): void {
    const level = this.depth - this.keepDepth;
    if (level < 0 || level > KEEP_END_LEVELS || this.rawOverflow) return;
    if (this.keepEndsAt === this.keepEnds.length) this.roomForEnds(1);
    this.keepEnds[this.keepEndsAt++] = (this.base + i - this.rawOffset) | (level << 24);
  }

  /**
   * Room for `more` ends after the current value's: a new block when the one in use is full (the
   * values kept before stay views of the old one; this one's ends move over).
   */
  private roomForEnds(more: number): void {
    const sofar = this.keepEndsAt - this.keepEndsStart;
    if (this.keepEndsAt + more <= this.keepEnds.length) return;
    const next = Math.min(KEEP_ENDS_BLOCK, Math.max(KEEP_FIRST_ENDS, 2 * this.keepEnds.length));
    const block = new Int32Array(Math.max(next, 2 * (sofar + more)));
    block.set(this.keepEnds.subarray(this.keepEndsStart, this.keepEndsAt));
    this.keepEnds = block;
    this.keepEndsStart = 0;
    this.keepEndsAt = sofar;
  }

  /** The member ends the WebAssembly loop noted for a D_KEEP value, from the value's first byte. */
  protected takeRecords(wasm: WasmSkipper, at: number): void {
    const count = wasm.recordCount;
    if (count === 0 || this.rawOverflow) return;
    if (this.keepEndsAt + count > this.keepEnds.length) this.roomForEnds(count);
    const records = wasm.records;
    const ends = this.keepEnds;
    const shift = this.base - at - this.rawOffset;
    let e = this.keepEndsAt;
    for (let k = 0; k < count; k++) ends[e++] = records[k]! + shift;
    this.keepEndsAt = e;
  }
}
