/**
 * Counts a plan document while a reader walks it, then says what the document was.
 *
 * Memory stays flat however many resources a plan has: the accumulator keeps counts, bounded
 * address lists and rendered output strings, never the entries it is shown; what it must hold per
 * entry (prior-state addresses, output names) it holds as 8-byte hashes (hash-index.ts).
 *
 * A key written twice counts as JSON.parse reads it: the last one wins. A repeated top-level
 * section starts again from nothing; a repeated output name takes back its earlier entry; a
 * repeated prior-state container is taken back by the reader (PlanVisitor.priorStateRetract). The
 * one exception is sensitivity (output-tally.ts).
 */
import { SensitiveVariables } from './sensitive-variables.js';
import { boundedList, pushBounded, type BoundedList } from '../model/bounded-list.js';
import { DRIFT_RESOURCE_LIMIT } from '../model/plan-summary.js';
import type { DriftResource, PlanSummary } from '../model/plan-summary.js';
import { kindOf } from './action-kind.js';
import { ChangeTally } from './change-tally.js';
import { DriftTally } from './drift-tally.js';
import { OutputNames, sentOutputs } from './output-names.js';
import { OutputTally } from './output-tally.js';
import { recordsOutputChanges, untrackedOutputsWarning } from './untracked-outputs.js';
import type { ValueGate } from './value-policy.js';
import { checkPlanKind, KEYS_OF_INTEREST, provisionerOf } from './plan-kind.js';
import type { ChangeEntry, OutputChangeEntry, PlanVisitor } from './plan-visitor.js';
import { actionsText, EXAMPLES, Sightings } from './sightings.js';

export {
  OUTPUT_BYTES_LIMIT,
  OUTPUT_LIMIT,
  SENSITIVE_OUTPUT,
  TOO_LARGE_OUTPUT,
  UNKNOWN_OUTPUT,
} from './output-tally.js';

/** The top-level keys whose values are read into counts: a repeated one replaces the first. */
const SECTIONS = new Set([
  'resource_changes',
  'resource_drift',
  'output_changes',
  'planned_values',
  'prior_state',
]);

/** Every top-level key whose value is read: a repeated one is worth a warning. */
const READ_KEYS = new Set([...SECTIONS, 'format_version', 'terraform_version', 'errored']);

/** Distinct top-level keys remembered for the wrong-kind message; past it, keys are only counted. */
const TOP_KEYS_HELD = 1000;

export class PlanAccumulator implements PlanVisitor {
  /** The KEYS_OF_INTEREST and READ_KEYS present (always held: a repeat of one replaces its value). */
  private readonly keys = new Set<string>();
  /** Distinct top-level keys, the first TOP_KEYS_HELD. */
  private readonly topKeys = new Set<string>();
  private readonly firstKeys: string[] = [];
  private keyCount = 0;

  private formatVersionValue: string | undefined;
  private terraformVersionValue: string | undefined;
  private erroredValue = false;

  private readonly changes: ChangeTally;
  private readonly drift = new DriftTally();
  /** With --send-drift-resources: each drifted resource, names only. */
  private driftResources: BoundedList<DriftResource> | undefined;
  private readonly outputs = new OutputTally();
  private readonly outputNames = new OutputNames();

  /** Entries with actions this tool does not know, by section (a repeated section starts again). */
  private unknownDrift = new Sightings();
  private unknownOutputs = new Sightings();
  /** Keys written twice. */
  private readonly repeats = new Sightings();

  constructor(
    /** The file as the user named it: the summary's `file` and the errors' subject. */
    private readonly file: string,
    /** --show-values: output values that pass value-policy.ts are named with their output. */
    private readonly values?: ValueGate | undefined,
    /** --send-drift-resources: keep each drifted resource (driftResources). */
    private readonly keepDriftResources = false,
  ) {
    this.changes = new ChangeTally(values);
    if (keepDriftResources) this.driftResources = boundedList();
  }

  private readonly sensitiveVariables = new SensitiveVariables();

  topLevelKey(key: string): void {
    if (!this.topKeys.has(key)) {
      if (this.topKeys.size < TOP_KEYS_HELD) this.topKeys.add(key);
      this.keyCount++;
      if (this.firstKeys.length < 12) this.firstKeys.push(key);
    }
    if (READ_KEYS.has(key) && this.keys.has(key)) {
      this.repeats.note(key);
      // The section read so far is forgotten, not added to.
      if (SECTIONS.has(key)) this.resetSection(key);
    }
    // A value written again replaces the first, and null (for which no visitor call comes) says
    // "none": `errored: null` after `errored: true` is not errored.
    if (key === 'errored') this.erroredValue = false;
    else if (key === 'format_version') this.formatVersionValue = undefined;
    else if (key === 'terraform_version') this.terraformVersionValue = undefined;
    if (KEYS_OF_INTEREST.has(key) || READ_KEYS.has(key)) this.keys.add(key);
  }

  private resetSection(key: string): void {
    switch (key) {
      case 'resource_changes':
        this.changes.reset();
        return;
      case 'resource_drift':
        this.drift.resetDrift();
        if (this.keepDriftResources) this.driftResources = boundedList();
        this.unknownDrift = new Sightings();
        return;
      case 'output_changes':
        this.outputs.resetChanges();
        this.outputNames.reset();
        this.unknownOutputs = new Sightings();
        return;
      case 'planned_values':
        // Names it declared sensitive stay so: sensitivity is the one place where the first of a
        // repeated key still counts (OutputTally.sensitive).
        return;
      case 'prior_state':
        this.drift.resetPrior();
        return;
    }
  }

  /** --show-values: `variables` and `configuration`, to hide import ids they make secret. */
  topLevelValue(key: string, text: string | undefined): void {
    this.sensitiveVariables.topLevel(key, text);
  }

  formatVersion(value: string): void {
    this.formatVersionValue = value;
  }

  terraformVersion(value: string): void {
    this.terraformVersionValue = value;
  }

  errored(value: boolean): void {
    this.erroredValue = value;
  }

  resourceChange(entry: ChangeEntry): void {
    this.changes.change(entry);
  }

  resourceDrift(entry: ChangeEntry): void {
    const kind = kindOf(entry.actions);
    const counted = this.drift.drift(entry.address, entry.mode, kind, entry.wholeResource === true);
    if (counted && kind.unknown) {
      this.unknownDrift.note(`resource_drift ${entry.address} ${actionsText(entry.actions)}`);
    }
    if (counted && this.driftResources !== undefined) {
      const resource: DriftResource = {
        address: entry.address,
        mode: entry.mode ?? 'managed',
        provider: entry.providerName ?? '',
        status: kind.delete ? 'deleted' : 'changed',
        attributes: kind.delete ? [] : (entry.changedAttributes?.names ?? []),
      };
      pushBounded(this.driftResources, resource, DRIFT_RESOURCE_LIMIT);
    }
  }

  outputChange(entry: OutputChangeEntry): void {
    const kind = kindOf(entry.actions);
    const { repeated, wasUnknown, earlier } = this.outputs.change(entry, kind);
    this.outputNames.change(entry.name, kind, earlier);
    const name = `output_changes[${JSON.stringify(entry.name)}]`;
    if (repeated) this.repeats.note(name);
    // A repeated name's earlier entry no longer counts, whatever its actions were.
    if (wasUnknown) this.unknownOutputs.count--;
    if (kind.unknown) this.unknownOutputs.note(`${name} ${actionsText(entry.actions)}`);
  }

  plannedOutputSensitive(name: string): void {
    this.outputs.sensitive(name);
  }

  priorStateResource(address: string, mode: string | undefined): void {
    this.drift.priorResource(address, mode);
  }

  priorStateRetract(from: number, to: number): void {
    this.drift.retractPrior(from, to);
  }

  repeatedKey(path: string): void {
    this.repeats.note(path);
  }

  /** Classifies the document (throwing InputError when it is no plan we can read) and sums up. */
  finish(): PlanSummary {
    checkPlanKind({
      file: this.file,
      keys: this.keys,
      keyCount: this.keyCount,
      firstKeys: this.firstKeys,
      formatVersion: this.formatVersionValue,
    });
    const hides = this.sensitiveVariables.hider();
    if (hides !== undefined) this.changes.hideImportIds(hides);
    // Terraform before 0.14 marks every output "create": those are not counted (untracked-outputs.ts).
    const untracked = recordsOutputChanges(this.terraformVersionValue) ? 0 : this.outputs.counts.added;
    const outputNames = this.outputNames.lists(this.outputs.shown(), this.values);
    if (untracked > 0) outputNames.outputsAdded = boundedList();
    const driftCounts = this.drift.finalCounts();
    const changes = this.changes;
    return {
      file: this.file,
      formatVersion: this.formatVersionValue ?? '',
      terraformVersion: this.terraformVersionValue,
      errored: this.erroredValue,
      provisioner: provisionerOf({
        forgetThenCreate: changes.sawForgetThenCreate,
        ephemeral: changes.sawEphemeral,
        keys: this.keys,
        terraformVersion: this.terraformVersionValue,
      }),
      isDriftCheck: this.isDriftCheck(driftCounts.unchanged),
      resourceCounts: { ...changes.resourceCounts },
      plannedChangesCount: changes.plannedChangesCount,
      driftCounts,
      driftedCount: this.drift.drifted.total,
      outputCounts: { ...this.outputs.counts, added: this.outputs.counts.added - untracked },
      outputs: sentOutputs(this.outputs.shown(), this.values),
      outputsOmitted: this.outputs.omitted,
      addresses: {
        ...changes.addresses,
        drifted: this.drift.drifted,
        driftDeleted: this.drift.driftDeleted,
        driftCreated: this.drift.driftCreated,
        ...outputNames,
      },
      warnings: this.warnings(untracked),
      changedAttributes: changes.changedAttributes,
      ...(this.driftResources === undefined ? {} : { driftResources: this.driftResources }),
    };
  }

  private warnings(untrackedOutputs: number): string[] {
    const warnings: string[] = [];
    if (untrackedOutputs > 0)
      warnings.push(untrackedOutputsWarning(this.file, this.terraformVersionValue ?? '', untrackedOutputs));
    const unknown = new Sightings();
    for (const seen of [this.changes.unknown, this.unknownDrift, this.unknownOutputs]) {
      unknown.count += seen.count;
      for (const example of seen.examples)
        if (unknown.examples.length < EXAMPLES) unknown.examples.push(example);
    }
    if (unknown.count > 0) {
      warnings.push(
        `${this.file}: ${unknown.count} ${unknown.count === 1 ? 'entry has' : 'entries have'} actions ` +
          `this tool does not know (${unknown.list()}); counted as changed: check the plan`,
      );
    }
    const { omitted, values } = this.outputs;
    if (omitted > 0) {
      warnings.push(
        `${this.file}: ${values.size + omitted} output values; the first ${values.size} are kept for the report, ${omitted} left out`,
      );
    }
    warnings.push(...this.changes.rolesUnread.warnings(this.file));
    if (this.repeats.count > 0) {
      warnings.push(
        `${this.file}: ${this.repeats.count} ${this.repeats.count === 1 ? 'key is' : 'keys are'} written twice ` +
          `(${this.repeats.list()}); read as JSON parsers read them, the last one wins: check what wrote the file`,
      );
    }
    return warnings;
  }

  /**
   * A refresh-only plan: nothing to change, and a `resource_drift` key. `show -json` leaves an
   * empty `resource_drift` out, but HCP redacted plans write `"resource_drift": []` in every plan,
   * so an empty one counts only when `resource_changes` is absent too (as in a refresh-only plan),
   * else every no-change HCP plan would be taken for a drift check.
   *
   * A clean refresh-only plan as Terraform writes it has neither key: it is told from a plan by
   * its prior state, whose every resource a plan lists in `resource_changes` (a no-op at least).
   * So no `resource_changes` with resources in the prior state is a drift check that found
   * nothing, wherever the plan is read (a single file, a Terragrunt unit); with no resource in
   * the prior state (an outputs-only configuration) it is a plan.
   */
  private isDriftCheck(priorUnchanged: number): boolean {
    if (this.changes.plannedChangesCount > 0) return false;
    if (!this.keys.has('resource_drift')) return !this.keys.has('resource_changes') && priorUnchanged > 0;
    return this.drift.entries > 0 || !this.keys.has('resource_changes');
  }
}
