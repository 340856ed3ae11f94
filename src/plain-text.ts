/**
 * Text from files we do not control (addresses, unit folders, server messages) made safe to print
 * on one line of a log, a table cell or a Markdown item: no terminal escape sequences (a name must
 * not recolour, clear or forge log lines), no line breaks, no control or bidirectional-override
 * characters (a "Trojan Source" name that displays as something it is not).
 */

/* eslint-disable no-control-regex -- matching escape sequences and control characters is the point */
/** CSI (colours, cursor moves), OSC (titles, links), other two-byte ESC sequences, 8-bit CSI. */
const ANSI_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g;
/** Line breaks and tabs become one space, so a name stays on its line (and in its table cell). */
const LINE_BREAKS = /[\r\n\t\u000b\u000c\u0085\u2028\u2029]+/g;
/** C0/C1 controls, DEL, bidirectional marks, overrides and isolates. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** Removes terminal escape sequences, control and bidi characters; joins lines. */
export function plainText(text: string): string {
  return wellFormed(text.replace(ANSI_SEQUENCE, '').replace(LINE_BREAKS, ' ').replace(INVISIBLE, ''));
}

/** A UTF-16 surrogate without its partner: not a character, and not valid in UTF-8 or strict JSON. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` with every lone surrogate replaced by U+FFFD. JSON allows `"\ud800"` and JSON.parse
 * yields such strings, but JSON.stringify writes them back as `\ud800`, which strict parsers (jq,
 * Go's encoding/json in strict mode) reject, and UTF-8 cannot encode them at all.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** A deep copy of a JSON value with every string, keys included, made well-formed. */
export function wellFormedJson<T>(value: T): T {
  if (typeof value === 'string') return wellFormed(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => wellFormedJson(item)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // defineProperty: a key named __proto__ (a valid output name) stays a key.
      Object.defineProperty(out, wellFormed(key), {
        value: wellFormedJson(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out as T;
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
