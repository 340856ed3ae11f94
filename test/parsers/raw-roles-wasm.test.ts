/**
 * A change's roles in one WebAssembly call (raw-roles-wasm.ts, raw-diff.wat's `roles`): the same
 * roles as the JSON.parse oracle's path-by-path feed, with the member ends the scanner notes and
 * without, for replacements, for keys quoted in paths and elements, and past the number of paths
 * the module interns before it starts over.
 */
import { describe, expect, it } from 'vitest';
import { AttributeDiff } from '../../src/plan/attribute-diff.js';
import { wasmDiffCounts } from '../../src/plan/raw-diff-wasm.js';
import { InputErrors } from '../../src/scan/input-errors.js';
import { StringReader } from '../../src/scan/string-reader.js';
import { noteEnds } from '../support/noted-ends.js';
import { changedAttributes, replacePathsOf } from '../support/plan-document-walker.js';

const strings = new StringReader(new InputErrors('test.json'));
const encoder = new TextEncoder();

interface Change {
  [part: string]: unknown;
  before: unknown;
  after: unknown;
  after_unknown?: unknown;
  replace_paths?: unknown[][];
}

function fromRaw(change: Change, withEnds: boolean): unknown {
  const diff = new AttributeDiff(strings);
  for (const part of ['before', 'after', 'after_unknown'] as const) {
    if (change[part] === undefined) continue;
    const bytes = encoder.encode(JSON.stringify(change[part]));
    diff.keep(part, { bytes, offset: 0, ends: withEnds ? noteEnds(bytes) : null });
  }
  for (const p of replacePathsOf(change.replace_paths)) diff.replacePath(p);
  return diff.result();
}

function expectOracle(change: Change, label: string): void {
  const expected = changedAttributes(change);
  expect(fromRaw(change, false), label).toEqual(expected);
  expect(fromRaw(change, true), `${label}, ends noted`).toEqual(expected);
}

describe('attribute roles in one WebAssembly call', () => {
  it('equal the oracle on updates and replacements, and the module reads them itself', () => {
    const { compared, left } = wasmDiffCounts;
    const cases: Change[] = [
      {
        before: {
          id: 'a',
          tags: { Name: 'x', 'app.io/name': 'y' },
          list: [1, 2, 3],
          deep: { a: { b: { c: { d: 1 } } } },
        },
        after: {
          id: 'a',
          tags: { Name: 'z', 'app.io/name': 'w' },
          list: [1, 5],
          deep: { a: { b: { c: { d: 2 } } } },
        },
        after_unknown: { id: true, list: [false, true], tags: { Name: false } },
      },
      {
        before: { input: ['known-before', 'x'], name: 'n' },
        after: { input: ['known-after', 'y'], name: 'm' },
        after_unknown: { input: [false, true] },
        replace_paths: [['name'], ['input', 1]],
      },
      { before: { '': 1, '0': 2, 'with space': { k: 1 } }, after: { '': 2, '0': 2, 'with space': { k: 2 } } },
      { before: { a: [[1, 2], [3]] }, after: { a: [[1, 4], [3], [5]] }, after_unknown: {} },
    ];
    for (const [k, change] of cases.entries()) expectOracle(change, `case ${k}`);
    expect(wasmDiffCounts.compared).toBeGreaterThanOrEqual(compared + 2 * cases.length);
    expect(wasmDiffCounts.left).toBe(left);
  });

  it('read keys of every length the same: one 16-byte load or byte by byte', () => {
    // Keys around the 16 bytes $keyScan reads at once, long keys alike in their first 16 bytes, a
    // key of one object repeated in another, and keys the module leaves to JS (an escape, a byte
    // past ASCII): always the oracle's roles.
    const key = (n: number, tail = ''): string => `${'k'.repeat(n)}${tail}`;
    const sides = (change: (k: string, i: number) => [unknown, unknown]): Change => {
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const names = [
        key(1),
        key(14),
        key(15),
        key(16),
        key(17),
        key(40, 'a'),
        key(40, 'b'),
        'same_16_bytes_xA',
        'same_16_bytes_xB',
      ];
      for (const [i, k] of names.entries()) [before[k], after[k]] = change(k, i);
      return { before, after, after_unknown: { [key(16)]: true, nested: { [key(17)]: true } } };
    };
    const cases: Change[] = [
      sides((_, i) => [i, i % 2 === 0 ? i : i + 1]),
      sides((k, i) => [
        { [k]: i, [`${k}_x`]: [i] },
        { [k]: i + (i % 3), [`${k}_x`]: [i, i] },
      ]),
      { before: { 'a"b': 1, plain: 1 }, after: { 'a"b': 2, plain: 2 } },
      { before: { é: 1, plain: 1 }, after: { é: 2, plain: 1 } },
      { before: { [key(20, 'é')]: 1 }, after: { [key(20, 'é')]: 2 } },
    ];
    for (const [k, change] of cases.entries()) expectOracle(change, `case ${k}`);
  });

  it('start their interned paths over when full, with the same results', () => {
    // 1,000 changes of ~20 new changed paths each: more than the module interns (4,096).
    for (let c = 0; c < 1000; c++) {
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (let k = 0; k < 30; k++) {
        before[`key_${c}_${k}`] = k % 3 === 0 ? { v: k } : k;
        after[`key_${c}_${k}`] = k % 3 === 0 ? { v: k + 1 } : k % 2;
      }
      const change = { before, after, after_unknown: { [`key_${c}_1`]: true } };
      if (c % 50 === 0 || c > 680) expectOracle(change, `change ${c}`);
      else fromRaw(change, false);
    }
  });
});
