/**
 * Issue 23, item 3: the API key never leaves in a body or file. A pull-request author chooses
 * unit folders and output values, so they may equal the key: the event POSTed, the dry run, the
 * spool file and the partial report must all hold `[REDACTED]` there, and the dry run must print
 * the very body that is sent.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrubSecrets } from '../../src/api/redact.js';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/capture-io.js';
import { iacmServerEnv, startIacmServer, type IacmServer } from '../support/iacm-server.js';
import {
  fixturePath,
  placePlan,
  removeDir,
  run,
  tempDir,
  writeJsonFile,
} from '../support/terragrunt-trees.js';

const TREE = ['--terragrunt-report', 'report.json'];
let root: string;
let server: IacmServer;
let failing: IacmServer;

beforeAll(async () => {
  root = await tempDir('key-in-bodies-');
  server = await startIacmServer();
  failing = await startIacmServer();
  failing.failAlways({ kind: 'status', status: 400, body: '{"code":"bad_request","message":"no"}' });
  const KEY = server.apiKey;
  // A real plan whose output values (and a map key) are the API key, in a unit folder named after it.
  const plan = JSON.parse(await readFile(fixturePath('create-with-outputs'), 'utf8')) as {
    output_changes: Record<string, { after?: unknown }>;
  };
  const outputs = plan.output_changes;
  (outputs['list'] as { after: unknown }).after = [KEY, `prefix-${KEY}-suffix`];
  (outputs['map'] as { after: unknown }).after = { [KEY]: KEY, number: 42 };
  await mkdir(join(root, 'out', KEY), { recursive: true });
  await writeFile(join(root, 'out', KEY, 'tfplan.json'), JSON.stringify(plan));
  await placePlan(root, `out/app-${KEY}/tfplan.json`, 'update');
  // A failed unit whose reason (in Terragrunt's run report) quotes the key.
  await writeJsonFile(join(root, 'report.json'), [
    run(KEY, 'succeeded'),
    run(`app-${KEY}`, 'succeeded'),
    run(`broken-${KEY}`, 'failed', { Reason: `run error ${KEY}`, Cause: `exit ${KEY}` }),
  ]);
});

afterAll(async () => {
  await server.close();
  await failing.close();
  await removeDir(root);
});

const env = iacmServerEnv;

describe('the key in plan content', () => {
  it('is replaced in the body before it is sent, and the dry run prints that same body', async () => {
    const KEY = server.apiKey;
    const dry = captureIo(env(server), root);
    expect(await main(['--terragrunt-dir', 'out', ...TREE, '--dry-run'], dry.io), dry.stderr()).toBe(0);
    const printed = dry.stdout().trim();
    expect(printed).not.toContain(KEY);
    expect(printed).toContain('[REDACTED]');
    const event = JSON.stringify(JSON.parse(printed));
    // Output values holding a key (shaped like a Harness key) leave as `(hidden)`, not redacted.
    expect(event).toContain('"list":"(hidden)"');
    expect(event).toContain('"map":"(hidden)"');
    expect(event).toContain('"stack_name":"app-[REDACTED]"');
    expect(event).toMatch(/"error_message":"[^"]*\[REDACTED\]/);

    const sent = captureIo(env(server), root);
    await main(['--terragrunt-dir', 'out', ...TREE], sent.io);
    expect(server.events.length).toBe(1);
    const body = server.events[0]?.toString('utf8') ?? '';
    expect(body).not.toContain(KEY);
    expect(body).not.toContain(encodeURIComponent(KEY));
    // Exactly what the dry run printed (the run's timestamps aside, none in the event).
    expect(body).toBe(printed);
  });

  it('is replaced in the spool file and the partial report', async () => {
    const KEY = failing.apiKey;
    const spool = join(root, 'spool');
    const run = captureIo(env(failing), root);
    await main(
      [
        '--terragrunt-dir',
        'out',
        ...TREE,
        '--spool-dir',
        'spool',
        '--save-partial',
        'parts/leg.json',
        '--send',
      ],
      run.io,
    );
    const files = await readdir(spool);
    // The body, and the target it was meant for beside it: neither holds the key.
    const spooled = files.filter((name) => !name.endsWith('.target.json'));
    expect(spooled.length).toBe(1);
    expect(files.length).toBe(2);
    const text = await readFile(join(spool, spooled[0] ?? ''), 'utf8');
    expect(text).toContain('[REDACTED]');
    expect(text).not.toContain(KEY);
    for (const name of files) expect(await readFile(join(spool, name), 'utf8')).not.toContain(KEY);
    const partial = await readFile(join(root, 'parts/leg.json'), 'utf8');
    expect(partial).toContain('[REDACTED]');
    expect(partial).not.toContain(KEY);
    expect(run.stderr()).not.toContain(KEY);
  });

  it("is replaced in a failed leg's partial too", async () => {
    const KEY = server.apiKey;
    const run = captureIo(env(server), root);
    const code = await main(['--plan', `missing-${KEY}.json`, '--save-partial', 'parts/failed.json'], run.io);
    expect(code).not.toBe(0);
    const partial = await readFile(join(root, 'parts/failed.json'), 'utf8');
    expect(partial).toContain('"status":"failure"');
    expect(partial).toContain('missing-[REDACTED].json');
    expect(partial).not.toContain(KEY);
  });
});

describe('scrubSecrets', () => {
  it('reaches every string and key, however deep, without recursion', () => {
    let deep: unknown = 'k3y-secret-value';
    for (let i = 0; i < 100_000; i++) deep = i % 2 === 0 ? [deep] : { ['k3y-secret-value']: deep };
    const clean = scrubSecrets(deep, ['k3y-secret-value']);
    let node: unknown = clean;
    let depth = 0;
    while (typeof node === 'object' && node !== null) {
      node = Array.isArray(node) ? node[0] : (node as Record<string, unknown>)['[REDACTED]'];
      depth++;
    }
    expect(depth).toBe(100_000);
    expect(node).toBe('[REDACTED]');
  });

  it('leaves values without the key, and values when there is no key, as they were', () => {
    const value = { a: [1, true, null, 'text'], b: { c: '1.50' } };
    expect(scrubSecrets(value, ['absent-key'])).toEqual(value);
    expect(scrubSecrets(value, [undefined])).toBe(value);
  });
});
