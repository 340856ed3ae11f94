/**
 * The golden helper itself: a missing file fails unless the update flag is set, in CI or not, and
 * a file that differs fails; with the flag set the file is written (new or changed).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectGolden, UPDATE_FLAG } from './golden.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function scratch(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'golden-'));
  return dir;
}

describe('expectGolden', () => {
  for (const env of [{}, { CI: 'true' }, { [UPDATE_FLAG]: '0' }]) {
    it(`a missing golden file fails and is not written (${JSON.stringify(env)})`, async () => {
      const file = join(await scratch(), 'sub', 'new.md');
      await expect(expectGolden(file, 'rendered', env)).rejects.toThrow(
        /golden file .*new\.md is missing: run npm run test:update-golden/,
      );
      expect(existsSync(file)).toBe(false);
    });
  }

  it('a golden file that differs fails; one that matches passes', async () => {
    const file = join(await scratch(), 'old.md');
    await writeFile(file, 'reviewed');
    await expect(expectGolden(file, 'rendered', {})).rejects.toThrow(/expected/);
    await expectGolden(file, 'reviewed', {});
  });

  it(`${UPDATE_FLAG}=1 writes a missing or changed golden file`, async () => {
    const root = await scratch();
    const fresh = join(root, 'sub', 'new.md');
    await expectGolden(fresh, 'first', { [UPDATE_FLAG]: '1' });
    expect(await readFile(fresh, 'utf8')).toBe('first');
    await expectGolden(fresh, 'second', { [UPDATE_FLAG]: '1', CI: 'true' });
    expect(await readFile(fresh, 'utf8')).toBe('second');
  });
});
