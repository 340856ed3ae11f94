/**
 * The legs' own parts of a merge (merge-partials.ts): the notes on failed and missing legs and the
 * status floor they set, the run's cost totals, and the overrides the legs agree on.
 */
import type { ModelInput } from '../reporter/build-model.js';
import { missingLegsNote } from '../reporter/coverage.js';
import { addDecimals } from '../model/decimal.js';
import { percentageChangeText, type CostFigures } from '../model/cost-math.js';
import type { ActivityStatus } from '../model/statuses.js';
import type { LoadedPartial } from './merge-partials.js';

export function legNotes(
  legs: readonly LoadedPartial[],
  expect: number | undefined,
): { notes: string[]; statusFloor: ActivityStatus | undefined } {
  const notes: string[] = [];
  const failed = legs.filter(({ partial }) => partial.leg.status === 'failure');
  for (const { partial, file } of failed) {
    notes.push(`leg ${partial.leg.name} failed (${file}): ${partial.leg.error ?? 'no reason recorded'}`);
  }
  const missingNote = missingLegsNote({
    expected: expect,
    planned: legs
      .filter(({ partial }) => partial.leg.status !== 'failure')
      .map(({ partial }) => partial.leg.name),
    failed: failed.map(({ partial }) => partial.leg.name),
  });
  if (missingNote !== undefined) {
    notes.unshift(missingNote);
  } else if (expect !== undefined && legs.length > expect) {
    notes.push(`${legs.length} legs arrived, more than the ${expect} expected`);
  }
  const statusFloor = failed.length > 0 ? 'failure' : missingNote !== undefined ? 'incomplete' : undefined;
  return { notes, statusFloor };
}

const TOTALS = ['totalMonthly', 'pastTotalMonthly', 'diffTotalMonthly'] as const;

/**
 * The run's cost totals: each leg's Infracost totals added up, exactly. A total is left out
 * (with a warning) when a leg that has a report lacks it, or when currencies differ: a sum over
 * some of the legs would understate the run, and unknown is never shown as a number.
 */
export function sumCosts(legs: readonly LoadedPartial[], warnings: string[]): CostFigures | undefined {
  const reporting = legs.filter(({ partial }) => partial.leg.status === 'success');
  const priced = reporting.filter(({ partial }) => partial.report.cost !== undefined);
  if (priced.length === 0) return undefined;
  const only = priced.length === 1 && reporting.length === 1 ? priced[0]?.partial.report.cost : undefined;
  if (only !== undefined) return { ...only };
  const unpriced = reporting.filter(({ partial }) => partial.report.cost === undefined);
  if (unpriced.length > 0) {
    warnings.push(
      `cost totals left out: legs without Infracost costs: ${unpriced.map(({ partial }) => partial.leg.name).join(', ')}`,
    );
    return undefined;
  }
  const currencies = new Set(priced.map(({ partial }) => partial.report.cost?.currency));
  if (currencies.size > 1) {
    warnings.push(
      `cost totals left out: the legs report different currencies (${[...currencies].map(String).join(', ')})`,
    );
    return undefined;
  }
  const figures: CostFigures = {};
  const currency = [...currencies][0];
  if (currency !== undefined) figures.currency = currency;
  for (const key of TOTALS) {
    const values = priced.map(({ partial }) => partial.report.cost?.[key]);
    if (values.every((v): v is string => v !== undefined)) {
      figures[key] = values.reduce((a, b) => addDecimals(a, b));
    } else if (values.some((v) => v !== undefined)) {
      warnings.push(`cost total ${key} left out: not every leg's Infracost report has it`);
    }
  }
  const change = percentageChangeText(figures.diffTotalMonthly, figures.pastTotalMonthly);
  if (change !== undefined) figures.percentageChange = change;
  return figures;
}

type Overrides = NonNullable<ModelInput['overrides']>;

/** An override the legs set holds when every leg that set it agrees; otherwise it is dropped. */
export function agreedOverrides(legs: readonly LoadedPartial[], warnings: string[]): Overrides {
  const out: Record<string, string> = {};
  for (const key of ['eventType', 'activityType', 'activityStatus', 'provisioner'] as const) {
    const values = new Set(
      legs.map(({ partial }) => partial.report.overrides[key]).filter((v) => v !== undefined),
    );
    if (values.size === 1) out[key] = [...values][0] as string;
    if (values.size > 1) {
      warnings.push(`the legs set ${key} differently (${[...values].join(', ')}); left to the data`);
    }
  }
  return out;
}
