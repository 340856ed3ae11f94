/**
 * Makes untrusted names (resource addresses, unit paths, output names, messages) safe to put into
 * GitHub-flavoured Markdown: a table cell, a list item or a `<details>` summary. Names come from
 * plans that anyone who can open a pull request controls (for_each keys, module names), so a name
 * must never be able to close our HTML, break a table row, start a code span, ping a team, become a
 * link, or disguise itself with terminal colours, zero-width or bidirectional-override characters
 * (plainText shows those as `<U+XXXX>`).
 */
import { clipMiddle, plainText } from '../plain-text.js';

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

/**
 * `text` as literal Markdown text, safe in a table cell, a list item and inside `<summary>`.
 * `maxLength` (in characters of the plain text) cuts very long names in the middle with an
 * ellipsis, so one name cannot eat a whole comment.
 */
export function escapeMarkdown(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  // Trimmed: four leading spaces would make an indented code block of a list item.
  let plain = plainText(text).trim();
  // Cut in the middle: the end of a name tells two names apart (`…branch.demo`, `…branch.main`).
  if (plain.length > maxLength) plain = clipMiddle(plain, maxLength);
  // Order matters: backslash escapes first, then entities (whose `&#` must not be escaped again),
  // then the `@` guard (which adds an entity of its own).
  return (
    plain
      .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
      // A leading `- `, `+ ` or `1. ` would start a (nested) list inside a list item.
      .replace(/^([-+])(?=\s|$)/, '\\$1')
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
      .replace(/[&<>`|]/g, (c) => ENTITIES[c] ?? c)
      // A zero-width space after `@` keeps `@org/team` from notifying anyone (and an address
      // from becoming a mailto link).
      .replace(/@/g, '@&#8203;')
      // GitHub and GitLab turn bare `scheme://…` and `www.…` into links: a zero-width space inside
      // the marker leaves the text as it reads and makes no link (issue 23).
      .replace(/:\/\//g, ':&#8203;//')
      .replace(/\b(www)\./gi, '$1&#8203;.')
  );
}

/**
 * `text` in code format (addresses, unit paths, file names). A `<code>` element around the
 * escaped text rather than a backtick span: it renders the same on GitHub, and the text inside
 * stays escaped like everywhere else (no raw `<` from a name ever reaches the page, a `|` cannot
 * split a table cell, a backtick cannot end the span early).
 */
export function codeSpan(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  return `<code>${escapeMarkdown(text, maxLength)}</code>`;
}
