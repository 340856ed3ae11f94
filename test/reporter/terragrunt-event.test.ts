import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInfracostText } from '../../src/infracost/infracost.js';
import { applyInfracostToUnits } from '../../src/infracost/infracost-units.js';
import { readTerragruntTree } from '../../src/terragrunt/terragrunt-tree.js';
import {
  activityMetadataSchema,
  sendEventRequestSchema,
  stackSchema,
  terragruntDetailSchema,
} from '../../src/reporter/event-schema.js';
import type { UnitReport } from '../../src/model/unit-report.js';
import {
  costFields,
  countsToBody,
  unitsToStacks,
  unitsToTerragruntDetails,
} from '../../src/reporter/terragrunt-event.js';
import {
  infracostText,
  placePlan,
  removeDir,
  run,
  tempDir,
  writeJsonFile,
} from '../support/terragrunt-trees.js';

let root: string;
let units: UnitReport[];
let totals: ReturnType<typeof costFields>;
beforeAll(async () => {
  root = await tempDir('tg-event-');
  const tree = join(root, 'tree');
  await placePlan(tree, 'exp/dev/tfplan.json', 'create-with-outputs');
  await placePlan(tree, 'exp/prod/.terragrunt-cache/k1/k2/tfplan.json', 'drift-and-outputs');
  await placePlan(tree, 'exp/db/tfplan.json', 'import-update');
  const report = await writeJsonFile(join(root, 'report.json'), [
    run('exp/dev', 'succeeded'),
    run('exp/prod', 'succeeded'),
    run('exp/db', 'succeeded'),
    run('exp/broken', 'failed', { Reason: 'run error', Cause: 'Error: Invalid reference' }),
    run('exp/skip', 'excluded', { Reason: 'exclude block' }),
  ]);
  const read = await readTerragruntTree(tree, { reportFile: report });
  const infracost = parseInfracostText(await infracostText('terragrunt-two-projects.json'), 'infracost.json');
  units = applyInfracostToUnits(read.units, infracost).units;
  totals = costFields(infracost.figures);
});
afterAll(async () => removeDir(root));

describe('unitsToTerragruntDetails', () => {
  it('one detail per unit, valid against the event schema', () => {
    const details = unitsToTerragruntDetails(units);
    expect(details.map((d) => [d.path_id, d.status])).toEqual([
      ['exp/broken', 'failure'],
      ['exp/db', 'success'],
      ['exp/dev', 'success'],
      ['exp/prod', 'success'],
      ['exp/skip', 'skipped'],
    ]);
    for (const detail of details) expect(terragruntDetailSchema.parse(detail)).toEqual(detail);
  });

  it('sends Counts bodies with all six fields, and none for a unit without a plan', () => {
    const [broken, db, , prod] = unitsToTerragruntDetails(units);
    expect(broken?.resource_counts).toBeUndefined();
    expect(db?.resource_counts).toEqual({
      added: 0,
      changed: 1,
      deleted: 0,
      unchanged: 0,
      imported: 1,
      removed: 0,
    });
    expect(prod?.drift_counts).toEqual({
      added: 0,
      changed: 0,
      deleted: 3,
      unchanged: 0,
      imported: 0,
      removed: 0,
    });
    expect(prod?.output_counts).toEqual({
      added: 1,
      changed: 0,
      deleted: 0,
      unchanged: 0,
      imported: 0,
      removed: 0,
    });
  });

  it('carries the cost strings of matched units only', () => {
    const details = unitsToTerragruntDetails(units);
    const dev = details.find((d) => d.path_id === 'exp/dev');
    expect(dev).toMatchObject({
      cost_currency: 'USD',
      cost_total_monthly: '51.968',
      cost_past_total_monthly: '51.968',
      cost_diff_total_monthly: '0',
      cost_total_monthly_percentage_change: '0.00',
    });
    expect(details.find((d) => d.path_id === 'exp/prod')?.cost_total_monthly).toBe('747.64');
    const db = details.find((d) => d.path_id === 'exp/db');
    expect(Object.keys(db ?? {}).filter((k) => k.startsWith('cost_'))).toEqual([]);
  });
});

describe('unitsToStacks', () => {
  it('one stack per unit: name, path, status, reason, counts and outputs', () => {
    const stacks = unitsToStacks(units);
    for (const stack of stacks) expect(stackSchema.parse(stack)).toEqual(stack);
    expect(stacks[0]).toEqual({
      stack_name: 'broken',
      stack_path: 'exp/broken',
      status: 'failure',
      error_message: 'Error: Invalid reference',
    });
    expect(stacks[4]).toEqual({
      stack_name: 'skip',
      stack_path: 'exp/skip',
      status: 'skipped',
      error_message: 'excluded (exclude block)',
    });
    const dev = stacks[2];
    expect(dev?.stack_name).toBe('dev');
    expect(dev?.resource_counts?.added).toBe(7);
    expect(Object.keys(dev?.stack_outputs ?? {})).toHaveLength(8);
    expect(dev && 'output_counts' in dev).toBe(false);
  });
});

describe('costFields', () => {
  it('the top-level cost fields, as strings', () => {
    expect(totals).toEqual({
      cost_currency: 'USD',
      cost_total_monthly: '799.608',
      cost_past_total_monthly: '799.608',
      cost_diff_total_monthly: '0',
      cost_total_monthly_percentage_change: '0.00',
    });
    expect(costFields(undefined)).toEqual({});
    expect(costFields({ currency: 'EUR' })).toEqual({ cost_currency: 'EUR' });
  });

  it('a whole event with the pieces passes the schema the server validates with', () => {
    const event = {
      event_type: 'plan' as const,
      metadata: {
        activity_type: 'plan' as const,
        terragrunt_details: unitsToTerragruntDetails(units),
        stacks: unitsToStacks(units),
        ...totals,
      },
    };
    expect(sendEventRequestSchema.parse(event)).toEqual(event);
    expect(activityMetadataSchema.safeParse({ ...event.metadata, cost_total_monthly: 799.608 }).success).toBe(
      false,
    );
  });
});

describe('countsToBody', () => {
  it('copies all six fields and nothing else', () => {
    const counts = { added: 1, changed: 2, deleted: 3, unchanged: 4, imported: 5, removed: 6 };
    expect(countsToBody({ ...counts, extra: 9 } as typeof counts)).toEqual(counts);
  });
});
