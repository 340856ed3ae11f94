/**
 * Issue 23, the lesser items and item 4, through the CLI bundle as a user runs it (the in-process
 * tests beside the code say why each holds; these say the shipped bundle does it too): every
 * refusal is one line naming the file, with its exit code and no stack trace; the policy gate
 * trips on every way its verdict can go unread; one deadline bounds the uploads.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { PIPELINE_FLAGS, placeScenario, serverEnv } from '../uploads/support.js';
import { BUILD_TIMEOUT_MS, ensureBundles, ROOT, runCli, STACK_TRACE } from './support/entries.js';

const PLAN = 'test/fixtures/terraform/add-and-change/plan.json';
/** Text near a JSON error that must never be echoed (side files may hold secrets). */
const CANARY = 'SIDEFILE-canary-7c1d';

let work: string;
let iacm: IacmServer;

beforeAll(async () => {
  await ensureBundles(['cli']);
  work = await mkdtemp(join(tmpdir(), 'iacm-lesser-bundles-'));
  iacm = await startIacmServer();
  await placeScenario(join(work, 'single'), 'basic_list_update');
  // Two attempts of one leg (only GITHUB_RUN_ATTEMPT differs), and another leg.
  for (const [file, attempt] of [
    ['legs/a1.json', '1'],
    ['legs/a2.json', '2'],
  ] as const) {
    const run = await runCli(
      ['--plan', join(ROOT, PLAN), '--save-partial', join(work, file), '--leg', 'app'],
      {
        env: {
          GITHUB_ACTIONS: 'true',
          GITHUB_JOB: 'plan',
          GITHUB_RUN_ID: '9000',
          GITHUB_RUN_ATTEMPT: attempt,
        },
      },
    );
    expect(run.code, run.stderr).toBe(0);
  }
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await iacm?.close();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

/** A refusal as a person should see it: one line, naming `name`, exit `code`, no stack trace. */
function expectOneLine(run: { code: number | null; stderr: string }, code: number, name: string): void {
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.code, run.stderr).toBe(code);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toContain(name);
}

describe('merge', () => {
  it('a retried leg is counted once, with a warning naming both attempts', async () => {
    const run = await runCli(['merge', 'legs/*.json', '--dry-run'], { cwd: work });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'legs/a1.json and legs/a2.json are attempts 1 and 2 of leg app (run 9000); only attempt 2 is counted',
    );
    const once = await runCli(['merge', 'legs/a2.json', '--dry-run'], { cwd: work });
    const counts = (text: string): unknown =>
      (JSON.parse(text) as { metadata: { resource_counts: unknown } }).metadata.resource_counts;
    expect(counts(run.stdout)).toEqual(counts(once.stdout));
  });

  it('a linked partial is read; a broken link is refused by name, never skipped', async () => {
    await mkdir(join(work, 'linked'), { recursive: true });
    await symlink(join(work, 'legs/a2.json'), join(work, 'linked/leg.json'));
    const read = await runCli(['merge', 'linked/*.json', '--dry-run'], { cwd: work });
    expect(read.code, read.stderr).toBe(0);
    await symlink(join(work, 'gone.json'), join(work, 'linked/broken.json'));
    expectOneLine(
      await runCli(['merge', 'linked/*.json', '--dry-run'], { cwd: work }),
      2,
      'linked/broken.json',
    );
  });

  it('a partial nested 100,000 deep, or with a count past 2^53: one line naming it', async () => {
    const text = await readFile(join(work, 'legs/a2.json'), 'utf8');
    await writeFile(
      join(work, 'deep.json'),
      text.replace('"warnings":[]', `"warnings":[],"x":${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    );
    expectOneLine(await runCli(['merge', 'deep.json', '--dry-run'], { cwd: work }), 2, 'deep.json');
    const huge = text.replace(/"total":\d+/, '"total":9007199254740993');
    expect(huge).not.toBe(text);
    await writeFile(join(work, 'huge.json'), huge);
    const run = await runCli(['merge', 'huge.json', '--dry-run'], { cwd: work });
    expectOneLine(run, 2, 'huge.json');
    expect(run.stderr).toContain('2^53');
  });
});

describe('one-line refusals', () => {
  it('--plan-text that is a link, to any readable file: refused by name, nothing uploaded', async () => {
    await symlink('/etc/passwd', join(work, 'tfplan.txt'));
    const before = iacm.data.length;
    const run = await runCli(
      ['--plan', 'single/tfplan.json', '--plan-text', 'tfplan.txt', ...PIPELINE_FLAGS],
      {
        cwd: work,
        env: serverEnv(iacm),
      },
    );
    expectOneLine(run, 2, 'tfplan.txt');
    expect(run.stderr).toContain('symbolic link');
    expect(iacm.data.length).toBe(before);
  });

  it('a side file with a JSON error: the error is placed, its text never echoed', async () => {
    await writeFile(join(work, 'costs.json'), `{"projects": [ ${CANARY} ]}`);
    const run = await runCli(['--plan', join(ROOT, PLAN), '--infracost', 'costs.json', '--dry-run'], {
      cwd: work,
    });
    expectOneLine(run, 2, 'costs.json');
    expect(run.stderr).not.toContain('SIDEFILE');
  });

  it('an account id with CR/LF: refused before any request, not quoted', async () => {
    const before = iacm.requests.length;
    const run = await runCli(['pipelines'], {
      env: { ...serverEnv(iacm), HARNESS_ACCOUNT_ID: 'acct\r\nX-Injected: 1' },
    });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('X-Injected');
    expect(iacm.requests.length).toBe(before);
  });

  it('--spool-dir /proc/nope: exit 2 at once, nothing sent', async () => {
    const before = iacm.events.length;
    const run = await runCli(['--plan', join(ROOT, PLAN), '--spool-dir', '/proc/nope'], {
      env: serverEnv(iacm),
      timeoutMs: 15_000,
    });
    expect(run.timedOut).toBe(false);
    expectOneLine(run, 2, '/proc/nope');
    expect(iacm.events.length).toBe(before);
  });
});

describe('fail-on-policy fails closed (item 4)', () => {
  const ARGS = [
    '--plan',
    'single/tfplan.json',
    '--plan-text',
    'single/tfplan.txt',
    ...PIPELINE_FLAGS,
    '--no-confirm',
  ];

  it('an answer whose policy part is malformed, and an endpoint that answers 500: the gate trips with the reason', async () => {
    try {
      iacm.dataSettings.policy = () => ({ policy_evaluation: 'error' });
      const malformed = await runCli([...ARGS, '--fail-on-policy', 'error'], {
        cwd: work,
        env: serverEnv(iacm),
      });
      expect(malformed.code, malformed.stderr).toBe(1);
      expect(malformed.stderr).toMatch(
        /gate failed: fail-on-policy: the policy verdict of 1 upload could not be read/,
      );
      iacm.dataSettings.policy = undefined;
      iacm.dataSettings.failDataTypes.add('plan_human');
      const down = await runCli([...ARGS, '--fail-on-policy', 'warning'], {
        cwd: work,
        env: serverEnv(iacm),
        timeoutMs: 60_000,
      });
      expect(down.code, down.stderr).toBe(1);
      expect(down.stderr).toMatch(
        /gate failed: fail-on-policy: the policy verdict of 1 upload could not be read.*500/,
      );
    } finally {
      iacm.dataSettings.policy = undefined;
      iacm.dataSettings.failDataTypes.clear();
    }
  }, 90_000);

  it('a /data endpoint slower than --upload-timeout: the run ends at the deadline and the gate trips', async () => {
    iacm.dataSettings.delayMs = 60_000;
    try {
      const run = await runCli([...ARGS, '--upload-timeout', '2', '--fail-on-policy', 'error'], {
        cwd: work,
        env: serverEnv(iacm),
        timeoutMs: 40_000,
      });
      expect(run.timedOut).toBe(false);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain("the uploads' deadline of 2 s (upload-timeout) passed first");
      expect(run.stderr).toMatch(
        /gate failed: fail-on-policy: the policy verdict of 1 upload could not be read/,
      );
    } finally {
      iacm.dataSettings.delayMs = 0;
    }
  }, 60_000);
});
