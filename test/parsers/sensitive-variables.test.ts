/**
 * Which import ids may hold a sensitive root variable (src/plan/sensitive-variables.ts), and that
 * any doubt hides: declarations unreadable, every variable counts; values unreadable, every id.
 * The whole path, on a real plan, is in test/reporter/hidden-reasons.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { SensitiveVariables } from '../../src/plan/sensitive-variables.js';

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
