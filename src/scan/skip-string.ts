/**
 * The innermost loop of the reader: most of a plan's bytes (80% in real and generated plans) are
 * inside strings of values that are skipped, and this finds where such a string ends.
 */
import { ESCAPE_BYTES, HEX_BYTES, STRING_BYTES } from './scanner-tables.js';

/**
 * Skip mode's string scan: from `j` (just after the opening quote) to the closing quote, checking
 * escapes and control characters. -1 when the string or an escape runs past `n` or is invalid:
 * the caller's general path then takes the string over (and reports any error).
 */
export function skipString(buf: Uint8Array, words: Int32Array | null, j: number, n: number): number {
  const kinds = STRING_BYTES;
  for (;;) {
    if (words !== null) {
      // Four bytes at a time (SWAR): is any of them '"', '\\' or below 0x20? Exact for "any",
      // then the byte loop below finds which. Strings are 80% of a plan's bytes.
      while (j < n && (j & 3) !== 0 && kinds[buf[j]!] === 0) j++;
      if ((j & 3) === 0) {
        let w = j >> 2;
        const end = n >> 2;
        while (w < end) {
          const x = words[w]!;
          const q = x ^ 0x22222222;
          const b = x ^ 0x5c5c5c5c;
          if ((((q - 0x01010101) & ~q) | ((b - 0x01010101) & ~b) | ((x - 0x20202020) & ~x) | 0) & 0x80808080)
            break;
          w++;
        }
        j = w << 2;
      }
    }
    let c = 0;
    while (j < n) {
      c = buf[j]!;
      if (c === 0x22 || c === 0x5c || c < 0x20) break;
      j++;
    }
    if (j >= n) return -1;
    const k = kinds[c];
    if (k === 1) return j;
    if (k !== 2 || j + 1 >= n) return -1;
    const e = ESCAPE_BYTES[buf[j + 1]!];
    if (e === 1) {
      j += 2;
      continue;
    }
    if (e === 0 || j + 5 >= n) return -1;
    const hex = HEX_BYTES;
    if ((hex[buf[j + 2]!]! & hex[buf[j + 3]!]! & hex[buf[j + 4]!]! & hex[buf[j + 5]!]!) === 0) return -1;
    j += 6;
  }
}
