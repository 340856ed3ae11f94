/**
 * The size of V8's new space after 400,000 small objects were kept alive through scavenges, in a
 * process of its own (a V8 flag set in the test's worker would outlive the test): `prelude` (ES
 * module code, run through tsx, top-level await allowed) runs first, and may define `stop`, an
 * async function called once the size is read (to end the threads it started).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** A source module's path under src/, as a string literal for a prelude's `import()`. */
export const srcModule = (path: string): string =>
  JSON.stringify(fileURLToPath(new URL(`../../src/${path}`, import.meta.url)));

export function newSpaceAfterSurvivors(prelude: string): number {
  const script = [
    "import { getHeapSpaceStatistics } from 'node:v8';",
    'let stop = async () => {};',
    prelude,
    'const kept = [];',
    "for (let i = 0; i < 400000; i++) kept.push({ i, s: 'x' + i });",
    "console.log(getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size, kept.length);",
    'await stop();',
  ].join('\n');
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  const [size, count] = child.stdout.trim().split(' ').map(Number);
  expect(count).toBe(400_000);
  return size!;
}
