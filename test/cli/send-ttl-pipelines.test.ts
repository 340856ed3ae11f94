/** The send, ttl and pipelines commands end to end against the real test server. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deliverEvent } from '../../src/api/deliver.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import type { CommandOverrides } from '../../src/cli/command-runner.js';
import { run as pipelines } from '../../src/cli/pipelines-command.js';
import { run as send } from '../../src/cli/send-command.js';
import { run as ttl } from '../../src/cli/ttl-command.js';
import { startIacmServer, type IacmServer, iacmServerEnv } from '../support/iacm-server.js';
import { closedPort } from '../support/net-helpers.js';

const FAST: CommandOverrides = {
  http: { baseDelayMs: 1, maxDelayMs: 5, requestTimeoutMs: 2_000, totalBudgetMs: 5_000 },
  now: () => new Date('2026-06-01T12:00:00Z'),
};
const BODY = `{"event_type":"plan","metadata":{"activity_type":"plan","resource_counts":{"added":1,"changed":0,"deleted":0,"unchanged":4}}}`;

let server: IacmServer;
let dir: string;
/** Everything any command printed, to prove the key never shows up. */
const printed: string[] = [];

beforeAll(async () => {
  server = await startIacmServer({ echoKeyInErrors: true });
  dir = await mkdtemp(join(tmpdir(), 'iacm-cli-'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  server.requests.length = 0;
  server.failAlways(undefined);
});

interface Captured {
  readonly io: CliIo;
  readonly out: () => string;
  readonly err: () => string;
}

function capture(env: Record<string, string | undefined> = {}, stdin?: string): Captured {
  let out = '';
  let err = '';
  const io: CliIo = {
    env: {
      ...iacmServerEnv(server),
      RUNNER_TEMP: dir,
      ...env,
    },
    cwd: dir,
    stdout: (s) => {
      out += s;
      printed.push(s);
    },
    stderr: (s) => {
      err += s;
      printed.push(s);
    },
    ...(stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) }),
  };
  return { io, out: () => out, err: () => err };
}

describe('iacm-report send', () => {
  it('delivers a body spooled while the server was down, byte for byte', async () => {
    const down = server.connection({ baseUrl: `http://127.0.0.1:${await closedPort()}` });
    const delivery = await deliverEvent(down, BODY, { spoolDir: dir, http: FAST.http });
    if (delivery.kind !== 'spooled') throw new Error('expected the body to be spooled');
    expect(await readFile(delivery.file, 'utf8')).not.toContain(server.apiKey);

    // The kept target names the host that was down; the host in use comes from the environment.
    const c = capture();
    expect(await send(['--payload', delivery.file], c.io, FAST)).toBe(0);
    expect(c.err()).toContain('the body was made for http://127.0.0.1:');
    expect(c.err()).toContain('event delivered');
    expect(server.events.at(-1)?.equals(await readFile(delivery.file))).toBe(true);
  });

  it('sends a spooled body to the workspace it was meant for, not the one the environment names now', async () => {
    const meant = 'ws with spaces/and slash';
    server.failAlways({ kind: 'status', status: 400 });
    const delivery = await deliverEvent(server.connection({ workspace: meant }), BODY, {
      spoolDir: dir,
      http: FAST.http,
    });
    server.failAlways(undefined);
    if (delivery.kind !== 'spooled') throw new Error('expected the body to be spooled');
    const target = JSON.parse(await readFile(`${delivery.file}.target.json`, 'utf8')) as unknown;
    expect(target).toEqual({
      accountId: server.accountId,
      org: server.org,
      project: server.project,
      workspace: meant,
      baseUrl: server.baseUrl,
    });
    expect(JSON.stringify(target)).not.toContain(server.apiKey);
    server.requests.length = 0;

    // HARNESS_WORKSPACE_ID names prod-network: the kept target wins, and the log says so.
    const c = capture();
    expect(await send(['--payload', delivery.file], c.io, FAST)).toBe(0);
    expect(server.requests.at(-1)?.url).toContain(`/workspaces/${encodeURIComponent(meant)}/events`);
    expect(c.err()).toContain(
      `workspace "${meant}" from the spooled body's target, not HARNESS_WORKSPACE_ID`,
    );

    // A flag wins over the target.
    const d = capture();
    expect(await send(['--payload', delivery.file, '--workspace', server.workspace], d.io, FAST)).toBe(0);
    expect(server.requests.at(-1)?.url).toContain(`/workspaces/${server.workspace}/events`);
    expect(d.err()).not.toContain('spooled body');
  });

  it('never takes the host from a saved target: the key goes only where the sender points it', async () => {
    const file = join(dir, 'from-an-artifact.json');
    await writeFile(file, BODY);
    const elsewhere = 'https://collector.example.net';
    await writeFile(
      `${file}.target.json`,
      JSON.stringify({ baseUrl: elsewhere, workspace: 'ws with spaces/and slash' }),
    );
    server.requests.length = 0;
    const c = capture();
    expect(await send(['--payload', file], c.io, FAST)).toBe(0);
    expect(server.requests.at(-1)?.url).toContain('/workspaces/ws%20with%20spaces%2Fand%20slash/events');
    expect(c.err()).toContain(`the body was made for ${elsewhere}, not ${server.baseUrl}`);
  });

  it('reads standard input with --payload -', async () => {
    const c = capture({}, BODY);
    expect(await send(['--payload', '-'], c.io, FAST)).toBe(0);
    expect(server.events.at(-1)?.toString()).toBe(BODY);
  });

  it('refuses a body that is not an event, before calling anything (exit 2)', async () => {
    await writeFile(join(dir, 'bad.json'), '{"event_type":"exploded"}');
    const c = capture();
    expect(await send(['--payload', 'bad.json'], c.io, FAST)).toBe(2);
    expect(c.err()).toMatch(
      /^iacm-report: error: bad\.json: is not an IaCM event body \(event_type: .*\)\n$/,
    );
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [['--payload', 'missing.json'], /missing\.json: no such file/],
    [[], /give the body to send with --payload/],
    [['--payload', 'x', '--bogus'], /unknown flag --bogus.*see iacm-report send --help/],
  ])('fails %j with one line and exit 2', async (argv, message) => {
    const c = capture();
    expect(await send(argv, c.io, FAST)).toBe(2);
    expect(c.err()).toMatch(message);
    expect(c.err().trim().split('\n')).toHaveLength(1);
  });

  it('names what is missing from the connection', async () => {
    await writeFile(join(dir, 'ok.json'), BODY);
    const c = capture({ HARNESS_API_KEY: undefined, HARNESS_ORG_ID: '' });
    expect(await send(['--payload', 'ok.json'], c.io, FAST)).toBe(2);
    expect(c.err()).toContain('missing org (--org / HARNESS_ORG_ID), API key (--api-key / HARNESS_API_KEY)');
  });

  it('explains a wrong key (exit 1) and never prints it, even when the server echoes it', async () => {
    await writeFile(join(dir, 'ok.json'), BODY);
    const c = capture({ HARNESS_API_KEY: 'pat.test-account.Tok3nId.WrongS3cretXYZ' });
    expect(await send(['--payload', 'ok.json'], c.io, FAST)).toBe(1);
    expect(c.err()).toContain('Harness rejected the API key for account "test-account" (401 Unauthorized)');
    expect(c.err()).toContain('the body is still in ok.json');
    expect(c.err()).not.toContain('WrongS3cretXYZ');
  });

  it('keeps a body from standard input when sending fails', async () => {
    server.failAlways({ kind: 'status', status: 503 });
    const c = capture({}, BODY);
    expect(await send(['--payload', '-', '--api-key', server.apiKey], c.io, FAST)).toBe(1);
    const saved = /saved to (\S+);/.exec(c.err())?.[1] ?? '';
    expect(await readFile(saved, 'utf8')).toBe(BODY);
    expect(c.err()).toMatch(/HTTP 503 after 4 attempts/);
  });

  it('prints help', async () => {
    const c = capture();
    expect(await send(['--help'], c.io)).toBe(0);
    expect(c.out()).toContain('Usage: iacm-report send --payload');
  });
});

describe('iacm-report ttl', () => {
  afterEach(() => server.ttl.clear());

  it('sets a delay and prints the computed times', async () => {
    const c = capture();
    const argv = [
      '--destroy-after',
      '4h',
      '--delete-workspace',
      '--delete-after',
      '2 days',
      '--pipeline-id',
      'd1',
    ];
    expect(await ttl(argv, c.io, FAST)).toBe(0);
    expect(JSON.parse(server.requests[0]?.body.toString() ?? '')).toEqual({
      pipeline_id: 'd1',
      destroy_delay_value: 4,
      destroy_delay_unit: 'hours',
      delete_workspace: true,
      delete_delay_value: 2,
      delete_delay_unit: 'days',
    });
    expect(c.out()).toMatch(/^destroy_at: \S+Z\ndelete_at: \S+Z\nstatus: scheduled\n$/);
  });

  it('sets a date, with pipeline and provisioner, and turns whole minutes into hours', async () => {
    const c = capture();
    expect(
      await ttl(
        ['--destroy-on', '2026-12-24', '--pipeline-id', 'destroy_it', '--provisioner', 'terraform'],
        c.io,
        FAST,
      ),
    ).toBe(0);
    expect(c.out()).toContain('destroy_at: 2026-12-24T00:00:00Z\n');
    // Without --pipeline-id the pipeline this workspace's time to live already names is sent again.
    const again = capture();
    expect(await ttl(['--destroy-after', '120m'], again.io, FAST)).toBe(0);
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'GET', 'PUT']);
    expect(JSON.parse(server.requests[2]?.body.toString() ?? '')).toEqual({
      pipeline_id: 'destroy_it',
      destroy_delay_value: 2,
      destroy_delay_unit: 'hours',
    });
    expect(again.err()).toContain('destroying with pipeline destroy_it, the one this workspace');
  });

  it('uses the destroy pipeline the project time to live names', async () => {
    server.ttl.set(server.workspace, { enabled: true, source: 'project', pipeline_id: 'project_destroy' });
    const c = capture();
    expect(await ttl(['--destroy-after', '2d'], c.io, FAST)).toBe(0);
    expect(JSON.parse(server.requests[1]?.body.toString() ?? '')).toMatchObject({
      pipeline_id: 'project_destroy',
    });
    expect(c.err()).toContain('(set on the project)');
  });

  it('refuses (exit 2, nothing sent) when no --pipeline-id is given and Harness has none on record', async () => {
    const c = capture();
    expect(await ttl(['--destroy-after', '4h'], c.io, FAST)).toBe(2);
    expect(c.err()).toMatch(
      /has none on record for it: give --pipeline-id <id> \(`iacm-report pipelines` lists/,
    );
    expect(c.err().trim().split('\n')).toHaveLength(1);
    expect(server.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('does not claim a default destroy pipeline in --help', async () => {
    const c = capture();
    expect(await ttl(['--help'], c.io)).toBe(0);
    expect(c.out()).not.toMatch(/default: Harness's Destroy pipeline/);
    expect(c.out()).toContain('iacm-report pipelines');
  });

  it('shows and turns off', async () => {
    await ttl(['--destroy-after', '1d', '--pipeline-id', 'd1'], capture().io, FAST);
    const shown = capture();
    expect(await ttl(['--show'], shown.io, FAST)).toBe(0);
    expect(shown.out()).toMatch(/^destroy_at: .*\nstatus: scheduled\n(.*\n)*destroy_delay_unit: days\n/);
    const off = capture();
    expect(await ttl(['--off'], off.io, FAST)).toBe(0);
    expect(off.err()).toContain('time to live turned off');
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'GET', 'DELETE']);
    // Now there is none: the 404 that says so is an answer, exit 0.
    const none = capture();
    expect(await ttl(['--show'], none.io, FAST)).toBe(0);
    expect(none.out()).toBe('status: none\n');
    expect(none.err()).toMatch(/has no time to live/);
  });

  it('--show for a workspace that does not exist: an error, exit 1', async () => {
    const c = capture();
    expect(await ttl(['--show', '--workspace', 'no-such-workspace'], c.io, FAST)).toBe(1);
    expect(c.out()).toBe('');
    expect(c.err()).toMatch(/not found \(404\).*workspace "no-such-workspace" exist/);
  });

  it.each([
    [[], /nothing to do/],
    [
      ['--destroy-after', '4h', '--destroy-on', '2026-12-24'],
      /give --destroy-after or --destroy-on, not both/,
    ],
    [['--destroy-on', '2026-05-31'], /2026-05-31 is in the past \(today is 2026-06-01 UTC\)/],
    [['--destroy-on', '2026-06-01'], /is today/],
    [['--destroy-on', '2026-02-30'], /not a date such as/],
    [['--destroy-after', '2w'], /does not take the unit "w"; use s, m, h or d/],
    [['--destroy-after', '4'], /needs a unit/],
    [['--destroy-after', '1.5h'], /not a delay such as/],
    [['--destroy-after', '0d'], /more than zero/],
    [['--destroy-after', '4h', '--delete-after', '1d'], /need --delete-workspace/],
    [['--destroy-after', '4h', '--delete-workspace'], /--delete-workspace needs --delete-after/],
    [
      ['--destroy-on', '2026-12-24', '--delete-workspace', '--delete-on', '2026-12-01'],
      /is before --destroy-on/,
    ],
    [['--show', '--off'], /give --show or --off, not both/],
    [['--off', '--destroy-after', '4h'], /--off cannot be combined with --destroy-after/],
    [['--destroy-after', '4h', '--provisioner', 'pulumi'], /not one of terraform, opentofu, terragrunt/],
    [['--destroy-after', '4h', '--pipeline-id', ' '], /--pipeline-id is empty/],
  ])('refuses %j before any call (exit 2)', async (argv, message) => {
    const c = capture();
    expect(await ttl(argv, c.io, FAST)).toBe(2);
    expect(c.err()).toMatch(message);
    expect(c.err().trim().split('\n')).toHaveLength(1);
    expect(server.requests).toHaveLength(0);
  });

  it('reports an API failure with exit 1', async () => {
    const c = capture({ HARNESS_PROJECT_ID: 'locked' });
    expect(await ttl(['--destroy-after', '4h'], c.io, FAST)).toBe(1);
    expect(c.err()).toContain('lacks permission on org "default", project "locked"');
  });
});

describe('iacm-report pipelines', () => {
  afterEach(() =>
    Object.assign(server.pipelines, { count: 5, headers: 'iacm', ignorePage: false, maxLimit: 1000 }),
  );

  it('prints one pipeline per line across pages', async () => {
    Object.assign(server.pipelines, { count: 230, headers: 'harness' });
    const c = capture();
    expect(await pipelines([], c.io, FAST)).toBe(0);
    const lines = c.out().trim().split('\n');
    expect(lines).toHaveLength(230);
    expect(lines[229]).toBe('pipeline-230');
    expect(server.requests).toHaveLength(3);
  });

  it('prints a JSON object with --json', async () => {
    const c = capture();
    expect(await pipelines(['--json'], c.io, FAST)).toBe(0);
    expect(JSON.parse(c.out())).toEqual({
      account: 'test-account',
      org: 'default',
      project: 'infra',
      workspace: 'prod-network',
      pipelines: ['pipeline-001', 'pipeline-002', 'pipeline-003', 'pipeline-004', 'pipeline-005'],
    });
  });

  it('says so when no pipeline uses the workspace', async () => {
    Object.assign(server.pipelines, { count: 0 });
    const c = capture();
    expect(await pipelines([], c.io, FAST)).toBe(0);
    expect(c.out()).toBe('');
    expect(c.err()).toContain('no pipeline uses workspace prod-network');
  });

  it('takes connection flags over variables', async () => {
    const c = capture({ HARNESS_WORKSPACE_ID: 'other' });
    expect(
      await pipelines(['--workspace', 'prod-network', '--base-url', `${server.baseUrl}/gateway`], c.io, FAST),
    ).toBe(0);
    expect(server.requests[0]?.form).toBe('gateway');
  });

  it('fails with exit 1 on a 200 that is not JSON', async () => {
    server.failNext({ kind: 'non-json' });
    const c = capture();
    expect(await pipelines([], c.io, FAST)).toBe(1);
    expect(c.err()).toMatch(/answered 200 but with a body that is not JSON/);
  });

  it('refuses a plain-http base URL to another host (exit 2)', async () => {
    const c = capture({ HARNESS_BASE_URL: 'http://app.harness.io' });
    expect(await pipelines([], c.io, FAST)).toBe(2);
    expect(c.err()).toContain('plain http://');
  });
});

describe('secrets', () => {
  it('never printed the API key, nor left it in a spooled file', async () => {
    expect(printed.length).toBeGreaterThan(20);
    const files = (await readdir(dir)).filter((name) => name.startsWith('iacm-event-'));
    expect(files.length).toBeGreaterThan(0);
    const contents = await Promise.all(files.map((name) => readFile(join(dir, name), 'utf8')));
    for (const text of [...printed, ...contents]) {
      expect(text).not.toContain(server.apiKey);
      expect(text).not.toContain('S3cr3tValue');
    }
  });
});
