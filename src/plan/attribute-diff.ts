/**
 * What an update or replacement changes, by attribute path, in roles (ChangedAttributes):
 * - changed: a path whose value differs between `change.before` and `change.after` (compared as
 *   hashes of the values' JSON text, whitespace outside strings left out), or is on one side
 *   only; readers descend MAX_PATH_DEPTH steps (attribute-paths.ts), so a changed tag reads
 *   `tags.Name`, and note each container they enter, so a change of shape is seen too;
 * - forces replacement: a path of `change.replace_paths` (also counted as changed);
 * - known after apply: a path holding `true` in `change.after_unknown`; listed apart, and a path
 *   at or under one is not "changed" (its new value is not known).
 * A side that is not an object counts as an empty one.
 *
 * Values are kept only with --show-values (the reader then hands each leaf's JSON text instead of
 * only its hash), and leave only through result(), past every check of value-policy.ts.
 */
import { MAX_ATTRIBUTE_NAMES, type AttributeValue, type ChangedAttributes } from '../model/plan-summary.js';
import {
  cutName as cut,
  isWithin,
  pathSteps,
  readableDistinct,
  readablePaths,
  readableUnion,
  withinAny,
  withinList,
} from './attribute-paths.js';
import { changedPaths, unknownPaths, type RawValue } from './attribute-raw-diff.js';
import { wasmRoles } from './raw-roles-wasm.js';
import { exactWhereShared } from './role-names.js';
import type { StringReader } from '../scan/string-reader.js';
import { sensitiveAt, sensitiveNamesMasked } from './sensitive-names.js';
import { characters, shownValue, type ValueGate } from './value-policy.js';
import { secretShaped } from './secret-names.js';
import { thousands } from '../thousands.js';

/** Paths compared per side; a resource with more is compared on its first ones. */
export const MAX_COMPARED_KEYS = 10_000;

/** Values shown per resource (the rest are counted). */
export const MAX_SHOWN_VALUES = 12;

/** Hashes readers note for a container they descend into (never a value's hash: those are >= 0). */
export const OBJECT_MARK = -1;
export const ARRAY_MARK = -2;

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
  return { names: firstCut(all), total: all.length };
}

/** The parts of a change an AttributeDiff is built from; a repeated one replaces the first. */
export type DiffPart = 'before' | 'after' | 'after_unknown' | 'replace_paths';

/** The parts kept as raw text without --show-values (AttributeDiff.keep). */
export type KeptPart = 'before' | 'after' | 'after_unknown';

/** The sensitivity parts, read only with --show-values. */
export type SensitivePart = 'before_sensitive' | 'after_sensitive';

/**
 * Gathered while a reader passes over one change. A name or part written twice counts as
 * JSON.parse reads it: the last one wins.
 */
export class AttributeDiff {
  /** Made when first written: without --show-values a change has none of these but `replaced`. */
  private walked: WalkedValues | undefined;
  /** Paths of `replace_paths`. */
  private replaced: Set<string> | undefined;
  /** `before_sensitive` / `after_sensitive`, parsed (undefined: not in the plan). */
  private beforeSensitive: unknown = undefined;
  private afterSensitive: unknown = undefined;
  /**
   * Without --show-values: `before`, `after` and `after_unknown` as raw text, compared when the
   * change closes (attribute-raw-diff.ts) instead of path by path as they pass; null where a part
   * was too large to keep (the roles are then not read: see readable).
   */
  private keptBefore: RawValue | null | undefined;
  private keptAfter: RawValue | null | undefined;
  private keptUnknown: RawValue | null | undefined;

  /** `strings` decodes the keys of kept parts (see keep). */
  constructor(private readonly strings?: StringReader) {}

  /** A part of the change begins again (a repeated key): what the first one said is forgotten. */
  clear(part: DiffPart | SensitivePart): void {
    const walked = this.walked;
    if (part === 'before') {
      this.keptBefore = undefined;
      walked?.before.clear();
      walked?.beforeText.clear();
    } else if (part === 'after') {
      this.keptAfter = undefined;
      walked?.after.clear();
      walked?.afterText.clear();
    } else if (part === 'after_unknown') {
      this.keptUnknown = undefined;
      walked?.unknown.clear();
    } else if (part === 'replace_paths') this.replaced?.clear();
    else if (part === 'before_sensitive') this.beforeSensitive = undefined;
    else this.afterSensitive = undefined;
  }

  /** A part's raw text (an object), or null when it was too large to keep. */
  keep(part: KeptPart, value: RawValue | null): void {
    if (part === 'before') this.keptBefore = value;
    else if (part === 'after') this.keptAfter = value;
    else this.keptUnknown = value;
  }

  /** False when a kept part was too large: the roles of this change cannot be told. */
  readable(): boolean {
    return this.keptBefore !== null && this.keptAfter !== null && this.keptUnknown !== null;
  }

  private values(): WalkedValues {
    return (this.walked ??= new WalkedValues());
  }

  /** A value of `before` (after = false) or `after` at `path`, by its hash (and its text, to show). */
  value(after: boolean, path: string, hash: number, text?: string): void {
    const walked = this.values();
    const side = after ? walked.after : walked.before;
    const texts = after ? walked.afterText : walked.beforeText;
    // Written again (a key repeated in its object): nothing of the first value may stay.
    if (side.has(path)) forgetWithin(path, side, texts);
    if (side.size < MAX_COMPARED_KEYS) {
      side.set(path, hash);
      if (text !== undefined) texts.set(path, text);
    }
  }

  /** A member of `after_unknown`, and whether it holds a true (known after apply). */
  unknownMember(path: string, holdsTrue: boolean): void {
    const unknown = this.values().unknown;
    if (unknown.has(path)) forgetWithin(path, unknown);
    if (unknown.size < MAX_COMPARED_KEYS) unknown.set(path, holdsTrue);
  }

  /** A path of `replace_paths`. */
  replacePath(path: string): void {
    const replaced = (this.replaced ??= new Set());
    if (replaced.size < MAX_COMPARED_KEYS && path !== '') replaced.add(path);
  }

  /** `before_sensitive` (after = false) or `after_sensitive`, parsed. */
  sensitivity(after: boolean, structure: unknown): void {
    if (after) this.afterSensitive = structure;
    else this.beforeSensitive = structure;
  }

  /**
   * The roles; values only when `gate` lets them be shown (--show-values). Names stop at a
   * sensitive value (sensitive-names.ts): a sensitive map's keys are part of its secret.
   */
  result(address?: string, gate?: ValueGate): ChangedAttributes {
    const roles = this.roles(address, gate);
    return this.beforeSensitive === undefined && this.afterSensitive === undefined
      ? roles
      : sensitiveNamesMasked(roles, this.beforeSensitive, this.afterSensitive);
  }

  private roles(address?: string, gate?: ValueGate): ChangedAttributes {
    const fast = this.wasmResult(gate);
    if (fast !== undefined) return fast;
    const keptUnknown = this.keptUnknown;
    const walked = this.walked;
    const exact = keptUnknown
      ? unknownPaths(keptUnknown, this.strings!)
      : walked === undefined
        ? []
        : [...walked.unknown].filter(([, holdsTrue]) => holdsTrue).map(([p]) => p);
    // A few paths (the usual list) are looked through; a set only for many.
    const unknownSet = exact.length > 8 ? new Set(exact) : undefined;
    const isUnknown =
      exact.length === 0
        ? undefined
        : unknownSet !== undefined
          ? (p: string): boolean => withinAny(p, unknownSet)
          : (p: string): boolean => withinList(p, exact);
    let leaves: string[] = [];
    const keptBefore = this.keptBefore;
    const keptAfter = this.keptAfter;
    // Paths from the raw text are distinct and none under another (readableDistinct).
    const distinct = Boolean(keptBefore || keptAfter);
    if (distinct) {
      leaves = changedPaths(keptBefore ?? undefined, keptAfter ?? undefined, this.strings!);
      if (isUnknown !== undefined) leaves = leaves.filter((p) => !isUnknown(p));
    } else if (walked !== undefined) {
      const { before, after } = walked;
      for (const [p, hash] of before) if (after.get(p) !== hash && !isUnknown?.(p)) leaves.push(p);
      for (const p of after.keys()) if (!before.has(p) && !isUnknown?.(p)) leaves.push(p);
    }
    // Shown without trailing indexes (`input[1]` reads `input`), but changes are told apart from
    // unknowns by the exact paths: `input[0]` changing beside an unknown `input[1]` is a change,
    // and both keep their indexes rather than show `input` in two roles (role-names.ts).
    const replaced = this.replaced;
    const apart =
      exact.length === 0
        ? undefined
        : exactWhereShared(
            replaced === undefined || replaced.size === 0 ? leaves : [...leaves, ...replaced],
            exact,
          );
    const unknown =
      apart !== undefined
        ? readablePaths(exact, apart)
        : keptUnknown
          ? readableDistinct(exact.slice())
          : readablePaths(exact);
    const replacing = replaced === undefined ? [] : readablePaths(replaced, apart);
    // Sorted and without repeats already (readablePaths): only bounded here.
    const changed =
      replacing.length > 0 || apart !== undefined
        ? readablePaths([...leaves, ...replacing], apart)
        : distinct
          ? readableDistinct(leaves)
          : readablePaths(leaves);
    const out: Roles = { names: firstCut(changed), total: changed.length };
    if (replacing.length > 0) out.replacing = firstCut(replacing);
    if (unknown.length > 0) {
      out.unknown = firstCut(unknown);
      out.unknownTotal = unknown.length;
    }
    if (gate?.policy.show === true && address !== undefined) {
      const values = this.shownValues(leaves, address, gate);
      if (values.length > 0) out.values = values;
    }
    return out;
  }

  /**
   * The usual change (`before` and `after` kept whole, no values to show) read in one WebAssembly
   * call (raw-roles-wasm.ts); undefined for the rest, or where the module leaves the change to JS.
   */
  private wasmResult(gate: ValueGate | undefined): ChangedAttributes | undefined {
    const before = this.keptBefore;
    const after = this.keptAfter;
    if (!before || !after || this.walked !== undefined || gate?.policy.show === true) return undefined;
    const replaced = this.replaced;
    if (replaced !== undefined && replaced.size > 0) return this.wasmReplacement(before, after, replaced);
    const roles = wasmRoles(before, after, this.keptUnknown ?? undefined, MAX_ATTRIBUTE_NAMES, false);
    if (roles === null) return undefined;
    // One name changed and known after apply (indexes dropped from both): the exact paths are
    // needed to keep them apart (role-names.ts), and only the JS reading has them. (A loop here,
    // not a helper: one function fewer for V8 to optimise on every change's path.)
    for (const name of roles.unknown) if (roles.names.includes(name)) return undefined;
    const out: Roles = { names: roles.names, total: roles.total };
    if (roles.unknownTotal > 0) {
      out.unknown = roles.unknown;
      out.unknownTotal = roles.unknownTotal;
    }
    return out;
  }

  /**
   * wasmResult for a replacement: the paths of `replace_paths` are changed too (readablePaths of
   * the union: the module's paths, all of them, are already trimmed, sorted and without those
   * under another, which it keeps).
   */
  private wasmReplacement(
    before: RawValue,
    after: RawValue,
    replaced: Set<string>,
  ): ChangedAttributes | undefined {
    const replacing = readablePaths(replaced);
    const roles = wasmRoles(before, after, this.keptUnknown ?? undefined, MAX_ATTRIBUTE_NAMES, true);
    if (roles === null) return undefined;
    const changed = readableUnion(roles.names, replacing);
    for (const name of roles.unknown) if (changed.includes(name)) return undefined;
    const out: Roles = { names: firstCut(changed), total: changed.length, replacing: firstCut(replacing) };
    if (roles.unknownTotal > 0) {
      out.unknown = roles.unknown;
      out.unknownTotal = roles.unknownTotal;
    }
    return out;
  }

  /** The changed leaves' values that may be shown. */
  private shownValues(leaves: readonly string[], address: string, gate: ValueGate): AttributeValue[] {
    const type = resourceTypeOf(address);
    const out: AttributeValue[] = [];
    for (const p of [...new Set(leaves)].sort()) {
      if (out.length >= MAX_SHOWN_VALUES) break;
      const before = this.walked?.beforeText.get(p);
      const after = this.walked?.afterText.get(p);
      // A container mark or a value not handed as text: nothing to show.
      if (before === undefined && after === undefined) continue;
      if (gate.hiddenName(address, type, p)) continue;
      const steps = pathSteps(p);
      if (sensitiveAt(this.beforeSensitive, steps) || sensitiveAt(this.afterSensitive, steps)) continue;
      if ((before !== undefined && secretShaped(before)) || (after !== undefined && secretShaped(after)))
        continue;
      if (
        (before !== undefined && gate.deniedInside(address, p, before)) ||
        (after !== undefined && gate.deniedInside(address, p, after))
      )
        continue;
      const b = before === undefined ? undefined : shownValue(before);
      const a = after === undefined ? undefined : shownValue(after);
      if ((b !== undefined && 'length' in b) || (a !== undefined && 'length' in a)) {
        const length = Math.max(lengthOf(b), lengthOf(a));
        out.push({ path: p, note: `(${thousands(length)} characters, changed)` });
      } else {
        out.push({
          path: p,
          ...(b === undefined ? {} : { before: b.text }),
          ...(a === undefined ? {} : { after: a.text }),
        });
      }
    }
    return out;
  }
}

/** ChangedAttributes as result() builds it. */
interface Roles {
  names: readonly string[];
  total: number;
  replacing?: string[];
  unknown?: string[];
  unknownTotal?: number;
  values?: AttributeValue[];
}

/** What the reader hands path by path (with --show-values): values by path, on each side. */
class WalkedValues {
  readonly before = new Map<string, number>();
  readonly after = new Map<string, number>();
  /** With --show-values: the leaves' JSON text, by path. */
  readonly beforeText = new Map<string, string>();
  readonly afterText = new Map<string, string>();
  /** `after_unknown` members: whether each holds a true. */
  readonly unknown = new Map<string, boolean>();
}

/** The first MAX_ATTRIBUTE_NAMES paths, each cut as summaries list it. */
function firstCut(paths: readonly string[]): string[] {
  const n = Math.min(paths.length, MAX_ATTRIBUTE_NAMES);
  const out = new Array<string>(n);
  for (let k = 0; k < n; k++) out[k] = cut(paths[k]!);
  return out;
}

function lengthOf(shown: { text: string } | { length: number } | undefined): number {
  if (shown === undefined) return 0;
  return 'length' in shown ? shown.length : characters(shown.text);
}

/** `aws_instance` of `module.a.aws_instance.web["x"]`. */
export function resourceTypeOf(address: string): string {
  const parts = address.replace(/\[[^\]]*\]$/, '').split('.');
  return parts.length >= 2 ? parts[parts.length - 2]! : '';
}

/** Removes `path` and every path under it from the maps (rare: a key written twice). */
function forgetWithin(path: string, ...maps: Map<string, unknown>[]): void {
  for (const map of maps) for (const key of map.keys()) if (isWithin(key, path)) map.delete(key);
}
