/**
 * Never greener than the truth (issue 24: outputs are changes): a Terragrunt unit whose plan
 * changes only outputs is a unit with changes. It was folded into "N units without changes"
 * while the verdict above said "4 outputs change" from that very unit. Real Terraform 1.11 plans
 * (test/fixtures/terraform/add-and-change, outputs-only) as units of a tree, through the CLI: the
 * text summary, the Markdown summary, and a merge of the leg's partial report.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn, unitPlanTree } from '../support/unit-plan-tree.js';

let work: string;
beforeAll(async () => {
  work = await unitPlanTree('unit-output-changes-', [
    ['tree/app', 'add-and-change'],
    ['tree/outs', 'outputs-only'],
    ['tree/same', 'refresh-only-clean'],
  ]);
});
afterAll(async () => rm(work, { recursive: true, force: true }));

const cli = (args: string[]): Promise<{ code: number; stderr: string }> => cliIn(work, args);

describe('a unit that changes only outputs', () => {
  it('has its row, saying what changes, in text and Markdown; only the unchanged unit is folded', async () => {
    const result = await cli(['--terragrunt-dir', 'tree', '--dry-run', '--markdown', 'summary.md']);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe('OK: 1 to add, 1 to change, 4 outputs change');
    expect(result.stderr).toMatch(/\nouts +ok +0 +\+0 ~0 -0, 4 outputs\n/);
    expect(result.stderr).toContain('\n1 unit without changes\n');
    const md = await readFile(join(work, 'summary.md'), 'utf8');
    expect(md).toContain('| <code>outs</code> | ok | +0 ~0 -0, 4 outputs |  | 0 |');
    expect(md).toContain('_1 unit without changes._');
  });

  it('keeps its row through a partial report and merge', async () => {
    const saved = await cli(['--terragrunt-dir', 'tree', '--save-partial', 'leg.json', '--leg', 'one']);
    expect(saved.code).toBe(0);
    const merged = await cli(['merge', 'leg.json', '--dry-run', '--markdown', 'merged.md']);
    expect(merged.code).toBe(0);
    expect(merged.stderr).toMatch(/\nouts +ok +0 +\+0 ~0 -0, 4 outputs\n/);
    expect(await readFile(join(work, 'merged.md'), 'utf8')).toContain('_1 unit without changes._');
  });
});
