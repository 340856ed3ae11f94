/**
 * Issue 23: a file uploaded to Harness is never read through a symbolic link. A pull request can
 * commit `tfplan.txt -> /home/runner/.ssh/id_rsa` (or any readable file); `--plan-text` refuses
 * it in one line naming it, before anything is sent, and a unit's linked plan text is left out
 * with a warning while the others go up.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { cli, PIPELINE_FLAGS, placeScenario, serverEnv } from './support.js';

let server: IacmServer;
let dir: string;
const SECRET = 'Terraform will perform the following actions: secret-material-7f3a';

beforeAll(async () => {
  server = await startIacmServer();
  dir = await mkdtemp(join(tmpdir(), 'iacm-upload-links-'));
  await placeScenario(join(dir, 'single'), 'basic_list_update');
  // Outside the checkout, readable, and plan text enough to pass the sniff: only the link gives it away.
  await mkdir(join(dir, 'outside'));
  await writeFile(join(dir, 'outside/secret.txt'), `${SECRET}\n`);
  await symlink(join(dir, 'outside/secret.txt'), join(dir, 'single/linked.txt'));
  await placeScenario(join(dir, 'tree/app'), 'basic_list_update');
  await placeScenario(join(dir, 'tree/db'), 'basic_list_update', 'real.txt');
  await symlink(join(dir, 'outside/secret.txt'), join(dir, 'tree/db/tfplan.txt'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('uploads never follow a symbolic link', () => {
  it.each([[[]], [['--dry-run']]])(
    '--plan-text naming a link is one line, exit 2, nothing sent %s',
    async (extra) => {
      const before = server.requests.length;
      const result = await cli(
        ['--plan', 'single/tfplan.json', '--plan-text', 'single/linked.txt', ...PIPELINE_FLAGS, ...extra],
        dir,
        serverEnv(server),
      );
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([
        'iacm-report: error: single/linked.txt: is a symbolic link; files are uploaded only when they are regular files (a link could point at any readable file): name the file itself',
      ]);
      expect(server.requests.length).toBe(before);
    },
  );

  it("a unit's linked plan text is left out with a warning; the others go up", async () => {
    server.data.length = 0;
    const result = await cli(
      ['--terragrunt-dir', 'tree', '--plan-text-name', 'tfplan.txt', ...PIPELINE_FLAGS],
      dir,
      serverEnv(server),
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('tree/db/tfplan.txt is a symbolic link;');
    expect(server.data.map((d) => d.stackPath)).toEqual(['app']);
    for (const upload of server.data) expect(upload.body.toString('utf8')).not.toContain('secret-material');
  });
});
