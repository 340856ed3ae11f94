/**
 * The first lines of `JSON.stringify(JSON.parse(text), null, 2)`, and how many lines it has, for a
 * compact JSON text (as JSON.stringify writes it: no white space outside strings) read in pieces:
 * a merge's body can be hundreds of megabytes and is never one string (api/event-body.ts). Each
 * string and number is written as parsing and serialising it again would (`\u005b` becomes `[`).
 */

export interface IndentedLines {
  readonly first: string[];
  readonly total: number;
}

export async function indentedLines(pieces: AsyncIterable<string>, keep: number): Promise<IndentedLines> {
  const first: string[] = [];
  let total = 0;
  let depth = 0;
  let line = '';
  /** An opened `{` or `[` not yet known to be empty. */
  let open: string | undefined;
  /** The string or literal being read, and whether the string's last character was a backslash. */
  let token: string | undefined;
  let inString = false;
  let escaped = false;
  const newline = (): void => {
    if (first.length < keep) first.push(line);
    total += 1;
    line = '  '.repeat(depth);
  };
  const settle = (): void => {
    if (open === undefined) return;
    line += open;
    open = undefined;
    depth += 1;
    newline();
  };
  const endToken = (): void => {
    if (token === undefined) return;
    line += JSON.stringify(JSON.parse(token));
    token = undefined;
  };
  for await (const piece of pieces) {
    for (let i = 0; i < piece.length; i++) {
      const c = piece[i] as string;
      if (inString) {
        let end = i;
        while (end < piece.length) {
          const d = piece[end] as string;
          if (escaped) escaped = false;
          else if (d === '\\') escaped = true;
          else if (d === '"') break;
          end++;
        }
        token += piece.slice(i, end + 1);
        i = end;
        if (end < piece.length) {
          inString = false;
          endToken();
        }
        continue;
      }
      if (c === '{' || c === '[') {
        endToken();
        settle();
        open = c;
      } else if (c === '}' || c === ']') {
        endToken();
        if (open !== undefined) {
          line += open + c;
          open = undefined;
        } else {
          depth -= 1;
          newline();
          line += c;
        }
      } else if (c === ',') {
        endToken();
        line += ',';
        newline();
      } else if (c === ':') {
        endToken();
        line += ': ';
      } else if (c === '"') {
        endToken();
        settle();
        inString = true;
        token = '"';
      } else {
        settle();
        token = (token ?? '') + c;
      }
    }
  }
  endToken();
  if (first.length < keep) first.push(line);
  return { first, total: total + 1 };
}
