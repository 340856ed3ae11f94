/**
 * The V8 settings of a run, made by each entry before anything else (the CLI's loader, src/cli.ts,
 * before it compiles the CLI's bundle; the Action's and the plugin's entries, action.ts and
 * plugin.ts, before they load their code): the young generation held at its starting size (peak
 * memory, young-generation.ts) and TurboFan without inlining (CPU spent compiling,
 * optimizer-budget.ts). All three read the same plans with the same reader, so they read them
 * under the same settings (docs/performance.md has the figures).
 *
 * Only on the main thread: V8's flags are the process's, so a Terragrunt reader thread, which runs
 * its entry's file again, already has them (a reader thread is told apart without loading
 * node:worker_threads: reader-thread.ts). A thread's start does raise the young generation's
 * growth factor back to 2; the reader pool sets the flags again once its threads run
 * (src/v8-flags.ts).
 */
import { inReaderThread } from '../reader-thread.js';
import { limitOptimizerInlining } from './optimizer-budget.js';
import { keepYoungGenerationSmall } from './young-generation.js';

export function applyEngineSettings(): void {
  if (inReaderThread()) return;
  keepYoungGenerationSmall();
  limitOptimizerInlining();
}
