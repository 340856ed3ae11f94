/**
 * Attribute paths interned per read (attribute-raw-diff.ts, raw-unknown-paths.ts): the same few
 * paths (`tags.Name`, `ingress[0].cidr_blocks`) come back in every resource of a type, so each is
 * built once, found again by its parent's path and the bytes of its key, and shared by every
 * resource that has it. A large plan's 2,000 updates then make a few hundred path strings instead
 * of ~48,000: no key is decoded and no string concatenated for a path seen before, the summary
 * holds one string per distinct path (less for the collector to copy), and sorting compares flat
 * strings.
 *
 * Only plain ASCII keys are interned (their characters are their bytes, as compared); any other key
 * takes the uncached way, so what a path reads is exactly what keyPath/indexPath would build.
 */
import type { StringReader } from '../scan/string-reader.js';
import { indexPath, keyPath } from './attribute-paths.js';

/** Key slots per parent (a power of two); a parent with more keys builds the rest each time. */
const SLOTS = 256;
/** Element paths interned per parent. */
const MAX_INDEX = 256;
/** Parents interned per read; past it the cache starts over (a plan of very many shapes). */
const MAX_PARENTS = 8192;

/** The interned children of one path. */
export class ChildPaths {
  private readonly keys: (string | undefined)[] = [];
  private readonly paths: string[] = [];
  private readonly hashes = new Int32Array(SLOTS);
  private readonly indexes: string[] = [];
  private used = 0;

  constructor(readonly prefix: string) {}

  /**
   * The path of the member whose key's bytes are [from, to) of `bytes`, with hash `hash`
   * (raw-side.ts's FNV-1a of those bytes), or undefined when not interned yet.
   */
  find(bytes: Uint8Array, from: number, to: number, hash: number): string | undefined {
    const length = to - from;
    let slot = hash & (SLOTS - 1);
    for (let probes = 0; probes < SLOTS; probes++) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (this.hashes[slot] === hash && key.length === length) {
        let k = 0;
        while (k < length && key.charCodeAt(k) === bytes[from + k]) k++;
        if (k === length) return this.paths[slot];
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    return undefined;
  }

  /** The path of member `key` (decoded from bytes whose hash is `hash`), interned when plain ASCII. */
  add(key: string, hash: number): string {
    const path = keyPath(this.prefix, key);
    if (this.used >= SLOTS >> 1 || !plainAscii(key)) return path;
    let slot = hash & (SLOTS - 1);
    while (this.keys[slot] !== undefined) slot = (slot + 1) & (SLOTS - 1);
    this.keys[slot] = key;
    this.hashes[slot] = hash;
    this.paths[slot] = path;
    this.used++;
    return path;
  }

  /** The path of element `index`. */
  index(index: number): string {
    if (index >= MAX_INDEX) return indexPath(this.prefix, index);
    return (this.indexes[index] ??= indexPath(this.prefix, index));
  }
}

/**
 * Keys whose characters are their unescaped bytes, as find() compares them: printable ASCII without
 * a backslash (a key decoded from escapes is then never taken for another).
 */
function plainAscii(key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c < 0x20 || c > 0x7e || c === 0x5c) return false;
  }
  return true;
}

/** The paths of one read. */
export class PathCache {
  private readonly parents = new Map<string, ChildPaths>();

  /** The interned children of `prefix` ('' for the top level). */
  children(prefix: string): ChildPaths {
    let kids = this.parents.get(prefix);
    if (kids === undefined) {
      if (this.parents.size >= MAX_PARENTS) this.parents.clear();
      kids = new ChildPaths(prefix);
      this.parents.set(prefix, kids);
    }
    return kids;
  }
}

const caches = new WeakMap<StringReader, PathCache>();

/** The path cache of the read whose keys `strings` decodes. */
export function pathCacheOf(strings: StringReader): PathCache {
  let cache = caches.get(strings);
  if (cache === undefined) {
    cache = new PathCache();
    caches.set(strings, cache);
  }
  return cache;
}
