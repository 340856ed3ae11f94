/**
 * Drift per resource (issue 26, part 2), the pure half: each drifted resource the plans hold, as
 * Harness's update-resources call takes it, in batches; and the answers summed up in one line.
 *
 * What is sent is names, never values: provider, type, name, module, `drift_status`, and under
 * `drift_attributes` each drifted attribute's name with the fixed marker REDACTED_VALUE as its
 * value (also with --show-values: the simplest rule that cannot leak, and the one the docs state).
 * How Harness matches a resource (module + type + name, the name with its instance key) is our
 * inference: its API reference names the fields, not how they are matched.
 */
import type { DriftResource, PlanSummary } from '../model/plan-summary.js';
import { splitAddress } from '../plan/resource-address.js';
import type { ResourceUpdate, UpdateResourcesResponse } from '../api/update-resources.js';

/** Resources per PATCH: a body of a few hundred KB at most, well under Harness's 500,000-character limit. */
export const DRIFT_BATCH_SIZE = 500;

/** The value every drifted attribute carries: its name is news, its value is not ours to send. */
export const REDACTED_VALUE = '(redacted)';

/** Failures named in the summary line; the rest are counted. */
const NAMED_FAILURES = 3;

/** A plan and, for a Terragrunt unit, its `path_id`. */
export interface DriftSource {
  readonly plan: PlanSummary;
  readonly pathId?: string | undefined;
}

export interface DriftResources {
  readonly resources: ResourceUpdate[];
  /** Things the sending cannot fix: resources past the per-plan limit, addresses we cannot split. */
  readonly warnings: string[];
}

function toUpdate(resource: DriftResource, pathId: string | undefined): ResourceUpdate | undefined {
  const split = splitAddress(resource.address);
  if (split === undefined) return undefined;
  return {
    provider: resource.provider,
    type: split.type,
    name: split.name,
    module: split.module,
    mode: resource.mode === 'data' ? 'datasource' : 'managed',
    attributes: {},
    ...(pathId === undefined ? {} : { path_id: pathId }),
    drift_status: resource.status,
    drift_attributes: Object.fromEntries(resource.attributes.map((name) => [name, REDACTED_VALUE])),
  };
}

/** Every drifted resource the plans kept, ready to send, and what could not be. */
export function driftResourcesOf(sources: readonly DriftSource[]): DriftResources {
  const resources: ResourceUpdate[] = [];
  const warnings: string[] = [];
  for (const { plan, pathId } of sources) {
    const list = plan.driftResources;
    if (list === undefined) continue;
    const unnamed: string[] = [];
    for (const resource of list.items) {
      const update = toUpdate(resource, pathId);
      if (update === undefined) unnamed.push(resource.address);
      else resources.push(update);
    }
    if (unnamed.length > 0) {
      warnings.push(
        `${plan.file}: ${unnamed.length} drifted ${unnamed.length === 1 ? 'entry has' : 'entries have'} no resource address (${unnamed.slice(0, NAMED_FAILURES).join(', ')}); not sent per resource`,
      );
    }
    const left = list.total - list.items.length;
    if (left > 0) {
      warnings.push(
        `${plan.file}: ${list.total} drifted resources; the first ${list.items.length} were sent per resource, ${left} left out`,
      );
    }
  }
  return { resources, warnings };
}

/** Consecutive slices of at most `size`. */
export function batches<T>(items: readonly T[], size: number = DRIFT_BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface DriftTotals {
  updated: number;
  skipped: number;
  failed: number;
  total: number;
  /** `module.x.aws_s3_bucket.b (unit a/b): error`, the first few. */
  readonly failures: string[];
}

export function emptyTotals(): DriftTotals {
  return { updated: 0, skipped: 0, failed: 0, total: 0, failures: [] };
}

/** Adds one answer to the totals (the failures named from its per-resource results). */
export function addAnswer(
  totals: DriftTotals,
  answer: UpdateResourcesResponse,
  sent: readonly ResourceUpdate[],
): void {
  totals.updated += answer.summary.updated;
  totals.skipped += answer.summary.skipped;
  totals.failed += answer.summary.failed;
  totals.total += answer.summary.total;
  for (const result of answer.results) {
    if (result.status !== 'failed' || totals.failures.length >= NAMED_FAILURES) continue;
    const match = sent.find(
      (r) => r.type === result.type && r.name === result.name && r.module === result.module,
    );
    const address = `${result.module === '' ? '' : `${result.module}.`}${result.type}.${result.name}`;
    const unit = match?.path_id === undefined ? '' : ` (unit ${match.path_id})`;
    totals.failures.push(`${address}${unit}${result.error === '' ? '' : `: ${result.error}`}`);
  }
}

/** "Harness recorded drift per resource: 412 updated, 3 failed: a: x; b: y; c: z; 1 skipped". */
export function totalsLine(totals: DriftTotals): string {
  const parts = [`${totals.updated} updated`];
  if (totals.failed > 0) {
    const more = totals.failed - totals.failures.length;
    const named = totals.failures.join('; ');
    parts.push(
      `${totals.failed} failed${named === '' ? '' : `: ${named}`}${more > 0 ? `; ${more} more` : ''}`,
    );
  }
  if (totals.skipped > 0) parts.push(`${totals.skipped} skipped`);
  return `drift per resource: ${parts.join(', ')}`;
}
