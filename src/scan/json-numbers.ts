/**
 * Rewrites every JSON number outside strings as a string holding its source text (`12.50` ->
 * `"12.50"`), so a JSON.parse of the result keeps each number exactly as written. Node 20's
 * JSON.parse has no access to a number's source text, and a cost must never pass through a float.
 * The input must already be valid JSON (callers parse it once first); this only re-tokenises it.
 */
export function quoteJsonNumbers(text: string, prefix = ''): string {
  let out = '';
  let copiedTo = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i = endOfString(text, i);
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      const end = endOfNumber(text, i);
      out += `${text.slice(copiedTo, i)}"${prefix}${text.slice(i, end)}"`;
      copiedTo = end;
      i = end;
    } else {
      i++;
    }
  }
  return out + text.slice(copiedTo);
}

/**
 * Valid JSON text without the white space between tokens, every number exactly as written (`1e400`
 * stays `1e400`, a 300-digit integer keeps its digits, `1.50` its zero) and every string in
 * JSON.stringify's form (so `"\u003c"`, as Go writes `<`, reads `"<"`). For a document whose numbers
 * are written as JavaScript writes them, this equals JSON.stringify(JSON.parse(text)), but for
 * keys: they stay in the order written (JSON.parse moves integer-like keys first) and a key repeated
 * in one object is kept each time (JSON.parse keeps the last). The input must already be valid JSON
 * (callers parse it once first); this only re-tokenises it.
 */
export function compactJson(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = endOfString(text, i);
      const token = text.slice(i, end);
      // Without a backslash a valid JSON string is already what JSON.stringify writes.
      out += token.includes('\\') ? JSON.stringify(JSON.parse(token)) : token;
      i = end;
    } else if (isJsonWhiteSpace(c)) {
      i++;
    } else {
      // Punctuation, a number or a literal: copied up to the next white space or string.
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== 0x22 && !isJsonWhiteSpace(text.charCodeAt(end))) {
        end++;
      }
      out += text.slice(i, end);
      i = end;
    }
  }
  return out;
}

function isJsonWhiteSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
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

/** Members of every object in compact JSON text (compactJson's): its colons outside strings. */
export function memberCountOfCompact(compact: string): number {
  let n = 0;
  for (let i = 0; i < compact.length;) {
    const c = compact.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i = endOfString(compact, i);
    } else {
      if (c === 0x3a /* : */) n++;
      i++;
    }
  }
  return n;
}

/** Members of every object in a parsed value (without recursion: values may nest deeply). */
export function memberCountOfValue(value: unknown): number {
  let n = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (!Array.isArray(v)) n += Object.keys(v).length;
    for (const item of Object.values(v)) pending.push(item);
  }
  return n;
}

/**
 * What compactJsonLastWins puts before a number it turns into a string: U+0000 and `#`, written as
 * JSON writes them (no number starts so, and no real plan's string does).
 */
const NUMBER_MARK = '\\u0000#';

/**
 * compactJson for text in which a key is written twice in one object: the last one kept, as
 * JSON.parse keeps it, numbers still exactly as written. Keys come in JSON.parse's order.
 */
export function compactJsonLastWins(text: string): string {
  const plain = JSON.stringify(JSON.parse(text));
  // A string of the document holding the mark could not be told from a number: such text gets
  // JSON.stringify's numbers instead (only numbers JavaScript cannot hold differ).
  if (plain.includes(NUMBER_MARK)) return plain;
  const marked = JSON.stringify(JSON.parse(quoteJsonNumbers(text, NUMBER_MARK)));
  return marked.replace(/"\\u0000#([^"]*)"/g, '$1');
}
