/**
 * The one way the rest of the tool reads a plan file: `readPlanFile(file)` -> PlanSummary.
 *
 * The streaming reader walks the bytes (every byte-level problem is its InputError: empty,
 * binary, encoding, truncated, trailing data, wrapper noise, with offsets) and feeds a
 * PlanAccumulator, which counts and then classifies the document. Memory stays flat whatever the
 * size of the plan.
 */
import { PlanAccumulator } from './plan-accumulator.js';
import { readPlanStream } from './plan-stream-reader.js';
import { DRIFT_RESOURCE_LIMIT, type PlanSummary } from '../model/plan-summary.js';
import type { ValueGate } from './value-policy.js';

export interface ReadPlanOptions {
  /** The name to report the file under (a path as the user wrote it, a unit path); default `file`. */
  label?: string;
  /** --show-values and --hide-values-of (value-policy.ts); values are never read without it. */
  values?: ValueGate | undefined;
  /** --send-drift-resources: keep each drifted resource with its provider and attribute names. */
  driftResources?: boolean | undefined;
  /** Read with blocking calls (plan-file-blocking.ts): only on a Terragrunt reader thread. */
  blocking?: boolean | undefined;
}

export async function readPlanFile(file: string, opts: ReadPlanOptions = {}): Promise<PlanSummary> {
  const label = opts.label ?? file;
  const accumulator = new PlanAccumulator(label, opts.values, opts.driftResources === true);
  // On an error the accumulator holds half a document: it is dropped with the rejection.
  await readPlanStream(file, accumulator, label, {
    values: opts.values,
    blockingReads: opts.blocking,
    ...(opts.driftResources === true ? { driftResources: DRIFT_RESOURCE_LIMIT } : {}),
  });
  return accumulator.finish();
}
