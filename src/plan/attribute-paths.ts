/**
 * Attribute paths as a reader writes them: `tags.Name`, `ingress[0].cidr_blocks`,
 * `labels["app.kubernetes.io/name"]` (a key that is not a plain identifier is quoted as JSON, so a
 * path reads back into its steps exactly). Readers build them while they walk `before`, `after`,
 * `after_unknown` and `replace_paths`; AttributeDiff (attribute-diff.ts) compares them.
 */

import { MAX_ATTRIBUTE_NAME } from '../model/plan-summary.js';

/** Steps below a top-level attribute that readers descend; deeper values compare as a whole. */
export const MAX_PATH_DEPTH = 4;

/** Matches /^[A-Za-z_][A-Za-z0-9_-]*$/, by its characters (runs for every changed attribute). */
function isPlainKey(key: string): boolean {
  const n = key.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = key.charCodeAt(i);
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
    if (!letter && (i === 0 || !((c >= 0x30 && c <= 0x39) || c === 0x2d))) return false;
  }
  return true;
}

/** The path of member `key` of the object at `prefix` ('' for the top level). */
export function keyPath(prefix: string, key: string): string {
  if (isPlainKey(key)) return prefix === '' ? key : `${prefix}.${key}`;
  return `${prefix}[${JSON.stringify(key)}]`;
}

/** The path of element `index` of the array at `prefix`. */
export function indexPath(prefix: string, index: number): string {
  return `${prefix}[${index}]`;
}

/** A path as a summary lists it: cut to MAX_ATTRIBUTE_NAME characters. */
export function cutName(name: string): string {
  return name.length > MAX_ATTRIBUTE_NAME ? `${name.slice(0, MAX_ATTRIBUTE_NAME - 1)}…` : name;
}

/** A path's steps: keys as strings, indexes as numbers. */
export function pathSteps(path: string): (string | number)[] {
  const steps: (string | number)[] = [];
  const step = /\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let match: RegExpExecArray | null;
  while (step.lastIndex < path.length && (match = step.exec(path)) !== null) {
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined) steps.push(Number(match[2]));
    else steps.push(JSON.parse(match[3]!) as string);
  }
  return steps;
}

/** `p` is `ancestor` or lies under it. */
export function isWithin(p: string, ancestor: string): boolean {
  return (
    p === ancestor || (p.startsWith(ancestor) && (p[ancestor.length] === '.' || p[ancestor.length] === '['))
  );
}

/** A path without its trailing element indexes (`cidr_blocks[0]` reads `cidr_blocks`). */
export function trimIndexes(p: string): string {
  // Most paths end in a name: the pattern only runs on those ending in an index.
  const cut = p.charCodeAt(p.length - 1) === 0x5d ? p.replace(/(\[\d+\])+$/, '') : p;
  return cut === '' ? p : cut;
}

/**
 * How a path is shown: trailing element indexes dropped (`cidr_blocks[0]` reads as
 * `cidr_blocks`: the list changes), except for the paths in `exact` (role-names.ts), and a path
 * under another one in the set left out.
 */
export function readablePaths(paths: Iterable<string>, exact?: ReadonlySet<string>): string[] {
  const trimmed = new Set<string>();
  for (const p of paths) trimmed.add(exact?.has(p) === true ? p : trimIndexes(p));
  const sorted = trimmed.size > 1 ? [...trimmed].sort(byCodeUnits) : [...trimmed];
  return withoutUnder(sorted);
}

/**
 * readablePaths of the paths of two lists, each as readablePaths gives it (sorted, none under
 * another): merged in order, so without a set or a sort (a replacement's changed paths and those
 * of its `replace_paths`).
 */
export function readableUnion(a: readonly string[], b: readonly string[]): string[] {
  const sorted: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) {
      sorted.push(x);
      i++;
      if (x === y) j++;
    } else {
      sorted.push(y);
      j++;
    }
  }
  while (i < a.length) sorted.push(a[i++]!);
  while (j < b.length) sorted.push(b[j++]!);
  return withoutUnder(sorted);
}

/** Sorted distinct paths without those under another of them. */
function withoutUnder(sorted: readonly string[]): string[] {
  // In sorted order every path between an ancestor and a path under it starts with the ancestor,
  // so the paths that may be ancestors of the next one form a stack.
  // Plain loops and index checks: it runs for every replacement, so V8 optimises it, and its
  // string built-ins (startsWith, push and pop) made that compile cost more than the loop runs.
  const out: string[] = [];
  const open: string[] = [];
  let depth = 0;
  for (let s = 0; s < sorted.length; s++) {
    const p = sorted[s]!;
    while (depth > 0 && !startsWithText(p, open[depth - 1]!)) depth--;
    let under = false;
    for (let k = 0; k < depth && !under; k++) under = isUnder(p, open[k]!);
    if (!under) out[out.length] = p;
    open[depth++] = p;
  }
  return out;
}

/**
 * readablePaths for paths none of which is another or under another (what attribute-raw-diff.ts
 * and raw-unknown-paths.ts find): sorted in place, and only passed through readablePaths when one
 * ends in an element index (then it may become another's ancestor or twin).
 */
export function readableDistinct(paths: string[]): string[] {
  for (let k = 0; k < paths.length; k++) {
    const p = paths[k]!;
    if (p.length === 0 || p.charCodeAt(p.length - 1) === 0x5d) return readablePaths(paths);
  }
  // The default order is byCodeUnits' (UTF-16 code units), and faster than a comparator.
  return paths.sort();
}

/** What sort() does without a comparator (UTF-16 code units), without its string conversions. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `p` starts with `q`. */
function startsWithText(p: string, q: string): boolean {
  if (q.length > p.length) return false;
  for (let k = 0; k < q.length; k++) if (p.charCodeAt(k) !== q.charCodeAt(k)) return false;
  return true;
}

/** `p` lies under `q` (a proper descendant). */
function isUnder(p: string, q: string): boolean {
  if (p.length <= q.length || !p.startsWith(q)) return false;
  const c = p.charCodeAt(q.length);
  return c === 0x2e || c === 0x5b;
}

/** `p` or one of its ancestors is in `set`. */
export function withinAny(p: string, set: ReadonlySet<string>): boolean {
  if (set.size <= 8) {
    // A few paths (the usual known-after-apply list): compared, no slice of `p` made.
    for (const q of set) if (p === q || isUnder(p, q)) return true;
    return false;
  }
  return set.has(p) || hasAncestorIn(p, set);
}

/** `p` or one of its ancestors is in `list` (a few paths: looked through, no slice of `p` made). */
export function withinList(p: string, list: readonly string[]): boolean {
  for (let k = 0; k < list.length; k++) {
    const q = list[k]!;
    if (p === q || isUnder(p, q)) return true;
  }
  return false;
}

/** Some proper ancestor of `p` is in `set`. */
function hasAncestorIn(p: string, set: ReadonlySet<string>): boolean {
  for (let i = 1; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if ((c === 0x2e || c === 0x5b) && set.has(p.slice(0, i))) return true;
  }
  return false;
}
