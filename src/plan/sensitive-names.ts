/**
 * Attribute names stop at a sensitive value. A path names the keys it passes through, and the keys
 * of a map Terraform marks sensitive are part of the secret: `input = { (var.secret) = "x" }` is
 * planned, its `before_sensitive`/`after_sensitive` say `{"input": true}`, and `before`/`after`
 * hold the key in clear. Terraform shows `~ input = (sensitive value)`; a role listed as
 * `input["<the secret>"]` would print it in every summary and request, with or without
 * --show-values. So each name is cut back to the sensitive value it lies in (`input`), as
 * Terraform shows it (real plan test/fixtures/terraform/sensitive-map-key).
 */
import type { ChangedAttributes } from '../model/plan-summary.js';
import { byCodeUnits, indexPath, keyPath, pathSteps } from './attribute-paths.js';

/** Sensitivity the plan did not let us read (a structure past the reader's bound): all of it. */
export const UNREAD_SENSITIVITY = true;

/** `true` anywhere in a sensitivity structure. */
function anyTrue(value: unknown): boolean {
  if (value === true) return true;
  if (Array.isArray(value)) return value.some(anyTrue);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(anyTrue);
  return false;
}

/**
 * The path is sensitive in a `before_sensitive`/`after_sensitive` structure: a `true` on the way
 * down, or anywhere under it. `undefined` (the plan did not say) counts as sensitive.
 */
export function sensitiveAt(structure: unknown, steps: readonly (string | number)[]): boolean {
  if (structure === undefined) return true;
  let node: unknown = structure;
  for (const step of steps) {
    if (node === true) return true;
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  return anyTrue(node);
}

function stepInto(node: unknown, step: string | number): unknown {
  return typeof node === 'object' && node !== null
    ? (node as Record<string | number, unknown>)[step]
    : undefined;
}

function pathOf(steps: readonly (string | number)[], n: number): string {
  let p = '';
  for (let k = 0; k < n; k++) {
    const step = steps[k]!;
    p = typeof step === 'number' ? indexPath(p, step) : keyPath(p, step);
  }
  return p;
}

/**
 * `name` cut back to the first sensitive value on its way down (never past its top-level
 * attribute, which the schema names). A name not read to its end (cut for length: `…`) whose
 * unread rest lies in a sensitive value is cut back too.
 */
function maskedName(name: string, before: unknown, after: unknown): string {
  const steps = pathSteps(name);
  let b = before;
  let a = after;
  for (let k = 0; k < steps.length; k++) {
    if (b === true || a === true) return pathOf(steps, Math.max(k, 1));
    b = stepInto(b, steps[k]!);
    a = stepInto(a, steps[k]!);
  }
  if (steps.length === 0) return name;
  const read = pathOf(steps, steps.length);
  return read !== name && (anyTrue(b) || anyTrue(a)) ? read : name;
}

/**
 * The top-level attributes holding something sensitive, on either side; undefined when a whole
 * side is (then every name is looked at).
 */
function sensitiveTops(before: unknown, after: unknown): Set<string> | undefined {
  if (before === true || after === true) return undefined;
  const tops = new Set<string>();
  for (const side of [before, after])
    if (typeof side === 'object' && side !== null)
      for (const [key, value] of Object.entries(side)) if (anyTrue(value)) tops.add(key);
  return tops;
}

/** `name` lies in one of `tops` (the attribute itself or a path under it). */
function inTops(name: string, tops: ReadonlySet<string>): boolean {
  for (const top of tops) {
    if (!name.startsWith(top)) continue;
    const next = name.charCodeAt(top.length);
    if (Number.isNaN(next) || next === 0x2e || next === 0x5b) return true;
  }
  return false;
}

/** The names of one list masked, sorted again and without repeats (`names` itself if none moved). */
function maskedList(
  names: readonly string[],
  before: unknown,
  after: unknown,
  tops: ReadonlySet<string> | undefined,
): readonly string[] {
  let out: string[] | undefined;
  for (let k = 0; k < names.length; k++) {
    const name = names[k]!;
    // Most names lie in attributes nothing sensitive is in (the usual `{"user_data": true}`
    // beside changed `tags`): kept as they are, unparsed.
    const masked = tops !== undefined && !inTops(name, tops) ? name : maskedName(name, before, after);
    if (masked !== name) out ??= names.slice(0, k);
    out?.push(masked);
  }
  return out === undefined ? names : [...new Set(out)].sort(byCodeUnits);
}

/**
 * The roles with every name stopped at the sensitive value it lies in. `before`/`after` are the
 * change's `before_sensitive`/`after_sensitive` (undefined where the plan has none: nothing to
 * stop at). Returns `roles` itself when nothing in them is sensitive (the usual case).
 */
export function sensitiveNamesMasked(
  roles: ChangedAttributes,
  before: unknown,
  after: unknown,
): ChangedAttributes {
  const tops = sensitiveTops(before, after);
  if (tops !== undefined && tops.size === 0) return roles;
  const names = maskedList(roles.names, before, after, tops);
  const replacing = roles.replacing && maskedList(roles.replacing, before, after, tops);
  const unknown = roles.unknown && maskedList(roles.unknown, before, after, tops);
  if (names === roles.names && replacing === roles.replacing && unknown === roles.unknown) return roles;
  const out: { -readonly [K in keyof ChangedAttributes]: ChangedAttributes[K] } = {
    ...roles,
    names,
    total: roles.total - (roles.names.length - names.length),
  };
  if (replacing !== undefined) out.replacing = replacing;
  if (unknown !== undefined) {
    out.unknown = unknown;
    out.unknownTotal =
      (roles.unknownTotal ?? roles.unknown!.length) - (roles.unknown!.length - unknown.length);
  }
  return out;
}
