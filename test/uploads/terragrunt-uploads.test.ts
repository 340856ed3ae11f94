/**
 * Uploads for a Terragrunt tree: each unit's plan text (found beside its plan) goes up with the
 * unit's path as stack_path, and each unit's Infracost project as a document of its own whose id
 * lands in that unit's terragrunt_details entry.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInfracostText } from '../../src/infracost/infracost.js';
import { sendEventRequestSchema } from '../../src/reporter/event-schema.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { cli, infracostJson, PIPELINE_FLAGS, placeScenario, serverEnv } from './support.js';

let server: IacmServer;
let dir: string;
let costs: string;

beforeAll(async () => {
  server = await startIacmServer();
  dir = await mkdtemp(join(tmpdir(), 'iacm-tg-uploads-'));
  await placeScenario(join(dir, 'out/exp/dev'), 'basic_list_update');
  await placeScenario(join(dir, 'out/exp/prod'), 'simple_object_replace');
  // A unit whose plan has no text beside it: a warning, not a failure.
  await placeScenario(join(dir, 'out/exp/qa'), 'local_provider_basic', 'other-name.txt');
  costs = await infracostJson('terragrunt-two-projects.json', dir);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('Terragrunt tree uploads', () => {
  it('uploads per unit with stack_path and fills each unit cost id', async () => {
    const result = await cli(
      [
        '--terragrunt-dir',
        'out',
        '--plan-text-name',
        'tfplan.txt',
        '--infracost',
        costs,
        '--upload-infracost',
        ...PIPELINE_FLAGS,
      ],
      dir,
      serverEnv(server),
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'no plan text tfplan.txt beside the plan of unit(s) exp/qa; not uploaded',
    );

    const texts = server.data.filter((d) => d.dataType === 'plan_human');
    expect(texts.map((d) => d.stackPath).sort()).toEqual(['exp/dev', 'exp/prod']);
    for (const upload of texts) {
      const expected = await readFile(join(dir, 'out', upload.stackPath ?? '', 'tfplan.txt'));
      expect(upload.body.equals(expected)).toBe(true);
    }

    const cost = server.data.filter((d) => d.dataType === 'cost_breakdown');
    const whole = cost.find((d) => d.stackPath === undefined);
    expect(whole?.body.equals(await readFile(costs))).toBe(true);
    const perUnit = cost.filter((d) => d.stackPath !== undefined);
    expect(perUnit.map((d) => d.stackPath).sort()).toEqual(['exp/dev', 'exp/prod']);

    // Each unit's document is Infracost JSON of that one project, its totals the project's.
    const file = parseInfracostText(await readFile(costs, 'utf8'), 'costs');
    for (const upload of perUnit) {
      const doc = parseInfracostText(upload.body.toString('utf8'), 'unit doc');
      expect(doc.projects).toHaveLength(1);
      const project = file.projects.find((p) => p.label.endsWith(upload.stackPath ?? '?'));
      expect(project).toBeDefined();
      expect(doc.projects[0]?.figures).toEqual(project?.figures);
      expect(doc.figures.totalMonthly).toBe(project?.figures.totalMonthly);
    }

    const event = sendEventRequestSchema.parse(JSON.parse(server.events.at(-1)?.toString('utf8') ?? '{}'));
    const meta = event.metadata ?? {};
    expect(meta.cost_breakdown_uuid).toBe(whole?.id);
    const details = Object.fromEntries((meta.terragrunt_details ?? []).map((d) => [d.path_id, d]));
    for (const upload of perUnit) {
      expect(details[upload.stackPath ?? '']?.cost_breakdown_uuid).toBe(upload.id);
    }
    expect(details['exp/qa']?.cost_breakdown_uuid).toBeUndefined();
    // A unit's plan text has no field of its own in the event; Harness links it by stack_path.
    expect(meta.plan_uuid).toBeUndefined();
  });

  it('a failing unit upload leaves only that unit without its id', async () => {
    server.data.length = 0;
    server.dataSettings.failStackPaths.add('exp/prod');
    const result = await cli(
      ['--terragrunt-dir', 'out', '--infracost', costs, '--upload-infracost', ...PIPELINE_FLAGS],
      dir,
      serverEnv(server),
    );
    server.dataSettings.failStackPaths.clear();
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/upload of cost_breakdown .*\(unit exp\/prod\) failed/);
    // The unit's document was made here: it is kept in a file for the retry.
    const retry = /--file (\S+) --stack-path exp\/prod/.exec(result.stderr)?.[1];
    expect(retry).toBeDefined();
    const kept = JSON.parse(await readFile(retry ?? '', 'utf8')) as { projects: unknown[] };
    expect(kept.projects).toHaveLength(1);
    const event = sendEventRequestSchema.parse(JSON.parse(server.events.at(-1)?.toString('utf8') ?? '{}'));
    const details = Object.fromEntries((event.metadata?.terragrunt_details ?? []).map((d) => [d.path_id, d]));
    expect(details['exp/prod']?.cost_breakdown_uuid).toBeUndefined();
    expect(details['exp/dev']?.cost_breakdown_uuid).toMatch(/^[0-9a-f-]{36}$/);
    await rm(retry ?? '', { force: true });
  });

  it('a dry run lists the per-unit uploads with their stack path', async () => {
    const result = await cli(
      ['--terragrunt-dir', 'out', '--plan-text-name', 'tfplan.txt', ...PIPELINE_FLAGS, '--dry-run'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /would upload plan_human from out\/exp\/dev\/tfplan.txt \([\d,]+ bytes\) with stack_path exp\/dev/,
    );
    expect(result.stderr).toMatch(
      /would upload plan_human from out\/exp\/prod\/tfplan.txt \([\d,]+ bytes\) with stack_path exp\/prod/,
    );
  });
});
