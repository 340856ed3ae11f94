/**
 * `iacm-report --terragrunt-dir <dir> [--terragrunt-report <file>] [--infracost <file>] --dry-run`
 * end to end: one terragrunt_details and one stacks entry per unit, sums at the top, costs per
 * unit, and byte-identical output on a second run. Trees are laid out from real plans as
 * `terragrunt run --all --json-out-dir` writes them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { sendEventRequestSchema } from '../../src/reporter/event-schema.js';
import { captureIo } from '../support/capture-io.js';
import { NUMBER_OUTPUTS, planWithOutputs } from '../support/number-outputs.js';
import {
  fixturePath,
  INFRACOST_FIXTURES,
  placePlan,
  removeDir,
  run,
  tempDir,
  writeJsonFile,
} from '../support/terragrunt-trees.js';

let root: string;
let tree: string;

beforeAll(async () => {
  root = await tempDir('tg-cli-');
  tree = join(root, 'out');
  await placePlan(tree, 'exp/dev/tfplan.json', 'create-with-outputs');
  await placePlan(tree, 'exp/prod/tfplan.json', 'replace');
  await placePlan(tree, 'exp/prod/db/.terragrunt-cache/ab12/cd34/tfplan.json', 'drift-and-outputs');
  await writeJsonFile(join(root, 'report.json'), [
    run('exp/dev', 'succeeded'),
    run('exp/prod', 'succeeded'),
    run('exp/prod/db', 'succeeded'),
    run('exp/staging', 'failed', { Reason: 'run error', Cause: 'exit status 1' }),
    run('exp/legacy', 'excluded', { Reason: 'exclude block' }),
  ]);
});
afterAll(async () => removeDir(root));

async function dryRun(...args: string[]) {
  const captured = captureIo({}, root);
  const code = await main([...args, '--dry-run'], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('iacm-report --terragrunt-dir', () => {
  it('reports every unit, sums the counts, and maps cache paths back to their unit', async () => {
    const { code, stdout, stderr } = await dryRun(
      '--terragrunt-dir',
      'out',
      '--terragrunt-report',
      'report.json',
      '--infracost',
      join(INFRACOST_FIXTURES, 'terragrunt-two-projects.json'),
    );
    expect(stderr).not.toMatch(/iacm-report: error/);
    expect(code).toBe(0);
    const body = sendEventRequestSchema.parse(JSON.parse(stdout));
    const meta = body.metadata ?? {};
    expect(meta.provisioner).toBe('terragrunt');
    expect(meta.activity_status).toBe('failure');

    const details = meta.terragrunt_details ?? [];
    expect(details.map((d) => [d.path_id, d.status])).toEqual([
      ['exp/dev', 'success'],
      ['exp/legacy', 'skipped'],
      ['exp/prod', 'success'],
      ['exp/prod/db', 'success'],
      ['exp/staging', 'failure'],
    ]);
    expect(stdout).not.toContain('.terragrunt-cache');
    const stacks = meta.stacks ?? [];
    expect(stacks.map((s) => s.stack_name)).toEqual(['dev', 'legacy', 'prod', 'db', 'staging']);
    expect(stacks.find((s) => s.stack_path === 'exp/staging')?.error_message).toContain('exit status 1');

    const plans = await Promise.all(
      (['create-with-outputs', 'replace', 'drift-and-outputs'] as const).map((p) =>
        readPlanFile(fixturePath(p)),
      ),
    );
    for (const key of ['added', 'changed', 'deleted', 'unchanged'] as const) {
      expect(meta.resource_counts?.[key]).toBe(plans.reduce((n, p) => n + p.resourceCounts[key], 0));
      expect(meta.drift_counts?.[key]).toBe(plans.reduce((n, p) => n + p.driftCounts[key], 0));
    }
    const dev = details.find((d) => d.path_id === 'exp/dev');
    expect(dev?.resource_counts).toEqual(plans[0]?.resourceCounts);
    expect(stacks.find((s) => s.stack_path === 'exp/dev')?.stack_outputs).toEqual(plans[0]?.outputs);

    // Costs: the file's totals at the top, each project's on its unit, as the text Infracost wrote.
    expect(meta.cost_currency).toBe('USD');
    expect(meta.cost_total_monthly).toBe('799.608');
    expect(details.some((d) => d.cost_total_monthly !== undefined)).toBe(true);
  });

  it('gives byte-identical events for two runs over the same tree', async () => {
    const first = await dryRun('--terragrunt-dir', 'out', '--terragrunt-report', 'report.json');
    const second = await dryRun('--terragrunt-dir', 'out', '--terragrunt-report', 'report.json');
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('sends output values with the numbers the plan wrote (1e400 is not "null")', async () => {
    const texts = Object.fromEntries(Object.entries(NUMBER_OUTPUTS).map(([name, o]) => [name, o.text]));
    await mkdir(join(root, 'numbers/unit'), { recursive: true });
    await writeFile(join(root, 'numbers/unit/tfplan.json'), planWithOutputs(texts));
    const { code, stdout, stderr } = await dryRun('--terragrunt-dir', 'numbers');
    expect(stderr).not.toMatch(/iacm-report: error/);
    expect(code).toBe(0);
    const body = sendEventRequestSchema.parse(JSON.parse(stdout));
    expect(body.metadata?.stacks?.[0]?.stack_outputs).toEqual(
      Object.fromEntries(Object.entries(NUMBER_OUTPUTS).map(([name, o]) => [name, o.reported])),
    );
  });

  it('refuses a tree that does not exist with exit 2', async () => {
    const { code, stdout, stderr } = await dryRun('--terragrunt-dir', 'nowhere');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/nowhere/);
  });
});
