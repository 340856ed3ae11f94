/**
 * The GitHub runner obeys workflow commands in what a step prints, on stdout and stderr alike:
 * `::name ...::value` at the start of a line (after leading whitespace, which the runner trims)
 * and the legacy `##[name ...]value` anywhere in a line. A line that carries input text (a unit
 * folder, a `for_each` key, a server's message) must never become one, or a pull-request author
 * could write `::error title=Approved::LGTM`, `::add-mask::`, or `##[stop-commands]` into a log.
 *
 * Neutralised by a ZERO WIDTH SPACE (U+200B) inside the marker: `:\u200b:` and `##\u200b[`. The
 * text reads the same to a person. The runner's `StartsWith("::")` and `IndexOf("##[")` are
 * culture-sensitive (.NET on ICU ignores U+200B), so it may still see the marker; but it reads the
 * command name at fixed offsets (index 2 of the trimmed line, 3 past the `##[` match), which now
 * land on `:` or `[`, and no command is named so. test/support/runner-grammar.ts models exactly
 * that, ICU included, and the trust tests read every output with it.
 */

export const COMMAND_BREAK = '\u200b';

/** Line breaks as the runner splits its log (\r, \n) and as other readers do. */
const BREAKS = '\\r\\n\\u0085\\u2028\\u2029';
/** A line start, leading white space (what .NET's Trim drops), then the first colon of `::`. */
const LINE_COMMAND = new RegExp(`(^|[${BREAKS}])([^\\S${BREAKS}]*):(?=:)`, 'g');
const LEGACY_COMMAND = /##\[/g;

/** `text` with no runner command in any of its lines; idempotent. */
export function withoutRunnerCommands(text: string): string {
  return text.replace(LINE_COMMAND, `$1$2:${COMMAND_BREAK}`).replace(LEGACY_COMMAND, `##${COMMAND_BREAK}[`);
}

/**
 * A JSON text (one line, as JSON.stringify writes it) that holds the same value and no runner
 * command: `#` only occurs inside strings, where `\u005b` is `[`. Used for request bodies, which
 * are printed exactly as sent (a dry run).
 */
export function jsonWithoutRunnerCommands(json: string): string {
  return json.replace(LEGACY_COMMAND, '##\\u005b').replace(JSON_HIDDEN, jsonEscape);
}

/**
 * Characters JSON.stringify leaves raw that a terminal or log would act on or hide: C1 controls
 * (U+0085 is a line break to some), U+2028/U+2029, zero-width, BOM and bidi characters. Written as
 * `\uXXXX` they are the same JSON value, and a dry run's body shows where they are.
 */
const JSON_HIDDEN =
  /[\u0080-\u009f\u2028\u2029]|(?![\ufe00-\ufe0f\u{e0100}-\u{e01ef}])[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;

function jsonEscape(char: string): string {
  // Outside strings JSON has only ASCII, so every match is inside a string.
  let out = '';
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * A writer for a stream written in pieces: every piece is neutralised knowing what the stream
 * already holds on its current line, so a command split across two writes (`##` then `[`, a
 * line's `:` then `:`) is still caught.
 */
export function commandSafeStream(write: (text: string) => void): (text: string) => void {
  // The unfinished last line as written (already neutral), shortened to what can still matter.
  let carry = '';
  return (text: string) => {
    if (text === '') return;
    const safe = withoutRunnerCommands(carry + text).slice(carry.length);
    write(safe);
    const line = (carry + safe).split(new RegExp(`[${BREAKS}]`)).pop() ?? '';
    // Only white space (a line start still to come) or the last two characters can matter.
    carry = /^\s*:?$/.test(line) ? line : line.slice(-2);
  };
}
