/**
 * Confirm and link (issue 26) against the test IaCM server: after the send the run finds the
 * activity its event became, compares Harness's resource changes with its counts, and says so;
 * counts that differ and a lookup that fails are warnings (exit 0); --no-confirm skips it; legs
 * sending in parallel each find their own activity.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { cli, PIPELINE_FLAGS, placeScenario, serverEnv } from '../uploads/support.js';

let server: IacmServer;
let dir: string;

beforeAll(async () => {
  server = await startIacmServer();
  dir = await mkdtemp(join(tmpdir(), 'iacm-confirm-'));
  await placeScenario(join(dir, 'single'), 'basic_list_update');
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  server.requests.length = 0;
  server.activities.length = 0;
  server.activitySettings.countsOffset = {};
  server.activitySettings.failList = undefined;
});

const PLAN = ['--plan', 'single/tfplan.json'];
const listed = () => server.requests.filter((r) => r.url.includes('/activities'));

describe('confirm and link', () => {
  it('finds the activity the event became and says the counts match', async () => {
    const result = await cli([...PLAN, ...PIPELINE_FLAGS], dir, serverEnv(server));
    expect(result.code).toBe(0);
    expect(server.activities).toHaveLength(1);
    const id = server.activities[0]?.id ?? '';
    expect(result.stdout + result.stderr).toContain(`Harness recorded activity ${id}: counts match`);
    const query = new URL(listed()[0]?.url ?? '', 'http://x').searchParams;
    expect(query.get('workspace')).toBe(server.workspace);
    expect(query.get('pipeline_execution_id')).toBe('exec-7Hq2');
    expect(query.get('pipeline_stage_id')).toBe('stage-exec-91');
    expect(Number(query.get('start_time'))).toBeGreaterThan(1_700_000_000);
    expect(listed().map((r) => r.url.split('?')[0]?.split('/').pop())).toEqual([
      'activities',
      'resource-changes',
    ]);
    expect(server.violations).toEqual([]);
  });

  it('links the activity with a configured Harness UI address', async () => {
    const result = await cli(
      [...PLAN, '--harness-ui-url', 'https://acme.harness.io'],
      dir,
      serverEnv(server),
    );
    const id = server.activities[0]?.id ?? '';
    expect(result.stdout + result.stderr).toContain(
      `https://acme.harness.io/ng/account/${server.accountId}/module/iacm/orgs/${server.org}/projects/${server.project}/workspaces/${server.workspace}/activity/${id}`,
    );
  });

  it('warns, naming the count, when Harness recorded other counts', async () => {
    server.activitySettings.countsOffset = { changed: 2 };
    const result = await cli(PLAN, dir, serverEnv(server));
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).toMatch(
      /Harness recorded activity \S+ with other counts: changed \d+ \(we sent \d+\)/,
    );
  });

  it('warns, and still succeeds, when the lookup fails', async () => {
    server.activitySettings.failList = 500;
    const result = await cli(PLAN, dir, serverEnv(server));
    expect(result.code).toBe(0);
    expect(server.activities).toHaveLength(1);
    expect(result.stdout + result.stderr).toContain(
      'Harness accepted the event, but looking up its activity failed',
    );
  });

  it('looks nothing up with --no-confirm', async () => {
    const result = await cli([...PLAN, '--no-confirm'], dir, serverEnv(server));
    expect(result.code).toBe(0);
    expect(listed()).toEqual([]);
    expect(result.stdout + result.stderr).not.toContain('Harness recorded activity');
  });

  it('legs sending in parallel each find their own activity', async () => {
    const legs = ['leg-a', 'leg-b', 'leg-c'];
    const results = await Promise.all(
      legs.map((leg) =>
        cli([...PLAN, ...PIPELINE_FLAGS.slice(0, -1), `stage-exec-${leg}`], dir, serverEnv(server)),
      ),
    );
    expect(server.activities).toHaveLength(3);
    legs.forEach((leg, i) => {
      const own = server.activities.find((a) => a.metadata['pipeline_stage_id'] === `stage-exec-${leg}`);
      const out = (results[i]?.stdout ?? '') + (results[i]?.stderr ?? '');
      expect(out).toContain(`Harness recorded activity ${own?.id ?? 'none'}: counts match`);
    });
  });
});
