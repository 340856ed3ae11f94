/**
 * Secrets that no sensitivity mark and no attribute name gives away (acceptance of issue 24, real
 * Terraform 1.11 plans): with --show-values they were shown.
 * - test/fixtures/terraform/values-secret-shapes: values shaped like keys a real service issues,
 *   under plain names (`input.gitlab = "glpat-…"`, an Azure connection string with `AccountKey=`,
 *   a SAS URL's `sig=`, Slack and Discord webhook URLs, a Google API key, an `Authorization:
 *   Bearer` header, Stripe, HCP Terraform and Vault tokens), two of them in outputs, which a
 *   Terragrunt unit's request carries (`stack_outputs`) whether or not values are shown;
 * - test/fixtures/terraform/values-secret-addresses: a plain `input` of a resource whose address
 *   says what it holds (`terraform_data.db_password`, `cfg["admin_password"]`,
 *   `api_credentials[0]`).
 * Each must stay out of the text, the Markdown, the plugin's SUMMARY, the partial report, its
 * merge and the request body; the plain values beside them must still show.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { casePlanFile, everyOutput, REPO } from '../support/every-output.js';
import { ADDRESS_CANARIES, SHAPE_CANARIES } from '../support/show-values-canaries.js';
import { addressNames, secretShaped } from '../../src/plan/secret-names.js';

const plan = casePlanFile;
const temp = mkdtempSync(join(tmpdir(), 'iacm-plain-names-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('secrets under plain names, with --show-values', () => {
  it('the canaries are in the plans to be found', () => {
    const raw = readFileSync(join(REPO, plan('values-secret-shapes')), 'utf8');
    for (const canary of SHAPE_CANARIES) expect(raw).toContain(canary);
    const rawAddresses = readFileSync(join(REPO, plan('values-secret-addresses')), 'utf8');
    for (const canary of ADDRESS_CANARIES) expect(rawAddresses).toContain(canary);
  });

  it('values shaped like service keys never show, in any output; plain values beside them do', async () => {
    const all = await everyOutput(
      { plans: [plan('values-secret-shapes')], showValues: true },
      temp,
      'shapes',
    );
    for (const [where, text] of Object.entries(all)) {
      for (const canary of SHAPE_CANARIES) expect(text, `${where}: ${canary}`).not.toContain(canary);
      if (where === 'body') continue;
      expect(text, where).toContain('plain-before');
      expect(text, where).toContain('region = region-after');
      expect(text, where).toContain('(value hidden: looks like a secret)');
    }
  });

  it('values of a resource whose address is named like a secret never show; the rest do', async () => {
    const all = await everyOutput(
      { plans: [plan('values-secret-addresses')], showValues: true },
      temp,
      'addresses',
    );
    for (const [where, text] of Object.entries(all)) {
      for (const canary of ADDRESS_CANARIES) expect(text, `${where}: ${canary}`).not.toContain(canary);
      if (where === 'body') continue;
      expect(text, where).toContain('shown-key-plain-after-3c8e');
      expect(text, where).toContain('public-after');
    }
  });

  it("a Terragrunt unit's request carries output values: key-shaped ones are (hidden), values on or off", async () => {
    const tree = join(temp, 'tree');
    mkdirSync(join(tree, 'live/app'), { recursive: true });
    copyFileSync(join(REPO, plan('values-secret-shapes')), join(tree, 'live/app/tfplan.json'));
    for (const showValues of [true, false]) {
      const all = await everyOutput({ terragruntDir: tree, showValues }, temp, `tree-${showValues}`);
      const body = JSON.parse(all['body']!) as { metadata: { stacks: { stack_outputs: object }[] } };
      expect(body.metadata.stacks[0]!.stack_outputs).toEqual({
        ci_hook: '(hidden)',
        region: 'region-after',
        registry: '(hidden)',
      });
      for (const [where, text] of Object.entries(all))
        for (const canary of SHAPE_CANARIES) expect(text, `${where}: ${canary}`).not.toContain(canary);
    }
  });

  it('reads each name of an address on its own', () => {
    expect(addressNames('module.creds["a.b"].aws_x.db_password["k\\"q"]')).toEqual([
      'module',
      'creds',
      'a.b',
      'aws_x',
      'db_password',
      'k"q',
    ]);
    expect(addressNames('aws_instance.web[0]')).toEqual(['aws_instance', 'web']);
  });

  it('knows the shapes whatever the name, and leaves ordinary text alone', () => {
    for (const secret of [
      '"glrt-abcdefghijklmnopqrstu"',
      '"https://x.blob.core.windows.net/c?se=2030\\u0026sig=abc"',
      '"https://b.s3.amazonaws.com/k?X-Amz-Signature=abc"',
      '"https://acme.webhook.office.com/webhookb2/abc"',
      '"Server=x;AccountKey=abc"',
    ])
      expect(secretShaped(secret), secret).toBe(true);
    for (const plain of [
      '"https://example.com/path?sign=up"',
      '"bearer of news"',
      '"glance-abcdefghijklmnopqrstuvwx"',
      '"AIza short"',
      '"Basic authentication"',
    ])
      expect(secretShaped(plain), plain).toBe(false);
  });
});
