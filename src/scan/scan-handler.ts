/**
 * The contract between the JSON scanner (json-scanner.ts) and the reader it serves (plan-walker.ts):
 * what a value is, from its first byte (ValueKind), what the reader answers to each value start
 * (Disposition), and the calls it receives (ScanHandler). The scanner's own machinery (states,
 * the skip loops, limits) stays in json-scanner.ts and its layers (scan-state.ts) and scanner-tables.ts.
 */

/**
 * Output values nested deeper than this are dropped like too large ones (a D_RAW capture past it is given up): nobody reads such a value
 * in a report, and JSON.stringify/JSON.parse recurse (a 10,000-deep value overflows the stack).
 * Depth counts containers: a scalar is 0, `[]` is 1, `{"a":[1]}` is 2.
 */
export const MAX_OUTPUT_VALUE_DEPTH = 64;

export const KIND_OBJECT = 0;
export const KIND_ARRAY = 1;
export const KIND_STRING = 2;
export const KIND_NUMBER = 3;
export const KIND_TRUE = 4;
export const KIND_FALSE = 5;
export const KIND_NULL = 6;

/** What a value is, from its first byte. */
export type ValueKind =
  | typeof KIND_OBJECT
  | typeof KIND_ARRAY
  | typeof KIND_STRING
  | typeof KIND_NUMBER
  | typeof KIND_TRUE
  | typeof KIND_FALSE
  | typeof KIND_NULL;

/** Go into the container (event mode continues inside it). */
export const D_DESCEND = 0;
/** Hand the string's bytes to ScanHandler.string. */
export const D_CAPTURE = 1;
/** Skip the value. */
export const D_SKIP = 2;
/** Skip the value, then tell ScanHandler.captured whether a `true` literal occurred in it. */
export const D_SCAN_TRUE = 3;
/** Skip the value, then hand its raw bytes (up to RAW_LIMIT) to ScanHandler.captured. */
export const D_RAW = 4;
/**
 * Skip the value, hashing its bytes (whitespace outside strings left out) as they pass, then hand
 * the hash to ScanHandler.hashed. Nothing of the value is kept: only the hash leaves the scanner.
 */
export const D_HASH = 5;
/**
 * Like D_RAW, for attribute values (attribute-raw-diff.ts): no depth cap (the reader of the bytes
 * does not recurse past a few steps), skipped by the fast loops like D_SKIP, and kept up to
 * KEEP_LIMIT bytes (null past it).
 */
export const D_KEEP = 6;

/** A handler's answer to a value: what the scanner does with it. */
export type Disposition =
  | typeof D_DESCEND
  | typeof D_CAPTURE
  | typeof D_SKIP
  | typeof D_SCAN_TRUE
  | typeof D_RAW
  | typeof D_HASH
  | typeof D_KEEP;

export interface ScanHandler {
  /** A value starts at `offset` (in event mode); the answer says what to do with it. */
  value(kind: ValueKind, offset: number): Disposition;
  /** An object key, as raw bytes `bytes[start, end)` between the quotes. */
  key(bytes: Uint8Array, start: number, end: number, escaped: boolean, offset: number): void;
  /** A string value the handler asked for with D_CAPTURE. */
  string(bytes: Uint8Array, start: number, end: number, escaped: boolean, offset: number): void;
  /** The end of a container entered with D_DESCEND. */
  close(offset: number): void;
  /**
   * The end of a D_SCAN_TRUE, D_RAW or D_KEEP value; `raw` is null past the scanner's RAW_LIMIT
   * (KEEP_LIMIT for D_KEEP) or for D_SCAN_TRUE. For D_KEEP, `ends` may say where the kept object's
   * members end in `raw` (each ',' between them and the '}'): null when the scanner did not note
   * them (its JS skip loop does not). A D_KEEP value's bytes stay valid until close() returns for
   * the container two levels above it (for a change's `before`: the change entry); then the
   * scanner writes the next ones over them.
   */
  captured(raw: Uint8Array | null, sawTrue: boolean, offset: number, ends?: ArrayLike<number> | null): void;
  /** The end of a D_HASH value: a 53-bit hash of its bytes, whitespace outside strings left out. */
  hashed(hash: number, offset: number): void;
  /**
   * Lists of keys: in an object for which keyFilter() gives k, the handler promises to answer
   * D_SKIP to the value of every key not in keySets[k] (matched by its bytes, unescaped) and to do
   * nothing else for it, so the scanner may skip such members without calling key() or value().
   */
  readonly keySets: readonly (readonly string[])[];
  /**
   * The key set of the container just entered or returned to (after close()), or -1: no filter.
   * Asked again after each string() call, whose value may change the keys wanted next.
   */
  keyFilter(): number;
}
