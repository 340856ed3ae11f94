/**
 * A Terragrunt reader thread: reads the unit plans the pool sends (unit-reader-pool.ts) with the
 * same reader as the main thread, and answers each with its summary or its error as data
 * (reader-thread-messages.ts). Several reads run at once, so one thread keeps its disk and its core
 * busy. It holds no state between units: the answers depend on the files alone.
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
  port.on('message', (task: UnitTask) => {
    readPlanFile(task.file, { label: task.label, values, driftResources }).then(
      (summary) => port.postMessage({ id: task.id, summary } satisfies UnitResult),
      (error: unknown) => port.postMessage({ id: task.id, error: toWire(error) } satisfies UnitResult),
    );
  });
}
