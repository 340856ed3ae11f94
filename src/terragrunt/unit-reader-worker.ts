/**
 * A Terragrunt reader thread: reads the unit plans the pool sends (unit-reader-pool.ts) with the
 * same reader as the main thread, with blocking reads, one after another, and answers each with its
 * summary or its error as data (reader-thread-messages.ts), a few answers to a message. It holds
 * no state between units: the answers depend on the files alone.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readPlanFile } from '../plan/read-plan.js';
import { ValueGate } from '../plan/value-policy.js';
import type { ReaderWorkerData, UnitResult, UnitTask } from './reader-thread-messages.js';
import { toWire } from './reader-thread-messages.js';

/**
 * Answers sent in one message at most. A message costs the receiving thread 15-30 us, and 16
 * summaries in one ~2.5 us each (docs/performance.md); the answers go as soon as this thread has
 * nothing queued, so the pool is never kept waiting for a batch to fill.
 */
export const ANSWERS_PER_MESSAGE = 8;

export function serveUnitReads(): void {
  const port = parentPort;
  if (port === null) throw new Error('serveUnitReads: not in a worker thread');
  const data = workerData as ReaderWorkerData;
  const values = data.values === undefined ? undefined : new ValueGate(data.values);
  const driftResources = data.driftResources;
  const queue: UnitTask[] = [];
  let busy = false;
  // One unit at a time, with blocking reads: nothing here waits on anything but the disk, so
  // reads side by side would only hold more files open.
  const drain = async (): Promise<void> => {
    busy = true;
    const answers: UnitResult[] = [];
    for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
      try {
        const summary = await readPlanFile(task.file, {
          label: task.label,
          values,
          driftResources,
          blocking: true,
        });
        answers.push({ id: task.id, summary });
      } catch (error) {
        answers.push({ id: task.id, error: toWire(error) });
      }
      // Tasks that came in during the read are queued by now (a read lets the event loop turn).
      if (answers.length >= ANSWERS_PER_MESSAGE || queue.length === 0) {
        port.postMessage(answers.splice(0) satisfies UnitResult[]);
      }
    }
    busy = false;
  };
  port.on('message', (tasks: readonly UnitTask[]) => {
    queue.push(...tasks);
    if (!busy) void drain();
  });
}
