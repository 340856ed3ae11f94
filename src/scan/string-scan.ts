/**
 * Strings in the JSON scanner's event mode (json-scanner.ts, ScanState's layers): keys and the
 * values the handler wants (names, addresses) are found, checked (escapes, control characters)
 * and handed over as bytes; strings the handler does not want are only stepped over. A string
 * may run past the end of a chunk: its escape state and the parts kept so far stay in fields.
 */
import type { InputError } from '../errors.js';
import { showByte } from './input-errors.js';
import { MAX_CAPTURED_STRING } from './scan-state.js';
import { ESCAPE_BYTES, HEX_BYTES, STRING_BYTES, S_AFTER, S_COLON } from './scanner-tables.js';
import { skipString } from './skip-string.js';
import { concat, ValueCapture } from './value-capture.js';

export class StringScan extends ValueCapture {
  /** `i` is at the opening quote. Returns where to go on (n when the string runs past the chunk). */
  protected startString(buf: Uint8Array, i: number, n: number): number {
    this.escaped = false;
    this.stringFrom = i + 1;
    this.stringOffset = this.base + i;
    // Fast paths for the usual case, a string that ends in this chunk: skipped strings go through
    // skipString; wanted ones (keys, addresses) through a plain scan that gives up at a backslash.
    let j = -1;
    if (!this.capture) j = skipString(buf, this.words, i + 1, n);
    else {
      const kinds = STRING_BYTES;
      let k = i + 1;
      while (k < n && kinds[buf[k]!] === 0) k++;
      if (k < n && buf[k] === 0x22) j = k;
    }
    if (j < 0) j = this.scanString(buf, i + 1, n);
    if (j < 0) return n;
    this.endString(buf, j);
    return j + 1;
  }

  /** Finds the closing quote from `i`; -1 if the chunk ends first (the escape state is kept). */
  protected scanString(buf: Uint8Array, i: number, n: number): number {
    const kinds = STRING_BYTES;
    let esc = this.escape;
    for (;;) {
      if (esc === 0) {
        while (i < n && kinds[buf[i]!] === 0) i++;
        if (i >= n) {
          this.escape = 0;
          return -1;
        }
        const k = kinds[buf[i]!];
        if (k === 1) return i;
        if (k === 3) {
          throw this.errors.error(
            'INPUT_SYNTAX',
            `${showByte(buf[i]!)} inside a string: control characters must be escaped`,
            this.base + i,
          );
        }
        esc = 1;
        this.escaped = true;
        i++;
        continue;
      }
      if (i >= n) {
        this.escape = esc;
        return -1;
      }
      const c = buf[i]!;
      if (esc === 1) {
        const e = ESCAPE_BYTES[c];
        if (e === 0) {
          throw this.errors.error(
            'INPUT_SYNTAX',
            `invalid escape \\${showByte(c)} in a string`,
            this.base + i,
          );
        }
        esc = e === 2 ? 5 : 0;
      } else {
        if (HEX_BYTES[c] === 0) {
          throw this.errors.error(
            'INPUT_SYNTAX',
            `invalid \\u escape: ${showByte(c)} is not a hex digit`,
            this.base + i,
          );
        }
        esc = esc === 2 ? 0 : esc - 1;
      }
      i++;
    }
  }

  /** The closing quote is at `j`. */
  protected endString(buf: Uint8Array, j: number): void {
    const isKey = this.inString === 2;
    this.inString = 0;
    this.escape = 0;
    this.state = isKey ? S_COLON : S_AFTER;
    if (!this.capture) return;
    this.capture = false;
    let bytes = buf;
    let start = this.stringFrom;
    let end = j;
    if (this.stringParts.length > 0) {
      if (this.stringSize + j - this.stringFrom > MAX_CAPTURED_STRING) throw this.tooLongError();
      this.stringParts.push(buf.subarray(this.stringFrom, j));
      bytes = concat(this.stringParts, this.stringSize + j - this.stringFrom);
      start = 0;
      end = bytes.length;
      this.stringParts = [];
      this.stringSize = 0;
    }
    if (isKey) this.handler.key(bytes, start, end, this.escaped, this.stringOffset);
    else {
      this.handler.string(bytes, start, end, this.escaped, this.stringOffset);
      // A string read may narrow the keys wanted next in its object (an entry's `address`).
      this.updateKeyFilter();
    }
  }

  /** Keys, names and addresses are short; a huge one is not a plan (and would not fit a string). */
  protected tooLongError(): InputError {
    return this.errors.error(
      'INPUT_INVALID',
      `a key or name longer than ${MAX_CAPTURED_STRING >> 20} MiB, where a plan has short names`,
      this.stringOffset,
    );
  }
}
