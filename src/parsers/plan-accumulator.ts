/**
 * Counts a plan document while a reader walks it, then says what the document was.
 *
 * Memory stays flat however many resources a plan has: the accumulator keeps counts, address
 * lists and rendered output strings, never the entries it is shown. The one set of addresses it
 * may have to hold beyond the lists is explained at `pendingPrior`.
 */
import { InputError } from '../errors.js';
import { boundedList, pushBounded } from '../model/bounded-list.js';
import {
  ADDRESS_LIST_KEYS,
  emptyAddressLists,
  MAX_ATTRIBUTE_ADDRESSES,
  zeroCounts,
} from '../model/plan-summary.js';
import type { AddressLists, ChangedAttributes, Counts, PlanSummary } from '../model/plan-summary.js';
import { DriftIndex } from './drift-index.js';
import type { ChangeEntry, OutputChangeEntry, PlanVisitor } from './plan-visitor.js';

/** Keys only a plan has: at least one must be present for a document to be read as a plan. */
const PLAN_KEYS = [
  'planned_values',
  'resource_changes',
  'resource_drift',
  'output_changes',
  'prior_state',
  'configuration',
] as const;

/** Top-level keys the classification looks at; others are only counted for the error message. */
const KEYS_OF_INTEREST = new Set<string>([
  ...PLAN_KEYS,
  'format_version',
  'terraform_version',
  'plan_format_version',
  'applyable',
  'complete',
  'values',
  'version',
  'serial',
  'lineage',
  'projects',
  'currency',
  'totalMonthlyCost',
  'provider_schemas',
  'function_signatures',
  '@level',
  '@message',
]);

/** Major versions of the JSON format this tool knows. */
const KNOWN_MAJOR_VERSIONS = new Set([0, 1]);

export const SENSITIVE_OUTPUT = '(sensitive)';
export const UNKNOWN_OUTPUT = '(known after apply)';
export const TOO_LARGE_OUTPUT = '(too large)';

/**
 * Output values kept per plan (a Terragrunt unit's become its stack's `stack_outputs`), and the
 * characters of value text kept per plan; past the second, values are sent as `(too large)`.
 * Stated in the README ("Limits").
 */
export const OUTPUT_LIMIT = 1000;
export const OUTPUT_BYTES_LIMIT = 1024 * 1024;

/** What one `change.actions` array means, decided once for counts and address lists alike. */
interface ActionKind {
  readonly create: boolean;
  readonly delete: boolean;
  readonly forget: boolean;
  /** Exactly `["update"]`, or actions this tool does not know (see `unknown`). */
  readonly update: boolean;
  /** Exactly `["no-op"]`. Anything else, even an unknown action, is a real action. */
  readonly noop: boolean;
  /**
   * No action at all (`[]`) or one that Terraform and OpenTofu do not write (`["bogus"]`). Such an
   * entry is a planned change of a kind nobody can tell: it is counted in `changed` (so it is in
   * a bucket, and a change a reviewer sees), listed in the `unknown` addresses and warned about.
   */
  readonly unknown: boolean;
}

/** Every action `change.actions` holds in Terraform's and OpenTofu's JSON output formats. */
const KNOWN_ACTIONS = new Set(['no-op', 'create', 'read', 'update', 'delete', 'forget']);

function kindOf(actions: readonly string[]): ActionKind {
  const only = actions.length === 1 ? actions[0] : undefined;
  const unknown = actions.length === 0 || actions.some((action) => !KNOWN_ACTIONS.has(action));
  return {
    create: actions.includes('create'),
    delete: actions.includes('delete'),
    forget: actions.includes('forget'),
    update:
      only === 'update' ||
      (unknown && !actions.some((a) => a === 'create' || a === 'delete' || a === 'forget')),
    noop: only === 'no-op',
    unknown,
  };
}

/** The top-level keys whose values are read into counts: a repeated one replaces the first. */
const SECTIONS = new Set([
  'resource_changes',
  'resource_drift',
  'output_changes',
  'planned_values',
  'prior_state',
]);

/** An output change's counted buckets as bits: 1 added, 2 deleted, 4 changed, 8 unchanged. */
function outputKindBits(kind: ActionKind): number {
  return (kind.create ? 1 : 0) | (kind.delete ? 2 : 0) | (kind.update ? 4 : 0) | (kind.noop ? 8 : 0);
}

function addOutputKind(counts: Counts, bits: number, by: 1 | -1): void {
  if (bits & 1) counts.added += by;
  if (bits & 2) counts.deleted += by;
  if (bits & 4) counts.changed += by;
  if (bits & 8) counts.unchanged += by;
}

/** Unknown actions are named in the warning, a few at most. */
const UNKNOWN_EXAMPLES = 3;

/**
 * Only managed resources count. Data reads (`data`) and OpenTofu's `ephemeral` resources are left
 * out, and so is any mode a future version invents; an entry without a mode is an old-format
 * managed resource.
 */
function isManaged(mode: string | undefined): boolean {
  return mode === undefined || mode === 'managed';
}

export class PlanAccumulator implements PlanVisitor {
  private readonly keys = new Set<string>();
  private readonly firstKeys: string[] = [];
  private keyCount = 0;

  private formatVersionValue: string | undefined;
  private terraformVersionValue: string | undefined;
  private erroredValue = false;

  private readonly resourceCounts = zeroCounts();
  private plannedChangesCount = 0;
  private readonly driftCounts = zeroCounts();
  private readonly outputCounts = zeroCounts();
  private readonly addresses: AddressLists = emptyAddressLists();
  /** Entries with unknown actions, by section, and a few of them for the warning. */
  private unknownActions = 0;
  private readonly unknownExamples: string[] = [];

  /** Changed attribute names of the first MAX_ATTRIBUTE_ADDRESSES updates and replacements. */
  private readonly changedAttributes = new Map<string, ChangedAttributes>();

  /** Shape signals for the provisioner (see `provisioner()`). */
  private sawForgetThenCreate = false;
  private sawEphemeral = false;

  /**
   * Managed drift entries with a real action, by address, to tell which prior-state instances
   * drifted: a set of address hashes (drift-index.ts), 8 bytes an entry instead of a string each.
   */
  private driftedSet = new DriftIndex();
  private priorManaged = 0;
  /** Prior-state instances already known to have drifted. */
  private priorDrifted = 0;
  /**
   * Prior-state addresses seen while `resource_drift` could still follow. Terraform and OpenTofu
   * write `resource_drift` before `prior_state`, so this stays unused for their output; a document
   * with sorted keys (`jq -S`, the equivalence tests) puts `prior_state` first, and then the
   * addresses are held until the drift is known. Counting drift `update`s instead would be a guess.
   */
  private pendingPrior: DriftIndex | undefined;
  private driftDone = false;
  private inDrift = false;
  /** Every resource_drift entry, any mode or action: tells an empty `resource_drift` apart. */
  private driftEntries = 0;

  /**
   * Output strings by name, the first OUTPUT_LIMIT names (later ones are counted in
   * `outputsOmitted`); sensitive ones are replaced the moment they are known to be.
   */
  private readonly outputs = new Map<string, string>();
  /**
   * The action kind of each output name kept (the first OUTPUT_LIMIT), and of the last name seen:
   * a name written twice in `output_changes` counts once, with its last value, as JSON.parse reads
   * it. Past the kept names only a repeat right after the first is caught (Terraform writes the
   * names sorted, so that is where a repeat lands); holding every name would cost memory per output.
   */
  private readonly keptKinds = new Map<string, number>();
  private lastOutputName: string | undefined;
  private lastOutputBits = 0;
  private outputsOmitted = 0;
  /** Bytes of the values kept; past OUTPUT_BYTES_LIMIT values are kept as `(too large)`. */
  private outputBytes = 0;
  /** Names declared sensitive in planned_values, up to OUTPUT_LIMIT; past it, see below. */
  private readonly plannedSensitive = new Set<string>();
  /** More sensitive names than the set holds: an output not in it may still be sensitive. */
  private plannedSensitiveOverflow = false;

  constructor(
    /** The file as the user named it: the summary's `file` and the errors' subject. */
    private readonly file: string,
  ) {}

  topLevelKey(key: string): void {
    // A repeated key replaces the first one's value, as JSON.parse reads it (the last wins): the
    // section read so far is forgotten, not added to.
    if (SECTIONS.has(key)) {
      if (this.sectionsSeen.has(key)) this.resetSection(key);
      this.sectionsSeen.add(key);
    }
    // `errored: null` says "not errored" and, written after `errored: true`, replaces it.
    if (key === 'errored') this.erroredValue = false;
    if (this.inDrift) {
      this.inDrift = false;
      this.driftDone = true;
    }
    if (key === 'resource_drift') this.inDrift = true;
    this.keyCount++;
    if (this.firstKeys.length < 12) this.firstKeys.push(key);
    if (KEYS_OF_INTEREST.has(key)) this.keys.add(key);
  }

  private readonly sectionsSeen = new Set<string>();

  private resetSection(key: string): void {
    switch (key) {
      case 'resource_changes':
        Object.assign(this.resourceCounts, zeroCounts());
        this.plannedChangesCount = 0;
        // Drift has its own section (resource_drift): only the planned lists start again.
        for (const list of ADDRESS_LIST_KEYS) {
          if (list !== 'drifted') this.addresses[list] = boundedList();
        }
        this.changedAttributes.clear();
        this.sawForgetThenCreate = false;
        this.sawEphemeral = false;
        return;
      case 'resource_drift':
        Object.assign(this.driftCounts, zeroCounts());
        this.addresses.drifted = boundedList();
        this.driftedSet = new DriftIndex();
        this.driftEntries = 0;
        this.driftDone = false;
        return;
      case 'output_changes':
        Object.assign(this.outputCounts, zeroCounts());
        this.outputs.clear();
        this.keptKinds.clear();
        this.lastOutputName = undefined;
        this.outputsOmitted = 0;
        this.outputBytes = 0;
        return;
      case 'planned_values':
        this.plannedSensitive.clear();
        this.plannedSensitiveOverflow = false;
        return;
      case 'prior_state':
        this.priorManaged = 0;
        this.priorDrifted = 0;
        this.pendingPrior = undefined;
        return;
    }
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
    if (entry.mode === 'ephemeral') this.sawEphemeral = true;
    if (entry.actions.length === 2 && entry.actions[0] === 'forget' && entry.actions[1] === 'create') {
      this.sawForgetThenCreate = true;
    }
    if (!isManaged(entry.mode)) return;

    const kind = kindOf(entry.actions);
    const counts = this.resourceCounts;
    if (kind.create) counts.added++;
    if (kind.delete) counts.deleted++;
    if (kind.update) counts.changed++;
    if (kind.forget) counts.removed++;
    if (entry.importing) counts.imported++;
    // A moved-only entry is a no-op with a previous_address: unchanged, like any no-op.
    if (kind.noop && !entry.importing) counts.unchanged++;
    if (!kind.noop || entry.importing) this.plannedChangesCount++;

    const lists = this.addresses;
    if (kind.create && (kind.delete || kind.forget)) pushBounded(lists.replaced, entry.address);
    else if (kind.create) pushBounded(lists.created, entry.address);
    else if (kind.delete) pushBounded(lists.deleted, entry.address);
    else if (kind.forget) pushBounded(lists.forgotten, entry.address);
    if (kind.update && !kind.unknown) pushBounded(lists.updated, entry.address);
    if (entry.importing) pushBounded(lists.imported, entry.address);
    if (kind.unknown) {
      pushBounded(lists.unknown, entry.address);
      this.noteUnknown(`resource_changes ${entry.address}`, entry.actions);
    }
    const changed = entry.changedAttributes;
    const replaced = kind.create && (kind.delete || kind.forget);
    // Readers stop gathering names after MAX_ATTRIBUTE_ADDRESSES; a visitor does not rely on it.
    if (
      changed !== undefined &&
      changed.total > 0 &&
      ((kind.update && !kind.unknown) || replaced) &&
      this.changedAttributes.size < MAX_ATTRIBUTE_ADDRESSES
    )
      this.changedAttributes.set(entry.address, changed);
  }

  private noteUnknown(where: string, actions: readonly string[]): void {
    this.unknownActions++;
    if (this.unknownExamples.length < UNKNOWN_EXAMPLES) {
      this.unknownExamples.push(`${where} ${JSON.stringify(actions).slice(0, 80)}`);
    }
  }

  resourceDrift(entry: ChangeEntry): void {
    this.driftEntries++;
    if (!isManaged(entry.mode)) return;
    const kind = kindOf(entry.actions);
    // A drift entry that only records a move (no-op + previous_address) is not drift.
    if (kind.noop) return;
    if (kind.create) this.driftCounts.added++;
    if (kind.delete) this.driftCounts.deleted++;
    if (kind.update) this.driftCounts.changed++;
    if (kind.unknown) this.noteUnknown(`resource_drift ${entry.address}`, entry.actions);
    pushBounded(this.addresses.drifted, entry.address);
    this.driftedSet.add(entry.address);
  }

  outputChange(entry: OutputChangeEntry): void {
    const kind = kindOf(entry.actions);
    const bits = outputKindBits(kind);
    const before =
      this.keptKinds.get(entry.name) ?? (entry.name === this.lastOutputName ? this.lastOutputBits : -1);
    if (this.keptKinds.size < OUTPUT_LIMIT || this.keptKinds.has(entry.name))
      this.keptKinds.set(entry.name, bits);
    this.lastOutputName = entry.name;
    this.lastOutputBits = bits;
    const counts = this.outputCounts;
    // A repeated name: its first entry's counts are taken back (the last one wins).
    if (before >= 0) addOutputKind(counts, before, -1);
    addOutputKind(counts, bits, 1);
    if (kind.unknown) this.noteUnknown(`output_changes ${entry.name}`, entry.actions);
    // A deleted output has no value after the plan.
    if (kind.delete && !kind.create) {
      this.outputs.delete(entry.name);
      return;
    }
    if (!this.outputs.has(entry.name) && this.outputs.size >= OUTPUT_LIMIT) {
      if (before < 0) this.outputsOmitted++;
      return;
    }
    // Unsure whether it was declared sensitive (too many names to hold): never show the value.
    const sensitive = this.plannedSensitive.has(entry.name) || this.plannedSensitiveOverflow;
    let text = renderOutput(entry, sensitive);
    if (this.outputBytes + text.length > OUTPUT_BYTES_LIMIT) text = TOO_LARGE_OUTPUT;
    this.outputBytes += text.length;
    this.outputs.set(entry.name, text);
  }

  plannedOutputSensitive(name: string): void {
    if (this.plannedSensitive.size < OUTPUT_LIMIT) this.plannedSensitive.add(name);
    else if (!this.plannedSensitive.has(name)) this.plannedSensitiveOverflow = true;
    // `output_changes` may come first (sorted keys): drop the value now that it is known sensitive.
    if (this.outputs.has(name)) this.outputs.set(name, SENSITIVE_OUTPUT);
  }

  priorStateResource(address: string, mode: string | undefined): void {
    if (!isManaged(mode)) return;
    this.priorManaged++;
    if (this.driftDone) {
      if (this.driftedSet.has(address)) this.priorDrifted++;
    } else {
      (this.pendingPrior ??= new DriftIndex()).add(address);
    }
  }

  /** Classifies the document (throwing InputError when it is no plan we can read) and sums up. */
  finish(): PlanSummary {
    this.classify();
    const priorDrifted = this.priorDrifted + (this.pendingPrior?.countIn(this.driftedSet) ?? 0);
    this.pendingPrior = undefined;

    const driftCounts: Counts = { ...this.driftCounts, unchanged: this.priorManaged - priorDrifted };
    return {
      file: this.file,
      formatVersion: this.formatVersionValue ?? '',
      terraformVersion: this.terraformVersionValue,
      errored: this.erroredValue,
      provisioner: this.provisioner(),
      isDriftCheck: this.isDriftCheck(),
      resourceCounts: { ...this.resourceCounts },
      plannedChangesCount: this.plannedChangesCount,
      driftCounts,
      driftedCount: this.addresses.drifted.total,
      outputCounts: { ...this.outputCounts },
      outputs: Object.fromEntries(this.outputs),
      outputsOmitted: this.outputsOmitted,
      addresses: this.addresses,
      warnings: this.warnings(),
      changedAttributes: this.changedAttributes,
    };
  }

  private warnings(): string[] {
    const warnings: string[] = [];
    if (this.unknownActions > 0) {
      const more = this.unknownActions - this.unknownExamples.length;
      warnings.push(
        `${this.file}: ${this.unknownActions} ${this.unknownActions === 1 ? 'entry has' : 'entries have'} actions ` +
          `this tool does not know (${this.unknownExamples.join('; ')}${more > 0 ? `; ${more} more` : ''}); ` +
          'counted as changed: check the plan',
      );
    }
    if (this.outputsOmitted > 0) {
      warnings.push(
        `${this.file}: ${this.outputs.size + this.outputsOmitted} output values; the first ${this.outputs.size} are kept for the report, ${this.outputsOmitted} left out`,
      );
    }
    return warnings;
  }

  /**
   * A refresh-only plan: nothing to change, and a `resource_drift` key. `show -json` leaves an
   * empty `resource_drift` out, but HCP redacted plans write `"resource_drift": []` in every plan,
   * so an empty one counts only when `resource_changes` is absent too (as in a refresh-only plan),
   * else every no-change HCP plan would be taken for a drift check.
   */
  private isDriftCheck(): boolean {
    if (!this.keys.has('resource_drift') || this.plannedChangesCount > 0) return false;
    return this.driftEntries > 0 || !this.keys.has('resource_changes');
  }

  /**
   * Which tool wrote the plan, only where the document's shape makes it certain:
   * - OpenTofu: a `["forget","create"]` action (Terraform writes `create` first) or a resource
   *   change with `mode: "ephemeral"` (Terraform keeps ephemeral resources out of the plan).
   * - Terraform: a top-level `applyable` or `complete` (Terraform 1.8+ writes them; OpenTofu,
   *   up to the version its docs in the fixtures describe, never has).
   * - Terraform: a `terraform_version` below 1.6, since OpenTofu's first release was 1.6.0.
   * Anything else, and contradicting signals, is undefined: from 1.6 on `terraform_version` is
   * written by both (OpenTofu keeps the key name) and the version ranges overlap; `timestamp`,
   * `errored`, `checks` and HCP's `plan_format_version` are not specific to either.
   */
  private provisioner(): 'terraform' | 'opentofu' | undefined {
    const opentofu = this.sawForgetThenCreate || this.sawEphemeral;
    const terraform =
      this.keys.has('applyable') || this.keys.has('complete') || predatesOpenTofu(this.terraformVersionValue);
    if (opentofu === terraform) return undefined;
    return opentofu ? 'opentofu' : 'terraform';
  }

  private classify(): void {
    const has = (key: string): boolean => this.keys.has(key);
    if (!PLAN_KEYS.some(has)) throw this.wrongKind();
    const version = this.formatVersionValue;
    if (version === undefined) return; // HCP redacted plans and some hand-trimmed plans have none.
    const match = /^(\d+)\.\d+/.exec(version);
    if (!match) {
      throw new InputError(
        'INPUT_INVALID',
        this.file,
        `format_version "${version}" is not a version number such as 1.2: regenerate the file with \`terraform show -json\``,
      );
    }
    if (!KNOWN_MAJOR_VERSIONS.has(Number(match[1]))) {
      throw new InputError(
        'INPUT_VERSION',
        this.file,
        `format_version ${version} is newer than this tool knows (0.x, 1.x): upgrade iacm-reporter`,
      );
    }
  }

  /** The error for a valid JSON object that is not a plan, naming what it most likely is. */
  private wrongKind(): InputError {
    const has = (key: string): boolean => this.keys.has(key);
    const convert =
      'save the plan with `terraform plan -out=tfplan` and give `terraform show -json tfplan > plan.json`';
    const forDrift = 'for drift, plan with `terraform plan -refresh-only -out=tfplan`';
    let detail: string;
    if (has('version') && has('serial') && has('lineage')) {
      detail = `this is a state file (.tfstate), not a plan: ${convert} (${forDrift})`;
    } else if (has('values') || (has('format_version') && this.onlyVersionKeys())) {
      detail = `this is a state (\`show -json\` without a plan file), not a plan: ${convert} (${forDrift})`;
    } else if (has('projects') && (has('currency') || has('totalMonthlyCost'))) {
      detail =
        'this is an Infracost JSON file, not a plan: give it as the Infracost input (infracost), and the plan JSON as the plan';
    } else if (has('provider_schemas')) {
      detail = `this is a providers schema (\`providers schema -json\`), not a plan: ${convert}`;
    } else if (has('function_signatures')) {
      detail = `this is functions metadata (\`metadata functions -json\`), not a plan: ${convert}`;
    } else if (has('@level') || has('@message')) {
      detail = `this is a line of machine-readable UI output (\`plan -json\`), not a plan: ${convert}`;
    } else {
      const found =
        this.keyCount === 0
          ? 'the object is empty'
          : `found ${this.firstKeys.join(', ')}${this.keyCount > this.firstKeys.length ? ', ...' : ''}`;
      detail = `none of the keys of a plan (${PLAN_KEYS.join(', ')}) are here (${found}): ${convert}`;
    }
    return new InputError('INPUT_WRONG_KIND', this.file, detail);
  }

  /** `{"format_version": ...}` alone (maybe with terraform_version) is `show -json` of an empty state. */
  private onlyVersionKeys(): boolean {
    const versionKeys =
      (this.keys.has('format_version') ? 1 : 0) + (this.keys.has('terraform_version') ? 1 : 0);
    return this.keyCount === versionKeys;
  }
}

/**
 * An output's value after the plan, as a string: never a sensitive value, which is dropped here
 * without being rendered.
 */
function renderOutput(entry: OutputChangeEntry, declaredSensitive: boolean): string {
  if (entry.afterSensitive || declaredSensitive) return SENSITIVE_OUTPUT;
  if (entry.afterUnknown) return UNKNOWN_OUTPUT;
  if (entry.afterTooLarge) return TOO_LARGE_OUTPUT;
  if (typeof entry.after === 'string') return entry.after;
  // The text, not JSON.stringify(after): a number keeps the digits the plan wrote (`1e400` is not
  // `null`, a 300-digit integer not `1e+300`). `after` is absent only when a reader dropped it;
  // null is a real (null) value.
  return entry.afterJson ?? 'null';
}

/** `0.x` and `1.0` to `1.5` (pre-releases included) were only ever Terraform. */
function predatesOpenTofu(version: string | undefined): boolean {
  const match = /^v?(\d+)\.(\d+)/.exec(version ?? '');
  if (!match) return false;
  const major = Number(match[1]);
  return major === 0 || (major === 1 && Number(match[2]) < 6);
}
