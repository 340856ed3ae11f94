/**
 * At most once (issue 26): Retry-After (seconds or a date) is honoured for 429/503 within the
 * budget; an event whose answer is lost is looked up before anything is re-sent, so one report is
 * one activity whether the event landed (answer lost) or not (connection reset before Harness
 * read it).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendEvent } from '../../src/api/iacm-api.js';
import { retryAfterMs } from '../../src/api/retry-after.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { cli, placeScenario, serverEnv } from '../uploads/support.js';

let server: IacmServer;
let dir: string;

beforeAll(async () => {
  server = await startIacmServer();
  dir = await mkdtemp(join(tmpdir(), 'iacm-once-'));
  await placeScenario(join(dir, 'single'), 'basic_list_update');
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  server.requests.length = 0;
  server.events.length = 0;
  server.activities.length = 0;
  server.failAlways(undefined);
});

const BODY = '{"event_type":"plan","metadata":{"activity_type":"plan"}}';
const eventPosts = () => server.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/events'));

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates', () => {
    const now = Date.parse('2026-12-07T05:00:00Z');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Mon, 07 Dec 2026 05:00:12 GMT', now)).toBe(12_000);
    expect(retryAfterMs('Mon, 07 Dec 2026 04:59:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });

  it.each([
    [429, '3', 3000],
    [503, '2', 2000],
  ] as const)('waits what a %i asks (%s s) before the one retry', async (status, header, wanted) => {
    server.failNext({ kind: 'retry-after', status, retryAfter: header });
    const waits: number[] = [];
    await sendEvent(server.connection(), BODY, {
      random: () => 0,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      totalBudgetMs: 10_000,
    });
    expect(waits).toEqual([wanted]);
    expect(server.events).toHaveLength(1);
    expect(eventPosts()).toHaveLength(2);
  });

  it('gives up at once when the wait asked for is past the budget', async () => {
    server.failNext({ kind: 'retry-after', status: 429, retryAfter: '600' });
    const waits: number[] = [];
    const lines: string[] = [];
    const error = await sendEvent(server.connection(), BODY, {
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      totalBudgetMs: 5_000,
      log: (line) => lines.push(line),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'API_RATE_LIMITED' });
    expect(waits).toEqual([]);
    expect(eventPosts()).toHaveLength(1);
    expect(lines.join('\n')).toContain('asks to wait 600 s, past this run');
  });

  it('does not re-send an event after a 500 by itself (its outcome is unknown)', async () => {
    server.failNext({ kind: 'status', status: 500 });
    const error = await sendEvent(server.connection(), BODY, { baseDelayMs: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500 });
    expect(eventPosts()).toHaveLength(1);
  });
});

describe('an event whose answer is lost', () => {
  it('landed: found by the lookup, not sent again (exactly one activity)', async () => {
    server.failNext({ kind: 'lost-answer' });
    const result = await cli(['--plan', 'single/tfplan.json'], dir, serverEnv(server));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Harness recorded it: not sent again');
    expect(eventPosts()).toHaveLength(1);
    expect(server.activities).toHaveLength(1);
  });

  it('did not land (reset before Harness read it): sent once more (exactly one activity)', async () => {
    server.failNext({ kind: 'reset' });
    const result = await cli(['--plan', 'single/tfplan.json'], dir, serverEnv(server));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Harness has no activity for it: sending it once more');
    expect(eventPosts()).toHaveLength(2);
    expect(server.activities).toHaveLength(1);
  });
});
