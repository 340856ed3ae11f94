/**
 * The property that makes map-reduce safe: for any split of a Terragrunt tree into legs, merging
 * the legs' partial reports gives the same event `metadata` as reading the whole tree in one run
 * (git and pipeline context aside), byte for byte, whatever order the partials arrive in.
 *
 * Trees are random (fast-check) but built from the real plans in test/fixtures/terragrunt, with a
 * Terragrunt run report (failed and excluded units, which have no plan) split along with them.
 * Each leg is a real run of the pipeline with `--save-partial`; its file goes through the same
 * reader the merge command uses.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { sendEventRequestSchema } from '../../src/reporter/event-schema.js';
import { captureIo } from '../support/capture-io.js';
import {
  placePlan,
  removeDir,
  run,
  tempDir,
  writeJsonFile,
  type PlanFixture,
  type ReportRun,
} from '../support/terragrunt-trees.js';

const PLANNED: readonly PlanFixture[] = [
  'create-with-outputs',
  'drift-and-outputs',
  'errored',
  'import-update',
  'no-op',
  'refresh-only',
  'replace',
  'update',
];
const PATHS = [
  'live/dev/app',
  'live/dev/db',
  'live/prod/app',
  'live/prod/db',
  'live/prod/net',
  'shared/dns',
  'a',
  'b/c',
  'b/c/d',
];

type UnitKind = PlanFixture | 'failed' | 'excluded';

interface Case {
  readonly units: readonly { readonly pathId: string; readonly kind: UnitKind; readonly leg: number }[];
  readonly legs: number;
  readonly withReport: boolean;
  /** The order the partials are handed to merge. */
  readonly order: readonly number[];
}

const unitKind = fc.constantFrom<UnitKind>(...PLANNED, 'failed', 'excluded');

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    picked: fc.uniqueArray(fc.constantFrom(...PATHS), { minLength: 1, maxLength: PATHS.length }),
    legs: fc.integer({ min: 1, max: 4 }),
    withReport: fc.boolean(),
  })
  .chain(({ picked, legs, withReport }) =>
    fc.record({
      units: fc.tuple(
        ...picked.map((pathId) =>
          fc.record({
            pathId: fc.constant(pathId),
            kind: withReport ? unitKind : fc.constantFrom<UnitKind>(...PLANNED),
            leg: fc.integer({ min: 0, max: legs - 1 }),
          }),
        ),
      ),
      legs: fc.constant(legs),
      withReport: fc.constant(withReport),
      order: fc.shuffledSubarray(
        Array.from({ length: legs }, (_, i) => i),
        { minLength: legs, maxLength: legs },
      ),
    }),
  )
  // A leg with no unit at all runs nothing in CI: every leg gets at least one unit.
  .filter((c) => Array.from({ length: c.legs }, (_, i) => i).every((i) => c.units.some((u) => u.leg === i)));

let root: string;
let counter = 0;
beforeAll(async () => {
  root = await tempDir('split-eq-');
});
afterAll(async () => removeDir(root));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // No CI variables, and a folder that is no git checkout: the context is empty on both sides.
  const captured = captureIo({}, root);
  const code = await main(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

/** Lays out a tree (`<dir>/out`) with the given units, and its run report when asked. */
async function layTree(dir: string, units: Case['units'], withReport: boolean): Promise<string[]> {
  await mkdir(join(root, dir, 'out'), { recursive: true });
  const runs: ReportRun[] = [];
  for (const unit of units) {
    if (unit.kind === 'failed') {
      runs.push(run(unit.pathId, 'failed', { Reason: 'run error', Cause: 'exit status 1' }));
    } else if (unit.kind === 'excluded') {
      runs.push(run(unit.pathId, 'excluded', { Reason: 'exclude block' }));
    } else {
      await placePlan(join(root, dir, 'out'), `${unit.pathId}/tfplan.json`, unit.kind);
      runs.push(run(unit.pathId, 'succeeded'));
    }
  }
  const args = ['--terragrunt-dir', `${dir}/out`];
  if (withReport) {
    await writeJsonFile(join(root, dir, 'report.json'), runs);
    args.push('--terragrunt-report', `${dir}/report.json`);
  }
  return args;
}

function metadataText(stdout: string): string {
  return JSON.stringify(sendEventRequestSchema.parse(JSON.parse(stdout)).metadata);
}

describe('merge of any split equals one run over the whole tree', () => {
  it('holds for random trees, splits and arrival orders', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const id = `case${counter++}`;
        const whole = await cli([
          ...(await layTree(`${id}/whole`, c.units, c.withReport)),
          '--dry-run',
          '-q',
        ]);
        expect(whole.code).toBe(0);

        const partials: string[] = [];
        for (let leg = 0; leg < c.legs; leg++) {
          const units = c.units.filter((u) => u.leg === leg);
          const args = await layTree(`${id}/leg${leg}`, units, c.withReport);
          const file = `${id}/partials/leg${leg}.json`;
          const saved = await cli([...args, '--save-partial', file, '--leg', `leg ${leg}`, '-q']);
          expect(saved.code).toBe(0);
          partials.push(file);
        }
        const merged = await cli(['merge', ...c.order.map((i) => partials[i] as string), '--dry-run', '-q']);
        expect(merged.stderr).not.toMatch(/error/);
        expect(merged.code).toBe(0);
        expect(metadataText(merged.stdout)).toBe(metadataText(whole.stdout));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
