/**
 * Every entry keeps V8's young generation at its starting size (src/run/young-generation.ts):
 * the peak memory of a large plan's read. Each case runs in a process of its own (a V8 flag set in
 * the test's worker would outlive the test), keeps 400,000 small objects alive through scavenges,
 * and reads the new space's size: without the setting V8 grows it, with it it stays as it started.
 */
import { describe, expect, it } from 'vitest';
import { newSpaceAfterSurvivors as newSpaceAfter, srcModule } from '../support/new-space.js';

const newSpaceAfterSurvivors = (keepSmall: boolean): number =>
  newSpaceAfter(
    keepSmall ? `(await import(${srcModule('run/young-generation.ts')})).keepYoungGenerationSmall();` : '',
  );

describe('keepYoungGenerationSmall', () => {
  it('stops V8 from growing the young generation that survivors would grow', () => {
    const grown = newSpaceAfterSurvivors(false);
    const kept = newSpaceAfterSurvivors(true);
    // V8's default doubles it up to 16 MB semi-spaces; the setting leaves it at its start.
    expect(grown).toBeGreaterThanOrEqual(4 * kept);
    expect(kept).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});
