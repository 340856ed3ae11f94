/**
 * Issue 23, merge memory: a partial is read as a stream (src/partial/partial-stream.ts), each list
 * item parsed and checked on its own. What it reads must be exactly what the whole-file reader
 * reads (the same partial, the same hash, so the same order and the same merged body), on a real
 * partial grown past several read chunks, with items, multi-byte names and escaped quotes and
 * brackets across chunk boundaries; and what it does not follow falls back to the whole-file
 * reader, with its result.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parsePartialText, readPartialFile } from '../../src/partial/partial-file.js';
import { MAX_PARTIAL_BYTES, MAX_PARTIAL_DEPTH } from '../../src/partial/partial-limits.js';
import { streamPartial } from '../../src/partial/partial-stream.js';
import { captureIo } from '../support/capture-io.js';
import { placePlan, removeDir, tempDir, type PlanFixture } from '../support/terragrunt-trees.js';

let root: string;
/** A real partial's document, grown to a few MiB. */
let doc: { report: { units: { unit: { pathId: string; name: string } }[] } } & Record<string, unknown>;

const PLANS: PlanFixture[] = ['create-with-outputs', 'drift-and-outputs', 'errored', 'replace', 'update'];

beforeAll(async () => {
  root = await tempDir('partial-stream-');
  for (const plan of PLANS) await placePlan(root, `tree/${plan}/tfplan.json`, plan);
  const run = captureIo({ HARNESS_WORKSPACE_ID: 'network' }, root);
  const code = await main(['--terragrunt-dir', 'tree', '--save-partial', 'leg.json', '--leg', 'a'], run.io);
  expect(code, run.stderr()).toBe(0);
  doc = JSON.parse(await readFile(join(root, 'leg.json'), 'utf8')) as typeof doc;
  const units = doc.report.units;
  expect(units.length).toBe(PLANS.length);
  // Many copies under their own paths: names of 1- to 4-byte characters and JSON escapes, so
  // that items, characters and escapes straddle the 1 MiB chunks the stream reads.
  const grown: typeof units = [];
  for (let i = 0; grown.length < 2600; i++) {
    const entry = structuredClone(units[i % units.length]) as (typeof units)[number];
    entry.unit.pathId = `unit-${i}/é€😀"]}\\[{`;
    entry.unit.name = `${'ü'.repeat(i % 7)}"${'😀'.repeat(i % 5)}\\`;
    grown.push(entry);
  }
  doc.report.units = grown;
});
afterAll(async () => {
  await removeDir(root);
});

async function both(name: string, text: string): Promise<void> {
  const file = join(root, name);
  await writeFile(file, text);
  const read = await readPartialFile(file, name);
  const bom = text.startsWith('\ufeff');
  // As text: the same values in the same key order (a deep compare of thousands of units is slow).
  expect(JSON.stringify(read.partial)).toBe(
    JSON.stringify(parsePartialText(bom ? text.slice(1) : text, name)),
  );
  expect(read.hash).toBe(
    createHash('sha256')
      .update(bom ? text.slice(1) : text)
      .digest('hex'),
  );
  expect(read.size).toBe(Buffer.byteLength(text));
}

describe('a partial read as a stream', () => {
  it('reads what the whole-file reader reads, across chunks', async () => {
    const text = `${JSON.stringify(doc)}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 1024 * 1024);
    await both('big.json', text);
    // The stream took it (no fallback), item by item.
    let items = 0;
    const streamed = await streamPartial(
      join(root, 'big.json'),
      'big.json',
      MAX_PARTIAL_BYTES,
      MAX_PARTIAL_DEPTH,
      (list, index, value) => {
        expect([list, index]).toEqual(['units', items++]);
        return value;
      },
    );
    expect(streamed?.lists.get('units')).toHaveLength(2600);
    expect(JSON.parse(streamed?.envelope ?? '')).toMatchObject({ report: { units: [] } });
  });

  it('reads an indented partial the same, and falls back, with the same result, where it must', async () => {
    await both('indented.json', JSON.stringify(doc, null, 2));
    const onItem = (_list: string, _index: number, value: unknown): unknown => value;
    const stream = (name: string): Promise<unknown> =>
      streamPartial(join(root, name), name, MAX_PARTIAL_BYTES, MAX_PARTIAL_DEPTH, onItem);
    expect(await stream('indented.json')).toBeDefined();
    // A byte-order mark: the whole-file reader drops it.
    await both('bom.json', `\ufeff${JSON.stringify(doc)}`);
    expect(await stream('bom.json')).toBeUndefined();
    // Two `units` keys: JSON.parse keeps the last, and so does the merge.
    const [head = '', tail = ''] = JSON.stringify(doc).split('"units":');
    await both('twice.json', `${head}"units":[],"units":${tail}`);
    expect(await stream('twice.json')).toBeUndefined();
  });
});
