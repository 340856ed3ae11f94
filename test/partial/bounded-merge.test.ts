/**
 * A merge in bounded memory (issue 23): units wait in sorted runs on the spool
 * (src/partial/unit-runs.ts) and the model keeps what a summary can show
 * (src/reporter/unit-tally.ts, model-fold.ts). Under the limits the summaries are those of the
 * model built from every unit in memory; past them the counts stay exact and the summaries say
 * how many units they do not show; the body always lists every unit once, in path_id order,
 * whatever the order of the units in the partials.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyText } from '../../src/api/event-body.js';
import { main } from '../../src/cli/main.js';
import { compareCodeUnits } from '../../src/inputs/path-match.js';
import { planOf } from '../../src/partial/build-partial.js';
import { PartialMerger } from '../../src/partial/merge-partials.js';
import { readPartialFile } from '../../src/partial/partial-file.js';
import type { PartialReport, UnitEntry } from '../../src/partial/partial-schema.js';
import { BATCH_UNITS } from '../../src/partial/unit-runs.js';
import { buildModel } from '../../src/reporter/build-model.js';
import { renderMarkdownSummary } from '../../src/reporter/markdown-summary.js';
import { renderTextSummary } from '../../src/reporter/text-summary.js';
import { unitCount, unitsView, UNITS_KEPT_PER_RANK } from '../../src/reporter/unit-tally.js';
import type { UnitReport } from '../../src/model/unit-report.js';
import { BodySpool } from '../../src/run/body-spool.js';
import { mergedModel } from '../../src/run/run-merge.js';
import { streamedEvent } from '../../src/run/streamed-event.js';
import { captureIo } from '../support/capture-io.js';
import { placePlan, removeDir, tempDir } from '../support/terragrunt-trees.js';

let root: string;
/** A leg's partial over two real plans: one unit that changes, one without changes. */
let template: PartialReport;
let changing: UnitEntry;
let unchanged: UnitEntry;

beforeAll(async () => {
  root = await tempDir('bounded-merge-');
  await placePlan(root, 'out/app/tfplan.json', 'update');
  await placePlan(root, 'out/quiet/tfplan.json', 'no-op');
  const run = captureIo({}, root);
  expect(await main(['--terragrunt-dir', 'out', '--save-partial', 'leg.json'], run.io), run.stderr()).toBe(0);
  template = JSON.parse(await readFile(join(root, 'leg.json'), 'utf8')) as PartialReport;
  const units = template.report.units ?? [];
  changing = units.find((u) => u.unit.pathId === 'app') as UnitEntry;
  unchanged = units.find((u) => u.unit.pathId === 'quiet') as UnitEntry;
  expect(changing.unit.resourceCounts?.changed).toBeGreaterThan(0);
  expect(unchanged.unit.status).toBe('success');
}, 60_000);
afterAll(async () => removeDir(root));

/** `entry` as the unit at `pathId` (its plan file under it, as a leg names it). */
function at(entry: UnitEntry, pathId: string): UnitEntry {
  const name = pathId.split('/').at(-1) ?? pathId;
  return {
    unit: { ...entry.unit, pathId, name },
    ...(entry.plan === undefined ? {} : { plan: { ...entry.plan, file: `${pathId}/tfplan.json` } }),
  };
}

async function writeLeg(file: string, leg: string, units: UnitEntry[]): Promise<string> {
  const partial = { ...template, leg: { ...template.leg, name: leg }, report: { ...template.report, units } };
  await writeFile(join(root, file), JSON.stringify(partial));
  return file;
}

async function merge(files: readonly string[]) {
  const merger = new PartialMerger({});
  for (const file of files) {
    merger.add(await readPartialFile(join(root, file), file, (label) => merger.writer(label)));
  }
  const merged = merger.finish();
  return { merged, model: mergedModel({}, merged) };
}

/** The model of the same units built the way a report builds it: every unit in memory. */
function inMemoryModel(entries: readonly UnitEntry[], warnings: readonly string[]) {
  const sorted = [...entries].sort((a, b) => compareCodeUnits(a.unit.pathId, b.unit.pathId));
  const plans = new Map(
    sorted.flatMap((e) => (e.plan === undefined ? [] : [[e.unit.pathId, planOf(e.plan)] as const])),
  );
  return buildModel({
    plans: [],
    drifts: [],
    terragrunt: { units: sorted.map((e) => e.unit as UnitReport), plans },
    warnings,
    overrides: {},
  });
}

async function bodyUnits(
  model: Awaited<ReturnType<typeof merge>>['model'],
  units: () => Iterable<UnitReport>,
): Promise<string[]> {
  const spool = new BodySpool();
  try {
    const streamed = await streamedEvent(model, {}, { connection: {} }, spool, units);
    const body = JSON.parse(await bodyText(streamed.body)) as {
      metadata: { terragrunt_details: { path_id: string }[]; stacks: unknown[] };
    };
    expect(body.metadata.stacks).toHaveLength(body.metadata.terragrunt_details.length);
    return body.metadata.terragrunt_details.map((d) => d.path_id);
  } finally {
    spool.dispose();
  }
}

describe('a merge under the limits', () => {
  it('has the summaries of the model built from every unit in memory', async () => {
    const one = Array.from({ length: 40 }, (_, i) => at(i % 3 === 0 ? unchanged : changing, `one/u${i}`));
    const two = Array.from({ length: 30 }, (_, i) => at(i % 4 === 0 ? unchanged : changing, `two/u${i}`));
    const files = [
      await writeLeg('small-one.json', 'one', one),
      await writeLeg('small-two.json', 'two', two),
    ];
    const { merged, model } = await merge(files);
    const expected = inMemoryModel([...one, ...two], merged.input.warnings ?? []);
    expect(model.unitTally?.total).toBe(70);
    // Kept without their outputs (no summary shows them; the body reads every unit from the spool).
    expect(model.units).toEqual(expected.units.map((u) => ({ ...u, outputs: undefined })));
    expect(renderTextSummary(model)).toBe(renderTextSummary(expected));
    expect(renderMarkdownSummary(model)).toBe(renderMarkdownSummary(expected));
    expect(model.addressGroups).toEqual(expected.addressGroups);
    expect(model.files).toEqual(expected.files);
  });
});

describe('a merge past the units a summary can show', () => {
  const count = UNITS_KEPT_PER_RANK + 3;

  it('counts every unit, keeps the first of each kind, and the summaries say how many are not shown', async () => {
    // Leg two's units written in reverse order, over several batches: runs are merged by path.
    const names = Array.from({ length: count }, (_, i) => `live/u${String(i).padStart(5, '0')}`);
    const half = Math.floor(count / 2);
    expect(count - half).toBeGreaterThan(2 * BATCH_UNITS);
    const one = names.slice(0, half).map((n) => at(changing, n));
    const two = names
      .slice(half)
      .map((n) => at(changing, n))
      .reverse();
    // One unit in both legs, identical: counted once, with a warning.
    two.push(at(changing, names[0] as string));
    const quiet = Array.from({ length: 7 }, (_, i) => at(unchanged, `quiet/q${i}`));
    const files = [
      await writeLeg('big-one.json', 'one', [...one, ...quiet]),
      await writeLeg('big-two.json', 'two', two),
    ];
    const { merged, model } = await merge(files);

    expect(unitCount(model)).toBe(count + 7);
    const view = unitsView(model);
    expect(view.shownTotal).toBe(count);
    expect(view.shown).toHaveLength(UNITS_KEPT_PER_RANK);
    expect(view.shown.map((u) => u.pathId)).toEqual(names.slice(0, UNITS_KEPT_PER_RANK));
    expect(view.unchanged).toBe(7);
    // Counts are over every unit.
    expect(model.resourceCounts.changed).toBe(count * (changing.unit.resourceCounts?.changed ?? 0));
    expect(model.warnings).toContain(
      `Terragrunt unit ${names[0]} is in both big-one.json and big-two.json, identical; counted once`,
    );

    const text = renderTextSummary(model);
    expect(text).toContain(`Units: ${count + 7}`);
    expect(text).toContain('… 3 more units not shown');
    expect(text).toContain('7 units without changes');

    const markdown = renderMarkdownSummary(model);
    expect(markdown).toContain(`#### Terragrunt units (${count + 7})`);
    const more = /_(\d+) more units not shown\._/.exec(markdown);
    expect(Number(more?.[1])).toBeGreaterThanOrEqual(3);

    // The body: every unit once, in path_id order.
    const paths = await bodyUnits(model, merged.units);
    expect(paths).toEqual([...names, ...quiet.map((q) => q.unit.pathId)].sort(compareCodeUnits));
  }, 120_000);

  it('refuses a unit planned differently by two legs, naming both files', async () => {
    const files = [
      await writeLeg('conflict-one.json', 'one', [at(changing, 'x/a'), at(changing, 'x/b')]),
      await writeLeg('conflict-two.json', 'two', [at(unchanged, 'x/b')]),
    ];
    const merger = new PartialMerger({});
    for (const file of files) {
      merger.add(await readPartialFile(join(root, file), file, (label) => merger.writer(label)));
    }
    expect(() => merger.finish()).toThrow(
      /conflict-one\.json.*Terragrunt unit x\/b is in two partial reports with different results.*also in conflict-two\.json/,
    );
  });
});
