/**
 * Issue 23, lesser item: "a server that quotes uploaded state puts it into warnings and the
 * comment". The IaCM stand-in answers the state upload with a policy evaluation whose messages
 * quote the state's sensitive output (as an OPA rule's `sprintf` of its input, or a server echoing
 * the upload, would): the verdict still trips the gate, and no output of the CLI or the Action
 * bundle (log, job summary, comment, outputs, --markdown, files) carries the quoted secret.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_MESSAGES_LEFT_OUT, stateAnswerWithoutText } from '../../src/reporter/state-answer.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { BUILD_TIMEOUT_MS, ensureBundles, runActionBundle, runCli } from '../trust/support/entries.js';
import { filesWritten, findLeaks } from '../trust/support/leak-scan.js';
import { PIPELINE_FLAGS, serverEnv, STATE } from './support.js';

const CANARY = 'STATEQUOTE-s3cr3t-9f8e7d6c5b4a';
const PLAN = 'test/fixtures/plans/opentofu/testing/equivalence-tests/outputs/basic_list_update/plan.json';
const HEAD = 'e'.repeat(40);

let iacm: IacmServer;
let github: GitHubApiServer;
let dir: string;
let stateFile: string;

beforeAll(async () => {
  await ensureBundles(['cli', 'action']);
  iacm = await startIacmServer();
  github = await startGitHubApiServer({ token: 'ghs_state_quotes', headSha: HEAD });
  dir = await mkdtemp(join(tmpdir(), 'iacm-state-quotes-'));
  // A real Terraform state whose sensitive output "foo" holds the canary.
  const real = await readFile(STATE, 'utf8');
  const text = real.replaceAll('"bar"', `"${CANARY}"`);
  expect(text).not.toBe(real);
  stateFile = join(dir, 'terraform.tfstate');
  await writeFile(stateFile, text);
  iacm.dataSettings.policy = (upload) =>
    upload.dataType === 'state_raw'
      ? {
          policy_evaluation_status: 'error',
          policy_evaluation_message: `the state holds ${CANARY}`,
          policy_evaluation: [
            {
              policy_name: 'No plain passwords',
              policy_set_name: 'State hygiene',
              policy_status: 'error',
              message: `output foo is ${CANARY}`,
            },
          ],
        }
      : undefined;
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await iacm?.close();
  await github?.close();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

describe('an answer to a state upload', () => {
  it('keeps its verdicts and names, never its messages', () => {
    const answer = stateAnswerWithoutText({
      policy_evaluation_status: 'error',
      policy_evaluation_message: 'x',
      policy_evaluation: [{ policy_name: 'p', policy_set_name: 's', policy_status: 'error', message: 'y' }],
    });
    expect(answer).toEqual({
      policy_evaluation_status: 'error',
      policy_evaluation_message: STATE_MESSAGES_LEFT_OUT,
      policy_evaluation: [{ policy_name: 'p', policy_set_name: 's', policy_status: 'error' }],
    });
    expect(stateAnswerWithoutText({ policy_evaluation_status: 'pass' }).policy_evaluation_message).toBe(
      undefined,
    );
  });

  it('CLI bundle: the gate trips; stderr, stdout and --markdown do not quote the state', async () => {
    const markdown = join(dir, 'summary.md');
    const run = await runCli(
      [
        '--plan',
        PLAN,
        '--upload-state',
        stateFile,
        ...PIPELINE_FLAGS,
        '--fail-on-policy',
        'error',
        '--markdown',
        markdown,
      ],
      { env: { ...serverEnv(iacm), TMPDIR: dir } },
    );
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('gate failed: fail-on-policy');
    expect(run.stderr).toContain('State hygiene / No plain passwords');
    expect(run.stderr).toContain(STATE_MESSAGES_LEFT_OUT);
    const written = [
      { where: 'stdout', text: run.stdout },
      { where: 'stderr', text: run.stderr },
      { where: '--markdown', text: await readFile(markdown, 'utf8') },
    ];
    expect(findLeaks(written, [CANARY])).toEqual([]);
  });

  it('Action bundle: log, job summary, outputs, the PR comment and RUNNER_TEMP files do not quote it', async () => {
    const run = await runActionBundle({
      inputs: {
        plan: PLAN,
        'upload-state': stateFile,
        'pipeline-id': 'deploy',
        'stage-id': 'plan',
        'pipeline-execution-id': 'exec-1',
        'pipeline-stage-id': 'stage-exec-1',
        'account-id': iacm.accountId,
        org: iacm.org,
        project: iacm.project,
        workspace: iacm.workspace,
        'api-key': iacm.apiKey,
        'base-url': iacm.baseUrl,
        comment: 'always',
      },
      eventName: 'pull_request',
      event: { number: 9, pull_request: { number: 9, head: { sha: HEAD } } },
      githubApiUrl: github.url,
      githubToken: 'ghs_state_quotes',
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['policy-status']).toBe('error');
    const comments = github.comments.filter((c) => c.issueNumber === 9);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('No plain passwords');
    const written = [
      { where: 'stdout', text: run.stdout },
      { where: 'stderr', text: run.stderr },
      { where: 'GITHUB_OUTPUT', text: run.outputText },
      { where: 'GITHUB_STEP_SUMMARY', text: run.summary },
      { where: 'PR comment', text: comments[0]?.body ?? '' },
      ...(await filesWritten([run.runnerTemp])),
    ];
    expect(findLeaks(written, [CANARY])).toEqual([]);
    await rm(run.runnerTemp, { recursive: true, force: true });
  });
});
