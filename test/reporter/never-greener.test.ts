/**
 * Never greener than the truth (issue 22), on real Terraform 1.11 plans made with terraform_data
 * (test/fixtures/terraform): drift in drift's words, a clean refresh-only plan as a drift check,
 * addresses that say which plan file they are in and keep their end when cut, and Terraform
 * 1.0.0's drift entries without `address` or `index` matching every instance of their resource.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { PlanAccumulator } from '../../src/plan/plan-accumulator.js';
import { readPlanStream } from '../../src/plan/plan-stream-reader.js';
import { clipMiddle } from '../../src/plain-text.js';
import { escapeMarkdown } from '../../src/reporter/markdown-escape.js';
import { captureIo } from '../support/capture-io.js';
import { chunked } from '../support/plan-mutations.js';
import { summarizeDocument } from '../support/plan-oracle.js';

const CASES = fileURLToPath(new URL('../fixtures/terraform/', import.meta.url));
const TF_SUMMARIZE = fileURLToPath(
  new URL('../fixtures/plans/tf-summarize/example/tfplan.json', import.meta.url),
);

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'never-greener-'));
  for (const env of ['prod', 'staging']) {
    await mkdir(join(work, env));
    await copyFile(join(CASES, 'destroy-two-of-three/plan.json'), join(work, env, 'plan.json'));
  }
  await copyFile(join(CASES, 'refresh-only-clean/plan.json'), join(work, 'drift.json'));
});
afterAll(async () => rm(work, { recursive: true, force: true }));

async function cli(args: string[]) {
  const captured = captureIo({}, work);
  const code = await main(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('drift in drift’s words', () => {
  it('a clean refresh-only plan, as Terraform writes it, is "no drift: N resources checked"', async () => {
    const plan = JSON.parse(await readFile(join(CASES, 'refresh-only-clean/plan.json'), 'utf8')) as object;
    expect(plan).not.toHaveProperty('resource_drift');
    expect(plan).not.toHaveProperty('resource_changes');
    const result = await cli(['--drift', 'drift.json', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe('OK: no drift: 3 resources checked');
    expect(result.stderr).not.toMatch(/no changes/i);
  });

  it('resources deleted outside Terraform are "deleted outside", never a planned destroy', async () => {
    const result = await cli(['--plan', TF_SUMMARIZE, '--dry-run']);
    const [first, heading] = result.stderr.split('\n');
    // The plan's output_changes add one output: outputs are changes (docs/what-changes.md).
    expect(first).toBe('WARNING: 3 drifted (deleted outside Terraform); 7 to add, 1 output changes');
    expect(heading).toBe('Drifted, deleted outside Terraform (3):');
    expect(result.stderr).toContain(
      'Drift: 3 deleted outside, 0 changed outside, 0 created outside, 0 unchanged',
    );
    // The count table's destroy column is the plan's: drift has a line of its own.
    expect(result.stderr).not.toMatch(/^Drift +\d/m);
  });
});

describe('every address says where it lives', () => {
  it('with several plan files, each address carries its file, relative to the working folder', async () => {
    const result = await cli([
      '--plan',
      join(work, 'prod/plan.json'),
      '--plan',
      'staging/plan.json',
      '--dry-run',
    ]);
    expect(result.stderr).toContain('CAUTION: 4 to destroy');
    expect(result.stderr).toContain('  prod/plan.json: terraform_data.db[1]\n');
    expect(result.stderr).toContain('  staging/plan.json: terraform_data.db[2]\n');
  });

  it('a shortened address keeps its end', () => {
    const demo = `module.github["${'x'.repeat(100)}"].github_branch.demo`;
    const main = demo.replace(/demo$/, 'main');
    expect(clipMiddle(demo, 40)).not.toBe(clipMiddle(main, 40));
    expect(clipMiddle(demo, 40)).toMatch(/^module\.github.*….*github_branch\.demo$/);
    expect(clipMiddle(demo, 40)).toHaveLength(40);
    expect(escapeMarkdown(demo, 40)).toMatch(/branch\.demo$/);
    expect(clipMiddle('a😀b😀c', 4)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('Terraform 1.0.0 drift entries without address or index', () => {
  /**
   * Terraform 1.0.0 wrote each resource_drift entry without `address` and without `index`
   * (hashicorp/terraform#28975): the real plan of three count instances, with drift entries for
   * them written that way (type, name, mode and change only).
   */
  async function oneZeroZeroDrift(): Promise<Record<string, unknown>> {
    const doc = JSON.parse(await readFile(join(CASES, 'refresh-only-clean/plan.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    doc['terraform_version'] = '1.0.0';
    doc['resource_drift'] = [0, 1, 2].map(() => ({
      mode: 'managed',
      type: 'terraform_data',
      name: 'server',
      provider_name: 'terraform.io/builtin/terraform',
      change: { actions: ['update'], before: {}, after: {} },
    }));
    return doc;
  }

  it('match every instance of their resource: no prior instance is left "unchanged"', async () => {
    const doc = await oneZeroZeroDrift();
    const accumulator = new PlanAccumulator('plan.json');
    await readPlanStream(
      chunked(new TextEncoder().encode(JSON.stringify(doc)), 1 << 10),
      accumulator,
      'plan.json',
    );
    const summary = accumulator.finish();
    expect(summary.driftCounts).toMatchObject({ changed: 3, unchanged: 0 });
    expect(summarizeDocument(doc).driftCounts).toEqual(summary.driftCounts);
  });

  it('an entry with its index still matches only its own instance', async () => {
    const doc = await oneZeroZeroDrift();
    doc['resource_drift'] = [{ ...(doc['resource_drift'] as object[])[0], index: 1 }];
    expect(summarizeDocument(doc).driftCounts).toMatchObject({ changed: 1, unchanged: 2 });
  });
});

describe('a failed unit', () => {
  it("shows its errored plan's counts as incomplete, in text and Markdown, never as the whole change", async () => {
    const units = fileURLToPath(new URL('../fixtures/terragrunt/', import.meta.url));
    for (const [unit, fixture] of [
      ['db', 'errored'],
      ['app', 'replace'],
    ] as const) {
      await mkdir(join(work, 'tree', unit), { recursive: true });
      await copyFile(join(units, `${fixture}.json`), join(work, 'tree', unit, 'tfplan.json'));
    }
    const result = await cli(['--terragrunt-dir', 'tree', '--dry-run', '--markdown', 'tree.md']);
    expect(result.stderr.split('\n')[0]).toMatch(/^CAUTION: 1 unit failed/);
    const markdown = await readFile(join(work, 'tree.md'), 'utf8');
    const row = (text: string, name: string): string =>
      text.split('\n').find((line) => line.includes(name) && line.includes('fail')) ?? '';
    expect(row(markdown, '<code>db</code>')).toMatch(/\| \+\d+ ~\d+ -\d+ \(incomplete\) \|/);
    expect(row(result.stderr, 'db')).toMatch(/\+\d+ ~\d+ -\d+ \(incomplete\)/);
    // A unit that planned whole keeps its plain counts.
    expect(markdown).toMatch(/<code>app<\/code> \| ok \| \+\d+ ~\d+ -\d+ \|/);
  });
});
