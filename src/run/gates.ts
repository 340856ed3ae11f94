/**
 * Gates a team can put on a run: fail on drift, on any destroy, on a monthly cost increase above
 * an amount. Evaluated once the model is built, so every summary (job summary, PR comment, CLI
 * and plugin text) names the gates that tripped; the entries fail the step only after the report
 * is delivered and the summaries written, so a tripped gate never costs the team its report.
 */
import type { GatesConfig } from '../config/schema.js';
import type { ReportModel } from '../reporter/report-model.js';
import { compareDecimals } from '../model/decimal.js';
import { formatMoney } from '../reporter/money.js';
import type { TrippedGate } from '../reporter/run-facts.js';
import { plural } from '../reporter/vocabulary.js';

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
  return tripped;
}
