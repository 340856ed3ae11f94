/**
 * A sensitive value used as a map key (acceptance of issue 24, the real Terraform 1.11 plan
 * test/fixtures/terraform/sensitive-map-key). Terraform marks the attribute sensitive and shows
 * `~ input = (sensitive value)`, but the plan JSON holds the key in clear in `before`, `after` and
 * `after_unknown`. The attribute roles, which are always on, listed
 * `input.canary-map-key-after-0d5f`: the secret, in every summary, the partial and its merge, with
 * or without --show-values. Names now stop at the sensitive value (src/plan/sensitive-names.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChangedAttributes } from '../../src/model/plan-summary.js';
import { sensitiveNamesMasked } from '../../src/plan/sensitive-names.js';
import { casePlanFile, everyOutput, REPO } from '../support/every-output.js';

const temp = mkdtempSync(join(tmpdir(), 'iacm-sensitive-key-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const KEYS = ['canary-map-key-before-0d5f', 'canary-map-key-after-0d5f'];
const PLAN = casePlanFile('sensitive-map-key');

describe('a sensitive map key is never a role name', () => {
  it('the plan holds the keys in clear (to be found)', () => {
    const raw = readFileSync(join(REPO, PLAN), 'utf8');
    for (const key of KEYS) expect(raw).toContain(key);
  });

  it.each([false, true])('with --show-values %s: names stop at the sensitive value', async (showValues) => {
    const all = await everyOutput({ plans: [PLAN], showValues }, temp, `key-${showValues}`);
    for (const [where, text] of Object.entries(all))
      for (const key of KEYS) expect(text, `${where}: ${key}`).not.toContain(key);
    expect(all['text']).toContain('terraform_data.keyed — input; known after apply: output');
    // Only `outer` is sensitive here: the name stops there, and `plain` beside it is named.
    expect(all['text']).toContain(
      'terraform_data.nested — input.outer, input.plain; known after apply: output',
    );
    expect(all['text']).toContain('terraform_data.unknown_under — known after apply: input, output');
    expect(all['text']).toContain('terraform_data.repl — triggers_replace (forces replacement)');
  });

  it('stops a name cut for length too, and leaves the rest as they are', () => {
    const roles: ChangedAttributes = {
      names: ['a.b', 'input["canary-long-key…', 'tags.Name'],
      total: 4,
      unknown: ['input["x"]', 'output'],
      unknownTotal: 2,
    };
    expect(sensitiveNamesMasked(roles, { input: true }, { input: { x: false } })).toEqual({
      names: ['a.b', 'input', 'tags.Name'],
      total: 4,
      unknown: ['input', 'output'],
      unknownTotal: 2,
    });
    expect(sensitiveNamesMasked(roles, { tags: {} }, false)).toBe(roles);
  });
});
