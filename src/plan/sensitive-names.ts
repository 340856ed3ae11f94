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
  if (typeof value !== 'object' || value === null) return false;
  for (const item of Object.values(value)) if (anyTrue(item)) return true;
  return false;
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

/** The names of one list masked, sorted again and without repeats. */
function maskedList(names: readonly string[], before: unknown, after: unknown): string[] {
  const out = new Set<string>();
  for (const name of names) out.add(maskedName(name, before, after));
  return out.size === names.length && [...out].every((n, k) => n === names[k])
    ? (names as string[])
    : [...out].sort(byCodeUnits);
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
  if (!anyTrue(before) && !anyTrue(after)) return roles;
  const names = maskedList(roles.names, before, after);
  const replacing = roles.replacing && maskedList(roles.replacing, before, after);
  const unknown = roles.unknown && maskedList(roles.unknown, before, after);
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
