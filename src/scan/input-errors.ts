import { InputError, type InputErrorCode } from '../errors.js';

/**
 * Makes the InputErrors of one read. Offsets are byte offsets into the file as given; when the
 * file was transcoded (UTF-16) the scanner's offsets count UTF-8 bytes instead, which would point
 * at the wrong place, so they are left out.
 */
export class InputErrors {
  constructor(
    readonly label: string,
    public exactOffsets = true,
  ) {}

  error(code: InputErrorCode, detail: string, offset?: number): InputError {
    return new InputError(code, this.label, detail, this.exactOffsets ? offset : undefined);
  }
}

/** A byte as a person would read it in an error message. */
export function showByte(b: number): string {
  if (b >= 0x21 && b <= 0x7e) return b === 0x60 ? "'`'" : `\`${String.fromCharCode(b)}\``;
  return `byte 0x${b.toString(16).padStart(2, '0').toUpperCase()}`;
}

/** The start of some bytes as one short line of printable text, for error messages. */
export function showText(bytes: Uint8Array, max = 40): string {
  let text = '';
  for (let i = 0; i < bytes.length && text.length < max; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || b === 0x0d) break;
    text += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '?';
  }
  return text.length >= max ? `${text}…` : text;
}

/**
 * A copy of `bytes[from, to)`. Not `slice()`: on a Buffer (what files give) that is a view, and the
 * chunk's memory is reused for the next chunk.
 */
export function copyBytes(bytes: Uint8Array, from = 0, to = bytes.length): Uint8Array {
  const part = bytes.subarray(from, to);
  const copy = new Uint8Array(part.length);
  copy.set(part);
  return copy;
}
