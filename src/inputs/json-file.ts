/**
 * Whole-file JSON for the small side inputs (an Infracost output, a Terragrunt run report): read,
 * decoded and parsed in memory, every failure turned into an InputError naming the file. Plans
 * have their own streaming reader; these files are small enough to hold at once.
 */
import { InputError } from '../errors.js';
import { MAX_JSON_FILE_BYTES, readInput } from './input-file.js';
import { findJsonFault } from './json-syntax.js';

/** The file's text: UTF-8 (byte-order mark dropped) or UTF-16 with a byte-order mark. */
export async function readJsonText(file: string, label: string = file): Promise<string> {
  // Only a regular file (or standard input) of at most MAX_JSON_FILE_BYTES: see input-file.ts.
  return decodeText(await readInput(file, label, MAX_JSON_FILE_BYTES), label);
}

export function decodeText(bytes: Uint8Array, label: string): string {
  const text = decodeBytes(bytes, label);
  if (text.trim() === '') throw new InputError('INPUT_EMPTY', label, 'is empty');
  return text;
}

function decodeBytes(bytes: Uint8Array, label: string): string {
  // PowerShell's `>` writes UTF-16LE with a byte-order mark; take it rather than fail on it.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), label);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2), label);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (body.includes(0)) {
    // `{\0"\0` or `\0{\0"`: JSON text in UTF-16 whose byte-order mark was lost.
    const utf16 = body.length >= 2 && (body[0] === 0) !== (body[1] === 0);
    const detail = utf16
      ? 'is UTF-16 text without a byte-order mark; save it as UTF-8'
      : 'holds binary data, not JSON text';
    throw new InputError(utf16 ? 'INPUT_ENCODING' : 'INPUT_BINARY', label, detail);
  }
  return decodeWith('utf-8', body, label);
}

function decodeWith(encoding: string, bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    throw new InputError('INPUT_ENCODING', label, `is not valid ${encoding.toUpperCase()} text`, undefined, {
      cause: error,
    });
  }
}

/**
 * JSON.parse with its failure turned into INPUT_SYNTAX / INPUT_TRAILING naming the line, column
 * and byte of the fault and what to do (`fix`, e.g. how to write the file again). Nothing of the
 * text is quoted, JSON.parse's message included: side files may hold secrets. The cause keeps
 * JSON.parse's error for debugging; no entry prints causes.
 */
export function parseJsonText(
  text: string,
  label: string,
  fix = 'write it again with the tool that made it',
): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const found = findJsonFault(text);
    if (found === undefined) {
      throw new InputError('INPUT_SYNTAX', label, `is not valid JSON; ${fix}`, undefined, { cause: error });
    }
    const offset = Buffer.byteLength(text.slice(0, found.index));
    const where = `at line ${found.line}, column ${found.column}`;
    const code = /^more data after/.test(found.problem) ? 'INPUT_TRAILING' : 'INPUT_SYNTAX';
    throw new InputError(code, label, `is not valid JSON ${where}: ${found.problem}; ${fix}`, offset, {
      cause: error,
    });
  }
}

/** What a parsed value is, in words, for "expected X, found Y" messages. */
export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
