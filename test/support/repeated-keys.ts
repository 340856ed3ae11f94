/**
 * Real plan documents written again with some keys written twice in their object, for the tests of
 * "a key written twice reads as JSON.parse reads it". JSON.parse of the text gives the document
 * with, at each repeat, the value written last: the real one (decoy first) or the decoy (decoy
 * last). Objects cannot hold a key twice, so the text is built here, not by JSON.stringify.
 */

export type JsonPath = readonly (string | number)[];

/** One key of one object written twice. */
export interface Repeat {
  /** Where the object is in the document. */
  readonly path: JsonPath;
  readonly key: string;
  /** The other value written under the key. */
  readonly decoy: unknown;
  /** The decoy is written before the real value (then JSON.parse keeps the real one). */
  readonly decoyFirst: boolean;
}

const pathKey = (path: JsonPath, key: string): string => JSON.stringify([...path, key]);

/** `doc` as JSON text, with each repeat's key written twice. */
export function writeWithRepeats(doc: unknown, repeats: readonly Repeat[]): string {
  const byPlace = new Map(repeats.map((r) => [pathKey(r.path, r.key), r]));
  const write = (value: unknown, path: (string | number)[]): string => {
    if (Array.isArray(value)) return `[${value.map((item, i) => write(item, [...path, i])).join(',')}]`;
    if (typeof value !== 'object' || value === null) return JSON.stringify(value);
    const members: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      const real = `${JSON.stringify(key)}:${write(item, [...path, key])}`;
      const repeat = byPlace.get(pathKey(path, key));
      if (repeat === undefined) {
        members.push(real);
        continue;
      }
      const decoy = `${JSON.stringify(key)}:${JSON.stringify(repeat.decoy)}`;
      members.push(...(repeat.decoyFirst ? [decoy, real] : [real, decoy]));
    }
    return `{${members.join(',')}}`;
  };
  return write(doc, []);
}

/** Every key of every object in a document, with its path and value. */
export interface Place {
  readonly path: JsonPath;
  readonly key: string;
  readonly value: unknown;
}

export function placesOf(doc: unknown): Place[] {
  const places: Place[] = [];
  const pending: [unknown, JsonPath][] = [[doc, []]];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (Array.isArray(value)) value.forEach((item, i) => pending.push([item, [...path, i]]));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        places.push({ path, key, value: item });
        pending.push([item, [...path, key]]);
      }
    }
  }
  return places;
}

/** The JSON type of a value: object, array, string, number, boolean or null. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** The empty value of a JSON type. */
export function emptyOf(value: unknown): unknown {
  switch (jsonType(value)) {
    case 'object':
      return {};
    case 'array':
      return [];
    case 'string':
      return '';
    case 'number':
      return 0;
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/**
 * Whether valid JSON text writes a key twice in one object (JSON.parse cannot tell: it keeps the
 * last). Walks the tokens: a string followed by `:` is a key of the innermost open object.
 */
export function hasRepeatedKeys(text: string): boolean {
  const open: (Set<string> | null)[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      let next = end + 1;
      while (/\s/.test(text[next] ?? '')) next++;
      const keys = open[open.length - 1];
      if (text[next] === ':' && keys) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) return true;
        keys.add(key);
      }
      i = end + 1;
    } else {
      if (c === '{') open.push(new Set());
      else if (c === '[') open.push(null);
      else if (c === '}' || c === ']') open.pop();
      i++;
    }
  }
  return false;
}
