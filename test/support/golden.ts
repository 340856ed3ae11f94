/**
 * Golden files: compare rendered text with a reviewed file. `UPDATE_GOLDEN=1` (npm run
 * test:update-golden) writes the file instead, new or changed. Without it a missing golden file
 * fails, on a laptop as in CI: a file written by the test that compares against it would pass
 * whatever was rendered, and land unreviewed.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/** Set (to 1) to write golden files rather than compare with them. */
export const UPDATE_FLAG = 'UPDATE_GOLDEN';

export async function expectGolden(
  file: string,
  actual: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<void> {
  if (env[UPDATE_FLAG] === '1') {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`golden file ${file} is missing: run npm run test:update-golden, then review it`);
  expect(actual).toBe(await readFile(file, 'utf8'));
}
