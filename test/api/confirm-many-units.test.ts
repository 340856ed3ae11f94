/**
 * Confirming a tree of many units (issue 26, bounded): the per-unit counts are looked up a few at
 * a time, at most MAX_CHECKED_UNITS units, those with changes first, none started past the run's
 * deadline; and the line says how many units were checked, never "counts match" for units it
 * did not look at. Against the test IaCM server over HTTP, which answers per `path_id`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmActivity,
  confirmationLine,
  MAX_CHECKED_UNITS,
  type ConfirmTarget,
  type UnitCounts,
} from '../../src/run/confirm-activity.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { recordActivity } from '../support/iacm-server-activities.js';

let server: IacmServer;
beforeAll(async () => {
  server = await startIacmServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
  server.activities.length = 0;
});

const NONE = { added: 0, changed: 0, deleted: 0, imported: 0, removed: 0 };
/** 250 units, every tenth with one change (25 with changes), the rest none. */
const UNITS: UnitCounts[] = Array.from({ length: 250 }, (_, i) => ({
  path_id: `live/unit-${String(i).padStart(3, '0')}`,
  resource_counts: i % 10 === 7 ? { ...NONE, changed: 1 } : NONE,
}));
const METADATA = { pipeline_execution_id: 'exec-1', pipeline_stage_id: 'stage-1', activity_type: 'plan' };

function placeActivity(): string {
  const identity = {
    account: server.accountId,
    org: server.org,
    project: server.project,
    workspace: server.workspace,
  };
  const metadata = { ...METADATA, terragrunt_details: UNITS.map((u) => ({ ...u, status: 'plan' })) };
  return recordActivity(server.activities, identity, { event_type: 'plan', metadata }).id;
}

const target: ConfirmTarget = { metadata: METADATA, units: () => UNITS };
const lookedUp = (): string[] =>
  server.requests
    .filter((r) => r.url.includes('/resource-changes'))
    .map((r) => new URL(r.url, 'http://x').searchParams.get('path_id') ?? '');

describe('confirming many units', () => {
  it('looks up at most MAX_CHECKED_UNITS units, those with changes first, and says how many', async () => {
    const id = placeActivity();
    const since = Date.now() - 500;
    const result = await confirmActivity(server.connection(), target, since, {
      deadline: Date.now() + 30_000,
    });
    expect(result).toMatchObject({
      kind: 'confirmed',
      activityId: id,
      units: 250,
      checkedUnits: MAX_CHECKED_UNITS,
    });
    const paths = lookedUp();
    expect(paths).toHaveLength(MAX_CHECKED_UNITS);
    expect(new Set(paths).size).toBe(MAX_CHECKED_UNITS);
    const changed = UNITS.filter((u) => (u.resource_counts as typeof NONE).changed > 0).map((u) => u.path_id);
    expect(changed).toHaveLength(25);
    for (const path of changed) expect(paths).toContain(path);
    expect(confirmationLine(result)).toBe(
      `Harness recorded activity ${id}: counts match for 200 of 250 units (50 not checked: at most 200 are looked up, units with changes first)`,
    );
    expect(server.violations).toEqual([]);
  });

  it('starts no lookup past the deadline, and says the time ran out', async () => {
    const id = placeActivity();
    let clock = 1_000_000;
    // Each reading of the clock moves it on 100 ms: the deadline falls after a few lookups.
    const now = (): number => (clock += 100);
    const since = Date.now() - 500;
    const result = await confirmActivity(server.connection(), target, since, {
      deadline: clock + 2_000,
      now,
    });
    expect(result.kind).toBe('confirmed');
    const checked = result.kind === 'confirmed' ? result.checkedUnits : -1;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThan(20);
    expect(lookedUp()).toHaveLength(checked);
    expect(confirmationLine(result)).toBe(
      `Harness recorded activity ${id}: counts match for ${checked} of 250 units (${250 - checked} not checked: the time ran out)`,
    );
  });

  it('finds no activity whose units are not exactly the units sent', async () => {
    placeActivity();
    const fewer: ConfirmTarget = { metadata: METADATA, units: () => UNITS.slice(1) };
    const result = await confirmActivity(server.connection(), fewer, Date.now() - 500, {
      deadline: Date.now() + 5_000,
      attempts: 1,
    });
    expect(result.kind).toBe('unconfirmed');
    expect(lookedUp()).toEqual([]);
  });
});
