/**
 * Every entry makes the reader's V8 settings before its code runs (src/run/engine-settings.ts):
 * the CLI's loader, the Action's and the plugin's entries, as users run their bundles. Each runs
 * a dry run of the demo plan with a preloaded probe that notes the young generation's size when
 * the process starts and when it exits: without the settings the Action's and the plugin's grew
 * to 4 to 8 times their start (what survives their start-up), with them they stay at their
 * starting semi-spaces (both committed: twice the start at most).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action-bundle.js';
import { BUNDLE_NODE } from '../support/bundle-node.js';
import { BUILD_TIMEOUT_MS, BUNDLES, ensureBundles, ROOT } from '../support/bundles.js';
import { runProcess, type ProcessRun } from '../trust/support/processes.js';

const PROBE = [
  "const newSpace = () => require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;",
  'const start = newSpace();',
  "process.on('exit', () => process.stderr.write(`young-generation ${start} ${newSpace()}\\n`));",
].join('\n');

let work: string;
let probe: string;
beforeAll(async () => {
  await ensureBundles();
  work = mkdtempSync(join(tmpdir(), 'engine-settings-'));
  probe = join(work, 'probe.cjs');
  writeFileSync(probe, PROBE);
}, BUILD_TIMEOUT_MS);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The probe's figures: the young generation's size at start and at exit. */
function youngGeneration(run: ProcessRun): { start: number; end: number } {
  expect(run.code, run.stderr).toBe(0);
  const match = /^young-generation (\d+) (\d+)$/m.exec(run.stderr);
  expect(match, run.stderr).not.toBeNull();
  return { start: Number(match![1]), end: Number(match![2]) };
}

describe('the V8 settings, made by every entry', () => {
  it('hold the young generation in the CLI, the Action and the plugin', async () => {
    const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', NODE_DISABLE_COMPILE_CACHE: '1' };
    const cli = await runProcess(
      BUNDLE_NODE,
      ['--require', probe, BUNDLES.cli, '--plan', 'examples/plan.json', '--dry-run', '--quiet'],
      { cwd: ROOT, env, timeoutMs: 60_000 },
    );
    const action = await runAction({
      inputs: { plan: 'examples/plan.json', 'dry-run': 'true' },
      eventName: 'push',
      env: { NODE_OPTIONS: `--require ${probe}` },
    });
    const plugin = await runProcess(BUNDLE_NODE, ['--require', probe, BUNDLES.plugin], {
      cwd: ROOT,
      env: {
        ...env,
        HARNESS_WORKSPACE: ROOT,
        HARNESS_OUTPUT_FILE: join(work, 'plugin-output'),
        PLUGIN_PLAN: 'examples/plan.json',
        PLUGIN_DRY_RUN: 'true',
      },
      timeoutMs: 60_000,
    });
    for (const [name, run] of Object.entries({ cli, action, plugin })) {
      const { start, end } = youngGeneration(run);
      expect(start, name).toBeGreaterThan(0);
      expect(end, name).toBeLessThanOrEqual(2 * start);
    }
  }, 180_000);
});
