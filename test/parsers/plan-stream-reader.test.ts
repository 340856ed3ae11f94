/**
 * The streaming reader against the JSON.parse walk of the same document (plan-document-walker.ts), on every real file in
 * test/fixtures (support/fixtures.ts: realJsonFiles), fed whole and in chunks of 1, 7 and 4096 bytes; then every kind of bad input;
 * then random mutations of real plans.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { MAX_CAPTURED_STRING } from '../../src/scan/json-scanner.js';
import { MAX_OUTPUT_VALUE_DEPTH } from '../../src/plan/output-value.js';
import type { SkipEngine } from '../../src/scan/skip-wasm.js';
import {
  FIXTURES_DIR,
  FIXTURE_DIRS,
  fixtureList,
  planFixturePath,
  realJsonFiles,
} from '../support/fixtures.js';
import { walkPlanDocument } from '../support/plan-document-walker.js';
import { hasRepeatedKeys } from '../support/repeated-keys.js';
import { recordVisits, type VisitorCall } from '../support/visitor-recorder.js';
import { chunked, mutate, mutation } from '../support/plan-mutations.js';
import { openPlanFile, readPlanStream } from '../../src/plan/plan-stream-reader.js';
import { MAX_OUTPUT_VALUE_BYTES } from '../../src/plan/plan-visitor.js';

const BAD = FIXTURE_DIRS.plansBad;

// ---- Helpers ----

/**
 * Every test runs with both skip loops (WebAssembly and JS): each describe below runs once per
 * loop and sets this first (tests in a file run one after another).
 */
const ENGINES: SkipEngine[] = ['wasm', 'js'];
let skip: SkipEngine = 'auto';
const useEngine = (engine: SkipEngine): void => beforeAll(() => void (skip = engine));

/** The file as text the way a careful JSON.parse user would decode it. */
function decodeForOracle(bytes: Uint8Array, fatal = true): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal }).decode(bytes);
    return new TextDecoder('utf-8', { fatal }).decode(bytes); // strips a UTF-8 BOM
  } catch {
    return null;
  }
}

type Outcome = { calls: VisitorCall[]; error: string | null };

function oracle(bytes: Uint8Array, fatal = true): Outcome | 'unparseable' {
  const text = decodeForOracle(bytes, fatal);
  if (text === null) return 'unparseable';
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return 'unparseable';
  }
  const { visitor, calls } = recordVisits();
  try {
    walkPlanDocument(doc, visitor);
    return { calls, error: null };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { calls, error: error.code };
  }
}

async function stream(source: string | AsyncIterable<Uint8Array>): Promise<Outcome> {
  const { visitor, calls } = recordVisits();
  try {
    await readPlanStream(source, visitor, 'plan.json', { skip });
    return { calls, error: null };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { calls, error: error.code };
  }
}

async function readError(source: string | Uint8Array, chunk = 4096): Promise<InputError> {
  const { visitor } = recordVisits();
  const input = typeof source === 'string' ? source : chunked(source, chunk, false);
  const error: unknown = await readPlanStream(input, visitor, 'plan.json', { skip }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const fixtureFiles = realJsonFiles();

// ---- Equivalence on every real file ----

describe.each(ENGINES)(
  'readPlanStream on every real file equals a JSON.parse walk (%s skip loop)',
  (engine) => {
    useEngine(engine);

    it('finds the fixtures', () => {
      expect(fixtureFiles.length).toBeGreaterThan(300);
    });

    it.each(fixtureFiles.map((f) => [relative(FIXTURES_DIR, f), f]))('%s', async (_name, file) => {
      const bytes = new Uint8Array(readFileSync(file));
      const expected = oracle(bytes);
      const whole = await stream(file);
      if (expected === 'unparseable') {
        // Not JSON (an Infracost golden with its stderr trailer, a wrapper log): an InputError.
        expect(whole.error).not.toBeNull();
      } else {
        expect(whole).toEqual(expected);
      }
      // The same result however the bytes are split.
      for (const [size, reuse] of [
        [1, false],
        [7, true],
        [4096, false],
        [4093, 'view'],
      ] as const) {
        expect(await stream(chunked(bytes, size, reuse)), `chunks of ${size}`).toEqual(whole);
      }
      // The file reader itself, with small chunks: its two buffers take turns under the scanner.
      expect(await stream(openPlanFile(file, 'plan.json', 1000)), 'openPlanFile, 1000-byte chunks').toEqual(
        whole,
      );
    });
  },
);

// ---- Bad input ----

const realPlan = readFileSync(planFixturePath('terraform-json/testdata/110_basic/plan.json'));

describe.each(ENGINES)('bad input (%s skip loop)', (engine) => {
  useEngine(engine);

  it('an empty file', async () => {
    const e = await readError(new Uint8Array(0));
    expect(e.code).toBe('INPUT_EMPTY');
    expect(e.message).toBe('plan.json: is empty (0 bytes)');
  });

  it('whitespace only (with a BOM)', async () => {
    const e = await readError(enc('\uFEFF \n\t\r\n  '), 1);
    expect(e.code).toBe('INPUT_EMPTY');
  });

  it('a binary plan file (zip)', async () => {
    // A zip local-file header, as `terraform plan -out` writes (no real one is published).
    const zip = Buffer.concat([
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]),
      realPlan.subarray(0, 200),
    ]);
    const e = await readError(zip, 1);
    expect(e.code).toBe('INPUT_BINARY');
    expect(e.message).toContain('this is a binary plan file; run `terraform show -json <file> > plan.json`');
  });

  it('other binary data', async () => {
    const gzip = Uint8Array.from([
      0x1f, 0x8b, 0x08, 0x00, 0x12, 0x34, 0x56, 0x78, 0x00, 0x03, 0xff, 0xfe, 0x01,
    ]);
    expect((await readError(gzip)).code).toBe('INPUT_BINARY');
    const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00]);
    expect((await readError(elf)).code).toBe('INPUT_BINARY');
  });

  it('UTF-16LE with a BOM is read (as PowerShell writes it)', async () => {
    const file = planFixturePath(
      'checkov/tests/terraform/parser/resources/plan_encodings/tfplan_win_utf16.json',
    );
    const bytes = new Uint8Array(readFileSync(file));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const result = await stream(file);
    expect(result.error).toBeNull();
    expect(result.calls.some((c) => c[0] === 'resourceChange')).toBe(true);
    expect(await stream(chunked(bytes, 3, false))).toEqual(result);
  });

  it('UTF-16 without a BOM', async () => {
    const utf16 = Buffer.from(realPlan.toString('utf8'), 'utf16le');
    const e = await readError(utf16);
    expect(e.code).toBe('INPUT_ENCODING');
    expect(e.message).toContain('re-save it as UTF-8');
    const be = Buffer.from(utf16).swap16();
    expect((await readError(be)).code).toBe('INPUT_ENCODING');
  });

  it('invalid UTF-8 in an extracted string', async () => {
    const bytes = Buffer.concat([enc('{"format_version":"1.'), Buffer.from([0xc3, 0x28]), enc('"}')]);
    const e = await readError(bytes);
    expect(e.code).toBe('INPUT_ENCODING');
    expect(e.offset).toBe(18);
  });

  it('truncated JSON, at every kind of place', async () => {
    for (const cut of [1, 2, 100, 1000, 4321, realPlan.lastIndexOf('}')]) {
      const e = await readError(realPlan.subarray(0, cut), 7);
      expect(e.code, `cut at ${cut}`).toBe('INPUT_SYNTAX');
      expect(e.message).toContain('ends before the JSON is complete');
      expect(e.offset).toBe(cut);
    }
  });

  it('bad tokens, with their byte offset', async () => {
    const cases: [string, number][] = [
      ['{"a": tru}', 9],
      ['{"a": 01}', 7],
      ['{"a" 1}', 5],
      ['{"a": [1,]}', 9],
      ['{"a": "x\ty"}', 8],
      ['{"a": "\\x"}', 8],
      ['{"a": "\\u12G4"}', 11],
      ['{"a": [}', 7],
      ['{"a": -}', 7],
      ['{"a": 1.e5}', 8],
      ["{'a': 1}", 1],
    ];
    for (const [text, offset] of cases) {
      const e = await readError(enc(text), 1);
      expect([text, e.code, e.offset]).toEqual([text, 'INPUT_SYNTAX', offset]);
    }
  });

  it('trailing data after the plan (terraform-json testdata/invalid)', async () => {
    const e = await readError(join(BAD, 'trailing-brackets-plan.json'));
    expect(e.code).toBe('INPUT_TRAILING');
    expect(e.offset).toBe(15543);
    const garbage = await readError(Buffer.concat([realPlan, enc('garbage')]));
    expect(garbage.code).toBe('INPUT_TRAILING');
    expect(garbage.offset).toBe(realPlan.length);
  });

  it('two JSON values on separate lines: NDJSON', async () => {
    const compact = enc(JSON.stringify(JSON.parse(realPlan.toString('utf8'))));
    const e = await readError(Buffer.concat([compact, enc('\n'), compact, enc('\n')]));
    expect(e.code).toBe('INPUT_TRAILING');
    expect(e.message).toContain('NDJSON');
    expect(e.message).toContain('terragrunt show --all -json');
    const uiLog = await readError(join(BAD, 'json-ui-log.json'));
    expect(uiLog.code).toBe('INPUT_TRAILING');
    expect(uiLog.message).toContain('NDJSON');
  });

  it("the setup-terraform wrapper's noise around the JSON", async () => {
    const e = await readError(join(BAD, 'plan_with_terraform_wrapper.json'));
    expect(e.code).toBe('INPUT_SYNTAX');
    expect(e.message).toContain(
      'the setup-terraform wrapper wrapped the JSON: set terraform_wrapper: false or use the plain terraform binary',
    );
    // Only the first line removed: the noise after the JSON is recognised too.
    const withoutFirstLine = readFileSync(join(BAD, 'plan_with_terraform_wrapper.json')).toString('utf8');
    const rest = withoutFirstLine.slice(withoutFirstLine.indexOf('\n') + 1);
    expect((await readError(enc(rest))).message).toContain('setup-terraform wrapper');
  });

  it('other text before the JSON', async () => {
    const e = await readError(Buffer.concat([enc('Initializing plugins...\n'), realPlan]));
    expect(e.code).toBe('INPUT_SYNTAX');
    expect(e.message).toContain("line 2 starts with '{'");
  });

  it('top level not an object', async () => {
    const array = await readError(enc('[{"format_version":"1.0"}]'));
    expect(array.code).toBe('INPUT_WRONG_KIND');
    expect(array.message).toContain('a JSON array, not a plan');
    for (const scalar of ['"plan"', '42', 'true', 'null']) {
      expect((await readError(enc(scalar))).code).toBe('INPUT_WRONG_KIND');
    }
  });

  it('deep nesting: 10,000 levels are fine, past 100,000 is an error, never a stack overflow', async () => {
    const deep = (n: number): Uint8Array =>
      enc(`{"format_version":"1.2","x":${'['.repeat(n)}${']'.repeat(n)}}`);
    const ok = await stream(chunked(deep(10_000), 4096, false));
    expect(ok.error).toBeNull();
    const tooDeep = await readError(deep(150_000));
    expect(tooDeep.code).toBe('INPUT_SYNTAX');
    expect(tooDeep.message).toContain('100000 levels');
    const deepModules = `{"prior_state":{"values":{"root_module":${'{"child_modules":['.repeat(5000)}{"resources":[{"address":"a.b","mode":"managed"}]}${']}'.repeat(5000)}}}}`;
    const modules = await stream(chunked(enc(deepModules), 4096, false));
    expect(modules.error).toBeNull();
    expect(modules.calls).toContainEqual(['priorStateResource', 'a.b', 'managed']);
  });

  it('a name longer than MAX_CAPTURED_STRING is refused; a skipped string of any length is not', async () => {
    const long = 'a'.repeat(MAX_CAPTURED_STRING + 1);
    const e = await readError(enc(`{"format_version":"1.2","${long}":1}`), 1 << 20);
    expect(e.code).toBe('INPUT_INVALID');
    expect(e.offset).toBe(24);
    const skipped = await stream(chunked(enc(`{"variables":{"${long}":"${long}"}}`), 1 << 20, false));
    expect(skipped).toEqual({ calls: [['topLevelKey', 'variables']], error: null });
  });

  it('huge and odd numbers are skipped', async () => {
    const text = `{"format_version":"1.2","variables":{"a":{"value":[1e999999,-0,0.000000001e-400,${'9'.repeat(100_000)},-1.5E+3]}}}`;
    const result = await stream(chunked(enc(text), 7, true));
    expect(result).toEqual({
      calls: [
        ['topLevelKey', 'format_version'],
        ['formatVersion', '1.2'],
        ['topLevelKey', 'variables'],
      ],
      error: null,
    });
  });

  it('wrong types for the extracted fields: INPUT_INVALID naming the field', async () => {
    const cases: [unknown, string][] = [
      [
        { resource_changes: [{ address: 1, change: { actions: [] } }] },
        'resource_changes[0].address is a number',
      ],
      [
        { resource_changes: [{ address: 'a', change: { actions: 'create' } }] },
        'resource_changes[0].change.actions is a string',
      ],
      [
        { resource_changes: [{ address: 'a', change: { actions: [1] } }] },
        'resource_changes[0].change.actions is not an array of strings',
      ],
      [{ resource_changes: [{ type: 1, change: { actions: [] } }] }, 'resource_changes[0].type is a number'],
      [
        { resource_drift: [{ index: {}, change: { actions: [] } }] },
        'resource_drift[0].index is an object, not a number or a string',
      ],
      [{ resource_changes: [{ address: 'a' }] }, 'resource_changes[0].change is missing'],
      [{ resource_changes: {} }, 'resource_changes is an object, not an array'],
      [{ resource_changes: [7] }, 'resource_changes[0] is a number'],
      [{ format_version: 1.2 }, 'format_version is a number'],
      [{ errored: 'yes' }, 'errored is a string'],
      [{ output_changes: { x: { actions: null } } }, 'output_changes.x.actions is null'],
      [{ planned_values: { outputs: { 'a b': 3 } } }, 'planned_values.outputs["a b"] is a number'],
      [
        { prior_state: { values: { root_module: { child_modules: [{ resources: [{ address: [] }] }] } } } },
        'prior_state.values.root_module.child_modules[0].resources[0].address is an array',
      ],
    ];
    for (const [doc, message] of cases) {
      const e = await readError(enc(JSON.stringify(doc)));
      expect(e.code).toBe('INPUT_INVALID');
      expect(e.message).toContain(message);
      expect(oracle(enc(JSON.stringify(doc)))).toMatchObject({ error: 'INPUT_INVALID' });
    }
  });

  it('keys in any order, escaped keys, nulls as absent', async () => {
    const doc = `{"resource_changes":[{"change":{"importing":{"id":"x"},"actions":["no-op"],"before":{"a":[1,{"b":"}"}]}},"mode":null,"addr\\u0065ss":"a.b","previous_address":"a.c"}],"errored":null}`;
    const result = await stream(chunked(enc(doc), 1, false));
    expect(result).toEqual(oracle(enc(doc)));
    expect(result.calls[1]).toEqual([
      'resourceChange',
      {
        address: 'a.b',
        wholeResource: false,
        mode: undefined,
        actions: ['no-op'],
        importing: true,
        previousAddress: 'a.c',
      },
    ]);
  });

  it('output values: kept up to MAX_OUTPUT_VALUE_BYTES, flagged above; true anywhere in after_unknown', async () => {
    const big = 'x'.repeat(MAX_OUTPUT_VALUE_BYTES);
    const doc = JSON.stringify({
      output_changes: {
        small: {
          actions: ['create'],
          after: { a: [1, 'é', null] },
          after_unknown: { a: [false, true] },
          after_sensitive: false,
        },
        big: { actions: ['update'], after: big, after_unknown: false, after_sensitive: [{ x: true }] },
        huge: {
          actions: ['update'],
          after: [big, big, big, big, big, big, big, big, big, big, big, big, big, big, big, big, big],
        },
      },
    });
    const result = await stream(chunked(enc(doc), 4096, true));
    expect(result).toEqual(oracle(enc(doc)));
    expect(result.calls.filter((c) => c[0] === 'outputChange').map((c) => c[1])).toMatchObject([
      {
        name: 'small',
        after: { a: [1, 'é', null] },
        afterTooLarge: false,
        afterUnknown: true,
        afterSensitive: false,
      },
      { name: 'big', after: undefined, afterTooLarge: true, afterUnknown: false, afterSensitive: true },
      { name: 'huge', after: undefined, afterTooLarge: true },
    ]);
  });

  it('output values nested deeper than MAX_OUTPUT_VALUE_DEPTH are dropped, never a stack overflow', async () => {
    const nested = (n: number): string => `${'['.repeat(n)}1${']'.repeat(n)}`;
    const doc = `{"output_changes":{${[MAX_OUTPUT_VALUE_DEPTH, MAX_OUTPUT_VALUE_DEPTH + 1, 10_000]
      .map((n) => `"d${n}":{"actions":["create"],"after":${nested(n)},"after_unknown":${nested(n)}}`)
      .join(',')}}}`;
    for (const chunk of [1, 4096]) {
      const result = await stream(chunked(enc(doc), chunk, false));
      const outputs = result.calls.filter((c) => c[0] === 'outputChange');
      expect(outputs.map((c) => (c[1] as { afterTooLarge: boolean }).afterTooLarge)).toEqual([
        false,
        true,
        true,
      ]);
    }
    // The JSON.parse walker agrees (where JSON.parse itself copes with the depth).
    const shallow = doc.slice(0, doc.indexOf(',"d10000"')) + '}}';
    expect(await stream(chunked(enc(shallow), 7, true))).toEqual(oracle(enc(shallow)));
  });

  it('the hostile inputs of test/fixtures/bad: an InputError, or what the JSON.parse walk gives', async () => {
    const files = fixtureList(['*.json', '*.ndjson'], FIXTURE_DIRS.bad);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      const got = await stream(file);
      let expected: Outcome | 'unparseable' | 'too deep for the walker';
      try {
        expected = oracle(bytes);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        expected = 'too deep for the walker';
      }
      if (expected === 'unparseable' && decodeForOracle(bytes) === null) {
        // Invalid UTF-8: an encoding error where we read the string, else the same as with U+FFFD.
        if (got.error !== 'INPUT_ENCODING') expect(got, file).toEqual(oracle(bytes, false));
      } else if (expected === 'unparseable') expect(got.error, file).not.toBeNull();
      else if (expected !== 'too deep for the walker') expect(got, file).toEqual(expected);
      else expect(got.error, file).toBeNull();
    }
  });

  const noMkfifo = spawnSync('mkfifo', ['--version']).status !== 0;
  const pipeTitle =
    'a named pipe is refused at once, not waited on (only standard input is read as a stream)';
  it.skipIf(noMkfifo)(noMkfifo ? `${pipeTitle}: skipped, mkfifo is not installed` : pipeTitle, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-fifo-'));
    const fifo = join(dir, 'plan.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    try {
      const error = await readError(fifo);
      expect([error.code, error.detail]).toEqual([
        'INPUT_UNREADABLE',
        'is a named pipe (FIFO), not a regular file: only regular files (or standard input, as /dev/stdin) are read; write the content to a file and give that',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing file and a directory', async () => {
    expect((await readError(join(BAD, 'no-such-file.json'))).code).toBe('INPUT_NOT_FOUND');
    expect((await readError(BAD)).code).toBe('INPUT_UNREADABLE');
  });

  it('stops reading when the visitor throws, and passes its error on', async () => {
    const { visitor } = recordVisits();
    visitor.formatVersion = () => {
      throw new Error('visitor says no');
    };
    await expect(
      readPlanStream(planFixturePath('terraform-json/testdata/110_basic/plan.json'), visitor, undefined, {
        skip,
      }),
    ).rejects.toThrow('visitor says no');
  });
});

// ---- Random JSON values where the reader skips, captures and scans ----

describe.each(ENGINES)('random JSON values inside a plan (%s skip loop)', (engine) => {
  useEngine(engine);

  it('read as JSON.parse reads them, however split', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue({ maxDepth: 6 }),
        fc.constantFrom(0, 1, 2),
        fc.constantFrom(1, 5, 64, 4093, 1 << 20),
        fc.boolean(),
        async (value, indent, chunk, view) => {
          const doc = {
            format_version: '1.2',
            variables: { v: { value } },
            resource_changes: [
              {
                address: 'a.b',
                mode: 'managed',
                change: { actions: ['update'], before: value, after: [value] },
              },
            ],
            output_changes: {
              o: { actions: ['create'], after: value, after_unknown: value, after_sensitive: [value] },
            },
            configuration: value,
          };
          const bytes = enc(JSON.stringify(doc, null, indent));
          const got = await stream(chunked(bytes, chunk, view ? 'view' : false));
          expect(got).toEqual(oracle(bytes));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ---- Random mutations of real plans ----

describe.each(ENGINES)('mutated real plans (%s skip loop)', (engine) => {
  useEngine(engine);

  const seeds = [
    'terraform-json/testdata/110_basic/plan.json',
    'terraform-json/testdata/identity/plan.json',
    'opentofu/testing/equivalence-tests/outputs/drift_refresh_only/plan.json',
    'opentofu/internal/command/testdata/show-json/plan-error/output.json',
    'tf-summarize/example/tfplan.json',
  ].map((f) => new Uint8Array(readFileSync(planFixturePath(f))));

  it('never throw anything but InputError, agree with JSON.parse, and finish quickly', async () => {
    expect(seeds.length).toBeGreaterThanOrEqual(4);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: seeds.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(1, 3, 64, 100_000),
        async (seed, ops, chunk) => {
          const bytes = mutate(seeds[seed]!, ops, seeds);
          const started = performance.now();
          const got = await stream(chunked(bytes, chunk, chunk === 3)); // rethrows anything but InputError
          expect(performance.now() - started).toBeLessThan(2000);
          const expected = oracle(bytes);
          if (expected === 'unparseable') {
            // JSON.parse rejects it: so must we (unless only the oracle's decoding failed).
            if (decodeForOracle(bytes) !== null) expect(got.error).not.toBeNull();
          } else if (!hasRepeatedKeys(decodeForOracle(bytes)!)) {
            expect(got).toEqual(expected);
          }
          // A key written twice (a duplicated slice can make one): the streaming reader sees both
          // and takes back the first, so the calls differ from JSON.parse's by design;
          // repeated-keys.test.ts compares what they add up to.
        },
      ),
      { numRuns: 400 },
    );
  });
});
