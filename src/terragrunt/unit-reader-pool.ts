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
 * A thread that dies (out of memory, a bug that escapes a read, a missing bundle file) stops the
 * whole read with one error naming the units it was reading; the other threads are terminated, so
 * nothing waits on an answer that will never come.
 */
import { availableParallelism, freemem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { BoundedMapResult } from '../inputs/bounded-map.js';
import type { PlanSummary } from '../model/plan-summary.js';
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
/**
 * Units sent to a worker ahead: one waits on the disk while another parses, and the worker never
 * runs dry while this thread, busy with a read of its own, has not yet answered its messages.
 */
const IN_FLIGHT_PER_THREAD = 8;

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

/** How the pool reads: worker threads, and the reads on this thread beside them. */
export interface PoolPlan {
  /** Worker threads to start (0: this thread alone). */
  readonly workers: number;
  readonly spec?: WorkerSpec | undefined;
  /** A unit read on this thread (the same reader the workers run). */
  readonly readHere: (unit: UnitToRead) => Promise<PlanSummary>;
  /** Reads in flight on this thread at once (0: the workers read every unit). */
  readonly hereLanes: number;
}

/**
 * Reads every unit plan, on this thread and on `plan.workers` worker threads, all taking units from
 * one queue in list order: whoever is free takes the next, so a thread that starts late (a worker
 * loads its code first) or a slow disk costs no idle time. The same result as boundedMap over
 * readPlanFile: values by index, failures in index order. Rejects (ReaderThreadError) only when
 * a worker thread dies.
 */
export function readUnitsInThreads(
  units: readonly UnitToRead[],
  plan: PoolPlan,
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
      next = units.length;
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
    const settle = (id: number, summary: PlanSummary | undefined, error?: unknown): void => {
      if (settled) return;
      if (summary !== undefined) values[id] = summary;
      else errors.push({ index: id, error });
      done++;
      onDone?.(done);
      if (done < units.length) return;
      settled = true;
      errors.sort((a, b) => a.index - b.index);
      void stopAll().finally(() => resolve({ values, errors }));
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
      if ('summary' in result) settle(result.id, result.summary);
      else settle(result.id, undefined, fromWire(result.error, units[result.id]?.label));
      feed(worker);
    };
    const lane = async (): Promise<void> => {
      while (next < units.length) {
        const id = next++;
        let summary: PlanSummary | undefined;
        let failure: unknown;
        try {
          summary = await plan.readHere(units[id] as UnitToRead);
        } catch (error) {
          failure = error;
        }
        settle(id, summary, failure);
      }
    };

    const count = plan.spec === undefined ? 0 : Math.max(0, Math.min(plan.workers, units.length));
    for (let i = 0; i < count && !settled; i++) {
      let worker: Worker;
      try {
        worker = new Worker(plan.spec!.filename, plan.spec!.options);
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
    // This thread reads too (a worker's first units wait for its code to load; these do not).
    const lanes = count === 0 ? Math.max(1, plan.hereLanes) : plan.hereLanes;
    for (let i = 0; i < lanes; i++) void lane();
  });
}
