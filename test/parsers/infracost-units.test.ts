import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InfracostReport } from '../../src/infracost/infracost.js';
import { parseInfracostText } from '../../src/infracost/infracost.js';
import { applyInfracostToUnits } from '../../src/infracost/infracost-units.js';
import { readTerragruntTree } from '../../src/terragrunt/terragrunt-tree.js';
import type { UnitReport } from '../../src/model/unit-report.js';
import { infracostText, placePlan, removeDir, tempDir } from '../support/terragrunt-trees.js';

async function report(name: string): Promise<InfracostReport> {
  return parseInfracostText(await infracostText(name), name);
}

function unit(pathId: string): UnitReport {
  return { pathId, name: pathId.split('/').pop() ?? pathId, status: 'success' };
}

let root: string;
beforeAll(async () => {
  root = await tempDir('tg-cost-');
});
afterAll(async () => removeDir(root));

describe('applyInfracostToUnits', () => {
  it('gives each unit of a real tree the cost of its Terragrunt project', async () => {
    const tree = join(root, 'exp-tree');
    await placePlan(tree, 'live/exp/dev/tfplan.json', 'create-with-outputs');
    await placePlan(tree, 'live/exp/prod/tfplan.json', 'update');
    await placePlan(tree, 'live/exp/staging/tfplan.json', 'no-op');
    const { units } = await readTerragruntTree(tree);
    const result = applyInfracostToUnits(units, await report('terragrunt-two-projects.json'));
    expect(result.units.map((u) => [u.pathId, u.cost])).toEqual([
      [
        'live/exp/dev',
        {
          currency: 'USD',
          totalMonthly: '51.968',
          pastTotalMonthly: '51.968',
          diffTotalMonthly: '0',
          percentageChange: '0.00',
        },
      ],
      [
        'live/exp/prod',
        {
          currency: 'USD',
          totalMonthly: '747.64',
          pastTotalMonthly: '747.64',
          diffTotalMonthly: '0',
          percentageChange: '0.00',
        },
      ],
      ['live/exp/staging', undefined],
    ]);
    expect(result.warnings).toEqual([]);
    // The units passed in are not changed.
    expect(units.every((u) => u.cost === undefined)).toBe(true);
    expect(result.units.map((u) => u.resourceCounts)).toEqual(units.map((u) => u.resourceCounts));
  });

  it('matches relative ../../ paths on their tail, and names the projects that match no unit', async () => {
    const units = ['examples/terragrunt/dev', 'examples/terragrunt/prod', 'examples/other'].map(unit);
    const result = applyInfracostToUnits(units, await report('terragrunt-named-projects.json'));
    expect(result.units.map((u) => [u.pathId, u.cost?.diffTotalMonthly, u.cost?.percentageChange])).toEqual([
      ['examples/terragrunt/dev', '0.876', '1.71'],
      ['examples/terragrunt/prod', '-560.64', '-42.85'],
      ['examples/other', undefined, undefined],
    ]);
    expect(result.warnings).toEqual([
      'Infracost projects that match no Terragrunt unit: my first project, my first project again, my workspace project',
    ]);
  });

  it('leaves out the cost of a unit that several projects (workspaces) match', async () => {
    const units = [
      'terraform',
      'terragrunt/dev',
      'terragrunt/prod',
      'terragrunt-multi/dev',
      'terragrunt-multi/prod',
    ].map(unit);
    const result = applyInfracostToUnits(units, await report('workspaces-same-path.json'));
    expect(result.units.map((u) => [u.pathId, u.cost?.totalMonthly])).toEqual([
      ['terraform', undefined],
      ['terragrunt/dev', '60.29'],
      ['terragrunt/prod', '1308.28'],
      ['terragrunt-multi/dev', undefined],
      ['terragrunt-multi/prod', undefined],
    ]);
    expect(result.warnings).toContain(
      'unit terragrunt-multi/dev: several Infracost projects match (my terragrunt multi project, my terragrunt workspace); its cost is left out',
    );
    expect(result.warnings).toContain(
      'unit terraform: several Infracost projects match (my first project, my first project again, my workspace project); its cost is left out',
    );
  });

  it('gives a unit whose project Infracost could not price no cost at all, not zeros', async () => {
    const result = applyInfracostToUnits(
      ['dev', 'prod'].map(unit),
      await report('diff_with_compare_to_with_current_project_error.golden'),
    );
    expect(result.units[0]?.cost).toBeUndefined();
    expect(result.units[1]?.cost?.totalMonthly).toBe('742.64');
  });

  it('keeps what is known of a half-priced project', async () => {
    const result = applyInfracostToUnits(
      ['dev', 'prod'].map(unit),
      await report('diff_with_compare_to_with_past_project_error.golden'),
    );
    expect(result.units[0]?.cost).toEqual({ currency: 'USD', totalMonthly: '0' });
  });

  it('falls back to the project name, and refuses to guess between equal matches', () => {
    const figures = { totalMonthly: '10' };
    const synthetic: InfracostReport = {
      file: 'x.json',
      version: '0.2',
      currency: 'EUR',
      figures: {},
      warnings: [],
      projects: [
        {
          index: 0,
          label: 'by-name',
          name: 'acme/infra/live/prod/api',
          path: '/tmp/infracost-checkout-1234',
          figures,
        },
        { index: 1, label: 'short', name: undefined, path: 'vpc', figures },
      ],
    };
    const result = applyInfracostToUnits(
      ['live/prod/api', 'live/prod/vpc', 'live/dev/vpc'].map(unit),
      synthetic,
    );
    expect(result.units.map((u) => [u.pathId, u.cost])).toEqual([
      ['live/prod/api', { currency: 'EUR', totalMonthly: '10' }],
      ['live/prod/vpc', undefined],
      ['live/dev/vpc', undefined],
    ]);
    expect(result.warnings).toEqual([
      'Infracost project short matches units live/dev/vpc, live/prod/vpc equally; its cost is not attributed',
    ]);
  });
});
