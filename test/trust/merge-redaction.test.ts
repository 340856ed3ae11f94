/**
 * The merge step of the Action redacts the API key from its job summary and files as the report
 * step does: a unit named after the key (so the key is in the legs' partials) must not put it in
 * the page the runner publishes (the runner masks only its log).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ensureActionBundle, runAction } from '../support/action-bundle.js';
import { captureIo } from '../support/capture-io.js';
import { placePlan, removeDir, tempDir } from '../support/terragrunt-trees.js';

const KEY = 'pat.acct123.keyid456.secretvalue789';
let root: string;

beforeAll(async () => {
  root = await tempDir('merge-redaction-');
  await ensureActionBundle();
}, 300_000);
afterAll(async () => {
  await removeDir(root);
});

it('the merged job summary, outputs and files carry no API key, even from a unit named after it', async () => {
  for (const leg of ['one', 'two']) {
    await placePlan(root, `${leg}/out/${KEY}-${leg}/tfplan.json`, 'update');
    const captured = captureIo({ HARNESS_WORKSPACE_ID: 'network' }, root);
    const code = await main(
      ['--terragrunt-dir', `${leg}/out`, '--save-partial', `partials/${leg}.json`, '--leg', leg],
      captured.io,
    );
    expect(code, captured.stderr()).toBe(0);
  }
  // The key is in the partials: the merge step is what must keep it out.
  expect(await readFile(join(root, 'partials/one.json'), 'utf8')).toContain(KEY);

  const run = await runAction({
    inputs: {
      merge: 'partials/*.json',
      'account-id': 'acct123',
      org: 'default',
      project: 'default',
      workspace: 'network',
      'api-key': KEY,
      'dry-run': 'true',
      comment: 'off',
    },
    cwd: root,
  });
  expect(run.code, run.stderr + run.stdout).toBe(0);
  expect(run.summary).toContain('[REDACTED]');
  expect(run.summary).not.toContain(KEY);
  expect(run.outputText).not.toContain(KEY);
  const summaryFile = run.outputs['summary-markdown-file'];
  expect(summaryFile).toBeTruthy();
  expect(await readFile(summaryFile!, 'utf8')).not.toContain(KEY);
}, 120_000);
