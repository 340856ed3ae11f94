/**
 * Keeps secrets out of everything we print. Error messages can carry text we do not control (a
 * server's `message`, a network error that quotes a header, a URL a user pasted), so every line
 * that leaves the program through the API layer goes through `redact` first.
 */

import { secretTraces, wasCut } from './secret-traces.js';

export const REDACTED = '[REDACTED]';

/** Header lines such as `x-api-key: pat.xxx` that a proxy or server may echo back. */
const API_KEY_HEADER = /(x-api-key["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi;
/** Harness API keys have a recognisable shape (`pat.<account>.<id>.<secret>`, `sat.` likewise). */
const HARNESS_TOKEN = /\b([ps]at)\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;

/**
 * Only the given secrets (as given and percent-encoded), nothing pattern-based: for whole output
 * streams such as a dry run's body, which must otherwise stay exactly as built. Also what is left
 * of a secret after our escaping and cutting (secret-traces.ts): Markdown escapes `_` in a real
 * key, and a cut name keeps all of the key but its last characters.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const form of secretForms(secrets)) {
    if (out.includes(form)) out = out.split(form).join(REDACTED);
    out = out.replace(secretTraces(form), REDACTED);
  }
  return out;
}

function secretForms(secrets: readonly (string | undefined)[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    // Very short "secrets" would shred ordinary text and are not real keys anyway.
    if (secret === undefined || secret.length < 4) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
  }
  // Longest first, so a secret that contains another is replaced whole.
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * Replaces every occurrence of each secret (as given, and as it would appear percent-encoded in a
 * URL) with `[REDACTED]`, then masks anything that still looks like an API key header or token.
 */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  const out = redactSecrets(text, secrets);
  return out.replace(API_KEY_HEADER, `$1${REDACTED}`).replace(HARNESS_TOKEN, `$1.${REDACTED}`);
}

/**
 * A copy of `value` with every secret replaced in every string, object keys included: for what we
 * build and then serialise (the event, a partial report), so the body is already clean when it is
 * written and a dry run can print exactly what is sent. Plan content is the PR author's to choose:
 * a unit folder, output value or error message equal to the key must not carry it out.
 */
export function scrubSecrets<T>(value: T, secrets: readonly (string | undefined)[]): T {
  const forms = secretForms(secrets);
  // The copy only when there is something to replace: an event of 100,000 units is hundreds of
  // megabytes of objects (issue 23, merge memory).
  if (forms.length === 0 || !needsCopy(value, forms)) return value;
  const clean = (text: string): string => {
    let out = text;
    for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
    // A field cut with an ellipsis (the commit message at 1,000 characters) may keep a piece.
    if (wasCut(out)) for (const form of forms) out = out.replace(secretTraces(form), REDACTED);
    return out;
  };
  // Iterative, not recursive: a deeply nested value must not overflow the stack.
  const walk = (root: unknown): unknown => {
    const convert = (item: unknown): unknown => (typeof item === 'string' ? clean(item) : item);
    if (typeof root !== 'object' || root === null) return convert(root);
    const top: unknown = Array.isArray(root) ? [] : {};
    const stack: { from: object; to: Record<string, unknown> | unknown[] }[] = [
      { from: root, to: top as Record<string, unknown> },
    ];
    for (let job = stack.pop(); job !== undefined; job = stack.pop()) {
      const { from, to } = job;
      for (const [key, item] of Object.entries(from)) {
        let copy: unknown;
        if (item instanceof Map || item instanceof Set) {
          copy = item; // Not serialised into a body; left as is.
        } else if (typeof item === 'object' && item !== null) {
          copy = Array.isArray(item) ? [] : {};
          stack.push({ from: item as object, to: copy as Record<string, unknown> });
        } else {
          copy = convert(item);
        }
        if (Array.isArray(to)) to[Number(key)] = copy;
        // defineProperty: a key named __proto__ (a valid output name) stays a key, as in the
        // event before the scrub (wellFormedJson), so a body with the key set reads the same.
        else
          Object.defineProperty(to, clean(key), {
            value: copy,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
    }
    return top;
  };
  return walk(value) as T;
}

/**
 * Whether scrubSecrets' copy could differ from `value` (in what JSON.stringify writes): a string or
 * key holds a form of a secret, or an object is not plain data (the copy makes it a plain object).
 */
function needsCopy(value: unknown, forms: readonly string[]): boolean {
  const holds = (text: string): boolean =>
    forms.some((form) => text.includes(form) || (wasCut(text) && secretTraces(form).test(text)));
  // Iterative, as the scrub itself: a deeply nested value must not overflow the stack.
  // The copy of a Map or Set at the top is an empty object (below the top they are kept).
  if (value instanceof Map || value instanceof Set) return true;
  const stack: unknown[] = [value];
  for (let item = stack.pop(); stack.length > 0 || item !== undefined; item = stack.pop()) {
    if (typeof item === 'string') {
      if (holds(item)) return true;
    } else if (typeof item === 'object' && item !== null && !(item instanceof Map || item instanceof Set)) {
      const proto: unknown = Object.getPrototypeOf(item);
      if (!Array.isArray(item) && proto !== Object.prototype && proto !== null) return true;
      for (const [key, child] of Object.entries(item)) {
        if (!Array.isArray(item) && holds(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/** Whether the serialised text still holds a secret (the key spelt across JSON syntax, say). */
export function holdsSecret(text: string, secrets: readonly (string | undefined)[]): boolean {
  return secretForms(secrets).some((form) => text.includes(form));
}
