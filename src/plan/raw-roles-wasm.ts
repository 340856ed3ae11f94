/**
 * A change's attribute roles in one WebAssembly call (raw-diff.wat's `roles`): the walk of
 * `after_unknown`, the comparison of `before` and `after`, the known-after-apply filter, and the
 * paths as readablePaths shows them, in order. What is left to JS is a few look-ups per change:
 * paths are interned in the module's memory for the whole read, so a path is an id, and each id's
 * text is decoded here once (and cut once, as a summary lists it).
 *
 * Why: done in JS, a change's paths cost a path-cache look-up each, a filter, a sort and their
 * garbage, and in a fresh process V8 compiled all of that on its background threads while the
 * first few hundred changes ran in the interpreter (docs/what-changes.md, "Reading cost").
 *
 * Only the usual case: `before` and `after` kept whole (no --show-values).
 * Anything the module does not read (see raw-diff.wat: whitespace, escaped or non-ASCII keys, a
 * key written twice, very large values) comes back as null, and attribute-diff.ts's result()
 * reads the change as before, with the same results.
 */
import { cutName } from './attribute-paths.js';
import {
  newRawDiffInstance,
  PAGE,
  RECORDS_PER_BYTE,
  STACK_PER_BYTE,
  wasmDiffCounts,
  wasmDiffEnabled,
} from './raw-diff-wasm.js';
import { isSpace } from './raw-bytes.js';
import type { RawValue } from './raw-value.js';

/** Values larger than this (the three parts together) are left to JS. */
const MAX_WASM_BYTES = 1 << 20;
/**
 * Interned paths (raw-diff.wat's $MAX_IDS) and text bytes ($ARENA_BYTES): past these, they start
 * over. Small on purpose: the memory a process touches costs page faults (a plan's paths are a few
 * hundred).
 */
const MAX_IDS = 4096;
const ARENA_BYTES = 256 * 1024;
/** Room kept for one change's new paths: the table starts over before a change when less is left. */
const ROOM_IDS = 1024;
const ROOM_BYTES = 32 * 1024;

interface RolesExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  roles(
    bAt: number,
    bLen: number,
    aAt: number,
    aLen: number,
    uAt: number,
    uLen: number,
    recAt: number,
    recCap: number,
    sp: number,
    spEnd: number,
    outAt: number,
    bEnds: number,
    bEndsN: number,
    aEnds: number,
    aEndsN: number,
    uEnds: number,
    uEndsN: number,
  ): number;
  internEnd(): number;
  pathCount(): number;
  arenaUsed(): number;
  resetPaths(): void;
}

/**
 * A change's roles: the paths as a summary lists them (at most `limit` of each, cut) and their
 * totals; with `whole`, every changed path, uncut (for attribute-diff.ts to add `replace_paths`).
 */
export interface WasmRoles {
  readonly names: string[];
  readonly total: number;
  readonly unknown: string[];
  readonly unknownTotal: number;
}

/** The module's instance and the texts of the paths interned in it (by id). */
class RolesModule {
  /** Each interned path's text, and as summaries list it (cut). */
  private readonly texts: string[] = [];
  private readonly names: string[] = [];
  private buffer: ArrayBuffer | null = null;
  private bytes = new Uint8Array(0);
  private words = new Int32Array(0);
  private text = Buffer.alloc(0);
  private readonly inputAt: number;

  constructor(private readonly wasm: RolesExports) {
    this.inputAt = wasm.internEnd();
  }

  /** Views of the memory (made again after it grows). */
  private views(): void {
    const buffer = this.wasm.memory.buffer;
    if (buffer === this.buffer) return;
    this.buffer = buffer;
    this.bytes = new Uint8Array(buffer);
    this.words = new Int32Array(buffer);
    this.text = Buffer.from(buffer);
  }

  roles(
    before: RawValue,
    after: RawValue,
    unknown: RawValue | undefined,
    limit: number,
    whole: boolean,
  ): WasmRoles | null {
    const wasm = this.wasm;
    const bLen = trimmed(before.bytes);
    const aLen = trimmed(after.bytes);
    const uLen = unknown === undefined ? 0 : trimmed(unknown.bytes);
    const bytes = bLen + aLen + uLen;
    if (bytes > MAX_WASM_BYTES) return null;
    if (wasm.pathCount() > MAX_IDS - ROOM_IDS || wasm.arenaUsed() > ARENA_BYTES - ROOM_BYTES) {
      wasm.resetPaths();
      this.texts.length = 0;
      this.names.length = 0;
    }
    // Inputs after the interned paths, then the records, the stack and the result.
    const bAt = this.inputAt;
    const aAt = align(bAt + bLen);
    const uAt = align(aAt + aLen);
    // The member ends the scanner noted, as the module reads them (raw-diff.wat's $noted).
    const bEnds = align(uAt + uLen);
    const aEnds = bEnds + 4 * (before.ends?.length ?? 0);
    const uEnds = aEnds + 4 * (after.ends?.length ?? 0);
    const recAt = align(uEnds + 4 * (unknown?.ends?.length ?? 0));
    const recCap = Math.ceil(bytes * RECORDS_PER_BYTE) + 64;
    const sp = recAt + recCap * 24;
    const spEnd = sp + bytes * STACK_PER_BYTE + PAGE;
    const outAt = spEnd;
    const end = outAt + recCap * 4 + 16;
    const have = wasm.memory.buffer.byteLength;
    if (end > have) wasm.memory.grow(Math.ceil((end - have) / PAGE));
    this.views();
    const memory = this.bytes;
    memory.set(bLen === before.bytes.length ? before.bytes : before.bytes.subarray(0, bLen), bAt);
    memory.set(aLen === after.bytes.length ? after.bytes : after.bytes.subarray(0, aLen), aAt);
    if (unknown !== undefined) {
      memory.set(uLen === unknown.bytes.length ? unknown.bytes : unknown.bytes.subarray(0, uLen), uAt);
    }
    const bN = this.ends(before, bEnds);
    const aN = this.ends(after, aEnds);
    const uN = unknown === undefined ? 0 : this.ends(unknown, uEnds);
    try {
      wasm.roles(
        bAt,
        bLen,
        aAt,
        aLen,
        uAt,
        uLen,
        recAt,
        recCap,
        sp,
        spEnd,
        outAt,
        bEnds,
        bN,
        aEnds,
        aN,
        uEnds,
        uN,
      );
    } catch {
      // A case the module leaves to JS (see raw-diff.wat).
      wasmDiffCounts.left++;
      return null;
    }
    wasmDiffCounts.compared++;
    this.learn();
    const words = this.words;
    const out = outAt >> 2;
    const total = words[out]!;
    const unknownTotal = words[out + 1]!;
    return {
      names: this.list(out + 2, total, whole ? total : limit, whole),
      total,
      unknown: this.list(out + 2 + total, unknownTotal, limit, false),
      unknownTotal,
    };
  }

  /** A value's noted member ends, copied to `at`: how many. */
  private ends(value: RawValue, at: number): number {
    const ends = value.ends;
    if (ends === null || ends === undefined || ends.length === 0) return 0;
    this.words.set(ends, at >> 2);
    return ends.length;
  }

  /** The texts of the paths interned since the last call (entries of six i32: see raw-diff.wat). */
  private learn(): void {
    const count = this.wasm.pathCount();
    const texts = this.texts;
    const words = this.words;
    for (let id = texts.length; id < count; id++) {
      const at = words[id * 6 + 3]!;
      const text = this.text.toString('latin1', at, at + words[id * 6 + 4]!);
      texts.push(text);
      this.names.push(cutName(text));
    }
  }

  /** The first `limit` of `count` ids from word `from`: their texts (`whole`) or names. */
  private list(from: number, count: number, limit: number, whole: boolean): string[] {
    const n = Math.min(count, limit);
    const texts = whole ? this.texts : this.names;
    const out = new Array<string>(n);
    for (let k = 0; k < n; k++) out[k] = texts[this.words[from + k]!]!;
    return out;
  }
}

const align = (n: number): number => (n + 7) & ~7;

/** The length of a kept value without the whitespace its capture may end in. */
function trimmed(b: Uint8Array): number {
  let end = b.length;
  while (end > 0 && isSpace(b[end - 1]!)) end--;
  return end;
}

let module: RolesModule | null | undefined;

/**
 * The roles of a change whose `before` and `after` (objects' raw text, as the scanner kept them)
 * and `after_unknown` (absent: none) the module reads, at most `limit` names of each list; null
 * when it leaves the change to JS.
 */
export function wasmRoles(
  before: RawValue,
  after: RawValue,
  unknown: RawValue | undefined,
  limit: number,
  whole = false,
): WasmRoles | null {
  if (!wasmDiffEnabled()) return null;
  if (module === undefined) {
    const exports = newRawDiffInstance() as RolesExports | null;
    module = exports === null ? null : new RolesModule(exports);
  }
  return module === null ? null : module.roles(before, after, unknown, limit, whole);
}
