/**
 * Gates a team can put on a run: fail on drift, on any destroy, on a monthly cost increase above
 * an amount. Evaluated after the report is delivered and the summary written, so a tripped gate
 * never costs the team its report.
 */
import type { GatesConfig } from '../config/schema.js';
import type { ReportModel } from '../reporter/report-model.js';
import { compareDecimals } from '../model/decimal.js';
import { plainText } from '../plain-text.js';

/** One message per tripped gate; empty when all pass. */
export function trippedGates(model: ReportModel, gates: GatesConfig): string[] {
  const tripped: string[] = [];
  if (gates.failOnDrift && model.hasDrift) {
    tripped.push(`fail-on-drift: ${model.driftedCount} resource(s) drifted`);
  }
  if (gates.failOnDestroy && model.resourceCounts.deleted > 0) {
    tripped.push(
      `fail-on-destroy: ${model.resourceCounts.deleted} resource(s) would be destroyed (replacements included)`,
    );
  }
  const limit = gates.maxMonthlyCostIncrease;
  if (limit !== undefined) {
    const diff = model.cost?.diffTotalMonthly;
    const currency = model.cost?.currency ?? '';
    if (diff === undefined) {
      tripped.push('max-monthly-cost-increase: no cost difference is known (pass an Infracost diff JSON)');
    } else if (compareDecimals(diff, limit) > 0) {
      tripped.push(
        `max-monthly-cost-increase: monthly cost rises by ${diff} ${currency}, over the limit of ${limit}`.trimEnd(),
      );
    }
  }
  const policy = policyGate(model, gates);
  if (policy !== undefined) tripped.push(policy);
  return tripped;
}

/**
 * fail-on-policy error|warning (issue 14): trips on an answer at that level or worse, naming the
 * policies. No policy answer at all (nothing uploaded, or the server evaluated none) passes: the
 * gate judges what Harness said, and an upload that failed is already a warning of its own.
 */
function policyGate(model: ReportModel, gates: GatesConfig): string | undefined {
  const level = gates.failOnPolicy;
  const policy = model.workspaceData?.policy;
  if (level === undefined || policy === undefined) return undefined;
  const trips = policy.level === 'error' || (level === 'warning' && policy.level === 'warning');
  if (!trips) return undefined;
  const named = policy.policies
    .filter((p) => p.level === 'error' || (level === 'warning' && p.level === 'warning'))
    .map((p) => [p.setName, p.name].filter((part) => part !== undefined).join(' / ') || 'unnamed policy');
  // Names are the server's words: printed plain, one line.
  const names = named.length === 0 ? '' : `: ${plainText([...new Set(named)].join(', '))}`;
  return `fail-on-policy: Harness policy evaluation answered ${policy.level}${names}`;
}
