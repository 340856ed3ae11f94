/**
 * The one way the rest of the tool reads a plan file: `readPlanFile(file)` -> PlanSummary.
 *
 * For now the file is read whole and parsed with JSON.parse, then walked; the streaming byte
 * reader will replace `readPlanDocument` (and take over every byte-level error: empty, binary,
 * truncated, trailing data, wrapper noise, offsets). Counting and classification stay in
 * PlanAccumulator, so the signature and the summary do not change when it does.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { PlanAccumulator } from './plan-accumulator.js';
import { walkPlanDocument } from './plan-document-walker.js';
import type { PlanSummary } from './plan-summary.js';

export interface ReadPlanOptions {
  /** The name to report the file under (a path as the user wrote it, a unit path); default `file`. */
  label?: string;
}

export async function readPlanFile(file: string, opts: ReadPlanOptions = {}): Promise<PlanSummary> {
  const label = opts.label ?? file;
  const doc = await readPlanDocument(file, label);
  const accumulator = new PlanAccumulator(label);
  walkPlanDocument(doc, accumulator, label);
  return accumulator.finish();
}

async function readPlanDocument(file: string, label: string): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw fileError(error, label);
  }
  const text = decodeText(bytes);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not V8's message: it quotes the text around the problem, which may be a secret.
    throw new InputError(
      'INPUT_SYNTAX',
      label,
      'not valid JSON (truncated, or not a JSON document): give the output of `terraform show -json <planfile>`',
    );
  }
}

/**
 * UTF-8 (a byte-order mark is dropped), or UTF-16LE with its byte-order mark: what PowerShell's
 * `>` writes on Windows.
 */
function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.toString('utf8', start);
}

function fileError(error: unknown, label: string): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new InputError('INPUT_NOT_FOUND', label, 'no such file');
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError('INPUT_UNREADABLE', label, `cannot be read: ${reason}`);
}
