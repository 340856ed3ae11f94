/**
 * Issue 23: the sizes a merge refuses (docs/limits.md), proved on sparse files, which have the
 * size without the bytes on disk: one partial past MAX_PARTIAL_BYTES, and partials that together
 * pass MERGE_BUDGET_BYTES (2 GiB). Each is one line naming the file, exit 2, nothing on stdout,
 * no request to the IaCM stand-in, and no partial read (the sizes are looked at first: a sparse
 * file holds only zero bytes, which reading would refuse as binary, not as too large).
 */
import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { EXIT_BAD_INPUT } from '../../src/errors.js';
import { sizeText } from '../../src/inputs/input-file.js';
import { MAX_PARTIAL_BYTES, MERGE_BUDGET_BYTES } from '../../src/partial/partial-limits.js';
import { captureIo } from '../support/capture-io.js';
import { iacmServerEnv, startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { removeDir, tempDir } from '../support/terragrunt-trees.js';

let root: string;
let server: IacmServer;

/** A file of `bytes` that takes no room on disk. */
async function sparse(name: string, bytes: number): Promise<void> {
  const handle = await open(join(root, name), 'w');
  await handle.truncate(bytes);
  await handle.close();
}

beforeAll(async () => {
  root = await tempDir('merge-size-limits-');
  server = await startIacmServer();
});
afterAll(async () => {
  await server.close();
  await removeDir(root);
});

/** `merge` as it would send (no dry run), against the stand-in. */
async function merge(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const run = captureIo(iacmServerEnv(server), root);
  const code = await main(['merge', ...args], run.io);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

describe('merge size limits', () => {
  it('refuses one partial past the cap by name, before reading it, sending nothing', async () => {
    await mkdir(join(root, 'huge'));
    await sparse('huge/leg.json', MAX_PARTIAL_BYTES + 1);
    const result = await merge('huge/leg.json');
    expect(result.code).toBe(EXIT_BAD_INPUT);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `iacm-report: error: huge/leg.json: is larger than ${sizeText(MAX_PARTIAL_BYTES)}, the most this input may hold; check that it is the right file\n`,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('refuses the partial that takes the merge past its total, before reading any, sending nothing', async () => {
    // Five partials just under the cap: the first four stay within 2 GiB, the fifth passes it.
    const each = MAX_PARTIAL_BYTES - 1024;
    const legs = Math.floor(MERGE_BUDGET_BYTES / each) + 1;
    expect(legs * each).toBeGreaterThan(MERGE_BUDGET_BYTES);
    expect((legs - 1) * each).toBeLessThanOrEqual(MERGE_BUDGET_BYTES);
    await mkdir(join(root, 'legs'));
    for (let leg = 0; leg < legs; leg++) await sparse(`legs/leg-${leg}.json`, each);
    const line =
      `iacm-report: error: legs/leg-${legs - 1}.json: takes the partial reports of this merge past ` +
      `${sizeText(MERGE_BUDGET_BYTES)} together, the most one merge reads; merge fewer legs at a time ` +
      "(--comment-only over groups) or make the legs' partials smaller\n";
    for (const args of [['legs/*.json'], ['legs/*.json', '--comment-only']]) {
      const result = await merge(...args);
      expect(result.code, args.join(' ')).toBe(EXIT_BAD_INPUT);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(line);
    }
    expect(server.requests).toHaveLength(0);
  });
});
