/**
 * Input mistakes get help that says what to do: the text output of `terraform plan` / `tofu plan`
 * (with or without colour) given for the JSON, an unquoted glob the shell expanded, a misspelt
 * flag, a Terragrunt tree with several unreadable units. Real plan text from OpenTofu's
 * equivalence tests (test/fixtures/plans/SOURCES.md); the glob through a real shell.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { BUILD_TIMEOUT_MS, BUNDLES, ensureBundles, ROOT } from '../support/bundles.js';
import { captureIo } from '../support/capture-io.js';
import { placePlan } from '../support/terragrunt-trees.js';

const OUTPUTS = 'test/fixtures/plans/opentofu/testing/equivalence-tests/outputs';
/** Every `tofu plan` text output vendored with the equivalence tests. */
const PLAN_TEXTS = readdirSync(join(ROOT, OUTPUTS))
  .map((name) => `${OUTPUTS}/${name}/plan`)
  .filter((file) => readdirSync(join(ROOT, file, '..')).includes('plan'));

const ESC = '\u001b';

async function cli(args: string[], cwd = ROOT) {
  const captured = captureIo({}, cwd);
  const code = await main(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

/**
 * Plan text as `terraform plan` prints it on a terminal: the resource headings bold, the action
 * symbols green/red/yellow, the "Plan:" line bold (as its `colorstring` markup renders them).
 */
function colourise(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*)(# .*)$/, `$1${ESC}[1m$2${ESC}[0m`)
        .replace(/^(\s*)([+~-]|-\/\+) /, (_, space: string, sign: string) => {
          const colour = sign === '+' ? 32 : sign === '~' ? 33 : 31;
          return `${space}${ESC}[${colour}m${sign}${ESC}[0m `;
        })
        .replace(/^(Plan:|No changes\.)/, `${ESC}[1m$1${ESC}[0m`),
    )
    .map((line) => `${ESC}[0m${line}`)
    .join('\n');
}

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'iacm-input-help-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('plan text given for plan JSON', () => {
  it('finds the vendored plan texts', () => {
    expect(PLAN_TEXTS.length).toBeGreaterThan(20);
  });

  it.each(PLAN_TEXTS)('%s: says to run terraform show -json (exit 2, one line)', async (file) => {
    const { code, stdout, stderr } = await cli(['--plan', file, '--dry-run']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.startsWith(`iacm-report: error: ${file} (byte `)).toBe(true);
    expect(stderr).toContain(
      '): this is the text output of `terraform plan` (or `tofu plan`), not plan JSON',
    );
    expect(stderr).toContain('`terraform show -json tfplan > plan.json`');
    expect(stderr).toContain('`tofu show -json tfplan`');
  });

  it('in colour too (as printed on a terminal)', async () => {
    for (const name of ['local_provider_delete', 'drift_simple', 'simple_object_update', 'data_read']) {
      const coloured = join(work, `${name}.txt`);
      await writeFile(coloured, colourise(await readFile(join(ROOT, OUTPUTS, name, 'plan'), 'utf8')));
      const { code, stderr } = await cli(['--plan', coloured, '--dry-run']);
      expect(code, name).toBe(2);
      expect(stderr, name).toContain('this is the text output of `terraform plan`');
      expect(stderr, name).not.toContain(ESC);
    }
  });

  it('--drift says the same', async () => {
    const { code, stderr } = await cli(['--drift', `${OUTPUTS}/drift_refresh_only/plan`, '--dry-run']);
    expect(code).toBe(2);
    expect(stderr).toContain('terraform show -json tfplan');
  });
});

describe('an unquoted glob the shell expanded', () => {
  beforeAll(ensureBundles, BUILD_TIMEOUT_MS);

  it('says to quote the glob or repeat --plan (through a real shell)', async () => {
    const glob = `${OUTPUTS}/basic_list*/plan.json`;
    const shell = `'${process.execPath}' '${BUNDLES.cli}' --plan ${glob} --dry-run`;
    const error = await promisify(execFile)('sh', ['-c', shell], { cwd: ROOT }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect('code' in error && error.code).toBe(2);
    const stderr = (error as { stderr: string }).stderr;
    expect(stderr).toMatch(/^iacm-report: error: unexpected arguments .*basic_list_empty\/plan\.json/);
    expect(stderr).toContain('quote the glob');
    expect(stderr).toContain('or repeat --plan for each file');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    // Quoted, the same glob works.
    const quoted = `'${process.execPath}' '${BUNDLES.cli}' --plan '${glob}' --dry-run`;
    const ok = await promisify(execFile)('sh', ['-c', quoted], { cwd: ROOT });
    expect((JSON.parse(ok.stdout) as { event_type: string }).event_type).toBe('plan');
  });

  it('a stray argument without --plan says every input needs its flag', async () => {
    const { code, stderr } = await cli([`${OUTPUTS}/basic_list/plan.json`, '--dry-run']);
    expect(code).toBe(2);
    expect(stderr).toContain('every input needs its flag');
  });
});

describe('an unknown flag', () => {
  it.each([
    ['--plna', '--plan'],
    ['--drfit', '--drift'],
    ['--terragrunt-dri', '--terragrunt-dir'],
    ['--dry-rn', '--dry-run'],
    ['--fail-on-destory', '--fail-on-destroy'],
    ['--infra', '--infracost'],
  ])('%s: did you mean %s?', async (given, meant) => {
    const { code, stderr } = await cli([given, 'x']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `iacm-report: error: unknown flag ${given}: did you mean ${meant}? (see iacm-report report --help)\n`,
    );
  });

  it('suggests nothing when nothing is close', async () => {
    const { code, stderr } = await cli(['--colour-scheme', 'dark']);
    expect(code).toBe(2);
    expect(stderr).toBe('iacm-report: error: unknown flag --colour-scheme (see iacm-report report --help)\n');
  });

  it('works for the other commands too', async () => {
    const { stderr } = await cli(['send', '--paylod', 'x']);
    expect(stderr).toContain('did you mean --payload?');
  });
});

describe('a Terragrunt tree with unreadable units', () => {
  it('names all of them in one run', async () => {
    await placePlan(work, 'tree/app/tfplan.json', 'update');
    await placePlan(work, 'tree/db/tfplan.json', 'trailing-data');
    await placePlan(work, 'tree/queue/tfplan.json', 'trailing-data');
    const { code, stderr } = await cli(['--terragrunt-dir', 'tree', '--dry-run'], work);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /^iacm-report: error: tree: 2 Terragrunt unit plans cannot be read: db \(.+\); queue \(.+\)\n$/,
    );
  });
});
