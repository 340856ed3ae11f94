/**
 * The streaming reader's shortcuts for speed (issue 29) read what the long way reads:
 * - a numeric `index` made of digits is taken from its bytes, not decoded and parsed;
 * - labels (`module_address`, `type`, `name`, `index`) are not read once `address` is (they only
 *   rebuild a missing address), and the WebAssembly loop skips them without waking the walker.
 *   The one case that cannot be read back: `address` written again as null, where the entry is
 *   named by its place, never by half its labels.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanAccumulator } from '../../src/plan/plan-accumulator.js';
import { readPlanStream } from '../../src/plan/plan-stream-reader.js';
import { PlanWalker } from '../../src/plan/plan-walker.js';
import { InputErrors } from '../../src/scan/input-errors.js';
import { JsonScanner } from '../../src/scan/json-scanner.js';
import { acquireWasmSkipper, releaseWasmSkipper } from '../../src/scan/skip-wasm.js';
import { indexJsonOf, indexJsonOfDigits } from '../../src/plan/resource-address.js';
import type { PlanSummary } from '../../src/model/plan-summary.js';
import { chunked } from '../support/plan-mutations.js';

type Json = Record<string, unknown>;

/** A real plan (scripts/fixtures/terraform-plans.sh): an update and a replacement. */
const PLAN_TEXT = readFileSync(
  fileURLToPath(new URL('../fixtures/terraform/update-and-replace/plan.json', import.meta.url)),
  'utf8',
);

async function streamSummary(text: string): Promise<PlanSummary> {
  const accumulator = new PlanAccumulator('plan.json');
  await readPlanStream(chunked(new TextEncoder().encode(text), 1 << 16), accumulator, 'plan.json');
  return accumulator.finish();
}

function listed(summary: PlanSummary): string[] {
  return Object.values(summary.addresses).flatMap((list: { items: string[] }) => list.items);
}

describe('a numeric index from its digits', () => {
  it('is the text indexJsonOf gives the number', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => {
        const bytes = new TextEncoder().encode(String(n));
        const expected = bytes.length <= 15 ? indexJsonOf(n) : undefined;
        expect(indexJsonOfDigits(bytes)).toBe(expected);
      }),
    );
  });

  it('leaves signs, fractions and exponents to the general way', () => {
    for (const text of ['-1', '1.5', '1e3', '2E2', '']) {
      expect(indexJsonOfDigits(new TextEncoder().encode(text))).toBeUndefined();
    }
  });
});

describe('labels after the address', () => {
  const doc = JSON.parse(PLAN_TEXT) as Json;
  const entries = doc['resource_changes'] as Json[];
  const shown = entries.filter((e) => (e['change'] as Json)['actions'] !== undefined)[0]!;

  it('has an entry with labels after its address', () => {
    expect(Object.keys(shown).indexOf('address')).toBeLessThan(Object.keys(shown).indexOf('type'));
  });

  it('leave the addresses read those the plan writes', async () => {
    const summary = await streamSummary(PLAN_TEXT);
    const addresses = entries.map((e) => e['address'] as string);
    for (const address of listed(summary)) expect(addresses).toContain(address);
    expect(listed(summary).length).toBeGreaterThan(0);
  });

  it('an address written again as null after them names the entry by its place', async () => {
    // Read, the labels would rebuild `terraform_data.changed`; skipped, the place names it.
    const index = entries.indexOf(shown);
    const mangled = entries.map((e, i) =>
      i === index ? `${JSON.stringify(e).slice(0, -1)},"address":null}` : JSON.stringify(e),
    );
    const rest = { ...doc, resource_changes: '@@' };
    const rebuilt = JSON.stringify(rest).replace('"@@"', `[${mangled.join(',')}]`);
    const summary = await streamSummary(rebuilt);
    expect(listed(summary)).toContain(`resource_changes[${index}]`);
    expect(listed(summary)).not.toContain(shown['address']);
  });

  it('an address written again as null after labels written before it: named by its place too', async () => {
    // Labels first, then the address, then the address as null: the labels were read, but the
    // reader cannot know that none came after the first address, so it does not use them.
    const index = entries.indexOf(shown);
    const { address, ...rest } = shown;
    const relabelled = `${JSON.stringify(rest).slice(0, -1)},"address":${JSON.stringify(address)},"address":null}`;
    const mangled = entries.map((e, i) => (i === index ? relabelled : JSON.stringify(e)));
    const others = { ...doc, resource_changes: '@@' };
    const rebuilt = JSON.stringify(others).replace('"@@"', `[${mangled.join(',')}]`);
    const summary = await streamSummary(rebuilt);
    expect(listed(summary)).toContain(`resource_changes[${index}]`);
    expect(listed(summary)).not.toContain(address);
  });

  it('are skipped by the WebAssembly loop without waking the walker', () => {
    const seen: string[] = [];
    class Listening extends PlanWalker {
      override key(bytes: Uint8Array, start: number, end: number, escaped: boolean, offset: number): void {
        if (this.frame?.address !== undefined)
          seen.push(new TextDecoder().decode(bytes.subarray(start, end)));
        super.key(bytes, start, end, escaped, offset);
      }
    }
    const errors = new InputErrors('plan.json');
    const ignore = (): void => undefined;
    const visitor = new Proxy({}, { get: () => ignore }) as ConstructorParameters<typeof PlanWalker>[0];
    const wasm = acquireWasmSkipper('wasm');
    try {
      const scanner = new JsonScanner(new Listening(visitor, errors), errors, () => new Uint8Array(0), wasm);
      scanner.feed(new TextEncoder().encode(PLAN_TEXT));
      scanner.end();
    } finally {
      releaseWasmSkipper(wasm);
    }
    // Keys after an address (change entries, state resources): `change` and the like, no label.
    expect(seen).toContain('change');
    for (const label of ['module_address', 'type', 'name', 'index', 'provider_name']) {
      expect(seen).not.toContain(label);
    }
  });
});
