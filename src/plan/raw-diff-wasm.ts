/**
 * Attribute roles' comparison of `before` and `after` in WebAssembly (raw-diff.wat), for the usual
 * case; attribute-raw-diff.ts's Comparison reads the rest (keys with escapes or written twice,
 * whitespace, very large values) and every value where WebAssembly is missing.
 *
 * Why: in a fresh process (what a user's run is), the JS comparison of 2,000 updates cost more in
 * being compiled and warmed up than in comparing: V8's optimising compiler on its background
 * threads and the interpreter before it, ~+17-26% of the read's CPU. The module here is compiled
 * once and fast from its first call; JS only turns its records into paths (path-cache.ts, so the
 * paths are the very strings Comparison makes).
 */
import type { PathCache } from './path-cache.js';
import { RAW_DIFF_WASM_BASE64 } from './raw-diff.generated.js';
import type { Side } from './raw-side.js';

/** Values larger than this (both sides together) are left to the JS comparison. */
const MAX_WASM_BYTES = 1 << 20;
/** Records the memory has room for, per byte of input (a record per member is far more than usual). */
export const RECORDS_PER_BYTE = 1 / 4;
/** Stack bytes per byte of input (member lists and tables, five levels deep). */
export const STACK_PER_BYTE = 8;
export const PAGE = 65536;

interface DiffExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  diff(
    bLen: number,
    aAt: number,
    aLen: number,
    recAt: number,
    recCap: number,
    sp: number,
    spEnd: number,
  ): number;
  unknown(len: number, recAt: number, recCap: number, sp: number, spEnd: number): number;
}

interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}

let instance: DiffExports | null | undefined;

let compiled: object | null | undefined;

/**
 * A new instance of the module (its own memory), or null where WebAssembly is missing. The
 * comparison here has one; raw-roles-wasm.ts another, whose memory keeps the interned paths.
 */
export function newRawDiffInstance(): unknown {
  try {
    const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    if (api === undefined) return null;
    compiled ??= new api.Module(Buffer.from(RAW_DIFF_WASM_BASE64, 'base64'));
    return new api.Instance(compiled).exports;
  } catch {
    return null;
  }
}

function diffModule(): DiffExports | null {
  if (instance === undefined) instance = newRawDiffInstance() as DiffExports | null;
  return instance;
}

const align = (n: number): number => (n + 7) & ~7;

/** Pairs the module compared and pairs it left to JS, so far (tests check that both happen). */
export const wasmDiffCounts = { compared: 0, left: 0 };

let enabled = true;

/** Tests turn the module off to check the JS comparison on the same cases. */
export function useWasmDiff(on: boolean): void {
  enabled = on;
}

/** False while a test has turned the module off. */
export function wasmDiffEnabled(): boolean {
  return enabled;
}

/** Room for `bytes` bytes of input from `at`: where the records and the stack go. */
function layout(
  wasm: DiffExports,
  at: number,
  bytes: number,
): { recAt: number; recCap: number; sp: number; spEnd: number } {
  const recAt = align(at);
  const recCap = Math.ceil(bytes * RECORDS_PER_BYTE) + 64;
  const sp = recAt + recCap * 24;
  const spEnd = sp + bytes * STACK_PER_BYTE + PAGE;
  const have = wasm.memory.buffer.byteLength;
  if (spEnd > have) wasm.memory.grow(Math.ceil((spEnd - have) / PAGE));
  return { recAt, recCap, sp, spEnd };
}

/** The input's first `end` bytes, copied into the module's memory at `at`. */
function copyIn(wasm: DiffExports, side: Side, end: number, at: number): void {
  new Uint8Array(wasm.memory.buffer).set(end === side.b.length ? side.b : side.b.subarray(0, end), at);
}

/**
 * The paths the module's records name (see raw-diff.wat), made as Comparison makes them: through
 * the path cache, keys decoded only when first seen.
 */
function recordPaths(
  wasm: DiffExports,
  recAt: number,
  count: number,
  before: Side,
  after: Side | null,
  aAt: number,
  paths: PathCache,
): string[] {
  const records = new Int32Array(wasm.memory.buffer, recAt, count * 6);
  const out: string[] = [];
  const pathOf: string[] = [];
  for (let r = 0; r < count; r++) {
    const k = r * 6;
    const parent = records[k]!;
    const kids = paths.children(parent < 0 ? '' : pathOf[parent]!);
    const to = records[k + 3]!;
    let path: string;
    if (to < 0) path = kids.index(records[k + 4]!);
    else {
      const onAfter = records[k + 1] !== 0;
      const side = onAfter ? after! : before;
      const base = onAfter ? aAt : 0;
      const from = records[k + 2]! - base;
      const h = records[k + 4]!;
      path = kids.find(side.b, from, to - base, h) ?? kids.add(side.key(from, to - base), h);
    }
    pathOf.push(path);
    if (records[k + 5] === 1) out.push(path);
  }
  return out;
}

/** Runs one of the module's walks: its record count, or -1 where it leaves the value to JS. */
function run(walk: () => number): number {
  try {
    const count = walk();
    wasmDiffCounts.compared++;
    return count;
  } catch {
    // A case the module leaves to JS (see raw-diff.wat).
    wasmDiffCounts.left++;
    return -1;
  }
}

/**
 * The paths where `before` and `after` (two sides whose values are objects, trimmed to `bEnd` and
 * `aEnd`) differ, as Comparison finds them; null when the WebAssembly comparison does not read
 * this pair (the caller then compares in JS).
 */
export function wasmChangedPaths(
  before: Side,
  bEnd: number,
  after: Side,
  aEnd: number,
  paths: PathCache,
): string[] | null {
  const wasm = enabled && bEnd + aEnd <= MAX_WASM_BYTES ? diffModule() : null;
  if (wasm === null) return null;
  const aAt = align(bEnd);
  const { recAt, recCap, sp, spEnd } = layout(wasm, aAt + aEnd, bEnd + aEnd);
  copyIn(wasm, before, bEnd, 0);
  copyIn(wasm, after, aEnd, aAt);
  const count = run(() => wasm.diff(bEnd, aAt, aEnd, recAt, recCap, sp, spEnd));
  return count < 0 ? null : recordPaths(wasm, recAt, count, before, after, aAt, paths);
}

/**
 * The paths of an `after_unknown` object (trimmed to `end`) that are known after apply, as
 * raw-unknown-paths.ts finds them; null when the module leaves it to JS.
 */
export function wasmUnknownPaths(unknown: Side, end: number, paths: PathCache): string[] | null {
  const wasm = enabled && end <= MAX_WASM_BYTES ? diffModule() : null;
  if (wasm === null) return null;
  const { recAt, recCap, sp, spEnd } = layout(wasm, end, end);
  copyIn(wasm, unknown, end, 0);
  const count = run(() => wasm.unknown(end, recAt, recCap, sp, spEnd));
  return count < 0 ? null : recordPaths(wasm, recAt, count, unknown, null, 0, paths);
}
