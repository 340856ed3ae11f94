/**
 * Whether this thread is a Terragrunt reader thread (terragrunt/unit-reader-pool.ts), told without
 * loading `node:worker_threads` on the main thread.
 *
 * Why: loading `node:worker_threads` brings Node's worker modules (ports, messaging, error
 * serialisation) into every run, ~7 M instructions of a demo dry run that starts no thread
 * (docs/performance.md, start-up); the entries asked it only whether this is the main thread.
 * The pool starts each reader thread with READER_THREAD_ARG in its `process.argv` (the Worker's
 * `argv` option), so a process without it is not one; with it (a reader thread, or a user who
 * typed it), `node:worker_threads` has the last word.
 */
import type * as WorkerThreads from 'node:worker_threads';

/** The argument the reader pool gives its threads (appended to the thread's `process.argv`). */
export const READER_THREAD_ARG = '--iacm-reporter-reader-thread';

/** `node:worker_threads`, loaded on first use. */
export function workerThreads(): typeof WorkerThreads {
  return process.getBuiltinModule('node:worker_threads');
}

/** True in a worker thread started with READER_THREAD_ARG; false on the main thread, at no cost. */
export function inReaderThread(): boolean {
  return process.argv.includes(READER_THREAD_ARG) && !workerThreads().isMainThread;
}
