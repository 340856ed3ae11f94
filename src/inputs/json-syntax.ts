/**
 * Where JSON text first breaks the grammar, as a person finds it (line and column), and what is
 * wrong there, in words that quote nothing of the text. JSON.parse's own messages quote the text
 * around the fault (`Unexpected token 'x', "…" is not valid JSON`), and the side files we read
 * (Infracost output, run reports, partial reports, payloads) may hold secrets; its "Unexpected
 * token" message gives no position at all. So after JSON.parse has refused a text, this walks it
 * once more: iteratively (a deep file cannot overflow the stack), accepting exactly what
 * JSON.parse accepts.
 */

export interface JsonFault {
  /** Index (UTF-16 code units) into the text of the character at fault, or its length at a cut. */
  readonly index: number;
  /** 1-based line (lines end at LF) and column (characters) of that place. */
  readonly line: number;
  readonly column: number;
  /** What is wrong there, in words that quote no character of the text. */
  readonly problem: string;
}

/** What may come next: a value, a value or `]`, a key, a key or `}`, a colon, `,`/close/end. */
type Want = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after';

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX = /^[0-9a-fA-F]{4}$/;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);
const LITERALS = ['true', 'false', 'null'] as const;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function fault(text: string, index: number, problem: string): JsonFault {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { index, line, column: index - lineStart + 1, problem };
}

/** The index after the string opening at `start`, or the fault inside it. */
function skipString(text: string, start: number): number | JsonFault {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return fault(text, i, 'a control character inside a string (it must be escaped)');
    if (code !== 0x5c) continue;
    const escape = text[i + 1];
    if (escape === undefined) break;
    if (!ESCAPES.has(escape)) return fault(text, i, 'an invalid escape sequence in a string');
    if (escape === 'u' && !HEX.test(text.slice(i + 2, i + 6)))
      return fault(text, i, 'an invalid \\u escape in a string (four hex digits must follow)');
    i += escape === 'u' ? 5 : 1;
  }
  return fault(text, text.length, 'the text ends inside a string: the file looks cut short');
}

/** The index after the value starting at `i` (a scalar), or its fault; undefined: a container opens. */
function skipScalar(text: string, i: number): number | JsonFault {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) return fault(text, i, 'a number that is not written as JSON writes numbers');
    const end = NUMBER.lastIndex;
    const next = text[end];
    // `01`, `1.`, `1e`: JSON.parse refuses the number, not what follows it.
    if (next !== undefined && /[0-9.eE+-]/.test(next))
      return fault(text, i, 'a number that is not written as JSON writes numbers');
    return end;
  }
  for (const literal of LITERALS) {
    if (text.startsWith(literal, i)) return i + literal.length;
  }
  return fault(
    text,
    i,
    'a character that starts no JSON value (JSON has no comments, single quotes or bare words)',
  );
}

/** The first fault of `text` as JSON, or undefined when JSON.parse would accept it. */
export function findJsonFault(text: string): JsonFault | undefined {
  const closers: string[] = [];
  let want: Want = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) {
      if (want === 'after' && closers.length === 0) return undefined;
      return fault(text, i, 'the text ends before the JSON document does: the file looks cut short');
    }
    const c = text[i] as string;
    const closer = closers.at(-1);
    switch (want) {
      case 'after':
        if (closer === undefined) return fault(text, i, 'more data after the end of the JSON document');
        if (c === closer) {
          closers.pop();
          i++;
        } else if (c === ',') {
          want = closer === '}' ? 'key' : 'value';
          i++;
        } else return fault(text, i, `a character where a comma or ${closer} belongs`);
        continue;
      case 'colon':
        if (c !== ':') return fault(text, i, 'a character where a colon belongs');
        want = 'value';
        i++;
        continue;
      case 'key-or-close':
      case 'key': {
        if (want === 'key-or-close' && c === '}') {
          closers.pop();
          want = 'after';
          i++;
          continue;
        }
        if (c !== '"') return fault(text, i, 'a character where a double-quoted property name belongs');
        const end = skipString(text, i);
        if (typeof end !== 'number') return end;
        want = 'colon';
        i = end;
        continue;
      }
      case 'value-or-close':
      case 'value': {
        if (want === 'value-or-close' && c === ']') {
          closers.pop();
          want = 'after';
          i++;
          continue;
        }
        if (c === '{' || c === '[') {
          closers.push(c === '{' ? '}' : ']');
          want = c === '{' ? 'key-or-close' : 'value-or-close';
          i++;
          continue;
        }
        const end = skipScalar(text, i);
        if (typeof end !== 'number') return end;
        want = 'after';
        i = end;
        continue;
      }
    }
  }
}
