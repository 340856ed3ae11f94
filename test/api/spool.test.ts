/** Spooling an undeliverable body, and the deliver-or-spool path the report pipeline uses. */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverEvent } from '../../src/api/deliver.js';
import { LARGE_BODY_CHARS, spoolBody, spoolDirectory } from '../../src/api/spool.js';
import { UsageError } from '../../src/errors.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { closedPort } from '../support/net-helpers.js';

const FAST = { baseDelayMs: 1, maxDelayMs: 5, requestTimeoutMs: 2_000, totalBudgetMs: 5_000 };
const BODY = '{"event_type":"drifted","data":{"note":"ünïcödé ✓"}}';

let dir: string;
let server: IacmServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iacm-spool-'));
  server = await startIacmServer();
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('spoolBody', () => {
  it('writes the exact body, mode 0600, with a recognisable name', async () => {
    const { file, warning } = await spoolBody(BODY, {
      spoolDir: dir,
      now: () => new Date('2026-03-04T05:06:07.890Z'),
    });
    expect(basename(file)).toMatch(/^iacm-event-20260304T050607Z-[0-9a-f]{8}\.json$/);
    expect(await readFile(file, 'utf8')).toBe(BODY);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(warning).toBeUndefined();
  });

  it('prefers the given folder, then RUNNER_TEMP, then the OS temp folder', () => {
    expect(spoolDirectory({ spoolDir: 'out', cwd: '/w', env: { RUNNER_TEMP: '/r' } })).toBe('/w/out');
    expect(spoolDirectory({ env: { RUNNER_TEMP: '/r' } })).toBe('/r');
    expect(spoolDirectory({ env: { RUNNER_TEMP: '' } })).toBe(tmpdir());
  });

  it('creates a missing folder', async () => {
    const { file } = await spoolBody(BODY, { spoolDir: join(dir, 'a', 'b') });
    expect(await readFile(file, 'utf8')).toBe(BODY);
  });

  it('warns about a body Harness rate-limits', async () => {
    const big = JSON.stringify({ event_type: 'plan', data: { x: 'y'.repeat(LARGE_BODY_CHARS) } });
    const { warning } = await spoolBody(big, { spoolDir: dir });
    expect(warning).toMatch(/500,000 characters at most once per 10 s/);
  });
});

describe('deliverEvent', () => {
  it('sends when it can', async () => {
    const result = await deliverEvent(server.connection(), BODY, { spoolDir: dir, http: FAST });
    expect(result).toEqual({ kind: 'sent' });
    expect(server.events.at(-1)?.toString()).toBe(BODY);
  });

  it('spools when the server stays down, without the key in the file or the error', async () => {
    const port = await closedPort();
    const conn = server.connection({ baseUrl: `http://127.0.0.1:${port}` });
    const logs: string[] = [];
    const result = await deliverEvent(conn, BODY, {
      env: { RUNNER_TEMP: dir },
      http: FAST,
      log: (l) => logs.push(l),
    });
    if (result.kind !== 'spooled') throw new Error('expected a spooled delivery');
    expect(result.file.startsWith(dir)).toBe(true);
    expect(result.error.code).toBe('API_NETWORK');
    expect(await readFile(result.file, 'utf8')).toBe(BODY);
    for (const text of [result.error.message, ...logs, await readFile(result.file, 'utf8')]) {
      expect(text).not.toContain(server.apiKey);
    }
    expect(logs).toHaveLength(3);
  });

  it('does not spool a usage problem: nothing was attempted', async () => {
    await expect(
      deliverEvent(server.connection({ baseUrl: 'http://example.com' }), BODY, { spoolDir: dir }),
    ).rejects.toBeInstanceOf(UsageError);
  });
});
