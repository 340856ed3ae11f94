/**
 * Feeds a byte stream to the scanner as UTF-8: looks at the first bytes once (byte-order marks,
 * zip, UTF-16 without a BOM, NUL bytes), strips a UTF-8 BOM and transcodes UTF-16 on the fly,
 * chunk by chunk, so that a PowerShell-written plan costs no more memory than a UTF-8 one.
 */
import { copyBytes, type InputErrors } from './input-errors.js';
import type { JsonScanner } from './json-scanner.js';

/** Bytes gathered before deciding what the input is; also what error messages quote from. */
export const HEAD_BYTES = 512;

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** ASCII text written as UTF-16 has a NUL in every other byte. */
function utf16WithoutBom(head: Uint8Array): 'LE' | 'BE' | null {
  const n = Math.min(head.length, 64) & ~1;
  if (n < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros * 2 >= pairs && evenZeros * 8 <= pairs) return 'LE';
  if (evenZeros * 2 >= pairs && oddZeros * 8 <= pairs) return 'BE';
  return null;
}

/** Decides the encoding from the first bytes, or throws what is wrong with them. */
function sniff(first: Uint8Array, errors: InputErrors): { encoding: Encoding; bom: number } {
  const [b0, b1, b2, b3] = first;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && b3 === 0x04) {
    throw errors.error(
      'INPUT_BINARY',
      'this is a binary plan file; run `terraform show -json <file> > plan.json` (or `tofu show -json`) and pass plan.json',
      0,
    );
  }
  const utf16 = utf16WithoutBom(first);
  if (utf16 !== null) {
    throw errors.error(
      'INPUT_ENCODING',
      `this looks like UTF-16${utf16} without a byte-order mark; re-save it as UTF-8 ` +
        '(PowerShell: `terraform show -json plan.tfplan | Out-File -Encoding utf8 plan.json`)',
      0,
    );
  }
  const nul = first.subarray(0, HEAD_BYTES).indexOf(0);
  if (nul >= 0) throw errors.error('INPUT_BINARY', 'binary data (NUL bytes), not JSON text', nul);
  return { encoding: 'utf-8', bom: 0 };
}

/**
 * Runs the whole input through the scanner and ends it. `onHead` receives the first bytes of the
 * UTF-8 text (after any BOM) before the scanner sees anything.
 */
export async function pumpInput(
  source: AsyncIterable<Uint8Array>,
  scanner: JsonScanner,
  errors: InputErrors,
  onHead: (head: Uint8Array) => void,
): Promise<void> {
  const it = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    const parts: Uint8Array[] = [];
    let size = 0;
    while (size < HEAD_BYTES) {
      const r = await it.next();
      if (r.done === true) {
        finished = true;
        break;
      }
      // Copied unless it is the only piece: a producer may reuse its buffer for the next chunk.
      parts.push(size === 0 && r.value.length >= HEAD_BYTES ? r.value : copyBytes(r.value));
      size += r.value.length;
    }
    const first = concat(parts);
    if (first.length === 0) throw errors.error('INPUT_EMPTY', 'is empty (0 bytes)');
    const { encoding, bom } = sniff(first, errors);
    let transcode: ((chunk: Uint8Array | null) => Uint8Array) | null = null;
    let text = first.subarray(bom);
    if (encoding !== 'utf-8') {
      // Offsets into the transcoded bytes would not be file offsets.
      errors.exactOffsets = false;
      transcode = utf16Transcoder(encoding, errors);
      text = transcode(text);
    } else {
      scanner.advance(bom);
    }
    onHead(copyBytes(text, 0, HEAD_BYTES));
    scanner.feed(text);
    while (!finished) {
      const r = await it.next();
      if (r.done === true) break;
      scanner.feed(transcode === null ? r.value : transcode(r.value));
    }
    finished = true;
    if (transcode !== null) scanner.feed(transcode(null));
    scanner.end();
  } finally {
    // Stop reading (closes a file stream) when the scanner gave up early.
    if (!finished) await it.return?.();
  }
}

/** UTF-16 bytes in, UTF-8 bytes out, keeping a character split across chunks; null flushes. */
function utf16Transcoder(encoding: Encoding, errors: InputErrors): (chunk: Uint8Array | null) => Uint8Array {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const encoder = new TextEncoder();
  return (chunk) => {
    try {
      return encoder.encode(chunk === null ? decoder.decode() : decoder.decode(chunk, { stream: true }));
    } catch {
      throw errors.error(
        'INPUT_ENCODING',
        `invalid ${encoding.toUpperCase()} (an unpaired surrogate or an odd number of bytes); re-save the file as UTF-8`,
      );
    }
  };
}
