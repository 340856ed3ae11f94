/**
 * Text from files we do not control (addresses, unit folders, server messages) made safe to print
 * on one line of a log, a table cell or a Markdown item. Nothing in it may act (a terminal escape
 * sequence that recolours, clears or retitles; a line break that forges a log line) and nothing
 * may hide: a character that is invisible or reorders text (zero-width, bidirectional override,
 * control) is SHOWN as `<U+XXXX>`, never silently dropped, so a look-alike name reads differently
 * from the name it imitates (`ma<U+200B>in` is not `main`, `admin<U+202E>txt.exe` is not
 * `admintxt.exe`, `<U+001B>[31mred` is not `red`). Line breaks and tabs become one space.
 */

/* eslint-disable no-control-regex -- matching control characters is the point */
/** Line breaks and tabs become one space, so a name stays on its line (and in its table cell). */
const LINE_BREAKS = /[\r\n\t\u000b\u000c\u0085\u2028\u2029]+/g;
/**
 * C0/C1 controls (ESC and 8-bit CSI among them: a sequence they start is left as inert text),
 * DEL, and every default-ignorable or bidi-control character (zero-width spaces and joiners,
 * word joiner, BOM, soft hyphen, Hangul fillers, bidi marks, overrides and isolates). Variation
 * selectors are left alone: they only pick a glyph's style (the emoji in ⚠️).
 */
const HIDDEN =
  /[\u0000-\u001f\u007f-\u009f]|(?![\ufe00-\ufe0f\u{e0100}-\u{e01ef}])[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;
/* eslint-enable no-control-regex */

/** `<U+200B>` for a character that would otherwise act or hide. */
export function visibleCodePoint(char: string): string {
  return `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** One line of text in which nothing acts and nothing hides (see above). */
export function plainText(text: string): string {
  return wellFormed(text.replace(LINE_BREAKS, ' ').replace(HIDDEN, visibleCodePoint));
}

/** A UTF-16 surrogate without its partner: not a character, and not valid in UTF-8 or strict JSON. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` with every lone surrogate replaced by U+FFFD. JSON allows `"\ud800"` and JSON.parse
 * yields such strings, but JSON.stringify writes them back as `\ud800`, which strict parsers (jq,
 * Go's encoding/json in strict mode) reject, and UTF-8 cannot encode them at all.
 */
export function wellFormed(text: string): string {
  // isWellFormed (ES2024, in every Node we run on) answers without the regular expression's scan.
  const check = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (check !== undefined && check.call(text)) return text;
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** defineProperty: a key named __proto__ (a valid output name) stays a key. */
function defineMember(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A JSON value with every string, keys included, made well-formed. Copied only where a string
 * changes (and every object that is not a plain object or an array, as ever): the event of a large
 * merge is hundreds of megabytes of objects, and almost never holds a lone surrogate, so the
 * value usually comes back as it came. Never mutates `value`.
 */
export function wellFormedJson<T>(value: T): T {
  if (typeof value === 'string') return wellFormed(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) continue;
      const item: unknown = value[i];
      const clean = wellFormedJson(item);
      if (clean !== item) (out ??= value.slice())[i] = clean;
    }
    return (out ?? value) as T;
  }
  if (typeof value === 'object' && value !== null) {
    const proto: unknown = Object.getPrototypeOf(value);
    // Anything but a plain object is copied into one, as ever; a plain one only once a key or a
    // value changes (the members before it are copied then, as they came).
    let out: Record<string, unknown> | undefined =
      proto === Object.prototype || proto === null ? undefined : {};
    const entries: [string, unknown][] = Object.entries(value as object);
    for (let i = 0; i < entries.length; i++) {
      const [key, item] = entries[i]!;
      const cleanKey = wellFormed(key);
      const cleanItem: unknown = wellFormedJson(item);
      if (out === undefined && (cleanKey !== key || cleanItem !== item)) {
        out = {};
        for (let j = 0; j < i; j++) defineMember(out, entries[j]![0], entries[j]![1]);
      }
      if (out !== undefined) defineMember(out, cleanKey, cleanItem);
    }
    return (out ?? value) as T;
  }
  return value;
}

/**
 * `text` cut to at most `max` UTF-16 units by taking out its middle (`module.a…branch.main`): the
 * end of an address or path tells two things apart (`…github_branch.demo`, `…github_branch.main`),
 * the start says where it lives. Never splits a surrogate pair.
 */
export function clipMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  const keep = max - 1;
  let head = Math.floor(keep / 2);
  let tailStart = text.length - (keep - head);
  if (isHighSurrogate(text.charCodeAt(head - 1))) head -= 1;
  if (isLowSurrogate(text.charCodeAt(tailStart))) tailStart += 1;
  return `${text.slice(0, head)}…${text.slice(tailStart)}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
