/**
 * The sizes a merge holds to (issue 23): whatever `--save-partial` writes, `merge` reads, because
 * both use MAX_PARTIAL_BYTES; the partials of one merge together stay under MERGE_BUDGET_BYTES, and
 * a partial nested deeper than MAX_PARTIAL_DEPTH is refused before it is parsed (a crafted one
 * would otherwise overflow the stack). Each is a one-line refusal naming the file.
 */
import { InputError } from '../errors.js';

const MIB = 1024 * 1024;

/** The largest partial report written or read. */
export const MAX_PARTIAL_BYTES = 512 * MIB;
/** The most partial-report bytes one merge reads, all files together. */
export const MERGE_BUDGET_BYTES = 2048 * MIB;
/** Deepest nesting of objects and arrays a partial may have (ours are under 20 deep). */
export const MAX_PARTIAL_DEPTH = 256;

/** InputError when `text` nests objects and arrays deeper than `max` (strings skipped). */
export function checkDepth(text: string, label: string, max: number = MAX_PARTIAL_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) {
        throw new InputError(
          'INPUT_INVALID',
          label,
          `nests objects or arrays more than ${max} deep, which no partial report does; it was not written by iacm-report --save-partial`,
          Buffer.byteLength(text.slice(0, i)),
        );
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}
