/**
 * One value from git config files, as `git config --get section.subsection.key` prints it: the
 * last one set wins, section and key names are case-insensitive, the subsection is not (the old
 * `[section.subsection]` form is lower-cased), values may be quoted, escaped and followed by a
 * comment. Anything this reader is not sure of (a key without a value, an unknown escape, an
 * unterminated quote, a continued line, a malformed header) answers null: ask git.
 */

/** The value of `key` in `[section "subsection"]` over the files in git's order; null: unsure. */
export function lastConfigValue(
  texts: readonly string[],
  section: string,
  subsection: string,
  key: string,
): string | undefined | null {
  let found: string | undefined;
  for (const text of texts) {
    let inSection = false;
    for (const rawLine of text.split('\n')) {
      let line = rawLine.replace(/^\s+/, '');
      if (line.startsWith('[')) {
        const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
        if (!header) return null;
        const name = header[1]!.toLowerCase();
        let sub: string | undefined = header[2]?.replace(/\\(.)/g, '$1');
        let main = name;
        if (sub === undefined && name.includes('.')) {
          main = name.slice(0, name.indexOf('.'));
          sub = name.slice(name.indexOf('.') + 1);
        }
        inSection = main === section && sub === subsection;
        line = line.slice(header[0].length).replace(/^\s+/, ''); // `[x] key = v` is allowed
      }
      if (line === '' || line.startsWith('#') || line.startsWith(';') || !inSection) continue;
      const entry = /^([A-Za-z][A-Za-z0-9-]*)\s*(=?)(.*)$/.exec(line.replace(/\r$/, ''));
      if (!entry) return null;
      if (entry[1]!.toLowerCase() !== key) continue;
      if (entry[2] === '') return null; // a key without a value
      const value = parseValue(entry[3]!);
      if (value === null) return null;
      found = value;
    }
  }
  return found === '' ? undefined : found;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', b: '\b', '"': '"', '\\': '\\' };

/** git's value syntax: quotes, escapes, comments, whitespace outside quotes turned to spaces. */
function parseValue(text: string): string | null {
  let out = '';
  let pendingSpaces = 0;
  let quoted = false;
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (!quoted && (c === ' ' || c === '\t')) {
      pendingSpaces++;
      continue;
    }
    if (!quoted && (c === '#' || c === ';')) break;
    if (pendingSpaces > 0) {
      out += ' '.repeat(pendingSpaces);
      pendingSpaces = 0;
    }
    if (c === '"') {
      quoted = !quoted;
      continue;
    }
    if (c === '\\') {
      const escaped = ESCAPES[text[i + 1] ?? ''];
      if (escaped === undefined) return null; // a continued line or an escape git would refuse
      out += escaped;
      i++;
      continue;
    }
    out += c;
  }
  return quoted ? null : out;
}
