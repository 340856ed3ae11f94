/**
 * The JSON scanner's state (json-scanner.ts), all of it in fields of one object so that feed() can
 * stop at any byte and go on with the next chunk. The scanner's methods come in layers, one module
 * each, every layer a subclass of the one below, so the fields stay on one object (one shape, no
 * indirection in the hot loops) and each module holds one concern:
 *
 *   ScanState (here: fields, the container stack, the key filter)
 *   -> ValueCapture (value-capture.ts: what a skipped value leaves behind: raw bytes, kept bytes, a hash)
 *   -> StringScan (string-scan.ts: strings and keys in event mode)
 *   -> SkipLoops (skip-loops.ts: skip mode's loops, JS and WebAssembly)
 *   -> JsonScanner (json-scanner.ts: feeding chunks, the general path, errors at the edges)
 */
import type { InputErrors } from './input-errors.js';
import { MAX_OUTPUT_VALUE_DEPTH, type ScanHandler } from './scan-handler.js';
import type { WasmSkipper } from './skip-wasm.js';
import { S_START } from './scanner-tables.js';

/** Deeper nesting is rejected; the stack costs one byte per level. */
export const MAX_DEPTH = 100_000;
/** Strings the reader keeps (keys, names, addresses) may not be longer than this. */
export const MAX_CAPTURED_STRING = 16 * 1024 * 1024;

export const CONTAINER_OBJECT = 1;
export const CONTAINER_ARRAY = 2;
export type ContainerType = typeof CONTAINER_OBJECT | typeof CONTAINER_ARRAY;

export class ScanState {
  protected state = S_START;
  protected depth = 0;
  /** types[d] is the container at depth d (1-based). */
  protected types: Uint8Array = new Uint8Array(256);
  /** Offset in the input of byte 0 of the chunk being fed. */
  protected base = 0;

  protected skipping = false;
  /**
   * WebAssembly only: the address of the key set of the object whose members come next in event
   * mode (0: report every key), and each of the handler's key sets' addresses.
   */
  protected keys = 0;
  protected readonly keySetAddresses: number[] = [];
  /** While skipping, the depth of the container holding the skipped value. */
  protected skipBase = 0;
  protected scanTrue = false;
  protected sawTrue = false;
  protected rawOn = false;
  protected rawParts: Uint8Array[] = [];
  protected rawSize = 0;
  protected rawOverflow = false;
  /** D_KEEP: a raw capture without the depth cap, skipped by the fast loops, up to KEEP_LIMIT. */
  protected rawDeep = false;
  /**
   * D_KEEP, WebAssembly only: the depth of the kept object's members (0: none), and where the
   * members of its containers end, KEEP_END_LEVELS deep (every ',' between them and the closing
   * bracket, from the value's first byte, with the container's level above bit 24: RawValue.ends
   * in raw-side.ts), for the handler.
   */
  protected keepDepth = 0;
  /**
   * Those ends go into a block of their own, as the bytes do (below): a value's ends are a view of
   * it from keepEndsStart, written again from its start when the bytes' block is.
   */
  protected keepEnds = new Int32Array(0);
  protected keepEndsAt = 0;
  protected keepEndsStart = 0;
  /**
   * D_KEEP bytes go into a block: a value is a view of it, not a copy of its own. The block is
   * written again from its start once the handler has closed the container two levels above the
   * last kept value (see ScanHandler.captured): a change entry, whose `before`/`after` were kept.
   */
  protected keepBlock = new Uint8Array(0);
  protected keepAt = 0;
  protected keepStart = 0;
  /** The depth of the object holding the last kept value (0: none since the block was reused). */
  protected keepHolder = 0;
  protected rawFrom = 0;
  protected rawOffset = 0;
  /** D_HASH: on, the two 32-bit halves of the hash, and whether the bytes so far end in a string. */
  protected hashOn = false;
  protected hashA = 0;
  protected hashB = 0;
  protected hashInString = false;
  protected hashEscape = false;

  /** 0: not in a string; 1: in a value string; 2: in a key. */
  protected inString = 0;
  /** 0: none; 1: after a backslash; 5..2: that many minus one hex digits of \u still to come. */
  protected escape = 0;
  protected capture = false;
  protected escaped = false;
  protected stringParts: Uint8Array[] = [];
  protected stringSize = 0;
  protected stringFrom = 0;
  protected stringOffset = 0;

  protected words: Int32Array | null = null;
  protected newlineAfterDone = false;
  protected trailing: number[] | null = null;
  protected trailingOffset = 0;

  constructor(
    protected readonly handler: ScanHandler,
    protected readonly errors: InputErrors,
    /** The first bytes of the input, to explain a wrong start. */
    protected readonly head: () => Uint8Array,
    /** The WebAssembly skip loop, or null for the JS one (see skip-wasm.ts). */
    protected readonly wasm: WasmSkipper | null = null,
  ) {
    if (wasm !== null) {
      // The stack is shared with the WebAssembly loop, at the size the JS stack grows to at most,
      // so that push() reports too deep a nesting at the same byte on both paths.
      this.types = wasm.types.subarray(0, MAX_DEPTH + 2);
      this.keySetAddresses = wasm.loadKeySets(handler.keySets);
    }
  }

  /** Event mode entered or returned to a container: which of its keys the handler wants. */
  protected updateKeyFilter(): void {
    if (this.wasm === null) return;
    const set = this.handler.keyFilter();
    this.keys = set < 0 ? 0 : this.keySetAddresses[set]!;
  }

  protected push(type: ContainerType, i: number): void {
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
}
