/**
 * Which import ids may hold a sensitive root variable (src/plan/sensitive-variables.ts), and that
 * any doubt hides: declarations unreadable, every variable counts; values unreadable, every id.
 * The whole path, on a real plan, is in test/reporter/hidden-reasons.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../src/model/plan-summary.js';
import { PlanAccumulator } from '../../src/plan/plan-accumulator.js';
import { readPlanStream } from '../../src/plan/plan-stream-reader.js';
import { SensitiveVariables } from '../../src/plan/sensitive-variables.js';
import { ValueGate } from '../../src/plan/value-policy.js';
import { chunked } from '../support/plan-mutations.js';

const VALUES = JSON.stringify({
  secret: { value: 'hunter2-long' },
  short: { value: 'ab' },
  nested: { value: { list: ['deep-secret-1', 42] } },
  plain: { value: 'plain-value' },
});
const declarations = (sensitive: string[]): string =>
  JSON.stringify({
    root_module: {
      variables: Object.fromEntries(
        ['secret', 'short', 'nested', 'plain'].map((n) => [n, { sensitive: sensitive.includes(n) }]),
      ),
    },
  });

function hider(
  values: string | undefined,
  config: string | undefined,
): ((id: string) => boolean) | undefined {
  const s = new SensitiveVariables();
  s.topLevel('variables', values);
  s.topLevel('configuration', config);
  return s.hider();
}

describe('import ids and sensitive variables', () => {
  it('hides ids equal to or holding a sensitive value; short values only when equal', () => {
    const hides = hider(VALUES, declarations(['secret', 'short', 'nested']))!;
    expect(hides('hunter2-long')).toBe(true);
    expect(hides('prefix/hunter2-long/db')).toBe(true);
    expect(hides('x/deep-secret-1')).toBe(true);
    expect(hides('42')).toBe(true);
    expect(hides('ab')).toBe(true);
    expect(hides('tab-42x')).toBe(false);
    expect(hides('plain-value')).toBe(false);
  });

  it('no sensitive variable, or no variables: nothing hidden', () => {
    expect(hider(VALUES, declarations([]))).toBeUndefined();
    const s = new SensitiveVariables();
    expect(s.hider()).toBeUndefined();
  });

  it('declarations unreadable (too large, broken, absent): every variable counts as sensitive', () => {
    for (const config of [undefined, '{broken', '{"root_module":{"variables":7}}']) {
      const s = new SensitiveVariables();
      s.topLevel('variables', VALUES);
      if (config !== undefined) s.topLevel('configuration', config);
      else s.topLevel('configuration', undefined);
      expect(s.hider()!('plain-value')).toBe(true);
    }
    const noConfig = new SensitiveVariables();
    noConfig.topLevel('variables', VALUES);
    expect(noConfig.hider()!('plain-value')).toBe(true);
  });

  it('variable values too large or unreadable: every id is hidden', () => {
    expect(hider(undefined, declarations([]))!('anything')).toBe(true);
    expect(hider('[1]', declarations([]))!('anything')).toBe(true);
  });
});

describe("a configuration past the reader's 1 MiB, read with --show-values", () => {
  const FIXTURE = fileURLToPath(
    new URL('../fixtures/terraform/import-sensitive-variable/plan.json', import.meta.url),
  );
  const plan = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
  // Written first, so that a skip gone wrong would misread everything after it: deep, with
  // brackets and escapes inside strings.
  const resources = Array.from({ length: 6000 }, (_, i) => ({
    address: `terraform_data.r${i}`,
    expressions: { input: { constant_value: { a: [1, { b: `x]}"\\{${i}` }], c: 'y'.repeat(120) } } },
  }));
  const { configuration, ...rest } = plan;
  const big = JSON.stringify({
    configuration: { ...(configuration as object), root_module: { resources } },
    ...rest,
  });
  const gate = new ValueGate({ show: true, hide: [] });

  async function read(text: string, chunk: number, skip: 'auto' | 'js'): Promise<PlanSummary> {
    const accumulator = new PlanAccumulator('plan.json', gate);
    await readPlanStream(chunked(new TextEncoder().encode(text), chunk), accumulator, 'plan.json', {
      values: gate,
      skip,
    });
    return accumulator.finish();
  }

  it('is skipped whole (the rest read as without it); its declarations unread, every variable counts', async () => {
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const whole = await read(JSON.stringify(plan), 1 << 20, 'auto');
    for (const skip of ['auto', 'js'] as const) {
      for (const chunk of [4093, 65536, 1 << 20]) {
        const summary = await read(big, chunk, skip);
        expect(summary.resourceCounts, `${skip} ${chunk}`).toEqual(whole.resourceCounts);
        expect(summary.addresses.imported.items, `${skip} ${chunk}`).toEqual([
          'terraform_data.from_plain (id hidden: sensitive variable)',
          'terraform_data.from_secret (id hidden: sensitive variable)',
          'terraform_data.secret_inside (id hidden: sensitive variable)',
        ]);
      }
    }
    // With its own small configuration, the declarations say `plain_id` is not sensitive.
    expect(whole.addresses.imported.items[0]).toBe(
      'terraform_data.from_plain (imported from "plain-import-id-0042")',
    );
  });
});
