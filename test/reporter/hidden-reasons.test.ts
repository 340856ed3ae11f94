/**
 * A value left out says why (issue 24: what changes, shown safely): an import whose id is hidden
 * and an output whose value is hidden were listed by name alone, as if there were nothing to show.
 * Now `terraform_data.imported (id hidden: looks like a secret)`, `db_password (value hidden:
 * secret-like name)`, and without --show-values `terraform_data.adopted (id hidden: values off)`;
 * never the value. On real Terraform 1.11 plans (test/fixtures/terraform/imports, values-traps,
 * outputs-only), through every output: text, Markdown, the plugin's SUMMARY, the partial report
 * and a merge of it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportConfigInput } from '../../src/config/schema.js';
import { everyOutput } from '../support/every-output.js';
import { CANARIES } from '../support/show-values-canaries.js';

const plan = (name: string): string => `test/fixtures/terraform/${name}/plan.json`;
const temp = mkdtempSync(join(tmpdir(), 'iacm-hidden-reasons-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Text, Markdown, SUMMARY, the partial as saved, and the text and Markdown of its merge. */
async function outputs(input: ReportConfigInput, name: string): Promise<Record<string, string>> {
  // The request body carries no labels: every other output does.
  const written = await everyOutput(input, temp, name);
  delete written['body'];
  return written;
}

/** As each output writes a label: Markdown escapes `_`. */
function spelled(where: string, label: string): string {
  return where.includes('markdown') ? label.replaceAll('_', '\\_') : label;
}

describe('a hidden value says why', () => {
  it('an import without --show-values: its id is not read, and the line says so', async () => {
    for (const [where, text] of Object.entries(await outputs({ plans: [plan('imports')] }, 'off'))) {
      expect(text, where).toContain(spelled(where, 'terraform_data.adopted (id hidden: values off)'));
      expect(text, where).not.toContain('existing-id-1234');
    }
  });

  it('with --show-values: an import id and output values hidden by name, by shape, by the deny list', async () => {
    const all = await outputs(
      {
        plans: [plan('values-traps'), plan('imports')],
        showValues: true,
        hideValuesOf: ['output.multi', 'terraform_data.adopted.importing.id'],
      },
      'on',
    );
    for (const [where, text] of Object.entries(all)) {
      for (const label of [
        // a database URL with a password
        'terraform_data.imported (id hidden: looks like a secret)',
        'terraform_data.adopted (id hidden: deny-listed)',
        'db_password (value hidden: secret-like name)',
        // a secret-like key inside the value
        'conf (value hidden: looks like a secret)',
        'multi (value hidden: deny-listed)',
      ])
        expect(text, where).toContain(spelled(where, label));
      for (const canary of CANARIES) expect(text, where).not.toContain(canary);
      expect(text, where).not.toContain('existing-id-1234');
    }
  });

  it('with --show-values: an import id holding a sensitive variable, whole or inside, is hidden', async () => {
    // Terraform writes these ids in clear (change.importing.id is never marked sensitive).
    const all = await outputs(
      { plans: [plan('import-sensitive-variable')], showValues: true },
      'sensitive-variable',
    );
    for (const [where, text] of Object.entries(all)) {
      for (const label of [
        'terraform_data.from_secret (id hidden: sensitive variable)',
        'terraform_data.secret_inside (id hidden: sensitive variable)',
        'terraform_data.from_plain (imported from "plain-import-id-0042")',
      ])
        // The partial holds the label as JSON text.
        expect(text, where).toContain(
          where === 'partial' ? JSON.stringify(label).slice(1, -1) : spelled(where, label),
        );
      for (const secret of ['canary-import-secret-7f3a', 'canary-tenant-5d21'])
        expect(text, where).not.toContain(secret);
    }
  });

  it('a sensitive output keeps its word, and one shown has no reason', async () => {
    const { text } = await outputs({ plans: [plan('outputs-only')], showValues: true }, 'outputs');
    expect(text).toContain(
      'Outputs to change (2):\n  endpoint = https://new.example.test\n  token (sensitive)\n',
    );
    expect(text).not.toContain('hidden:');
  });
});
