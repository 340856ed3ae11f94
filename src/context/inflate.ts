/**
 * DEFLATE decoding (RFC 1951) for the zlib streams git stores objects in (RFC 1950), written after
 * Mark Adler's puff.c: small tables, one bit at a time, every length and distance checked.
 *
 * Why not `node:zlib`: loading it loads Node's stream modules with it, ~5 ms of CPU on Node 20 and
 * ~10 ms on Node 24 of every run in a git checkout, where all it decodes is one commit of a few
 * hundred bytes (issue 29, docs/performance.md). A small decoder here costs well under a
 * millisecond for that. Whatever is not a valid stream (damaged, truncated, a preset dictionary)
 * throws, and git-objects.ts leaves the answer to git, as it did when zlib threw.
 */

const MAX_BITS = 15;
const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
  227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
  6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
/** The order code length code lengths come in (RFC 1951, 3.2.7). */
const CODE_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A canonical Huffman code: how many codes of each length, and the symbols in code order. */
interface Huffman {
  readonly count: Uint16Array;
  readonly symbol: Uint16Array;
}

class InflateError extends Error {}

/**
 * The code for `lengths` (one per symbol, 0: unused); `left` > 0 when it is incomplete, < 0 when
 * over-subscribed.
 */
function huffman(lengths: ArrayLike<number>): { code: Huffman; left: number } {
  const count = new Uint16Array(MAX_BITS + 1);
  const symbol = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) count[lengths[s]!]!++;
  if (count[0] === lengths.length) return { code: { count, symbol }, left: 0 };
  let left = 1;
  for (let len = 1; len <= MAX_BITS; len++) {
    left = left * 2 - count[len]!;
    if (left < 0) return { code: { count, symbol }, left };
  }
  const offsets = new Uint16Array(MAX_BITS + 1);
  for (let len = 1; len < MAX_BITS; len++) offsets[len + 1] = offsets[len]! + count[len]!;
  for (let s = 0; s < lengths.length; s++) {
    if (lengths[s] !== 0) symbol[offsets[lengths[s]!]!++] = s;
  }
  return { code: { count, symbol }, left };
}

let fixedCodes: { lengths: Huffman; distances: Huffman } | undefined;

/** The fixed codes of block type 1, made on first use. */
function fixed(): { lengths: Huffman; distances: Huffman } {
  if (fixedCodes === undefined) {
    const lengths = new Uint8Array(288);
    lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
    fixedCodes = { lengths: huffman(lengths).code, distances: huffman(new Uint8Array(30).fill(5)).code };
  }
  return fixedCodes;
}

class Inflater {
  private at = 0;
  private bitBuffer = 0;
  private bitCount = 0;
  private out: Uint8Array;
  private written = 0;

  constructor(
    private readonly input: Uint8Array,
    start: number,
    sizeHint: number,
  ) {
    this.at = start;
    this.out = new Uint8Array(Math.max(sizeHint, 256));
  }

  private bits(need: number): number {
    let value = this.bitBuffer;
    while (this.bitCount < need) {
      if (this.at >= this.input.length) throw new InflateError('the stream ends early');
      value |= this.input[this.at++]! << this.bitCount;
      this.bitCount += 8;
    }
    this.bitBuffer = value >>> need;
    this.bitCount -= need;
    return value & ((1 << need) - 1);
  }

  private room(more: number): void {
    if (this.written + more <= this.out.length) return;
    const grown = new Uint8Array(Math.max(this.out.length * 2, this.written + more));
    grown.set(this.out.subarray(0, this.written));
    this.out = grown;
  }

  private decode(code: Huffman): number {
    let bits = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= MAX_BITS; len++) {
      bits |= this.bits(1);
      const count = code.count[len]!;
      if (bits - count < first) return code.symbol[index + (bits - first)]!;
      index += count;
      first = (first + count) * 2;
      bits *= 2;
    }
    throw new InflateError('no such code');
  }

  private stored(): void {
    this.bitBuffer = 0;
    this.bitCount = 0;
    if (this.at + 4 > this.input.length) throw new InflateError('the stream ends early');
    const input = this.input;
    const length = input[this.at]! | (input[this.at + 1]! << 8);
    const check = input[this.at + 2]! | (input[this.at + 3]! << 8);
    if (length !== (~check & 0xffff)) throw new InflateError('a stored block with a bad length');
    this.at += 4;
    if (this.at + length > input.length) throw new InflateError('the stream ends early');
    this.room(length);
    this.out.set(input.subarray(this.at, this.at + length), this.written);
    this.written += length;
    this.at += length;
  }

  private codes(lengths: Huffman, distances: Huffman): void {
    for (;;) {
      let symbol = this.decode(lengths);
      if (symbol < 256) {
        this.room(1);
        this.out[this.written++] = symbol;
        continue;
      }
      if (symbol === 256) return;
      symbol -= 257;
      if (symbol >= 29) throw new InflateError('a bad length code');
      const length = LENGTH_BASE[symbol]! + this.bits(LENGTH_EXTRA[symbol]!);
      const code = this.decode(distances);
      if (code >= 30) throw new InflateError('a bad distance code');
      const distance = DIST_BASE[code]! + this.bits(DIST_EXTRA[code]!);
      if (distance > this.written) throw new InflateError('a distance too far back');
      this.room(length);
      const out = this.out;
      for (let i = 0; i < length; i++, this.written++) out[this.written] = out[this.written - distance]!;
    }
  }

  private dynamic(): void {
    const lengthCount = this.bits(5) + 257;
    const distCount = this.bits(5) + 1;
    const codeCount = this.bits(4) + 4;
    if (lengthCount > 286 || distCount > 30) throw new InflateError('too many codes');
    const lengths = new Uint8Array(19);
    for (let i = 0; i < codeCount; i++) lengths[CODE_ORDER[i]!] = this.bits(3);
    const codeCode = huffman(lengths);
    if (codeCode.left !== 0) throw new InflateError('an incomplete code length code');
    const all = new Uint8Array(lengthCount + distCount);
    for (let index = 0; index < all.length;) {
      const symbol = this.decode(codeCode.code);
      if (symbol < 16) {
        all[index++] = symbol;
        continue;
      }
      let value = 0;
      let repeat: number;
      if (symbol === 16) {
        if (index === 0) throw new InflateError('a repeat with nothing before it');
        value = all[index - 1]!;
        repeat = 3 + this.bits(2);
      } else if (symbol === 17) repeat = 3 + this.bits(3);
      else repeat = 11 + this.bits(7);
      if (index + repeat > all.length) throw new InflateError('too many lengths');
      all.fill(value, index, index + repeat);
      index += repeat;
    }
    if (all[256] === 0) throw new InflateError('no end-of-block code');
    const lengthCode = huffman(all.subarray(0, lengthCount));
    if (lengthCode.left < 0 || (lengthCode.left > 0 && lengthCount - lengthCode.code.count[0]! !== 1)) {
      throw new InflateError('a bad literal/length code');
    }
    const distCode = huffman(all.subarray(lengthCount));
    if (distCode.left < 0 || (distCode.left > 0 && distCount - distCode.code.count[0]! !== 1)) {
      throw new InflateError('a bad distance code set');
    }
    this.codes(lengthCode.code, distCode.code);
  }

  /** Decodes every block; returns the output and the offset of the first byte after the stream. */
  run(): { output: Uint8Array; end: number } {
    let last: number;
    do {
      last = this.bits(1);
      const type = this.bits(2);
      if (type === 0) this.stored();
      else if (type === 1) this.codes(fixed().lengths, fixed().distances);
      else if (type === 2) this.dynamic();
      else throw new InflateError('a bad block type');
    } while (!last);
    return { output: this.out.subarray(0, this.written), end: this.at };
  }
}

/** The Adler-32 checksum of `bytes` (RFC 1950). */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length;) {
    // 5552 bytes at most between reductions keep both sums within 2^32 (zlib's NMAX).
    const stop = Math.min(i + 5552, bytes.length);
    for (; i < stop; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return (b * 65536 + a) >>> 0;
}

/**
 * The bytes a zlib stream (RFC 1950) decodes to. `trailer`: whether the Adler-32 checksum after
 * the data is there to check (a loose object's file), or may be cut off (an object read out of a
 * pack with a margin). `sizeHint`: the expected size, when known. Throws on anything invalid.
 */
export function inflateZlib(input: Uint8Array, options: { trailer: boolean; sizeHint?: number }): Uint8Array {
  if (input.length < 2) throw new InflateError('no zlib header');
  const method = input[0]!;
  const flags = input[1]!;
  if ((method & 0x0f) !== 8 || method >> 4 > 7 || (method * 256 + flags) % 31 !== 0 || (flags & 0x20) !== 0) {
    throw new InflateError('not a zlib stream git writes');
  }
  const { output, end } = new Inflater(input, 2, options.sizeHint ?? input.length * 4).run();
  if (options.trailer) {
    if (end + 4 > input.length) throw new InflateError('no checksum');
    const expected =
      ((input[end]! << 24) | (input[end + 1]! << 16) | (input[end + 2]! << 8) | input[end + 3]!) >>> 0;
    if (adler32(output) !== expected) throw new InflateError('the checksum does not match');
  }
  return output;
}
