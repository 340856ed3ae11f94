/**
 * A Terragrunt reader thread: reads the unit plans the pool sends (unit-reader-pool.ts) with the
 * same reader as the main thread, with blocking reads, one after another, and answers each with its
 * summary or its error as data (reader-thread-messages.ts). It holds no state between units: the
 * answers depend on the files alone.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readPlanFile } from '../plan/read-plan.js';
import { ValueGate } from '../plan/value-policy.js';
import type { ReaderWorkerData, UnitResult, UnitTask } from './reader-thread-messages.js';
import { toWire } from './reader-thread-messages.js';

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
    for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
      try {
        const summary = await readPlanFile(task.file, {
          label: task.label,
          values,
          driftResources,
          blocking: true,
        });
        port.postMessage({ id: task.id, summary } satisfies UnitResult);
      } catch (error) {
        port.postMessage({ id: task.id, error: toWire(error) } satisfies UnitResult);
      }
    }
    busy = false;
  };
  port.on('message', (task: UnitTask) => {
    queue.push(task);
    if (!busy) void drain();
  });
}
