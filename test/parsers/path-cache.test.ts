/**
 * Interned attribute paths (src/plan/path-cache.ts): a path found again by its key's bytes is the
 * one keyPath/indexPath builds, and a key whose bytes are not its characters (an escape, non-ASCII)
 * is never taken for another.
 */
import { describe, expect, it } from 'vitest';
import { indexPath, keyPath } from '../../src/plan/attribute-paths.js';
import { PathCache } from '../../src/plan/path-cache.js';
import { KEY_HASH_START } from '../../src/plan/raw-side.js';

const encoder = new TextEncoder();

/** The FNV-1a hash raw-side.ts gives a key's bytes. */
function hashOf(bytes: Uint8Array): number {
  let h = KEY_HASH_START;
  for (const c of bytes) h = Math.imul(h ^ c, 0x01000193);
  return h;
}

/** The path of `key` (its raw bytes `raw`, as written between the quotes) under `prefix`, as a comparison finds it. */
function pathOf(cache: PathCache, prefix: string, raw: string, key: string): string {
  const bytes = encoder.encode(raw);
  const kids = cache.children(prefix);
  return kids.find(bytes, 0, bytes.length, hashOf(bytes)) ?? kids.add(key, hashOf(bytes));
}

describe('interned attribute paths', () => {
  it('are the paths keyPath and indexPath build, found again by the bytes of the key', () => {
    const cache = new PathCache();
    for (let round = 0; round < 2; round++) {
      for (const [prefix, key] of [
        ['', 'tags'],
        ['tags', 'Name'],
        ['tags', 'app.kubernetes.io/name'],
        ['ingress[0]', 'cidr_blocks'],
      ] as const) {
        expect(pathOf(cache, prefix, key, key)).toBe(keyPath(prefix, key));
      }
      expect(cache.children('ingress').index(3)).toBe(indexPath('ingress', 3));
    }
    const kids = cache.children('tags');
    const name = encoder.encode('Name');
    expect(kids.find(name, 0, name.length, hashOf(name))).toBe('tags.Name');
  });

  it('never take an escaped or non-ASCII key for another', () => {
    const cache = new PathCache();
    // `\u0041` decodes to `A`: interned under the escape's bytes, it must not answer for `A`,
    // nor `A` for the escape.
    expect(pathOf(cache, 'tags', '\\u0041', 'A')).toBe('tags.A');
    const plain = encoder.encode('A');
    expect(cache.children('tags').find(plain, 0, 1, hashOf(plain))).toBeUndefined();
    expect(pathOf(cache, 'tags', 'A', 'A')).toBe('tags.A');
    const escaped = encoder.encode('\\u0041');
    expect(cache.children('tags').find(escaped, 0, escaped.length, hashOf(escaped))).toBeUndefined();
    // Non-ASCII: built each time, never interned.
    const zurich = encoder.encode('Zürich');
    expect(pathOf(cache, 'tags', 'Zürich', 'Zürich')).toBe(keyPath('tags', 'Zürich'));
    expect(cache.children('tags').find(zurich, 0, zurich.length, hashOf(zurich))).toBeUndefined();
  });
});
