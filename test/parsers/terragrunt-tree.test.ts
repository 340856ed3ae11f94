import { isRoot, nobodyUnavailable, runModuleAsNobody } from '../support/unprivileged.js';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, InputError, UsageError } from '../../src/errors.js';
import type { Counts, PlanSummary } from '../../src/model/plan-summary.js';
import { addCounts, zeroCounts } from '../../src/model/plan-summary.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import type { TerragruntTree } from '../../src/terragrunt/terragrunt-tree.js';
import { readTerragruntTree } from '../../src/terragrunt/terragrunt-tree.js';
import { activityStatusOfUnits } from '../../src/model/statuses.js';
import type { PlanFixture, ReportRun } from '../support/terragrunt-trees.js';
import {
  fixturePath,
  placePlan,
  removeDir,
  run,
  runReportSchemaErrors,
  tempDir,
  writeJsonFile,
} from '../support/terragrunt-trees.js';

const CI_ROOT = '/home/runner/work/infra/infra';
const OLD = new Date('2024-01-01T00:00:00Z');
const NEW = new Date('2025-01-01T00:00:00Z');

/** The tree: unit folder -> [plan path inside the tree, fixture]. */
const LAYOUT: [string, string, PlanFixture][] = [
  ['live/prod/vpc', 'live/prod/vpc/tfplan.json', 'create-with-outputs'],
  ['live/prod/app', 'live/prod/app/tfplan.json', 'update'],
  // Only a plan inside the unit's Terragrunt cache: reported under the unit, not the hashes.
  ['live/dev/vpc', 'live/dev/vpc/.terragrunt-cache/Xq3k9vN2/a8LmT0pQ/tfplan.json', 'replace'],
  // A plan in the unit folder and a stale one in its cache: the folder's wins.
  ['live/dev/db', 'live/dev/db/tfplan.json', 'import-update'],
  ['live/dev/refresh', 'live/dev/refresh/tfplan.json', 'refresh-only'],
  ['mgmt/iam', 'mgmt/iam/tfplan.json', 'drift-and-outputs'],
];
const STALE_CACHE_PLAN = 'live/dev/db/.terragrunt-cache/h1/h2/tfplan.json';

const BROKEN_CAUSE = '\u001b[31mError:\u001b[0m creating EC2 Instance: UnauthorizedOperation';

/** The report entries, with names as `name(unit)` writes them (absolute, or relative). */
function reportRuns(name: (unit: string) => string, v1 = false): ReportRun[] {
  return [
    run(name('live/prod/vpc'), 'succeeded'),
    run(name('live/prod/app'), 'succeeded', { Reason: 'retry succeeded' }),
    run(name('live/dev/vpc'), 'succeeded'),
    run(name('live/dev/db'), 'succeeded'),
    run(name('live/dev/refresh'), 'succeeded'),
    run(name('mgmt/iam'), 'succeeded'),
    run(name('live/dev/broken'), 'failed', { Reason: 'run error', Cause: BROKEN_CAUSE }),
    run(name('live/dev/after-broken'), 'early exit', { Reason: 'ancestor error', Cause: 'live/dev/broken' }),
    run(name('live/dev/legacy'), 'excluded', { Reason: v1 ? '--queue-exclude-dir' : 'exclude block' }),
  ];
}

async function buildTree(root: string, order: 'forward' | 'reverse' = 'forward'): Promise<void> {
  const layout = order === 'forward' ? LAYOUT : [...LAYOUT].reverse();
  for (const [, path, plan] of layout) await placePlan(root, path, plan, NEW);
  await placePlan(root, STALE_CACHE_PLAN, 'no-op', OLD);
}

function sum(plans: Iterable<PlanSummary>, pick: (p: PlanSummary) => Counts): Counts {
  const total = zeroCounts();
  for (const plan of plans) addCounts(total, pick(plan));
  return total;
}

let work: string;
let tree: string;
let reportV4: string;
beforeAll(async () => {
  work = await tempDir();
  tree = join(work, 'tfjson');
  await buildTree(tree);
  const runs = reportRuns((unit) => `${CI_ROOT}/${unit}`).map((r) => ({
    ...r,
    Cmd: 'plan',
    Args: ['-lock=false'],
  }));
  expect(await runReportSchemaErrors(4, runs)).toEqual([]);
  reportV4 = await writeJsonFile(join(work, 'report.json'), runs);
});
afterAll(async () => removeDir(work));

describe('readTerragruntTree on a --json-out-dir tree with a v4 run report', () => {
  let result: TerragruntTree;
  beforeAll(async () => {
    result = await readTerragruntTree(tree, { reportFile: reportV4 });
  });

  it('reports every unit, planned or only in the report, sorted by pathId', () => {
    expect(result.units.map((u) => [u.pathId, u.name, u.status])).toEqual([
      ['live/dev/after-broken', 'after-broken', 'skipped'],
      ['live/dev/broken', 'broken', 'failure'],
      ['live/dev/db', 'db', 'success'],
      ['live/dev/legacy', 'legacy', 'skipped'],
      ['live/dev/refresh', 'refresh', 'success'],
      ['live/dev/vpc', 'vpc', 'success'],
      ['live/prod/app', 'app', 'success'],
      ['live/prod/vpc', 'vpc', 'success'],
      ['mgmt/iam', 'iam', 'success'],
    ]);
    expect(activityStatusOfUnits(result.units)).toBe('failure');
  });

  it("carries Terragrunt's reason, without terminal colours", () => {
    const byPath = new Map(result.units.map((u) => [u.pathId, u]));
    expect(byPath.get('live/dev/broken')?.errorMessage).toBe(
      'Error: creating EC2 Instance: UnauthorizedOperation',
    );
    expect(byPath.get('live/dev/after-broken')?.errorMessage).toBe(
      'early exit: dependency live/dev/broken failed',
    );
    expect(byPath.get('live/dev/legacy')?.errorMessage).toBe('excluded (exclude block)');
    expect(byPath.get('live/prod/vpc')?.errorMessage).toBeUndefined();
  });

  it('gives units without a plan no counts, and planned units the counts of their own plan', async () => {
    for (const unit of result.units) {
      const layout = LAYOUT.find(([pathId]) => pathId === unit.pathId);
      if (!layout) {
        expect(unit.resourceCounts).toBeUndefined();
        expect(unit.outputs).toBeUndefined();
        continue;
      }
      const alone = await readPlanFile(fixturePath(layout[2]));
      expect(unit.resourceCounts).toEqual(alone.resourceCounts);
      expect(unit.driftCounts).toEqual(alone.driftCounts);
      expect(unit.outputCounts).toEqual(alone.outputCounts);
      expect(unit.plannedChangesCount).toBe(alone.plannedChangesCount);
      expect(unit.outputs).toEqual(alone.outputs);
    }
  });

  it('sums of unit counts equal the counts of the plans read one by one', async () => {
    const alone = await Promise.all(LAYOUT.map(([, , plan]) => readPlanFile(fixturePath(plan))));
    const units = result.units.filter((u) => u.resourceCounts);
    const unitTotal = (pick: (u: (typeof units)[number]) => Counts | undefined) =>
      units.reduce((acc, u) => addCounts(acc, pick(u) ?? zeroCounts()), zeroCounts());
    expect(unitTotal((u) => u.resourceCounts)).toEqual(sum(alone, (p) => p.resourceCounts));
    expect(unitTotal((u) => u.driftCounts)).toEqual(sum(alone, (p) => p.driftCounts));
    expect(unitTotal((u) => u.outputCounts)).toEqual(sum(alone, (p) => p.outputCounts));
    expect(sum(result.plans.values(), (p) => p.resourceCounts)).toEqual(sum(alone, (p) => p.resourceCounts));
    // The totals are not trivially zero: the fixtures plan real changes and drift.
    expect(sum(alone, (p) => p.resourceCounts).added).toBeGreaterThan(10);
    expect(sum(alone, (p) => p.driftCounts).deleted).toBe(3);
  });

  it('maps a .terragrunt-cache plan to its unit and never reports the hash path', () => {
    expect(result.plans.get('live/dev/vpc')?.resourceCounts.deleted).toBe(1);
    expect(JSON.stringify(result.units)).not.toContain('terragrunt-cache');
    expect([...result.plans.keys()].some((k) => k.includes('cache'))).toBe(false);
  });

  it('prefers the plan outside the cache, and says so', () => {
    expect(result.plans.get('live/dev/db')?.resourceCounts.imported).toBe(1);
    expect(result.warnings).toContainEqual(
      expect.stringMatching(
        /^unit live\/dev\/db: 2 plan files found; using live\/dev\/db\/tfplan\.json \(the one outside \.terragrunt-cache\), ignoring live\/dev\/db\/\.terragrunt-cache\/h1\/h2\/tfplan\.json$/,
      ),
    );
  });

  it('returns plans in pathId order and the files read', () => {
    expect([...result.plans.keys()]).toEqual([...result.plans.keys()].sort());
    expect(result.files).toHaveLength(LAYOUT.length);
    expect(result.files.every((f) => f.startsWith(tree))).toBe(true);
  });
});

describe.each([
  { version: 1 as const, name: (unit: string) => unit },
  { version: 2 as const, name: (unit: string) => `./${unit}` },
  { version: 3 as const, name: (unit: string) => `${CI_ROOT}/${unit}` },
])('a v$version run report', ({ version, name }) => {
  it('gives the same statuses as the v4 report', async () => {
    const runs = reportRuns(name, version === 1);
    const withV3Fields = version === 3 ? runs.map((r) => ({ ...r, Ref: 'HEAD', Cmd: 'plan' })) : runs;
    expect(await runReportSchemaErrors(version, withV3Fields)).toEqual([]);
    const file = await writeJsonFile(join(work, `report-v${version}.json`), withV3Fields);
    const fromOld = await readTerragruntTree(tree, { reportFile: file });
    const fromV4 = await readTerragruntTree(tree, { reportFile: reportV4 });
    // v1 alone could say why a unit was excluded with the flag that excluded it.
    const legacy = version === 1 ? 'excluded (--queue-exclude-dir)' : 'excluded (exclude block)';
    expect(fromOld.units.find((u) => u.pathId === 'live/dev/legacy')?.errorMessage).toBe(legacy);
    const sameReason = (units: TerragruntTree['units']) =>
      units.map((u) => (u.pathId === 'live/dev/legacy' ? { ...u, errorMessage: 'excluded' } : u));
    expect(sameReason(fromOld.units)).toEqual(sameReason(fromV4.units));
    expect(fromOld.warnings).toEqual(fromV4.warnings);
  });
});

describe('determinism', () => {
  it('two runs over one tree give deep-equal and byte-identical results', async () => {
    const a = await readTerragruntTree(tree, { reportFile: reportV4, concurrency: 16 });
    const b = await readTerragruntTree(tree, { reportFile: reportV4, concurrency: 1 });
    expect(b).toEqual(a);
    expect(JSON.stringify({ ...b, plans: [...b.plans] })).toBe(JSON.stringify({ ...a, plans: [...a.plans] }));
  });

  it('does not depend on the order files were written in', async () => {
    const other = await tempDir();
    try {
      await buildTree(join(other, 'tfjson'), 'reverse');
      const a = await readTerragruntTree(tree, { reportFile: reportV4 });
      const b = await readTerragruntTree(join(other, 'tfjson'), { reportFile: reportV4 });
      expect(b.units).toEqual(a.units);
      expect(b.warnings).toEqual(a.warnings);
    } finally {
      await removeDir(other);
    }
  });
});

describe('reading the plans', () => {
  it('reports progress from 0 to the total, once per plan', async () => {
    const calls: [number, number][] = [];
    await readTerragruntTree(tree, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual(Array.from({ length: LAYOUT.length + 1 }, (_, i) => [i, LAYOUT.length]));
  });

  it('keeps at most `concurrency` plans in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const result = await readTerragruntTree(tree, {
      concurrency: 2,
      readPlan: async (file, opts) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return readPlanFile(file, opts);
      },
    });
    expect(peak).toBe(2);
    expect(result.units).toHaveLength(LAYOUT.length);
  });

  it('fails the run naming the unit whose plan cannot be read (exit 2)', async () => {
    const root = await tempDir();
    try {
      await placePlan(root, 'b/ok/tfplan.json', 'update');
      await placePlan(root, 'a/bad/tfplan.json', 'trailing-data');
      const error = await readTerragruntTree(root).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      const input = error as InputError;
      expect(input.exitCode).toBe(EXIT_BAD_INPUT);
      expect(input.file).toBe(join(root, 'a/bad/tfplan.json'));
      expect(input.message).toContain('Terragrunt unit a/bad:');
    } finally {
      await removeDir(root);
    }
  });

  it('names every unit whose plan cannot be read in one error, in pathId order, bounded', async () => {
    const root = await tempDir();
    try {
      await placePlan(root, 'b/ok/tfplan.json', 'update');
      await placePlan(root, 'c/bad/tfplan.json', 'trailing-data');
      await placePlan(root, 'a/bad/tfplan.json', 'trailing-data');
      const two = (await readTerragruntTree(root).catch((e: unknown) => e)) as InputError;
      expect(two).toBeInstanceOf(InputError);
      expect(two.exitCode).toBe(EXIT_BAD_INPUT);
      expect(two.file).toBe(root);
      expect(two.message).toMatch(/2 Terragrunt unit plans cannot be read: a\/bad \(.+\); c\/bad \(.+\)$/);

      for (let i = 0; i < 13; i++)
        await placePlan(root, `d/bad-${String(i).padStart(2, '0')}/tfplan.json`, 'trailing-data');
      const many = (await readTerragruntTree(root).catch((e: unknown) => e)) as InputError;
      expect(many.message).toContain('15 Terragrunt unit plans cannot be read: a/bad (');
      expect(many.message).toContain('d/bad-07 (');
      expect(many.message).not.toContain('d/bad-08 (');
      expect(many.message).toMatch(/; and 5 more$/);
    } finally {
      await removeDir(root);
    }
  });

  it('reports a unit whose plan errored as a failure', async () => {
    const root = await tempDir();
    try {
      await placePlan(root, 'app/tfplan.json', 'errored');
      await placePlan(root, 'db/tfplan.json', 'update');
      const result = await readTerragruntTree(root);
      expect(result.units.map((u) => [u.pathId, u.status])).toEqual([
        ['app', 'failure'],
        ['db', 'success'],
      ]);
      expect(result.units[0]?.errorMessage).toMatch(/errored/);
    } finally {
      await removeDir(root);
    }
  });
});

describe('plan file names and places', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempDir();
  });
  afterAll(async () => removeDir(root));

  it('takes another file name', async () => {
    const dir = join(root, 'named');
    await placePlan(dir, 'net/plan.json', 'update');
    await placePlan(dir, 'app/tfplan.json', 'replace');
    const result = await readTerragruntTree(dir, { planFileName: 'plan.json' });
    expect([...result.plans.keys()]).toEqual(['net']);
  });

  it('takes a glob, and picks the newest of two matches in one unit', async () => {
    const dir = join(root, 'glob');
    await placePlan(dir, 'net/prod.plan.json', 'update', OLD);
    await placePlan(dir, 'net/stage.plan.json', 'replace', NEW);
    await placePlan(dir, 'app/x.plan.json', 'import-update');
    const result = await readTerragruntTree(dir, { planFileName: '*.plan.json' });
    expect([...result.plans.keys()]).toEqual(['app', 'net']);
    expect(result.plans.get('net')?.resourceCounts.deleted).toBe(1);
    expect(result.warnings).toEqual([
      'unit net: 2 plan files found; using net/stage.plan.json (the newest), ignoring net/prod.plan.json',
    ]);
  });

  it('takes a name with a folder in it, and counts the unit above it', async () => {
    const dir = join(root, 'nested-name');
    await placePlan(dir, 'live/app/out/tfplan.json', 'update');
    const result = await readTerragruntTree(dir, { planFileName: 'out/tfplan.json' });
    expect([...result.plans.keys()]).toEqual(['live/app']);
  });

  it('refuses a name that would blur which folder is the unit', async () => {
    await expect(readTerragruntTree(root, { planFileName: '**/tfplan.json' })).rejects.toBeInstanceOf(
      UsageError,
    );
    await expect(readTerragruntTree(root, { planFileName: '../tfplan.json' })).rejects.toBeInstanceOf(
      UsageError,
    );
  });

  it('reports a plan at the tree root as pathId "." named after the tree folder', async () => {
    const dir = join(root, 'single-unit');
    await placePlan(dir, 'tfplan.json', 'update');
    await placePlan(dir, 'child/tfplan.json', 'replace');
    const result = await readTerragruntTree(dir);
    expect(result.units.map((u) => [u.pathId, u.name])).toEqual([
      ['.', 'single-unit'],
      ['child', 'child'],
    ]);
  });

  it("finds folders and files whose names hold a line break or a tab (fast-glob's ** skipped them)", async () => {
    const dir = join(root, 'odd-names');
    await placePlan(dir, 'live/db\nreplica/tfplan.json', 'update');
    await placePlan(dir, 'live/tab\there/deeper\nstill/tfplan.json', 'replace');
    await placePlan(dir, 'live/back\\slash/tfplan.json', 'import-update');
    await placePlan(dir, 'live/app/tfplan.json', 'create-with-outputs');
    const result = await readTerragruntTree(dir);
    expect([...result.plans.keys()]).toEqual([
      'live/app',
      'live/back\\slash',
      'live/db\nreplica',
      'live/tab\there/deeper\nstill',
    ]);
    expect(result.warnings).toEqual([]);

    // A pattern matches such names too, in the file name and in a folder of a two-segment name.
    await placePlan(dir, 'globbed/u\n1/a\nb.plan.json', 'update');
    await placePlan(dir, 'nested/u\n2/o\nut/tfplan.json', 'update');
    const globbed = await readTerragruntTree(dir, { planFileName: '*.plan.json' });
    expect([...globbed.plans.keys()]).toEqual(['globbed/u\n1']);
    const nested = await readTerragruntTree(dir, { planFileName: 'o?ut/tfplan.json' });
    expect([...nested.plans.keys()]).toEqual(['nested/u\n2']);
  });

  it('never looks inside .terraform or .git folders', async () => {
    const dir = join(root, 'ignored');
    await placePlan(dir, 'app/tfplan.json', 'update');
    await placePlan(dir, 'app/.terraform/modules/m/tfplan.json', 'replace');
    await placePlan(dir, '.git/refs/tfplan.json', 'replace');
    await placePlan(dir, 'net/.terragrunt-cache/h1/h2/.terraform/tfplan.json', 'replace');
    const result = await readTerragruntTree(dir);
    expect([...result.plans.keys()]).toEqual(['app']);
    expect(result.warnings).toEqual([]);
  });

  it('takes a relative tree folder against cwd', async () => {
    const result = await readTerragruntTree('named', { cwd: root, planFileName: 'plan.json' });
    expect(result.files).toEqual([join('named', 'net/plan.json')]);
  });
});

describe('a tree that cannot be used', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempDir();
  });
  afterAll(async () => removeDir(root));

  async function inputError(promise: Promise<unknown>): Promise<InputError> {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }

  it('a folder that does not exist', async () => {
    const missing = join(root, 'nope');
    const error = await inputError(readTerragruntTree(missing));
    expect(error.code).toBe('INPUT_NOT_FOUND');
    expect(error.message).toBe(
      `${missing}: no such directory (expected the --json-out-dir of terragrunt run --all)`,
    );
  });

  it('a file instead of a folder', async () => {
    const error = await inputError(readTerragruntTree(fixturePath('update')));
    expect(error.code).toBe('INPUT_UNREADABLE');
    expect(error.file).toBe(fixturePath('update'));
  });

  it('a tree with no plans', async () => {
    const empty = join(root, 'empty');
    await mkdir(join(empty, 'live/app'), { recursive: true });
    await writeFile(join(empty, 'live/app/tfplan.tfplan'), 'binary plan, not JSON');
    const error = await inputError(readTerragruntTree(empty));
    expect(error.code).toBe('INPUT_NOT_FOUND');
    expect(error.file).toBe(empty);
    expect(error.message).toMatch(/no unit plans \(tfplan\.json\) found/);
  });

  it('a tree with no plans but a run report of failures: the failures are reported', async () => {
    const empty = join(root, 'all-failed');
    await mkdir(empty, { recursive: true });
    const report = await writeJsonFile(join(root, 'all-failed.json'), [
      run('app', 'failed', { Reason: 'run error', Cause: 'boom' }),
    ]);
    const result = await readTerragruntTree(empty, { reportFile: report });
    expect(result.units).toEqual([{ pathId: 'app', name: 'app', status: 'failure', errorMessage: 'boom' }]);
    expect(activityStatusOfUnits(result.units)).toBe('failure');
  });

  // Root reads any folder, so as root the read runs in a child process as an unprivileged user.
  const asRoot = isRoot();
  const cannotDrop = nobodyUnavailable();
  const title = 'an unreadable folder inside the tree';
  it.skipIf(cannotDrop !== undefined)(
    cannotDrop === undefined ? title : `${title}: skipped, ${cannotDrop}`,
    async () => {
      const dir = join(root, 'locked');
      await placePlan(dir, 'ok/tfplan.json', 'update');
      await mkdir(join(dir, 'secret'), { recursive: true });
      await chmod(root, 0o755);
      await chmod(join(dir, 'secret'), 0o000);
      try {
        let outcome: { name: string; code: string; message: string };
        if (asRoot) {
          const script = `
          import { readTerragruntTree } from __MODULE__;
          try { await readTerragruntTree(process.argv[1]); console.log('{}'); }
          catch (e) { console.log(JSON.stringify({ name: e.constructor.name, code: e.code, message: e.message })); }`;
          const stdout = await runModuleAsNobody('src/terragrunt/terragrunt-tree.ts', script, [dir]);
          outcome = JSON.parse(stdout) as typeof outcome;
        } else {
          const error = await inputError(readTerragruntTree(dir));
          outcome = { name: error.name, code: error.code, message: error.message };
        }
        expect(outcome).toEqual({
          name: 'InputError',
          code: 'INPUT_UNREADABLE',
          message: `${dir}: cannot read folder ${join(dir, 'secret')} inside the tree (EACCES)`,
        });
      } finally {
        await chmod(join(dir, 'secret'), 0o755);
      }
    },
  );
});

describe('symbolic links', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempDir();
  });
  afterAll(async () => removeDir(root));

  it('survives loops (two links to .. would grow exponentially) and reports each plan once', async () => {
    const dir = join(root, 'loops');
    await placePlan(dir, 'a/b/tfplan.json', 'update');
    await symlink('..', join(dir, 'a/b/up'));
    await symlink('..', join(dir, 'a/b/up2'));
    await symlink('../..', join(dir, 'a/b/top'));
    await symlink('self', join(dir, 'a/self'));
    await symlink('/', join(dir, 'a/root'));
    const started = Date.now();
    const result = await readTerragruntTree(dir);
    expect(Date.now() - started).toBeLessThan(5000);
    expect([...result.plans.keys()]).toEqual(['a/b']);
    expect(result.warnings).toEqual([
      `${join(dir, 'a/root')}: a link to a folder that holds the tree; not followed`,
    ]);
  });

  it('follows a link to a folder outside the tree, once, and dedupes by real path', async () => {
    const outside = join(root, 'elsewhere');
    await placePlan(outside, 'net/tfplan.json', 'replace');
    const dir = join(root, 'linked');
    await placePlan(dir, 'app/tfplan.json', 'update');
    await symlink(outside, join(dir, 'shared'));
    await symlink(outside, join(dir, 'shared-again'));
    await mkdir(join(dir, 'app2'));
    await symlink(join(outside, 'net/tfplan.json'), join(dir, 'app2/tfplan.json'));
    const result = await readTerragruntTree(dir);
    // app2/tfplan.json is a link to the file shared/net/tfplan.json also reaches: read once.
    expect([...result.plans.keys()]).toEqual(['app', 'app2']);
    expect(result.warnings).toEqual([
      `${join(dir, 'shared/net/tfplan.json')}: the same file as ${join(dir, 'app2/tfplan.json')}; read once, as unit app2`,
    ]);
  });

  it('a unit plan that is a dangling link fails the run naming the unit', async () => {
    const dir = join(root, 'dangling-tree');
    await placePlan(dir, 'app/tfplan.json', 'update');
    await mkdir(join(dir, 'dangling'), { recursive: true });
    await symlink(join(root, 'missing.json'), join(dir, 'dangling/tfplan.json'));
    const error = await readTerragruntTree(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      `${join(dir, 'dangling/tfplan.json')}: Terragrunt unit dangling: is a broken symbolic link (its target does not exist)`,
    );
  });
});

describe('activityStatusOfUnits', () => {
  it.each([
    [['success', 'success'], 'success'],
    [['success', 'skipped'], 'incomplete'],
    [['skipped', 'failure', 'success'], 'failure'],
    [[], 'success'],
  ] as const)('%j -> %s', (statuses, expected) => {
    expect(activityStatusOfUnits(statuses.map((status) => ({ status })))).toBe(expected);
  });
});
