/**
 * Issue 23, item 5: a bounded, honest merge and send. A retried leg (same leg, same run, another
 * GITHUB_RUN_ATTEMPT) counts once with a warning, in any order; partials linked into the folder
 * are read (or refused by name), never skipped; a partial nested too deep or with a count past
 * 2^53 is a one-line refusal naming the file; the temp file of a partial is not redirected by a
 * planted link; and a spooled body larger than the old 64 MiB cap is sent.
 */
import { lstat, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { writePartialFile } from '../../src/partial/partial-file.js';
import { MAX_PARTIAL_BYTES, MERGE_BUDGET_BYTES } from '../../src/partial/partial-limits.js';
import { MAX_JSON_FILE_BYTES, MAX_PAYLOAD_BYTES } from '../../src/inputs/input-file.js';
import { captureIo } from '../support/capture-io.js';
import { iacmServerEnv, startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { placePlan, removeDir, tempDir } from '../support/terragrunt-trees.js';

let root: string;
let server: IacmServer;

async function leg(plan: 'update' | 'replace', out: string, env: Record<string, string>): Promise<void> {
  const tree = `trees/${out.replace(/\W/g, '-')}`;
  await placePlan(root, `${tree}/app/tfplan.json`, plan);
  const run = captureIo({ HARNESS_WORKSPACE_ID: 'network', ...env }, root);
  const code = await main(['--terragrunt-dir', tree, '--save-partial', out, '--leg', 'app'], run.io);
  expect(code, run.stderr()).toBe(0);
}

const GITHUB = { GITHUB_ACTIONS: 'true', GITHUB_JOB: 'plan', GITHUB_RUN_ID: '9000' };

beforeAll(async () => {
  root = await tempDir('merge-bounds-');
  server = await startIacmServer();
  // Attempt 1 planned an update; the retry (attempt 2) a replacement: only attempt 2 counts.
  await leg('update', 'retried/a.json', { ...GITHUB, GITHUB_RUN_ATTEMPT: '1' });
  await leg('replace', 'retried/b.json', { ...GITHUB, GITHUB_RUN_ATTEMPT: '2' });
  await leg('replace', 'other/leg.json', { ...GITHUB, GITHUB_RUN_ATTEMPT: '1' });
});
afterAll(async () => {
  await server.close();
  await removeDir(root);
});

async function merge(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const run = captureIo({}, root);
  const code = await main(['merge', ...args, '--dry-run'], run.io);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

describe('merge', () => {
  it('counts a retried leg once, the latest attempt, with a warning, whatever the order', async () => {
    const forward = await merge('retried/a.json', 'retried/b.json');
    const backward = await merge('retried/b.json', 'retried/a.json');
    expect(forward.code, forward.stderr).toBe(0);
    expect(forward.stdout).toBe(backward.stdout);
    const event = JSON.parse(forward.stdout) as { metadata: { resource_counts: Record<string, number> } };
    const replaced = JSON.parse(await readFile(join(root, 'retried/b.json'), 'utf8')) as {
      report: { units: { unit: { counts?: unknown } }[] };
    };
    expect(replaced.report.units).toHaveLength(1);
    // One unit, as attempt 2 planned it: no conflict between the attempts, nothing counted twice.
    const only = await merge('retried/b.json');
    expect(JSON.parse(only.stdout)).toEqual(event);
    expect(forward.stderr).toContain(
      'retried/a.json and retried/b.json are attempts 1 and 2 of leg app (run 9000); only attempt 2 is counted',
    );
  });

  it('reads a partial linked into the folder, and refuses a broken link by name', async () => {
    await symlink(join(root, 'other/leg.json'), join(root, 'retried/linked.json'));
    const linked = await merge('retried/*.json');
    // The linked partial (attempt 1 of the same leg, elsewhere) is read, not skipped: it is named.
    expect(linked.code, linked.stderr).toBe(0);
    expect(linked.stderr).toContain('retried/linked.json');
    await removeDir(join(root, 'retried/linked.json'));
    await symlink(join(root, 'gone.json'), join(root, 'retried/broken.json'));
    const broken = await merge('retried/*.json');
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim()).toBe(
      'iacm-report: error: retried/broken.json: is a broken symbolic link (its target does not exist)',
    );
    await removeDir(join(root, 'retried/broken.json'));
  });

  it('refuses a partial nested too deep, and one with a count past 2^53, in one line naming it', async () => {
    const text = await readFile(join(root, 'other/leg.json'), 'utf8');
    const deep = text.replace(
      '"warnings":[]',
      `"warnings":[],"x":${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    );
    await writeFile(join(root, 'bad-deep.json'), deep);
    const nested = await merge('bad-deep.json');
    expect(nested.code).toBe(2);
    expect(nested.stderr.trim().split('\n')).toHaveLength(1);
    expect(nested.stderr).toMatch(
      /^iacm-report: error: bad-deep\.json.*nests objects or arrays more than 256 deep/,
    );

    const huge = text.replace(/"total":\d+/, '"total":9007199254740993');
    expect(huge).not.toBe(text);
    await writeFile(join(root, 'bad-count.json'), huge);
    const counted = await merge('bad-count.json');
    expect(counted.code).toBe(2);
    expect(counted.stderr.trim().split('\n')).toHaveLength(1);
    expect(counted.stderr).toMatch(
      /^iacm-report: error: bad-count\.json: is not a valid partial report: .*2\^53/,
    );
  });

  it('names the item of a list that is wrong, each item checked on its own', async () => {
    const text = await readFile(join(root, 'other/leg.json'), 'utf8');
    const doc = JSON.parse(text) as { report: { units: { unit: { status: string } }[] } };
    const [first] = doc.report.units;
    if (first === undefined) throw new Error('the leg has no unit');
    doc.report.units = [
      first,
      structuredClone(first),
      { ...structuredClone(first), unit: { ...first.unit, status: 'great' } },
    ];
    await writeFile(join(root, 'bad-unit.json'), JSON.stringify(doc));
    const result = await merge('bad-unit.json');
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(
      /^iacm-report: error: bad-unit\.json: is not a valid partial report: report\.units\.2\.unit\.status: /,
    );
  });

  it('reads whatever --save-partial may write, within a stated total', () => {
    expect(MAX_PARTIAL_BYTES).toBeGreaterThan(MAX_JSON_FILE_BYTES);
    expect(MERGE_BUDGET_BYTES).toBeGreaterThanOrEqual(MAX_PARTIAL_BYTES);
  });
});

describe('partial temp file', () => {
  it('does not follow a link planted at the old, predictable temp name', async () => {
    const target = join(root, 'victim.txt');
    await writeFile(target, 'untouched');
    const file = join(root, 'planted/leg.json');
    await placePlan(root, 'planted/.keep/x', 'update');
    await symlink(target, `${file}.${process.pid}.tmp`);
    const partial = JSON.parse(await readFile(join(root, 'other/leg.json'), 'utf8')) as never;
    await writePartialFile(file, partial);
    expect(await readFile(target, 'utf8')).toBe('untouched');
    expect((await lstat(`${file}.${process.pid}.tmp`)).isSymbolicLink()).toBe(true);
    expect(await readlink(`${file}.${process.pid}.tmp`)).toBe(target);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});

describe('send', () => {
  it('sends a spooled body larger than the old 64 MiB cap', async () => {
    const dry = captureIo({ HARNESS_WORKSPACE_ID: server.workspace }, root);
    await main(['--terragrunt-dir', 'trees/retried-b-json', '--dry-run'], dry.io);
    const event = JSON.parse(dry.stdout()) as { metadata: Record<string, unknown> };
    event.metadata['trigger'] = { note: 'x'.repeat(65 * 1024 * 1024) };
    const body = JSON.stringify(event);
    expect(Buffer.byteLength(body)).toBeGreaterThan(64 * 1024 * 1024);
    expect(Buffer.byteLength(body)).toBeLessThan(MAX_PAYLOAD_BYTES);
    await writeFile(join(root, 'spooled.json'), body);
    const run = captureIo(iacmServerEnv(server), root);
    const code = await main(['send', '--payload', 'spooled.json'], run.io);
    expect(code, run.stderr()).toBe(0);
    expect(server.events.at(-1)?.length).toBe(Buffer.byteLength(body));
  }, 60_000);
});
