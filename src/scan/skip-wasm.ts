/**
 * Skip mode in WebAssembly with SIMD (skip-wasm.wat, assembled into skip-wasm.generated.ts): the
 * same contract as JsonScanner's JS skip loop, but string contents are classified 64 bytes at a
 * time instead of byte by byte, and the members of an object the handler does not want are
 * skipped without waking it: a 200 MB plan is read with 245 ms of CPU instead of 545 (see
 * scripts/bench/README.md).
 *
 * The module works on bytes in its own memory, so each reader gets an instance whose memory also
 * holds the file reader's two buffers (chunks are read straight into it, never copied), a third
 * buffer that chunks from anywhere else are copied into, the scanner's container-type stack
 * (shared with the JS path, which may take over at any token) and the DFA tables.
 *
 * Without WebAssembly SIMD (WebAssembly.validate says no) the JS path does everything.
 */
import { SKIP_WASM_BASE64 } from './skip-wasm.generated.js';
import {
  ACTION_BASE,
  A_CLOSE_ARRAY,
  A_CLOSE_OBJECT,
  A_COMMA,
  A_ERROR,
  A_KEY_QUOTE,
  A_VALUE_START,
  ESCAPE_BYTES,
  HEX_BYTES,
  STATE_AFTER_FIRST,
  S_AFTER,
  S_COLON,
  S_KEY,
  S_OBJ_FIRST,
  TRANSITIONS,
} from './scanner-tables.js';

/** Which skip loop a reader uses: 'auto' takes WebAssembly where it is available. */
export type SkipEngine = 'auto' | 'wasm' | 'js';

/** Actions of the WebAssembly DFA (skip-wasm.wat); every other value >= ACTION_BASE is an error. */
export const W_OPEN_OBJECT = 64;
export const W_OPEN_ARRAY = 65;
export const W_COMMA = A_COMMA;
export const W_CLOSE_OBJECT = A_CLOSE_OBJECT;
export const W_CLOSE_ARRAY = A_CLOSE_ARRAY;
/** A key's opening quote between the members of an object whose keys are filtered. */
export const W_KEY = 69;
/** Keys of a key set are compared with their closing quote in 32 bytes. */
export const MAX_FILTERED_KEY_BYTES = 31;

// The few WebAssembly declarations used here (TypeScript's ES and Node libs have none).
interface WasmGlobal {
  value: number;
}
interface WasmInstance {
  exports: Record<string, unknown>;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => WasmInstance;
}

type SkipFunction = (
  p: number,
  n: number,
  st: number,
  depth: number,
  base: number,
  limit: number,
  keys: number,
  rec?: number,
) => number;

/**
 * What skip mode makes of the DFA's entry `a` for byte `b`: what the JS scanner does as actions
 * for quotes and scalar starts (nothing to record while skipping) become plain transitions;
 * brackets, commas and closes stay actions; everything else is an error, left to the JS path.
 */
export function skipEntry(a: number, b: number): number {
  if (a < ACTION_BASE) return a;
  if (a === A_KEY_QUOTE) return S_COLON;
  if (a === A_VALUE_START) {
    return b === 0x22
      ? S_AFTER
      : b === 0x7b
        ? W_OPEN_OBJECT
        : b === 0x5b
          ? W_OPEN_ARRAY
          : STATE_AFTER_FIRST[b]!;
  }
  return a === A_COMMA || a === A_CLOSE_OBJECT || a === A_CLOSE_ARRAY ? a : A_ERROR;
}

/** The DFA of scanner-tables.ts as skip mode needs it (skipEntry of every cell). */
export function buildSkipTable(): Uint8Array {
  // Only the action cells change (a few hundred of 6,656): they are found with indexOf, not by a
  // loop over every cell, which V8 would compile twice over at every start (on-stack replacement).
  // Cells are found in TRANSITIONS and written to the copy (some new values are action numbers).
  const t = TRANSITIONS.slice();
  for (let a = ACTION_BASE; a < A_ERROR; a++) {
    for (let i = TRANSITIONS.indexOf(a); i >= 0; i = TRANSITIONS.indexOf(a, i + 1))
      t[i] = skipEntry(a, i & 0xff);
  }
  return t;
}

/** The skip table with a key's opening quote as the action W_KEY (for filtered members). */
export function buildMemberTable(skipTable: Uint8Array = buildSkipTable()): Uint8Array {
  const t = skipTable.slice();
  t[(S_KEY << 8) | 0x22] = W_KEY;
  t[(S_OBJ_FIRST << 8) | 0x22] = W_KEY;
  return t;
}

let compiled: object | null | undefined;

function wasmApi(): WasmApi | undefined {
  return (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
}

/** The compiled module, or null where WebAssembly or its SIMD instructions are missing. */
function compiledModule(): object | null {
  if (compiled === undefined) {
    const api = wasmApi();
    const bytes = Buffer.from(SKIP_WASM_BASE64, 'base64');
    compiled = api !== undefined && api.validate(bytes) ? new api.Module(bytes) : null;
  }
  return compiled;
}

/** True where the WebAssembly skip loop can run (Node 16.4+ has wasm SIMD on by default). */
export function wasmSkipAvailable(): boolean {
  return compiledModule() !== null;
}

/** An instance of the module (one per running read), with views of its memory. */
export class WasmSkipper {
  /**
   * Runs the skip loop (see skip-wasm.wat); then `state` and `depth` hold where it stopped. `keys`
   * is 0, or the address of a key set (from loadKeySets) to skip an object's other members. `rec`
   * is 0, or the depth of an object whose member ends are noted (`recordCount` of them, as memory
   * addresses, in `records`).
   */
  readonly skip: SkipFunction;
  /** The memory's bytes: chunks with this `buffer` are scanned in place. */
  readonly memory: ArrayBuffer;
  /** The container-type stack the JS path shares. */
  readonly types: Uint8Array;
  /** The file reader's two read buffers. */
  readonly fileBuffers: [Buffer, Buffer];
  /** Chunks that are not in the memory are copied here, this many bytes at a time. */
  readonly staging: Buffer;
  /** Member ends noted by the last `skip` (its `rec`): addresses of each ',' and the '}'. */
  readonly records: Int32Array;
  private readonly out: Int32Array;
  private readonly at: (name: string) => number;
  private loadedSets: readonly (readonly string[])[] | null = null;
  private loadedAddresses: number[] = [];

  constructor(module: object, api: WasmApi) {
    const { exports } = new api.Instance(module);
    const at = (name: string): number => (exports[name] as WasmGlobal).value;
    this.at = at;
    this.skip = exports['skip'] as SkipFunction;
    this.memory = (exports['memory'] as { buffer: ArrayBuffer }).buffer;
    const bytes = new Uint8Array(this.memory);
    const skipTable = buildSkipTable();
    bytes.set(skipTable, at('TABLE_AT'));
    bytes.set(buildMemberTable(skipTable), at('MEMBER_TABLE_AT'));
    bytes.set(ESCAPE_BYTES, at('ESCAPE_AT'));
    bytes.set(HEX_BYTES, at('HEX_AT'));
    this.types = new Uint8Array(this.memory, at('TYPES_AT'), at('TYPES_BYTES'));
    const buffer = (k: number): Buffer =>
      Buffer.from(this.memory, at('BUFFERS_AT') + k * at('BUFFER_STRIDE'), at('BUFFER_BYTES'));
    this.fileBuffers = [buffer(0), buffer(1)];
    this.staging = buffer(2);
    this.out = new Int32Array(this.memory, at('STATE_AT'), 3);
    this.records = new Int32Array(this.memory, at('RECORDS_AT'), at('RECORD_CAP'));
  }

  /**
   * Stores the key sets of a ScanHandler (set k's keys are the ones the handler wants to see in an
   * object it answers keyFilter() = k for). Returns each set's address for `skip`.
   */
  loadKeySets(sets: readonly (readonly string[])[]): number[] {
    // A pooled instance keeps the sets of its last reader (the plan walker's, every time).
    if (sets === this.loadedSets) return this.loadedAddresses;
    if (sets.length > this.at('KEY_SET_COUNT')) throw new Error('too many key sets');
    const bytes = new Uint8Array(this.memory);
    const region = this.at('KEY_SETS_AT');
    bytes.fill(0, region, region + this.at('KEY_SET_COUNT') * this.at('KEY_SET_BYTES'));
    const encoder = new TextEncoder();
    this.loadedSets = sets;
    this.loadedAddresses = sets.map((keys, k) => {
      const address = this.at('KEY_SETS_AT') + k * this.at('KEY_SET_BYTES');
      if (16 + keys.length * 64 > this.at('KEY_SET_BYTES')) throw new Error('too many keys in a key set');
      bytes[address] = keys.length;
      keys.forEach((key, e) => {
        const encoded = encoder.encode(key);
        if (encoded.length > MAX_FILTERED_KEY_BYTES) throw new Error(`key too long to filter: ${key}`);
        const entry = address + 16 + e * 64;
        bytes.set(encoded, entry);
        bytes[entry + encoded.length] = 0x22;
        bytes.fill(0xff, entry + 32, entry + 32 + encoded.length + 1);
      });
      return address;
    });
    return this.loadedAddresses;
  }

  get state(): number {
    return this.out[0]!;
  }

  get depth(): number {
    return this.out[1]!;
  }

  /** How many member ends the last `skip` noted in `records`. */
  get recordCount(): number {
    return this.out[2]!;
  }
}

/**
 * Instances of finished reads, for the next ones: an instance costs ~0.4 ms to set up (its memory
 * and tables), which a tree of a thousand small plans would pay a thousand times. A few are kept,
 * for readers that run at the same time.
 */
const idle: WasmSkipper[] = [];
const MAX_IDLE = 4;

/**
 * A WasmSkipper for one read, or null for the JS path: 'js' asks for it, and 'auto' falls back to
 * it where WebAssembly SIMD is missing. 'wasm' without WebAssembly SIMD is an error. Give it back
 * with releaseWasmSkipper once nothing reads its memory any more (the read has ended).
 */
export function acquireWasmSkipper(engine: SkipEngine): WasmSkipper | null {
  if (engine === 'js') return null;
  const module = compiledModule();
  if (module === null) {
    if (engine === 'wasm') throw new Error('WebAssembly SIMD is not available in this runtime');
    return null;
  }
  const pooled = idle.pop();
  if (pooled !== undefined) return pooled;
  if (instanceFailure !== undefined && engine === 'auto') return null;
  try {
    return new WasmSkipper(module, wasmApi()!);
  } catch (error) {
    // Under a virtual-memory cap (`ulimit -v`) V8 cannot reserve a WebAssembly memory (it sets
    // aside gigabytes of address space for one): the JS loop reads the same input, slower.
    if (engine === 'wasm') throw error;
    instanceFailure = error instanceof Error ? error.message : String(error);
    return null;
  }
}

let instanceFailure: string | undefined;

/**
 * Why the WebAssembly reader could not start in this process (then every read took the JS path),
 * as one line for the log; undefined when it started or was never tried.
 */
export function wasmFallbackNote(): string | undefined {
  if (instanceFailure === undefined) return undefined;
  return `note: the WebAssembly plan reader could not start (${instanceFailure.replace(/\s+/g, ' ').slice(0, 200)}; a virtual-memory limit such as ulimit -v?); plans were read by the JavaScript reader, which is slower`;
}

export function releaseWasmSkipper(skipper: WasmSkipper | null): void {
  if (skipper !== null && idle.length < MAX_IDLE && !idle.includes(skipper)) idle.push(skipper);
}
