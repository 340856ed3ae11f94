/**
 * Drift per resource (issue 26, part 2) against the test IaCM server, through the CLI in process:
 * after a report with drift was accepted, each drifted resource goes to update-resources
 * (`update_mode: "drift"`, one uuid v4 `session_id` per run) with its provider, type, name, module
 * and the NAMES of its drifted attributes (values always `(redacted)`, --show-values too), a
 * Terragrunt unit's `path_id`; per-resource failures and a failed call are warnings (exit 0);
 * nothing without the option, never the `stale` delete. Real drift plans: OpenTofu's own
 * equivalence tests and the Terragrunt fixtures.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { sendDriftResources } from '../../src/run/send-drift-resources.js';
import { sharedContractChecker } from '../support/iacm-contract.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { placePlan, removeDir, tempDir, fixturePath } from '../support/terragrunt-trees.js';
import { cli, EQUIVALENCE, FAST_HTTP, serverEnv } from '../uploads/support.js';

let server: IacmServer;
let dir: string;
const DRIFT_PLAN = join(EQUIVALENCE, 'drift_relevant_attributes', 'plan.json');
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeAll(async () => {
  server = await startIacmServer();
  dir = await tempDir('drift-resources-');
  // A Terragrunt tree with two drifted units: three resources deleted outside, one changed.
  await placePlan(dir, 'tree/github/tfplan.json', 'drift-and-outputs');
  await placePlan(dir, 'tree/core/mock/tfplan.json', 'refresh-only');
  await mkdir(join(dir, 'plain'), { recursive: true });
});
afterAll(async () => {
  await server.close();
  await removeDir(dir);
});
afterEach(() => {
  server.requests.length = 0;
  server.resourceUpdates.length = 0;
  server.activities.length = 0;
  Object.assign(server.resourceSettings, {
    fail: undefined,
    skip: undefined,
    failWith400: false,
    failCall: undefined,
  });
});

const patches = () => server.requests.filter((r) => r.method === 'PATCH');
const output = (result: { stdout: string; stderr: string }) => result.stdout + result.stderr;

describe('drift per resource', () => {
  it('sends each drifted resource with its attribute names, never their values', async () => {
    const result = await cli(['--plan', DRIFT_PLAN, '--send-drift-resources'], dir, serverEnv(server));
    expect(result.code, output(result)).toBe(0);
    expect(server.violations).toEqual([]);
    expect(patches().map((r) => r.url)).toEqual([
      `/iacm/api/orgs/${server.org}/projects/${server.project}/workspaces/${server.workspace}/resources`,
    ]);
    const [call] = server.resourceUpdates;
    expect(call?.body.update_mode).toBe('drift');
    expect(call?.body.session_id).toMatch(UUID_V4);
    expect(call?.body.resources).toEqual([
      {
        provider: 'registry.opentofu.org/hashicorp/tfcoremock',
        type: 'tfcoremock_simple_resource',
        name: 'base',
        module: '',
        mode: 'managed',
        attributes: {},
        drift_status: 'changed',
        drift_attributes: { number: '(redacted)', string: '(redacted)' },
      },
    ]);
    expect(output(result)).toContain('Harness drift per resource: 1 updated');
    // The event went first, and was confirmed; the drift call came after it.
    expect(server.requests.findIndex((r) => r.method === 'POST')).toBeLessThan(
      server.requests.findIndex((r) => r.method === 'PATCH'),
    );
  });

  it('keeps values out with --show-values too', async () => {
    const result = await cli(
      ['--plan', DRIFT_PLAN, '--send-drift-resources', '--show-values'],
      dir,
      serverEnv(server),
    );
    expect(result.code, output(result)).toBe(0);
    const body = patches()[0]?.body.toString('utf8') ?? '';
    expect(body).toContain('"string":"(redacted)"');
    for (const value of ['Hello, drift!', 'Hello, world!', 'f6f74ca6']) expect(body).not.toContain(value);
  });

  it('sends nothing per resource without the option, nor on a dry run', async () => {
    expect((await cli(['--plan', DRIFT_PLAN], dir, serverEnv(server))).code).toBe(0);
    const dry = await cli(['--plan', DRIFT_PLAN, '--send-drift-resources', '--dry-run'], dir);
    expect(dry.code).toBe(0);
    expect(patches()).toEqual([]);
  });

  it('names each Terragrunt unit in path_id, the module by its address, deleted ones without attributes', async () => {
    const result = await cli(
      ['--terragrunt-dir', 'tree', '--plan-file-name', 'tfplan.json', '--send-drift-resources'],
      dir,
      serverEnv(server),
    );
    expect(result.code, output(result)).toBe(0);
    expect(server.violations).toEqual([]);
    const resources = server.resourceUpdates.flatMap((c) => c.body.resources);
    expect(resources).toHaveLength(4);
    expect(resources).toContainEqual({
      provider: 'registry.terraform.io/hashicorp/github',
      type: 'github_branch',
      name: 'demo',
      module: 'module.github["terraform-plan-summary"]',
      mode: 'managed',
      attributes: {},
      path_id: 'github',
      drift_status: 'deleted',
      drift_attributes: {},
    });
    expect(resources).toContainEqual(
      expect.objectContaining({
        type: 'tfcoremock_simple_resource',
        name: 'drift',
        path_id: 'core/mock',
        drift_status: 'changed',
        drift_attributes: { string: '(redacted)' },
      }),
    );
    expect(output(result)).toContain('Harness drift per resource: 4 updated');
  });

  it('summarises per-resource failures (a 400 with results) as a warning, never a failed run', async () => {
    server.resourceSettings.fail = (r) => (r['name'] === 'demo' ? 'resource not in state' : undefined);
    server.resourceSettings.skip = (r) => r['name'] === 'main';
    server.resourceSettings.failWith400 = true;
    const result = await cli(
      ['--terragrunt-dir', 'tree', '--plan-file-name', 'tfplan.json', '--send-drift-resources'],
      dir,
      serverEnv(server),
    );
    expect(result.code, output(result)).toBe(0);
    expect(output(result)).toContain(
      'drift per resource: 2 updated, 1 failed: module.github["terraform-plan-summary"].github_branch.demo (unit github): resource not in state, 1 skipped',
    );
  });

  it('words a failed call as a warning and goes on', async () => {
    server.resourceSettings.failCall = 403;
    const result = await cli(['--plan', DRIFT_PLAN, '--send-drift-resources'], dir, serverEnv(server));
    expect(result.code, output(result)).toBe(0);
    expect(output(result)).toMatch(
      /drift per resource: 0 of 1 resources sent, then the call failed: could not update the workspace resources with drift: .*403/,
    );
    expect(server.events).not.toHaveLength(0);
  });

  it('a leg that saves a partial and sends sends its drift per resource; the partial keeps none of it', async () => {
    const result = await cli(
      ['--plan', DRIFT_PLAN, '--send-drift-resources', '--save-partial', 'parts/leg.json', '--send'],
      dir,
      serverEnv(server),
    );
    expect(result.code, output(result)).toBe(0);
    expect(server.resourceUpdates).toHaveLength(1);
    const partial = await readFile(join(dir, 'parts/leg.json'), 'utf8');
    expect(partial).toContain('tfcoremock_simple_resource.base');
    expect(partial).not.toContain('driftResources');
  });

  it('never calls the stale delete, and batches under one session', async () => {
    const plan = await readPlanFile(fixturePath('drift-and-outputs'), { driftResources: true });
    const outcome = await sendDriftResources([{ plan, pathId: 'github' }], {
      connection: server.connection(),
      secrets: [server.apiKey],
      http: FAST_HTTP,
      batchSize: 2,
    });
    expect(outcome.line).toBe('drift per resource: 3 updated');
    expect(server.resourceUpdates.map((c) => c.body.resources.length)).toEqual([2, 1]);
    expect(new Set(server.resourceUpdates.map((c) => c.body.session_id)).size).toBe(1);
    expect(server.requests.some((r) => r.method === 'DELETE' || r.url.includes('stale'))).toBe(false);
  });
});

describe('the update-resources contract', () => {
  it('is written from the API notes, and says so', async () => {
    const text = await readFile(
      new URL('../contract/harness-update-resources.json', import.meta.url),
      'utf8',
    );
    const header = (JSON.parse(text) as { header: { source: string } }).header;
    expect(header.source).toMatch(/NOT from Harness's OpenAPI/);
  });

  it('refuses a body the notes do not allow, as the server checks every call', () => {
    const check = sharedContractChecker();
    const request = (body: unknown) =>
      check({
        method: 'PATCH',
        path: '/iacm/api/orgs/default/projects/infra/workspaces/prod/resources',
        query: new URLSearchParams(),
        headers: { 'harness-account': 'acc' },
        body: Buffer.from(JSON.stringify(body)),
      });
    const resource = {
      provider: 'registry.terraform.io/hashicorp/aws',
      type: 'aws_s3_bucket',
      name: 'b',
      module: '',
      mode: 'managed',
      attributes: {},
      drift_status: 'changed',
      drift_attributes: { tags: '(redacted)' },
    };
    const session = '0b0c2f4e-6a3d-4c1b-9f5e-2d7a8b9c0d1e';
    // (The verdict also carries the parsed body, for the stand-in: it is parsed once.)
    expect(request({ resources: [resource], session_id: session, update_mode: 'drift' })).toMatchObject({
      ok: true,
      operation: 'update-resources',
    });
    expect(request({ resources: [{ ...resource, mode: 'data' }], update_mode: 'drift' }).ok).toBe(false);
    expect(request({ resources: [{ ...resource, provider: undefined }] }).ok).toBe(false);
    expect(request({ resources: [resource], session_id: 'run-1' }).ok).toBe(false);
    expect(request({ resources: [resource], update_mode: 'replace' }).ok).toBe(false);
  });
});
