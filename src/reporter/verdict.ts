/**
 * The verdict: what a reviewer must know before approving, most severe first: destroys and
 * replacements, drift, failed and skipped units (or an errored plan), tripped gates, the cost
 * change. Built once from the model and the run's facts; each renderer only dresses it (an
 * alert and code spans in Markdown, plain words in text).
 */
import { isDecimal, isZeroDecimal } from '../model/decimal.js';
import { boundedList, type BoundedList } from './list-cut.js';
import { formatMoney, formatPercent } from './money.js';
import type { ReportModel } from './report-model.js';
import type { RunFacts } from './run-facts.js';
import { changedOutside, plural } from './vocabulary.js';

export type Severity = 'caution' | 'warning' | 'ok';

export type VerdictKind =
  'destroy' | 'replace' | 'drift' | 'failed' | 'skipped' | 'gate' | 'policy' | 'changes' | 'cost';

export interface VerdictPart {
  readonly kind: VerdictKind;
  readonly severity: Severity;
  /** Plain words: "2 to destroy". */
  readonly text: string;
  /** For destroy, replace and drift: the first addresses, named in the verdict itself. */
  readonly addresses?: BoundedList<string> | undefined;
}

export interface Verdict {
  readonly severity: Severity;
  readonly parts: readonly VerdictPart[];
}

/** Addresses named in the verdict per kind; the full lists follow under it. */
export const VERDICT_NAMES = 3;

function failedPart(model: ReportModel): VerdictPart | undefined {
  const failed = model.units.filter((u) => u.status === 'failure').length;
  if (failed > 0) return { kind: 'failed', severity: 'caution', text: `${plural(failed, 'unit')} failed` };
  // An errored plan (`errored: true`) planned only part of the configuration: never "no changes".
  const errored = model.erroredPlans.length;
  if (errored > 0) {
    const which = errored === 1 ? 'the plan failed' : `${errored} plans failed`;
    return {
      kind: 'failed',
      severity: 'caution',
      text: `${which}: counts cover only what was planned before the error`,
    };
  }
  if (model.activityStatus === 'failure') {
    return { kind: 'failed', severity: 'caution', text: 'the plan failed: counts may be incomplete' };
  }
  return undefined;
}

function costPart(model: ReportModel): VerdictPart | undefined {
  const diff = model.cost?.diffTotalMonthly;
  if (diff === undefined) return undefined;
  const pct = model.cost?.percentageChange;
  if (isDecimal(diff) && isZeroDecimal(diff))
    return { kind: 'cost', severity: 'ok', text: 'monthly cost unchanged' };
  const money = formatMoney(diff, model.cost?.currency, true);
  return {
    kind: 'cost',
    severity: 'ok',
    text: `monthly cost ${money}${pct === undefined ? '' : ` (${formatPercent(pct)})`}`,
  };
}

/** Harness's policy answer to the uploaded data (issue 14): an error is a caution, a warning a warning. */
function policyPart(model: ReportModel): VerdictPart | undefined {
  const policy = model.workspaceData?.policy;
  if (policy === undefined || policy.level === 'pass') return undefined;
  const count = policy.policies.filter((p) => p.level === policy.level).length;
  const what = policy.level === 'error' ? 'failed' : 'warned';
  return {
    kind: 'policy',
    severity: policy.level === 'error' ? 'caution' : 'warning',
    text: count > 0 ? `${plural(count, 'policy', 'policies')} ${what}` : `policy ${policy.level}`,
  };
}

export function verdictOf(model: ReportModel, facts: RunFacts): Verdict {
  const parts: VerdictPart[] = [];
  const a = model.addresses;
  const destroys = Math.max(a.deleted.total, model.resourceCounts.deleted - a.replaced.total);
  if (destroys > 0) {
    parts.push({
      kind: 'destroy',
      severity: 'caution',
      text: `${destroys} to destroy`,
      addresses: boundedList(a.deleted, VERDICT_NAMES),
    });
  }
  if (a.replaced.total > 0) {
    parts.push({
      kind: 'replace',
      severity: 'caution',
      text: `${a.replaced.total} to replace`,
      addresses: boundedList(a.replaced, VERDICT_NAMES),
    });
  }
  if (model.hasDrift) {
    parts.push({
      kind: 'drift',
      severity: 'warning',
      text: `${model.driftedCount} drifted (${changedOutside(model)})`,
      addresses: boundedList(a.drifted, VERDICT_NAMES),
    });
  }
  const failed = failedPart(model);
  if (failed) parts.push(failed);
  const skipped = model.units.filter((u) => u.status === 'skipped').length;
  if (skipped > 0)
    parts.push({ kind: 'skipped', severity: 'warning', text: `${plural(skipped, 'unit')} skipped` });
  for (const gate of facts.gates) {
    parts.push({ kind: 'gate', severity: 'caution', text: `gate failed: ${gate.name}` });
  }
  const policy = policyPart(model);
  if (policy) parts.push(policy);
  if (destroys === 0 && a.replaced.total === 0) {
    // Nothing destroyed: the verdict still says what the plan does (or that it does nothing).
    const c = model.resourceCounts;
    const changes = [
      c.added > 0 ? `${c.added} to add` : '',
      c.changed > 0 ? `${c.changed} to change` : '',
      c.imported > 0 ? `${c.imported} to import` : '',
      c.removed > 0 ? `${c.removed} to forget` : '',
    ].filter((s) => s !== '');
    if (changes.length > 0) parts.push({ kind: 'changes', severity: 'ok', text: changes.join(', ') });
    else if (parts.length === 0) parts.push({ kind: 'changes', severity: 'ok', text: 'no changes' });
  }
  const cost = costPart(model);
  if (cost) parts.push(cost);
  const severity = parts.some((p) => p.severity === 'caution')
    ? 'caution'
    : parts.some((p) => p.severity === 'warning')
      ? 'warning'
      : 'ok';
  return { severity, parts };
}
