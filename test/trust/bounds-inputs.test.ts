/**
 * Bounded inputs: no file can hang, balloon or silently drop a report. Each case runs the CLI in
 * process (or the bundle where the process matters) on a real plan changed in one place, within a
 * time bound, and checks the exit code, the one clear line and what was (not) counted.
 *
 * Cases (issue 17): a FIFO or a device as --plan, as a unit's plan or behind a link; a dangling
 * unit link; one plan under several names; 200,000 drift entries; unknown actions; duplicate keys
 * against the JSON.parse oracle; lone surrogates; a backslash in a unit folder; the API key in
 * plan content; address lists bounded with exact totals.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_LIMIT } from '../../src/model/bounded-list.js';
import { main } from '../../src/cli/main.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { captureIo } from '../support/capture-io.js';
import { summarizeDocument } from '../support/plan-oracle.js';
import { fixturePath, tempDir } from '../support/terragrunt-trees.js';
import {
  baseEnv,
  BUILD_TIMEOUT_MS,
  CLI_BUNDLE,
  ensureBundles,
  ROOT,
  STACK_TRACE,
} from './support/entries.js';

const PLAN = join(ROOT, 'test/fixtures/plans/terraform-json/testdata/action_reason/plan.json');
const DRIFT = join(
  ROOT,
  'test/fixtures/plans/opentofu/testing/equivalence-tests/outputs/drift_refresh_only/plan.json',
);
/** Bound for an in-process run that must refuse or finish at once (a busy machine included). */
const QUICK_MS = 5_000;

type Json = Record<string, unknown>;
const metadata = (body: string): Json => (JSON.parse(body) as Json)['metadata'] as Json;
const readJson = async (file: string): Promise<Json> => JSON.parse(await readFile(file, 'utf8')) as Json;

let dir: string;
beforeAll(async () => {
  dir = await tempDir('iacm-bounds-');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function report(args: string[], env: Record<string, string> = {}) {
  const captured = captureIo(env, dir);
  const started = performance.now();
  const code = await main(args, captured.io);
  return { code, ms: performance.now() - started, stdout: captured.stdout(), stderr: captured.stderr() };
}

function expectBadInput(run: Awaited<ReturnType<typeof report>>, line: RegExp): void {
  expect(run.ms, 'within its bound').toBeLessThan(QUICK_MS);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(line);
}

const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
/** A skipped test says why in its title (no silent skips). */
const fifoTitle = (title: string): string =>
  hasMkfifo ? title : `${title}: skipped, mkfifo is not installed`;

describe('only regular files are read', () => {
  it.skipIf(!hasMkfifo)(fifoTitle('a FIFO as --plan (no writer): exit 2 at once, not a hang'), async () => {
    const fifo = join(dir, 'plan.fifo');
    spawnSync('mkfifo', [fifo]);
    expectBadInput(
      await report(['--plan', fifo, '--dry-run']),
      /plan\.fifo: is a named pipe \(FIFO\), not a regular file/,
    );
    // Through a link, too: judged by what it points to.
    await symlink(fifo, join(dir, 'link-to-fifo.json'));
    expectBadInput(
      await report(['--plan', 'link-to-fifo.json', '--dry-run']),
      /link-to-fifo\.json: is a named pipe/,
    );
  });

  it('a device as --plan or --infracost: exit 2 naming it', async () => {
    expectBadInput(await report(['--plan', '/dev/zero', '--dry-run']), /\/dev\/zero: is a character device/);
    expectBadInput(
      await report(['--plan', PLAN, '--infracost', '/dev/urandom', '--dry-run']),
      /\/dev\/urandom: is a character device/,
    );
  });

  it.skipIf(!hasMkfifo)(
    fifoTitle(
      'a unit plan that is a FIFO, a link to a device or a dangling link fails the run naming the unit',
    ),
    async () => {
      for (const [unit, make, problem] of [
        ['fifo', (f: string) => void spawnSync('mkfifo', [f]), /named pipe/],
        ['device', (f: string) => symlink('/dev/zero', f), /character device/],
        ['dangling', (f: string) => symlink(join(dir, 'gone.json'), f), /broken symbolic link/],
      ] as const) {
        const tree = join(dir, `tree-${unit}`);
        await mkdir(join(tree, 'app'), { recursive: true });
        await writeFile(join(tree, 'app/tfplan.json'), await readFile(fixturePath('update')));
        await mkdir(join(tree, unit));
        await make(join(tree, unit, 'tfplan.json'));
        const run = await report(['--terragrunt-dir', tree, '--dry-run']);
        expectBadInput(run, new RegExp(`Terragrunt unit ${unit}: .*${problem.source}`));
      }
    },
  );

  it(
    'standard input by name (`--plan -`) is still read, through the bundle',
    async () => {
      await ensureBundles(['cli']);
      const piped = spawnSync(process.execPath, [CLI_BUNDLE, '--plan', '-', '--dry-run'], {
        cwd: dir,
        input: await readFile(PLAN),
        env: baseEnv(),
        timeout: 20_000,
      });
      expect(piped.status, piped.stderr.toString()).toBe(0);
      expect(metadata(piped.stdout.toString())['resource_counts']).toMatchObject({ added: 1, deleted: 1 });
    },
    BUILD_TIMEOUT_MS,
  );

  it('send --payload /dev/zero, and an endless standard input: exit 2, memory bounded', async () => {
    expectBadInput(await report(['send', '--payload', '/dev/zero']), /\/dev\/zero: is a character device/);
    const before = process.memoryUsage().rss;
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const endless = (function* () {
      for (;;) yield chunk;
    })();
    const captured = captureIo({}, dir);
    const started = performance.now();
    const code = await main(['send', '--payload', '-'], { ...captured.io, stdin: endless });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(code).toBe(2);
    expect(captured.stderr()).toMatch(/standard input: is larger than 64 MiB/);
    expect(process.memoryUsage().rss - before, 'grew by at most the cap and change').toBeLessThan(
      300 * 1024 ** 2,
    );
  }, 30_000);
});

describe('one file, one count', () => {
  it('--plan p.json --plan ./p.json, an absolute path and a link: counted once, with a warning', async () => {
    await writeFile(join(dir, 'p.json'), await readFile(PLAN));
    await symlink(join(dir, 'p.json'), join(dir, 'p-link.json'));
    const once = await report(['--plan', 'p.json', '--dry-run']);
    const many = await report([
      '--plan',
      'p.json',
      '--plan',
      './p.json',
      '--plan',
      join(dir, 'p.json'),
      '--plan',
      'p-link.json',
      '--dry-run',
    ]);
    expect(many.code, many.stderr).toBe(0);
    const counts = (out: string) => metadata(out)['resource_counts'];
    expect(counts(once.stdout)).toEqual({
      added: 1,
      changed: 0,
      deleted: 1,
      unchanged: 0,
      imported: 0,
      removed: 0,
    });
    expect(counts(many.stdout)).toEqual(counts(once.stdout));
    expect(many.stderr).toContain('./p.json: the same file as p.json; the plan is read and counted once');
    expect(many.stderr).toContain('p-link.json: the same file as p.json');
  });
});

describe('flat memory in the number of entries', () => {
  it('--drift with 200,000 drift entries: no stack overflow, exact counts, bounded lists', async () => {
    const doc = await readJson(DRIFT);
    const [entry] = doc['resource_drift'] as Json[];
    const n = 200_000;
    doc['resource_drift'] = Array.from({ length: n }, (_, i) => ({
      ...entry,
      address: `${String(entry?.['address'])}_${i}`,
    }));
    const file = join(dir, 'big-drift.json');
    await writeFile(file, JSON.stringify(doc));
    const run = await report(['--drift', file, '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(metadata(run.stdout)['drift_counts']).toMatchObject({ changed: n });
    const summary = await readPlanFile(file);
    expect(summary.addresses.drifted.total).toBe(n);
    expect(summary.addresses.drifted.items).toHaveLength(LIST_LIMIT);
  }, 30_000);
});

describe('JSON read as JSON.parse reads it', () => {
  it('duplicate keys: the last wins for every section and field, as the oracle says', async () => {
    const text = await readFile(PLAN, 'utf8');
    const doc = JSON.parse(text) as Json;
    const changes = JSON.stringify(doc['resource_changes']);
    const noChanges = JSON.stringify([]);
    const cases = [
      // resource_changes twice: the first is forgotten, not added to.
      text.replace(/^\{/, `{"resource_changes": ${changes},`),
      text.replace(
        /^\{/,
        `{"resource_changes": ${changes}, "output_changes": {"a": {"actions": ["create"], "after": 1}, "a": {"actions": ["no-op"], "after": 2}},`,
      ),
      text.replace(/\}\s*$/, `, "resource_changes": ${noChanges}}`),
      text.replace(/^\{/, '{"errored": true,').replace(/\}\s*$/, ', "errored": null}'),
      // A repeated `change` inside an entry: its `importing` must not survive.
      text.replace('"change":{', '"change": {"actions": ["no-op"], "importing": {"id": "x"}}, "change":{'),
    ];
    for (const [i, variant] of cases.entries()) {
      expect(variant, `case ${i} changes the plan`).not.toBe(text);
      const file = join(dir, `dup-${i}.json`);
      await writeFile(file, variant);
      const streamed = await readPlanFile(file, { label: 'plan.json' });
      // Only a streaming reader sees a key twice, and says so; the rest is JSON.parse's reading.
      const repeated = streamed.warnings.filter((w) => /written twice/.test(w));
      expect(repeated, `case ${i}`).toHaveLength(1);
      const rest = { ...streamed, warnings: streamed.warnings.filter((w) => !repeated.includes(w)) };
      expect(rest, `case ${i}`).toEqual(summarizeDocument(JSON.parse(variant), 'plan.json'));
    }
  });

  it('unknown actions ([], ["bogus"]): counted as changed, listed, warned about', async () => {
    const doc = await readJson(PLAN);
    const [entry] = doc['resource_changes'] as Json[];
    const change = entry?.['change'] as Json;
    doc['resource_changes'] = [
      { ...entry, address: 'null_resource.empty', change: { ...change, actions: [] } },
      { ...entry, address: 'null_resource.bogus', change: { ...change, actions: ['bogus'] } },
    ];
    const file = join(dir, 'unknown-actions.json');
    await writeFile(file, JSON.stringify(doc));
    const run = await report(['--plan', file, '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(metadata(run.stdout)['resource_counts']).toMatchObject({ changed: 2 });
    expect(run.stderr).toMatch(/- .*unknown-actions\.json: 2 entries have actions this tool does not know/);
    expect((await readPlanFile(file)).addresses.unknown.items).toEqual([
      'null_resource.empty',
      'null_resource.bogus',
    ]);
  });
});

describe('clean text everywhere', () => {
  it('a lone surrogate in a name reaches the body as U+FFFD, never as \\ud800', async () => {
    const text = (await readFile(PLAN, 'utf8')).replaceAll(
      'null_resource.example',
      'null_resource.ex\\ud800ample',
    );
    const file = join(dir, 'surrogate.json');
    await writeFile(file, text);
    const tree = join(dir, 'tree-surrogate');
    await mkdir(join(tree, 'unit'), { recursive: true });
    await writeFile(join(tree, 'unit/tfplan.json'), text);
    for (const args of [
      ['--plan', file],
      ['--terragrunt-dir', tree],
    ]) {
      const run = await report([...args, '--dry-run']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).not.toMatch(/\\ud[89ab]/i);
      expect(run.stderr).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
  });

  it('a backslash in a unit folder survives in stack_name and stack_path', async () => {
    const tree = join(dir, 'tree-backslash');
    await mkdir(join(tree, 'live', 'a\\b'), { recursive: true });
    await writeFile(join(tree, 'live', 'a\\b', 'tfplan.json'), await readFile(fixturePath('update')));
    const run = await report(['--terragrunt-dir', tree, '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    const stacks = ((JSON.parse(run.stdout) as Json)['metadata'] as Json)['stacks'] as Json[];
    expect(stacks.map((s) => [s['stack_name'], s['stack_path']])).toEqual([['a\\b', 'live/a\\b']]);
  });

  it('the API key in plan content (a unit named after it) is redacted from every stream', async () => {
    const key = 'pat.acct123.keyid456.secretvalue789';
    const tree = join(dir, 'tree-key');
    await mkdir(join(tree, key), { recursive: true });
    await writeFile(join(tree, key, 'tfplan.json'), await readFile(fixturePath('update')));
    const run = await report(['--terragrunt-dir', tree, '--dry-run'], { HARNESS_API_KEY: key });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toContain(key);
    expect(run.stderr).toContain('[REDACTED]');
  });
});
