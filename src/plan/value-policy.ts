/**
 * Which attribute values --show-values may show (docs/what-changes.md). A value is shown only when
 * every check passes; any doubt hides it:
 * - the user asked (`show`; off by default);
 * - it is not sensitive on either side (`before_sensitive`/`after_sensitive`, the value itself or
 *   anything inside it or above it), and the plan says so (no sensitivity data: hidden;
 *   sensitiveAt in sensitive-names.ts);
 * - no step of its path, nor any name in the resource's address (the type for an import id), is
 *   named like a secret (SECRET_WORDS in secret-names.ts, matched in any case with `_`/`-` ignored, anywhere in the
 *   name: `db_password`, `clientSecret`);
 * - it matches none of the user's `--hide-values-of` globs (over `path` or `address.path`; `*`
 *   crosses `/`, brackets and quotes are literal: attributeGlob);
 * - it does not look like a key or token (SECRET_SHAPES in secret-names.ts);
 * - it is short: past MAX_VALUE_CHARS only its length is said.
 */
import picomatch from 'picomatch';
import { plainText } from '../plain-text.js';
import { indexPath, keyPath, pathSteps } from './attribute-paths.js';
import { thousands } from '../thousands.js';
import { idHidden, type HiddenReason } from './hidden-reason.js';
import { addressNames, containerOf, secretLikeName, secretShaped } from './secret-names.js';

/** Characters of a value's JSON text shown; past it, only its length. */
export const MAX_VALUE_CHARS = 120;

export interface ValuePolicy {
  /** --show-values. */
  readonly show: boolean;
  /** --hide-values-of globs, as given. */
  readonly hide: readonly string[];
}

export const HIDE_ALL: ValuePolicy = { show: false, hide: [] };

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
