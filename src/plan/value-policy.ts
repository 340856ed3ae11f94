/**
 * Which attribute values --show-values may show (docs/what-changes.md). A value is shown only when
 * every check passes; any doubt hides it:
 * - the user asked (`show`; off by default);
 * - it is not sensitive on either side (`before_sensitive`/`after_sensitive`, the value itself or
 *   anything inside it or above it), and the plan says so (no sensitivity data: hidden);
 * - no step of its path, nor any name in the resource's address (the type for an import id), is
 *   named like a secret (SECRET_WORDS, matched in any case with `_`/`-` ignored, anywhere in the
 *   name: `db_password`, `clientSecret`);
 * - it matches none of the user's `--hide-values-of` globs (over `path` or `address.path`; `*`
 *   crosses `/`, brackets and quotes are literal: attributeGlob);
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
 * Values shaped like keys: PEM blocks, service tokens (Harness, GitHub, GitLab, AWS, Google, Slack,
 * Stripe, npm, HCP Terraform, Vault, ...), JWTs, webhook and signed URLs, and credentials written
 * into a text (`postgres://app:pw@db`, `Server=db;Password=pw`, `api_key: x`, `AccountKey=x`).
 */
const SECRET_SHAPES = [
  /-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)/,
  /\b[ps]at\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/,
  /\bgh[pousr]_[A-Za-z0-9]{20,}/,
  /\bgithub_pat_[A-Za-z0-9_]{20,}/,
  // GitLab: personal, deploy, trigger, runner, CI job, OAuth, feed, mail, agent, SCIM tokens
  /\bgl(pat|dt|ptt|rt|cbt|oas|ft|imt|agent|soat|ffct)-[A-Za-z0-9_.-]{20,}/,
  /\b(AKIA|ASIA)[A-Z0-9]{16}\b/,
  /\bAIza[A-Za-z0-9_-]{35}/,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/,
  // Webhook URLs whose path is the secret (Slack, Discord, Microsoft Teams)
  /hooks\.slack\.com\/(services|workflows|triggers)\/|discord(app)?\.com\/api\/webhooks\/|\.webhook\.office\.com\//,
  // HashiCorp Vault and HCP Terraform / Terraform Enterprise tokens
  /\bhv[sbr]\.[A-Za-z0-9_-]{20,}|\.atlasv1\.[A-Za-z0-9_-]{20,}/,
  /\b[rs]k_(live|test)_[A-Za-z0-9]{16,}|\bsk-(proj|ant|svcacct)-[A-Za-z0-9_-]{20,}|\bnpm_[A-Za-z0-9]{36}\b/,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\./,
  /\bbearer\s+[A-Za-z0-9._~+/=-]{12,}/i,
  /:\/\/[^\s/:@"]+:[^\s/@"]+@/,
  // A signed URL's signature (Azure SAS `sig=`, S3 and GCS presigned); `&` is `\u0026` in plan JSON
  /([?&]|\\u0026)(sig|x-amz-signature|x-goog-signature|signature)=/i,
  /(pass(word|wd|phrase)?|pwd|secret|token|api[_-]?key|access[_-]?key|account[_-]?key|credentials?|authorization)\s*[=:]/i,
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

/**
 * picomatch reads `/` as a path separator that `*` does not cross, but an attribute path or an
 * address is not a file path: a key holds `/` (`labels["app.kubernetes.io/name"]`,
 * `x["prod/db"]`), and `input.labels*` must still name it. So `/` stands for itself, in the glob
 * and in the text matched, as a character no glob treats specially.
 */
const SLASH = '\u2215';

/**
 * A --hide-values-of glob as picomatch reads it: `/` as itself (SLASH); `[`, `]` and `"` literal,
 * as in the paths the summaries show (`input[0].name`, `labels["a/b"]`; `input[*].name` names
 * every element), not a character class or a quoted run (picomatch drops the quotes).
 */
function attributeGlob(glob: string): string {
  return glob.replaceAll('/', SLASH).replace(/(?<!\\)["[\]]/g, '\\$&');
}

/** Compiled once per read. */
export class ValueGate {
  private readonly denied: (text: string) => boolean;

  constructor(readonly policy: ValuePolicy) {
    const globs = policy.hide.filter((g) => g.trim() !== '').map(attributeGlob);
    if (globs.length === 0) this.denied = () => false;
    else {
      const match = picomatch(globs, { dot: true, nocase: true });
      this.denied = (text) => match(text.replaceAll('/', SLASH));
    }
  }

  /**
   * Whether a path's values may not be shown for its name (sensitivity aside). An attribute's
   * value is also hidden where a name in the resource's address is secret-like
   * (`terraform_data.db_password`'s `input`): the resource holds what its name says. An import id
   * (hiddenNameReason alone) names the object, it is not its content.
   */
  hiddenName(address: string, resourceType: string, path: string): boolean {
    return (
      this.secretLikeAddress(address) || this.hiddenNameReason(address, resourceType, path) !== undefined
    );
  }

  /** Why a path's values may not be shown for its name, or undefined when they may. */
  hiddenNameReason(address: string, resourceType: string, path: string): HiddenReason | undefined {
    if (secretLikeName(resourceType)) return 'secret-like name';
    for (const step of pathSteps(path))
      if (typeof step === 'string' && secretLikeName(step)) return 'secret-like name';
    return this.denied(path) || this.denied(`${address}.${path}`) ? 'deny-listed' : undefined;
  }

  private lastAddress: string | undefined;
  private lastAddressSecret = false;

  /**
   * A name in the resource's address is secret-like: `terraform_data.db_password`,
   * `module.credentials.x.y`, `x.y["api_token"]` (asked once per value: the last answer is kept).
   */
  private secretLikeAddress(address: string): boolean {
    if (address !== this.lastAddress) {
      this.lastAddress = address;
      this.lastAddressSecret = addressNames(address).some(secretLikeName);
    }
    return this.lastAddressSecret;
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

/**
 * The names in a resource address, each on its own (words are never read across two names): module
 * names, type, name, and instance keys (`module.m["k"].a_b.c[0]` gives m, k, a_b, c).
 */
export function addressNames(address: string): string[] {
  const names: string[] = [];
  const name = /\["((?:[^"\\]|\\.)*)"\]|\[\d+\]|([^.[\]]+)/g;
  for (const match of address.matchAll(name)) {
    if (match[2] !== undefined) names.push(match[2]);
    else if (match[1] !== undefined)
      try {
        names.push(JSON.parse(`"${match[1]}"`) as string);
      } catch {
        names.push(match[1]);
      }
  }
  return names;
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
  if (text.length <= MAX_VALUE_CHARS || characters(text) <= MAX_VALUE_CHARS) return { text };
  let length = characters(text);
  if (json.startsWith('"')) {
    try {
      length = characters(JSON.parse(json) as string);
    } catch {
      // Not valid JSON text: its own length.
    }
  }
  return { length };
}

/**
 * Characters as a reader counts them: code points, not UTF-16 units (an emoji is one character,
 * two units). A loop, not `[...text]`: a value may be megabytes.
 */
export function characters(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return text.length - pairs;
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
