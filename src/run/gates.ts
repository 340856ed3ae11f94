/**
 * Gates a team can put on a run: fail on drift, on any destroy, on an incomplete report, on a monthly cost increase above
 * an amount, on a policy answer to the uploaded data. Evaluated once the model is built, so every summary (job summary, PR comment, CLI
 * and plugin text) names the gates that tripped; the entries fail the step only after the report
 * is delivered and the summaries written, so a tripped gate never costs the team its report.
 */
import type { GatesConfig } from '../config/schema.js';
import { coverageGaps } from '../reporter/coverage.js';
import type { ReportModel } from '../reporter/report-model.js';
import { compareDecimals } from '../model/decimal.js';
import { formatMoney } from '../reporter/money.js';
import type { TrippedGate } from '../reporter/run-facts.js';
import { plural } from '../reporter/vocabulary.js';
import { policyName } from '../reporter/workspace-data-summary.js';
import { clipMiddle, plainText } from '../plain-text.js';

/** The gates that trip, in the order they are configured; empty when all pass. */
export function trippedGates(model: ReportModel, gates: GatesConfig): TrippedGate[] {
  const tripped: TrippedGate[] = [];
  if (gates.failOnDrift && model.hasDrift) {
    tripped.push({ name: 'fail-on-drift', reason: `${plural(model.driftedCount, 'resource')} drifted` });
  }
  if (gates.failOnDestroy && model.resourceCounts.deleted > 0) {
    tripped.push({
      name: 'fail-on-destroy',
      reason: `${plural(model.resourceCounts.deleted, 'resource')} would be destroyed (replacements included)`,
    });
  }
  if (gates.failOnIncomplete) {
    const gaps = coverageGaps(model);
    if (gaps.length > 0) {
      tripped.push({ name: 'fail-on-incomplete', reason: gaps.map((gap) => gap.text).join('; ') });
    }
  }
  const limit = gates.maxMonthlyCostIncrease;
  if (limit !== undefined) {
    const diff = model.cost?.diffTotalMonthly;
    const currency = model.cost?.currency;
    if (diff === undefined) {
      tripped.push({
        name: 'max-monthly-cost-increase',
        reason: 'no cost difference is known (pass an Infracost diff JSON)',
      });
    } else if (compareDecimals(diff, limit) > 0) {
      tripped.push({
        name: 'max-monthly-cost-increase',
        reason: `monthly cost rises by ${formatMoney(diff, currency)} (${diff}), over the limit of ${formatMoney(limit, currency)}`,
      });
    }
  }
  const policy = policyGate(model, gates);
  if (policy !== undefined) tripped.push(policy);
  return tripped;
}

/** Policies named in a gate's reason; the rest are counted. */
const MAX_NAMED = 10;

/**
 * fail-on-policy error|warning (issue 14): trips on an answer at that level or worse, naming the
 * policies. It fails closed (issue 23): an upload whose answer was never read (failed, timed out,
 * too large, endpoint down) may hide a failing verdict, so it trips the gate with its reason. No
 * policy answer at all from uploads that were answered (the server evaluated none) passes.
 */
function policyGate(model: ReportModel, gates: GatesConfig): TrippedGate | undefined {
  const level = gates.failOnPolicy;
  if (level === undefined) return undefined;
  const reasons: string[] = [];
  const policy = model.workspaceData?.policy;
  if (
    policy !== undefined &&
    (policy.level === 'error' || (level === 'warning' && policy.level === 'warning'))
  ) {
    const named = [
      ...new Set(
        policy.policies
          .filter((p) => p.level === 'error' || (level === 'warning' && p.level === 'warning'))
          .map(policyName),
      ),
    ];
    const more = named.length > MAX_NAMED ? ` and ${named.length - MAX_NAMED} more` : '';
    // Names are the server's words: printed plain, one line.
    const names = named.length === 0 ? '' : `: ${plainText(named.slice(0, MAX_NAMED).join(', '))}${more}`;
    reasons.push(`Harness policy evaluation answered ${policy.level}${names}`);
  }
  const unread = (model.workspaceData?.uploads ?? []).filter((upload) => upload.verdictUnread === true);
  const first = unread[0];
  if (first !== undefined) {
    // Cut with an ellipsis: a bare cut through the key in a path would keep all of it but its end,
    // and redaction finds a key's piece only at an ellipsis (api/secret-traces.ts).
    const why = clipMiddle(plainText(first.error ?? 'no answer'), 300);
    reasons.push(
      `the policy verdict of ${plural(unread.length, 'upload')} could not be read, so it may hide a failure (${first.dataType} ${clipMiddle(plainText(first.label), 120)}: ${why})`,
    );
  }
  return reasons.length === 0 ? undefined : { name: 'fail-on-policy', reason: reasons.join('; ') };
}
