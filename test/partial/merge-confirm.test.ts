/**
 * The merge step confirms its activity like a report (issue 26): legs of a matrix save partial
 * reports, the merge sends one event against the test IaCM server, finds the activity that event
 * became (not a leg's own, sent before it), compares its counts and gives its id as the
 * `activity-id` output (plugin ACTIVITY_ID); `no-confirm` and `harness-ui-url` act on a merge.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runPlugin } from '../../src/plugin/main.js';
import { captureIo } from '../support/capture-io.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { placePlan, removeDir, tempDir } from '../support/terragrunt-trees.js';
import { parseOutputFile } from '../plugin/support/output-file-parse.js';
import { serverEnv } from '../uploads/support.js';

let server: IacmServer;
let dir: string;
const LEG_IDS = ['--pipeline-execution-id', 'exec-merge-1', '--pipeline-stage-id'];

async function cli(args: string[], env: Record<string, string> = {}) {
  const io = captureIo(env, dir);
  const code = await main(args, io.io);
  return { code, out: io.stdout() + io.stderr() };
}

beforeAll(async () => {
  server = await startIacmServer();
  dir = await tempDir('merge-confirm-');
  await placePlan(dir, 'legs/a/tfplan.json', 'update');
  await placePlan(dir, 'legs/b/tfplan.json', 'replace');
  // Two matrix legs of one execution, each its own stage execution: partials only.
  for (const leg of ['a', 'b']) {
    const saved = await cli([
      '--plan',
      `legs/${leg}/tfplan.json`,
      ...LEG_IDS,
      `stage-leg-${leg}`,
      '--save-partial',
      `parts/${leg}.json`,
    ]);
    expect(saved.code, saved.out).toBe(0);
  }
});
afterAll(async () => {
  await server.close();
  await removeDir(dir);
});
afterEach(() => {
  server.requests.length = 0;
  server.activities.length = 0;
});

const lookups = () => server.requests.filter((r) => r.url.includes('/activities'));

describe('the merge step confirms its activity', () => {
  it('finds the activity its event became, past a leg that sent its own, and gives its id as an output', async () => {
    // A leg's own event, sent a moment before the merge, in the same workspace and execution.
    const leg = await cli(['--plan', 'legs/a/tfplan.json', ...LEG_IDS, 'stage-leg-a'], serverEnv(server));
    expect(leg.code, leg.out).toBe(0);
    const outputFile = join(dir, 'merge-output.env');
    const stdout: string[] = [];
    const code = await runPlugin({
      env: {
        PLUGIN_MERGE: 'parts/*.json',
        PLUGIN_EXPECT_LEGS: '2',
        PLUGIN_ACCOUNT_ID: server.accountId,
        PLUGIN_ORG: server.org,
        PLUGIN_PROJECT: server.project,
        PLUGIN_WORKSPACE: server.workspace,
        PLUGIN_API_KEY: server.apiKey,
        PLUGIN_BASE_URL: server.baseUrl,
        PLUGIN_HARNESS_UI_URL: 'https://acme.harness.io',
        HARNESS_EXECUTION_ID: 'exec-merge-1',
        HARNESS_OUTPUT_FILE: outputFile,
      },
      cwd: dir,
      stdout: (text) => void stdout.push(text),
      stderr: (text) => void stdout.push(text),
      stderrIsTTY: false,
    });
    expect(code, stdout.join('')).toBe(0);
    expect(server.violations).toEqual([]);
    expect(server.activities).toHaveLength(2);
    const merged = server.activities[1];
    const vars = parseOutputFile(await readFile(outputFile, 'utf8'));
    expect(vars['ACTIVITY_ID']).toBe(merged?.id);
    expect(vars['ACTIVITY_ID']).not.toBe(server.activities[0]?.id);
    expect(stdout.join('')).toContain(`Harness recorded activity ${merged?.id ?? 'none'}: counts match`);
    expect(stdout.join('')).toContain(`https://acme.harness.io/ng/account/${server.accountId}/`);
  });

  it('the CLI merge confirms too, and takes --no-confirm', async () => {
    const confirmed = await cli(['merge', 'parts/*.json'], serverEnv(server));
    expect(confirmed.code, confirmed.out).toBe(0);
    expect(confirmed.out).toContain(`Harness recorded activity ${server.activities[0]?.id ?? 'none'}`);
    expect(lookups().length).toBeGreaterThan(0);
    server.requests.length = 0;
    const skipped = await cli(['merge', 'parts/*.json', '--no-confirm'], serverEnv(server));
    expect(skipped.code, skipped.out).toBe(0);
    expect(server.activities).toHaveLength(2);
    expect(lookups()).toEqual([]);
    expect(skipped.out).not.toContain('Harness recorded activity');
  });

  it('refuses --send-drift-resources on a merge (partials keep no resources)', async () => {
    const refused = await cli(['merge', 'parts/*.json', '--dry-run', '--send-drift-resources']);
    expect(refused.code).toBe(2);
    expect(refused.out).toContain('--send-drift-resources cannot act on a merge');
  });
});
