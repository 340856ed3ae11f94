/**
 * Never greener than the truth (issue 24: moves are changes people see): a Terragrunt unit whose
 * plan only moves resources (`moved` blocks, nothing else) is a unit with changes. It was folded
 * into "N units without changes" in every output while the lists above named its moves. Real
 * Terraform 1.11 plans (test/fixtures/terraform/moves-only, add-and-change, refresh-only-clean) as
 * units of a tree, through the CLI: the text summary, the Markdown summary, the plugin's SUMMARY,
 * the partial report, a merge of it, and a merge of a partial written before units carried their
 * moves. A single plan that only moves does not read as "no changes" either.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportConfigSchema } from '../../src/config/schema.js';
import { SUMMARY_MAX_BYTES } from '../../src/plugin/output-file.js';
import { fittedSummary } from '../../src/plugin/plugin-writer.js';
import { runReport } from '../../src/run/run-report.js';
import { cliIn, unitPlanTree } from '../support/unit-plan-tree.js';

const ROW = /\nmv +ok +0 +\+0 ~0 -0, 3 moved\n/;
const MD_ROW = '| <code>mv</code> | ok | +0 ~0 -0, 3 moved |  | 0 |';

let work: string;
beforeAll(async () => {
  work = await unitPlanTree('unit-moves-', [
    ['tree/app', 'add-and-change'],
    ['tree/mv', 'moves-only'],
    ['tree/same', 'refresh-only-clean'],
    ['alone/mv', 'moves-only'],
    ['alone/same', 'refresh-only-clean'],
  ]);
});
afterAll(async () => rm(work, { recursive: true, force: true }));

const cli = (args: string[]): Promise<{ code: number; stderr: string }> => cliIn(work, args);

describe('a unit that only moves resources', () => {
  it('has its row, saying how many move, in text and Markdown; only the unchanged unit is folded', async () => {
    const result = await cli(['--terragrunt-dir', 'tree', '--dry-run', '--markdown', 'summary.md']);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe('OK: 1 to add, 1 to change, 3 moved');
    expect(result.stderr).toMatch(ROW);
    expect(result.stderr).toContain('\n1 unit without changes\n');
    const md = await readFile(join(work, 'summary.md'), 'utf8');
    expect(md).toContain(MD_ROW);
    expect(md).toContain('_1 unit without changes._');
  });

  it('has its row in a tree where nothing else changes, and the verdict names the moves', async () => {
    const result = await cli(['--terragrunt-dir', 'alone', '--dry-run', '--markdown', 'alone.md']);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe('OK: 3 moved, nothing else changes');
    expect(result.stderr).toMatch(ROW);
    expect(result.stderr).toContain('\n1 unit without changes\n');
    const md = await readFile(join(work, 'alone.md'), 'utf8');
    expect(md.split('\n')[0]).toBe('### ✅ Harness IaCM plan: 3 moved, nothing else changes');
    expect(md).toContain(MD_ROW);
  });

  it('has its row in the plugin’s SUMMARY', async () => {
    const config = reportConfigSchema.parse({ terragruntDir: 'tree', dryRun: true, send: false });
    const { model } = await runReport(config, { env: {}, cwd: work, log: () => undefined });
    const summary = fittedSummary(model, SUMMARY_MAX_BYTES, []);
    expect(summary).toMatch(ROW);
    expect(summary).toMatch(/\n1 unit without changes$/);
  });

  it('keeps its moved count through a partial report and merge', async () => {
    const saved = await cli(['--terragrunt-dir', 'tree', '--save-partial', 'leg.json', '--leg', 'one']);
    expect(saved.code).toBe(0);
    const partial = JSON.parse(await readFile(join(work, 'leg.json'), 'utf8')) as {
      report: { units: { unit: { pathId: string; movedCount?: number } }[] };
    };
    const counts = partial.report.units.map(({ unit }) => [unit.pathId, unit.movedCount]);
    expect(counts).toEqual([
      ['app', undefined],
      ['mv', 3],
      ['same', undefined],
    ]);
    const merged = await cli(['merge', 'leg.json', '--dry-run', '--markdown', 'merged.md']);
    expect(merged.code).toBe(0);
    expect(merged.stderr).toMatch(ROW);
    const md = await readFile(join(work, 'merged.md'), 'utf8');
    expect(md).toContain(MD_ROW);
    expect(md).toContain('_1 unit without changes._');
  });

  it('a partial written before units carried their moves is still read, its moves from the unit’s plan', async () => {
    const text = await readFile(join(work, 'leg.json'), 'utf8');
    const old = text.replace('"movedCount":3,', '');
    expect(old).not.toContain('movedCount');
    await writeFile(join(work, 'old.json'), old);
    const merged = await cli(['merge', 'old.json', '--dry-run']);
    expect(merged.code).toBe(0);
    expect(merged.stderr).toMatch(ROW);
    expect(merged.stderr).toContain('\n1 unit without changes\n');
  });
});
