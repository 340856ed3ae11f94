/**
 * No false reassurance, through the bundles users run (CLI, Action, plugin):
 * - an errored plan never reads "No changes" or "matches the configuration": every summary says
 *   the plan failed (on its first line) and that the counts cover only what was planned before
 *   the error; `has-changes` follows the counts;
 * - a normal plan given as drift is refused (exit 2, one line saying what it is and what to give
 *   instead), nothing sent, no summary; a drift file with nothing to change and no drift stays a
 *   drift check that found none.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdownSummary } from '../../src/reporter/markdown-summary.js';
import { renderTextSummary } from '../../src/reporter/text-summary.js';
import { parseOutputFile } from '../plugin/support/output-file-parse.js';
import { planFixturePath } from '../support/fixtures.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { pipelineModel } from '../support/real-report-models.js';
import {
  BUILD_TIMEOUT_MS,
  ensureBundles,
  runActionBundle,
  runCli,
  runPluginBundle,
} from './support/entries.js';

/** OpenTofu's `show -json` of a plan that failed: `errored: true`, nothing planned. */
const ERRORED = planFixturePath('opentofu/internal/command/testdata/show-json/plan-error/output.json');
/** A normal plan: 55 creates, no resource_drift (checkov's test plan, terraform 1.0). */
const CREATES_55 = planFixturePath('checkov/tests/terraform/runner/resources/plan/tfplan.json');
/** A plan of only no-ops and no resource_drift (terraform 0.12). */
const NO_CHANGES = planFixturePath('terraform-json/testdata/no_changes/plan.json');

const FALSE_REASSURANCE = /no changes|matches the configuration|Changes: none/i;

let dir: string;
let server: IacmServer;
beforeAll(async () => {
  await ensureBundles(['cli', 'action', 'plugin']);
  dir = await mkdtemp(join(tmpdir(), 'iacm-reassurance-'));
  server = await startIacmServer({ workspaces: ['ws-drift'] });
}, BUILD_TIMEOUT_MS);
afterAll(async () => {
  await (server as IacmServer | undefined)?.close();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

describe('an errored plan', () => {
  it('the Markdown and text summaries say it failed, first thing, and never "no changes"', async () => {
    const model = await pipelineModel({ plans: [ERRORED] });
    // Named as the user would (relative to the working folder), not by an absolute path.
    expect(model.erroredPlans).toHaveLength(1);
    expect(ERRORED.endsWith(model.erroredPlans[0] ?? '-')).toBe(true);
    expect(model.hasChanges).toBe(false);
    const markdown = renderMarkdownSummary(model);
    expect(markdown.split('\n')[0]).toMatch(/failed/);
    expect(markdown).toMatch(/the plan failed: counts cover only what was planned before the error/);
    expect(markdown).not.toMatch(FALSE_REASSURANCE);
    const text = renderTextSummary(model);
    expect(text.split('\n')[0]).toMatch(/failed/);
    expect(text).toMatch(/cover only what was planned before the error/);
    expect(text).not.toMatch(FALSE_REASSURANCE);
  });

  it('with a plan that did plan changes before failing: the changes are shown as planned before the error', async () => {
    const doc: unknown = JSON.parse(
      await readFile(planFixturePath('terraform-json/testdata/110_basic/plan.json'), 'utf8'),
    );
    const file = join(dir, 'errored-after-7.json');
    // The same plan as Terraform writes it when an error stopped it after planning these 7.
    await writeFile(file, JSON.stringify({ ...(doc as object), errored: true }));
    const model = await pipelineModel({ plans: [file] });
    expect(model.hasChanges).toBe(true);
    const markdown = renderMarkdownSummary(model);
    expect(markdown.split('\n')[0]).toMatch(/failed/);
    expect(markdown.split('\n')[0]).toMatch(/cover only what was planned before the error · 7 to add/);
    expect(renderTextSummary(model).split('\n')[0]).toMatch(/failed.*7 to add/);
  });

  it('the CLI: the summary starts with "the plan failed", the body says failure, no "no changes"', async () => {
    const run = await runCli(['--plan', ERRORED, '--dry-run']);
    expect(run.code).toBe(0);
    // The body on stdout, the summary for people on stderr.
    const body = JSON.parse(run.stdout) as { metadata: { activity_status: string } };
    expect(body.metadata.activity_status).toBe('failure');
    expect(run.stderr.split('\n').find((l) => l.trim() !== '')).toMatch(/the plan failed/);
    expect(run.stderr).toMatch(/cover only what was planned before the error/);
    expect(run.stdout + run.stderr).not.toMatch(FALSE_REASSURANCE);
  });

  it('the Action: job summary and outputs', async () => {
    const run = await runActionBundle({ inputs: { plan: ERRORED, 'dry-run': 'true' } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs['has-changes']).toBe('false');
    expect(run.summary.split('\n')[0]).toMatch(/failed/);
    expect(run.summary).toMatch(/cover only what was planned before the error/);
    expect(run.summary + run.stdout).not.toMatch(FALSE_REASSURANCE);
    await rm(run.runnerTemp, { recursive: true, force: true });
  });

  it('the plugin: the SUMMARY output variable and the log', async () => {
    const outputFile = join(dir, 'plugin-output.env');
    await writeFile(outputFile, '');
    const run = await runPluginBundle({
      env: { PLUGIN_PLAN: ERRORED, PLUGIN_DRY_RUN: 'true', HARNESS_OUTPUT_FILE: outputFile },
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
    expect(outputs['HAS_CHANGES']).toBe('false');
    const summary = outputs['SUMMARY'] ?? '';
    expect(summary.split('\n')[0]).toMatch(/failed/);
    expect(summary).toMatch(/cover only what was planned before the error/);
    expect(summary + run.stdout).not.toMatch(FALSE_REASSURANCE);
  });
});

describe('a normal plan given as drift', () => {
  // Each world names its own settings: --drift/--plan, the drift/plan inputs, settings.drift/plan.
  const line = (drift: string, plan: string): RegExp =>
    new RegExp(
      `given as ${drift}, but this plan makes changes \\(55 to add, 0 to change, 0 to destroy\\), so it is not a drift check: give it as ${plan}, or check drift with a refresh-only plan \\(\`terraform plan -refresh-only`,
    );

  it('the CLI refuses it: exit 2, one line naming the file, nothing sent', async () => {
    const run = await runCli(['--drift', CREATES_55], {
      env: {
        HARNESS_ACCOUNT_ID: server.accountId,
        HARNESS_ORG_ID: server.org,
        HARNESS_PROJECT_ID: server.project,
        HARNESS_WORKSPACE_ID: 'ws-drift',
        HARNESS_API_KEY: server.apiKey,
        HARNESS_BASE_URL: server.baseUrl,
      },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(relative(process.cwd(), CREATES_55));
    expect(lines[0]).toMatch(line('--drift', '--plan'));
    expect(server.requests).toHaveLength(0);
  });

  it('the Action refuses it: one ::error:: line, exit 2, no outputs, the failure summary', async () => {
    const run = await runActionBundle({ inputs: { drift: CREATES_55, 'dry-run': 'true' } });
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(line('[^,]*\\bdrift\\b[^,]*', '[^,]*\\bplan\\b[^,]*'));
    expect(run.code).toBe(2);
    expect(run.outputText).toBe('');
    // The job summary says no report was built, never a verdict.
    expect(run.summary).toContain('the report could not be built');
    expect(run.summary.split('\n')[0]).toBe('### 🛑 Harness IaCM: the report could not be built');
    expect(run.summary).not.toMatch(/✅|no changes/);
    await rm(run.runnerTemp, { recursive: true, force: true });
  });

  it('the plugin refuses it: exit 2', async () => {
    const run = await runPluginBundle({
      env: { PLUGIN_DRIFT: CREATES_55, PLUGIN_DRY_RUN: 'true' },
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(line('settings\\.drift[^,]*', 'settings\\.plan[^,]*'));
  });

  it('a drift file with nothing to change and no resource_drift stays a drift check that found none', async () => {
    const run = await runCli(['--drift', NO_CHANGES, '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    const event = JSON.parse(run.stdout.split('\n')[0] ?? '') as { event_type: string };
    expect(event.event_type).toBe('active');
  });

  it('the same plan as --plan is read as the plan it is', async () => {
    const run = await runCli(['--plan', CREATES_55, '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    const event = JSON.parse(run.stdout.split('\n')[0] ?? '') as {
      event_type: string;
      metadata: { resource_counts: { added: number } };
    };
    expect(event.event_type).toBe('plan');
    expect(event.metadata.resource_counts.added).toBe(55);
  });
});
