/**
 * Gates a team can put on a run: fail on drift, on any destroy, on a monthly cost increase above
 * an amount. Evaluated after the report is delivered and the summary written, so a tripped gate
 * never costs the team its report.
 */
import type { GatesConfig } from '../config/schema.js';
import type { ReportModel } from '../reporter/report-model.js';
import { compareDecimals } from '../model/decimal.js';

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
  return tripped;
}
