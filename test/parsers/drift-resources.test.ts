/**
 * Drifted resources one by one (--send-drift-resources, issue 26 part 2), read by the streaming
 * reader from every real plan with drift: one per counted drift (the drifted count), each with the
 * entry's own `provider_name`, `deleted` for a delete and `changed` else, and drifted attribute
 * names whose first step is a top-level attribute whose value differs between `before` and
 * `after` (a JSON.parse reading of the same entry). Asking for them changes nothing else of the
 * summary, and a plan read without asking keeps none.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { splitAddress } from '../../src/plan/resource-address.js';
import { listPlanFixtureDocuments, loadFixtureDocument, planFixture } from '../support/plan-oracle.js';
import { fixturePath } from '../support/terragrunt-trees.js';

type Json = Record<string, unknown>;
interface DriftEntry {
  address?: string;
  mode?: string;
  provider_name?: string;
  change: { actions: string[]; before?: Json | null; after?: Json | null };
}

const DRIFTED = [
  ...listPlanFixtureDocuments()
    .filter((file) => {
      try {
        const drift = (loadFixtureDocument(file) as Json)['resource_drift'];
        return Array.isArray(drift) && drift.length > 0;
      } catch {
        return false;
      }
    })
    .map((file) => planFixture(file)),
  fixturePath('drift-and-outputs'),
  fixturePath('refresh-only'),
];

/** The first step of an attribute path (`tags.Name` -> `tags`, `ingress[0].x` -> `ingress`). */
function topStep(path: string): string {
  return /^[^.[]+/.exec(path)?.[0] ?? path;
}

describe('drifted resources', () => {
  it('are found in real plans', () => {
    expect(DRIFTED.length).toBeGreaterThanOrEqual(10);
  });

  it.each(DRIFTED)('%s', async (file) => {
    const plain = await readPlanFile(file);
    const read = await readPlanFile(file, { driftResources: true });
    const { driftResources, ...rest } = read;
    expect(plain.driftResources).toBeUndefined();
    expect(rest).toEqual(plain);
    expect(driftResources?.total).toBe(read.driftedCount);
    const entries = ((loadFixtureDocument(file) as Json)['resource_drift'] ?? []) as DriftEntry[];
    for (const resource of driftResources?.items ?? []) {
      const entry = entries.find((e) => e.address === resource.address);
      if (entry === undefined) continue; // Terraform 1.0.0 wrote drift without addresses
      expect(resource.provider).toBe(entry.provider_name ?? '');
      expect(resource.status).toBe(entry.change.actions.includes('delete') ? 'deleted' : 'changed');
      expect(splitAddress(resource.address), resource.address).toBeDefined();
      const before = entry.change.before ?? {};
      const after = entry.change.after ?? {};
      if (resource.status === 'deleted') expect(resource.attributes).toEqual([]);
      for (const name of resource.attributes) {
        const key = topStep(name);
        expect(isDeepStrictEqual(before[key], after[key]), `${resource.address} ${name}`).toBe(false);
      }
      // An update names at least one of its changed attributes.
      if (entry.change.actions.join() === 'update' && !isDeepStrictEqual(before, after))
        expect(resource.attributes.length, resource.address).toBeGreaterThan(0);
    }
  });
});
