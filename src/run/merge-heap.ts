/**
 * A merge's old generation grown in smaller steps (issue 23: merge memory flat in the number and
 * size of partials).
 *
 * What a merge keeps is bounded (about 40-60 MB of live objects however many units it reads:
 * partial/unit-runs.ts, reporter/unit-tally.ts), but each unit is parsed and written twice, and
 * what survives a scavenge is promoted: by default V8 lets the old generation grow to a few times
 * the live set before it collects, so the peak RSS followed the amount read (about 300 MB on four
 * partials of 64 MiB) rather than what is kept. `--heap-growing-percent=50` makes each step 1.5x
 * the live set: the same merge peaks at about 160 MB for about 5% more CPU (25% gave 140 MB for
 * about 15% more). `--heap-growing-percent` is read each time V8 sizes the heap after a
 * collection, so setting it at run time takes effect. V8 flags set at run time are not a
 * supported interface: a runtime that refuses it keeps its default sizing (more memory, the same
 * result).
 */
import { setFlagsFromString } from 'node:v8';

export const MERGE_HEAP_GROWING_PERCENT = 50;

export function growHeapInSmallSteps(): void {
  try {
    setFlagsFromString(`--heap-growing-percent=${MERGE_HEAP_GROWING_PERCENT}`);
  } catch {
    // The default sizing.
  }
}
