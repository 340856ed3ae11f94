/**
 * Shared pieces of the workspace data tests: real inputs (OpenTofu plan JSON with its human plan
 * text, Infracost JSON, a Terraform state) copied into temporary folders, and a CLI run against
 * the test IaCM server with fast retries.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as runReportCommand } from '../../src/cli/report-command.js';
import { captureIo } from '../support/capture-io.js';
import type { IacmServer } from '../support/iacm-server.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const EQUIVALENCE = join(FIXTURES, 'plans/opentofu/testing/equivalence-tests/outputs');
export const INFRACOST = join(FIXTURES, 'infracost');
/** A real Terraform state (terraform-json testdata) with a sensitive output. */
export const STATE = join(FIXTURES, 'plans/terraform-json/testdata/110_sensitive_values/terraform.tfstate');

export const PIPELINE_FLAGS = [
  '--pipeline-id',
  'deploy_infra',
  '--stage-id',
  'plan_stage',
  '--pipeline-execution-id',
  'exec-7Hq2',
  '--pipeline-stage-id',
  'stage-exec-91',
];

export const FAST_HTTP = { baseDelayMs: 1, maxDelayMs: 5, requestTimeoutMs: 3_000, totalBudgetMs: 8_000 };

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Infracost's goldens end with a captured-stderr trailer; the JSON is what Infracost wrote. */
export async function infracostJson(name: string, into: string): Promise<string> {
  const text = await readFile(join(INFRACOST, name), 'utf8');
  const cut = text.indexOf('\n\nErr:');
  const target = join(into, name.replace(/\.golden$/, '.json'));
  await writeFile(target, cut === -1 ? text : `${text.slice(0, cut)}\n`);
  return target;
}

/** An equivalence scenario's plan.json and human plan text, as `<dir>/tfplan.json` and `<dir>/<textName>`. */
export async function placeScenario(dir: string, scenario: string, textName = 'tfplan.txt'): Promise<void> {
  await mkdir(dir, { recursive: true });
  await copyFile(join(EQUIVALENCE, scenario, 'plan.json'), join(dir, 'tfplan.json'));
  await copyFile(join(EQUIVALENCE, scenario, 'plan'), join(dir, textName));
}

export function serverEnv(server: IacmServer): Record<string, string> {
  return {
    HARNESS_BASE_URL: server.baseUrl,
    HARNESS_ACCOUNT_ID: server.accountId,
    HARNESS_ORG_ID: server.org,
    HARNESS_PROJECT_ID: server.project,
    HARNESS_WORKSPACE_ID: server.workspace,
    HARNESS_API_KEY: server.apiKey,
  };
}

export async function cli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  http: typeof FAST_HTTP = FAST_HTTP,
) {
  const captured = captureIo(env, cwd);
  const code = await runReportCommand(args, captured.io, { http });
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}
