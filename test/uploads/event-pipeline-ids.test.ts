/**
 * One set of pipeline ids: the pipeline id flags set the event's metadata (pipeline, execution,
 * stage execution) as they set the uploads' query, over the CI variables; without them the CI
 * variables still fill the event.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendEventRequestSchema } from '../../src/reporter/event-schema.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { cli, PIPELINE_FLAGS, placeScenario, serverEnv } from './support.js';

let server: IacmServer;
let dir: string;

beforeAll(async () => {
  server = await startIacmServer();
  dir = await mkdtemp(join(tmpdir(), 'iacm-ids-'));
  await placeScenario(join(dir, 'single'), 'basic_list_update');
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const CI = {
  HARNESS_PIPELINE_ID: 'ci_pipeline',
  HARNESS_EXECUTION_ID: 'ci-exec',
  HARNESS_STAGE_ID: 'plan_stage',
};

function lastMetadata() {
  const body = server.events.at(-1)?.toString('utf8') ?? '{}';
  return sendEventRequestSchema.parse(JSON.parse(body)).metadata ?? {};
}

describe('the event and the uploads carry one set of pipeline ids', () => {
  it('takes the flags over the CI variables, in the event as in the uploads', async () => {
    const args = ['--plan', 'single/tfplan.json', '--plan-text', 'single/tfplan.txt', ...PIPELINE_FLAGS];
    const result = await cli(args, dir, { ...serverEnv(server), ...CI });
    expect(result.stderr).not.toMatch(/error/);
    expect(result.code).toBe(0);
    const upload = server.data.at(-1);
    const meta = lastMetadata();
    expect(meta).toMatchObject({
      pipeline: 'deploy_infra',
      pipeline_execution_id: 'exec-7Hq2',
      pipeline_stage_id: 'stage-exec-91',
    });
    expect(upload?.query).toMatchObject({
      pipeline_id: meta.pipeline,
      pipeline_execution_id: meta.pipeline_execution_id,
      pipeline_stage_id: meta.pipeline_stage_id,
    });
  });

  it('falls back to the CI variables without the flags', async () => {
    const result = await cli(['--plan', 'single/tfplan.json'], dir, { ...serverEnv(server), ...CI });
    expect(result.code).toBe(0);
    expect(lastMetadata()).toMatchObject({
      pipeline: 'ci_pipeline',
      pipeline_execution_id: 'ci-exec',
      pipeline_stage_id: 'plan_stage',
    });
  });
});
