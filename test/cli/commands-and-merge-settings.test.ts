/**
 * Typos never switch anything off and names never crash (issue 22 item 8), and merge is read
 * from the settings table in every entry (issue 21 item 2): did-you-mean for commands and merge
 * flags, one refusal line for a setting that cannot act on a merge, and the merge body cleaned
 * as a report's is.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readActionMergeInputs } from '../../src/config/from-action-inputs.js';
import { mergeConfigFromPluginEnv } from '../../src/config/from-plugin-merge.js';
import { captureIo } from '../support/capture-io.js';
import { requestBody } from '../../src/run/request-body.js';
import { ROOT } from '../trust/support/entries.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'iacm-commands-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string> = {}) {
  const captured = captureIo(env, work);
  const code = await main(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('CLI commands', () => {
  it('suggests the nearest command for a misspelt one', async () => {
    const run = await cli(['mergee', 'a.json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^iacm-report: error: unknown command mergee: did you mean merge\? .*\n$/);
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'refuses %s in one line, exit 2, no stack',
    async (name) => {
      const run = await cli([name]);
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')).toHaveLength(2);
      expect(run.stderr).toContain(`unknown command ${name}`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
  );
});

describe('merge from the settings table', () => {
  it('suggests the nearest flag for a misspelt one', async () => {
    const run = await cli(['merge', 'a.json', '--expct-legs', '3']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'iacm-report: error: unknown flag --expct-legs: did you mean --expect-legs? (see iacm-report merge --help)\n',
    );
  });

  it('--help lists the rows that act on a merge, and no other', async () => {
    const run = await cli(['merge', '--help']);
    for (const flag of [
      '--expect-legs',
      '--allow-mixed',
      '--comment-only',
      '--fail-on-drift',
      '--fail-on-destroy',
      '--max-monthly-cost-increase',
      '--dry-run',
      '--spool-dir',
      '--api-key',
    ])
      expect(run.stdout, flag).toContain(flag);
    for (const flag of ['--fail-on-policy', '--plan ', '--leg', '--plan-text', '--pipeline-id'])
      expect(run.stdout, flag).not.toContain(flag);
  });

  it('refuses a setting that cannot act on a merge with one line, in every entry alike', async () => {
    const line =
      /cannot act on a merge: the merge reads only the partial reports the legs saved; set it on the legs that report/;
    for (const [flag, value] of [
      ['--plan', 'p.json'],
      ['--fail-on-policy', 'error'],
      ['--plan-text', 'plan.txt'],
    ] as const) {
      const run = await cli(['merge', 'a.json', '--dry-run', flag, value]);
      expect(run.code, flag).toBe(2);
      expect(run.stderr, flag).toMatch(new RegExp(`^iacm-report: error: ${flag} ${line.source}\\n$`));
    }
    const action = (inputs: Record<string, string>) =>
      readActionMergeInputs(
        Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      );
    expect(() => action({ merge: 'a.json', 'dry-run': 'true', 'fail-on-policy': 'error' })).toThrow(
      new RegExp(`^input "fail-on-policy" ${line.source}$`),
    );
    expect(() => action({ merge: 'a.json', 'dry-run': 'true', 'plan-text': 'plan.txt' })).toThrow(
      new RegExp(`^input "plan-text" ${line.source}$`),
    );
    expect(() =>
      mergeConfigFromPluginEnv({
        PLUGIN_MERGE: 'a.json',
        PLUGIN_DRY_RUN: 'true',
        PLUGIN_FAIL_ON_POLICY: 'error',
      }),
    ).toThrow(new RegExp(`^settings.fail_on_policy \\(PLUGIN_FAIL_ON_POLICY\\) ${line.source}$`));
    // The pipeline's own variables are not choices: Harness sets them on every step.
    expect(
      mergeConfigFromPluginEnv({
        PLUGIN_MERGE: 'a.json',
        PLUGIN_DRY_RUN: 'true',
        HARNESS_PIPELINE_ID: 'p',
        HARNESS_STAGE_ID: 's',
        HARNESS_EXECUTION_ID: 'e',
      }).config.merge.partials,
    ).toEqual(['a.json']);
  });

  it('builds the merged body through the report body cleaning: no lone surrogate, no runner command', () => {
    const event = {
      event_type: 'plan',
      metadata: { stack_name: 'unit-\ud800', ['key-\udc00']: 'x ##[stop-commands]y' },
    } as unknown as Parameters<typeof requestBody>[0];
    const body = requestBody(event);
    expect(body).not.toMatch(/\\ud[89a-f]/i);
    expect(body).not.toContain('##[');
    expect(JSON.parse(body)).toEqual({
      event_type: 'plan',
      metadata: { stack_name: 'unit-\ufffd', ['key-\ufffd']: 'x ##[stop-commands]y' },
    });
    // Both paths call it (a change to one cannot leave the other behind): a report, and a merge
    // (streamed-event.ts: whole when it has no units, else piece by piece through the same
    // cleaning; test/partial/streamed-body.test.ts compares the two bodies byte for byte).
    for (const file of ['src/run/run-report.ts', 'src/run/streamed-event.ts'])
      expect(readFileSync(join(ROOT, file), 'utf8'), file).toMatch(
        /body: cleanBody\(requestBody\(event\), config\)|const body = cleanBody\(requestBody\(event\), config\)/,
      );
    expect(readFileSync(join(ROOT, 'src/run/streamed-event.ts'), 'utf8')).toMatch(
      /await cleanBodyPieces\(body\.pieces\(\), config\)/,
    );
  });
});
