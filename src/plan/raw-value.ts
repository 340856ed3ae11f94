/**
 * What attribute roles read from a kept value (raw-side.ts): its bytes as the scanner handed them
 * over, the member ends it noted, and the shape of an object's members once read.
 */

/**
 * A value's bytes, where its first byte was in the input (for messages) and, when the scanner
 * noted them, where the members of its containers end, down to MAX_PATH_DEPTH containers below
 * its top (see JsonScanner.keepEnds): then members and elements are found without reading their
 * values.
 */
export interface RawValue {
  readonly bytes: Uint8Array;
  readonly offset: number;
  /**
   * In document order, every ',' between the members or elements of a container and the
   * container's closing bracket: its index in `bytes` (END_AT bits) plus, in the bits above
   * LEVEL_SHIFT, how many containers the container lies below the value's top (0: the value).
   */
  readonly ends?: ArrayLike<number> | null;
}

/** The index bits of a noted end (RawValue.ends). */
export const END_AT = 0xffffff;
/** Where a noted end's level starts (RawValue.ends). */
export const LEVEL_SHIFT = 24;

/** The FNV-1a start the key hashes use, as an int32 (an empty key keeps it). */
export const KEY_HASH_START = 0x811c9dc5 | 0;

/** An object's members (Side.members). */
export interface Members {
  /** Per member: key start, key end, value start, value end, key hash. */
  readonly at: number[];
  /** Some key holds an escape. */
  escaped: boolean;
}
