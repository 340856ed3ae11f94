/**
 * The verdict: what a reviewer must know before approving, most severe first: what the report
 * does not cover (errored plans, failed, skipped and unplanned units, failed and missing legs:
 * coverage.ts), destroys and replacements, drift, tripped gates, the cost change. An incomplete
 * report is never `ok` and never "no changes". Built once from the model and the run's facts; each renderer only dresses it (an
 * alert and code spans in Markdown, plain words in text).
 */
import { boundedList, type BoundedList } from './list-cut.js';
import { costChangeWords } from './cost-summary.js';
import type { ReportModel } from './report-model.js';
import { coverageGaps } from './coverage.js';
import type { RunFacts } from './run-facts.js';
import { driftWords, noDriftWords, plural } from './vocabulary.js';

export type Severity = 'caution' | 'warning' | 'ok';

export type VerdictKind =
  'coverage' | 'destroy' | 'replace' | 'drift' | 'gate' | 'policy' | 'changes' | 'cost';

export interface VerdictPart {
  readonly kind: VerdictKind;
  readonly severity: Severity;
  /** Plain words: "2 to destroy". */
  readonly text: string;
  /** For destroy, replace and drift: the first addresses, named in the verdict itself. */
  readonly addresses?: BoundedList<string> | undefined;
  /** For coverage: what the alert calls the names ("Failed units") and the first of them. */
  readonly label?: string | undefined;
  readonly names?: BoundedList<string> | undefined;
}

export interface Verdict {
  readonly severity: Severity;
  readonly parts: readonly VerdictPart[];
}

/** Addresses named in the verdict per kind; the full lists follow under it. */
export const VERDICT_NAMES = 3;

/** "monthly cost will increase by $420.48 (+171.44%)": Infracost's verdict, in ours. */
function costPart(model: ReportModel): VerdictPart | undefined {
  const text = costChangeWords(model.cost, model.costDetails);
  return text === undefined ? undefined : { kind: 'cost', severity: 'ok', text };
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

/** What counts do not say: resources that move, outputs that change ("2 outputs change"). */
function seenOnlyChanges(model: ReportModel): string[] {
  const a = model.addresses;
  const outputs = a.outputsAdded.total + a.outputsChanged.total + a.outputsRemoved.total;
  return [
    a.moved.total > 0 ? `${a.moved.total} moved` : '',
    outputs > 0 ? (outputs === 1 ? '1 output changes' : `${outputs} outputs change`) : '',
  ];
}

export function verdictOf(model: ReportModel, facts: RunFacts): Verdict {
  // What the report does not cover comes first: unknown changes are worse than known ones.
  const parts: VerdictPart[] = coverageGaps(model).map((gap) => ({
    kind: 'coverage',
    severity: gap.severity,
    text: gap.text,
    label: gap.label,
    names: gap.names,
  }));
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
      text: `${model.driftedCount} drifted (${driftWords(model)})`,
      addresses: boundedList(a.drifted, VERDICT_NAMES),
    });
  }
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
      ...seenOnlyChanges(model),
    ].filter((s) => s !== '');
    // A refactor made only of moves says so: nothing else changes.
    if (changes.length === 1 && a.moved.total > 0 && changes[0] === `${a.moved.total} moved`)
      changes[0] = `${a.moved.total} moved, nothing else changes`;
    if (changes.length > 0) parts.push({ kind: 'changes', severity: 'ok', text: changes.join(', ') });
    else if (parts.length === 0) {
      // A drift check that found nothing says what it checked: it planned no changes to begin with.
      const driftCheck = model.activityType === 'drift' && !model.hasChanges;
      parts.push({ kind: 'changes', severity: 'ok', text: driftCheck ? noDriftWords(model) : 'no changes' });
    }
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
