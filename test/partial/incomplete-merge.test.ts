/**
 * Never greener than the truth (issue 22): a merge whose legs failed or never arrived says so in
 * the first line of every summary, before destroys, names the legs, is never OK / ✅ / "no
 * changes", and trips --fail-on-incomplete after the report. The partials are real: written by
 * the tool from Terragrunt trees of real plans, the failed one by a leg whose input was missing.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { PartialMerger } from '../../src/partial/merge-partials.js';
import { readPartialFile } from '../../src/partial/partial-file.js';
import { coverageLine, missingLegsNote, warningsBesideCoverage } from '../../src/reporter/coverage.js';
import type { ReportModel } from '../../src/reporter/report-model.js';
import { mergedModel } from '../../src/run/run-merge.js';
import { captureIo } from '../support/capture-io.js';
import { placePlan, removeDir, tempDir } from '../support/terragrunt-trees.js';

let root: string;

beforeAll(async () => {
  root = await tempDir('incomplete-merge-');
  await placePlan(root, 'dev/out/app/tfplan.json', 'update');
  await placePlan(root, 'prod/out/db/tfplan.json', 'destroy');
  for (const name of ['dev', 'prod']) {
    const leg = await cli([
      '--terragrunt-dir',
      `${name}/out`,
      '--save-partial',
      `partials/${name}.json`,
      '--leg',
      name,
    ]);
    expect(leg.code).toBe(0);
  }
  // A leg whose plan step wrote nothing: the tool still leaves a partial recording the failure.
  const broken = await cli([
    '--terragrunt-dir',
    'staging/out',
    '--save-partial',
    'partials/staging.json',
    '--leg',
    'staging',
  ]);
  expect(broken.code).toBe(2);
});
afterAll(async () => removeDir(root));

async function cli(args: string[]) {
  const captured = captureIo({}, root);
  const code = await main(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('merge: what the report does not cover comes first', () => {
  it('one leg missing of three, nothing destroyed: WARNING first, never "no changes"', async () => {
    const result = await cli(['merge', 'partials/dev.json', '--expect-legs', '2', '--dry-run']);
    expect(result.code).toBe(0);
    const first = result.stderr.split('\n')[0];
    expect(first).toMatch(/^WARNING: 1 of 2 legs missing: counts cover 1; /);
    expect(result.stderr).not.toMatch(/^OK/m);
    expect(result.stderr).not.toMatch(/no changes/i);
  });

  it('a failed leg and destroys: the failure ranks before the destroy, the leg is named, never as arrived', async () => {
    const result = await cli(['merge', 'partials/*.json', '--expect-legs', '3', '--dry-run']);
    expect(result.code).toBe(0);
    const [first, second] = result.stderr.split('\n');
    expect(first).toMatch(/^CAUTION: 1 of 3 legs failed: counts cover 2; \d+ to destroy/);
    expect(second).toBe('Failed legs: staging');
    expect(result.stderr).not.toMatch(/arrived \([^)]*staging/);
  });

  it('two legs arrived of three: the note says what the counts cover, the failed leg apart', async () => {
    const result = await cli([
      'merge',
      'partials/dev.json',
      'partials/staging.json',
      '--expect-legs',
      '3',
      '--dry-run',
    ]);
    const first = result.stderr.split('\n')[0];
    expect(first).toMatch(
      /^CAUTION: 1 of 3 legs failed: counts cover 1; 1 of 3 legs missing: counts cover 1/,
    );
    expect(result.stderr).toContain('1 of 3 expected legs missing: counts cover 1 (dev), 1 failed');
  });

  it('--fail-on-incomplete fails after the report is printed; a complete merge passes it', async () => {
    const gated = await cli([
      'merge',
      'partials/dev.json',
      '--expect-legs',
      '2',
      '--dry-run',
      '--fail-on-incomplete',
    ]);
    expect(gated.code).toBe(1);
    expect(JSON.parse(gated.stdout)).toHaveProperty('metadata');
    expect(gated.stderr).toContain('gate failed: fail-on-incomplete: 1 of 2 legs missing: counts cover 1');
    const complete = await cli([
      'merge',
      'partials/dev.json',
      '--expect-legs',
      '1',
      '--dry-run',
      '--fail-on-incomplete',
    ]);
    expect(complete.code).toBe(0);
    expect(complete.stderr.split('\n')[0]).toMatch(/^OK: /);
  });
});

/** The model `merge` builds from these partials, as run-merge.ts builds it. */
async function mergedOf(files: string[], expectLegs: number | undefined): Promise<ReportModel> {
  const merger = new PartialMerger({ expectLegs, allowMixed: false });
  for (const file of files) merger.add(await readPartialFile(join(root, file), file));
  const none = {
    eventType: undefined,
    activityType: undefined,
    activityStatus: undefined,
    provisioner: undefined,
  };
  return mergedModel({ ...none, expectLegs }, merger.finish());
}

describe('the missing-legs note: built once, from the legs', () => {
  it('is the first warning, and the Action annotates every other one: the coverage line says it', async () => {
    const model = await mergedOf(['partials/dev.json', 'partials/staging.json'], 3);
    const note = '1 of 3 expected legs missing: counts cover 1 (dev), 1 failed';
    expect(model.legs).toEqual({ expected: 3, planned: ['dev'], failed: ['staging'] });
    expect(missingLegsNote(model.legs ?? { planned: [], failed: [] })).toBe(note);
    expect(model.warnings[0]).toBe(note);
    const annotated = warningsBesideCoverage(model);
    expect(annotated).toEqual(model.warnings.slice(1));
    expect(annotated.some((line) => line.startsWith('leg staging failed (partials/staging.json)'))).toBe(
      true,
    );
    expect(coverageLine(model)).toContain('1 of 3 legs missing: counts cover 1');
  });

  it('is known by the legs, not by its words: the same words with no leg missing are annotated', async () => {
    const model = await mergedOf(['partials/dev.json', 'partials/prod.json'], 2);
    expect(missingLegsNote(model.legs ?? { planned: [], failed: [] })).toBeUndefined();
    model.warnings.unshift('1 of 3 expected legs missing: counts cover 1 (dev)');
    expect(warningsBesideCoverage(model)).toEqual(model.warnings);
    expect(coverageLine(model)).toBeUndefined();
  });

  it('names the planned legs (20, then how many more) and counts the failed ones apart', () => {
    const planned = Array.from({ length: 23 }, (_, i) => `leg-${String(i).padStart(2, '0')}`);
    expect(missingLegsNote({ expected: 30, planned, failed: ['x', 'y'] })).toBe(
      `5 of 30 expected legs missing: counts cover 23 (${planned.slice(0, 20).join(', ')}, and 3 more), 2 failed`,
    );
    expect(missingLegsNote({ expected: 2, planned: [], failed: ['x'] })).toBe(
      '1 of 2 expected legs missing: counts cover 0, 1 failed',
    );
    expect(missingLegsNote({ expected: 2, planned: ['a'], failed: ['b'] })).toBeUndefined();
    expect(missingLegsNote({ expected: undefined, planned: ['a'], failed: [] })).toBeUndefined();
  });

  it('a comment-only merge words it as a merge that sends does, naming the legs, and says it first', async () => {
    const result = await cli([
      'merge',
      'partials/dev.json',
      '--comment-only',
      '--expect-legs',
      '2',
      '--dry-run',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('1 of 2 expected legs missing: counts cover 1 (dev)');
    // The comment (stdout): its heading and the first alert, never a green tick.
    const markdown = result.stdout.split('\n');
    expect(markdown[0]).toMatch(/^### ⚠️ Harness IaCM: 1 workspace: 1 of 2 legs missing: counts cover 1 · /);
    expect(result.stdout).toContain('**Missing legs:** 1 of 2 legs missing: counts cover 1');
    expect(result.stdout.indexOf('✅')).toBeGreaterThan(result.stdout.indexOf('Missing legs'));
    // The text (stderr): the verdict over every workspace leads with the missing leg.
    const text = result.stderr.split('\n');
    expect(text[0]).toBe('Harness IaCM: 1 workspace');
    expect(text[1]).toMatch(/^WARNING: 1 of 2 legs missing: counts cover 1; /);
  });
});
