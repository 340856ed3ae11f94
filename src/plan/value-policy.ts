/**
 * Which attribute values --show-values may show (docs/what-changes.md). A value is shown only when
 * every check passes; any doubt hides it:
 * - the user asked (`show`; off by default);
 * - it is not sensitive on either side (`before_sensitive`/`after_sensitive`, the value itself or
 *   anything inside it or above it), and the plan says so (no sensitivity data: hidden);
 * - no step of its path, nor the resource type, is named like a secret (SECRET_WORDS, matched in
 *   any case with `_`/`-` ignored, anywhere in the name: `db_password`, `clientSecret`);
 * - it matches none of the user's `--hide-values-of` globs (over `path` or `address.path`);
 * - it does not look like a key or token (SECRET_SHAPES);
 * - it is short: past MAX_VALUE_CHARS only its length is said.
 */
import picomatch from 'picomatch';
import { plainText } from '../plain-text.js';
import { indexPath, keyPath, pathSteps } from './attribute-paths.js';
import { thousands } from '../thousands.js';
import { idHidden, type HiddenReason } from './hidden-reason.js';

/** Words that make a name secret-like (documented in docs/what-changes.md; tested). */
export const SECRET_WORDS = [
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'secret',
  'token',
  'private_key',
  'privatekey',
  'credential',
  'creds',
  'certificate',
  'cert',
  'connection_string',
  'api_key',
  'access_key',
  'auth',
  'signature',
  'cookie',
  'session',
  'key_material',
  'kubeconfig',
  'user_data',
  'custom_data',
  'sensitive',
] as const;

const SECRET_STEMS = SECRET_WORDS.map(squash);

/**
 * Values shaped like keys: PEM blocks, Harness/GitHub/AWS/Slack tokens, JWTs, and credentials
 * written into a text (`postgres://app:pw@db`, `Server=db;Password=pw`, `api_key: x`).
 */
const SECRET_SHAPES = [
  /-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)/,
  /\b[ps]at\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/,
  /\bgh[pousr]_[A-Za-z0-9]{20,}/,
  /\b(AKIA|ASIA)[A-Z0-9]{16}\b/,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\./,
  /:\/\/[^\s/:@"]+:[^\s/@"]+@/,
  /(pass(word|wd|phrase)?|pwd|secret|token|api[_-]?key|access[_-]?key|credentials?)\s*[=:]/i,
];

/** Characters of a value's JSON text shown; past it, only its length. */
export const MAX_VALUE_CHARS = 120;

export interface ValuePolicy {
  /** --show-values. */
  readonly show: boolean;
  /** --hide-values-of globs, as given. */
  readonly hide: readonly string[];
}

export const HIDE_ALL: ValuePolicy = { show: false, hide: [] };

function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The name holds a secret-like word. */
export function secretLikeName(name: string): boolean {
  const squashed = squash(name);
  return SECRET_STEMS.some((stem) => squashed.includes(stem));
}

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

/** Compiled once per read. */
export class ValueGate {
  private readonly denied: (text: string) => boolean;

  constructor(readonly policy: ValuePolicy) {
    const globs = policy.hide.filter((g) => g.trim() !== '');
    this.denied = globs.length === 0 ? () => false : picomatch(globs, { dot: true, nocase: true });
  }

  /** Whether a path's values may not be shown for its name (sensitivity aside). */
  hiddenName(address: string, resourceType: string, path: string): boolean {
    return this.hiddenNameReason(address, resourceType, path) !== undefined;
  }

  /** Why a path's values may not be shown for its name, or undefined when they may. */
  hiddenNameReason(address: string, resourceType: string, path: string): HiddenReason | undefined {
    if (secretLikeName(resourceType)) return 'secret-like name';
    for (const step of pathSteps(path))
      if (typeof step === 'string' && secretLikeName(step)) return 'secret-like name';
    return this.denied(path) || this.denied(`${address}.${path}`) ? 'deny-listed' : undefined;
  }

  /**
   * A value shown whole (its JSON text) holds a member the deny list names: `--hide-values-of
   * 'input.a.b.c.d.secret'` hides the value compared whole at `input.a.b.c.d`.
   */
  deniedInside(address: string, path: string, text: string): boolean {
    if (this.policy.hide.length === 0) return false;
    return pathsInside(text, path).some((p) => this.denied(p) || this.denied(`${address}.${p}`));
  }
}

/** The paths of every member and element inside a value's JSON text, under `prefix`. */
function pathsInside(text: string, prefix: string): string[] {
  const value = containerOf(text);
  if (value === undefined) return [];
  const paths: string[] = [];
  const pending: [unknown, string][] = [[value, prefix]];
  while (pending.length > 0) {
    const [v, at] = pending.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) v.forEach((item, i) => pending.push([item, indexPath(at, i)]));
    else
      for (const [key, item] of Object.entries(v)) {
        const p = keyPath(at, key);
        paths.push(p);
        pending.push([item, p]);
      }
  }
  return paths;
}

/** An object or array parsed from JSON text; undefined for a scalar or text that is not JSON. */
function containerOf(text: string): object | undefined {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(text) as object;
  } catch {
    return undefined;
  }
}

/**
 * A value looks like a key or token whatever its name, or holds a member named like a secret: a
 * value compared whole (an output, or a container deeper than the paths go, MAX_PATH_DEPTH) is
 * shown as its JSON text, keys and all, so `{"password":"x"}` under `input.a.b.c.d` is hidden as
 * `input.a.b.c.d.password` would be.
 */
export function secretShaped(text: string): boolean {
  return SECRET_SHAPES.some((shape) => shape.test(text)) || keysOf(text).some(secretLikeName);
}

/**
 * The member names anywhere inside a value's JSON text (none for a scalar or text that is not
 * JSON: an output's plain string).
 */
function keysOf(text: string): string[] {
  const value = containerOf(text);
  if (value === undefined) return [];
  const keys: string[] = [];
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v !== 'object' || v === null) continue;
    // Loops, not push(...): spreading a huge object overflows the call stack.
    if (!Array.isArray(v)) for (const key of Object.keys(v)) keys.push(key);
    for (const item of Object.values(v)) pending.push(item);
  }
  return keys;
}

/** How a value is shown: its JSON text, made plain, or its length when long. */
export function shownValue(json: string): { text: string } | { length: number } {
  const text = plainText(json);
  if (text.length <= MAX_VALUE_CHARS) return { text };
  let length = text.length;
  if (json.startsWith('"')) {
    try {
      length = (JSON.parse(json) as string).length;
    } catch {
      // Not valid JSON text: its own length.
    }
  }
  return { length };
}

/**
 * How an import is listed: its address, and with --show-values `imported from "<id>"` where the id
 * passes the checks a value does (its path is `importing.id`; the type is the address's).
 */
export function importLabel(address: string, id: string | undefined, gate: ValueGate | undefined): string {
  // Without --show-values the id is not read: the line says why it is not there.
  if (gate?.policy.show !== true) return idHidden(address, 'values off');
  if (id === undefined) return address;
  const type =
    address
      .replace(/\[[^\]]*\]$/, '')
      .split('.')
      .slice(-2, -1)[0] ?? '';
  const json = JSON.stringify(id);
  const reason =
    gate.hiddenNameReason(address, type, 'importing.id') ??
    (secretShaped(json) ? 'looks like a secret' : undefined);
  if (reason !== undefined) return idHidden(address, reason);
  const shown = shownValue(json);
  return 'text' in shown
    ? `${address} (imported from ${shown.text})`
    : `${address} (imported from an id of ${thousands(shown.length)} characters)`;
}
