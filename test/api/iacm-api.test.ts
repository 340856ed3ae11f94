/** Time to live and pipeline listing against the real test server, and response validation. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  deleteEphemeralConfig,
  getEphemeralConfig,
  listWorkspacePipelines,
  putEphemeralConfig,
  saysNoConfig,
} from '../../src/api/iacm-api.js';
import { readPageHeaders } from '../../src/api/list-pipelines.js';
import type { HttpOptions } from '../../src/api/http-client.js';
import { ApiError } from '../../src/errors.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';

const FAST: HttpOptions = { baseDelayMs: 1, maxDelayMs: 5, requestTimeoutMs: 2_000, totalBudgetMs: 5_000 };

let server: IacmServer;
beforeAll(async () => {
  server = await startIacmServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
  server.failAlways(undefined);
  Object.assign(server.pipelines, { count: 5, headers: 'iacm', ignorePage: false, maxLimit: 1000 });
});

function pages(): string[] {
  return server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('page') ?? '');
}

describe('ephemeral config', () => {
  it('sets, reads and removes the time to live', async () => {
    const conn = server.connection();
    const before = Date.now();
    const answer = await putEphemeralConfig(
      conn,
      {
        pipeline_id: 'destroy_ws',
        destroy_delay_value: 4,
        destroy_delay_unit: 'hours',
        delete_workspace: true,
        delete_delay_value: 1,
        delete_delay_unit: 'days',
      },
      FAST,
    );
    expect(answer.status).toBe('scheduled');
    const destroyAt = Date.parse(answer.destroy_at ?? '');
    expect(destroyAt - before).toBeGreaterThanOrEqual(4 * 3600_000 - 1000);
    expect(Date.parse(answer.delete_at ?? '') - destroyAt).toBe(86_400_000);
    expect(JSON.parse(server.requests[0]?.body.toString() ?? '')).toMatchObject({
      destroy_delay_unit: 'hours',
    });

    const shown = await getEphemeralConfig(conn, FAST);
    expect(shown).toMatchObject({ destroy_at: answer.destroy_at, destroy_delay_value: 4 });

    await deleteEphemeralConfig(conn, FAST);
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'GET', 'DELETE']);
    // No config left: Harness's 404 says so, and that is an answer ("none"), not an error.
    expect(await getEphemeralConfig(conn, FAST)).toBeUndefined();
  });

  it('a 404 for an unknown workspace stays an error', async () => {
    const conn = { ...server.connection(), workspace: 'no-such-workspace' };
    const error = await getEphemeralConfig(conn, FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'API_NOT_FOUND', status: 404 });
    // Our words name the workspace; the server's own text stays out of the message.
    expect((error as ApiError).message).toMatch(/workspace "no-such-workspace" exist/);
    expect((error as ApiError).serverMessage).toMatch(/workspace no-such-workspace not found/);
  });

  it.each([
    ['no ephemeral config for this workspace', true],
    ['ephemeral config not found for workspace prod', true],
    ['EphemeralConfig does not exist', true],
    ['no time to live configured', true],
    ['configuration not found', true],
    ['workspace prod not found', false],
    ['Workspace with identifier prod does not exist', false],
    ['project infra not found: ephemeral config unavailable', false],
    ['unknown workspace', false],
    ['Not Found', false],
    ['', false],
  ])('a 404 saying %j means "no time to live": %s', (message, none) => {
    expect(saysNoConfig(message === '' ? undefined : message)).toBe(none);
  });

  it('reports an empty delete_at as absent', async () => {
    const answer = await putEphemeralConfig(
      server.connection(),
      { pipeline_id: 'destroy_ws', destroy_on_date: '2099-12-24' },
      FAST,
    );
    expect(answer.destroy_at).toBe('2099-12-24T00:00:00Z');
    expect(answer.delete_at).toBeUndefined();
  });

  it('calls a 200 with a non-JSON body an API_RESPONSE error', async () => {
    server.failNext({ kind: 'non-json' });
    const error = await putEphemeralConfig(
      server.connection(),
      { pipeline_id: 'destroy_ws', destroy_on_date: '2099-01-01' },
      FAST,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'API_RESPONSE', exitCode: 1 });
    expect((error as Error).message).toContain('not JSON (text/html)');
  });
});

describe('listWorkspacePipelines', () => {
  it.each(['iacm', 'harness', 'none'] as const)('follows pages with %s headers', async (headers) => {
    Object.assign(server.pipelines, { count: 7, headers });
    const result = await listWorkspacePipelines(server.connection(), { ...FAST, pageSize: 3 });
    expect(result.pipelines).toEqual(Array.from({ length: 7 }, (_, i) => `pipeline-00${i + 1}`));
    expect(result).toMatchObject({
      account: 'test-account',
      org: 'default',
      project: 'infra',
      truncated: false,
    });
    expect(pages()).toEqual(['1', '2', '3']);
  });

  it('stops on an exact multiple: by the totals, or on the empty page without them', async () => {
    Object.assign(server.pipelines, { count: 6, headers: 'iacm' });
    await listWorkspacePipelines(server.connection(), { ...FAST, pageSize: 3 });
    expect(pages()).toEqual(['1', '2']);
    server.requests.length = 0;
    Object.assign(server.pipelines, { headers: 'none' });
    const result = await listWorkspacePipelines(server.connection(), { ...FAST, pageSize: 3 });
    expect(result.pipelines).toHaveLength(6);
    expect(pages()).toEqual(['1', '2', '3']);
  });

  it('uses the page size the server says when it caps our limit', async () => {
    Object.assign(server.pipelines, { count: 250, headers: 'harness', maxLimit: 100 });
    const result = await listWorkspacePipelines(server.connection(), { ...FAST, pageSize: 1000 });
    expect(result.pipelines).toHaveLength(250);
    expect(pages()).toEqual(['1', '2', '3']);
  });

  it.each(['iacm', 'harness', 'none'] as const)(
    'does not loop on a server that ignores page (%s headers)',
    async (headers) => {
      Object.assign(server.pipelines, { count: 10, headers, ignorePage: true });
      const result = await listWorkspacePipelines(server.connection(), { ...FAST, pageSize: 3 });
      expect(result.pipelines).toEqual(['pipeline-001', 'pipeline-002', 'pipeline-003']);
      expect(server.requests).toHaveLength(2);
    },
  );

  it('stops at the page cap and says so', async () => {
    Object.assign(server.pipelines, { count: 50, headers: 'none' });
    const result = await listWorkspacePipelines(server.connection(), { ...FAST, pageSize: 2, maxPages: 4 });
    expect(result.pipelines).toHaveLength(8);
    expect(result.truncated).toBe(true);
    expect(server.requests).toHaveLength(4);
  });

  it('returns an empty list for a workspace no pipeline uses', async () => {
    Object.assign(server.pipelines, { count: 0 });
    const result = await listWorkspacePipelines(server.connection(), FAST);
    expect(result.pipelines).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('rejects a 200 that is not JSON, and JSON of the wrong shape', async () => {
    server.failNext({ kind: 'non-json' });
    await expect(listWorkspacePipelines(server.connection(), FAST)).rejects.toMatchObject({
      code: 'API_RESPONSE',
    });
    server.failNext({ kind: 'status', status: 200, body: '{"pipelines":"p1"}' });
    await expect(listWorkspacePipelines(server.connection(), FAST)).rejects.toThrow(
      /unexpected shape \(pipelines:/,
    );
  });

  it('reads either header naming', () => {
    expect(readPageHeaders({ 'x-total-elements': '12', 'x-page-number': '0', 'x-page-size': '5' })).toEqual({
      totalItems: 12,
      pageNumber: 0,
      pageSize: 5,
    });
    expect(readPageHeaders({ 'x-total-items': '12', 'x-total-pages': '3', 'x-page-size': 'many' })).toEqual({
      totalItems: 12,
      totalPages: 3,
    });
  });
});
