/**
 * Golden files: compare rendered text with a reviewed file; `UPDATE_GOLDEN=1` (npm run
 * test:update-golden) rewrites the file instead. In CI a missing golden file is an error, so a
 * new one is always reviewed before it lands.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { expect } from 'vitest';

export async function expectGolden(file: string, actual: string): Promise<void> {
  const update = process.env['UPDATE_GOLDEN'] === '1';
  if (update || !existsSync(file)) {
    if (!update && process.env['CI'])
      throw new Error(`golden file ${file} is missing (run npm run test:update-golden)`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, actual);
    return;
  }
  expect(actual).toBe(await readFile(file, 'utf8'));
}
