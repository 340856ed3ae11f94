/**
 * What a merge holds of each unit (src/partial/held-units.ts): the address lists wait in a store
 * and come back in path_id order, each action's names kept up to GROUP_ITEMS_LIMIT over all units,
 * totals always exact; attribute roles only for names kept. Units made from a real partial entry
 * (a leg run over a fixture plan), copied under many paths.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { compactPlan, GROUP_ITEMS_LIMIT, PlanRestorer } from '../../src/partial/held-units.js';
import { unitDigest } from '../../src/partial/unit-runs.js';
import { readPartialFile } from '../../src/partial/partial-file.js';
import type { UnitEntry } from '../../src/partial/partial-schema.js';
import { captureIo } from '../support/capture-io.js';
import { placePlan, removeDir, tempDir } from '../support/terragrunt-trees.js';

let root: string;
let entry: UnitEntry;

beforeAll(async () => {
  root = await tempDir('held-units-');
  await placePlan(root, 'out/app/tfplan.json', 'update');
  const run = captureIo({}, root);
  expect(await main(['--terragrunt-dir', 'out', '--save-partial', 'leg.json'], run.io), run.stderr()).toBe(0);
  const read = await readPartialFile(join(root, 'leg.json'), 'leg.json');
  entry = read.partial.report.units?.[0] as UnitEntry;
  expect(entry.plan?.addresses.updated.total).toBeGreaterThan(0);
  expect(entry.plan?.changedAttributes?.length).toBeGreaterThan(0);
});
afterAll(async () => removeDir(root));

/** An entry as the merge writes it to its runs: lists cut to LIST_LIMIT (unit-runs.ts). */
function compactEntry(unit: UnitEntry): UnitEntry {
  return unit.plan === undefined ? unit : { ...unit, plan: compactPlan(unit.plan) };
}

it('keeps each action up to the limit over all units, in the order asked, totals exact', () => {
  const plan = entry.plan as NonNullable<UnitEntry['plan']>;
  const [address, roles] = plan.changedAttributes?.[0] as [string, unknown];
  const names = (unit: number): string[] => [
    address,
    ...Array.from({ length: 999 }, (_, i) => `x${unit}_${i}`),
  ];
  const units = Math.ceil(GROUP_ITEMS_LIMIT / 1000) + 1;
  const held = Array.from({ length: units }, (_, u) =>
    compactEntry({
      unit: { ...entry.unit, pathId: `u${String(u).padStart(4, '0')}` },
      plan: {
        ...plan,
        addresses: { ...plan.addresses, updated: { items: names(u), total: 1500 } },
        changedAttributes: [[address, roles]] as NonNullable<UnitEntry['plan']>['changedAttributes'],
      },
    }),
  );
  const restorer = new PlanRestorer();
  const plans = held.map((unit) => restorer.plan(unit.plan as NonNullable<typeof unit.plan>));
  const kept = plans.map((p) => p.addresses.updated.items.length);
  expect(kept.reduce((a, b) => a + b, 0)).toBe(GROUP_ITEMS_LIMIT);
  expect(kept.slice(0, GROUP_ITEMS_LIMIT / 1000)).toEqual(Array(GROUP_ITEMS_LIMIT / 1000).fill(1000));
  expect(kept.at(-1)).toBe(0);
  for (const p of plans) expect(p.addresses.updated.total).toBe(1500);
  // The other lists as the leg wrote them; attribute roles only where their address is kept.
  expect(plans[0]?.addresses.created).toEqual(plan.addresses.created);
  expect(plans[0]?.changedAttributes?.get(address)).toEqual(roles);
  expect(plans.at(-1)?.changedAttributes?.size).toBe(0);
  // The plan's counts and flags come back as the leg wrote them.
  expect(plans[0]?.resourceCounts).toEqual(plan.resourceCounts);
  expect(plans[0]?.file).toBe(plan.file);
});

it('digests a unit without its plan file name (a retried leg may plan into another folder)', () => {
  const plan = entry.plan as NonNullable<UnitEntry['plan']>;
  const a = unitDigest(entry);
  expect(unitDigest({ ...entry, plan: { ...plan, file: 'elsewhere/tfplan.json' } })).toBe(a);
  expect(unitDigest({ ...entry, unit: { ...entry.unit, status: 'failure' } })).not.toBe(a);
});
