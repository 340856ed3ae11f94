/**
 * Reading a Terragrunt tree's unit plans on every core: a pool of worker threads, each running
 * unit-reader-worker.ts, fed a few units at a time from one queue. Results are kept by the unit's
 * place in the list, never by arrival, so the tree (and the event) is the same, byte for byte, as
 * the one-thread read; errors come back as the InputErrors the one-thread read throws.
 *
 * Where a thread's code comes from: a bundle's entry registers its own file (reader-worker-entry.ts)
 * and a thread runs that file again with a marker; from the TypeScript sources (tests, tsx
 * scripts) a thread loads this folder's worker module through tsx. With neither, one thread.
 *
 * A thread that dies (out of memory, a bug that escapes a read, a missing bundle file) stops the
 * whole read with one error naming the units it was reading; the other threads are terminated, so
 * nothing waits on an answer that will never come.
 */
import { availableParallelism, freemem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { BoundedMapResult } from '../inputs/bounded-map.js';
import type { PlanSummary } from '../model/plan-summary.js';
import type { ValuePolicy } from '../plan/value-policy.js';
import type { ReaderWorkerData, UnitResult, UnitTask } from './reader-thread-messages.js';
import { fromWire } from './reader-thread-messages.js';
import { READER_WORKER_MARKER, readerWorkerHost } from './reader-worker-entry.js';

/** `auto`, or a number of reader threads (1: the main thread alone). */
export type ReaderThreads = 'auto' | number;

/** Below this many units `auto` reads on the main thread: starting threads costs more than it saves. */
export const MIN_UNITS_FOR_THREADS = 16;
/** `auto` gives each thread at least this many units. */
export const MIN_UNITS_PER_THREAD = 8;
/**
 * Memory a reader thread is budgeted, in MB: a V8 isolate (~10 MB), the bundle's code compiled
 * again in it (~20 MB), and a few streaming reads (flat, under 64 MB for a 200 MB plan). `auto`
 * starts no more threads than half the free memory (or of the container's limit) holds.
 */
export const THREAD_MEMORY_BUDGET_MB = 128;
/** A thread's heap stops here: a runaway read fails the report with one line, not the machine. */
export const THREAD_HEAP_LIMIT_MB = 512;
/** Units a thread reads at once: one waits on the disk while another parses. */
const IN_FLIGHT_PER_THREAD = 4;

export interface MachineFacts {
  readonly cores: number;
  /** Bytes free (the smaller of the free memory and a container's limit). */
  readonly freeBytes: number;
}

export function machineFacts(): MachineFacts {
  const constrained = (process as { constrainedMemory?: () => number | undefined }).constrainedMemory?.();
  const free = freemem();
  return {
    cores: availableParallelism(),
    freeBytes: constrained !== undefined && constrained > 0 ? Math.min(free, constrained) : free,
  };
}

/**
 * How many reader threads to use for `units` unit plans; 1 means the main thread alone. A number
 * asks for that many (never more than the units); `auto` takes the cores, the memory budget and
 * the tree's size into account.
 */
export function readerThreadCount(
  setting: ReaderThreads,
  units: number,
  machine: MachineFacts = machineFacts(),
): number {
  if (setting !== 'auto') return Math.max(1, Math.min(Math.floor(setting), units));
  if (units < MIN_UNITS_FOR_THREADS) return 1;
  const byMemory = Math.floor(machine.freeBytes / 2 / (THREAD_MEMORY_BUDGET_MB * 1024 * 1024));
  const count = Math.min(machine.cores, byMemory, Math.floor(units / MIN_UNITS_PER_THREAD));
  // One thread beside an idle main thread is the one-thread read with extra steps.
  return count >= 2 ? count : 1;
}

interface WorkerSpec {
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
export function readerWorkerSpec(values: ValuePolicy | undefined): WorkerSpec | undefined {
  const data: ReaderWorkerData = { values };
  const resourceLimits = { maxOldGenerationSizeMb: THREAD_HEAP_LIMIT_MB };
  const host = readerWorkerHost();
  if (host !== undefined) {
    return {
      filename: new URL(host),
      options: { workerData: { ...data, [READER_WORKER_MARKER]: true }, resourceLimits },
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
    },
  };
}

/** A reader thread stopped: the report fails with this one line. */
export class ReaderThreadError extends Error {
  readonly code = 'READER_THREAD_FAILED';
}

export interface UnitToRead {
  readonly file: string;
  readonly label: string;
}

/**
 * Reads every unit plan on `threads` threads; the same result as boundedMap over readPlanFile:
 * values by index, failures in index order. Rejects (ReaderThreadError) only when a thread dies.
 */
export function readUnitsInThreads(
  units: readonly UnitToRead[],
  threads: number,
  spec: WorkerSpec,
  onDone?: (done: number) => void,
): Promise<BoundedMapResult<PlanSummary>> {
  const values: (PlanSummary | undefined)[] = new Array<PlanSummary | undefined>(units.length).fill(
    undefined,
  );
  const errors: { index: number; error: unknown }[] = [];
  const workers: Worker[] = [];
  const reading = new Map<Worker, Set<number>>();
  let next = 0;
  let done = 0;
  let settled = false;

  if (units.length === 0) return Promise.resolve({ values, errors });
  return new Promise((resolve, reject) => {
    const stopAll = (): Promise<unknown> => Promise.all(workers.map((w) => w.terminate()));
    const fail = (worker: Worker | undefined, reason: string, cause?: unknown): void => {
      if (settled) return;
      settled = true;
      const ids = worker === undefined ? [] : [...(reading.get(worker) ?? [])];
      const labels = ids.map((id) => units[id]?.label ?? '?');
      const what =
        labels.length === 0
          ? ''
          : ` while reading ${labels.slice(0, 3).join(', ')}${labels.length > 3 ? ` and ${labels.length - 3} more` : ''}`;
      const error = new ReaderThreadError(
        `a Terragrunt reader thread stopped${what}: ${reason} (reader-threads 1 reads the tree on the main thread)`,
        cause === undefined ? undefined : { cause },
      );
      void stopAll().finally(() => reject(error));
    };
    const feed = (worker: Worker): void => {
      const mine = reading.get(worker);
      if (mine === undefined) return;
      while (mine.size < IN_FLIGHT_PER_THREAD && next < units.length) {
        const id = next++;
        const unit = units[id] as UnitToRead;
        mine.add(id);
        worker.postMessage({ id, file: unit.file, label: unit.label } satisfies UnitTask);
      }
    };
    const answer = (worker: Worker, result: UnitResult): void => {
      if (settled) return;
      reading.get(worker)?.delete(result.id);
      if ('summary' in result) values[result.id] = result.summary;
      else errors.push({ index: result.id, error: fromWire(result.error, units[result.id]?.label) });
      done++;
      onDone?.(done);
      if (done < units.length) {
        feed(worker);
        return;
      }
      settled = true;
      errors.sort((a, b) => a.index - b.index);
      void stopAll().finally(() => resolve({ values, errors }));
    };

    const count = Math.max(1, Math.min(threads, units.length));
    for (let i = 0; i < count && !settled; i++) {
      let worker: Worker;
      try {
        worker = new Worker(spec.filename, spec.options);
      } catch (error) {
        fail(undefined, error instanceof Error ? error.message : String(error), error);
        return;
      }
      workers.push(worker);
      reading.set(worker, new Set());
      worker.on('message', (result: UnitResult) => answer(worker, result));
      worker.on('error', (error) => fail(worker, error.message, error));
      worker.on('messageerror', (error) =>
        fail(worker, `an answer could not be read: ${error.message}`, error),
      );
      worker.on('exit', (code) => fail(worker, `it exited (code ${code})`));
      feed(worker);
    }
  });
}
