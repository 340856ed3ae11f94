/**
 * Bytes of JSON text as attribute roles read them (raw-side.ts, attribute-raw-diff.ts): the
 * structural bytes, and whether two values' texts are the same, as written or once whitespace
 * outside strings is left out.
 */
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_ARRAY = 0x5b;
export const CLOSE_ARRAY = 0x5d;
export const COMMA = 0x2c;
export const TRUE_START = 0x74;

export function isSpace(c: number): boolean {
  // One comparison for the usual byte (none of them is at or below a space).
  return c <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09);
}

/** The same bytes at [xFrom, xTo) of x and [yFrom, yTo) of y. */
export function sameBytes(
  x: Uint8Array,
  xFrom: number,
  xTo: number,
  y: Uint8Array,
  yFrom: number,
  yTo: number,
): boolean {
  const length = xTo - xFrom;
  if (length !== yTo - yFrom) return false;
  // Changed values mostly differ near their start or end: a look there first.
  if (length > 0 && (x[xFrom] !== y[yFrom] || x[xTo - 1] !== y[yTo - 1])) return false;
  if (length > 256) return Buffer.compare(x.subarray(xFrom, xTo), y.subarray(yFrom, yTo)) === 0;
  for (let k = 0; k < length; k++) if (x[xFrom + k] !== y[yFrom + k]) return false;
  return true;
}

/**
 * The same text once whitespace outside strings is left out (a plan written indented against one
 * written compact). Walks both in step: the bytes compared so far are equal, so both are inside
 * a string or both outside; stops at the first difference (at once for most changed leaves).
 */
export function sameCompact(
  x: Uint8Array,
  xFrom: number,
  xTo: number,
  y: Uint8Array,
  yFrom: number,
  yTo: number,
): boolean {
  let i = xFrom;
  let j = yFrom;
  let inString = false;
  let escape = false;
  for (;;) {
    if (!inString) {
      while (i < xTo && isSpace(x[i]!)) i++;
      while (j < yTo && isSpace(y[j]!)) j++;
    }
    if (i >= xTo || j >= yTo) return i >= xTo && j >= yTo;
    const c = x[i]!;
    if (c !== y[j]) return false;
    if (inString) {
      if (escape) escape = false;
      else if (c === BACKSLASH) escape = true;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    i++;
    j++;
  }
}

/** A value that ended just before `i` ends there (a number or literal could go on). */
export function endsValue(b: Uint8Array, i: number): boolean {
  const c = b[i];
  return c === undefined || c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isSpace(c);
}
