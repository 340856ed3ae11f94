/**
 * How a bundle hosts the Terragrunt reader threads (unit-reader-pool.ts). The bundles are built by
 * ncc from one entry each (cli.ts, action.ts, plugin.ts), so a reader thread runs the same bundle
 * file again: the pool starts `new Worker(<entry file>, { workerData: { [READER_WORKER_MARKER]: … } })`
 * and the entry, seeing the marker, serves unit reads instead of running the tool.
 *
 * This module is imported by the entries before anything else: it loads nothing, and
 * node:worker_threads only in a reader thread (reader-thread.ts).
 */
import { inReaderThread, workerThreads } from '../reader-thread.js';

/** The workerData key that makes an entry serve unit reads. */
export const READER_WORKER_MARKER = 'iacmReporterUnitReader';

/** True in a reader thread started by the pool: the entry must serve reads, not run the tool. */
export function isReaderWorker(): boolean {
  if (!inReaderThread()) return false;
  const workerData: unknown = workerThreads().workerData;
  return (
    typeof workerData === 'object' &&
    workerData !== null &&
    (workerData as Record<string, unknown>)[READER_WORKER_MARKER] !== undefined
  );
}

let host: string | undefined;

/**
 * An entry's whole body: in a reader thread, serve unit reads (the worker module, a chunk of its
 * own); otherwise register the entry's file (`import.meta.url`, the bundle file) as the one
 * reader threads run, and run the tool. `entry` is the file's URL (`import.meta.url`) or its
 * absolute path (the CLI's loader: no URL is built at start-up).
 */
export function enter(entry: string, run: () => void): void {
  if (isReaderWorker()) {
    void import('./unit-reader-worker.js').then((worker) => worker.serveUnitReads());
    return;
  }
  host = entry;
  run();
}

/** The file reader threads run (a file URL or a path), when an entry said so (bundles); undefined from sources. */
export function readerWorkerHost(): string | undefined {
  return host;
}
