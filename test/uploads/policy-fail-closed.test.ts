/**
 * Issue 23, item 4: `fail-on-policy` fails closed. An upload whose answer (and so its policy
 * verdict) could not be read trips the gate with its reason; a long policy answer is read (the
 * `/data` answer has its own, larger cap); and however many policies an answer names, every
 * summary lists a bounded number ("and N more") after the destroys, which always survive.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdownSummary } from '../../src/reporter/markdown-summary.js';
import { COMMENT_BUDGET } from '../../src/reporter/text-budget.js';
import { renderTextSummary } from '../../src/reporter/text-summary.js';
import { combinePolicyAnswers } from '../../src/reporter/upload-outcome.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { pipelineModel } from '../support/real-report-models.js';
import { cli, FAST_HTTP, PIPELINE_FLAGS, placeScenario, serverEnv } from './support.js';

let server: IacmServer;
let dir: string;

/** `count` failing policies, as Harness lists them (a name, a set, a message each). */
function failing(count: number): Record<string, unknown> {
  return {
    policy_evaluation: Array.from({ length: count }, (_, i) => ({
      policy_name: `Rule ${i}`,
      policy_set_name: 'Security baseline',
      policy_status: 'error',
      message: `resource ${i} breaks the rule: ${'x'.repeat(150)}`,
    })),
    policy_evaluation_status: 'error',
  };
}

beforeAll(async () => {
  server = await startIacmServer();
  dir = await mkdtemp(join(tmpdir(), 'iacm-fail-closed-'));
  await placeScenario(join(dir, 'single'), 'basic_list_update');
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  server.dataSettings.policy = undefined;
  server.dataSettings.failDataTypes.clear();
  server.failAlways(undefined);
});

const ARGS = ['--plan', 'single/tfplan.json', '--plan-text', 'single/tfplan.txt', ...PIPELINE_FLAGS];

describe('fail-on-policy fails closed', () => {
  it('reads a policy answer past 1 MiB (5,000 failing policies) and trips, naming a bounded few', async () => {
    server.dataSettings.policy = () => failing(5000);
    const result = await cli([...ARGS, '--fail-on-policy', 'error'], dir, serverEnv(server));
    expect(result.code).toBe(1);
    const gate = result.stderr.split('\n').find((line) => line.includes('gate failed: fail-on-policy:'));
    expect(gate).toContain('Harness policy evaluation answered error: Security baseline / Rule 0');
    expect(gate).toContain('and 4990 more');
    expect((gate ?? '').length).toBeLessThan(1000);
    expect(result.stderr).toContain('… and 4980 more policies');
    expect(result.stderr).not.toContain('Rule 4999');
  });

  it('trips when the upload failed (endpoint answering 500), with the reason', async () => {
    server.dataSettings.failDataTypes.add('plan_human');
    const result = await cli([...ARGS, '--fail-on-policy', 'error'], dir, serverEnv(server));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /gate failed: fail-on-policy: the policy verdict of 1 upload could not be read, so it may hide a failure \(plan_human single\/tfplan.txt: .*500/,
    );
    // Without the gate the same run passes: the failed upload is a warning, not a failure.
    const lenient = await cli(ARGS, dir, serverEnv(server));
    expect(lenient.code).toBe(0);
  });

  it('trips when the answer is larger than even the /data cap (16 MiB)', async () => {
    server.dataSettings.policy = () => ({
      ...failing(1),
      policy_evaluation_message: 'y'.repeat(17 * 1024 * 1024),
    });
    // 17 MiB over loopback: on a loaded box that takes longer than the fast tries of the others.
    const patient = { ...FAST_HTTP, requestTimeoutMs: 60_000, totalBudgetMs: 120_000 };
    const result = await cli([...ARGS, '--fail-on-policy', 'warning'], dir, serverEnv(server), patient);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /gate failed: fail-on-policy: the policy verdict of 1 upload could not be read.*16 MiB/,
    );
  }, 150_000);
});

describe('policy lines in the summaries', () => {
  it('never push a destroy out of the 65,536-character comment, nor out of a small text summary', async () => {
    const model = await pipelineModel({
      plans: ['plans/opentofu/testing/equivalence-tests/outputs/fully_populated_complex_destroy/plan.json'],
    });
    model.workspaceData = { uploads: [], policy: combinePolicyAnswers([failing(5000)]) };
    const markdown = renderMarkdownSummary(model, { budget: COMMENT_BUDGET });
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    const destroyed = 'tfcoremock\\_complex\\_resource.complex';
    expect(markdown).toContain(
      `<details open><summary><strong>To destroy</strong> (1)</summary>\n\n- <code>${destroyed}</code>`,
    );
    expect(markdown).toContain('Policy ERROR: 5000 policies failed');
    expect(markdown).toContain('and 4980 more policies');
    expect(markdown.indexOf('<strong>To destroy</strong>')).toBeLessThan(markdown.indexOf('Rule 0'));

    const text = renderTextSummary(model, { maxBytes: 4000 });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4000);
    expect(text).toContain('Policy ERROR: 5000 policies failed');
    expect(text).toContain('tfcoremock_complex_resource.complex');
  });
});
