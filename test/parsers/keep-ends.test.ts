/**
 * The member ends the scanner notes for a kept `before`/`after`/`after_unknown` (RawValue.ends,
 * read by attribute-raw-diff.ts): the WebAssembly loop and the JS step it hands chunk ends and
 * other tokens to note the same ends, MAX_PATH_DEPTH containers deep, with their level, whatever
 * the chunk size; found here the plain way from the kept bytes.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttributeDiff } from '../../src/plan/attribute-diff.js';
import { MAX_PATH_DEPTH } from '../../src/plan/attribute-paths.js';
import { readPlanStream } from '../../src/plan/plan-stream-reader.js';
import { KEEP_END_LEVELS } from '../../src/scan/json-scanner.js';
import { wasmSkipAvailable } from '../../src/scan/skip-wasm.js';
import { chunked } from '../support/plan-mutations.js';
import { noteEnds } from '../support/noted-ends.js';

/** The kept parts of every change a read compares, with the ends noted for each. */
async function keptParts(
  source: Uint8Array,
  chunk: number,
): Promise<{ bytes: number[]; ends: number[] | null }[]> {
  const kept: { bytes: number[]; ends: number[] | null }[] = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called on its object below
  const keep = AttributeDiff.prototype.keep;
  const spy = vi.spyOn(AttributeDiff.prototype, 'keep').mockImplementation(function (
    this: AttributeDiff,
    part,
    value,
  ) {
    // Copied now: the scanner writes its block again for the next change.
    if (value !== null)
      kept.push({ bytes: [...value.bytes], ends: value.ends ? Array.from(value.ends) : null });
    keep.call(this, part, value);
  });
  const visitor = new Proxy({}, { get: () => () => undefined });
  try {
    await readPlanStream(chunked(source, chunk), visitor as never, 'plan.json', { skip: 'wasm' });
  } finally {
    spy.mockRestore();
  }
  return kept;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('member ends noted for kept values', () => {
  it('go as deep as the comparison descends', () => {
    expect(KEEP_END_LEVELS).toBe(MAX_PATH_DEPTH);
    expect(readFileSync(new URL('../../src/scan/skip-wasm.wat', import.meta.url), 'utf8')).toContain(
      '(i32.le_u (i32.sub (local.get $depth) (local.get $rec)) (i32.const 4))',
    );
  });

  it.skipIf(!wasmSkipAvailable())('are every end of the kept text, however the input is split', async () => {
    for (const name of ['attribute-roles', 'update-and-replace', 'hostile-names']) {
      const source = readFileSync(new URL(`../fixtures/terraform/${name}/plan.json`, import.meta.url));
      for (const chunk of [1 << 20, 4096, 97, 7]) {
        const kept = await keptParts(source, chunk);
        expect(kept.length, `${name}: kept parts`).toBeGreaterThan(0);
        for (const { bytes, ends } of kept) {
          expect(ends, `${name}, chunks of ${chunk}`).toEqual(noteEnds(Uint8Array.from(bytes)));
        }
      }
    }
  });

  it.skipIf(!wasmSkipAvailable())(
    'are all there past what one WebAssembly call notes (the JS step notes the rest)',
    async () => {
      // A real plan whose update gains a map of 20,000 members and lists three levels down: more
      // ends than the loop notes per call (RECORD_CAP), so it stops and the JS step takes some.
      const plan = JSON.parse(
        readFileSync(new URL('../fixtures/terraform/attribute-roles/plan.json', import.meta.url), 'utf8'),
      ) as { resource_changes: { change: { actions: string[]; before: object; after: object } }[] };
      const update = plan.resource_changes.find((c) => c.change.actions.includes('update'))!;
      const big = (side: number): object =>
        Object.fromEntries(
          Array.from({ length: 20_000 }, (_, k) => [
            `k${k}`,
            k % 3 === 0 ? { a: [[[k, side]]] } : `${k}-${side}`,
          ]),
        );
      update.change.before = { ...update.change.before, big: big(1) };
      update.change.after = { ...update.change.after, big: big(2) };
      const source = new TextEncoder().encode(JSON.stringify(plan));
      for (const chunk of [65536]) {
        const kept = await keptParts(source, chunk);
        expect(kept.some(({ ends }) => ends !== null && ends.length > 30_000)).toBe(true);
        for (const { bytes, ends } of kept) expect(ends).toEqual(noteEnds(Uint8Array.from(bytes)));
      }
    },
  );
});
