/**
 * Every plan Terraform or OpenTofu ever wrote is read: a missing label never refuses a plan.
 *
 * Labels (`address`, `previous_address`, `module_address`, `name`, `type`, `index`) only name a
 * resource; counts come from `mode` and `change.actions`. Each real plan is read with one label
 * (and then all of them) taken out of every entry: the counts stay those of the real plan (only
 * the list of moves, which previous_address alone names, goes empty without it), the
 * streaming reader agrees with the JSON.parse walk, and an address rebuilt from the other labels
 * is the address the tool wrote. Then the fields some release really left out, each on a real
 * plan changed the way that release wrote it (sources in the table).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanAccumulator } from '../../src/plan/plan-accumulator.js';
import type { PlanSummary } from '../../src/model/plan-summary.js';
import { readPlanStream } from '../../src/plan/plan-stream-reader.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { displayAddress, indexJsonOf } from '../../src/plan/resource-address.js';
import { captureIo } from '../support/capture-io.js';
import { chunked } from '../support/plan-mutations.js';
import { INDEX_ACTIONS } from '../support/plan-fixture-index.js';
import { listPlanFixtureDocuments, loadFixtureDocument, summarizeDocument } from '../support/plan-oracle.js';
import { main } from '../../src/cli/main.js';

type Json = Record<string, unknown>;
const LABELS = ['address', 'previous_address', 'module_address', 'name', 'type', 'index'] as const;

/** Real plans (the ones the curator's index lists as plans) with at least one resource entry. */
const PLANS = listPlanFixtureDocuments().filter((file) => {
  if (!(file in INDEX_ACTIONS)) return false;
  const doc = loadFixtureDocument(file) as Json;
  return Array.isArray(doc['resource_changes']) || Array.isArray(doc['resource_drift']);
});

/** Every resource object of the plan whose labels name it: change and drift entries, state resources. */
function labelledObjects(doc: Json): Json[] {
  const found: Json[] = [];
  for (const key of ['resource_changes', 'resource_drift']) {
    const list = doc[key];
    if (Array.isArray(list)) found.push(...(list as Json[]));
  }
  const walkModule = (module: unknown): void => {
    if (typeof module !== 'object' || module === null) return;
    const m = module as Json;
    if (Array.isArray(m['resources'])) found.push(...(m['resources'] as Json[]));
    if (Array.isArray(m['child_modules'])) for (const child of m['child_modules']) walkModule(child);
  };
  const prior = doc['prior_state'] as Json | undefined;
  walkModule((prior?.['values'] as Json | undefined)?.['root_module']);
  return found;
}

function without(doc: Json, labels: readonly string[]): Json {
  const copy = structuredClone(doc);
  for (const entry of labelledObjects(copy)) for (const label of labels) delete entry[label];
  return copy;
}

async function streamSummary(doc: Json, label = 'plan.json'): Promise<PlanSummary> {
  const accumulator = new PlanAccumulator(label);
  await readPlanStream(chunked(new TextEncoder().encode(JSON.stringify(doc)), 1 << 20), accumulator, label);
  return accumulator.finish();
}

/** What must not change when a label goes: everything the report counts. */
function counted(summary: PlanSummary): unknown {
  const { resourceCounts, driftCounts, outputCounts, plannedChangesCount, driftedCount, isDriftCheck } =
    summary;
  const lists = Object.fromEntries(
    Object.entries(summary.addresses).map(([k, v]: [string, { total: number }]) => [k, v.total]),
  );
  return {
    resourceCounts,
    driftCounts,
    outputCounts,
    plannedChangesCount,
    driftedCount,
    isDriftCheck,
    lists,
  };
}

describe('a real plan with a label taken out of every entry reads, and counts, as the real one', () => {
  it('finds the real plans', () => {
    expect(PLANS.length).toBeGreaterThan(100);
  });

  it.each(PLANS)('%s', async (file) => {
    const doc = loadFixtureDocument(file) as Json;
    const real = summarizeDocument(doc);
    for (const labels of [...LABELS.map((l) => [l]), [...LABELS]]) {
      const changed = without(doc, labels);
      const streamed = await streamSummary(changed);
      const all = labels.length === LABELS.length;
      // With no label at all, nothing tells which prior-state instance drifted: only the unchanged
      // drift count (the prior-state instances not named in resource_drift) may differ.
      const comparable = (s: PlanSummary): unknown =>
        all ? counted({ ...s, driftCounts: { ...s.driftCounts, unchanged: 0 } }) : counted(s);
      // A move is named by previous_address alone: without it no move is listed, and nothing else
      // (counts included: a moved-only entry is a no-op) depends on it.
      const unmoved = labels.includes('previous_address');
      if (unmoved) expect(streamed.addresses.moved.total, `without ${labels.join(', ')}: no move`).toBe(0);
      const expected = unmoved
        ? { ...real, addresses: { ...real.addresses, moved: streamed.addresses.moved } }
        : real;
      expect(comparable(streamed), `without ${labels.join(', ')}`).toEqual(comparable(expected));
      expect(streamed, `without ${labels.join(', ')}: the JSON.parse walk agrees`).toEqual(
        summarizeDocument(changed),
      );
      if (!labels.includes('type') && !labels.includes('name') && labels.length === 1) {
        // Rebuilt from module_address, mode, type, name and index: the address the tool wrote.
        expect(streamed.addresses, `without ${labels.join(', ')}: the same addresses`).toEqual(
          expected.addresses,
        );
      }
    }
  });
});

describe('the address rebuilt from its parts', () => {
  it('is the address Terraform and OpenTofu wrote, for every entry of every real plan', () => {
    let checked = 0;
    for (const file of PLANS) {
      const doc = loadFixtureDocument(file) as Json;
      for (const key of ['resource_changes', 'resource_drift']) {
        for (const entry of (doc[key] as Json[] | undefined) ?? []) {
          if (typeof entry['type'] !== 'string' || typeof entry['name'] !== 'string') continue;
          const parts = {
            moduleAddress: entry['module_address'] as string | undefined,
            mode: entry['mode'] as string | undefined,
            type: entry['type'],
            name: entry['name'],
            indexJson: indexJsonOf(entry['index']),
          };
          // `deposed` entries repeat the address of the current object; the address is the same.
          expect(displayAddress(parts, 'x'), `${file}: ${String(entry['address'])}`).toBe(entry['address']);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('names an entry by its place when even the type or the name is missing', async () => {
    const doc = loadFixtureDocument('terraform-json/testdata/110_basic/plan.json') as Json;
    const summary = await streamSummary(without(doc, ['address', 'type']));
    expect(summary.addresses.created.items[0]).toBe('resource_changes[0]');
    expect(summary.resourceCounts.added).toBe(7);
  });

  it('reads a label written as null as a missing one, in every reader', async () => {
    const doc = loadFixtureDocument('terraform-json/testdata/110_basic/plan.json') as Json;
    const real = await streamSummary(doc);
    const nulled = structuredClone(doc);
    for (const entry of labelledObjects(nulled)) entry['address'] = null;
    const summary = await streamSummary(nulled);
    expect(summary.addresses).toEqual(real.addresses);
    expect(summary).toEqual(summarizeDocument(nulled));
  });

  it('writes string keys quoted and numbers bare, as Terraform does', () => {
    const base = { type: 'aws_instance', name: 'web' };
    expect(displayAddress({ ...base, indexJson: indexJsonOf(0) }, 'x')).toBe('aws_instance.web[0]');
    expect(displayAddress({ ...base, indexJson: indexJsonOf('eu "1"') }, 'x')).toBe(
      'aws_instance.web["eu \\"1\\""]',
    );
    expect(displayAddress({ ...base, mode: 'data', moduleAddress: 'module.a["x"]' }, 'x')).toBe(
      'module.a["x"].data.aws_instance.web',
    );
  });
});

/**
 * Fields a release of Terraform or OpenTofu left out of `show -json` of a plan, each applied to a
 * real plan of the fixtures the way that release wrote it.
 */
const HISTORY: {
  readonly field: string;
  readonly when: string;
  readonly plan: string;
  readonly change: (doc: Json) => void;
  /** false: the field is what marks an import, so without it nothing is imported. */
  readonly imports?: false;
  /** The change leaves a plan of nothing: it reads as a plan (not a drift check) counting nothing. */
  readonly empty?: true;
}[] = [
  {
    field: 'resource_drift[].address',
    when: 'Terraform 0.15.4 to 1.0.0 (fixed by hashicorp/terraform#28975, backported to 1.0.x)',
    plan: 'infracost/cmd/infracost/testdata/instance_with_attachment_after_deploy.json',
    change: (doc) => (doc['resource_drift'] as Json[]).forEach((e) => delete e['address']),
  },
  {
    field: 'resource_changes, prior_state and output_changes in an empty plan',
    when: 'Terraform 0.12 to 1.x write no key for an empty list (hashicorp/terraform#23204 shows 0.12.12)',
    plan: 'terraform-json/testdata/no_changes/plan.json',
    change: (doc) => {
      delete doc['resource_changes'];
      delete doc['prior_state'];
      delete doc['output_changes'];
    },
    empty: true,
  },
  {
    field: 'previous_address',
    when: 'before Terraform 1.1 (added with moved blocks, hashicorp/terraform#29603)',
    plan: 'terraform-json/testdata/moved_block/plan.json',
    change: (doc) => (doc['resource_changes'] as Json[]).forEach((e) => delete e['previous_address']),
  },
  {
    // Without it an entry is simply not an import: the plan reads, with nothing imported.
    field: 'change.importing',
    when: 'before Terraform 1.5 (import blocks)',
    plan: 'terraform-json/testdata/identity/plan.json',
    change: (doc) =>
      (doc['resource_changes'] as Json[]).forEach((e) => delete (e['change'] as Json)['importing']),
    imports: false,
  },
  {
    field: 'errored, applyable, complete, timestamp',
    when: 'Terraform before 1.2 wrote none of them; OpenTofu writes no applyable/complete',
    plan: 'checkov/tests/terraform/parser/resources/plan_multiple_providers/tfplan.json',
    change: (doc) => ['errored', 'applyable', 'complete', 'timestamp'].forEach((k) => delete doc[k]),
  },
  {
    field: 'output_changes[].after_sensitive / before_sensitive',
    when: 'before Terraform 0.15 (sensitivity was only in planned_values.outputs)',
    plan: 'terraform-json/testdata/110_sensitive_values/plan.json',
    change: (doc) =>
      Object.values((doc['output_changes'] as Json | undefined) ?? {}).forEach((o) => {
        delete (o as Json)['after_sensitive'];
        delete (o as Json)['before_sensitive'];
      }),
  },
  {
    field: 'format_version and terraform_version',
    when: 'HCP Terraform redacted plans (plan_format_version instead)',
    plan: 'terraform-json/testdata/110_basic/plan.json',
    change: (doc) => {
      delete doc['format_version'];
      delete doc['terraform_version'];
    },
  },
  {
    field: 'mode',
    when: 'pre-release 0.12 builds (hashicorp/terraform#20032): an entry without a mode is managed',
    plan: 'terraform-json/testdata/basic/plan.json',
    change: (doc) =>
      (doc['resource_changes'] as Json[])
        .filter((e) => e['mode'] === 'managed')
        .forEach((e) => delete e['mode']),
  },
];

describe('fields some release left out', () => {
  it.each(HISTORY)('$field ($when)', async ({ plan, change, imports, empty }) => {
    const doc = loadFixtureDocument(plan) as Json;
    const real = summarizeDocument(doc);
    const changed = structuredClone(doc);
    change(changed);
    expect(JSON.stringify(changed), 'the change removed something').not.toBe(JSON.stringify(doc));
    const streamed = await streamSummary(changed);
    expect(streamed).toEqual(summarizeDocument(changed));
    if (empty === true) {
      expect(streamed.isDriftCheck).toBe(false);
      expect(streamed.plannedChangesCount).toBe(0);
      expect(Object.values(streamed.resourceCounts).every((n) => n === 0)).toBe(true);
      return;
    }
    expect(streamed.driftCounts).toEqual(real.driftCounts);
    if (imports === false) {
      expect(real.resourceCounts.imported).toBeGreaterThan(0);
      expect(streamed.resourceCounts).toMatchObject({ ...real.resourceCounts, imported: 0 });
      return;
    }
    expect(streamed.resourceCounts).toEqual(real.resourceCounts);
    expect(streamed.plannedChangesCount).toBe(real.plannedChangesCount);
  });
});

describe('Terraform 1.0 drift without addresses, end to end', () => {
  let dir: string;
  let file: string;
  const REAL = 'infracost/cmd/infracost/testdata/instance_with_attachment_after_deploy.json';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iacm-tf10-drift-'));
    const doc = loadFixtureDocument(REAL) as Json;
    (doc['resource_drift'] as Json[]).forEach((e) => delete e['address']);
    file = join(dir, 'drift.json');
    await writeFile(file, JSON.stringify(doc, null, 2));
  });
  afterAll(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('readPlanFile reads it, with the addresses Terraform 1.0.11 writes', async () => {
    const summary = await readPlanFile(file);
    expect(summary.addresses.drifted.items).toEqual(['aws_default_subnet.default', 'aws_instance.ec2']);
    expect(summary.driftCounts.changed).toBe(2);
  });

  it('the CLI reports it as drift (exit 0), naming the drifted resources', async () => {
    const io = captureIo({}, dir);
    const code = await main(['--drift', file, '--dry-run'], io.io);
    expect(io.stderr()).not.toMatch(/missing/);
    expect(code).toBe(0);
    const event = JSON.parse(io.stdout()) as {
      event_type: string;
      metadata: { drift_counts: { changed: number } };
    };
    expect(event.event_type).toBe('drifted');
    expect(event.metadata.drift_counts.changed).toBe(2);
  });
});
