/**
 * Fuzzes `readPlanFile`, the one seam every entry reads plans through, with random mutations of
 * every real plan-like fixture (plans, states, HCP redacted plans, Infracost files, wrapper noise):
 * byte flips, truncations, insertions of bytes and JSON tokens, deletions, duplicated slices and
 * slices spliced in from another fixture. Whatever the bytes, it must either return a summary that
 * makes sense or throw an InputError whose message is one line starting with the file's name, and
 * it must do so quickly. (test/parsers/plan-stream-reader.test.ts fuzzes the stream reader itself
 * against a JSON.parse oracle on five plans; this covers the public seam, whichever reader is
 * behind it, on all of them.)
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import fg from 'fast-glob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { ADDRESS_LIST_KEYS, type Counts, type PlanSummary } from '../../src/model/plan-summary.js';
import { PlanAccumulator } from '../../src/plan/plan-accumulator.js';
import { readPlanStream } from '../../src/plan/plan-stream-reader.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { chunked, mutate, mutation } from '../support/plan-mutations.js';
import { ROOT } from './support/entries.js';

const SEEDS = fg
  .sync(
    [
      'test/fixtures/plans/**/*.{json,golden,tfstate}',
      'test/fixtures/plans-bad/*.json',
      'test/fixtures/terragrunt/*.json',
      'test/fixtures/infracost/*.json',
    ],
    { cwd: ROOT },
  )
  .sort()
  .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(ROOT, file))) }));

const SEED_BYTES = SEEDS.map((seed) => seed.bytes);

/** Generous for a busy 2-core machine: a healthy read of these files takes milliseconds. */
const MAX_MS_PER_INPUT = 2_000;
const LABEL = 'fuzzed-plan.json';

function checkCounts(counts: Counts): void {
  for (const value of Object.values(counts)) {
    expect(Number.isSafeInteger(value) && value >= 0, `count ${value}`).toBe(true);
  }
}

/** What a caller may rely on in any summary, however odd the plan. */
function checkSummary(summary: PlanSummary): void {
  expect(summary.file).toBe(LABEL);
  checkCounts(summary.resourceCounts);
  checkCounts(summary.driftCounts);
  checkCounts(summary.outputCounts);
  expect(Number.isSafeInteger(summary.plannedChangesCount)).toBe(true);
  for (const key of ADDRESS_LIST_KEYS) {
    const list = summary.addresses[key];
    for (const address of list.items) expect(typeof address).toBe('string');
    expect(list.total).toBeGreaterThanOrEqual(list.items.length);
  }
  for (const value of Object.values(summary.outputs)) expect(typeof value).toBe('string');
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iacm-plan-fuzz-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readPlanFile on mutated real fixtures', () => {
  it('has the fixtures to mutate', () => {
    expect(SEEDS.length).toBeGreaterThan(150);
  });

  it('returns a sound summary or throws a one-line InputError, quickly, whatever the bytes', async () => {
    let run = 0;
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: SEEDS.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        async (seed, ops) => {
          const bytes = mutate(SEEDS[seed]?.bytes ?? new Uint8Array(0), ops, SEED_BYTES);
          const file = join(dir, `input-${run++}.json`);
          await writeFile(file, bytes);
          const started = performance.now();
          try {
            checkSummary(await readPlanFile(file, { label: LABEL }));
          } catch (error) {
            // Anything but an InputError is a crash the user would see as "unexpected error".
            if (!(error instanceof InputError)) throw error;
            expect(error.message.startsWith(LABEL)).toBe(true);
            expect(error.message).not.toMatch(/[\r\n]/);
            if (error.offset !== undefined) {
              expect(error.offset).toBeGreaterThanOrEqual(0);
              expect(error.offset).toBeLessThanOrEqual(bytes.length);
            }
          } finally {
            await rm(file, { force: true });
          }
          expect(performance.now() - started).toBeLessThan(MAX_MS_PER_INPUT);
        },
      ),
      { numRuns: 1000 },
    );
    // `"__proto__":` is among the inserted tokens: no read may have touched a prototype.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  }, 120_000);

  it('the stream reader under it, fed in odd chunk sizes: the same promise', async () => {
    // readPlanFile reads files in 1 MiB chunks; the same mutations in odd chunk sizes put tokens,
    // escapes and multi-byte characters across chunk boundaries too.
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: SEEDS.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(1, 7, 4096, 1 << 20),
        async (seed, ops, size) => {
          const bytes = mutate(SEEDS[seed]?.bytes ?? new Uint8Array(0), ops, SEED_BYTES);
          const started = performance.now();
          const accumulator = new PlanAccumulator(LABEL);
          try {
            await readPlanStream(chunked(bytes, size), accumulator, LABEL);
            checkSummary(accumulator.finish());
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            expect(error.message.startsWith(LABEL)).toBe(true);
            expect(error.message).not.toMatch(/[\r\n]/);
          }
          expect(performance.now() - started).toBeLessThan(MAX_MS_PER_INPUT);
        },
      ),
      { numRuns: 600 },
    );
  }, 120_000);

  it('takes any JSON value in any place of a real plan: a summary or an InputError naming the file', async () => {
    // Well-formed JSON with the wrong thing in a field the reader uses (an object for an address,
    // a string for `actions`...): byte mutations seldom get this far past the syntax checks.
    const plans = SEEDS.filter((s) => s.file.endsWith('.json')).flatMap((s) => {
      try {
        const doc: unknown = JSON.parse(Buffer.from(s.bytes).toString('utf8'));
        return typeof doc === 'object' && doc !== null && 'resource_changes' in doc ? [doc] : [];
      } catch {
        return [];
      }
    });
    expect(plans.length).toBeGreaterThan(40);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: plans.length - 1 }),
        fc.nat(),
        fc.jsonValue({ maxDepth: 3 }),
        async (which, where, value) => {
          const doc = structuredClone(plans[which]);
          const slots = containers(doc);
          const [holder, key] = slots[where % slots.length] ?? ([{}, 'x'] as Slot);
          holder[key] = value;
          const file = join(dir, `typed-${run++}.json`);
          await writeFile(file, JSON.stringify(doc));
          try {
            checkSummary(await readPlanFile(file, { label: LABEL }));
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            expect(error.message.startsWith(LABEL)).toBe(true);
            expect(error.message).not.toMatch(/[\r\n]/);
          } finally {
            await rm(file, { force: true });
          }
        },
      ),
      { numRuns: 600 },
    );
  }, 120_000);
});

type Slot = [Record<string | number, unknown>, string | number];

/** The parts of a plan the reader looks into; values anywhere else are skipped unread. */
const READ_KEYS = new Set([
  'format_version',
  'terraform_version',
  'errored',
  'resource_changes',
  'resource_drift',
  'output_changes',
  'planned_values',
  'prior_state',
]);

/**
 * Every (object or array, key) pair at the top level and inside the parts the reader looks into,
 * without recursion: where a wrong value can reach the reader.
 */
function containers(doc: unknown): Slot[] {
  const slots: Slot[] = [];
  const top = doc as Record<string, unknown>;
  const pending: unknown[] = [];
  for (const key of Object.keys(top)) {
    slots.push([top, key]);
    if (READ_KEYS.has(key)) pending.push(top[key]);
  }
  while (pending.length > 0 && slots.length < 50_000) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string | number, unknown>;
    for (const key of Object.keys(record)) {
      slots.push([record, Array.isArray(node) ? Number(key) : key]);
      pending.push(record[key]);
    }
  }
  return slots;
}
