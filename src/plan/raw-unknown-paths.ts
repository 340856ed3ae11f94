/**
 * Known after apply, from the raw JSON text of `change.after_unknown` (D_KEEP, see
 * attribute-raw-diff.ts): the paths that hold `true`. Paths are interned (path-cache.ts): the many
 * `false` members (a map whose keys are all known) cost a look-up of their key's bytes and a look
 * at their value's first byte.
 */
import { keyPath, MAX_PATH_DEPTH } from './attribute-paths.js';
import { pathCacheOf, type PathCache } from './path-cache.js';
import { wasmUnknownPaths } from './raw-diff-wasm.js';
import { firstSeen, nextStamp } from './raw-key-slots.js';
import { OPEN_ARRAY, OPEN_OBJECT, Side, TRUE_START, type Members, type RawValue } from './raw-side.js';
import type { StringReader } from '../scan/string-reader.js';

/** Some member's value is `true` or a container (else none is known after apply). */
function mayHoldTrue(b: Uint8Array, m: Members): boolean {
  for (let k = 2; k < m.at.length; k += 5) {
    const c = b[m.at[k]!];
    if (c === TRUE_START || c === OPEN_OBJECT || c === OPEN_ARRAY) return true;
  }
  return false;
}

/** No key of the object is escaped or written twice (then its members need no decoded keys). */
function plainKeys(m: Members, depth: number): boolean {
  if (m.escaped) return false;
  const mark = nextStamp();
  for (let k = 4; k < m.at.length; k += 5) if (!firstSeen(m.at[k]!, mark, depth)) return false;
  return true;
}

/** One walk over an `after_unknown`. */
class UnknownWalk {
  readonly out: string[] = [];

  constructor(
    readonly side: Side,
    private readonly paths: PathCache,
  ) {}

  value(path: string, from: number, to: number, depth: number): void {
    const side = this.side;
    const c = side.b[from];
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth >= MAX_PATH_DEPTH) {
        if (side.holdsTrue(from, to)) this.out.push(path);
      } else if (c === OPEN_OBJECT) this.members(path, side.membersAt(from, depth + 1), depth + 1);
      else {
        const e = side.elements(from, depth + 1);
        const kids = this.paths.children(path);
        for (let k = 0; k < e.length; k += 2) this.value(kids.index(k >> 1), e[k]!, e[k + 1]!, depth + 1);
      }
    } else if (c === TRUE_START) this.out.push(path);
  }

  members(prefix: string, m: Members, depth: number): void {
    const side = this.side;
    const b = side.b;
    if (!mayHoldTrue(b, m)) return;
    const at = m.at;
    if (plainKeys(m, depth)) {
      const kids = this.paths.children(prefix);
      for (let k = 0; k < at.length; k += 5) {
        // Every key is read, as before (an undecodable one is reported): one seen before in this
        // place (path-cache.ts) is known to decode, any other is decoded.
        const path =
          kids.find(b, at[k]!, at[k + 1]!, at[k + 4]!) ?? kids.add(side.key(at[k]!, at[k + 1]!), at[k + 4]!);
        const c = b[at[k + 2]!];
        if (c === TRUE_START || c === OPEN_OBJECT || c === OPEN_ARRAY)
          this.value(path, at[k + 2]!, at[k + 3]!, depth);
      }
    } else {
      for (const [key, k] of side.byKey(m)) this.value(keyPath(prefix, key), at[k + 2]!, at[k + 3]!, depth);
    }
  }
}

/**
 * The paths of `after_unknown` that hold `true` (known after apply): leaves that are `true`, and
 * containers past MAX_PATH_DEPTH with a `true` anywhere in them.
 */
export function unknownPaths(unknown: RawValue, strings: StringReader): string[] {
  const side = new Side(unknown, strings);
  const paths = pathCacheOf(strings);
  // The usual case in WebAssembly (raw-diff-wasm.ts); what it leaves, here.
  const fast = side.b[0] === OPEN_OBJECT ? wasmUnknownPaths(side, side.trimmedEnd(), paths) : null;
  if (fast !== null) return fast;
  const walk = new UnknownWalk(side, paths);
  if (side.b[0] === OPEN_OBJECT) walk.members('', side.membersAt(0, 0), 0);
  return walk.out;
}
