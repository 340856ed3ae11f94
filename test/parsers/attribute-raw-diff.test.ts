/**
 * Attribute roles read from the raw text of `before`, `after` and `after_unknown` (what the reader
 * does without --show-values: attribute-raw-diff.ts) against the same roles worked out path by
 * path on the parsed values (the JSON.parse oracle's AttributeDiff feed): equal on random pairs of
 * values, compact and indented, with keys that need quoting or escapes, past MAX_PATH_DEPTH.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttributeDiff } from '../../src/plan/attribute-diff.js';
import { useWasmDiff, wasmDiffCounts } from '../../src/plan/raw-diff-wasm.js';
import { InputErrors } from '../../src/scan/input-errors.js';
import { StringReader } from '../../src/scan/string-reader.js';
import { noteEnds } from '../support/noted-ends.js';
import { changedAttributes, replacePathsOf } from '../support/plan-document-walker.js';

const strings = new StringReader(new InputErrors('test.json'));
const encoder = new TextEncoder();

/** Few keys and values, so that two random values share much and differ somewhere. */
const KEYS = ['a', 'b', 'tags', 'Name', 'x.y', 'with space', 'é', 'quo"te', 'back\\slash', '0', ''];
const leaf = fc.oneof(
  fc.constantFrom(null, true, false, 0, 1, 12, -2, -2.5, 1e21, '', 'one', 'two', 'é', 'a"b', 'line\nbreak'),
  fc.integer({ min: -3, max: 3 }),
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }),
  ),
}));
const side = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 });
/** An after_unknown: true, false or containers of them. */
const { unknownValue } = fc.letrec<{ unknownValue: unknown }>((tie) => ({
  unknownValue: fc.oneof(
    { depthSize: 'small' },
    fc.boolean(),
    fc.array(tie('unknownValue'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('unknownValue'), { maxKeys: 3 }),
  ),
}));
const unknownSide = fc.dictionary(fc.constantFrom(...KEYS), unknownValue, { maxKeys: 4 });

/** A value nested `steps` deep under `key`, to go past MAX_PATH_DEPTH. */
function deep(steps: number, inner: unknown): unknown {
  let v = inner;
  for (let i = 0; i < steps; i++) v = i % 2 === 0 ? { k: v } : [v];
  return v;
}

function fromRaw(
  texts: { before?: string; after?: string; after_unknown?: string },
  replacePaths?: unknown,
  withEnds = false,
): unknown {
  const diff = new AttributeDiff(strings);
  for (const part of ['before', 'after', 'after_unknown'] as const) {
    const text = texts[part];
    if (text === undefined) continue;
    const bytes = encoder.encode(text);
    diff.keep(part, { bytes, offset: 0, ends: withEnds ? noteEnds(bytes) : null });
  }
  // As the oracle builds them (only key and index steps here).
  for (const p of replacePathsOf(replacePaths)) diff.replacePath(p);
  return diff.result();
}

describe('attribute roles from raw text', () => {
  it('equal the path-by-path roles on random values', () => {
    fc.assert(
      fc.property(
        fc.option(side, { nil: undefined }),
        fc.option(side, { nil: undefined }),
        fc.option(unknownSide, { nil: undefined }),
        fc.constantFrom(0, 1, 2),
        (before, after, unknown, indent) => {
          const text = (v: unknown, i: number): string | undefined =>
            v === undefined ? undefined : JSON.stringify(v, null, i);
          const expected = changedAttributes({ before, after, after_unknown: unknown });
          // Never one name in two roles (role-names.ts; no replace_paths here).
          if (expected !== undefined)
            for (const name of expected.unknown ?? []) expect(expected.names).not.toContain(name);
          // One side indented, or both, or neither: whitespace is not a change.
          const texts = {
            before: text(before, indent === 1 ? 2 : 0),
            after: text(after, indent === 2 ? 0 : indent === 0 ? 0 : 4),
            after_unknown: text(unknown, indent),
          };
          // With the member ends the scanner notes (WebAssembly) and without (its JS loop).
          expect(fromRaw(texts)).toEqual(expected);
          expect(fromRaw(texts, undefined, true)).toEqual(expected);
          // The JS comparison alone, on what the WebAssembly one reads too (raw-diff-wasm.ts).
          useWasmDiff(false);
          try {
            expect(fromRaw(texts)).toEqual(expected);
          } finally {
            useWasmDiff(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
    // Both ways were taken: compact pairs by the module, indented or escaped ones by JS.
    expect(wasmDiffCounts.compared).toBeGreaterThan(300);
    expect(wasmDiffCounts.left).toBeGreaterThan(100);
  });

  it('compare values past MAX_PATH_DEPTH whole, and name the deepest step it descends to', () => {
    for (const steps of [3, 4, 5, 6, 8]) {
      const before = { top: deep(steps, 'one'), same: deep(steps, 'x') };
      const after = { top: deep(steps, 'two'), same: deep(steps, 'x') };
      const unknown = { top: deep(steps, true) };
      expect(
        fromRaw({
          before: JSON.stringify(before),
          after: JSON.stringify(after),
          after_unknown: JSON.stringify(unknown),
        }),
      ).toEqual(changedAttributes({ before, after, after_unknown: unknown }));
      expect(fromRaw({ before: JSON.stringify(before), after: JSON.stringify(after) })).toEqual(
        changedAttributes({ before, after }),
      );
    }
  });

  it('tell a number from a longer one, and count a key written twice by its last value', () => {
    // JSON.parse keeps the last of a repeated key: the oracle sees the parsed value.
    const cases = [
      // A number whose text begins another's.
      ['{"a":1,"b":0}', '{"a":12,"b":0}'],
      ['{"a":[1,2]}', '{"a":[12,2]}'],
      ['{"b":0,"a":1}', '{"b":0,"a":12}'],
      // An empty key (its hash is the hash's starting value), on one side or both.
      ['{"a":1}', '{"a":1,"":2}'],
      ['{"":1,"a":1}', '{"a":1}'],
      ['{"":1,"a":1}', '{"":2,"a":1}'],
      ['{"":1,"":2}', '{"":2}'],
      ['{"a":1,"b":2,"a":3}', '{"a":3,"b":2}'],
      ['{"a":1,"b":2}', '{"a":3,"b":2,"a":1}'],
      ['{"t":{"x":1,"x":2},"u":0}', '{"t":{"x":2},"u":0}'],
      ['{"t":{"x":1,"y":2}}', '{"t":{"x":1,"y":2,"x":5}}'],
      ['{"a\\u0062":1}', '{"ab":2}'],
      ['{"ab":1,"c":1}', '{"a\\u0062":1,"c":2}'],
    ];
    for (const [b, a] of cases) {
      const expected = changedAttributes({ before: JSON.parse(b!), after: JSON.parse(a!) });
      expect(fromRaw({ before: b, after: a }), `${b} -> ${a}`).toEqual(expected);
      expect(fromRaw({ before: b, after: a }, undefined, true), `${b} -> ${a}, ends noted`).toEqual(expected);
      useWasmDiff(false);
      try {
        expect(fromRaw({ before: b, after: a }), `${b} -> ${a}, in JS`).toEqual(expected);
      } finally {
        useWasmDiff(true);
      }
    }
  });

  it('keep forces replacement and known after apply apart from changed', () => {
    const before = { id: 'x', input: 'one', tags: { Name: 'a' } };
    const after = { id: 'x', input: 'two', tags: { Name: 'b' } };
    const unknown = { id: true, output: true };
    const replacePaths = [['input']];
    expect(
      fromRaw(
        {
          before: JSON.stringify(before),
          after: JSON.stringify(after),
          after_unknown: JSON.stringify(unknown),
        },
        replacePaths,
      ),
    ).toEqual({
      names: ['input', 'tags.Name'],
      total: 2,
      replacing: ['input'],
      unknown: ['id', 'output'],
      unknownTotal: 2,
    });
  });
});
