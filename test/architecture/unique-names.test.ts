/**
 * No two source files of src/ share a name: a name says what a module does, and two
 * `workspace-data.ts` (one the HTTP call, one the report of its outcome) made every import, stack
 * trace and search ambiguous. The entries' `main.ts` is the one name each entry folder has by
 * convention (cli/, action/, plugin/): the folder is the name.
 */
import { readdir } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const ENTRY_MAIN = ['cli/main.ts', 'action/main.ts', 'plugin/main.ts'];

describe('source file names', () => {
  it('are unique across src/ (the entries main.ts aside)', async () => {
    const files = (await readdir(SRC, { withFileTypes: true, recursive: true }))
      .filter((e) => e.isFile())
      .map((e) => relative(SRC, join(e.parentPath, e.name)).split('\\').join('/'));
    expect(files.length).toBeGreaterThan(100);
    const byName = new Map<string, string[]>();
    for (const file of files) {
      if (ENTRY_MAIN.includes(file)) continue;
      byName.set(basename(file), [...(byName.get(basename(file)) ?? []), file]);
    }
    const shared = [...byName.values()].filter((paths) => paths.length > 1);
    expect(shared).toEqual([]);
  });
});
