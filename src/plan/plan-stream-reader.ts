/**
 * The production plan reader: reads `terraform show -json` / `tofu show -json` output as a byte
 * stream and calls a PlanVisitor with only what a report needs, in flat memory whatever the size
 * of the file (attribute values, configuration and variables are skipped byte by byte, never
 * turned into strings or objects).
 *
 * Pieces (src/scan/, then here in src/plan/): input-decoder (BOM, UTF-16, binary sniffing) -> json-scanner
 * (resumable byte DFA with a skip mode; skip-wasm runs skip mode in WebAssembly SIMD where
 * available) -> plan-walker (where the visitor's fields live).
 * Every problem with the input is an InputError with a code and, where there is one, a byte offset.
 */
import { warmUpReader } from './reader-warm-up.js';
import {
  fileError,
  isStdinName,
  MAX_PLAN_BYTES,
  openInput,
  stdinChunks,
  tooLarge,
} from '../inputs/input-file.js';
import type { PlanVisitor } from './plan-visitor.js';
import { pumpInput } from '../scan/input-decoder.js';
import { InputErrors } from '../scan/input-errors.js';
import { JsonScanner } from '../scan/json-scanner.js';
import { PlanWalker } from './plan-walker.js';
import { chunkBuffers, openPlanFileBlocking } from './plan-file-blocking.js';
import type { ValueGate } from './value-policy.js';
import { acquireWasmSkipper, releaseWasmSkipper, type SkipEngine } from '../scan/skip-wasm.js';

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
  /** --show-values and --hide-values-of: which changed values the visitor may be handed. */
  values?: ValueGate | undefined;
  /** Updates and replacements whose attribute roles are read (default MAX_ATTRIBUTE_ADDRESSES; the bench sets 0). */
  attributeRoles?: number | undefined;
  /** Drift entries read for their provider and attribute names (--send-drift-resources; default 0). */
  driftResources?: number | undefined;
  /** A file is read with blocking calls (plan-file-blocking.ts): only on a reader thread. */
  blockingReads?: boolean | undefined;
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
  // Once per process, before the first large read (reader-warm-up.ts says why).
  await warmUpReader(readPlanStream, source, options, isStdinName);
  const wasm = acquireWasmSkipper(options.skip ?? 'auto');
  try {
    // Files are read straight into the WebAssembly memory, where the skip loop scans them in place.
    const open =
      options.blockingReads === true && typeof source === 'string' && !isStdinName(source)
        ? openPlanFileBlocking
        : openPlanFile;
    const bytes =
      typeof source === 'string' ? open(source, name, FILE_CHUNK_BYTES, wasm?.fileBuffers) : source;
    const errors = new InputErrors(name);
    let head: Uint8Array = new Uint8Array(0);
    const scanner = new JsonScanner(
      new PlanWalker(visitor, errors, options.values, options.attributeRoles, options.driftResources),
      errors,
      () => head,
      wasm,
    );
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
 * A file's bytes in large chunks; a missing or unreadable file, or anything but a regular file (or
 * standard input, by name) is an InputError, and so is one over `maxBytes`. Two buffers take
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
  maxBytes: number = MAX_PLAN_BYTES,
): AsyncGenerator<Uint8Array> {
  if (isStdinName(path)) {
    yield* cappedStream(stdinChunks(label), label, maxBytes);
    return;
  }
  const file = await openInput(path, label, maxBytes);
  const buffers = chunkBuffers(chunkBytes, into);
  let turn = 0;
  let total = 0;
  let pending: Promise<{ bytesRead: number }> | null = null;
  try {
    // Position null: read on from where the last read ended, so standard input works too.
    pending = file.read(buffers[0], 0, chunkBytes, null);
    for (;;) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await pending);
      } catch (error) {
        pending = null;
        throw await fileError(error, path, label);
      }
      if (bytesRead === 0) {
        pending = null;
        return;
      }
      // A file that grows while it is read, or standard input without end, stops here.
      total += bytesRead;
      if (total > maxBytes) {
        pending = null;
        throw tooLarge(label, maxBytes);
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

/** Standard input's chunks, stopped with INPUT_TOO_LARGE past `maxBytes`. */
async function* cappedStream(
  chunks: AsyncIterable<Uint8Array>,
  label: string,
  maxBytes: number,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(label, maxBytes);
    yield chunk;
  }
}
