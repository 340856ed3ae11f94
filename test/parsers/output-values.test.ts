/**
 * Output values are reported as text (`outputs`, the event's `stack_outputs`): a number in one must
 * read as the plan wrote it. JSON.parse cannot hold `1e400` (Infinity, which JSON.stringify writes
 * as `null`) or a 300-digit integer (rounded to `1.2345678912345679e+299`), so the reader renders
 * the value from its text.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactJson } from '../../src/scan/json-numbers.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { NUMBER_OUTPUTS, planWithOutputs } from '../support/number-outputs.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'output-values-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('output values with numbers JSON.parse cannot hold', () => {
  it('are reported with the digits the plan wrote, alone or inside a value', async () => {
    const file = join(dir, 'plan.json');
    const texts = Object.fromEntries(Object.entries(NUMBER_OUTPUTS).map(([name, o]) => [name, o.text]));
    await writeFile(file, planWithOutputs(texts));
    const summary = await readPlanFile(file);
    expect(summary.outputs).toEqual(
      Object.fromEntries(Object.entries(NUMBER_OUTPUTS).map(([name, o]) => [name, o.reported])),
    );
    expect(summary.outputCounts.added).toBe(Object.keys(NUMBER_OUTPUTS).length);
  });
});

describe('compactJson', () => {
  it('is JSON.stringify(JSON.parse(text)) for text JSON.stringify wrote, however indented', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(0, 1, 2, '\t'), (value, indent) => {
        expect(compactJson(JSON.stringify(value, null, indent))).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps numbers, key order and repeated keys as written; writes strings as JSON.stringify does', () => {
    expect(compactJson(' [ 1.0 , -0 , 1e400 , 2E-3 ] ')).toBe('[1.0,-0,1e400,2E-3]');
    expect(compactJson('{"b": 1, "a": 2, "b": 3}')).toBe('{"b":1,"a":2,"b":3}');
    expect(compactJson('"\\u00e9\\u2028 \\" \\\\ \\t \\ud800"')).toBe(
      JSON.stringify('é\u2028 " \\ \t \ud800'),
    );
    expect(compactJson('\r\n\ttrue\r\n')).toBe('true');
  });
});
