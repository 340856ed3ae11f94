/**
 * `iacm-report --save-partial` and `iacm-report merge` end to end through the CLI, on Terragrunt
 * trees laid out from real plans: the rules of the issue, one by one (order independence, duplicate
 * units, retried legs, mixed workspaces and commits, unknown versions, missing and failed legs),
 * and that a leg saving a partial sends nothing.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { PARTIAL_KIND, PARTIAL_VERSION } from '../../src/partial/partial-schema.js';
import { sendEventRequestSchema, type SendEventRequest } from '../../src/reporter/event-schema.js';
import { captureIo } from '../support/capture-io.js';
import { iacmServerEnv, startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { placePlan, removeDir, tempDir, type PlanFixture } from '../support/terragrunt-trees.js';

let root: string;
let server: IacmServer;

beforeAll(async () => {
  root = await tempDir('partial-rules-');
  server = await startIacmServer();
});
afterAll(async () => {
  await server.close();
  await removeDir(root);
});

async function cli(args: string[], env: Record<string, string> = {}) {
  const captured = captureIo(env, root);
  const code = await main(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

/** A leg: its own `--json-out-dir` tree with the given units, and its partial. */
async function leg(
  name: string,
  units: Record<string, PlanFixture>,
  extra: string[] = [],
  env: Record<string, string> = {},
): Promise<string> {
  for (const [pathId, plan] of Object.entries(units))
    await placePlan(root, `${name}/out/${pathId}/tfplan.json`, plan);
  const file = `partials/${name}.json`;
  const result = await cli(
    ['--terragrunt-dir', `${name}/out`, '--save-partial', file, '--leg', name, ...extra],
    env,
  );
  expect(result.stderr).not.toMatch(/error/);
  expect(result.code).toBe(0);
  return file;
}

function event(stdout: string): SendEventRequest {
  return sendEventRequestSchema.parse(JSON.parse(stdout));
}

describe('--save-partial', () => {
  it('writes one versioned document and sends nothing, even with credentials at hand', async () => {
    const file = await leg('quiet', { 'live/app': 'create-with-outputs' }, [], iacmServerEnv(server));
    expect(server.requests).toHaveLength(0);
    const text = await readFile(join(root, file), 'utf8');
    const partial = JSON.parse(text) as Record<string, unknown>;
    expect(partial['kind']).toBe(PARTIAL_KIND);
    expect(partial['version']).toBe(PARTIAL_VERSION);
    expect(partial['workspace']).toBe(server.workspace);
    expect(partial['leg']).toMatchObject({ name: 'quiet', status: 'success', sent: false });
    // Names and counts only: no key, no variable, no attribute or provider value of the plan.
    for (const secret of [server.apiKey, 'foobar', 'echo hello', 'us-west-2', '"variables"', '"after"']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('"foo":"(sensitive)"');
  });

  it('with --send also sends the leg’s own event', async () => {
    const before = server.events.length;
    await placePlan(root, 'sender/out/x/tfplan.json', 'update');
    const result = await cli(
      ['--terragrunt-dir', 'sender/out', '--save-partial', 'sent/p.json', '--send'],
      iacmServerEnv(server),
    );
    expect(result.code).toBe(0);
    expect(server.events.length).toBe(before + 1);
    const partial = JSON.parse(await readFile(join(root, 'sent/p.json'), 'utf8')) as {
      leg: { sent: boolean };
    };
    expect(partial.leg.sent).toBe(true);
  });

  it('--send without --save-partial is a usage error', async () => {
    const result = await cli(['--plan', 'nowhere.json', '--send', '--dry-run']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--send goes with --save-partial');
  });

  it('a leg whose input is missing still leaves a partial recording the failure', async () => {
    const result = await cli([
      '--terragrunt-dir',
      'never-planned/out',
      '--save-partial',
      'partials/broken.json',
      '--leg',
      'broken',
    ]);
    expect(result.code).toBe(2);
    const partial = JSON.parse(await readFile(join(root, 'partials/broken.json'), 'utf8')) as {
      leg: { status: string; error: string };
    };
    expect(partial.leg.status).toBe('failure');
    expect(partial.leg.error).toContain('never-planned/out');
  });
});

describe('merge', () => {
  let a: string;
  let b: string;
  let c: string;
  beforeAll(async () => {
    a = await leg('a', { 'live/dev/app': 'create-with-outputs', 'live/dev/db': 'import-update' });
    b = await leg('b', { 'live/prod/app': 'replace' });
    c = await leg('c', { 'live/prod/net': 'drift-and-outputs', 'live/stage/app': 'update' });
  });

  it('gives byte-identical events whatever the order of the partials', async () => {
    const orders = [
      [a, b, c],
      [c, b, a],
      [b, a, c],
      [c, a, b],
    ];
    const bodies = await Promise.all(orders.map((files) => cli(['merge', ...files, '--dry-run', '-q'])));
    for (const body of bodies) {
      expect(body.code).toBe(0);
      expect(body.stdout).toBe(bodies[0]?.stdout);
    }
    const merged = event(bodies[0]?.stdout ?? '');
    expect(merged.metadata?.terragrunt_details?.map((d) => d.path_id)).toEqual([
      'live/dev/app',
      'live/dev/db',
      'live/prod/app',
      'live/prod/net',
      'live/stage/app',
    ]);
    expect(merged.metadata?.activity_status).toBe('success');
  });

  it('takes globs', async () => {
    const byGlob = await cli(['merge', 'partials/[abc].json', '--dry-run', '-q']);
    const byName = await cli(['merge', a, b, c, '--dry-run', '-q']);
    expect(byGlob.code).toBe(0);
    expect(byGlob.stdout).toBe(byName.stdout);
  });

  it('refuses the same unit with different results in two partials, naming both files', async () => {
    const clash = await leg('clash', { 'live/prod/app': 'update' });
    const result = await cli(['merge', a, b, clash, '--dry-run']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/live\/prod\/app/);
    expect(result.stderr).toContain('partials/b.json');
    expect(result.stderr).toContain('partials/clash.json');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('counts an identical unit (a retried leg) once, with a warning', async () => {
    const retry = await leg('retry', { 'live/prod/app': 'replace' });
    const copy = 'partials/b-copy.json';
    await copyFile(join(root, b), join(root, copy));
    const result = await cli(['merge', a, b, retry, copy, '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Terragrunt unit live\/prod\/app is in both .* identical; counted once/);
    expect(result.stderr).toMatch(/partials\/b-copy\.json and partials\/b\.json are identical/);
    const alone = await cli(['merge', a, b, '--dry-run', '-q']);
    expect(event(result.stdout).metadata?.resource_counts).toEqual(
      event(alone.stdout).metadata?.resource_counts,
    );
  });

  it('refuses partials of different workspaces or commits unless --allow-mixed', async () => {
    const ws1 = await leg('ws1', { 'w1/app': 'update' }, [], { HARNESS_WORKSPACE_ID: 'one' });
    const ws2 = await leg('ws2', { 'w2/app': 'update' }, [], { HARNESS_WORKSPACE_ID: 'two' });
    const refused = await cli(['merge', ws1, ws2, '--dry-run']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/different workspaces \((one, two|two, one)\)/);
    expect(refused.stderr).toContain('--allow-mixed');
    expect((await cli(['merge', ws1, ws2, '--dry-run', '--allow-mixed', '-q'])).code).toBe(0);

    const sha = (s: string) => ({ GITHUB_ACTIONS: 'true', GITHUB_SHA: s.repeat(40), GITHUB_JOB: 'plan' });
    const c1 = await leg('c1', { 'c1/app': 'update' }, [], sha('1'));
    const c2 = await leg('c2', { 'c2/app': 'update' }, [], sha('2'));
    const commits = await cli(['merge', c1, c2, '--dry-run']);
    expect(commits.code).toBe(2);
    expect(commits.stderr).toContain('different commits');
    expect((await cli(['merge', c1, c2, '--dry-run', '--allow-mixed', '-q'])).code).toBe(0);
  });

  it('refuses a partial of an unknown version, saying what to upgrade', async () => {
    const text = await readFile(join(root, a), 'utf8');
    await writeFile(
      join(root, 'partials/future.json'),
      text.replace(`"version":${PARTIAL_VERSION}`, '"version":9'),
    );
    const result = await cli(['merge', b, 'partials/future.json', '--dry-run']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('partials/future.json');
    expect(result.stderr).toMatch(/version 9 .*reads versions 1 and 2.*Upgrade the merging step/);
  });

  it('refuses a file that is not a partial report', async () => {
    await placePlan(root, 'plain/tfplan.json', 'update');
    const result = await cli(['merge', 'plain/tfplan.json', '--dry-run']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('plain/tfplan.json: is not a partial report');
  });

  it('reports a missing leg as incomplete, naming what arrived', async () => {
    const result = await cli(['merge', a, b, '--expect-legs', '3', '--dry-run']);
    expect(result.code).toBe(0);
    expect(event(result.stdout).metadata?.activity_status).toBe('incomplete');
    expect(result.stderr).toContain('1 of 3 expected legs missing: counts cover 2 (a, b)');
  });

  it('reports a failed leg as a failure, naming it and why, and still reports what arrived', async () => {
    const result = await cli(['merge', a, 'partials/broken.json', '--expect-legs', '2', '--dry-run']);
    expect(result.code).toBe(0);
    const merged = event(result.stdout);
    expect(merged.metadata?.activity_status).toBe('failure');
    expect(merged.metadata?.terragrunt_details?.map((d) => d.path_id)).toEqual([
      'live/dev/app',
      'live/dev/db',
    ]);
    expect(result.stderr).toMatch(/leg broken failed \(partials\/broken\.json\): .*never-planned\/out/);
  });

  it('with --expect-legs, a pattern that matches nothing is a missing leg, not an error', async () => {
    const result = await cli(['merge', a, 'partials/none-*.json', '--expect-legs', '2', '--dry-run']);
    expect(result.code).toBe(0);
    expect(event(result.stdout).metadata?.activity_status).toBe('incomplete');
    const strict = await cli(['merge', a, 'partials/none-*.json', '--dry-run']);
    expect(strict.code).toBe(2);
  });

  it('no partial report at all is bad input naming the patterns, even with --expect-legs', async () => {
    const result = await cli(['merge', 'partials/typo-*.json', '--expect-legs', '3', '--dry-run']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no partial report matches "partials/typo-*.json": nothing to merge');
  });

  it('refuses a bad --expect-legs in one line', async () => {
    const result = await cli(['merge', a, '--expect-legs', 'three', '--dry-run']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^iacm-report: error: --expect-legs: /);
  });

  it('--comment-only prints one Markdown summary with a section per workspace and sends nothing', async () => {
    const before = server.requests.length;
    const w1 = await leg('cw1', { 'app/a': 'replace' }, [], { HARNESS_WORKSPACE_ID: 'network' });
    const w2 = await leg('cw2', { 'app/b': 'update' }, [], { HARNESS_WORKSPACE_ID: 'compute' });
    // Credentials at hand, so that "sends nothing" is the choice of --comment-only, not a lack of them.
    const result = await cli(['merge', w1, w2, '--comment-only'], {
      HARNESS_ACCOUNT_ID: server.accountId,
      HARNESS_ORG_ID: server.org,
      HARNESS_PROJECT_ID: server.project,
      HARNESS_API_KEY: server.apiKey,
      HARNESS_BASE_URL: server.baseUrl,
    });
    expect(result.code).toBe(0);
    expect(server.requests.length).toBe(before);
    const markdown = result.stdout;
    const headings = [...markdown.matchAll(/^### .*$/gm)].map((m) => m[0]);
    expect(markdown.startsWith(headings[0] ?? '-')).toBe(true);
    expect(headings[0]).toMatch(/Harness IaCM: 2 workspaces/);
    expect(headings[1]).toMatch(/Workspace compute/);
    expect(headings[2]).toMatch(/Workspace network/);
  });
});

describe('merge of plain plan and drift legs', () => {
  it('equals one run over the same --plan and --drift files', async () => {
    await placePlan(root, 'plain-legs/one.json', 'create-with-outputs');
    await placePlan(root, 'plain-legs/two.json', 'replace');
    await placePlan(root, 'plain-legs/drift.json', 'refresh-only');
    const legs = [
      ['--plan', 'plain-legs/one.json'],
      ['--plan', 'plain-legs/two.json'],
      ['--drift', 'plain-legs/drift.json'],
    ];
    for (const [i, args] of legs.entries()) {
      const saved = await cli([...args, '--save-partial', `plain-partials/${i}.json`, '-q']);
      expect(saved.code).toBe(0);
    }
    const whole = await cli([...legs.flat(), '--dry-run', '-q']);
    const merged = await cli(['merge', 'plain-partials/*.json', '--dry-run', '-q']);
    expect(merged.code).toBe(0);
    expect(event(merged.stdout).metadata).toEqual(event(whole.stdout).metadata);
    expect(event(merged.stdout).event_type).toBe(event(whole.stdout).event_type);
  });

  it('--leg without --save-partial is a usage error', async () => {
    const result = await cli(['--plan', 'plain-legs/one.json', '--leg', 'x', '--dry-run']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--leg goes with --save-partial');
  });
});

describe('merge of bad input', () => {
  const BAD = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));

  it('every file of the bad-input corpus is one line naming it, exit 2, nothing on stdout', async () => {
    const files = (await readdir(BAD)).filter((name) => name !== 'README.md');
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const result = await cli(['merge', join(BAD, name), '--dry-run']);
      expect(result.code, name).toBe(2);
      expect(result.stdout, name).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines, name).toHaveLength(1);
      expect(lines[0], name).toContain(name);
    }
  });

  it('a truncated partial and one with a field of the wrong type are named, with where', async () => {
    const text = await readFile(join(root, 'partials/a.json'), 'utf8');
    await mkdir(join(root, 'bad-partials'), { recursive: true });
    await writeFile(join(root, 'bad-partials/cut.json'), text.slice(0, text.length / 2));
    await writeFile(
      join(root, 'bad-partials/typed.json'),
      text.replace('"status":"success"', '"status":"fine"'),
    );
    const cut = await cli(['merge', 'bad-partials/cut.json', '--dry-run']);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/bad-partials\/cut\.json \(byte \d+\): is not valid JSON/);
    const typed = await cli(['merge', 'bad-partials/typed.json', '--dry-run']);
    expect(typed.code).toBe(2);
    expect(typed.stderr).toMatch(/bad-partials\/typed\.json: is not a valid partial report: leg\.status: /);
  });
});
