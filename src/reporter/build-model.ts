/**
 * Aggregation: parser results -> the ReportModel. Decides what the run was (a plan, a drift
 * check), its status, and adds counts up over plan files or Terragrunt units.
 */
import { appendBounded, boundedList } from '../model/bounded-list.js';
import type {
  AddressLists,
  ChangedAttributes,
  Counts,
  PlanSummary,
  Provisioner,
} from '../model/plan-summary.js';
import { ADDRESS_LIST_KEYS, addCounts, emptyAddressLists, zeroCounts } from '../model/plan-summary.js';
import { activityStatusOfUnits } from '../model/statuses.js';
import type { ActivityStatus, ActivityType, EventType } from '../model/statuses.js';
import type { AddressGroup, ReportModel } from './report-model.js';
import type { CostFigures } from '../model/cost-math.js';
import type { CostDetails } from '../model/cost-details.js';
import type { UnitReport } from '../model/unit-report.js';

export interface TerragruntInput {
  /** Units in path_id order, statuses and costs already settled. */
  readonly units: readonly UnitReport[];
  /** The plan read for each unit that has one. */
  readonly plans: ReadonlyMap<string, PlanSummary>;
}

export interface ModelInput {
  /** `--plan` files. */
  readonly plans: readonly PlanSummary[];
  /** `--drift` files: drift checks by definition; when given, their drift is the event's drift. */
  readonly drifts: readonly PlanSummary[];
  readonly terragrunt?: TerragruntInput | undefined;
  readonly cost?: CostFigures | undefined;
  readonly costDetails?: CostDetails | undefined;
  readonly warnings?: readonly string[] | undefined;
  readonly overrides?: {
    eventType?: EventType | undefined;
    activityType?: ActivityType | undefined;
    activityStatus?: ActivityStatus | undefined;
    provisioner?: Provisioner | undefined;
  };
}

/** Appends each of `from`'s lists to `into`'s, every address after `prefix`. */
export function appendAddresses(into: AddressLists, from: AddressLists, prefix: string): void {
  for (const key of ADDRESS_LIST_KEYS) appendBounded(into[key], from[key], (address) => prefix + address);
}

/** The counts `pick` reads off each item, added up. */
export function sumCounts<T>(items: readonly T[], pick: (item: T) => Counts): Counts {
  const total = zeroCounts();
  for (const item of items) addCounts(total, pick(item));
  return total;
}

/**
 * `terraform`/`opentofu` as the plans say (OpenTofu wins when any plan is certainly OpenTofu,
 * since Terraform never writes its markers); undefined when no plan says.
 */
function inferProvisioner(plans: readonly PlanSummary[]): 'terraform' | 'opentofu' | undefined {
  if (plans.some((p) => p.provisioner === 'opentofu')) return 'opentofu';
  if (plans.some((p) => p.provisioner === 'terraform')) return 'terraform';
  return undefined;
}

/** An errored plan fails the run; otherwise the units decide (failure, then skipped = incomplete). */
function activityStatusOf(plans: readonly PlanSummary[], units: readonly UnitReport[]): ActivityStatus {
  return plans.some((p) => p.errored) ? 'failure' : activityStatusOfUnits(units);
}

function mapOrUndefined<K, V>(value: ReadonlyMap<K, V> | undefined): ReadonlyMap<K, V> | undefined {
  return value instanceof Map ? value : undefined;
}

export function buildModel(input: ModelInput): ReportModel {
  const unitPlans = input.terragrunt ? [...input.terragrunt.plans.values()] : [];
  const plans = [...input.plans, ...unitPlans];
  const driftSource = input.drifts.length > 0 ? input.drifts : plans;
  const all = [...plans, ...input.drifts];

  const groups: AddressGroup[] = [];
  const addGroup = (
    source: string,
    kind: AddressGroup['kind'],
    lists: AddressLists,
    changedAttributes?: ReadonlyMap<string, ChangedAttributes>,
  ): void => {
    if (ADDRESS_LIST_KEYS.some((key) => lists[key].total > 0))
      groups.push({ source, kind, addresses: lists, changedAttributes });
  };
  // Plans, then units (their addresses prefixed with the unit's path): one pass feeds the groups,
  // the changed attribute names and the run's address lists.
  const sources: { source: string; kind: AddressGroup['kind']; plan: PlanSummary; prefix: string }[] = [
    // With several plan files the same address can be in each: every address says which file.
    ...input.plans.map((plan) => ({
      source: plan.file,
      kind: 'plan' as const,
      plan,
      prefix: input.plans.length > 1 ? `${plan.file}: ` : '',
    })),
    ...[...(input.terragrunt?.plans ?? [])].map(([pathId, plan]) => ({
      source: pathId,
      kind: 'unit' as const,
      plan,
      prefix: `${pathId}: `,
    })),
  ];
  const changedAttributes = new Map<string, ChangedAttributes>();
  const addresses = emptyAddressLists();
  for (const { source, kind, plan, prefix } of sources) {
    const lists =
      input.drifts.length > 0
        ? {
            ...plan.addresses,
            drifted: boundedList<string>(),
            driftDeleted: boundedList<string>(),
            driftCreated: boundedList<string>(),
          }
        : plan.addresses;
    // A Map when read here; a summary saved as JSON and read back may hold something else.
    const changed = mapOrUndefined(plan.changedAttributes);
    addGroup(source, kind, lists, changed);
    for (const [address, names] of changed ?? []) changedAttributes.set(prefix + address, names);
    appendAddresses(addresses, lists, prefix);
  }
  // With --drift files, drift comes from them alone (`lists` above left the plans' own drift
  // out): the plans' drift lists would count twice.
  for (const drift of input.drifts) {
    const { drifted, driftDeleted, driftCreated } = drift.addresses;
    addGroup(drift.file, 'drift', { ...emptyAddressLists(), drifted, driftDeleted, driftCreated });
    const prefix = input.drifts.length > 1 ? `${drift.file}: ` : '';
    appendBounded(addresses.drifted, drifted, (address) => prefix + address);
    appendBounded(addresses.driftDeleted, driftDeleted, (address) => prefix + address);
    appendBounded(addresses.driftCreated, driftCreated, (address) => prefix + address);
  }

  const plannedChangesCount = plans.reduce((n, p) => n + p.plannedChangesCount, 0);
  const driftedCount = driftSource.reduce((n, p) => n + p.driftedCount, 0);
  // A run is a drift check when nothing in it plans a change: only --drift files, or only
  // refresh-only plans.
  const driftOnly = plans.every((p) => p.isDriftCheck) && all.length > 0;
  const hasDrift = driftedCount > 0;
  const units = input.terragrunt ? [...input.terragrunt.units] : [];
  const versions = new Set(all.map((p) => p.terraformVersion).filter((v) => v !== undefined));

  const overrides = input.overrides ?? {};
  const provisioner = overrides.provisioner ?? (input.terragrunt ? 'terragrunt' : inferProvisioner(all));
  return {
    eventType: overrides.eventType ?? (driftOnly ? (hasDrift ? 'drifted' : 'active') : 'plan'),
    activityType: overrides.activityType ?? (driftOnly ? 'drift' : 'plan'),
    activityStatus: overrides.activityStatus ?? activityStatusOf(all, units),
    provisioner,
    // One version for the run when the plans agree; Terragrunt's own version is not in its plans.
    provisionerVersion: provisioner !== 'terragrunt' && versions.size === 1 ? [...versions][0] : undefined,
    engine: provisioner === 'terraform' || provisioner === 'opentofu' ? provisioner : inferProvisioner(all),
    resourceCounts: sumCounts(plans, (p) => p.resourceCounts),
    driftCounts: sumCounts(driftSource, (p) => p.driftCounts),
    outputCounts: sumCounts(plans, (p) => p.outputCounts),
    plannedChangesCount,
    driftedCount,
    // As `plan -detailed-exitcode` says: outputs that change and moves are changes too.
    hasChanges: plannedChangesCount > 0 || seenChanges(addresses),
    hasDrift,
    addresses,
    addressGroups: groups,
    changedAttributes,
    units,
    cost: input.cost,
    costDetails: input.costDetails,
    files: all.map((p) => p.file),
    erroredPlans: all.filter((p) => p.errored).map((p) => p.file),
    warnings: [...(input.warnings ?? []), ...fileWarnings(input)],
  };
}

/** Outputs that change or resources that move, which plannedChangesCount does not count. */
function seenChanges(a: AddressLists): boolean {
  return a.moved.total + a.outputsAdded.total + a.outputsChanged.total + a.outputsRemoved.total > 0;
}

/** What the plan files themselves warn about (unknown actions, outputs left out), in file order. */
function fileWarnings(input: ModelInput): string[] {
  const unitPlans = input.terragrunt ? [...input.terragrunt.plans.values()] : [];
  // The same warning of many files (every unit of a tree on Terraform 0.12, say) is said once,
  // naming the files, so it does not crowd out the rest of a report with a budget.
  const files = new Map<string, string[]>();
  for (const plan of [...input.plans, ...input.drifts, ...unitPlans]) {
    const prefix = `${plan.file}: `;
    for (const warning of plan.warnings) {
      const key = warning.startsWith(prefix) ? warning.slice(prefix.length) : `\0${warning}`;
      const seen = files.get(key);
      if (seen === undefined) files.set(key, [plan.file]);
      else seen.push(plan.file);
    }
  }
  return [...files].map(([key, named]) => {
    if (key.startsWith('\0')) return key.slice(1);
    if (named.length === 1) return `${named[0]}: ${key}`;
    const more = named.length - WARNING_FILES_NAMED;
    const list = `${named.slice(0, WARNING_FILES_NAMED).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    return `in each of ${named.length} files (${list}): ${key}`;
  });
}

/** A warning said of many files names this many of them. */
const WARNING_FILES_NAMED = 3;
