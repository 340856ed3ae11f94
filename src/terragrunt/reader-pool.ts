/**
 * The reader threads at work (unit-reader-pool.ts says how many and where their code comes from).
 * Workers are started before the tree is listed, so they load their code while this thread walks
 * the folders; then this thread and the workers take units from one queue in list order, whoever
 * is free first, so a worker that starts late or a slow disk costs no idle time. Results are kept
 * by the unit's place in the list, never by arrival.
 *
 * A worker that dies (out of memory, a bug that escapes a read, a missing bundle file) stops the
 * whole read with one error naming the units it was reading; the other workers are terminated,
 * so nothing waits on an answer that will never come.
 */
import type { Worker } from 'node:worker_threads';
import { workerThreads } from '../reader-thread.js';
import { setV8FlagsAgain } from '../v8-flags.js';
import type { BoundedMapResult } from '../inputs/bounded-map.js';
import type { PlanSummary } from '../model/plan-summary.js';
import type { UnitResult, UnitTask } from './reader-thread-messages.js';
import { fromWire } from './reader-thread-messages.js';
import type { WorkerSpec } from './unit-reader-pool.js';

/**
 * Units sent to a worker ahead (it reads them one after another): the worker never runs dry while
 * this thread, busy with a read of its own, has not yet answered its messages.
 */
const IN_FLIGHT_PER_WORKER = 8;

/** A reader thread stopped: the report fails with this one line. */
export class ReaderThreadError extends Error {
  readonly code = 'READER_THREAD_FAILED';
}

export interface UnitToRead {
  readonly file: string;
  readonly label: string;
}

export interface PoolRead {
  /** A unit read on this thread (the same reader the workers run). */
  readonly readHere: (unit: UnitToRead) => Promise<PlanSummary>;
  /** Reads in flight on this thread at once (0: the workers read every unit, if there are any). */
  readonly hereLanes: number;
  /** Called after each unit settles, with the number settled so far. */
  readonly onDone?: ((done: number) => void) | undefined;
}

interface Run {
  readonly units: readonly UnitToRead[];
  readonly values: (PlanSummary | undefined)[];
  readonly errors: { index: number; error: unknown }[];
  next: number;
  done: number;
  readonly onDone?: ((done: number) => void) | undefined;
  readonly resolve: (result: BoundedMapResult<PlanSummary>) => void;
  readonly reject: (error: unknown) => void;
}

export class UnitReaderPool {
  private readonly workers: Worker[] = [];
  private readonly reading = new Map<Worker, Set<number>>();
  private run: Run | undefined;
  private failure: ReaderThreadError | undefined;
  private closed = false;

  /** Starts `count` workers now; they wait for units. */
  constructor(count: number, spec: WorkerSpec | undefined) {
    if (spec === undefined) return;
    for (let i = 0; i < count && this.failure === undefined; i++) {
      let worker: Worker;
      try {
        // node:worker_threads loaded only by a read that starts threads (reader-thread.ts).
        worker = new (workerThreads().Worker)(spec.filename, spec.options);
      } catch (error) {
        this.fail(undefined, error instanceof Error ? error.message : String(error), error);
        return;
      }
      this.workers.push(worker);
      this.reading.set(worker, new Set());
      // A worker's start undoes V8 flags this process set (v8-flags.ts): set them again once it runs.
      worker.once('online', setV8FlagsAgain);
      worker.on('message', (result: UnitResult) => this.answer(worker, result));
      worker.on('error', (error) => this.fail(worker, error.message, error));
      worker.on('messageerror', (error) =>
        this.fail(worker, `an answer could not be read: ${error.message}`, error),
      );
      worker.on('exit', (code) => this.fail(worker, `it exited (code ${code})`));
    }
  }

  /** Resolves once every worker runs (or failed): V8 has set up their heaps. */
  online(): Promise<void> {
    return Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((done) => {
            w.once('online', () => done());
            w.once('exit', () => done());
            w.once('error', () => done());
          }),
      ),
    ).then(() => undefined);
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Stops every worker (idempotent); their exits are not failures. Nothing needs to wait for it: a
   * stopped worker holds no file and keeps the process from exiting no longer (unref).
   */
  close(): Promise<void> {
    this.closed = true;
    return Promise.all(
      this.workers.map((w) => {
        const stopped = w.terminate();
        w.unref();
        return stopped;
      }),
    ).then(() => undefined);
  }

  /**
   * Reads every unit plan, here and on the workers. The same result as boundedMap over
   * readPlanFile: values by index, failures in index order. Rejects (ReaderThreadError) only when a
   * worker dies. Closes the pool when done.
   */
  read(units: readonly UnitToRead[], how: PoolRead): Promise<BoundedMapResult<PlanSummary>> {
    return new Promise<BoundedMapResult<PlanSummary>>((resolve, reject) => {
      const run: Run = {
        units,
        values: new Array<PlanSummary | undefined>(units.length).fill(undefined),
        errors: [],
        next: 0,
        done: 0,
        onDone: how.onDone,
        resolve,
        reject,
      };
      this.run = run;
      // The workers started before the tree was listed: their heaps are most likely set up by now,
      // and the 'online' event waits for this thread's turn (v8-flags.ts).
      if (this.workers.length > 0) setV8FlagsAgain();
      if (this.failure !== undefined) {
        this.settleRun(this.failure);
        return;
      }
      if (units.length === 0) {
        this.settleRun();
        return;
      }
      for (const worker of this.workers) this.feed(worker);
      const lanes = this.workers.length === 0 ? Math.max(1, how.hereLanes) : how.hereLanes;
      for (let i = 0; i < lanes; i++) void this.lane(run, how.readHere);
    });
  }

  private async lane(run: Run, readHere: PoolRead['readHere']): Promise<void> {
    while (this.run === run && run.next < run.units.length) {
      const id = run.next++;
      let summary: PlanSummary | undefined;
      let failure: unknown;
      try {
        summary = await readHere(run.units[id] as UnitToRead);
      } catch (error) {
        failure = error;
      }
      this.settleUnit(run, id, summary, failure);
      // A read here may not wait on anything (blocking reads): the workers' answers are taken now,
      // or they would run dry until this thread had read every unit left.
      if (this.workers.length > 0) await new Promise<void>((done) => setImmediate(done));
    }
  }

  private feed(worker: Worker): void {
    const run = this.run;
    const mine = this.reading.get(worker);
    if (run === undefined || mine === undefined) return;
    while (mine.size < IN_FLIGHT_PER_WORKER && run.next < run.units.length) {
      const id = run.next++;
      const unit = run.units[id] as UnitToRead;
      mine.add(id);
      worker.postMessage({ id, file: unit.file, label: unit.label } satisfies UnitTask);
    }
  }

  private answer(worker: Worker, result: UnitResult): void {
    const run = this.run;
    if (run === undefined) return;
    this.reading.get(worker)?.delete(result.id);
    if ('summary' in result) this.settleUnit(run, result.id, result.summary);
    else this.settleUnit(run, result.id, undefined, fromWire(result.error, run.units[result.id]?.label));
    this.feed(worker);
  }

  private settleUnit(run: Run, id: number, summary: PlanSummary | undefined, error?: unknown): void {
    if (this.run !== run) return;
    if (summary !== undefined) run.values[id] = summary;
    else run.errors.push({ index: id, error });
    run.done++;
    run.onDone?.(run.done);
    if (run.done === run.units.length) this.settleRun();
  }

  /** Ends the current read, its result or `error`, once the workers are stopped. */
  private settleRun(error?: unknown): void {
    const run = this.run;
    if (run === undefined) return;
    this.run = undefined;
    run.next = run.units.length;
    run.errors.sort((a, b) => a.index - b.index);
    // Settled at once, not after the workers stopped: unref'd, a stopping worker keeps nothing
    // alive, so waiting for it could let the process end before the read's result is used.
    void this.close();
    if (error === undefined) run.resolve({ values: run.values, errors: run.errors });
    else run.reject(error);
  }

  private fail(worker: Worker | undefined, reason: string, cause?: unknown): void {
    if (this.closed || this.failure !== undefined) return;
    const units = this.run?.units ?? [];
    const ids = worker === undefined ? [] : [...(this.reading.get(worker) ?? [])];
    const labels = ids.map((id) => units[id]?.label ?? '?');
    const what =
      labels.length === 0
        ? ''
        : ` while reading ${labels.slice(0, 3).join(', ')}${labels.length > 3 ? ` and ${labels.length - 3} more` : ''}`;
    this.failure = new ReaderThreadError(
      `a Terragrunt reader thread stopped${what}: ${reason} (reader-threads 1 reads the tree on the main thread)`,
      cause === undefined ? undefined : { cause },
    );
    this.settleRun(this.failure);
  }
}
