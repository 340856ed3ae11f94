/**
 * A merge's body is streamed from a private spool (src/run/streamed-event.ts): it must be byte for
 * byte the body the in-memory build gives for the same partials (buildEvent, the cleaning, the
 * key's scrub, the runner-command guard: request-body.ts), with the API key replaced in a unit
 * named after it, and nothing of the spool may be left on disk.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyText } from '../../src/api/event-body.js';
import { scrubSecrets } from '../../src/api/redact.js';
import { main } from '../../src/cli/main.js';
import { readCiContext } from '../../src/context/read-ci-context.js';
import { UsageError } from '../../src/errors.js';
import { PartialMerger } from '../../src/partial/merge-partials.js';
import { readPartialFile } from '../../src/partial/partial-file.js';
import { buildEvent } from '../../src/reporter/build-event.js';
import { cleanBody, cleanBodyPieces } from '../../src/run/body-secrets.js';
import { BodySpool } from '../../src/run/body-spool.js';
import { cleanEvent, requestBody } from '../../src/run/request-body.js';
import { mergedModel } from '../../src/run/run-merge.js';
import { streamedEvent } from '../../src/run/streamed-event.js';
import { captureIo } from '../support/capture-io.js';
import { placePlan, removeDir, tempDir, type PlanFixture } from '../support/terragrunt-trees.js';

const KEY = 'pat.acct123.keyid456.secretvalue789';
const config = { connection: { apiKey: KEY } };

/** Unit folders a pull-request author could name: the key, runner commands, hidden and non-ASCII characters. */
const LEGS: Record<string, readonly [string, PlanFixture][]> = {
  one: [
    [`live/${KEY}`, 'update'],
    ['live/##[stop-commands]x', 'create-with-outputs'],
    ['live/zero\u200bwidth', 'drift-and-outputs'],
  ],
  two: [
    ['live/caf\u00e9-\u20ac-\u{1f600}', 'replace'],
    ['live/::error title=Approved::LGTM', 'errored'],
    ['shared/dns', 'import-update'],
  ],
};

let root: string;
let partials: string[];

beforeAll(async () => {
  root = await tempDir('streamed-body-');
  partials = [];
  for (const [leg, units] of Object.entries(LEGS)) {
    for (const [path, plan] of units) await placePlan(root, `${leg}/out/${path}/tfplan.json`, plan);
    const captured = captureIo({}, root);
    const file = `partials/${leg}.json`;
    const code = await main(
      ['--terragrunt-dir', `${leg}/out`, '--save-partial', file, '--leg', leg],
      captured.io,
    );
    expect(code, captured.stderr()).toBe(0);
    partials.push(file);
  }
  // Written without the key, the partial holds it: the merge is what must keep it out.
  expect(await readFile(join(root, 'partials/one.json'), 'utf8')).toContain(KEY);
}, 60_000);
afterAll(async () => removeDir(root));

async function mergedOf(files: readonly string[]) {
  const merger = new PartialMerger({});
  for (const file of files) merger.add(await readPartialFile(resolve(root, file), file));
  const merged = merger.finish();
  const model = mergedModel({}, merged);
  // Every unit, as the in-memory build takes them: a merge's model keeps a bounded selection,
  // without outputs (src/reporter/unit-tally.ts); the body reads them all from the spool.
  model.units = [...merged.units()];
  model.unitTally = undefined;
  return model;
}

/** The body as the merge built it before streaming: the whole event in memory, serialised once. */
function inMemoryBody(model: Awaited<ReturnType<typeof mergedOf>>, context: object): string {
  return cleanBody(requestBody(scrubSecrets(cleanEvent(buildEvent(model, context)), [KEY])), config);
}

describe('a merge body streamed from the spool', () => {
  it('is byte for byte the in-memory body, its sizes exact, and leaves nothing on disk', async () => {
    const model = await mergedOf(partials);
    expect(model.units.length).toBe(6);
    const context = await readCiContext({}, root);
    const expected = inMemoryBody(model, context);
    const parent = await tempDir('streamed-body-spool-');
    try {
      const spool = new BodySpool(parent);
      const streamed = await streamedEvent(model, context, config, spool);
      expect(typeof streamed.body).toBe('object');
      // The folder is gone as soon as the files are open; their data lives on in the descriptors.
      expect(await readdir(parent)).toEqual([]);
      const text = await bodyText(streamed.body);
      expect(text).toBe(expected);
      // Read twice (a retried send reads it again): the same text.
      expect(await bodyText(streamed.body)).toBe(expected);
      expect(streamed.body.length).toBe(expected.length);
      expect(typeof streamed.body === 'object' && streamed.body.bytes).toBe(Buffer.byteLength(expected));
      expect(text).not.toContain(KEY);
      expect(text).toContain('live/[REDACTED]');
      expect(text).not.toContain('##[');
      const event = JSON.parse(text) as { metadata: { stacks: unknown[]; terragrunt_details: unknown[] } };
      expect(event.metadata.stacks).toHaveLength(6);
      // The confirmation compares the units the body holds, scrubbed the same way.
      expect([...streamed.confirmable().units()]).toEqual(event.metadata.terragrunt_details);
      spool.dispose();
    } finally {
      await removeDir(parent);
    }
  });

  it('is what `merge --dry-run` prints, exactly', async () => {
    const captured = captureIo({}, root);
    const code = await main(['merge', ...partials, '--dry-run', '-q', '--api-key', KEY], captured.io);
    expect(code, captured.stderr()).toBe(0);
    const model = await mergedOf(partials);
    expect(captured.stdout()).toBe(`${inMemoryBody(model, await readCiContext({}, root))}\n`);
  });

  it('without units is the in-memory body, as a string', async () => {
    const model = await mergedOf(partials);
    model.units = [];
    const context = await readCiContext({}, root);
    const spool = new BodySpool();
    const streamed = await streamedEvent(model, context, config, spool);
    expect(streamed.body).toBe(inMemoryBody(model, context));
    spool.dispose();
  });
});

describe('the spool and the key check', () => {
  it('reads back pieces of any size whole, multi-byte characters across its read boundaries', () => {
    const spool = new BodySpool();
    const list = spool.list();
    const items: string[] = [];
    // Over 2 MiB of items in 3-byte and 4-byte characters: the 1 MiB reads cut through them.
    for (let i = 0; i < 60_000; i++) items.push(`{"n":"${'\u20ac\u{1f600}'.repeat(5)}${i}"}`);
    for (const item of items) list.append(item);
    const text = [...list.pieces()].join('');
    expect(text).toBe(items.join(','));
    expect(list.length).toBe(text.length);
    expect(list.bytes).toBe(Buffer.byteLength(text));
    spool.dispose();
  });

  it('refuses a body whose pieces spell the key across their boundary', async () => {
    async function* pieces(...texts: string[]) {
      for (const text of texts) yield await Promise.resolve(text);
    }
    await expect(
      cleanBodyPieces(pieces('{"a":"pat.acct123.key', 'id456.secretvalue789"}'), config),
    ).rejects.toThrow(UsageError);
    await expect(
      cleanBodyPieces(pieces('{"a":"pat.acct123.key', 'id456.other"}'), config),
    ).resolves.toBeUndefined();
  });
});
