/**
 * The one mutation generator of the fuzz tests, and the one chunked stream: real files changed at
 * random (byte flips, truncations, inserted bytes and JSON tokens, deletions, duplicated slices and
 * slices spliced in from another file), then fed to a reader in chunks split anywhere.
 */
import fc from 'fast-check';

export type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; from: number; length: number; at: number }
  | { kind: 'splice'; other: number; from: number; length: number; at: number };

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Tokens that change structure, escapes and encodings, rather than only characters inside strings. */
export const TOKENS: readonly Uint8Array[] = [
  '{',
  '}',
  '[',
  ']',
  '"',
  '\\',
  ',',
  ':',
  'true',
  'null',
  '-',
  '1e9',
  '1e400',
  '\\u00e9',
  '\\u0000',
  '\\ud800',
  '\uFEFF',
  '"__proto__":',
].map(enc);

/** One random mutation; positions are reduced modulo the length when applied. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.constantFrom(...TOKENS)),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    from: fc.nat(),
    length: fc.integer({ min: 1, max: 512 }),
    at: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('splice' as const),
    other: fc.nat(),
    from: fc.nat(),
    length: fc.integer({ min: 1, max: 512 }),
    at: fc.nat(),
  }),
);

function concat(...parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}

/** `base` with `ops` applied in order; a splice takes its slice from one of `others`. */
export function mutate(
  base: Uint8Array,
  ops: readonly Mutation[],
  others: readonly Uint8Array[] = [base],
): Uint8Array {
  let b = base;
  const pos = (n: number): number => (b.length === 0 ? 0 : n % (b.length + 1));
  for (const op of ops) {
    if (op.kind === 'flip') {
      const at = pos(op.at);
      if (at < b.length) {
        b = b.slice();
        b[at] = op.byte;
      }
    } else if (op.kind === 'truncate') {
      b = b.subarray(0, pos(op.at));
    } else if (op.kind === 'insert') {
      const at = pos(op.at);
      b = concat(b.subarray(0, at), op.bytes, b.subarray(at));
    } else if (op.kind === 'delete') {
      const at = pos(op.at);
      b = concat(b.subarray(0, at), b.subarray(at + op.length));
    } else {
      const source = op.kind === 'splice' ? (others[op.other % others.length] ?? b) : b;
      const from = source.length === 0 ? 0 : op.from % source.length;
      const slice = source.subarray(from, from + op.length);
      const at = pos(op.at);
      b = concat(b.subarray(0, at), slice, b.subarray(at));
    }
  }
  return b;
}

/**
 * The bytes as a stream of `size`-byte chunks, the first arriving later as from any real stream:
 * fresh copies, or with `reuse: true` one buffer overwritten for every chunk (as some producers
 * do), or with 'view' views into `bytes` at unaligned offsets.
 *
 * An iterator written out rather than an async generator: the reader sees the same chunks at the
 * same moments (each one made when it asks for it), and a file in 1-byte chunks is read about
 * 2.5 times faster (an async generator's resume per chunk cost more than the reader's work).
 */
export function chunked(
  bytes: Uint8Array,
  size: number,
  reuse: boolean | 'view' = false,
): AsyncIterableIterator<Uint8Array> {
  // A Buffer, as files give: its slice() is a view, so a reader that kept one would see it change.
  const scratch = Buffer.alloc(size);
  let at = 0;
  let started = false;
  const step = (): IteratorResult<Uint8Array> => {
    if (at >= bytes.length) return { done: true, value: undefined };
    const piece = bytes.subarray(at, at + size);
    at += size;
    if (reuse === 'view') return { done: false, value: piece };
    if (!reuse) return { done: false, value: piece.slice() };
    scratch.set(piece);
    return { done: false, value: scratch.subarray(0, piece.length) };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      if (started) return Promise.resolve(step());
      started = true;
      return Promise.resolve().then(step);
    },
    return() {
      at = bytes.length;
      return Promise.resolve({ done: true, value: undefined });
    },
  };
}
