/** sendEvent against the real test server: headers, paths, retries, timeouts and error messages. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getEphemeralConfig, putEphemeralConfig, sendEvent } from '../../src/api/iacm-api.js';
import { outcomeUnknown } from '../../src/api/retry-after.js';
import type { HttpOptions } from '../../src/api/http-client.js';
import { ApiError, UsageError } from '../../src/errors.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { closedPort } from '../support/net-helpers.js';

const FAST: HttpOptions = { baseDelayMs: 1, maxDelayMs: 5, requestTimeoutMs: 2_000, totalBudgetMs: 5_000 };
const BODY = JSON.stringify({
  event_type: 'plan',
  metadata: { activity_type: 'plan', activity_status: 'success' },
});

let server: IacmServer;
beforeAll(async () => {
  server = await startIacmServer({
    echoKeyInErrors: true,
    workspaces: ['prod-network', 'ws with spaces/and slash'],
  });
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
  server.events.length = 0;
  server.failAlways(undefined);
});

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).message).not.toContain(server.apiKey);
  expect((error as ApiError).message).not.toContain('S3cr3tValue');
  return error as ApiError;
}

describe('sendEvent', () => {
  it('posts the body unchanged with the documented headers', async () => {
    await sendEvent(server.connection(), BODY, FAST);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/iacm/api/orgs/default/projects/infra/workspaces/prod-network/events');
    expect(request?.headers['harness-account']).toBe('test-account');
    expect(request?.headers['x-api-key']).toBe(server.apiKey);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['accept']).toBe('application/json, application/vnd.goa.error');
    expect(server.events.map(String)).toEqual([BODY]);
  });

  it('reaches the /gateway form and the in-stage /api form, encoding the workspace', async () => {
    const workspace = 'ws with spaces/and slash';
    await sendEvent(server.connection({ baseUrl: `${server.baseUrl}/gateway/`, workspace }), BODY, FAST);
    await sendEvent(
      server.connection({ serviceUrl: server.baseUrl, baseUrl: 'https://unused.example' }),
      BODY,
      FAST,
    );
    expect(server.requests.map((r) => r.form)).toEqual(['gateway', 'in-stage']);
    expect(server.requests[0]?.url).toContain('/workspaces/ws%20with%20spaces%2Fand%20slash/events');
    expect(server.events).toHaveLength(2);
  });

  it('rides out two 503s and a 429', async () => {
    server.failNext(
      { kind: 'status', status: 503 },
      { kind: 'status', status: 429 },
      { kind: 'status', status: 503 },
    );
    const logs: string[] = [];
    await sendEvent(server.connection(), BODY, { ...FAST, log: (line) => logs.push(line) });
    expect(server.requests).toHaveLength(4);
    expect(server.events).toHaveLength(1);
    expect(logs).toHaveLength(3);
    expect(logs[0]).toMatch(/HTTP 503; retrying in \d+\.\d s \(attempt 2 of 4\)/);
  });

  it('does not re-send an event after a reset: its outcome is unknown, the caller looks it up', async () => {
    server.failNext({ kind: 'reset' });
    const error = await failure(sendEvent(server.connection(), BODY, FAST));
    expect(outcomeUnknown(error)).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('rides out a reset connection on a call that may be repeated', async () => {
    server.failNext({ kind: 'reset' });
    await putEphemeralConfig(server.connection(), { pipeline_id: 'd', destroy_on_date: '2099-01-01' }, FAST);
    expect(server.requests).toHaveLength(2);
  });

  it('explains a wrong key (401) without retrying and without echoing the key', async () => {
    // Not Harness-shaped, so only the explicit secret list can catch the server's echo of it.
    const error = await failure(
      sendEvent(server.connection({ apiKey: 'wrong-key-WRONGKEY123' }), BODY, FAST),
    );
    expect(error.code).toBe('API_UNAUTHORIZED');
    expect(error.status).toBe(401);
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(/wrong, expired or revoked.*create a new API key/);
    expect(error.message).not.toContain('WRONGKEY123');
    // The server's free text is never printed (it may quote what was sent): status and codes only.
    expect(error.message).not.toContain('is not valid');
    expect(server.requests).toHaveLength(1);
  });

  it('names the project a 403 is about', async () => {
    const error = await failure(sendEvent(server.connection({ project: 'locked' }), BODY, FAST));
    expect(error.code).toBe('API_FORBIDDEN');
    expect(error.message).toContain('org "default", project "locked"');
  });

  it('names org, project and workspace on a 404', async () => {
    const error = await failure(sendEvent(server.connection({ workspace: 'nope' }), BODY, FAST));
    expect(error.code).toBe('API_NOT_FOUND');
    expect(error.message).toContain('org "default", project "infra" and workspace "nope"');
    expect(error.message).not.toContain('nope not found');
  });

  it("passes on the server's code and id for a 400, never its message, and does not retry it", async () => {
    const error = await failure(sendEvent(server.connection(), '{"event_type":"bogus"}', FAST));
    expect(error.code).toBe('API_BAD_REQUEST');
    expect(error.message).toMatch(/HTTP 400; Harness answered \[invalid_enum_value\] \(id err-1234\)$/);
    expect(server.requests).toHaveLength(1);
  });

  it('gives up on 429 after the bounded number of attempts', async () => {
    server.failAlways({ kind: 'status', status: 429, body: '' });
    const error = await failure(sendEvent(server.connection(), BODY, { ...FAST, maxAttempts: 3 }));
    expect(error.code).toBe('API_RATE_LIMITED');
    expect(error.message).toContain('after 3 attempts');
    expect(server.requests).toHaveLength(3);
  });

  it('ends a 500-forever server within the total time budget', async () => {
    server.failAlways({ kind: 'status', status: 500, body: 'upstream exploded', contentType: 'text/plain' });
    const started = Date.now();
    // A GET: retried (an event POST is not, see at-most-once.test.ts).
    const error = await failure(
      getEphemeralConfig(server.connection(), {
        baseDelayMs: 40,
        maxDelayMs: 80,
        maxAttempts: 1000,
        totalBudgetMs: 400,
      }),
    );
    const elapsed = Date.now() - started;
    expect(error.code).toBe('API_SERVER');
    expect(error.message).toMatch(/failed with HTTP 500 after \d+ attempts$/);
    expect(elapsed).toBeLessThan(1_000);
    expect(server.requests.length).toBeGreaterThan(2);
  });

  it('times out a server that never answers, within the bound', async () => {
    server.failAlways({ kind: 'hang' });
    const started = Date.now();
    const error = await failure(
      getEphemeralConfig(server.connection(), {
        ...FAST,
        requestTimeoutMs: 150,
        maxAttempts: 2,
        totalBudgetMs: 2_000,
      }),
    );
    expect(error.code).toBe('API_TIMEOUT');
    expect(error.message).toMatch(/no answer from 127\.0\.0\.1:\d+ within 0\.15 s \(2 attempts\)/);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(server.requests).toHaveLength(2);
  });

  it('cuts the last attempt short when the total budget runs out', async () => {
    server.failAlways({ kind: 'hang' });
    const started = Date.now();
    const error = await failure(
      sendEvent(server.connection(), BODY, { ...FAST, requestTimeoutMs: 10_000, totalBudgetMs: 300 }),
    );
    expect(error.code).toBe('API_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('waits for a slow server that answers in time', async () => {
    server.failNext({ kind: 'slow', delayMs: 100 });
    await sendEvent(server.connection(), BODY, FAST);
    expect(server.events).toHaveLength(1);
  });

  it('names the host when nothing listens', async () => {
    const port = await closedPort();
    const error = await failure(
      sendEvent(server.connection({ baseUrl: `http://127.0.0.1:${port}` }), BODY, FAST),
    );
    expect(error.code).toBe('API_NETWORK');
    expect(error.message).toContain(`cannot reach 127.0.0.1:${port} (ECONNREFUSED`);
    expect(error.message).toContain('(4 attempts)');
  });

  it('refuses plain http to another machine before sending anything', async () => {
    await expect(
      sendEvent(server.connection({ baseUrl: 'http://app.harness.io' }), BODY, FAST),
    ).rejects.toThrow(UsageError);
  });

  it('refuses to call without a key', async () => {
    await expect(sendEvent(server.connection({ apiKey: undefined }), BODY, FAST)).rejects.toThrow(
      /missing API key/,
    );
  });
});

describe('redirects', () => {
  it('does not follow them (the key would go along) and says where they point', async () => {
    server.failNext({ kind: 'status', status: 301, body: '' });
    const error = await sendEvent(server.connection(), BODY, FAST).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'API_BAD_REQUEST', status: 301 });
    expect((error as Error).message).toContain('answered with a redirect (HTTP 301)');
    expect(server.requests).toHaveLength(1);
  });
});
