/**
 * The code cache's checksum (cache-sum.wat, in WebAssembly), and the buffer the loader reads the
 * bundle and its cache into: the module's own memory, so the cache's bytes are summed where they
 * were read, with no copy (every page of a fresh buffer is a page fault, ~10 us each on the test
 * machine: docs/performance.md).
 *
 * It replaces node:zlib's CRC-32: loading node:zlib loads Node's stream modules with it, ~5 ms of
 * CPU on Node 20 and ~10 ms on Node 24 of every run (issue 29); a CRC-32 in JavaScript, cold, took
 * 8-14 ms over the ~650 kB of a cache. Where WebAssembly is missing (`--jitless`) there is no
 * checksum, and so no code cache: the bundle is compiled as without one.
 */
import { CACHE_SUM_WASM_BASE64 } from './cache-sum.generated.js';

// The few WebAssembly declarations used here (TypeScript's ES and Node libs have none).
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}

interface SumModule {
  readonly memory: WasmMemory;
  readonly sum: (at: number, length: number) => number;
}

const PAGE = 65_536;
let module: SumModule | null | undefined;

function sumModule(): SumModule | undefined {
  if (module === undefined) {
    try {
      const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly!;
      const { exports } = new api.Instance(new api.Module(Buffer.from(CACHE_SUM_WASM_BASE64, 'base64')));
      module = { memory: exports['memory'] as WasmMemory, sum: exports['sum'] as SumModule['sum'] };
    } catch {
      module = null;
    }
  }
  return module ?? undefined;
}

/** The module's memory as a buffer of at least `size` bytes (and 8 more), grown when it is smaller. */
function memoryOf(wasm: SumModule, size: number): Buffer {
  const pages = Math.ceil((size + 8) / PAGE);
  const have = wasm.memory.buffer.byteLength / PAGE;
  if (pages > have) wasm.memory.grow(pages - have);
  return Buffer.from(wasm.memory.buffer, 0, size);
}

/**
 * A buffer of `size` uninitialised bytes where `checksum` reads without copying (its data at an
 * offset that is a multiple of 8); undefined without WebAssembly. A later, larger call may move
 * the memory: take the checksum of one before asking for the next.
 */
export function checksumBuffer(size: number): Buffer | undefined {
  const wasm = sumModule();
  return wasm && memoryOf(wasm, size);
}

/** The checksum of `bytes` (copied into the module's memory first unless they are there already); undefined without WebAssembly. */
export function checksum(bytes: Uint8Array): number | undefined {
  const wasm = sumModule();
  if (wasm === undefined) return undefined;
  let at = bytes.byteOffset;
  if (
    bytes.buffer !== wasm.memory.buffer ||
    at % 8 !== 0 ||
    at + bytes.length + 8 > bytes.buffer.byteLength
  ) {
    memoryOf(wasm, bytes.length).set(bytes);
    at = 0;
  }
  // Zeros up to the next multiple of 8: the module reads whole 8-byte words.
  new Uint8Array(wasm.memory.buffer, at + bytes.length, 8).fill(0);
  return wasm.sum(at, bytes.length) >>> 0;
}
