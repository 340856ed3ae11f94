/**
 * Every entry keeps V8's young generation at its starting size (src/run/young-generation.ts):
 * the peak memory of a large plan's read. Each case runs in a process of its own (a V8 flag set in
 * the test's worker would outlive the test), keeps 400,000 small objects alive through scavenges,
 * and reads the new space's size: without the setting V8 grows it, with it it stays as it started.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = fileURLToPath(new URL('../../src/run/young-generation.ts', import.meta.url));

function newSpaceAfterSurvivors(keepSmall: boolean): number {
  const script = [
    "import { getHeapSpaceStatistics } from 'node:v8';",
    keepSmall ? `(await import(${JSON.stringify(MODULE)})).keepYoungGenerationSmall();` : '',
    'const kept = [];',
    "for (let i = 0; i < 400000; i++) kept.push({ i, s: 'x' + i });",
    "console.log(getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size, kept.length);",
  ].join('\n');
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  const [size, count] = child.stdout.trim().split(' ').map(Number);
  expect(count).toBe(400_000);
  return size!;
}

describe('keepYoungGenerationSmall', () => {
  it('stops V8 from growing the young generation that survivors would grow', () => {
    const grown = newSpaceAfterSurvivors(false);
    const kept = newSpaceAfterSurvivors(true);
    // V8's default doubles it up to 16 MB semi-spaces; the setting leaves it at its start.
    expect(grown).toBeGreaterThanOrEqual(4 * kept);
    expect(kept).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});
