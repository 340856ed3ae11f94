/**
 * V8 flags a run sets at run time (each entry's engine settings: run/engine-settings.ts), remembered
 * so that they can be set again once a worker thread has started.
 *
 * Why: starting a worker thread undoes `--semi-space-growth-factor=1` for the whole process.
 * Measured on Node 20: once a worker has started, the main thread's young generation grows as if
 * the flag had never been set (a Terragrunt tree of 2,000 units read on two threads: 30 scavenges
 * of a young generation grown to 16 MB semi-spaces and 7-10 full collections, against ~290
 * scavenges and one full collection on one thread), and setting the flag again once the worker
 * runs stops it. V8 declares a minimum of 2 for the factor; that it enforces it while it sets up
 * the new isolate's heap is our inference. The reader threads (terragrunt/reader-pool.ts) call
 * setV8FlagsAgain() when each one is online.
 *
 * The CLI's loader and its bundle are two scripts, each with its own copy of this module (and a
 * bundle's chunks may hold copies too): what was set is kept on the global object, under a
 * registered symbol, so every copy sees the same list. A worker thread has a global of its own
 * (and sets no flags).
 */
import { setFlagsFromString } from 'node:v8';

const SET = Symbol.for('iacm-reporter.v8-flags-set');

function flagsSet(): string[] {
  const holder = globalThis as { [SET]?: string[] };
  return (holder[SET] ??= []);
}

/** setFlagsFromString, remembered for setV8FlagsAgain; throws as it does (a runtime that refuses it). */
export function setV8Flag(flag: string): void {
  setFlagsFromString(flag);
  const set = flagsSet();
  if (!set.includes(flag)) set.push(flag);
}

/** Every flag set through setV8Flag, set again, in order; a refused one is left as it is. */
export function setV8FlagsAgain(): void {
  for (const flag of flagsSet()) {
    try {
      setFlagsFromString(flag);
    } catch {
      // As when it was first set: the default, the same results.
    }
  }
}
