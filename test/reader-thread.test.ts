/**
 * How an entry tells a Terragrunt reader thread from the main thread without loading
 * node:worker_threads (src/reader-thread.ts): the argument the pool gives its threads, confirmed by
 * node:worker_threads only when it is there.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { inReaderThread, READER_THREAD_ARG } from '../src/reader-thread.js';

const argv = [...process.argv];
afterEach(() => {
  process.argv.splice(0, process.argv.length, ...argv);
});

/** What inReaderThread() answers in a worker started with `args` (the module loaded through tsx). */
function inWorker(args: string[]): Promise<unknown> {
  const code = `
const { createRequire } = require('node:module');
const { parentPort, workerData } = require('node:worker_threads');
const load = createRequire(workerData.base);
load('tsx/cjs/api').register();
parentPort.postMessage(load(workerData.module).inReaderThread());
`;
  const worker = new Worker(code, {
    eval: true,
    argv: args,
    workerData: {
      base: import.meta.url,
      module: createRequire(import.meta.url).resolve('../src/reader-thread.ts'),
    },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('inReaderThread', () => {
  it('is false on the main thread, with or without the argument (a user may type anything)', () => {
    expect(inReaderThread()).toBe(false);
    process.argv.push(READER_THREAD_ARG);
    expect(inReaderThread()).toBe(false);
  });

  it('is true in a worker started with the argument, false in one without it', async () => {
    expect(await inWorker([READER_THREAD_ARG])).toBe(true);
    expect(await inWorker([])).toBe(false);
  }, 30_000);
});
