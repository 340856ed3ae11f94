/**
 * Terraform before 0.14 records no output changes in its plans: every output is "create" (before:
 * null), whether it changes or not, and prior_state cannot tell (its outputs are the refresh's,
 * evaluated against the new configuration). Such "create"s are not counted, and a warning says so;
 * plans of Terraform 0.14 and later (and OpenTofu) count their outputs as before.
 */
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { recordsOutputChanges } from '../../src/plan/untracked-outputs.js';
import { renderMarkdownSummary } from '../../src/reporter/markdown-summary.js';
import { planFixturePath } from '../support/fixtures.js';
import { fixturePath, planModel } from '../support/real-report-models.js';

/** terraform-json's 0.12.11 plan of six no-ops whose eight outputs all read "create". */
const NO_CHANGES = planFixturePath('terraform-json/testdata/no_changes/plan.json');
/** Terraform 1.11: one output added, two changed, one removed (test/fixtures/terraform/outputs-only). */
const OUTPUTS_ONLY = fixturePath('terraform/outputs-only/plan.json');
/** Terraform 1.1: a first plan, eight outputs really created. */
const BASIC_110 = planFixturePath('terraform-json/testdata/110_basic/plan.json');

describe('a Terraform 0.12 plan', () => {
  it('does not count its outputs as added, and says why', async () => {
    const summary = await readPlanFile(NO_CHANGES);
    expect(summary.terraformVersion).toBe('0.12.11');
    expect(summary.outputCounts).toMatchObject({ added: 0, changed: 0, deleted: 0, unchanged: 0 });
    expect(summary.addresses.outputsAdded.total).toBe(0);
    expect(summary.warnings).toEqual([
      expect.stringMatching(
        /Terraform 0\.12\.11 does not record output changes in its plans \(0\.14 and later do\); 8 outputs it marks "create" are not counted as added/,
      ),
    ]);
    // The values are still read (stack outputs), a sensitive one never shown.
    expect(summary.outputs['string']).toBe('foo');
    expect(summary.outputs['foo']).toBe('(sensitive)');
  });

  it('is reported as the plan of no changes it is, not as "8 outputs change"', async () => {
    const model = await planModel([NO_CHANGES]);
    expect(model.hasChanges).toBe(false);
    const markdown = renderMarkdownSummary(model);
    expect(markdown).not.toMatch(/\d+ outputs? change/);
    expect(markdown).toMatch(/does not record output changes/);
  });
});

describe('plans of Terraform 0.14 and later', () => {
  it('count their outputs as written (Terraform 1.11)', async () => {
    const summary = await readPlanFile(OUTPUTS_ONLY);
    expect(summary.outputCounts).toMatchObject({ added: 1, changed: 2, deleted: 1 });
    expect(summary.addresses.outputsAdded.items).toEqual(['region']);
    expect(summary.warnings).toEqual([]);
  });

  it("count a first plan's outputs as added (Terraform 1.1)", async () => {
    const summary = await readPlanFile(BASIC_110);
    expect(summary.outputCounts.added).toBe(8);
    expect(summary.warnings).toEqual([]);
  });
});

describe('recordsOutputChanges', () => {
  it('is false for Terraform 0.12 and 0.13 only', () => {
    for (const version of ['0.12.0', '0.12.31', '0.13.7', '0.13.0-beta3'])
      expect(recordsOutputChanges(version), version).toBe(false);
    for (const version of ['0.14.0', '0.15.5', '1.0.0', '1.11.4', '1.9.0-alpha', undefined])
      expect(recordsOutputChanges(version), String(version)).toBe(true);
  });
});
