/**
 * Unit folders (src/terragrunt/terragrunt-discover.ts leafFolders): the folders holding a
 * terragrunt.hcl that hold no other such folder, found by binary search in code-unit order. Checked
 * against the plain definition (no other folder below it) on names that sort between a folder and
 * its children (`a-x`, `a.b` come before `a/`), and on a large generated set.
 */
import { describe, expect, it } from 'vitest';
import { ROOT_PATH_ID } from '../../src/inputs/path-match.js';
import { leafFolders } from '../../src/terragrunt/terragrunt-discover.js';

function oracle(folders: ReadonlySet<string>): string[] {
  const all = [...folders].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return all.filter(
    (folder) =>
      !all.some((other) => other !== folder && (folder === ROOT_PATH_ID || other.startsWith(`${folder}/`))),
  );
}

describe('leafFolders', () => {
  it('names that sort between a folder and its children', () => {
    const folders = new Set([
      'a',
      'a-x',
      'a.b',
      'a/b',
      'ab',
      'b',
      'b-c',
      'c/d',
      'c',
      'live/dev',
      'live/dev-eu',
    ]);
    expect(leafFolders(folders)).toEqual(oracle(folders));
    // Every folder but the two that hold another: `a` (a/b) and `c` (c/d).
    const above = new Set(['a', 'c']);
    expect(leafFolders(folders)).toEqual([...folders].filter((f) => !above.has(f)).sort());
    expect(leafFolders(folders)).toHaveLength(folders.size - above.size);
  });

  it('the root alone is a unit; beside others it is their shared configuration', () => {
    expect(leafFolders(new Set([ROOT_PATH_ID]))).toEqual([ROOT_PATH_ID]);
    expect(leafFolders(new Set([ROOT_PATH_ID, 'x']))).toEqual(['x']);
    expect(leafFolders(new Set())).toEqual([]);
  });

  it('a generated tree: the same folders as the plain definition', () => {
    const folders = new Set<string>([ROOT_PATH_ID]);
    for (let i = 0; i < 600; i++) {
      const env = `env-${i % 3}${i % 7 === 0 ? '-eu' : ''}`;
      folders.add(env);
      if (i % 5 !== 0) folders.add(`${env}/stack-${i % 11}/unit-${i}`);
      if (i % 4 === 0) folders.add(`${env}/stack-${i % 11}`);
    }
    const leaves = leafFolders(folders);
    expect(leaves.length).toBeGreaterThan(100);
    expect(leaves).toEqual(oracle(folders));
  });
});
