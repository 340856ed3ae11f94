/**
 * The words every output uses: the Markdown summary, the plain-text summary (CLI, plugin log and
 * SUMMARY), the README. One place, so a resource that is "destroyed" in the comment is not
 * "deleted" in the log, and drift names the tool that was run ("changed outside OpenTofu").
 *
 * Extending: a new verdict item (policy results, say) adds a `VerdictItem` kind in verdict.ts and
 * its words here; renderers only ask this module for words.
 */
import type { AddressLists } from '../model/plan-summary.js';
import type { StackStatus } from '../model/statuses.js';
import type { ReportModel } from './report-model.js';

/** Address lists in the order a reviewer needs them, with the words for each. */
export interface ActionWords {
  readonly key: keyof AddressLists;
  /** As a count: "2 to destroy". */
  readonly verb: string;
  /** As a list heading: "To destroy". */
  readonly heading: string;
  /** Lists a reviewer must see (open by default, named in the CLI text). */
  readonly needsEyes: boolean;
}

export const ACTIONS: readonly ActionWords[] = [
  { key: 'deleted', verb: 'to destroy', heading: 'To destroy', needsEyes: true },
  { key: 'replaced', verb: 'to replace', heading: 'To replace', needsEyes: true },
  { key: 'drifted', verb: 'drifted', heading: 'Drifted', needsEyes: true },
  { key: 'updated', verb: 'to change', heading: 'To change', needsEyes: false },
  { key: 'created', verb: 'to add', heading: 'To add', needsEyes: false },
  { key: 'imported', verb: 'to import', heading: 'To import', needsEyes: false },
  // Actions no Terraform or OpenTofu writes (counted as changes): a reviewer must look.
  { key: 'unknown', verb: 'with unknown actions', heading: 'Unknown actions', needsEyes: true },
  {
    key: 'forgotten',
    verb: 'to forget',
    heading: 'To forget (removed from state, kept in the cloud)',
    needsEyes: false,
  },
  { key: 'moved', verb: 'moved', heading: 'Moved', needsEyes: false },
  { key: 'outputsChanged', verb: 'outputs to change', heading: 'Outputs to change', needsEyes: false },
  { key: 'outputsAdded', verb: 'outputs to add', heading: 'Outputs to add', needsEyes: false },
  { key: 'outputsRemoved', verb: 'outputs to remove', heading: 'Outputs to remove', needsEyes: false },
];

/** Lists the plain-text summary shows beside those that need eyes: what else a plan does that counts do not say. */
export const TEXT_LISTED: ReadonlySet<keyof AddressLists> = new Set([
  'updated',
  'imported',
  'moved',
  'outputsChanged',
  'outputsAdded',
  'outputsRemoved',
]);

/** Column words for the count tables: the same in Markdown and text. */
export const COUNT_COLUMNS = [
  { key: 'added', word: 'add' },
  { key: 'changed', word: 'change' },
  { key: 'deleted', word: 'destroy' },
  { key: 'imported', word: 'import' },
  { key: 'removed', word: 'forget' },
  { key: 'unchanged', word: 'unchanged' },
] as const;

/** The tool that planned: what drift happened "outside" of. */
export function toolName(model: Pick<ReportModel, 'provisioner' | 'engine'>): string {
  const tool = model.engine ?? (model.provisioner === 'terragrunt' ? undefined : model.provisioner);
  if (tool === 'opentofu') return 'OpenTofu';
  if (tool === 'terraform') return 'Terraform';
  return 'Terraform/OpenTofu';
}

export function changedOutside(model: Pick<ReportModel, 'provisioner' | 'engine'>): string {
  return `changed outside ${toolName(model)}`;
}

/**
 * Drift in drift's words, each kind apart: "2 deleted, 1 changed outside Terraform". A resource
 * deleted outside is not a planned destroy, and a drift count is not a plan's count.
 */
export function driftWords(model: Pick<ReportModel, 'provisioner' | 'engine' | 'driftCounts'>): string {
  const d = model.driftCounts;
  const kinds = [
    d.deleted > 0 ? `${d.deleted} deleted` : '',
    d.changed > 0 ? `${d.changed} changed` : '',
    d.added > 0 ? `${d.added} created` : '',
  ].filter((s) => s !== '');
  if (kinds.length === 0) return changedOutside(model);
  // One kind: the count is the drifted count already said ("3 drifted (deleted outside ...)").
  const words = kinds.length === 1 ? kinds.map((k) => k.replace(/^\d+ /, '')) : kinds;
  return `${words.join(', ')} outside ${toolName(model)}`;
}

/** The drift counts as a line of their own (drift has no imports or forgets): "1 deleted outside, 3 unchanged". */
export const DRIFT_COLUMNS = [
  { key: 'deleted', word: 'deleted outside' },
  { key: 'changed', word: 'changed outside' },
  { key: 'added', word: 'created outside' },
  { key: 'unchanged', word: 'unchanged' },
] as const;

/** "1 deleted outside, 0 changed outside, 0 created outside, 3 unchanged". */
export function driftLine(model: Pick<ReportModel, 'driftCounts'>): string {
  return DRIFT_COLUMNS.map(({ key, word }) => `${model.driftCounts[key]} ${word}`).join(', ');
}

/** The verdict of a drift check that found nothing: what was checked, not "no changes". */
export function noDriftWords(model: Pick<ReportModel, 'driftCounts'>): string {
  return `no drift: ${plural(model.driftCounts.unchanged, 'resource')} checked`;
}

/** Unit statuses as a person says them: skipped is not failed. */
export const UNIT_STATUS: Readonly<Record<StackStatus, string>> = {
  success: 'ok',
  failure: 'failed',
  skipped: 'skipped',
};

/** A unit's status in the unit tables: a unit folder that never planned says "no plan". */
export function unitStatus(unit: {
  readonly status: StackStatus;
  readonly noPlan?: boolean | undefined;
}): string {
  return unit.noPlan === true ? 'no plan' : UNIT_STATUS[unit.status];
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "and 12 more": the tail of every bounded list. */
export function andMore(count: number): string {
  return `and ${count} more`;
}

export const NOTHING_TO_DO = 'No changes: the infrastructure matches the configuration.';
