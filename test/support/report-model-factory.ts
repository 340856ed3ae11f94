/**
 * ReportModels for renderer tests, before the real pipeline (plan files -> build-model) is wired
 * into them. Defaults describe an empty, successful plan; tests override what they exercise.
 */
import { zeroCounts, type AddressLists, type Counts } from '../../src/model/plan-summary.js';
import type { ReportModel } from '../../src/reporter/report-model.js';
import type { UnitReport } from '../../src/model/unit-report.js';

export function emptyAddresses(): AddressLists {
  return { created: [], updated: [], deleted: [], replaced: [], imported: [], forgotten: [], drifted: [] };
}

export function counts(partial: Partial<Counts> = {}): Counts {
  return { ...zeroCounts(), ...partial };
}

export type ModelOverrides = Partial<Omit<ReportModel, 'addresses'>> & { addresses?: Partial<AddressLists> };

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
    addresses: { ...emptyAddresses(), ...addresses },
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
