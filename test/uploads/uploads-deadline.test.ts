/**
 * Issue 23: one deadline for all of a run's workspace data uploads. A slow `/data` endpoint must
 * not hold the run a minute per few units: once `upload-timeout` has passed, the uploads in flight
 * are cut and no more start; every upload not done is reported as not done, and `fail-on-policy`
 * trips on them (fail closed). The event itself still goes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_CONCURRENCY } from '../../src/run/data-uploads.js';
import { uploadsSchema } from '../../src/config/upload-settings.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { cli, PIPELINE_FLAGS, placeScenario, serverEnv } from './support.js';

const UNITS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

let server: IacmServer;
let dir: string;

beforeAll(async () => {
  server = await startIacmServer();
  dir = await mkdtemp(join(tmpdir(), 'iacm-upload-deadline-'));
  for (const unit of UNITS) await placeScenario(join(dir, 'tree', unit), 'basic_list_update');
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const ARGS = ['--terragrunt-dir', 'tree', '--plan-text-name', 'tfplan.txt', ...PIPELINE_FLAGS];

describe('the uploads deadline', () => {
  it('defaults to 300 s and is refused at 0 or past an hour', () => {
    expect(uploadsSchema.parse({}).timeout).toBe(300);
    expect(uploadsSchema.safeParse({ timeout: '0' }).success).toBe(false);
    expect(uploadsSchema.safeParse({ timeout: '3601' }).success).toBe(false);
  });

  it('against a /data endpoint that never answers in time: the first uploads are cut, the rest never start, all reported not done', async () => {
    // Slower than any attempt: without one deadline each upload would be retried to its own
    // budget, four at a time.
    server.dataSettings.delayMs = 60_000;
    const before = server.requests.length;
    const result = await cli(
      [...ARGS, '--upload-timeout', '1', '--fail-on-policy', 'error'],
      dir,
      serverEnv(server),
    );
    server.dataSettings.delayMs = 0;
    const dataCalls = server.requests.slice(before).filter((r) => r.url.includes('/data'));
    // Only the first wave went out, once each: no retry past the deadline, no second wave.
    expect(dataCalls.length).toBeGreaterThan(0);
    expect(dataCalls.length).toBeLessThanOrEqual(UPLOAD_CONCURRENCY);
    const notDone = result.stderr.match(/upload-timeout\) passed first/g) ?? [];
    expect(notDone.length, result.stderr).toBeGreaterThanOrEqual(UNITS.length - UPLOAD_CONCURRENCY);
    expect(result.stderr).toContain("not done: the uploads' deadline of 1 s (upload-timeout) passed first");
    // fail closed: 8 verdicts unread trip the gate; the event still went, without upload ids.
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /gate failed: fail-on-policy: the policy verdict of 8 uploads could not be read/,
    );
    expect(server.events.length).toBeGreaterThan(0);
    expect(server.data).toHaveLength(0);
  }, 30_000);

  it('leaves a run whose uploads finish in time alone', async () => {
    const result = await cli([...ARGS, '--upload-timeout', '60'], dir, serverEnv(server));
    expect(result.code, result.stderr).toBe(0);
    expect(server.data.filter((d) => d.dataType === 'plan_human')).toHaveLength(UNITS.length);
    expect(result.stderr).not.toContain('upload-timeout');
  });
});
