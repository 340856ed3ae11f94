/**
 * The strings of a plan as text: keys, names and values the walker keeps, decoded from the bytes
 * the scanner points at. Short ASCII strings are built directly and attribute names interned,
 * because the same few names and addresses come by millions of times in a large plan.
 */
import type { InputErrors } from './input-errors.js';

/** Slots of the attribute name cache (a power of two). */
const NAME_SLOTS = 1024;

export class StringReader {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** Interned attribute names (see attributeName). */
  private readonly names: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS);

  constructor(private readonly errors: InputErrors) {}

  /**
   * An attribute name (a key without escapes). The same few dozen names come back in every
   * resource of a type, so they are interned: found by a hash of their bytes and checked byte by
   * byte, without building a string each time.
   */
  attributeName(bytes: Uint8Array, start: number, end: number, offset: number): string {
    const length = end - start;
    if (length > 64) return this.text(bytes, start, end, false, offset);
    let h = length;
    for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k]!, 0x01000193);
    const slot = (h >>> 0) & (NAME_SLOTS - 1);
    const known = this.names[slot];
    if (known !== undefined && known.length === length) {
      let k = 0;
      while (k < length && known.charCodeAt(k) === bytes[start + k]) k++;
      if (k === length) return known;
    }
    const name = this.text(bytes, start, end, false, offset);
    // Only ASCII names are interned: their characters are their bytes, as compared above.
    if (/^[\x20-\x7e]*$/.test(name)) this.names[slot] = name;
    return name;
  }

  /** A string's bytes as text: invalid UTF-8 is an encoding error, escapes are decoded. */
  text(bytes: Uint8Array, start: number, end: number, escaped: boolean, offset: number): string {
    // Addresses and names are short ASCII: building them directly skips TextDecoder's overhead.
    if (!escaped && end - start <= 128) {
      let k = start;
      while (k < end && bytes[k]! < 0x80) k++;
      if (k === end) {
        return Buffer.isBuffer(bytes)
          ? bytes.toString('latin1', start, end)
          : String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
      }
    }
    let text: string;
    try {
      text = this.utf8.decode(bytes.subarray(start, end));
    } catch {
      throw this.errors.error('INPUT_ENCODING', 'invalid UTF-8 in a string; save the file as UTF-8', offset);
    }
    if (!escaped) return text;
    // The scanner has checked every escape, so this cannot fail on them.
    return JSON.parse(`"${text}"`) as string;
  }
}
