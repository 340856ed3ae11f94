/**
 * Bounded network: no server, proxy or GitHub API can make a run hang, balloon or lose its report.
 * Loopback servers only, each misbehaving in one way; each run must end within its bound with the
 * stated exit code and a clear line, the body spooled (never sent twice, never lost).
 *
 * Cases (issue 17): a 200 that streams without end, an error body without end, a proxy that
 * accepts and never answers, a GitHub API that never answers (the Action's comment), an API key
 * with a line break, a server message with terminal escapes, an unwritable spool folder.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommandOverrides } from '../../src/cli/command-runner.js';
import { main } from '../../src/cli/main.js';
import { run as report } from '../../src/cli/report-command.js';
import { run as send } from '../../src/cli/send-command.js';
import { captureIo } from '../support/capture-io.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { closedPort } from '../support/net-helpers.js';
import {
  BUILD_TIMEOUT_MS,
  ensureBundles,
  ROOT,
  runActionBundle,
  runCli,
  STACK_TRACE,
} from './support/entries.js';

const PLAN = 'test/fixtures/plans/terraform-json/testdata/action_reason/plan.json';
const CI_CONTEXT = {
  DRONE_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
  DRONE_COMMIT_BRANCH: 'main',
  DRONE_REPO_LINK: 'https://git.example/acme/infra',
};
const FAST: CommandOverrides = {
  http: {
    connectTimeoutMs: 500,
    requestTimeoutMs: 400,
    maxAttempts: 3,
    baseDelayMs: 5,
    maxDelayMs: 20,
    totalBudgetMs: 2_000,
  },
};
const FAST_BOUND_MS = 5_000;

let healthy: IacmServer;
let spool: string;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  await ensureBundles(['cli', 'action']);
  healthy = await startIacmServer();
}, BUILD_TIMEOUT_MS);
afterAll(async () => {
  await healthy.close();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  if (spool !== undefined) await rm(spool, { recursive: true, force: true });
});

function harnessEnv(baseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...CI_CONTEXT,
    HARNESS_ACCOUNT_ID: healthy.accountId,
    HARNESS_ORG_ID: healthy.org,
    HARNESS_PROJECT_ID: healthy.project,
    HARNESS_WORKSPACE_ID: healthy.workspace,
    HARNESS_API_KEY: healthy.apiKey,
    HARNESS_BASE_URL: baseUrl,
    ...extra,
  };
}

async function listen(server: Server | NetServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** An HTTP server that answers `status` and then streams body bytes until the client goes away. */
async function endlessServer(status: number): Promise<string> {
  const server = createHttpServer((req, res) => {
    req.resume();
    res.writeHead(status, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = (): void => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump);
    };
    res.write('{"message":"');
    pump();
  });
  const port = await listen(server);
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return `http://127.0.0.1:${port}`;
}

/** A TCP server that accepts every connection and never says a word (a stuck proxy or API). */
async function silentServer(): Promise<number> {
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.resume();
  });
  const port = await listen(server);
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return port;
}

async function runReport(env: Record<string, string>, overrides: CommandOverrides = FAST) {
  spool = await mkdtemp(join(tmpdir(), 'iacm-bounds-spool-'));
  const captured = captureIo(env, ROOT);
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const code = await report(['--plan', PLAN, '--spool-dir', spool], captured.io, overrides);
  return {
    code,
    ms: performance.now() - started,
    grewBy: process.memoryUsage().rss - before,
    stdout: captured.stdout(),
    stderr: captured.stderr(),
    // The body only: its target file (`.target.json`, never the key) lies beside it.
    spooled: (await readdir(spool)).filter((name) => !name.endsWith('.target.json')),
  };
}

describe('every answer read with a cap', () => {
  it('a 200 that streams without end: exit 1 in time, "more than 1 MiB", body spooled, memory flat', async () => {
    const run = await runReport(harnessEnv(await endlessServer(200)), {
      http: { ...FAST.http, requestTimeoutMs: 20_000, totalBudgetMs: 20_000 },
    });
    expect(run.ms, 'the cap, not the deadline, ended it').toBeLessThan(FAST_BOUND_MS);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/answered 200 but with a body of more than 1 MiB/);
    expect(run.spooled).toHaveLength(1);
    expect(run.grewBy).toBeLessThan(200 * 1024 ** 2);
  });

  it('an error body without end is cut: exit 1 with the status, not "no answer"', async () => {
    const run = await runReport(harnessEnv(await endlessServer(400)), {
      http: { ...FAST.http, requestTimeoutMs: 20_000, totalBudgetMs: 20_000 },
    });
    expect(run.ms).toBeLessThan(FAST_BOUND_MS);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/refused the request with HTTP 400/);
    expect(run.stderr).not.toMatch(/a{10}/);
    expect(run.spooled).toHaveLength(1);
  });
});

describe('one deadline per try covers the proxy too', () => {
  it('a proxy that accepts and never answers: exit 1 within the stated bound, saying so', async () => {
    const proxy = await silentServer();
    const env = harnessEnv('https://iacm.example.test', { HTTPS_PROXY: `http://127.0.0.1:${proxy}` });
    const run = await runReport(env);
    expect(run.ms).toBeLessThan(FAST_BOUND_MS);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/no answer from iacm\.example\.test within 0\.4 s/);
    expect(run.stderr).toContain('(attempt 3 of 3)');
    expect(run.spooled).toHaveLength(1);
  });
});

describe('bad keys and hostile text', () => {
  it('an API key with a line break is bad input (exit 2) before anything is sent', async () => {
    healthy.requests.length = 0;
    for (const key of [`${healthy.apiKey}\r\nX-Evil: 1`, `pat.a.b\u0000c`]) {
      const captured = captureIo(harnessEnv(healthy.baseUrl, { HARNESS_API_KEY: key }), ROOT);
      const code = await main(['--plan', PLAN], captured.io);
      expect(code).toBe(2);
      expect(captured.stderr()).toMatch(
        /^iacm-report: error: --api-key \/ HARNESS_API_KEY: the key holds a space, line break, control or non-ASCII character/,
      );
      expect(captured.stderr()).not.toContain('X-Evil');
    }
    expect(healthy.requests).toHaveLength(0);
  });

  it('a server message with terminal escapes and forged lines is not printed at all', async () => {
    const hostile = await startIacmServer();
    cleanups.push(() => hostile.close());
    hostile.failAlways({
      kind: 'status',
      status: 400,
      body: JSON.stringify({ message: '\u001b[2J\u001b[31mforged\u001b]0;title\u0007 line\r\nnext' }),
    });
    const payload = join(tmpdir(), `iacm-bounds-payload-${process.pid}.json`);
    const body = await runPreview();
    await writeFile(payload, body);
    cleanups.push(() => rm(payload, { force: true }));
    const captured = captureIo(harnessEnv(hostile.baseUrl), ROOT);
    expect(await send(['--payload', payload], captured.io, FAST)).toBe(1);
    expect(captured.stderr()).toContain('refused the request with HTTP 400');
    expect(captured.stderr()).not.toContain('forged');
    // eslint-disable-next-line no-control-regex -- no escape or control character may get through
    expect(captured.stderr()).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });
});

async function runPreview(): Promise<string> {
  const preview = captureIo(CI_CONTEXT, ROOT);
  expect(await main(['--plan', PLAN, '--dry-run'], preview.io)).toBe(0);
  return preview.stdout().trim();
}

describe('no report lost', () => {
  it('an unwritable --spool-dir given outright is bad input: one line, exit 2, nothing sent (bundle)', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'iacm-bounds-tmp-'));
    cleanups.push(() => rm(temp, { recursive: true, force: true }));
    const notAFolder = join(temp, 'a-file');
    await writeFile(notAFolder, 'x');
    const run = await runCli(['--plan', PLAN, '--spool-dir', join(notAFolder, 'spool')], {
      env: { ...harnessEnv(`http://127.0.0.1:${await closedPort()}`), TMPDIR: temp },
      timeoutMs: 20_000,
    });
    expect(run.timedOut).toBe(false);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/--spool-dir .*a-file\/spool: the folder cannot be made or written \(ENOTDIR\)/),
    ]);
  }, 30_000);

  it('an unwritable spool folder from RUNNER_TEMP falls back to the OS temp folder and says where (bundle)', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'iacm-bounds-tmp-'));
    cleanups.push(() => rm(temp, { recursive: true, force: true }));
    const notAFolder = join(temp, 'a-file');
    await writeFile(notAFolder, 'x');
    const run = await runCli(['--plan', PLAN], {
      env: {
        ...harnessEnv(`http://127.0.0.1:${await closedPort()}`),
        TMPDIR: temp,
        RUNNER_TEMP: join(notAFolder, 'spool'),
      },
      timeoutMs: 20_000,
    });
    expect(run.timedOut).toBe(false);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).toMatch(/warning: the spool folder .*a-file\/spool could not be written \(ENOTDIR\)/);
    const saved = (await readdir(temp)).filter(
      (name) => name.startsWith('iacm-event-') && !name.endsWith('.target.json'),
    );
    expect(saved).toHaveLength(1);
    expect(run.stderr).toContain(
      `send it later with: iacm-report send --payload ${join(temp, saved[0] ?? '')}`,
    );
    expect(await readFile(join(temp, saved[0] ?? ''), 'utf8')).toMatch(/^\{"event_type":"plan"/);
  }, 30_000);
});

describe("the Action's GitHub calls are bounded", () => {
  it('a GitHub API that never answers: the comment is a warning and the step finishes', async () => {
    const github = await silentServer();
    const run = await runActionBundle({
      inputs: { plan: PLAN, 'dry-run': 'true', comment: 'always', 'forge-timeout': '2' },
      eventName: 'pull_request',
      event: { pull_request: { number: 7 } },
      env: { GITHUB_API_URL: `http://127.0.0.1:${github}` },
      timeoutMs: 20_000,
    });
    cleanups.push(() => rm(run.runnerTemp, { recursive: true, force: true }));
    expect(run.timedOut, 'the step ended on its own').toBe(false);
    expect(run.ms).toBeLessThan(10_000);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::comment: could not write the pull request comment: GitHub API GET 127\.0\.0\.1:\d+\/user: no answer within 2 s; the 2 s deadline \(forge-timeout\) passed/,
    );
    expect(run.outputs['added']).toBe('1');
  }, 30_000);
});
