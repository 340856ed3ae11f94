/** Proxy variables come from the env handed in, never from process.env behind our back. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendEvent } from '../../src/api/iacm-api.js';
import { createDispatcher } from '../../src/api/http-client.js';
import { UsageError } from '../../src/errors.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { closedPort, startConnectProxy, type ConnectProxy } from '../support/net-helpers.js';

const FAST = { baseDelayMs: 1, maxDelayMs: 5, requestTimeoutMs: 2_000, totalBudgetMs: 5_000, maxAttempts: 2 };
const BODY = '{"event_type":"active"}';

let server: IacmServer;
let proxy: ConnectProxy;
beforeAll(async () => {
  server = await startIacmServer();
  proxy = await startConnectProxy();
});
afterAll(async () => {
  await server.close();
  await proxy.close();
});

describe('proxies', () => {
  it('tunnels through HTTP_PROXY when it is set', async () => {
    await sendEvent(server.connection(), BODY, { ...FAST, env: { HTTP_PROXY: proxy.url } });
    expect(proxy.tunnels).toEqual([`127.0.0.1:${server.port}`]);
    expect(server.events.at(-1)?.toString()).toBe(BODY);
  });

  it('goes direct for hosts in NO_PROXY', async () => {
    proxy.tunnels.length = 0;
    await sendEvent(server.connection(), BODY, {
      ...FAST,
      env: { http_proxy: proxy.url, NO_PROXY: 'localhost,127.0.0.1' },
    });
    expect(proxy.tunnels).toEqual([]);
  });

  it('ignores proxy variables in process.env when the env handed in has none', async () => {
    const saved = process.env['HTTP_PROXY'];
    process.env['HTTP_PROXY'] = `http://127.0.0.1:${await closedPort()}`;
    try {
      await sendEvent(server.connection(), BODY, { ...FAST, env: {} });
    } finally {
      if (saved === undefined) delete process.env['HTTP_PROXY'];
      else process.env['HTTP_PROXY'] = saved;
    }
  });

  it('reports a dead proxy as a network error', async () => {
    const dead = `http://127.0.0.1:${await closedPort()}`;
    await expect(
      sendEvent(server.connection(), BODY, { ...FAST, env: { HTTP_PROXY: dead } }),
    ).rejects.toMatchObject({
      code: 'API_NETWORK',
    });
  });

  it('calls an unusable proxy setting a usage error', async () => {
    await expect(createDispatcher({ HTTPS_PROXY: 'not a url' }, 1000)).rejects.toThrow(UsageError);
  });
});
