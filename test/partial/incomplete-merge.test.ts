/**
 * Never greener than the truth (issue 22): a merge whose legs failed or never arrived says so in
 * the first line of every summary, before destroys, names the legs, is never OK / ✅ / "no
 * changes", and trips --fail-on-incomplete after the report. The partials are real: written by
 * the tool from Terragrunt trees of real plans, the failed one by a leg whose input was missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
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
