/**
 * A side file that is not valid JSON is named with the line and column of the fault and what to do,
 * and none of its bytes reach the output: an Infracost file, a Terragrunt run report, a partial
 * report and a `send --payload` body may hold secrets next to the broken byte (JSON.parse's own
 * message quotes the text around it). Each file here holds a canary right at the fault.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo } from '../support/capture-io.js';
import { closedPort } from '../support/net-helpers.js';
import { fixturePath, placePlan, removeDir, tempDir } from '../support/terragrunt-trees.js';

const CANARY = 'CANARYsecret9f27';
/** Line 3, column 12 holds a bare word that starts with the canary: no JSON value starts so. */
const BROKEN = `{\n  "name": "main",\n  "token": ${CANARY}-${CANARY}\n}\n`;
/** The canary inside a string, the fault (a missing comma) right after it: line 2, column 46. */
const NO_COMMA = `{"projects": [\n  {"name": "x", "secret": "${CANARY}" "y": 1}\n]}\n`;
/** Cut short inside a string that holds the canary: the fault is the end of the text. */
const CUT = `{"version": 1, "key": "${CANARY}`;

let root: string;
let port: number;

beforeAll(async () => {
  root = await tempDir('json-syntax-');
  port = await closedPort();
  await copyFile(fixturePath('create-with-outputs'), join(root, 'plan.json'));
  await placePlan(join(root, 'out'), 'unit/tfplan.json', 'create-with-outputs');
});
afterAll(async () => removeDir(root));

async function cli(file: string, text: string, args: string[], env: Record<string, string> = {}) {
  await mkdir(join(root, 'side'), { recursive: true });
  await writeFile(join(root, 'side', file), text);
  const captured = captureIo(env, root);
  const code = await main(args, captured.io);
  return { code, output: captured.stdout() + captured.stderr(), stderr: captured.stderr() };
}

const CONNECTION = {
  HARNESS_ACCOUNT_ID: 'acc',
  HARNESS_ORG_ID: 'org',
  HARNESS_PROJECT_ID: 'proj',
  HARNESS_WORKSPACE_ID: 'ws',
  HARNESS_API_KEY: 'pat.acc.key.secret',
};

const KINDS: [string, string, (file: string) => string[], Record<string, string>?][] = [
  ['an Infracost file', 'costs.json', (f) => ['--plan', 'plan.json', '--infracost', f, '--dry-run'], {}],
  [
    'a Terragrunt run report',
    'report.json',
    (f) => ['--terragrunt-dir', 'out', '--terragrunt-report', f, '--dry-run'],
    {},
  ],
  ['a partial report', 'partial.json', (f) => ['merge', f, '--dry-run'], {}],
  ['a send --payload body', 'payload.json', (f) => ['send', '--payload', f], CONNECTION],
];

describe.each(KINDS)('%s that is not JSON', (_kind, name, args, env) => {
  const file = `side/${name}`;
  const connection = () => ({
    ...env,
    ...(env?.['HARNESS_API_KEY'] ? { HARNESS_BASE_URL: `http://127.0.0.1:${port}` } : {}),
  });

  it('names the file, line and column, says what to do, and quotes none of it', async () => {
    const { code, output, stderr } = await cli(name, BROKEN, args(file), connection());
    expect(code, output).toBe(2);
    expect(output).not.toContain(CANARY);
    expect(output).not.toContain('CANARY');
    expect(stderr).toContain(file);
    expect(stderr).toMatch(/is not valid JSON at line 3, column 12: a character that starts no JSON value/);
    expect(stderr).toMatch(/; (write it again|run that leg|send the body)/);
  });

  it('a missing comma after a secret string: the position of the fault, not the string', async () => {
    const { code, output, stderr } = await cli(name, NO_COMMA, args(file), connection());
    expect(code, output).toBe(2);
    expect(output).not.toContain(CANARY);
    expect(stderr).toMatch(/is not valid JSON at line 2, column 46: a character where a comma or \} belongs/);
  });

  it('a file cut short inside a secret string', async () => {
    const { code, output, stderr } = await cli(name, CUT, args(file), connection());
    expect(code, output).toBe(2);
    expect(output).not.toContain(CANARY);
    expect(stderr).toMatch(/is not valid JSON at line 1, column 40: the text ends inside a string/);
  });
});
