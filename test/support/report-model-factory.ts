/**
 * ReportModels for renderer tests, before the real pipeline (plan files -> build-model) is wired
 * into them. Defaults describe an empty, successful plan; tests override what they exercise.
 */
import { boundedList } from '../../src/model/bounded-list.js';
import {
  ADDRESS_LIST_KEYS,
  emptyAddressLists,
  zeroCounts,
  type AddressLists,
  type Counts,
} from '../../src/model/plan-summary.js';
import type { ReportModel } from '../../src/reporter/report-model.js';
import type { UnitReport } from '../../src/model/unit-report.js';

export function emptyAddresses(): AddressLists {
  return emptyAddressLists();
}

/** Address lists from plain arrays: each kept to LIST_LIMIT items, its total the array's length. */
export function addressLists(
  partial: Partial<Record<keyof AddressLists, readonly string[]>> = {},
): AddressLists {
  const lists = emptyAddressLists();
  for (const key of ADDRESS_LIST_KEYS) {
    const items = partial[key];
    if (items !== undefined) lists[key] = boundedList(items);
  }
  return lists;
}

export function counts(partial: Partial<Counts> = {}): Counts {
  return { ...zeroCounts(), ...partial };
}

export type ModelOverrides = Partial<Omit<ReportModel, 'addresses'>> & {
  addresses?: Partial<Record<keyof AddressLists, readonly string[]>>;
};

export function makeReportModel(overrides: ModelOverrides = {}): ReportModel {
  const { addresses, ...rest } = overrides;
  const model: ReportModel = {
    eventType: 'plan',
    activityType: 'plan',
    activityStatus: 'success',
    provisioner: 'terraform',
    provisionerVersion: '1.9.5',
    resourceCounts: counts(),
    driftCounts: counts(),
    outputCounts: counts(),
    plannedChangesCount: 0,
    driftedCount: 0,
    hasChanges: false,
    hasDrift: false,
    addresses: addressLists(addresses),
    units: [],
    cost: undefined,
    files: [],
    erroredPlans: [],
    warnings: [],
    ...rest,
  };
  return model;
}

export function makeUnit(pathId: string, overrides: Partial<UnitReport> = {}): UnitReport {
  return {
    pathId,
    name: pathId.split('/').pop() ?? pathId,
    status: 'success',
    resourceCounts: counts(),
    driftCounts: counts(),
    outputCounts: counts(),
    plannedChangesCount: 0,
    ...overrides,
  };
}

/** `count` distinct, realistic-looking addresses. */
export function manyAddresses(count: number, prefix = 'aws_instance.fleet'): string[] {
  return Array.from({ length: count }, (_, i) => `module.region["eu-west-${i % 3}"].${prefix}["node-${i}"]`);
}
