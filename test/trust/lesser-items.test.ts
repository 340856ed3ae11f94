/**
 * Issue 23, item 6 (the lesser items this branch owns): server text printed by `pipelines` stays
 * one plain line per id (no terminal escapes, no forged lines); an account id with CR/LF is
 * refused before any request, without quoting it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run as pipelines } from '../../src/cli/pipelines-command.js';
import { captureIo } from '../support/capture-io.js';
import { startIacmServer, type IacmServer, iacmServerEnv } from '../support/iacm-server.js';

const FAST = { http: { baseDelayMs: 1, maxDelayMs: 5, requestTimeoutMs: 3_000, totalBudgetMs: 8_000 } };
let server: IacmServer;
let dir: string;

beforeAll(async () => {
  server = await startIacmServer();
  dir = await mkdtemp(join(tmpdir(), 'iacm-lesser-'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...iacmServerEnv(server),
    ...extra,
  };
}

it('pipelines prints a hostile server id as one plain line', async () => {
  server.pipelines.count = 2;
  server.pipelines.name = (i) =>
    i === 0 ? 'p1\u001b[2J\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007' : 'p2\nforged: line';
  const c = captureIo(env(), dir);
  expect(await pipelines([], c.io, FAST)).toBe(0);
  const lines = c.stdout().trim().split('\n');
  // The escape bytes shown, not obeyed (plainText's rule); the line break a space.
  expect(lines).toEqual([
    'p1<U+001B>[2J<U+001B>]8;;https://evil.example<U+0007>click<U+001B>]8;;<U+0007>',
    'p2 forged: line',
  ]);
  expect(c.stdout()).not.toContain('\u001b');
  server.pipelines.name = undefined;
});

it('an account id with CR/LF is refused before any request, without quoting it', async () => {
  const before = server.requests.length;
  const c = captureIo(env({ HARNESS_ACCOUNT_ID: 'acct\r\nX-Injected: 1' }), dir);
  expect(await pipelines([], c.io, FAST)).toBe(2);
  expect(c.stderr()).toMatch(/account id holds a space, line break, control or non-ASCII character/);
  expect(c.stderr()).not.toContain('X-Injected');
  expect(server.requests.length).toBe(before);
});
