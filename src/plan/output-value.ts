/**
 * The rules for an output change's `after`, `after_unknown` and `after_sensitive`, in one place so
 * that every reader (the streaming reader and the JSON.parse walker) applies them the same way.
 */
import {
  compactJson,
  compactJsonLastWins,
  memberCountOfCompact,
  memberCountOfValue,
} from '../scan/json-numbers.js';
import { MAX_OUTPUT_VALUE_DEPTH } from '../scan/scan-handler.js';
import { MAX_OUTPUT_VALUE_BYTES } from './plan-visitor.js';

// The depth limit is the scanner's (it gives up a raw capture past it): one number for both.
export { MAX_OUTPUT_VALUE_DEPTH };

/** The nesting depth of a parsed value, without recursion; stops counting past `limit`. */
export function nestingDepth(value: unknown, limit = MAX_OUTPUT_VALUE_DEPTH): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [v, depth] = pending.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const item of Object.values(v)) pending.push([item, depth + 1]);
  }
  return deepest;
}

/** `after` as the visitor gets it: the value, and its text for the report (see OutputChangeEntry). */
export interface KeptOutputValue {
  readonly after: unknown;
  readonly afterJson: string | undefined;
  readonly afterTooLarge: boolean;
}

const TOO_LARGE: KeptOutputValue = { after: undefined, afterJson: undefined, afterTooLarge: true };

/**
 * From the value's JSON text as the plan wrote it (the streaming reader): the numbers keep their
 * text (compactJson), so `1e400` is reported as `1e400`, not JSON.parse's `Infinity` (which
 * JSON.stringify writes as `null`), and a 300-digit integer with every digit. Throws SyntaxError
 * for text that is not JSON.
 */
export function keptOutputText(text: string): KeptOutputValue {
  const value = JSON.parse(text) as unknown;
  if (nestingDepth(value) > MAX_OUTPUT_VALUE_DEPTH) return TOO_LARGE;
  let json = compactJson(text);
  // A key written twice in an object of the value: JSON.parse keeps the last, and so does the text.
  if (typeof value === 'object' && value !== null && memberCountOfCompact(json) !== memberCountOfValue(value))
    json = compactJsonLastWins(text);
  return kept(value, json);
}

/**
 * Dropped (and flagged) above MAX_OUTPUT_VALUE_BYTES, measured on the compact text (the UTF-8
 * length of `json`, not of the bytes in the file, which depend on indentation and escapes), so
 * readers agree on it.
 */
function kept(value: unknown, json: string | undefined): KeptOutputValue {
  if (json !== undefined && Buffer.byteLength(json, 'utf8') > MAX_OUTPUT_VALUE_BYTES) return TOO_LARGE;
  return { after: value, afterJson: json, afterTooLarge: false };
}

/** `value` is true or holds a true anywhere inside (without recursion: values may nest deeply). */
export function containsTrue(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    if (v === true) return true;
    // A loop, not push(...v): spreading a huge array overflows the call stack.
    if (typeof v === 'object' && v !== null) for (const item of Object.values(v)) pending.push(item);
  }
  return false;
}
