/**
 * Reader threads keep the process's V8 flags (src/v8-flags.ts): starting a worker thread undoes
 * `--semi-space-growth-factor=1` (the young generation held small, src/run/young-generation.ts)
 * for the whole process, and the pool (src/terragrunt/reader-pool.ts) sets it again once each
 * reader thread runs. Each case runs in a process of its own (a V8 flag set here would outlive the
 * test): the flag is set, a thread started, 400,000 small objects kept alive through scavenges,
 * and the new space's size read.
 */
import { describe, expect, it } from 'vitest';
import { newSpaceAfterSurvivors as newSpaceAfter, srcModule as src } from '../support/new-space.js';

function newSpaceAfterSurvivors(thread: 'none' | 'plain worker' | 'reader pool'): number {
  const start = {
    none: '',
    'plain worker': [
      "const { Worker } = await import('node:worker_threads');",
      "const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });",
      "await new Promise((done) => worker.once('online', done));",
      'stop = () => worker.terminate();',
    ].join('\n'),
    'reader pool': [
      `const { UnitReaderPool } = await import(${src('terragrunt/reader-pool.ts')});`,
      `const { readerWorkerSpec } = await import(${src('terragrunt/unit-reader-pool.ts')});`,
      'const pool = new UnitReaderPool(1, readerWorkerSpec({}));',
      'await pool.online();',
      'stop = () => pool.close();',
    ].join('\n'),
  }[thread];
  return newSpaceAfter(
    `(await import(${src('run/young-generation.ts')})).keepYoungGenerationSmall();\n${start}`,
  );
}

describe('reader threads and the V8 flags the CLI set', () => {
  it('a worker thread undoes the young generation setting; the reader pool sets it again', () => {
    const alone = newSpaceAfterSurvivors('none');
    const plain = newSpaceAfterSurvivors('plain worker');
    const pool = newSpaceAfterSurvivors('reader pool');
    // Without the setting V8 doubles the semi-spaces up to 16 MB; with it they stay at the start.
    expect(alone).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(plain).toBeGreaterThanOrEqual(4 * alone);
    expect(pool).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});
