/**
 * Makes untrusted names (resource addresses, unit paths, output names, messages) safe to put into
 * GitHub-flavoured Markdown: a table cell, a list item or a `<details>` summary. Names come from
 * plans that anyone who can open a pull request controls (for_each keys, module names), so a name
 * must never be able to close our HTML, break a table row, start a code span, ping a team or
 * disguise itself with terminal colours or bidirectional-override characters.
 */

/** Escape sequences a terminal would interpret: CSI (colours, cursor moves), OSC (titles, links), others. */
const ANSI_SEQUENCE =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;

/** Line breaks and tabs become one space, so a name stays on its line (and in its table cell). */
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /[\r\n\t\u000b\u000c\u0085\u2028\u2029]+/g;

/**
 * C0/C1 controls, and the bidirectional overrides and isolates used in "Trojan Source" tricks
 * (a name that displays as something it is not).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * HTML-significant characters as entities (names never go into attributes, so quotes can stay);
 * backtick and pipe too, since a backslash does not escape them in every spot.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#96;',
  '|': '&#124;',
};

/** Inline Markdown syntax that would otherwise turn part of a name into emphasis, a link or a heading. */
const MARKDOWN_PUNCTUATION = /[\\*_[\]~#!]/g;

/** Removes terminal escape sequences, control and bidi characters; joins lines. No Markdown escaping. */
export function plainText(text: string): string {
  return text.replace(ANSI_SEQUENCE, '').replace(LINE_BREAKS, ' ').replace(INVISIBLE, '');
}

/**
 * `text` as literal Markdown text, safe in a table cell, a list item and inside `<summary>`.
 * `maxLength` (in characters of the plain text) cuts very long names with an ellipsis, so one
 * name cannot eat a whole comment.
 */
export function escapeMarkdown(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  // Trimmed: four leading spaces would make an indented code block of a list item.
  let plain = plainText(text).trim();
  if (plain.length > maxLength) plain = `${cutAtCodePoint(plain, Math.max(0, maxLength - 1))}…`;
  // Order matters: backslash escapes first, then entities (whose `&#` must not be escaped again),
  // then the `@` guard (which adds an entity of its own).
  return (
    plain
      .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
      // A leading `- `, `+ ` or `1. ` would start a (nested) list inside a list item.
      .replace(/^([-+])(?=\s|$)/, '\\$1')
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
      .replace(/[&<>`|]/g, (c) => ENTITIES[c] ?? c)
      // A zero-width space after `@` keeps `@org/team` from notifying anyone.
      .replace(/@/g, '@&#8203;')
  );
}

/** The first `length` UTF-16 units of `text`, without splitting a surrogate pair. */
function cutAtCodePoint(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
  return text.slice(0, end);
}
