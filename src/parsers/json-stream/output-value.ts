/**
 * The rules for an output change's `after`, `after_unknown` and `after_sensitive`, in one place so
 * that every reader (the streaming reader and the JSON.parse walker) applies them the same way.
 */
import { MAX_OUTPUT_VALUE_BYTES } from '../plan-visitor.js';

/**
 * The size of a value "as JSON text": the UTF-8 length of its compact JSON.stringify form, not of
 * the bytes in the file (which depend on indentation and escapes), so readers agree on it.
 */
export function outputValueBytes(value: unknown): number {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
}

/**
 * Output values nested deeper than this are dropped like too large ones: nobody reads such a value
 * in a report, and JSON.stringify/JSON.parse recurse (a 10,000-deep value overflows the stack).
 * Depth counts containers: a scalar is 0, `[]` is 1, `{"a":[1]}` is 2.
 */
export const MAX_OUTPUT_VALUE_DEPTH = 64;

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

/** `after` as the visitor gets it: dropped (and flagged) above MAX_OUTPUT_VALUE_BYTES or too deep. */
export function keptOutputValue(value: unknown): { after: unknown; afterTooLarge: boolean } {
  return nestingDepth(value) > MAX_OUTPUT_VALUE_DEPTH || outputValueBytes(value) > MAX_OUTPUT_VALUE_BYTES
    ? { after: undefined, afterTooLarge: true }
    : { after: value, afterTooLarge: false };
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
