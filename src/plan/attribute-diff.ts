/**
 * Which top-level attributes an update or replacement changes, by name only.
 *
 * An attribute changes when its value differs between `change.before` and `change.after`
 * (compared as hashes of the values' JSON text, whitespace outside strings left out: readers
 * never keep a value), when it is on one side only, when `change.after_unknown` holds a `true`
 * for it (known after apply), or when `change.replace_paths` starts with it (it forces the
 * replacement). A side that is not an object counts as an empty one.
 */
import { MAX_ATTRIBUTE_NAME, MAX_ATTRIBUTE_NAMES, type ChangedAttributes } from '../model/plan-summary.js';

/** Keys compared per side; a resource with more is compared on its first ones (no provider has). */
export const MAX_COMPARED_KEYS = 10_000;

/** Actions whose attribute names are wanted: an update, or a replacement of any order. */
export function diffsAttributes(actions: readonly string[]): boolean {
  return (
    actions.includes('update') ||
    (actions.includes('create') && (actions.includes('delete') || actions.includes('forget')))
  );
}

/** Sorted, deduplicated, at most MAX_ATTRIBUTE_NAMES names, each cut to MAX_ATTRIBUTE_NAME. */
export function boundAttributeNames(changed: Iterable<string>): ChangedAttributes {
  const all = [...new Set(changed)].sort();
  const names = all
    .slice(0, MAX_ATTRIBUTE_NAMES)
    .map((name) => (name.length > MAX_ATTRIBUTE_NAME ? `${name.slice(0, MAX_ATTRIBUTE_NAME - 1)}…` : name));
  return { names, total: all.length };
}

/** The parts of a change an AttributeDiff is built from; a repeated one replaces the first. */
export type DiffPart = 'before' | 'after' | 'after_unknown' | 'replace_paths';

/**
 * Gathered while a reader passes over one change; values are seen only as hashes. A name or part
 * written twice counts as JSON.parse reads it: the last one wins.
 */
export class AttributeDiff {
  private readonly before = new Map<string, number>();
  private readonly after = new Map<string, number>();
  /** `after_unknown` members: whether each holds a true. */
  private readonly unknown = new Map<string, boolean>();
  /** First steps of `replace_paths`. */
  private readonly replaced = new Set<string>();

  /** A part of the change begins again (a repeated key): what the first one said is forgotten. */
  clear(part: DiffPart): void {
    if (part === 'before') this.before.clear();
    else if (part === 'after') this.after.clear();
    else if (part === 'after_unknown') this.unknown.clear();
    else this.replaced.clear();
  }

  /** A value of `before` (after = false) or `after`, by its hash. */
  value(after: boolean, name: string, hash: number): void {
    const side = after ? this.after : this.before;
    if (side.size < MAX_COMPARED_KEYS || side.has(name)) side.set(name, hash);
  }

  /** A member of `after_unknown`, and whether it holds a true (known after apply). */
  unknownMember(name: string, holdsTrue: boolean): void {
    if (this.unknown.size < MAX_COMPARED_KEYS || this.unknown.has(name)) this.unknown.set(name, holdsTrue);
  }

  /** The first step of a `replace_paths` path. */
  replacePath(name: string): void {
    if (this.replaced.size < MAX_COMPARED_KEYS) this.replaced.add(name);
  }

  result(): ChangedAttributes {
    const changed = new Set(this.replaced);
    for (const [name, holdsTrue] of this.unknown) if (holdsTrue) changed.add(name);
    for (const [name, hash] of this.before) if (this.after.get(name) !== hash) changed.add(name);
    for (const name of this.after.keys()) if (!this.before.has(name)) changed.add(name);
    return boundAttributeNames(changed);
  }
}
