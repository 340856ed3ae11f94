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
  /** raw-diff.wat's `roles`, its seventeen arguments read from the memory at `at` (see roles()). */
  rolesAt(at: number): number;
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
    // Copied whole: the module trims the whitespace a capture may end in.
    const bLen = before.bytes.length;
    const aLen = after.bytes.length;
    const uLen = unknown === undefined ? 0 : unknown.bytes.length;
    const bytes = bLen + aLen + uLen;
    if (bytes > MAX_WASM_BYTES) return null;
    if (wasm.pathCount() > MAX_IDS - ROOM_IDS || wasm.arenaUsed() > ARENA_BYTES - ROOM_BYTES) {
      wasm.resetPaths();
      this.texts.length = 0;
      this.names.length = 0;
    }
    // The arguments, then the inputs, after the interned paths; then the records, the stack and
    // the result.
    const args = this.inputAt;
    const bAt = args + ARGS_BYTES;
    // Offsets 8-byte aligned, written out: each small helper called here would be one more
    // function for V8's optimising compiler to build in every process (docs/performance.md).
    const aAt = (bAt + bLen + 7) & ~7;
    const uAt = (aAt + aLen + 7) & ~7;
    // The member ends the scanner noted, as the module reads them (raw-diff.wat's $noted).
    const bN = before.ends?.length ?? 0;
    const aN = after.ends?.length ?? 0;
    const uN = unknown?.ends?.length ?? 0;
    const bEnds = (uAt + uLen + 7) & ~7;
    const aEnds = bEnds + 4 * bN;
    const uEnds = aEnds + 4 * aN;
    const recAt = (uEnds + 4 * uN + 7) & ~7;
    const recCap = Math.ceil(bytes * RECORDS_PER_BYTE) + 64;
    const sp = recAt + recCap * 24;
    const spEnd = sp + bytes * STACK_PER_BYTE + PAGE;
    const outAt = spEnd;
    const end = outAt + recCap * 4 + 16;
    // Only grown here (the module never grows its memory), so the views stay good till then.
    if (end > this.bytes.length) {
      const have = wasm.memory.buffer.byteLength;
      if (end > have) wasm.memory.grow(Math.ceil((end - have) / PAGE));
      this.views();
    }
    const memory = this.bytes;
    const words = this.words;
    memory.set(before.bytes, bAt);
    memory.set(after.bytes, aAt);
    if (unknown !== undefined) memory.set(unknown.bytes, uAt);
    if (bN > 0) words.set(before.ends!, bEnds >> 2);
    if (aN > 0) words.set(after.ends!, aEnds >> 2);
    if (uN > 0) words.set(unknown!.ends!, uEnds >> 2);
    const a = args >> 2;
    words[a] = bAt;
    words[a + 1] = bLen;
    words[a + 2] = aAt;
    words[a + 3] = aLen;
    words[a + 4] = uAt;
    words[a + 5] = uLen;
    words[a + 6] = recAt;
    words[a + 7] = recCap;
    words[a + 8] = sp;
    words[a + 9] = spEnd;
    words[a + 10] = outAt;
    words[a + 11] = bEnds;
    words[a + 12] = bN;
    words[a + 13] = aEnds;
    words[a + 14] = aN;
    words[a + 15] = uEnds;
    words[a + 16] = uN;
    if (!run(wasm, args)) return null;
    // The texts of the paths interned by this call (entries of six i32: see raw-diff.wat), each
    // decoded once and cut once, as summaries list it.
    const texts = this.texts;
    const cut = this.names;
    for (let id = texts.length, count = wasm.pathCount(); id < count; id++) {
      const at = words[id * 6 + 3]!;
      const text = this.text.toString('latin1', at, at + words[id * 6 + 4]!);
      texts.push(text);
      cut.push(cutName(text));
    }
    // The lists as ids from `outAt`: the changed paths' texts (`whole`) or names, and the names
    // of the paths known after apply, at most `limit` of each unless `whole`.
    const out = outAt >> 2;
    const total = words[out]!;
    const unknownTotal = words[out + 1]!;
    const pool = whole ? texts : cut;
    const names = new Array<string>(whole ? total : Math.min(total, limit));
    for (let k = 0; k < names.length; k++) names[k] = pool[words[out + 2 + k]!]!;
    const unknownNames = new Array<string>(Math.min(unknownTotal, limit));
    for (let k = 0; k < unknownNames.length; k++) unknownNames[k] = cut[words[out + 2 + total + k]!]!;
    return { names, total, unknown: unknownNames, unknownTotal };
  }
}

/** Bytes of `rolesAt`'s arguments (seventeen i32), before the inputs. */
const ARGS_BYTES = 72;

/**
 * One call of the module on the arguments at `at`: false where it leaves the change to JS (a
 * trap: see raw-diff.wat). Apart from roles(), whose optimised code is then smaller.
 */
function run(wasm: RolesExports, at: number): boolean {
  try {
    wasm.rolesAt(at);
  } catch {
    wasmDiffCounts.left++;
    return false;
  }
  wasmDiffCounts.compared++;
  return true;
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
