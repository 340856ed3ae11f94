/**
 * The production plan reader: reads `terraform show -json` / `tofu show -json` output as a byte
 * stream and calls a PlanVisitor with only what a report needs, in flat memory whatever the size
 * of the file (attribute values, configuration and variables are skipped byte by byte, never
 * turned into strings or objects).
 *
 * Pieces (src/parsers/json-stream/): input-decoder (BOM, UTF-16, binary sniffing) -> json-scanner
 * (resumable byte DFA with a skip mode; skip-wasm runs skip mode in WebAssembly SIMD where
 * available) -> plan-walker (where the visitor's fields live).
 * Every problem with the input is an InputError with a code and, where there is one, a byte offset.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { PlanVisitor } from './plan-visitor.js';
import { pumpInput } from './json-stream/input-decoder.js';
import { InputErrors } from './json-stream/input-errors.js';
import { JsonScanner } from './json-stream/json-scanner.js';
import { PlanWalker } from './json-stream/plan-walker.js';
import { acquireWasmSkipper, releaseWasmSkipper, type SkipEngine } from './json-stream/skip-wasm.js';

/** Read size for files: large enough that per-chunk costs vanish, small enough to stay flat. */
export const FILE_CHUNK_BYTES = 1024 * 1024;

/** Bytes of a plan: a file path, or any async iterable of byte chunks (split anywhere). */
export type PlanSource = string | AsyncIterable<Uint8Array>;

export interface PlanStreamOptions {
  /**
   * The loop that skips unwanted values: WebAssembly SIMD where available ('auto', the default) or
   * always the JS one ('js'; the two accept exactly the same input, tests compare them).
   */
  skip?: SkipEngine;
}

/**
 * Reads one plan document and calls `visitor` as it goes. `label` names the input in errors
 * (defaults to the path). Resolves once the whole input was read and found to be one JSON object;
 * rejects with an InputError for any problem with the input (the visitor may have been called for
 * the part before the problem), or with whatever the visitor throws.
 */
export async function readPlanStream(
  source: PlanSource,
  visitor: PlanVisitor,
  label?: string,
  options: PlanStreamOptions = {},
): Promise<void> {
  const name = label ?? (typeof source === 'string' ? source : '<stream>');
  const wasm = acquireWasmSkipper(options.skip ?? 'auto');
  try {
    // Files are read straight into the WebAssembly memory, where the skip loop scans them in place.
    const bytes =
      typeof source === 'string' ? openPlanFile(source, name, FILE_CHUNK_BYTES, wasm?.fileBuffers) : source;
    const errors = new InputErrors(name);
    let head: Uint8Array = new Uint8Array(0);
    const scanner = new JsonScanner(new PlanWalker(visitor, errors), errors, () => head, wasm);
    // pumpInput ends the file reader (and its read in flight) before it returns or throws, so
    // nothing writes to the instance's memory once it is released.
    await pumpInput(bytes, scanner, errors, (h) => {
      head = h;
    });
  } finally {
    releaseWasmSkipper(wasm);
  }
}

/**
 * A file's bytes in large chunks; a missing or unreadable file is an InputError. Two buffers take
 * turns: the next read is already running while the caller works on the current chunk, and no
 * memory is allocated per chunk. So a chunk is valid only until the next one is asked for (the
 * streaming reader copies what it keeps).
 */
export async function* openPlanFile(
  path: string,
  label: string = path,
  chunkBytes: number = FILE_CHUNK_BYTES,
  /** The two buffers to read into (each at least chunkBytes long); by default new ones. */
  into?: readonly [Uint8Array, Uint8Array],
): AsyncGenerator<Uint8Array> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (error) {
    throw fileError(error, label);
  }
  const buffers: readonly [Uint8Array, Uint8Array] =
    into !== undefined && into[0].length >= chunkBytes && into[1].length >= chunkBytes
      ? into
      : [Buffer.allocUnsafeSlow(chunkBytes), Buffer.allocUnsafeSlow(chunkBytes)];
  let turn = 0;
  let pending: Promise<{ bytesRead: number }> | null = null;
  try {
    // Position null: read on from where the last read ended, so pipes (/dev/stdin) work too.
    pending = file.read(buffers[0], 0, chunkBytes, null);
    for (;;) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await pending);
      } catch (error) {
        pending = null;
        throw fileError(error, label);
      }
      if (bytesRead === 0) {
        pending = null;
        return;
      }
      const chunk = buffers[turn]!.subarray(0, bytesRead);
      turn ^= 1;
      pending = file.read(buffers[turn]!, 0, chunkBytes, null);
      yield chunk;
    }
  } finally {
    // A read still running when the caller stopped early must end before the file is closed.
    await pending?.catch(() => undefined);
    await file.close();
  }
}

function fileError(error: unknown, label: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError('INPUT_NOT_FOUND', label, 'no such file', undefined, { cause: error });
    case 'EISDIR':
      return new InputError('INPUT_UNREADABLE', label, 'is a directory, not a plan file', undefined, {
        cause: error,
      });
    case 'EACCES':
    case 'EPERM':
      return new InputError('INPUT_UNREADABLE', label, 'permission denied', undefined, { cause: error });
    case 'ELOOP':
      return new InputError('INPUT_UNREADABLE', label, 'a symbolic link loop', undefined, { cause: error });
    default:
      return code === undefined
        ? error
        : new InputError('INPUT_UNREADABLE', label, `cannot be read (${code})`, undefined, { cause: error });
  }
}
