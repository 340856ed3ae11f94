/**
 * A plan file's bytes read with blocking system calls, for the Terragrunt reader threads
 * (src/terragrunt/unit-reader-worker.ts): a worker thread has nothing else to do while it reads,
 * and the non-blocking reads (plan-stream-reader.ts `openPlanFile`) cost every unit six round
 * trips through libuv's thread pool (stat, open, fstat, two reads, close), each a hand-off between
 * threads; on a tree of thousands of small plans those hand-offs, not the reading, were most of
 * the file system's CPU.
 *
 * The same checks as `openInput` (input-file.ts), in the same order, and the same InputErrors
 * (`fileError` maps the same system error codes), so a unit fails alike on any thread. Never used
 * on the main thread of a run: it would stop everything else while the disk answers.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { checkRegular, fileError, MAX_PLAN_BYTES, tooLarge } from '../inputs/input-file.js';

/** The two buffers a file reader's chunks take turns in: `into` when both are large enough. */
export function chunkBuffers(
  chunkBytes: number,
  into: readonly [Uint8Array, Uint8Array] | undefined,
): readonly [Uint8Array, Uint8Array] {
  return into !== undefined && into[0].length >= chunkBytes && into[1].length >= chunkBytes
    ? into
    : [Buffer.allocUnsafeSlow(chunkBytes), Buffer.allocUnsafeSlow(chunkBytes)];
}

/**
 * Like plan-stream-reader.ts `openPlanFile` for a path (never standard input): chunks of at most
 * `chunkBytes` in one of the two `into` buffers, each valid until the next is asked for.
 */
export async function* openPlanFileBlocking(
  path: string,
  label: string,
  chunkBytes: number,
  into?: readonly [Uint8Array, Uint8Array],
  maxBytes: number = MAX_PLAN_BYTES,
): AsyncGenerator<Uint8Array> {
  let fd: number;
  try {
    checkRegular(statSync(path), label, maxBytes);
    // Non-blocking open: if a FIFO took the file's place since the stat, the open still returns.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw error instanceof Error && 'errno' in error ? await fileError(error, path, label) : error;
  }
  try {
    checkRegular(fstatSync(fd), label, maxBytes);
    const buffers = chunkBuffers(chunkBytes, into);
    let turn = 0;
    let total = 0;
    for (;;) {
      // Past the first chunk, the event loop runs between two reads: on the main thread, a large
      // plan read this way must not hold up the workers' answers until its end.
      if (total > 0) await new Promise<void>((done) => setImmediate(done));
      let bytesRead: number;
      try {
        bytesRead = readSync(fd, buffers[turn]!, 0, chunkBytes, null);
      } catch (error) {
        throw await fileError(error, path, label);
      }
      if (bytesRead === 0) return;
      // A file that grows while it is read stops here.
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(label, maxBytes);
      const chunk = buffers[turn]!.subarray(0, bytesRead);
      turn ^= 1;
      yield chunk;
    }
  } finally {
    closeSync(fd);
  }
}
