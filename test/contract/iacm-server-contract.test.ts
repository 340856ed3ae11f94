/**
 * The test IaCM server checks what it receives against Harness's published contract
 * (test/contract/harness-openapi-iacm.json) and answers 400 as Harness's goa-generated service
 * does; the same requests pass a server with the check off, so the check is what refuses them.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';

let checked: IacmServer;
let unchecked: IacmServer;

beforeAll(async () => {
  checked = await startIacmServer();
  unchecked = await startIacmServer({ contract: false });
});
afterAll(async () => {
  await checked.close();
  await unchecked.close();
});

function ws(server: IacmServer, tail: string, workspace = server.workspace): string {
  return `${server.baseUrl}/iacm/api/orgs/${server.org}/projects/${server.project}/workspaces/${encodeURIComponent(workspace)}/${tail}`;
}

async function call(
  server: IacmServer,
  method: string,
  url: string,
  body?: unknown,
  account: string = server.accountId,
): Promise<{ status: number; json: Record<string, unknown> | undefined }> {
  const res = await fetch(url, {
    method,
    headers: { 'x-api-key': server.apiKey, 'Harness-Account': account, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    json: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
  };
}

const counts = { added: 1, changed: 0, deleted: 0, unchanged: 3 };

describe('the test IaCM server holds every request to Harness’s contract', () => {
  const broken: [string, string, (s: IacmServer) => string, unknown, string][] = [
    ['an event without event_type', 'POST', (s) => ws(s, 'events'), { metadata: {} }, 'missing_field'],
    [
      'an event type spelt with an underscore',
      'POST',
      (s) => ws(s, 'events'),
      { event_type: 'stage_complete' },
      'invalid_enum_value',
    ],
    [
      'counts without unchanged',
      'POST',
      (s) => ws(s, 'events'),
      { event_type: 'plan', metadata: { resource_counts: { added: 1, changed: 0, deleted: 0 } } },
      'missing_field',
    ],
    [
      'a cost as a number',
      'POST',
      (s) => ws(s, 'events'),
      { event_type: 'plan', metadata: { resource_counts: counts, cost_total_monthly: 12.5 } },
      'invalid_field_type',
    ],
    [
      'an execution number as a number',
      'POST',
      (s) => ws(s, 'events'),
      { event_type: 'plan', metadata: { pipeline_execution_number: 7 } },
      'invalid_field_type',
    ],
    [
      'a time to live without pipeline_id',
      'PUT',
      (s) => ws(s, 'ephemeral-config'),
      { destroy_delay_value: 4, destroy_delay_unit: 'hours' },
      'missing_field',
    ],
    [
      'a time to live in weeks',
      'PUT',
      (s) => ws(s, 'ephemeral-config'),
      { pipeline_id: 'destroy', destroy_delay_value: 1, destroy_delay_unit: 'weeks' },
      'invalid_enum_value',
    ],
    [
      'a pipelines page of limit 0',
      'GET',
      (s) => `${ws(s, 'pipelines')}?limit=0&page=1`,
      undefined,
      'invalid_range',
    ],
    [
      'a pipelines limit that is not a number',
      'GET',
      (s) => `${ws(s, 'pipelines')}?limit=ten`,
      undefined,
      'invalid_field_type',
    ],
    [
      'an upload without stage_id',
      'POST',
      (s) =>
        `${ws(s, 'data')}?pipeline_id=p&pipeline_execution_id=e&pipeline_stage_id=s&provisioner_type=tf&data_type=plan_human`,
      'x',
      'missing_field',
    ],
    [
      'an upload of an unknown data type',
      'POST',
      (s) =>
        `${ws(s, 'data')}?pipeline_id=p&stage_id=s&pipeline_execution_id=e&pipeline_stage_id=s&provisioner_type=tf&data_type=plan_raw`,
      'x',
      'invalid_enum_value',
    ],
    [
      'an event to a workspace id over 1024 characters',
      'POST',
      (s) => ws(s, 'events', 'w'.repeat(1025)),
      { event_type: 'plan' },
      'invalid_length',
    ],
  ];

  it.each(broken)('refuses %s with 400', async (_what, method, url, body, name) => {
    const before = checked.violations.length;
    const answer = await call(checked, method, url(checked), body);
    expect(answer.status).toBe(400);
    expect(answer.json?.['name']).toBe(name);
    expect(checked.violations).toHaveLength(before + 1);
    expect(checked.events).toHaveLength(0);
  });

  it('lets the same requests past when the check is off (so the check is what refused them)', async () => {
    const [, method, url, body] = broken[1] ?? [];
    const answer = await call(unchecked, method ?? '', url?.(unchecked) ?? '', body);
    expect(answer.status).toBe(200);
    expect(unchecked.events).toHaveLength(1);
  });

  it('refuses a Harness-Account header over 128 characters', async () => {
    const server = await startIacmServer({ accountId: 'a'.repeat(129) });
    try {
      const answer = await call(
        server,
        'POST',
        ws(server, 'events'),
        { event_type: 'plan' },
        server.accountId,
      );
      expect(answer).toMatchObject({ status: 400, json: { name: 'invalid_length' } });
    } finally {
      await server.close();
    }
  });

  it('accepts a body that keeps the contract', async () => {
    const answer = await call(checked, 'POST', ws(checked, 'events'), {
      event_type: 'plan',
      metadata: {
        activity_type: 'plan',
        resource_counts: counts,
        cost_total_monthly: '12.5',
        trigger: { by: 'me' },
      },
    });
    expect(answer.status).toBe(200);
    expect(checked.events).toHaveLength(1);
  });

  it('parses an event body once: the contract check hands its parse to the activity it records', async () => {
    const event = {
      event_type: 'plan',
      metadata: { activity_type: 'plan', trigger: { note: 'n'.repeat(4096) } },
    };
    const text = JSON.stringify(event);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const res = await fetch(ws(checked, 'events'), {
        method: 'POST',
        headers: {
          'x-api-key': checked.apiKey,
          'Harness-Account': checked.accountId,
          'content-type': 'application/json',
        },
        body: text,
      });
      expect(res.status).toBe(200);
      // The stand-in's parses of this very body (the test itself parses nothing here).
      expect(parse.mock.calls.filter(([arg]) => arg === text)).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
    expect(checked.activities.at(-1)?.metadata).toEqual(event.metadata);
  });
});
