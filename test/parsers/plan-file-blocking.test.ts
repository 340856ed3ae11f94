/**
 * The blocking plan file reader of the Terragrunt reader threads (plan-file-blocking.ts) against
 * the non-blocking one (plan-stream-reader.ts `openPlanFile`): the same bytes in the same chunks,
 * the same summary of every real file in test/fixtures, and the same InputError, word for word,
 * for every file that is refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { openPlanFileBlocking } from '../../src/plan/plan-file-blocking.js';
import { openPlanFile } from '../../src/plan/plan-stream-reader.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { FIXTURES_DIR, FIXTURE_DIRS, realJsonFiles } from '../support/fixtures.js';

const files = realJsonFiles();

/** Each chunk's size (both readers reuse their two buffers, so the bytes are compared whole). */
async function chunksOf(source: AsyncIterable<Uint8Array>): Promise<number[]> {
  const out: number[] = [];
  for await (const chunk of source) out.push(chunk.length);
  return out;
}

async function bytesOf(source: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of source) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

/** What reading `file` both ways gives: the summary, or the error's class, code and message. */
async function outcome(file: string, blocking: boolean): Promise<unknown> {
  try {
    return { summary: await readPlanFile(file, { label: 'unit/tfplan.json', blocking }) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { error: [error.code, error.message, error.offset, (error.cause as { code?: string })?.code] };
  }
}

async function refusal(open: typeof openPlanFileBlocking, file: string, maxBytes?: number): Promise<unknown> {
  try {
    await bytesOf(open(file, 'unit/tfplan.json', 4096, undefined, maxBytes));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [error.code, error.message, (error.cause as { code?: string } | undefined)?.code];
  }
  return 'read without error';
}

describe('blocking reads give what non-blocking reads give', () => {
  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThan(300);
  });

  it.each(files.map((f) => [relative(FIXTURES_DIR, f), f]))('%s', async (_name, file) => {
    expect(await outcome(file, true)).toEqual(await outcome(file, false));
    // The same bytes, in chunks of the same sizes (small chunks: several per fixture).
    const bytes = readFileSync(file);
    expect(await bytesOf(openPlanFileBlocking(file, 'plan.json', 1000))).toEqual(bytes);
    expect(await chunksOf(openPlanFileBlocking(file, 'plan.json', 1000))).toEqual(
      await chunksOf(openPlanFile(file, 'plan.json', 1000)),
    );
  });
});

describe('blocking reads refuse what non-blocking reads refuse, with the same words', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-file-blocking-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const plan = join(FIXTURES_DIR, 'terragrunt', 'update.json');

  const cases: [string, () => string, number?][] = [
    ['a missing file', () => join(dir, 'no-such-file.json')],
    ['a directory', () => FIXTURE_DIRS.plansBad],
    [
      'a dangling link',
      () => {
        const link = join(dir, 'dangling.json');
        symlinkSync(join(dir, 'gone.json'), link);
        return link;
      },
    ],
    [
      'a link to a character device',
      () => {
        const link = join(dir, 'zero.json');
        symlinkSync('/dev/zero', link);
        return link;
      },
    ],
    ['a file over the size limit', () => plan, 1000],
    [
      'an empty file (read, then refused by the reader alike)',
      () => {
        const empty = join(dir, 'empty.json');
        writeFileSync(empty, '');
        return empty;
      },
    ],
  ];
  if (spawnSync('mkfifo', ['--version']).status === 0) {
    cases.push([
      'a named pipe with no writer (no hang)',
      () => {
        const fifo = join(dir, 'plan.fifo');
        spawnSync('mkfifo', [fifo]);
        return fifo;
      },
    ]);
  }

  it.each(cases)('%s', async (_name, make, maxBytes) => {
    const file = make();
    const blocking = await refusal(openPlanFileBlocking, file, maxBytes);
    expect(blocking).toEqual(await refusal(openPlanFile, file, maxBytes));
    if (maxBytes === undefined) expect(await outcome(file, true)).toEqual(await outcome(file, false));
  });
});
