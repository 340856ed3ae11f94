/**
 * The WebAssembly skip loop (src/scan/skip-wasm.wat) against the JS one: the
 * generated module matches its source, its constants match the tables, and on every real file, on
 * inputs built to put quotes, backslash runs, escapes and control characters on every side of the
 * 64-byte blocks and of chunk ends, and on random bytes inside skipped values, both loops give the
 * same visitor calls and the same error, message and byte offset included.
 * (plan-stream-reader.test.ts runs all of its tests with both loops too.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { GENERATED_FILE, renderGenerated } from '../../scripts/build-wasm.js';
import { InputError } from '../../src/errors.js';
import {
  A_CLOSE_ARRAY,
  A_CLOSE_OBJECT,
  A_COMMA,
  TRANSITIONS,
  S_AFTER,
  S_ARR_FIRST,
  S_COLON,
  S_KEY,
  S_OBJ_FIRST,
  S_VALUE,
} from '../../src/scan/scanner-tables.js';
import { SKIP_WASM_BASE64 } from '../../src/scan/skip-wasm.generated.js';
import {
  W_KEY,
  W_OPEN_ARRAY,
  W_OPEN_OBJECT,
  acquireWasmSkipper,
  buildMemberTable,
  buildSkipTable,
  skipEntry,
  releaseWasmSkipper,
  wasmSkipAvailable,
  type SkipEngine,
} from '../../src/scan/skip-wasm.js';
import { openPlanFile, readPlanStream } from '../../src/plan/plan-stream-reader.js';
import { FIXTURE_DIRS, fixtureList, planFixturePath, realJsonFiles } from '../support/fixtures.js';
import { chunked } from '../support/plan-mutations.js';
import { recordVisits, type VisitorCall } from '../support/visitor-recorder.js';

type Outcome = { calls: VisitorCall[]; error: string | null };

/** The outcome with the whole error message (code, byte offset and text). */
async function read(source: string | Uint8Array, skip: SkipEngine, chunk = 1 << 20): Promise<Outcome> {
  const { visitor, calls } = recordVisits();
  try {
    const input = typeof source === 'string' ? source : chunked(source, chunk);
    await readPlanStream(input, visitor, 'plan.json', { skip });
    return { calls, error: null };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { calls, error: `${error.code} ${error.message}` };
  }
}

async function expectSame(bytes: Uint8Array, chunks: readonly number[], what = ''): Promise<Outcome> {
  const js = await read(bytes, 'js');
  for (const chunk of chunks) {
    expect(await read(bytes, 'wasm', chunk), `${what} chunks of ${chunk}`).toEqual(js);
  }
  return js;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The bits of the WebAssembly API used here (TypeScript's ES and Node libs declare none). */
const wasmApi = (
  globalThis as unknown as {
    WebAssembly: {
      validate(bytes: Uint8Array): boolean;
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object) => { exports: Record<string, { value: number }> };
    };
  }
).WebAssembly;

describe('the WebAssembly module', () => {
  it(`${GENERATED_FILE} matches the .wat (fix: npm run build:wasm)`, async () => {
    const generated = readFileSync(
      fileURLToPath(new URL(`../../${GENERATED_FILE}`, import.meta.url)),
      'utf8',
    );
    expect(generated).toBe(await renderGenerated());
  });

  it('validates and runs here (Node 20 and 24 have WebAssembly SIMD)', () => {
    expect(wasmApi.validate(Buffer.from(SKIP_WASM_BASE64, 'base64'))).toBe(true);
    expect(wasmSkipAvailable()).toBe(true);
    expect(acquireWasmSkipper('js')).toBeNull();
    const skipper = acquireWasmSkipper('auto');
    expect(skipper).not.toBeNull();
    releaseWasmSkipper(skipper);
  });

  it('uses the states and actions of scanner-tables.ts', () => {
    const module = new wasmApi.Module(Buffer.from(SKIP_WASM_BASE64, 'base64'));
    const { exports } = new wasmApi.Instance(module);
    const value = (name: string): number => exports[name]!.value;
    const names = {
      S_VALUE,
      S_OBJ_FIRST,
      S_ARR_FIRST,
      S_KEY,
      S_COLON,
      S_AFTER,
      W_OPEN_OBJECT,
      W_OPEN_ARRAY,
      W_COMMA: A_COMMA,
      W_CLOSE_OBJECT: A_CLOSE_OBJECT,
      W_CLOSE_ARRAY: A_CLOSE_ARRAY,
      W_KEY,
    };
    expect(Object.fromEntries(Object.keys(names).map((name) => [name, value(name)]))).toEqual(names);
  });

  it('falls back to the JS loop where WebAssembly SIMD is missing', async () => {
    const file = planFixturePath('terraform-json/testdata/110_basic/plan.json');
    const expected = await read(file, 'js');
    for (const stub of [{ ...wasmApi, validate: () => false }, undefined]) {
      vi.resetModules();
      vi.stubGlobal('WebAssembly', stub);
      try {
        const fresh = await import('../../src/scan/skip-wasm.js');
        expect(fresh.wasmSkipAvailable()).toBe(false);
        expect(fresh.acquireWasmSkipper('auto')).toBeNull();
        expect(() => fresh.acquireWasmSkipper('wasm')).toThrow('WebAssembly SIMD is not available');
        const reader = await import('../../src/plan/plan-stream-reader.js');
        const { visitor, calls } = recordVisits();
        await reader.readPlanStream(file, visitor, 'plan.json');
        expect({ calls, error: null }).toEqual(expected);
      } finally {
        vi.unstubAllGlobals();
        vi.resetModules();
      }
    }
  });

  it('reads files in place: openPlanFile fills the buffers it is given', async () => {
    const wasm = acquireWasmSkipper('wasm')!;
    const file = planFixturePath('terraform-json/testdata/110_basic/plan.json');
    for await (const chunk of openPlanFile(file, 'plan.json', 1 << 20, wasm.fileBuffers)) {
      expect(chunk.buffer).toBe(wasm.memory);
    }
    releaseWasmSkipper(wasm);
  });

  it('gives each of the reads running at the same time an instance of its own', async () => {
    // Instances are pooled between reads: two at once must never share one.
    const some = fixtureList('terraform-json/testdata/*/plan.json', FIXTURE_DIRS.plans).slice(0, 12);
    expect(some).toHaveLength(12);
    const expected = await Promise.all(some.map((file) => read(file, 'js')));
    expect(await Promise.all(some.map((file) => read(file, 'wasm')))).toEqual(expected);
    const bytes = some.map((file) => new Uint8Array(readFileSync(file)));
    expect(await Promise.all(bytes.map((b) => read(b, 'wasm', 97)))).toEqual(expected);
  });
});

describe('the two skip loops agree', () => {
  const files = realJsonFiles();

  it('on every real file, read from disk and in odd chunk sizes', async () => {
    expect(files.length).toBeGreaterThan(300);
    for (const file of files) {
      const js = await read(file, 'js');
      expect(await read(file, 'wasm'), file).toEqual(js);
      expect(await read(new Uint8Array(readFileSync(file)), 'wasm', 61), file).toEqual(js);
    }
  }, 120_000);

  it('on quotes, backslash runs, escapes and control characters at every offset around a block edge', async () => {
    const pieces = [
      '"',
      '\\"',
      '\\\\',
      '\\\\\\"',
      '\\\\\\\\"',
      '\\u00e9',
      '\\u12G4',
      '\\uG234',
      '\\u1G34',
      '\\u123G',
      '\\u00e"',
      '\\u"',
      '\\x',
      '\t',
      '\u0001',
      'é',
      '\\/',
      '\\',
      '"}',
      '"]',
      '",',
      '":',
      '{"',
      '["',
      'true',
      'tru',
      '1.5e3',
      '-',
      ' ',
      '\n',
    ];
    for (const piece of pieces) {
      for (let pad = 40; pad < 104; pad++) {
        // The skipped value starts at a few places; the piece lands on every side of byte 64/128,
        // in a value skipped whole and in members of a resource entry skipped by key.
        const value = `["${'a'.repeat(pad)}${piece}${'b'.repeat(pad % 7)}"]`;
        for (const text of [
          `{"variables":{"v":{"value":${value}}},"x":1}`,
          `{"resource_changes":[{"type":${value},"address":"a.b","change":{"actions":["create"],"before":${value}}}]}`,
        ]) {
          await expectSame(enc(text), [1 << 20, 37], `${JSON.stringify(piece)} at ${pad}`);
        }
      }
    }
  }, 240_000);

  it('on keys of the objects whose members are skipped by key', async () => {
    // Keys that are, spell (with escapes), almost are or cannot be the ones the walker reads.
    const keys = [
      'address',
      'addres',
      'addresss',
      'addr\\u0065ss',
      'address\\n',
      'mode',
      'Mode',
      '',
      'previous_address',
      'change',
      'actions',
      'importing',
      'a\tb',
      'x'.repeat(40),
      'é',
      '\\"',
    ];
    for (const key of keys) {
      for (let pad = 0; pad < 70; pad += 3) {
        const filler = `"f":"${'z'.repeat(pad)}"`;
        const text =
          `{"resource_changes":[{${filler},"address":"a.b","${key}":"k.v",` +
          `"change":{${filler},"actions":["update"],"${key}":{"x":[1]}}}],` +
          `"prior_state":{"values":{"root_module":{${filler},"resources":[{"address":"r.s","${key}":"p.q"}],"${key}":[]}}}}`;
        await expectSame(enc(text), [1 << 20, 64, 29, 5], `${JSON.stringify(key)} after ${pad}`);
      }
    }
  }, 120_000);

  it('on nesting up to and past the limit (the error at the same byte)', async () => {
    for (const depth of [64, 65, 1000, 100_000, 100_001, 100_002, 150_000]) {
      const text = `{"variables":${'['.repeat(depth)}${']'.repeat(depth)},"x":{"y":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`;
      await expectSame(enc(text), [1 << 20, 4093], `depth ${depth}`);
    }
  }, 120_000);

  it('on random bytes inside skipped values, however split', async () => {
    const alphabet = [
      '"',
      '"',
      '\\',
      '\\',
      'u',
      '0',
      'e',
      'A',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      ' ',
      '\n',
      '\t',
      '\u0001',
      't',
      'r',
      'n',
      '1',
      '-',
      '.',
      'é',
      'x',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }),
        fc.constantFrom(1 << 20, 3, 64, 100),
        async (parts, chunk) => {
          const value = parts.join('');
          // Valid containers around random text, so the random part is what the skip loop meets.
          for (const text of [
            `{"variables":{"v":{"value":[{"k":"${value}"},${value}]}},"configuration":${value}}`,
            `{"resource_changes":[{"address":"a.b","type":${value},"change":{"actions":["create"],"before":${value}},"mode":"managed"}]}`,
            `{"resource_changes":[{"${value}":1,"address":"a.b","change":{"${value}":2,"actions":["create"]}}]}`,
            `{"prior_state":{"values":{"root_module":{"resources":[{"values":${value},"address":"x.y"}]}}}}`,
          ]) {
            await expectSame(enc(text), [chunk]);
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('on random well-formed values, compact or indented', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 8 }), fc.constantFrom(0, 2), async (value, indent) => {
        const text = JSON.stringify(
          { variables: { v: { value } }, configuration: [value, value] },
          null,
          indent,
        );
        const outcome = await expectSame(enc(text), [1 << 20, 64]);
        expect(outcome.error).toBeNull();
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

describe('the skip tables', () => {
  it('are skipEntry of every cell of the DFA, and the member table stops at keys', () => {
    const expected = TRANSITIONS.map((a, cell) => skipEntry(a, cell & 0xff));
    expect(buildSkipTable()).toEqual(expected);
    expected[(S_KEY << 8) | 0x22] = W_KEY;
    expected[(S_OBJ_FIRST << 8) | 0x22] = W_KEY;
    expect(buildMemberTable()).toEqual(expected);
  });
});
