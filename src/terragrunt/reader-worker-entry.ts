/**
 * How a bundle hosts the Terragrunt reader threads (unit-reader-pool.ts). The bundles are built by
 * ncc from one entry each (cli.ts, action.ts, plugin.ts), so a reader thread runs the same bundle
 * file again: the pool starts `new Worker(<entry file>, { workerData: { [READER_WORKER_MARKER]: … } })`
 * and the entry, seeing the marker, serves unit reads instead of running the tool.
 *
 * This module is imported by the entries before anything else: it loads nothing but
 * node:worker_threads.
 */
import { isMainThread, workerData } from 'node:worker_threads';

/** The workerData key that makes an entry serve unit reads. */
export const READER_WORKER_MARKER = 'iacmReporterUnitReader';

/** True in a reader thread started by the pool: the entry must serve reads, not run the tool. */
export function isReaderWorker(): boolean {
  return (
    !isMainThread &&
    typeof workerData === 'object' &&
    workerData !== null &&
    (workerData as Record<string, unknown>)[READER_WORKER_MARKER] !== undefined
  );
}

let host: string | undefined;

/**
 * An entry's whole body: in a reader thread, serve unit reads (the worker module, a chunk of its
 * own); otherwise register the entry's file (`import.meta.url`, the bundle file) as the one
 * reader threads run, and run the tool.
 */
export function enter(entryUrl: string, run: () => void): void {
  if (isReaderWorker()) {
    void import('./unit-reader-worker.js').then((worker) => worker.serveUnitReads());
    return;
  }
  host = entryUrl;
  run();
}

/** The file reader threads run, when an entry said so (bundles); undefined from sources. */
export function readerWorkerHost(): string | undefined {
  return host;
}
