/**
 * A key written twice in one object reads as JSON.parse reads it: the last one wins, for every key
 * the reader reads, at any depth, whichever comes first. The streaming reader cannot look ahead, so
 * it takes back what an earlier value counted (a section, a prior-state container, an output name,
 * a part of a change); these tests hold it to the JSON.parse oracle on real plans written again with
 * keys repeated, and name the few documented exceptions (docs/counting.md, "Keys written twice").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { PlanSummary } from '../../src/model/plan-summary.js';
import { PlanAccumulator } from '../../src/plan/plan-accumulator.js';
import { containsTrue } from '../../src/plan/output-value.js';
import { readPlanStream } from '../../src/plan/plan-stream-reader.js';
import {
  listPlanFixtureDocuments,
  loadFixtureDocument,
  oracleSummary,
  summarizeDocument,
} from '../support/plan-oracle.js';
import { chunked } from '../support/plan-mutations.js';
import {
  emptyOf,
  hasRepeatedKeys,
  jsonType,
  placesOf,
  writeWithRepeats,
  type Place,
  type Repeat,
} from '../support/repeated-keys.js';

type Json = Record<string, unknown>;
const LABEL = 'plan.json';
const REPEAT_WARNING = /written twice/;

async function streamed(text: string, chunk = 1 << 20): Promise<PlanSummary> {
  const accumulator = new PlanAccumulator(LABEL);
  await readPlanStream(chunked(new TextEncoder().encode(text), chunk), accumulator, LABEL);
  return accumulator.finish();
}

/** A summary, or the code of the InputError a reader gave. */
async function outcome(read: () => PlanSummary | Promise<PlanSummary>): Promise<PlanSummary | string> {
  try {
    return await read();
  } catch (error) {
    // The code: the two readers word the same problem differently (the stream names the byte).
    if (error instanceof InputError) return `InputError ${error.code}`;
    throw error;
  }
}

/** A summary without the warning that keys were written twice (only a streaming reader sees them). */
function withoutRepeatWarning(summary: PlanSummary | string): PlanSummary | string {
  if (typeof summary === 'string') return summary;
  return { ...summary, warnings: summary.warnings.filter((w) => !REPEAT_WARNING.test(w)) };
}

/**
 * Where in a document a repeat may go for the exact comparison, and how. 'values': inside values
 * that are hashed or searched for a true, never read (the documented exception); 'sensitivity':
 * where an output is declared sensitive, which a later repeat does not undo (decoy first, and no
 * decoy says sensitive).
 */
function regionOf(place: Place): 'values' | 'sensitivity' | 'read' {
  const p = place.path.map(String);
  if (
    p[0] === 'resource_changes' &&
    p[2] === 'change' &&
    ['before', 'after', 'after_unknown'].includes(p[3]!)
  ) {
    return p.length > 4 ? 'values' : 'read';
  }
  if (p[0] === 'output_changes' && ['after_unknown', 'after_sensitive'].includes(p[2]!) && p.length >= 3) {
    return 'values';
  }
  if (p[0] === 'planned_values' || (p.length === 0 && place.key === 'planned_values')) return 'sensitivity';
  if (p[0] === 'output_changes' && p.length === 2 && place.key === 'after_sensitive') return 'sensitivity';
  return 'read';
}

interface Plan {
  readonly file: string;
  readonly doc: unknown;
  readonly places: readonly Place[];
  /** Values of each key anywhere in the document: the decoys. */
  readonly pool: ReadonlyMap<string, readonly unknown[]>;
}

function planOf(file: string): Plan {
  const doc = loadFixtureDocument(file);
  const all = placesOf(doc);
  const pool = new Map<string, unknown[]>();
  for (const place of all) {
    const values = pool.get(place.key) ?? [];
    values.push(place.value);
    pool.set(place.key, values);
  }
  return { file, doc, places: all.filter((place) => regionOf(place) !== 'values'), pool };
}

/** Every real plan the oracle reads (states, Infracost files and the like are refused by both). */
const PLANS: Plan[] = listPlanFixtureDocuments()
  .filter((file) => {
    try {
      oracleSummary(file);
      return true;
    } catch {
      return false;
    }
  })
  .map(planOf)
  .filter((plan) => plan.places.length > 0);

/** A repeat of `place`, its decoy chosen by `pick` (0..1) among values of the same key and type. */
function repeatAt(plan: Plan, place: Place, pick: number, decoyFirst: boolean): Repeat {
  if (regionOf(place) === 'sensitivity') {
    return { path: place.path, key: place.key, decoy: emptyOf(place.value), decoyFirst: true };
  }
  // An output name: another output's change (an output change must have `actions`), not a
  // sensitive one (which would keep the output hidden, see above).
  const outputs = place.path.length === 1 && place.path[0] === 'output_changes';
  const pool = outputs
    ? Object.values((plan.doc as Json)['output_changes'] as Json).filter(
        (change) => !containsTrue((change as Json)['after_sensitive']),
      )
    : (plan.pool.get(place.key) ?? []).filter((v) => jsonType(v) === jsonType(place.value));
  const choices = place.key === 'change' || outputs ? pool : [...pool, emptyOf(place.value)];
  const decoy = choices[Math.min(choices.length - 1, Math.floor(pick * choices.length))] ?? place.value;
  // A sensitive output stays hidden whatever comes after it (documented): its decoy goes first.
  const sensitive = outputs && containsTrue((place.value as Json)['after_sensitive']);
  return { path: place.path, key: place.key, decoy, decoyFirst: decoyFirst || sensitive };
}

describe('keys written twice: the streaming reader agrees with JSON.parse', () => {
  it('has real plans to write again', () => {
    expect(PLANS.length).toBeGreaterThan(100);
  });

  it('on real plans with random keys written twice, at any depth, either one first', async () => {
    const repeatArb = fc.record({
      place: fc.nat(),
      pick: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      decoyFirst: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.nat(PLANS.length - 1),
        fc.array(repeatArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 4096 }),
        async (which, picks, chunk) => {
          const plan = PLANS[which]!;
          const repeats = picks.map((r) =>
            repeatAt(plan, plan.places[r.place % plan.places.length]!, r.pick, r.decoyFirst),
          );
          const text = writeWithRepeats(plan.doc, repeats);
          let expected = withoutRepeatWarning(
            await outcome(() => summarizeDocument(JSON.parse(text), LABEL)),
          );
          let actual = withoutRepeatWarning(await outcome(() => streamed(text, chunk)));
          if (typeof actual === 'string' && typeof expected !== 'string') {
            // Documented: every value is checked as it is read, also one a later repeat replaces.
            // So a decoy that is no valid value there (an `actions` of booleans) is refused even
            // when written first, as JSON.parse's reading refuses it when written last.
            const last = writeWithRepeats(
              plan.doc,
              repeats.map((r) => ({ ...r, decoyFirst: false })),
            );
            expect(await outcome(() => summarizeDocument(JSON.parse(last), LABEL))).toBe(actual);
            return;
          }
          // Documented: `actions` written again after a create or delete let the values be skipped
          // unseen; that entry has no changed attribute names, and the streaming reader says so in
          // the warning of updates listed by address only (roles-unread.ts), which a reader of the
          // parsed document, having seen the values, never writes.
          if (repeats.some((r) => r.key === 'actions' && r.path[0] === 'resource_changes')) {
            const unread = (w: string): boolean => !/listed by address only/.test(w);
            if (typeof expected !== 'string')
              expected = {
                ...expected,
                changedAttributes: new Map(),
                warnings: expected.warnings.filter(unread),
              };
            if (typeof actual !== 'string')
              actual = { ...actual, changedAttributes: new Map(), warnings: actual.warnings.filter(unread) };
          }
          expect(actual, `${plan.file} ${JSON.stringify(repeats).slice(0, 400)}`).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);

  it('says which keys were written twice', async () => {
    const plan = PLANS.find((p) => p.file.endsWith('terraform-json/testdata/has_changes/plan.json'))!;
    const text = writeWithRepeats(plan.doc, [
      { path: [], key: 'resource_changes', decoy: [], decoyFirst: true },
      { path: ['prior_state', 'values'], key: 'root_module', decoy: {}, decoyFirst: true },
      { path: ['resource_changes', 0], key: 'change', decoy: { actions: ['delete'] }, decoyFirst: true },
    ]);
    const summary = await streamed(text);
    expect(summary.warnings).toContain(
      'plan.json: 3 keys are written twice (resource_changes; resource_changes[0].change; ' +
        'prior_state.values.root_module); read as JSON parsers read them, the last one wins: check what wrote the file',
    );
    expect(withoutRepeatWarning(summary)).toEqual(summarizeDocument(JSON.parse(text), LABEL));
  });
});

describe("hasRepeatedKeys (the fuzz tests' check for a key written twice)", () => {
  it('finds a key written twice in one object, escapes decoded, and nothing else', () => {
    expect(hasRepeatedKeys('{"a":1,"a":2}')).toBe(true);
    expect(hasRepeatedKeys('{"x":[{"a":1,"\\u0061":2}]}')).toBe(true);
    expect(hasRepeatedKeys('{"a":{"a":1},"b":[{"a":1},{"a":2}]}')).toBe(false);
    expect(hasRepeatedKeys('["a","a",{"a":"a:"}]')).toBe(false);
    expect(hasRepeatedKeys('{"a":"\\"a\\":","b" : 1, "c\\"":2}')).toBe(false);
    expect(
      hasRepeatedKeys(
        writeWithRepeats({ a: { b: 1 } }, [{ path: ['a'], key: 'b', decoy: 2, decoyFirst: true }]),
      ),
    ).toBe(true);
  });
});

describe('keys written twice, case by case', () => {
  const HAS_CHANGES = 'terraform-json/testdata/has_changes/plan.json';
  const DRIFT = 'opentofu/internal/command/testdata/show-json/drift/output.json';

  /** The stream's summary and the oracle's, of `doc` written with `repeats`. */
  async function both(doc: unknown, repeats: Repeat[]): Promise<[PlanSummary, PlanSummary]> {
    const text = writeWithRepeats(doc, repeats);
    return [await streamed(text), summarizeDocument(JSON.parse(text), LABEL)];
  }

  it("a state module's `resources` and `child_modules` written again replace the first ones", async () => {
    const doc = loadFixtureDocument(HAS_CHANGES) as Json;
    const root = ((doc['prior_state'] as Json)['values'] as Json)['root_module'] as Json;
    const resources = root['resources'] as unknown[];
    const children = root['child_modules'] as unknown[];
    expect(resources.length).toBeGreaterThan(0);
    expect(children.length).toBeGreaterThan(0);
    for (const decoyFirst of [true, false]) {
      const [stream, oracle] = await both(doc, [
        { path: ['prior_state', 'values', 'root_module'], key: 'resources', decoy: resources, decoyFirst },
        { path: ['prior_state', 'values', 'root_module'], key: 'child_modules', decoy: [], decoyFirst },
      ]);
      expect(withoutRepeatWarning(stream)).toEqual(oracle);
    }
    // Not summed: the same resources twice count once, and an emptied child_modules counts none.
    const [stream] = await both(doc, [
      {
        path: ['prior_state', 'values', 'root_module'],
        key: 'resources',
        decoy: resources,
        decoyFirst: true,
      },
    ]);
    expect(stream.driftCounts.unchanged).toBe(oracleSummary(HAS_CHANGES).driftCounts.unchanged);
  });

  it('`resource_drift` written again after `prior_state`: the drifted instances are the last ones', async () => {
    const doc = loadFixtureDocument(DRIFT) as Json;
    expect(oracleSummary(DRIFT).driftedCount).toBe(1);
    // Terraform's order, then the drift again, empty: nothing drifted, every instance unchanged.
    const text = `${JSON.stringify(doc).slice(0, -1)},"resource_drift":[]}`;
    const stream = await streamed(text);
    expect(withoutRepeatWarning(stream)).toEqual(summarizeDocument(JSON.parse(text), LABEL));
    expect(stream.driftedCount).toBe(0);
    expect(stream.driftCounts.unchanged).toBe(oracleSummary(DRIFT).driftCounts.unchanged + 1);
  });

  it('an output name written again past the first 1,000 names counts once', async () => {
    const doc = loadFixtureDocument(HAS_CHANGES) as Json;
    const [first] = Object.values(doc['output_changes'] as Json);
    const outputs = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`o${i}`, first]));
    // A Terraform that records output changes (0.12's "create"s are not counted: untracked-outputs.ts).
    const text = JSON.stringify({ ...doc, terraform_version: '0.14.0', output_changes: outputs }).replace(
      /\}\}\s*,\s*"prior_state"/,
      `},"o1400":${JSON.stringify({ actions: ['delete'], after: null })}},"prior_state"`,
    );
    expect(text).toContain('"o1400":{"actions":["delete"]');
    const stream = await streamed(text);
    const oracle = summarizeDocument(JSON.parse(text), LABEL);
    expect(withoutRepeatWarning(stream)).toEqual(oracle);
    expect(stream.outputCounts.deleted).toBe(1);
    expect(stream.outputCounts.added + stream.outputCounts.changed + stream.outputCounts.unchanged).toBe(
      1499,
    );
    expect(stream.outputsOmitted).toBe(500);
  });

  it('a part of a change written again (`before`, an `after_unknown` member) replaces the first', async () => {
    const doc = loadFixtureDocument(DRIFT) as Json;
    const index = (doc['resource_changes'] as Json[]).findIndex((e) =>
      ((e['change'] as Json)['actions'] as string[]).includes('update'),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const change = (doc['resource_changes'] as Json[])[index]!['change'] as Json;
    const path = ['resource_changes', index, 'change'];
    const [plain] = await both(doc, []);
    for (const repeat of [
      { path, key: 'before', decoy: change['after'], decoyFirst: true },
      { path, key: 'before', decoy: change['after'], decoyFirst: false },
      // A name only the first `before` has must not count as changed.
      { path, key: 'before', decoy: { ...(change['before'] as Json), only_first: 1 }, decoyFirst: true },
      { path, key: 'replace_paths', decoy: [['only_first']], decoyFirst: true },
      { path, key: 'after_unknown', decoy: { ami: true }, decoyFirst: true },
      { path: [...path, 'after'], key: 'ami', decoy: 'ami-other', decoyFirst: true },
    ]) {
      const [stream, oracle] = await both(doc, [repeat]);
      expect(withoutRepeatWarning(stream), JSON.stringify(repeat)).toEqual(oracle);
    }
    // The last `before` equal to `after`: nothing left that changed (by values).
    const [stream] = await both(doc, [{ path, key: 'before', decoy: change['after'], decoyFirst: false }]);
    const address = (doc['resource_changes'] as Json[])[index]!['address'] as string;
    expect(plain.changedAttributes?.get(address)?.total).toBeGreaterThan(0);
    expect(stream.changedAttributes?.get(address)).toBeUndefined();
  });

  it('`actions` written again: counted by the last; after a create, no attribute names (documented)', async () => {
    const doc = loadFixtureDocument(DRIFT) as Json;
    const index = (doc['resource_changes'] as Json[]).findIndex((e) =>
      ((e['change'] as Json)['actions'] as string[]).includes('update'),
    );
    const address = (doc['resource_changes'] as Json[])[index]!['address'] as string;
    const path = ['resource_changes', index, 'change'];
    const [stream, oracle] = await both(doc, [{ path, key: 'actions', decoy: ['create'], decoyFirst: true }]);
    expect(stream.resourceCounts).toEqual(oracle.resourceCounts);
    expect(stream.addresses).toEqual(oracle.addresses);
    expect(oracle.changedAttributes?.has(address)).toBe(true);
    expect(stream.changedAttributes?.has(address)).toBe(false);
  });

  it('sensitivity is the exception: an output once declared sensitive stays hidden', async () => {
    const doc = loadFixtureDocument(HAS_CHANGES) as Json;
    const [shown] = await both(doc, []);
    const name = Object.keys(shown.outputs).find((n) => shown.outputs[n] !== '(sensitive)');
    const path = ['planned_values', 'outputs', name!];
    expect(shown.outputs[name!]).not.toBe('(sensitive)');
    const [stream, oracle] = await both(doc, [{ path, key: 'sensitive', decoy: true, decoyFirst: true }]);
    expect(oracle.outputs[name!]).toBe(shown.outputs[name!]);
    expect(stream.outputs[name!]).toBe('(sensitive)');
  });

  it('an output whose entry is written again stays hidden when either entry is sensitive', async () => {
    const doc = loadFixtureDocument(HAS_CHANGES) as Json;
    const [shown] = await both(doc, []);
    const name = Object.keys(shown.outputs).find((n) => shown.outputs[n] !== '(sensitive)')!;
    const real = (doc['output_changes'] as Json)[name] as Json;
    for (const decoyFirst of [true, false]) {
      const decoy = { ...real, after_sensitive: true };
      const [stream, oracle] = await both(doc, [{ path: ['output_changes'], key: name, decoy, decoyFirst }]);
      expect(stream.outputs[name]).toBe('(sensitive)');
      // JSON.parse keeps only the last: with the sensitive one first, it shows the value.
      expect(oracle.outputs[name]).toBe(decoyFirst ? shown.outputs[name] : '(sensitive)');
      // This plan's output changes have no `after_sensitive`: Terraform 0.12 wrote none.
      const outputs = { ...(doc['output_changes'] as Json), [name]: { ...real, after_sensitive: false } };
      const [again] = await both({ ...doc, output_changes: outputs }, [
        { path: ['output_changes', name], key: 'after_sensitive', decoy: true, decoyFirst },
      ]);
      expect(again.outputs[name]).toBe('(sensitive)');
    }
  });

  it('an output value with a key written twice shows the last, numbers as written', async () => {
    const doc = loadFixtureDocument(HAS_CHANGES) as Json;
    const outputs = { ...(doc['output_changes'] as Json), dup_value: '@@' };
    // A Terraform that records output changes (0.12's "create"s are not counted: untracked-outputs.ts).
    const text = JSON.stringify({ ...doc, terraform_version: '0.14.0', output_changes: outputs }).replace(
      '"@@"',
      '{"actions":["create"],"after":{"size":1.50,"size":2.50,"n":1e400},"after_unknown":false,"after_sensitive":false}',
    );
    const stream = await streamed(text);
    expect(stream.outputs['dup_value']).toBe('{"size":2.50,"n":1e400}');
    const oracle = summarizeDocument(JSON.parse(text), LABEL);
    // JSON.parse cannot hold 1e400 (it writes null); the rest is the same.
    expect(oracle.outputs['dup_value']).toBe('{"size":2.5,"n":null}');
  });

  it('`format_version` written again as null: no version, as JSON.parse reads it', async () => {
    const text = JSON.stringify(loadFixtureDocument(HAS_CHANGES)).replace(/\}$/, ',"format_version":null}');
    const stream = await streamed(text);
    expect(stream.formatVersion).toBe('');
    expect(withoutRepeatWarning(stream)).toEqual(summarizeDocument(JSON.parse(text), LABEL));
  });
});
