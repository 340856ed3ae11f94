/**
 * Rewrites every JSON number outside strings as a string holding its source text (`12.50` ->
 * `"12.50"`), so a JSON.parse of the result keeps each number exactly as written. Node 20's
 * JSON.parse has no access to a number's source text, and a cost must never pass through a float.
 * The input must already be valid JSON (callers parse it once first); this only re-tokenises it.
 */
export function quoteJsonNumbers(text: string): string {
  let out = '';
  let copiedTo = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i = endOfString(text, i);
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      const end = endOfNumber(text, i);
      out += `${text.slice(copiedTo, i)}"${text.slice(i, end)}"`;
      copiedTo = end;
      i = end;
    } else {
      i++;
    }
  }
  return out + text.slice(copiedTo);
}

/** Index just past the closing quote of the string that opens at `start`. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i += 2;
    else if (c === 0x22) return i + 1;
    else i++;
  }
  return i;
}

function endOfNumber(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && /[0-9.eE+-]/.test(text.charAt(i))) i++;
  return i;
}
