/**
 * The card on the execution page, end to end: the plugin bundle run as a Harness step with
 * HARNESS_ANNOTATIONS_FILE writes a file lite-engine accepts (test/support/annotations-contract.ts:
 * limits, modes, styles, no HTML) with the ids from Harness's variables; the SUMMARY output stays;
 * without the variable the log says there is no card.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAnnotationsFile } from '../support/annotations-contract.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import { fixturePath, PLANS } from '../support/real-report-models.js';
import { parseOutputFile } from './support/output-file-parse.js';
import {
  BUILD_TIMEOUT_MS,
  copyBundleAsImage,
  ensurePluginBundle,
  runPluginProcess,
} from './support/plugin-bundle.js';

let entry: string;
let server: IacmServer;
let root: string;

beforeAll(async () => {
  await ensurePluginBundle();
  const image = copyBundleAsImage();
  entry = image.entry;
  root = image.root;
  server = await startIacmServer();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await (server as IacmServer | undefined)?.close();
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
});

function step(annotationsFile: string | undefined): {
  env: Record<string, string>;
  checkout: string;
  out: string;
} {
  const checkout = mkdtempSync(join(root, 'harness-'));
  mkdirSync(join(checkout, 'plans'));
  cpSync(fixturePath(PLANS.driftRefreshOnly), join(checkout, 'plans/drift.json'));
  const out = join(checkout, 'output.env');
  const env: Record<string, string> = {
    HARNESS_ACCOUNT_ID: server.accountId,
    HARNESS_ORG_ID: server.org,
    HARNESS_PROJECT_ID: server.project,
    HARNESS_PIPELINE_ID: 'iacm_drift',
    HARNESS_EXECUTION_ID: 'exec-77',
    HARNESS_STAGE_ID: 'drift_stage',
    HARNESS_BUILD_ID: '77',
    HARNESS_WORKSPACE: checkout,
    HARNESS_OUTPUT_FILE: out,
    PLUGIN_PLAN: 'plans/drift.json',
    PLUGIN_WORKSPACE: server.workspace,
    PLUGIN_API_KEY: server.apiKey,
    PLUGIN_BASE_URL: server.baseUrl,
    ...(annotationsFile === undefined ? {} : { HARNESS_ANNOTATIONS_FILE: annotationsFile }),
  };
  return { env, checkout, out };
}

describe('the plugin card on the execution page', () => {
  it('writes one card lite-engine accepts, with the ids from the Harness variables', async () => {
    const file = join(mkdtempSync(join(root, 'annotations-')), 'annotations.json');
    const { env, checkout, out } = step(file);
    const result = await runPluginProcess(entry, env, checkout);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(server.apiKey);
    const doc = readAnnotationsFile(text);
    expect(doc).toMatchObject({
      accountId: server.accountId,
      orgId: server.org,
      projectId: server.project,
      pipelineId: 'iacm_drift',
      planExecutionId: 'exec-77',
      stageExecutionId: 'drift_stage',
    });
    expect(doc.annotations).toHaveLength(1);
    const [card] = doc.annotations;
    expect(card).toMatchObject({
      contextId: `iacm-report-ws-${server.workspace}`,
      mode: 'replace',
      style: 'warning',
    });
    expect(card?.summary).toMatch(/^### ⚠️ IaCM /);
    expect(card?.summary).toContain('drifted');
    // The SUMMARY output stays.
    expect(parseOutputFile(readFileSync(out, 'utf8'))['SUMMARY']).toContain('drifted');
  });

  it('says in the log that there is no card when HARNESS_ANNOTATIONS_FILE is absent', async () => {
    const { env, checkout } = step(undefined);
    const result = await runPluginProcess(entry, env, checkout);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('HARNESS_ANNOTATIONS_FILE is not set');
    expect(existsSync(join(checkout, 'annotations.json'))).toBe(false);
  });
});
