/**
 * A small plan read once per process before the first real one, so that V8 has seen every path
 * of the reader a plan takes before it optimises the reader's loops.
 *
 * Why: a plan's `resource_changes` come after `planned_values` (50 MB of a 200 MB plan). By then
 * the scanner's main functions are optimised for what they saw so far, and the first update's
 * `before`/`after`, kept whole for attribute roles, takes paths they never took: V8 throws that
 * code away and optimises the largest functions again (measured with --trace-deopt: `run`,
 * `close`, `skipFast`, `endSkip`). This document shows them an update, a replacement and their
 * kept values first (~1 ms); the instructions a fresh read of the 200 MB plan runs with roles
 * dropped by ~7% (callgrind), and without roles by nothing measurable. Nothing of it reaches the
 * caller: it has its own visitor, and any error in it is dropped.
 *
 * Only before a file large enough for V8 to optimise the reader while reading it (or one whose
 * size is not known: standard input): a small plan, a Terragrunt unit or the demo gains nothing
 * and would pay for reading one more document at start-up. And only among a process's first
 * reads (WARM_UP_LOOKS): past them the reader is warm from real plans.
 */
import { statSync } from 'node:fs';
import { PlanAccumulator } from './plan-accumulator.js';
import type { PlanSource, PlanStreamOptions } from './plan-stream-reader.js';
import type { PlanVisitor } from './plan-visitor.js';

type Read = (
  source: PlanSource,
  visitor: PlanVisitor,
  label: string,
  options: PlanStreamOptions,
) => Promise<void>;

/** One resource change of the warm-up plan: nested values that differ, as real updates do. */
function change(i: number, actions: string[]): string {
  const side = (n: number): object => ({
    id: `id-${i}`,
    name: `name-${i}-${n}`,
    description: `a "quoted" description \\ ${n} ${'x'.repeat(40 + n)}`,
    tags: { Name: `n-${i}`, Owner: `o-${n}`, [`tag-${n}`]: `v-${n}` },
    count: n * 7 + i,
    enabled: n === 1,
    nested: [{ size: n, list: [1, n, 3], deep: { a: { b: { c: n } } } }],
    same: { k: [1, 2, 3], s: 'same text' },
  });
  return JSON.stringify({
    address: `terraform_data.warm_${i}`,
    mode: 'managed',
    type: 'terraform_data',
    name: `warm_${i}`,
    provider_name: 'terraform.io/builtin/terraform',
    change: {
      actions,
      before: side(1),
      after: side(2),
      after_unknown: { id: i % 2 === 0, tags: { Name: false }, nested: [{ list: [false, true] }] },
      before_sensitive: { tags: {} },
      after_sensitive: { tags: {} },
      replace_paths: actions.length > 1 ? [['name'], ['nested', 0, 'size']] : undefined,
    },
  });
}

/** The warm-up document: planned values, updates and replacements, outputs, prior state. */
function warmUpPlan(): Uint8Array {
  const changes: string[] = [];
  for (let i = 0; i < 12; i++) changes.push(change(i, i % 3 === 2 ? ['delete', 'create'] : ['update']));
  const resource = (i: number): string =>
    JSON.stringify({
      address: `terraform_data.warm_${i}`,
      mode: 'managed',
      type: 'terraform_data',
      name: `warm_${i}`,
      values: { id: `id-${i}` },
    });
  const resources = Array.from({ length: 12 }, (_, i) => resource(i)).join(',');
  const text =
    `{"format_version":"1.2","terraform_version":"1.11.0",` +
    `"planned_values":{"root_module":{"resources":[${resources}]}},` +
    `"resource_changes":[${changes.join(',')}],` +
    `"output_changes":{"o":{"actions":["update"],"before":"a","after":"b","after_unknown":false,"before_sensitive":false,"after_sensitive":false}},` +
    `"prior_state":{"values":{"root_module":{"resources":[${resources}]}}},"errored":false}`;
  return new TextEncoder().encode(text);
}

/** The document as a source of one chunk. */
async function* oneChunk(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield await Promise.resolve(bytes);
}

let warmedUp = false;
/** Reads looked at so far without a warm-up. */
let looked = 0;

/**
 * Reads after which the warm-up is no longer looked for: by then V8 has optimised the reader's
 * loops over real plans (a Terragrunt tree's units, ~17 kB each in the bench), so a warm-up would
 * buy nothing, and a tree of 2,000 units would pay a stat per unit for it (~20 ms of CPU).
 */
export const WARM_UP_LOOKS = 32;

/** Below this size a plan file is read before V8 optimises much of the reader. */
export const WARM_UP_MIN_BYTES = 4 * 1024 * 1024;

/** A source the warm-up pays off for: a file of WARM_UP_MIN_BYTES or more, or standard input. */
function worthWarming(source: PlanSource, isStdin: (name: string) => boolean): boolean {
  if (typeof source !== 'string' || isStdin(source)) return true;
  try {
    return statSync(source).size >= WARM_UP_MIN_BYTES;
  } catch {
    // The real read reports the file's problem.
    return false;
  }
}

/**
 * Reads the warm-up plan with `read` (readPlanStream) and `options`, once per process, before the
 * first `source` that is worth it.
 */
export async function warmUpReader(
  read: Read,
  source: PlanSource,
  options: PlanStreamOptions,
  isStdin: (name: string) => boolean,
): Promise<void> {
  if (warmedUp) return;
  if (++looked > WARM_UP_LOOKS) {
    warmedUp = true;
    return;
  }
  if (!worthWarming(source, isStdin)) return;
  warmedUp = true;
  const bytes = warmUpPlan();
  try {
    await read(oneChunk(bytes), new PlanAccumulator('warm-up'), 'warm-up', {
      ...options,
      blockingReads: false,
    });
  } catch {
    // Only a warm-up: the real read reports whatever is wrong.
  }
}
