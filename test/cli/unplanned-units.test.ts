/**
 * Terragrunt units that never planned are seen (issue 22): a unit folder (it holds terragrunt.hcl)
 * with no plan file is "no plan" in the verdict and the unit table, never silently left out; the
 * run report, when given, says why. The folder above the units (their shared terragrunt.hcl) is
 * not a unit. The plan is a real Terraform 1.11 plan (test/fixtures/terraform/add-and-change).
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/capture-io.js';
import { removeDir, run, tempDir, writeJsonFile } from '../support/terragrunt-trees.js';

const PLAN = fileURLToPath(new URL('../fixtures/terraform/add-and-change/plan.json', import.meta.url));
let root: string;

beforeAll(async () => {
  root = await tempDir('unplanned-units-');
  for (const unit of ['', 'app', 'db', 'cache']) {
    await mkdir(join(root, 'live', unit), { recursive: true });
    await writeFile(join(root, 'live', unit, 'terragrunt.hcl'), '');
  }
  await copyFile(PLAN, join(root, 'live/app/tfplan.json'));
  await writeJsonFile(join(root, 'report.json'), [
    run(join(root, 'live/app'), 'succeeded'),
    run(join(root, 'live/db'), 'failed', { Reason: 'run error', Cause: 'exit status 1' }),
  ]);
});
afterAll(async () => removeDir(root));

async function cli(args: string[]) {
  const captured = captureIo({}, root);
  const code = await main(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('unit folders without a plan', () => {
  it('without a run report: "no plan" in the verdict and the unit table, never OK', async () => {
    const result = await cli(['--terragrunt-dir', 'live', '--dry-run']);
    expect(result.code).toBe(0);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe('WARNING: 2 units without a plan; 1 to add, 1 to change');
    expect(lines[1]).toBe('No plan: cache, db');
    expect(result.stderr).toMatch(/^db +no plan/m);
    // The folder above the units holds their shared configuration: not a unit.
    expect(result.stderr).toContain('Units: 3');
    const event = JSON.parse(result.stdout) as { metadata: { activity_status: string } };
    expect(event.metadata.activity_status).toBe('incomplete');
  });

  it('with the run report, the report says why (a failed unit), and the rest stays "no plan"', async () => {
    const result = await cli(['--terragrunt-dir', 'live', '--terragrunt-report', 'report.json', '--dry-run']);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe(
      'CAUTION: 1 unit failed: their changes are unknown; 1 unit without a plan; 1 to add, 1 to change',
    );
    expect(lines[1]).toBe('Failed units: db');
    expect(lines[2]).toBe('No plan: cache');
  });

  it('--fail-on-incomplete fails the run after the report', async () => {
    const result = await cli(['--terragrunt-dir', 'live', '--dry-run', '--fail-on-incomplete']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('gate failed: fail-on-incomplete: 2 units without a plan');
  });
});
