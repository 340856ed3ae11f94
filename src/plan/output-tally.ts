/**
 * The outputs of one plan: their counts by action, and the values the report shows (rendered to
 * strings, never a sensitive one).
 *
 * A name written twice in `output_changes` counts once, with its last entry, as JSON.parse reads
 * it, however many outputs came between: every name is remembered as a hash with its counted
 * buckets (hash-index.ts). While the names come sorted, as Terraform and OpenTofu write them (Go
 * sorts a map's keys), none can be a repeat and the hashes are only listed, 8 bytes a name; the
 * first name out of order turns the list into an index that can be asked (9 to 15 bytes a name).
 */
import { zeroCounts, type Counts } from '../model/plan-summary.js';
import type { ActionKind } from './action-kind.js';
import { HashList, type HashIndex } from './hash-index.js';
import type { OutputChangeEntry } from './plan-visitor.js';

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

const UNKNOWN_BIT = 16;
/** Held with a name's buckets: some entry of the name was sensitive (then all are). */
const SENSITIVE_BIT = 32;

/**
 * An output change's counted buckets as bits (1 added, 2 deleted, 4 changed, 8 unchanged), and 16
 * for actions this tool does not know.
 */
function bucketBits(kind: ActionKind): number {
  return (
    (kind.create ? 1 : 0) |
    (kind.delete ? 2 : 0) |
    (kind.update ? 4 : 0) |
    (kind.noop ? 8 : 0) |
    (kind.unknown ? UNKNOWN_BIT : 0)
  );
}

/** What `OutputTally.change` tells of the name's earlier entry. */
export interface OutputRepeat {
  /** The name came before in `output_changes`. */
  readonly repeated: boolean;
  /** Its earlier entry had actions this tool does not know (no longer counted). */
  readonly wasUnknown: boolean;
  /** What its earlier entry did (create, delete, update), to take it back from the lists. */
  readonly earlier: Pick<ActionKind, 'create' | 'delete' | 'update'> | undefined;
}

function addBuckets(counts: Counts, bits: number, by: 1 | -1): void {
  if (bits & 1) counts.added += by;
  if (bits & 2) counts.deleted += by;
  if (bits & 4) counts.changed += by;
  if (bits & 8) counts.unchanged += by;
}

export class OutputTally {
  readonly counts = zeroCounts();
  /**
   * Every name seen in `output_changes`, with the buckets its last entry counted in: listed while
   * the names come sorted (`lastName` is then the greatest), an index from the first that does not.
   */
  private sortedNames: HashList | undefined = new HashList();
  private lastName: string | undefined;
  private buckets: HashIndex | undefined;
  /**
   * Output strings by name, the first OUTPUT_LIMIT names (later ones are counted in `omitted`),
   * null for a deleted output; sensitive ones are replaced the moment they are known to be.
   */
  readonly values = new Map<string, string | null>();
  omitted = 0;
  /** Characters of the values kept; past OUTPUT_BYTES_LIMIT values are kept as `(too large)`. */
  private bytes = 0;
  /** Names declared sensitive in planned_values, up to OUTPUT_LIMIT; past it, see below. */
  private readonly plannedSensitive = new Set<string>();
  /** More sensitive names than the set holds: an output not in it may still be sensitive. */
  private plannedSensitiveOverflow = false;

  /** `output_changes` begins again (a repeated key): the first one is forgotten. */
  resetChanges(): void {
    Object.assign(this.counts, zeroCounts());
    this.sortedNames = new HashList();
    this.lastName = undefined;
    this.buckets = undefined;
    this.values.clear();
    this.omitted = 0;
    this.bytes = 0;
  }

  /**
   * One entry of `output_changes`; says what came before under its name. The first
   * OUTPUT_LIMIT names hold a place in `values` whatever their action (a deleted output's holds
   * null), so which names are kept does not depend on which of a repeated name's entries came
   * first.
   */
  change(entry: OutputChangeEntry, kind: ActionKind): OutputRepeat {
    const bits = bucketBits(kind);
    const before = this.earlier(entry.name);
    const repeated = before >= 0;
    const said = {
      repeated,
      wasUnknown: repeated && (before & UNKNOWN_BIT) !== 0,
      earlier: repeated
        ? { create: (before & 1) !== 0, delete: (before & 2) !== 0, update: (before & 4) !== 0 }
        : undefined,
    };
    // Sensitive once, sensitive always: an entry written again does not bring a hidden value back.
    const wasSensitive = repeated && (before & SENSITIVE_BIT) !== 0;
    const held = bits | (wasSensitive || entry.afterSensitive ? SENSITIVE_BIT : 0);
    if (this.sortedNames !== undefined) this.sortedNames.push(entry.name, held);
    else this.buckets!.set(entry.name, held);
    // A repeated name: its earlier entry's counts are taken back (the last one wins).
    if (repeated) addBuckets(this.counts, before, -1);
    addBuckets(this.counts, bits, 1);
    const shown = this.values.get(entry.name);
    if (shown === undefined) {
      // No place: a name seen before had none either, a new one gets one while there are any.
      if (repeated || this.values.size >= OUTPUT_LIMIT) {
        if (!repeated) this.omitted++;
        return said;
      }
    } else if (shown !== null) {
      this.bytes -= shown.length;
    }
    // A deleted output has no value after the plan.
    if (kind.delete && !kind.create) {
      this.values.set(entry.name, null);
      return said;
    }
    // Unsure whether it was declared sensitive (too many names to hold): never show the value.
    const sensitive = wasSensitive || this.plannedSensitive.has(entry.name) || this.plannedSensitiveOverflow;
    let text = renderOutput(entry, sensitive);
    if (this.bytes + text.length > OUTPUT_BYTES_LIMIT) text = TOO_LARGE_OUTPUT;
    this.bytes += text.length;
    this.values.set(entry.name, text);
    return said;
  }

  /**
   * The buckets an earlier entry of `name` counted in, or -1 for a name not seen before. While the
   * names come sorted, a name after the last cannot be a repeat; the first that is not after it
   * turns the list into an index.
   */
  private earlier(name: string): number {
    if (this.sortedNames !== undefined) {
      if (this.lastName === undefined || name > this.lastName) {
        this.lastName = name;
        return -1;
      }
      this.buckets = this.sortedNames.toIndex();
      this.sortedNames = undefined;
      this.lastName = undefined;
    }
    return this.buckets!.get(name);
  }

  /** The values to show, by name, in the order the names first came. */
  shown(): Record<string, string> {
    // fromEntries, not assignment: an output may be named `__proto__`.
    return Object.fromEntries(
      [...this.values].filter((entry): entry is [string, string] => entry[1] !== null),
    );
  }

  /**
   * An output declared sensitive in `planned_values.outputs`. Sensitive once, sensitive always:
   * wherever a document says an output is sensitive (`planned_values`, an `after_sensitive` of any
   * of its entries), a repeated key that says otherwise does not bring the value back. The one
   * exception to "the last wins", made for secrets (README, "Keys written twice").
   */
  sensitive(name: string): void {
    if (this.plannedSensitive.size < OUTPUT_LIMIT) this.plannedSensitive.add(name);
    else if (!this.plannedSensitive.has(name)) this.plannedSensitiveOverflow = true;
    // `output_changes` may come first (sorted keys): drop the value now that it is known sensitive.
    const held = this.values.get(name);
    if (held !== undefined && held !== null) {
      this.bytes += SENSITIVE_OUTPUT.length - held.length;
      this.values.set(name, SENSITIVE_OUTPUT);
    }
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
