/**
 * The run's totals when the file does not write them. `infracost output --format json` over
 * breakdowns of older Infracost versions writes null `pastTotalMonthlyCost` and
 * `diffTotalMonthlyCost` at the top while every project has its `pastBreakdown` and `diff`
 * (Infracost's own output_format_json golden): the summaries then showed "the difference is
 * unknown" above project rows with amounts. A total is the sum of the projects' figures, exactly
 * as Infracost sums them, and only when every project's figure is known: one unknown (a failed
 * project, a null breakdown) keeps the total unknown, never a sum that leaves it out.
 */
import type { CostFigures } from '../model/cost-math.js';
import { addDecimals } from '../model/decimal.js';

export type Figure = 'totalMonthly' | 'pastTotalMonthly' | 'diffTotalMonthly';

/** `written` when the file has it; else the sum of every project's, when all are known. */
export function runTotal(
  written: string | undefined,
  projects: readonly { readonly figures: CostFigures }[],
  figure: Figure,
): string | undefined {
  if (written !== undefined || projects.length === 0) return written;
  let sum = '0';
  for (const project of projects) {
    const value = project.figures[figure];
    if (value === undefined) return undefined;
    sum = addDecimals(sum, value);
  }
  return sum;
}
