/**
 * --hide-values-of globs written from what the summary shows (acceptance of issue 24, the real
 * Terraform 1.11 plan test/fixtures/terraform/deny-list-slash-keys). picomatch reads `/` as a path
 * separator that `*` does not cross and `[...]` as a character class, but attribute paths and
 * addresses are not file paths: `input.labels*` let `input.labels["app.kubernetes.io/name"]`
 * through (a `/` in the key), `*.input` let `terraform_data.svc["prod/db"]`'s input through, and
 * `input.list[*].name` hid no element. Each glob must hide its values in every output (text,
 * Markdown, SUMMARY, partial, merge), and the values it does not name must still show.
 * Also: a value's length is said in characters (test/fixtures/terraform/long-unicode-value).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { casePlanFile, everyOutput } from '../support/every-output.js';

const plan = casePlanFile;
const temp = mkdtempSync(join(tmpdir(), 'iacm-deny-globs-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const LABEL = ['canary-label-before-6f1b', 'canary-label-after-6f1b'];
const ELEMENTS = [
  'canary-element-before-7a2c',
  'canary-element-after-7a2c',
  'canary-element2-before-8b3d',
  'canary-element2-after-8b3d',
];
const PROD = ['canary-prod-db-before-9c4e', 'canary-prod-db-after-9c4e'];

describe('--hide-values-of globs as the summary spells paths', () => {
  it('without a glob every value shows (the plan holds them to be hidden)', async () => {
    const all = await everyOutput({ plans: [plan('deny-list-slash-keys')], showValues: true }, temp, 'none');
    for (const [where, text] of Object.entries(all))
      if (where !== 'body')
        for (const value of [...LABEL, ...ELEMENTS, ...PROD, 'team-after', 'shown-dev-after-9c4e'])
          expect(text, `${where}: ${value}`).toContain(value);
  });

  const DEV = 'shown-dev-after-9c4e';
  it.each([
    ['a `*` across a `/` in a key', ['input.labels*'], LABEL, [DEV, ...ELEMENTS]],
    ['an address glob over a for_each key holding `/`', ['terraform_data.svc*.input'], PROD, ['team-after']],
    ['the same, from the end', ['*prod/db*'], PROD, [DEV, 'team-after']],
    ['every element of a list, `[*]`', ['input.list[*].name'], ELEMENTS, [DEV, ...LABEL]],
    [
      'a quoted key as the summary shows it',
      ['input.labels["app.kubernetes.io/name"]'],
      LABEL,
      [DEV, 'team-after'],
    ],
    [
      'a for_each key as the summary shows it',
      ['terraform_data.svc["prod/db"].input'],
      PROD,
      [DEV, 'team-after'],
    ],
  ])('%s: %j', async (_what, globs, hidden, shown) => {
    const name = `glob-${globs[0]!.replace(/[^a-z]/gi, '')}`;
    const all = await everyOutput(
      { plans: [plan('deny-list-slash-keys')], showValues: true, hideValuesOf: globs },
      temp,
      name,
    );
    for (const [where, text] of Object.entries(all)) {
      for (const value of hidden) expect(text, `${where}: ${value}`).not.toContain(value);
      // What the glob does not name still shows (the request body carries no values).
      if (where !== 'body') for (const value of shown) expect(text, `${where}: ${value}`).toContain(value);
    }
  });
});

describe('a long value is said by its length in characters', () => {
  it('70 emoji show; 130 emoji are "(130 characters, changed)", not their 260 UTF-16 units', async () => {
    const all = await everyOutput({ plans: [plan('long-unicode-value')], showValues: true }, temp, 'emoji');
    const emoji70 = '\u{1F600}'.repeat(70);
    for (const [where, text] of Object.entries(all)) {
      if (where === 'body') continue;
      expect(text, where).toContain('(130 characters, changed)');
      expect(text, where).toContain(where === 'partial' ? JSON.stringify(`"${emoji70}"`) : `"${emoji70}"`);
    }
  });
});
