/**
 * Issue 23: a `--spool-dir` that can never hold a body (`/proc/nope`, a file) is one line naming
 * it and exit 2, before anything is sent; it used to spin at 100% CPU for ever (Node's recursive
 * mkdir under /proc). The folder maker itself answers under /proc instead of spinning.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { makeDir } from '../../src/make-dir.js';
import { captureIo } from '../support/capture-io.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { placePlan } from '../support/terragrunt-trees.js';
import { serverEnv } from '../uploads/support.js';

let server: IacmServer;
let dir: string;

beforeAll(async () => {
  server = await startIacmServer();
  dir = await mkdtemp(join(tmpdir(), 'iacm-spool-dir-'));
  await placePlan(dir, 'plan.json', 'update');
  await writeFile(join(dir, 'a-file'), 'not a folder');
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function report(spoolDir: string) {
  const run = captureIo(serverEnv(server), dir);
  const code = await main(['--plan', 'plan.json', '--spool-dir', spoolDir], run.io);
  return { code, stderr: run.stderr(), stdout: run.stdout() };
}

describe('--spool-dir', () => {
  it.each(['/proc/nope', 'a-file', 'a-file/below'])(
    '%s: one line naming it, exit 2, nothing sent',
    async (spoolDir) => {
      const sent = server.events.length;
      const result = await report(spoolDir);
      expect(result.code).toBe(2);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(
          `^iacm-report: error: --spool-dir ${spoolDir}: the folder cannot be made or written \\((ENOENT|ENOTDIR|EEXIST)\\)`,
        ),
      );
      expect(server.events.length).toBe(sent);
    },
  );

  it('a folder that can be made is made, and the run goes on', async () => {
    const result = await report('spool/deeper');
    expect(result.code, result.stderr).toBe(0);
    expect((await stat(join(dir, 'spool/deeper'))).isDirectory()).toBe(true);
  });

  it('makeDir under /proc fails at once instead of spinning', async () => {
    await expect(makeDir('/proc/nope/deeper')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
