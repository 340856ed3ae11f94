/**
 * Terragrunt trees read on reader threads (src/terragrunt/unit-reader-pool.ts): the same tree,
 * value for value and in the same order, as the one-thread read, on the real fixture plans and on
 * a generated tree; the same errors (code, file, offset, cause); a thread that dies fails the read
 * with one line and never hangs. From the sources, threads load the worker module through tsx
 * (the bundles re-enter their own file: test/cli/reader-threads-bundle.test.ts).
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { ValueGate } from '../../src/plan/value-policy.js';
import type { TerragruntTree, TerragruntTreeOptions } from '../../src/terragrunt/terragrunt-tree.js';
import { readTerragruntTree } from '../../src/terragrunt/terragrunt-tree.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { ReaderThreadError, UnitReaderPool } from '../../src/terragrunt/reader-pool.js';
import { discoverUnitPlans } from '../../src/terragrunt/terragrunt-discover.js';
import {
  MIN_UNITS_FOR_THREADS,
  readerThreadCount,
  readerWorkerSpec,
  THREAD_MEMORY_BUDGET_MB,
  type WorkerSpec,
} from '../../src/terragrunt/unit-reader-pool.js';
import type { PlanFixture } from '../support/terragrunt-trees.js';
import {
  placePlan,
  READABLE_PLANS,
  removeDir,
  run,
  tempDir,
  writeJsonFile,
} from '../support/terragrunt-trees.js';

const FIXTURES: PlanFixture[] = [...READABLE_PLANS, 'errored'];

const mapsAsLists = (_key: string, value: unknown): unknown =>
  value instanceof Map ? [...(value as Map<unknown, unknown>)] : value;

/** The tree as data: Maps as entry lists, so two reads compare with toEqual and as JSON text. */
function asJson(tree: TerragruntTree): string {
  return JSON.stringify(tree, mapsAsLists);
}

async function both(dir: string, options: TerragruntTreeOptions, threads: number): Promise<[string, string]> {
  const one = await readTerragruntTree(dir, { ...options, threads: 1 });
  const many = await readTerragruntTree(dir, { ...options, threads });
  return [asJson(one), asJson(many)];
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

let work: string;
let fixtureTree: string;
let report: string;
let generated: string;
beforeAll(async () => {
  work = await tempDir('tg-threads-');
  // Every real Terragrunt fixture plan once, one inside a Terragrunt cache, and a run report.
  fixtureTree = join(work, 'fixtures');
  for (const [i, plan] of FIXTURES.entries()) {
    const unit = `live/${i % 2 ? 'prod' : 'dev'}/${plan}`;
    await placePlan(
      fixtureTree,
      i === 2 ? `${unit}/.terragrunt-cache/a1/b2/tfplan.json` : `${unit}/tfplan.json`,
      plan,
    );
  }
  report = await writeJsonFile(join(work, 'report.json'), [
    ...FIXTURES.map((plan, i) => run(`live/${i % 2 ? 'prod' : 'dev'}/${plan}`, 'succeeded')),
    run('live/dev/broken', 'failed', { Reason: 'run error', Cause: 'Error: Invalid reference' }),
  ]);
  // A generated tree past the auto threshold: the fixtures again and again, in nested folders.
  generated = join(work, 'generated');
  for (let i = 0; i < 3 * MIN_UNITS_FOR_THREADS; i++) {
    await placePlan(generated, `env-${i % 3}/stack-${i % 5}/unit-${i}/tfplan.json`, FIXTURES[i % 7]!);
  }
}, 120_000);
afterAll(async () => removeDir(work));

describe('reader threads give the one-thread tree', () => {
  it('on the real fixture plans, with the run report', async () => {
    const [one, many] = await both(fixtureTree, { reportFile: report }, 3);
    expect(one).toContain('"live/prod/drift-and-outputs"');
    expect(many).toBe(one);
  }, 120_000);

  it('with --show-values and --hide-values-of: the policy reaches every thread', async () => {
    const values = new ValueGate({ show: true, hide: ['tags*'] });
    const [one, many] = await both(fixtureTree, { values }, 2);
    expect(one).toContain('"values"');
    expect(many).toBe(one);
  }, 120_000);

  it('on a generated tree of 48 units, with `auto` and progress in order', async () => {
    const seen: number[] = [];
    const one = asJson(await readTerragruntTree(generated, { threads: 1 }));
    const auto = await readTerragruntTree(generated, {
      threads: 2,
      onProgress: (done) => seen.push(done),
    });
    expect(auto.units).toHaveLength(3 * MIN_UNITS_FOR_THREADS);
    expect(asJson(auto)).toBe(one);
    expect(seen).toEqual(Array.from({ length: 3 * MIN_UNITS_FOR_THREADS + 1 }, (_, i) => i));
  }, 120_000);
});

describe('a worker thread alone', () => {
  it('reads every unit into the summary this thread reads (values and drift resources kept)', async () => {
    const found = (await discoverUnitPlans(fixtureTree)).plans;
    const values = new ValueGate({ show: true, hide: [] });
    const here = await Promise.all(
      found.map((p) => readPlanFile(p.file, { label: p.label, values, driftResources: true })),
    );
    const spec = readerWorkerSpec({ values: values.policy, driftResources: true });
    expect(spec).toBeDefined();
    const there = await new UnitReaderPool(1, spec).read(found, {
      hereLanes: 0,
      readHere: () => Promise.reject(new Error('not read here')),
    });
    expect(there.errors).toEqual([]);
    expect(found.length).toBeGreaterThan(5);
    expect(there.values.some((v) => (v?.driftResources?.items.length ?? 0) > 0)).toBe(true);
    expect(JSON.stringify(there.values, mapsAsLists)).toBe(JSON.stringify(here, mapsAsLists));
  }, 120_000);
});

describe('errors from a thread', () => {
  it('are the InputErrors of the one-thread read: code, file, offset, unit named, cause kept', async () => {
    const tree = join(work, 'broken');
    await placePlan(tree, 'a/ok/tfplan.json', 'update');
    await placePlan(tree, 'b/trailing/tfplan.json', 'trailing-data');
    await writeFile(await placePlan(tree, 'a/empty/tfplan.json', 'update'), '');
    const one = await failureOf(readTerragruntTree(tree, { threads: 1 }));
    const many = await failureOf(readTerragruntTree(tree, { threads: 2 }));
    expect(one).toBeInstanceOf(InputError);
    expect(many).toBeInstanceOf(InputError);
    const [a, b] = [one as InputError, many as InputError];
    expect(b.message).toBe(a.message);
    expect(b.message).toContain('a/empty');
    expect(b.message).toContain('b/trailing');
    expect([b.code, b.file, b.offset]).toEqual([a.code, a.file, a.offset]);
    const cause = b.cause as InputError;
    expect(cause).toBeInstanceOf(InputError);
    expect([cause.code, cause.file, cause.detail]).toEqual([
      (a.cause as InputError).code,
      (a.cause as InputError).file,
      (a.cause as InputError).detail,
    ]);
  }, 120_000);

  it('a unit that cannot be opened keeps its system error as the cause', async () => {
    const tree = join(work, 'dangling');
    await placePlan(tree, 'y/tfplan.json', 'no-op');
    await mkdir(join(tree, 'x'), { recursive: true });
    await symlink(join(tree, 'nowhere.json'), join(tree, 'x/tfplan.json'));
    const one = (await failureOf(readTerragruntTree(tree, { threads: 1 }))) as InputError;
    const many = (await failureOf(readTerragruntTree(tree, { threads: 2 }))) as InputError;
    expect(many.message).toBe(one.message);
    expect(many.message).toContain('Terragrunt unit x');
    expect(many.code).toBe(one.code);
    const system = (many.cause as InputError).cause as NodeJS.ErrnoException;
    expect(system.code).toBe('ENOENT');
    expect(system.code).toBe(((one.cause as InputError).cause as NodeJS.ErrnoException).code);
  }, 120_000);
});

describe('a thread that dies', () => {
  // One worker and no reads on this thread: every unit goes to the worker that dies.
  const onWorker = (spec: WorkerSpec): Promise<unknown> =>
    new UnitReaderPool(1, spec).read(units, {
      hereLanes: 0,
      readHere: () => Promise.reject(new Error('not read here')),
    });
  const units = [
    { file: '/nowhere/a.json', label: 'tree/a/tfplan.json' },
    { file: '/nowhere/b.json', label: 'tree/b/tfplan.json' },
  ];

  it('exits: the read fails with one line naming the units it held', async () => {
    const error = await failureOf(onWorker({ filename: 'process.exit(7)', options: { eval: true } }));
    expect(error).toBeInstanceOf(ReaderThreadError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^a Terragrunt reader thread stopped while reading tree\/a\/tfplan\.json, tree\/b\/tfplan\.json: /,
    );
    expect(message).toContain('exited (code 7)');
    expect(message).toContain('reader-threads 1');
    expect(message).not.toContain('\n');
  }, 60_000);

  it('throws: the read fails with the thrown error as the cause', async () => {
    const code = `require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom'); });`;
    const error = (await failureOf(
      onWorker({ filename: code, options: { eval: true } }),
    )) as ReaderThreadError;
    expect(error.message).toContain('boom');
    expect((error.cause as Error).message).toBe('boom');
  }, 60_000);
});

describe('readerThreadCount', () => {
  const roomy = { cores: 2, freeBytes: 8 * 2 ** 30 };
  it('auto: small trees on one thread, else a thread per two cores (none beside one on 2 cores)', () => {
    const four = { ...roomy, cores: 4 };
    expect(readerThreadCount('auto', MIN_UNITS_FOR_THREADS - 1, four)).toBe(1);
    expect(readerThreadCount('auto', 2000, four)).toBe(2);
    expect(readerThreadCount('auto', 2000, roomy)).toBe(1);
    expect(readerThreadCount('auto', 2000, { ...roomy, cores: 3 })).toBe(1);
    expect(readerThreadCount('auto', 2000, { ...roomy, cores: 8 })).toBe(4);
    expect(readerThreadCount('auto', 2000, { ...roomy, cores: 1 })).toBe(1);
  });
  it('auto: no more threads than half the free memory holds at the budget', () => {
    const budget = THREAD_MEMORY_BUDGET_MB * 2 ** 20;
    expect(readerThreadCount('auto', 2000, { cores: 16, freeBytes: 6 * budget })).toBe(3);
    expect(readerThreadCount('auto', 2000, { cores: 16, freeBytes: 64 * budget })).toBe(8);
    expect(readerThreadCount('auto', 2000, { cores: 16, freeBytes: 3 * budget })).toBe(1);
  });
  it('a number is taken as asked, never more than the units', () => {
    expect(readerThreadCount(1, 2000, roomy)).toBe(1);
    expect(readerThreadCount(4, 2000, roomy)).toBe(4);
    expect(readerThreadCount(4, 3, roomy)).toBe(3);
  });
});
