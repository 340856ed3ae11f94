/**
 * Reading a Terragrunt tree's unit plans on every core: the main thread and worker threads (each
 * running unit-reader-worker.ts) take units from one queue, in list order, whoever is free first;
 * `n` reader threads are the main thread and n - 1 workers, so on 2 cores one isolate is started,
 * not two, and the main thread is never idle while the workers read. Results are kept by the unit's
 * place in the list, never by arrival, so the tree (and the event) is the same, byte for byte, as
 * the one-thread read; errors come back as the InputErrors the one-thread read throws.
 *
 * Where a thread's code comes from: a bundle's entry registers its own file (reader-worker-entry.ts)
 * and a thread runs that file again with a marker; from the TypeScript sources (tests, tsx
 * scripts) a thread loads this folder's worker module through tsx. With neither, one thread.
 *
 * Here: how many threads, and where their code comes from; the pool itself is reader-pool.ts.
 */
import { fileURLToPath } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';
import type { ReaderWorkerData } from './reader-thread-messages.js';
import { READER_THREAD_ARG } from '../reader-thread.js';
import { READER_WORKER_MARKER, readerWorkerHost } from './reader-worker-entry.js';

/** `auto`, or a number of reader threads (1: the main thread alone). */
export type ReaderThreads = 'auto' | number;

/** Below this many units `auto` reads on the main thread: starting threads costs more than it saves. */
export const MIN_UNITS_FOR_THREADS = 16;
/** `auto` gives each thread at least this many units. */
export const MIN_UNITS_PER_THREAD = 8;
/**
 * Cores `auto` gives each reader thread. A thread reading units keeps more than its own core busy:
 * V8's compiler and garbage collector work beside it on helper threads. Measured on 2,000 units
 * (docs/performance.md), the one-thread read used 1.5 to 1.8 cores' worth of CPU time per second,
 * and a second reader thread added ~25% CPU (its own isolate compiles and warms the reader
 * again), so on 2 cores two reader threads were slower than one.
 */
export const CORES_PER_THREAD = 2;
/**
 * Memory a reader thread is budgeted, in MB: a V8 isolate (~10 MB), the bundle's code compiled
 * again in it (~20 MB), and a few streaming reads (flat, under 64 MB for a 200 MB plan). `auto`
 * starts no more threads than half the free memory (or of the container's limit) holds.
 */
export const THREAD_MEMORY_BUDGET_MB = 128;
/** A thread's heap stops here: a runaway read fails the report with one line, not the machine. */
export const THREAD_HEAP_LIMIT_MB = 512;

export interface MachineFacts {
  readonly cores: number;
  /** Bytes free (the smaller of the free memory and a container's limit). */
  readonly freeBytes: number;
}

export function machineFacts(): MachineFacts {
  const constrained = (process as { constrainedMemory?: () => number | undefined }).constrainedMemory?.();
  // node:os loaded when a tree is read, not by every start-up (docs/performance.md).
  const { availableParallelism, freemem } = process.getBuiltinModule('node:os');
  const free = freemem();
  return {
    cores: availableParallelism(),
    freeBytes: constrained !== undefined && constrained > 0 ? Math.min(free, constrained) : free,
  };
}

/**
 * How many reader threads to use for `units` unit plans; 1 means the main thread alone. A number
 * asks for that many (never more than the units); `auto` takes the cores (one thread per
 * CORES_PER_THREAD), the memory budget and the tree's size into account.
 */
export function readerThreadCount(
  setting: ReaderThreads,
  units: number,
  machine: MachineFacts = machineFacts(),
): number {
  if (setting !== 'auto') return Math.max(1, Math.min(Math.floor(setting), units));
  if (units < MIN_UNITS_FOR_THREADS) return 1;
  const byMemory = Math.floor(machine.freeBytes / 2 / (THREAD_MEMORY_BUDGET_MB * 1024 * 1024));
  const byCores = Math.floor(machine.cores / CORES_PER_THREAD);
  const count = Math.min(byCores, byMemory, Math.floor(units / MIN_UNITS_PER_THREAD));
  // The main thread counts as one: 2 means one worker beside it.
  return count >= 2 ? count : 1;
}

export interface WorkerSpec {
  readonly filename: string | URL;
  readonly options: WorkerOptions;
}

/**
 * Loads the worker module through tsx's require hook, from the sources: only reached when this
 * file runs as TypeScript (tests, `tsx` scripts), never in a bundle.
 */
const FROM_SOURCES = `
const { createRequire } = require('node:module');
const { workerData } = require('node:worker_threads');
const load = createRequire(workerData.sources.base);
load('tsx/cjs/api').register();
load(workerData.sources.worker).serveUnitReads();
`;

/** Where a reader thread's code comes from, or undefined when threads cannot be started. */
export function readerWorkerSpec(data: ReaderWorkerData): WorkerSpec | undefined {
  const resourceLimits = { maxOldGenerationSizeMb: THREAD_HEAP_LIMIT_MB };
  // How a thread knows itself before it loads node:worker_threads (reader-thread.ts).
  const argv = [READER_THREAD_ARG];
  const host = readerWorkerHost();
  if (host !== undefined) {
    return {
      filename: host.startsWith('file:') ? new URL(host) : host,
      options: { workerData: { ...data, [READER_WORKER_MARKER]: true }, resourceLimits, argv },
    };
  }
  const here = import.meta.url;
  if (!here.startsWith('file:') || !here.endsWith('.ts')) return undefined;
  // Not `new URL('./…', import.meta.url)`: a bundler would take that for an asset to copy.
  const worker = fileURLToPath(here.replace(/[^/]+$/, 'unit-reader-worker.ts'));
  return {
    filename: FROM_SOURCES,
    options: {
      eval: true,
      workerData: { ...data, [READER_WORKER_MARKER]: true, sources: { base: here, worker } },
      resourceLimits,
      argv,
    },
  };
}
