/**
 * A clean refresh-only plan (Terraform 1.11 writes neither `resource_drift` nor
 * `resource_changes`) is a drift check that found nothing, wherever it is read: given alone or as
 * a Terragrunt unit beside units whose refresh-only plans found drift. A plan lists every
 * resource of its prior state in `resource_changes`; an outputs-only plan (no resources) stays a
 * plan.
 */
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { fixturePath, planModel, terragruntModel } from '../support/real-report-models.js';
import { renderTextSummary } from '../../src/reporter/text-summary.js';

const CLEAN = fixturePath('terraform/refresh-only-clean/plan.json');

describe('a clean refresh-only plan', () => {
  it('given alone, is a drift check with nothing drifted', async () => {
    const summary = await readPlanFile(CLEAN);
    expect(summary.isDriftCheck).toBe(true);
    expect(summary.driftCounts).toMatchObject({ added: 0, changed: 0, deleted: 0, unchanged: 3 });
    const model = await planModel([CLEAN]);
    expect(model.eventType).toBe('active');
    expect(model.activityType).toBe('drift');
  });

  it('as a Terragrunt unit beside a drifted one, leaves the run a drift check: drifted', async () => {
    const model = await terragruntModel([
      { pathId: 'live/app', plan: 'refresh-only' },
      { pathId: 'live/db', plan: 'refresh-only-clean' },
    ]);
    expect(model.eventType).toBe('drifted');
    expect(model.activityType).toBe('drift');
    expect(model.units.find((u) => u.pathId === 'live/db')?.driftCounts).toMatchObject({ unchanged: 3 });
  });

  it('as the only kind of unit in a tree, the run is a drift check that found nothing', async () => {
    const model = await terragruntModel([
      { pathId: 'live/app', plan: 'refresh-only-clean' },
      { pathId: 'live/db', plan: 'refresh-only-clean' },
    ]);
    expect(model.eventType).toBe('active');
    expect(model.activityType).toBe('drift');
    expect(renderTextSummary(model).split('\n')[0]).toMatch(/no drift/);
  });

  it('a plan that changes nothing is still a plan (its resources are listed as no-ops)', async () => {
    const model = await terragruntModel([
      { pathId: 'live/app', plan: 'refresh-only' },
      { pathId: 'live/db', plan: 'no-op' },
    ]);
    expect(model.eventType).toBe('plan');
  });

  it('an outputs-only plan (nothing in the prior state) is a plan', async () => {
    const summary = await readPlanFile(fixturePath('terraform/outputs-only/plan.json'));
    expect(summary.isDriftCheck).toBe(false);
  });
});
