/**
 * Counts a plan document while a reader walks it, then says what the document was.
 *
 * Memory stays flat however many resources a plan has: the accumulator keeps counts, address
 * lists and rendered output strings, never the entries it is shown. The one set of addresses it
 * may have to hold beyond the lists is explained at `pendingPrior`.
 */
import { InputError } from '../errors.js';
import { zeroCounts } from '../model/plan-summary.js';
import type { AddressLists, Counts, PlanSummary } from '../model/plan-summary.js';
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

/** What one `change.actions` array means, decided once for counts and address lists alike. */
interface ActionKind {
  readonly create: boolean;
  readonly delete: boolean;
  readonly forget: boolean;
  /** Exactly `["update"]`. */
  readonly update: boolean;
  /** Exactly `["no-op"]`. Anything else, even an unknown action, is a real action. */
  readonly noop: boolean;
}

function kindOf(actions: readonly string[]): ActionKind {
  const only = actions.length === 1 ? actions[0] : undefined;
  return {
    create: actions.includes('create'),
    delete: actions.includes('delete'),
    forget: actions.includes('forget'),
    update: only === 'update',
    noop: only === 'no-op',
  };
}

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
  private readonly addresses: AddressLists = {
    created: [],
    updated: [],
    deleted: [],
    replaced: [],
    imported: [],
    forgotten: [],
    drifted: [],
  };

  /** Shape signals for the provisioner (see `provisioner()`). */
  private sawForgetThenCreate = false;
  private sawEphemeral = false;

  /** Managed drift entries with a real action, by address, to tell which prior-state instances drifted. */
  private readonly driftedSet = new Set<string>();
  private priorManaged = 0;
  /** Prior-state instances already known to have drifted. */
  private priorDrifted = 0;
  /**
   * Prior-state addresses seen while `resource_drift` could still follow. Terraform and OpenTofu
   * write `resource_drift` before `prior_state`, so this stays unused for their output; a document
   * with sorted keys (`jq -S`, the equivalence tests) puts `prior_state` first, and then the
   * addresses are held until the drift is known. Counting drift `update`s instead would be a guess.
   */
  private pendingPrior: Set<string> | undefined;
  private driftDone = false;
  private inDrift = false;
  /** Every resource_drift entry, any mode or action: tells an empty `resource_drift` apart. */
  private driftEntries = 0;

  /** Output strings by name; sensitive ones are replaced the moment they are known to be. */
  private readonly outputs = new Map<string, string>();
  private readonly plannedSensitive = new Set<string>();

  constructor(
    /** The file as the user named it: the summary's `file` and the errors' subject. */
    private readonly file: string,
  ) {}

  topLevelKey(key: string): void {
    if (this.inDrift) {
      this.inDrift = false;
      this.driftDone = true;
    }
    if (key === 'resource_drift') this.inDrift = true;
    this.keyCount++;
    if (this.firstKeys.length < 12) this.firstKeys.push(key);
    if (KEYS_OF_INTEREST.has(key)) this.keys.add(key);
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
    if (kind.create && (kind.delete || kind.forget)) lists.replaced.push(entry.address);
    else if (kind.create) lists.created.push(entry.address);
    else if (kind.delete) lists.deleted.push(entry.address);
    else if (kind.forget) lists.forgotten.push(entry.address);
    if (kind.update) lists.updated.push(entry.address);
    if (entry.importing) lists.imported.push(entry.address);
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
    this.addresses.drifted.push(entry.address);
    this.driftedSet.add(entry.address);
  }

  outputChange(entry: OutputChangeEntry): void {
    const kind = kindOf(entry.actions);
    const counts = this.outputCounts;
    if (kind.create) counts.added++;
    if (kind.delete) counts.deleted++;
    if (kind.update) counts.changed++;
    if (kind.noop) counts.unchanged++;
    // A deleted output has no value after the plan.
    if (kind.delete && !kind.create) return;
    this.outputs.set(entry.name, renderOutput(entry, this.plannedSensitive.has(entry.name)));
  }

  plannedOutputSensitive(name: string): void {
    this.plannedSensitive.add(name);
    // `output_changes` may come first (sorted keys): drop the value now that it is known sensitive.
    if (this.outputs.has(name)) this.outputs.set(name, SENSITIVE_OUTPUT);
  }

  priorStateResource(address: string, mode: string | undefined): void {
    if (!isManaged(mode)) return;
    this.priorManaged++;
    if (this.driftDone) {
      if (this.driftedSet.has(address)) this.priorDrifted++;
    } else {
      (this.pendingPrior ??= new Set()).add(address);
    }
  }

  /** Classifies the document (throwing InputError when it is no plan we can read) and sums up. */
  finish(): PlanSummary {
    this.classify();
    let priorDrifted = this.priorDrifted;
    for (const address of this.pendingPrior ?? []) if (this.driftedSet.has(address)) priorDrifted++;
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
      driftedCount: this.addresses.drifted.length,
      outputCounts: { ...this.outputCounts },
      outputs: Object.fromEntries(this.outputs),
      addresses: this.addresses,
    };
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
