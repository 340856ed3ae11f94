/**
 * The model built a plan at a time (build-model.ts says what it decides): the plan files and drift
 * files given up front, the Terragrunt units and their plans folded in one at a time. A report
 * folds every unit and keeps them all (its body lists them). A merge (`bounded`) folds units read
 * back from its spool and keeps only what a summary can show (issue 23: merge memory flat in the
 * number and size of partials): the units of unit-tally.ts, the first MAX_GROUPS address groups
 * (later ones, and those whose names were all cut, add to the totals only), the first FILES_KEPT
 * files; every count and total stays exact.
 */
import { appendBounded, boundedList } from '../model/bounded-list.js';
import type { AddressLists, ChangedAttributes, PlanSummary } from '../model/plan-summary.js';
import { ADDRESS_LIST_KEYS, addCounts, emptyAddressLists, zeroCounts } from '../model/plan-summary.js';
import { activityStatusOfUnits } from '../model/statuses.js';
import type { UnitReport } from '../model/unit-report.js';
import type { ModelInput } from './build-model.js';
import type { AddressGroup, ReportModel } from './report-model.js';
import { UnitKeeper } from './unit-tally.js';

/** Address groups a merge keeps with their names; a 1 MiB job summary shows fewer. */
export const MAX_GROUPS = 20_000;
/** Files read a merge names (all are counted). */
export const FILES_KEPT = 10_000;
/** Distinct plan-file warnings a merge keeps. */
const FILE_WARNINGS_KEPT = 1000;
/** A warning said of many files names this many of them. */
const WARNING_FILES_NAMED = 3;
/** The group that only counts (a merge's groups past MAX_GROUPS): no unit path can be NUL. */
const REST = '\u0000';

/** Appends each of `from`'s lists to `into`'s, every address after `prefix`. */
export function appendAddresses(into: AddressLists, from: AddressLists, prefix: string): void {
  for (const key of ADDRESS_LIST_KEYS) appendBounded(into[key], from[key], (address) => prefix + address);
}

function mapOrUndefined<K, V>(value: ReadonlyMap<K, V> | undefined): ReadonlyMap<K, V> | undefined {
  return value instanceof Map ? value : undefined;
}

export class ModelFold {
  private readonly groups: AddressGroup[] = [];
  private rest: AddressGroup | undefined;
  private readonly changedAttributes = new Map<string, ChangedAttributes>();
  private readonly addresses = emptyAddressLists();
  private readonly counts = { resources: zeroCounts(), drift: zeroCounts(), outputs: zeroCounts() };
  private plannedChanges = 0;
  private drifted = 0;
  /** Plans (files and units, not drift files): all drift checks, and how many. */
  private allDriftChecks = true;
  private plansAndDrifts = 0;
  private readonly engines = { opentofu: false, terraform: false };
  private readonly versions = new Set<string>();
  private anyErrored = false;
  private readonly planFiles: string[] = [];
  private readonly erroredPlanFiles: string[] = [];
  private filesTotal = 0;
  private readonly warned = new Map<string, { named: string[]; count: number }>();
  private warningsLeft = 0;
  private readonly keeper = new UnitKeeper();
  private readonly all: UnitReport[] = [];

  constructor(
    private readonly input: Omit<ModelInput, 'terragrunt' | 'streamedUnits'>,
    private readonly terragrunt: boolean,
    private readonly bounded = false,
  ) {
    for (const plan of input.plans) {
      this.addPlan(plan, plan.file, 'plan', input.plans.length > 1 ? `${plan.file}: ` : '');
    }
    for (const drift of input.drifts) this.warn(drift);
  }

  /** A unit's plan (in the order of the plans; units in path_id order). */
  addUnitPlan(pathId: string, plan: PlanSummary): void {
    this.addPlan(plan, pathId, 'unit', `${pathId}: `);
  }

  addUnit(unit: UnitReport): void {
    if (this.bounded) this.keeper.add(unit);
    else this.all.push(unit);
  }

  private addPlan(plan: PlanSummary, source: string, kind: AddressGroup['kind'], prefix: string): void {
    this.warn(plan);
    const lists =
      this.input.drifts.length > 0
        ? {
            ...plan.addresses,
            drifted: boundedList<string>(),
            driftDeleted: boundedList<string>(),
            driftCreated: boundedList<string>(),
          }
        : plan.addresses;
    // A Map when read here; a summary saved as JSON and read back may hold something else.
    const changed = mapOrUndefined(plan.changedAttributes);
    if (this.addGroup(source, kind, lists, changed)) {
      for (const [address, names] of changed ?? []) this.changedAttributes.set(prefix + address, names);
    }
    appendAddresses(this.addresses, lists, prefix);
    addCounts(this.counts.resources, plan.resourceCounts);
    addCounts(this.counts.outputs, plan.outputCounts);
    this.plannedChanges += plan.plannedChangesCount;
    if (this.input.drifts.length === 0) {
      addCounts(this.counts.drift, plan.driftCounts);
      this.drifted += plan.driftedCount;
    }
    if (!plan.isDriftCheck) this.allDriftChecks = false;
    this.seen(plan);
  }

  /** Every plan and drift file: engine, version, errors, the file's name. */
  private seen(plan: PlanSummary): void {
    this.plansAndDrifts += 1;
    if (plan.provisioner === 'opentofu') this.engines.opentofu = true;
    if (plan.provisioner === 'terraform') this.engines.terraform = true;
    // Only whether the plans agree on one matters: two are enough to know they do not.
    if (plan.terraformVersion !== undefined && this.versions.size < 2)
      this.versions.add(plan.terraformVersion);
    this.filesTotal += 1;
    if (!this.bounded || this.planFiles.length < FILES_KEPT) this.planFiles.push(plan.file);
    if (plan.errored) {
      this.anyErrored = true;
      if (!this.bounded || this.erroredPlanFiles.length < FILES_KEPT) this.erroredPlanFiles.push(plan.file);
    }
  }

  /** A group with a change; false when its names were not kept (a merge's groups past the bound). */
  private addGroup(
    source: string,
    kind: AddressGroup['kind'],
    lists: AddressLists,
    changedAttributes: ReadonlyMap<string, ChangedAttributes> | undefined,
  ): boolean {
    if (!ADDRESS_LIST_KEYS.some((key) => lists[key].total > 0)) return true;
    const named = ADDRESS_LIST_KEYS.some((key) => lists[key].items.length > 0);
    if (!this.bounded || kind !== 'unit' || (named && this.groups.length < MAX_GROUPS)) {
      this.groups.push({ source, kind, addresses: lists, changedAttributes });
      return true;
    }
    // Counted, not named: past what any summary shows (the section totals stay exact).
    if (this.rest === undefined) {
      this.rest = { source: REST, kind: 'unit', addresses: emptyAddressLists() };
    }
    for (const key of ADDRESS_LIST_KEYS) this.rest.addresses[key].total += lists[key].total;
    return false;
  }

  /** The same warning of many files is said once, naming the first few (fileWarnings below). */
  private warn(plan: PlanSummary): void {
    const prefix = `${plan.file}: `;
    for (const warning of plan.warnings) {
      const key = warning.startsWith(prefix) ? warning.slice(prefix.length) : `\0${warning}`;
      const seen = this.warned.get(key);
      if (seen !== undefined) {
        seen.count += 1;
        if (seen.named.length < WARNING_FILES_NAMED) seen.named.push(plan.file);
      } else if (!this.bounded || this.warned.size < FILE_WARNINGS_KEPT) {
        this.warned.set(key, { named: [plan.file], count: 1 });
      } else {
        this.warningsLeft += 1;
      }
    }
  }

  private fileWarnings(): string[] {
    const out = [...this.warned].map(([key, { named, count }]) => {
      if (key.startsWith('\0')) return key.slice(1);
      if (count === 1) return `${named[0]}: ${key}`;
      const more = count - WARNING_FILES_NAMED;
      const list = `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
      return `in each of ${count} files (${list}): ${key}`;
    });
    if (this.warningsLeft > 0) out.push(`${this.warningsLeft} more warnings of the plan files not kept`);
    return out;
  }

  finish(): ReportModel {
    const input = this.input;
    // With --drift files, drift comes from them alone (the plans' own drift lists were left out
    // above): the plans' drift lists would count twice.
    for (const drift of input.drifts) {
      const { drifted, driftDeleted, driftCreated } = drift.addresses;
      this.addGroup(
        drift.file,
        'drift',
        { ...emptyAddressLists(), drifted, driftDeleted, driftCreated },
        undefined,
      );
      const prefix = input.drifts.length > 1 ? `${drift.file}: ` : '';
      appendBounded(this.addresses.drifted, drifted, (address) => prefix + address);
      appendBounded(this.addresses.driftDeleted, driftDeleted, (address) => prefix + address);
      appendBounded(this.addresses.driftCreated, driftCreated, (address) => prefix + address);
      addCounts(this.counts.drift, drift.driftCounts);
      this.drifted += drift.driftedCount;
      this.seen(drift);
    }
    if (this.rest !== undefined) this.groups.push(this.rest);
    const planned = this.plannedChanges;
    // A run is a drift check when nothing in it plans a change: only --drift files, or only
    // refresh-only plans.
    const driftOnly = this.allDriftChecks && this.plansAndDrifts > 0;
    const hasDrift = this.drifted > 0;
    const overrides = input.overrides ?? {};
    const engine = this.engines.opentofu ? 'opentofu' : this.engines.terraform ? 'terraform' : undefined;
    const provisioner = overrides.provisioner ?? (this.terragrunt ? 'terragrunt' : engine);
    const units = this.bounded ? this.keeper.kept : this.all;
    const unitsStatus = this.bounded ? this.keeper.status() : activityStatusOfUnits(units);
    const model: ReportModel = {
      eventType: overrides.eventType ?? (driftOnly ? (hasDrift ? 'drifted' : 'active') : 'plan'),
      activityType: overrides.activityType ?? (driftOnly ? 'drift' : 'plan'),
      activityStatus: overrides.activityStatus ?? (this.anyErrored ? 'failure' : unitsStatus),
      provisioner,
      // One version for the run when the plans agree; Terragrunt's own version is not in its plans.
      provisionerVersion:
        provisioner !== 'terragrunt' && this.versions.size === 1 ? [...this.versions][0] : undefined,
      engine: provisioner === 'terraform' || provisioner === 'opentofu' ? provisioner : engine,
      resourceCounts: this.counts.resources,
      driftCounts: this.counts.drift,
      outputCounts: this.counts.outputs,
      plannedChangesCount: planned,
      driftedCount: this.drifted,
      // As `plan -detailed-exitcode` says: outputs that change and moves are changes too.
      hasChanges: planned > 0 || seenChanges(this.addresses),
      hasDrift,
      addresses: this.addresses,
      addressGroups: this.groups,
      changedAttributes: this.changedAttributes,
      units,
      cost: input.cost,
      costDetails: input.costDetails,
      files: this.planFiles,
      erroredPlans: this.erroredPlanFiles,
      warnings: [...(input.warnings ?? []), ...this.fileWarnings()],
    };
    if (this.bounded) {
      model.unitTally = this.keeper.tally();
      if (this.filesTotal > this.planFiles.length) model.filesTotal = this.filesTotal;
    }
    return model;
  }
}

/** Outputs that change or resources that move, which plannedChangesCount does not count. */
function seenChanges(a: AddressLists): boolean {
  return a.moved.total + a.outputsAdded.total + a.outputsChanged.total + a.outputsRemoved.total > 0;
}
