/**
 * Keeps V8's optimizing compiler (TurboFan) from inlining calls for a run of any entry
 * (engine-settings.ts).
 *
 * A run is short: even a 200 MB plan is read in well under a second, and most of its
 * JavaScript runs only while a section of the plan is read (the drift entries, the changes, the
 * outputs, the prior state). Each section reaches code the earlier ones did not, so the hot loops
 * (the scanner's general path, which calls into the walker) are optimized, thrown away when a
 * section takes a path they had never seen, and optimized again. With inlining, each of those
 * compiles takes the walker's and the attribute comparison's functions in with it: on the
 * generated 196 MB plan a CPU profile put ~24% of the process's CPU in the compiler threads, more
 * than in the WebAssembly loop that reads the bytes. Without inlining every compile is of one
 * function, and a function thrown away takes only itself with it; the loops themselves lose little,
 * since the bytes are read by WebAssembly. docs/performance.md has the figures.
 *
 * `--no-turbo-inlining` is read each time TurboFan compiles a function, so setting it here, before
 * an entry's code is compiled and before any reader thread starts (V8's flags are the process's),
 * takes effect; the CLI's code cache (cli/code-cache.ts) is then made and taken under the same
 * flags. V8 flags set at run time are not a supported interface: a runtime that refuses it only
 * keeps its default, which reads the same plans, a little slower.
 */
import { setFlagsFromString } from 'node:v8';

export function limitOptimizerInlining(): void {
  try {
    setFlagsFromString('--no-turbo-inlining');
  } catch {
    // The default budget: the same results, more compiling.
  }
}
