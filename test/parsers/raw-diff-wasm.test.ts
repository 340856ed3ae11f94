/**
 * The WebAssembly comparison of attribute roles (raw-diff.wat, raw-diff-wasm.ts): its generated
 * module matches the .wat, and it reads a plan's usual `before`/`after` pairs itself (leaving the
 * rest to JS, which attribute-raw-diff.test.ts checks both ways against the JSON.parse oracle).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MODULES, renderGenerated } from '../../scripts/build-wasm.js';
import { changedPaths } from '../../src/plan/attribute-raw-diff.js';
import { wasmDiffCounts } from '../../src/plan/raw-diff-wasm.js';
import { InputErrors } from '../../src/scan/input-errors.js';
import { StringReader } from '../../src/scan/string-reader.js';

const strings = new StringReader(new InputErrors('test.json'));
const raw = (text: string): { bytes: Uint8Array; offset: number } => ({
  bytes: new TextEncoder().encode(text),
  offset: 0,
});

describe('raw-diff WebAssembly module', () => {
  for (const wasm of MODULES) {
    it(`${wasm.generated} matches the .wat (fix: npm run build:wasm)`, async () => {
      const generated = await readFile(
        fileURLToPath(new URL(`../../${wasm.generated}`, import.meta.url)),
        'utf8',
      );
      expect(generated).toBe(await renderGenerated(wasm));
    });
  }

  it('compares compact values itself and leaves escaped, repeated or indented keys to JS', () => {
    const before =
      '{"a":1,"tags":{"x":"1","y":"2"},"l":[1,2,3],"same":{"q":1},"o":{"k":[{"d":{"e":{"f":1}}}]}}';
    const after =
      '{"a":2,"tags":{"x":"1","z":"2"},"l":[1,5],"same":{"q":1},"o":{"k":[{"d":{"e":{"f":2}}}]},"n":true}';
    const { compared, left } = wasmDiffCounts;
    expect(changedPaths(raw(before), raw(after), strings)).toEqual([
      'a',
      'tags.y',
      'tags.z',
      'l[1]',
      'l[2]',
      'o.k[0].d.e',
      'n',
    ]);
    expect(wasmDiffCounts.compared).toBe(compared + 1);
    for (const [b, a] of [
      ['{"a":1,"a":2}', '{"a":2}'],
      ['{"a\\u0062":1}', '{"ab":2}'],
      ['{"a": 1}', '{"a":2}'],
    ])
      changedPaths(raw(b!), raw(a!), strings);
    expect(wasmDiffCounts.left).toBe(left + 3);
  });
});
