/**
 * No runner commands from data (issue 23 item 2): an attacker corpus (a unit folder named
 * `::error title=Approved::LGTM`, `for_each` keys carrying `##[stop-commands]`, `::add-mask::` and
 * CR/LF) goes through the CLI, the Action and the plugin bundles, and their output is read with the
 * runner's own command grammar (test/support/runner-grammar.ts): the only commands left are ours.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commandSafeStream,
  jsonWithoutRunnerCommands,
  withoutRunnerCommands,
} from '../../src/runner-commands.js';
import { BUNDLE_NODE } from '../support/bundle-node.js';
import { runnerCommands } from '../support/runner-grammar.js';
import { BASE_PLAN } from './support/bad-inputs.js';
import {
  BUILD_TIMEOUT_MS,
  CLI_BUNDLE,
  ensureBundles,
  ROOT,
  runActionBundle,
  runCli,
  runPluginBundle,
  STACK_TRACE,
} from './support/entries.js';

/** Lines an attacker would like the runner to obey. */
const ATTACKS = [
  '::error title=Approved::LGTM',
  '::add-mask::pwned',
  'x ##[stop-commands]x',
  '  ::set-output name=has-changes::false',
  'a\r::warning::forged after CR',
  'b\n::notice::forged after LF',
  '##[error]legacy',
];

describe('the neutraliser', () => {
  it('leaves no command in any attack, and reads the same without the zero-width space', () => {
    for (const attack of ATTACKS) {
      expect(runnerCommands(attack).length, attack).toBeGreaterThan(0);
      const safe = withoutRunnerCommands(attack);
      expect(runnerCommands(safe), attack).toEqual([]);
      expect(safe.replace(/\u200b/g, ''), attack).toBe(attack);
      expect(withoutRunnerCommands(safe), 'idempotent').toBe(safe);
    }
    expect(withoutRunnerCommands('a :: b, no ##x, c::d')).toBe('a :: b, no ##x, c::d');
  });

  it('catches a command split across writes', () => {
    const written: string[] = [];
    const write = commandSafeStream((text) => written.push(text));
    for (const piece of ['ok\n', ':', ':error::split\n', 'x #', '#', '[stop-commands]y\n', '  ', '::x::y']) {
      write(piece);
    }
    expect(runnerCommands(written.join(''))).toEqual([]);
    expect(written.join('').replace(/\u200b/g, '')).toBe(
      'ok\n::error::split\nx ##[stop-commands]y\n  ::x::y',
    );
  });

  it('keeps a JSON body the same value', () => {
    const value = { name: 'k["##[stop-commands]"]', list: ['::add-mask::x'] };
    const json = jsonWithoutRunnerCommands(JSON.stringify(value));
    expect(runnerCommands(json)).toEqual([]);
    expect(JSON.parse(json)).toEqual(value);
  });
});

let work: string;
let plan: string;
let tree: string;

/** A unit folder that is a command, and for_each keys carrying commands, CR and LF. */
const UNIT = '::error title=Approved::LGTM';
const KEYS = ['##[stop-commands]tok', '::add-mask::pwned', 'cr\r::warning::x', 'lf\n::notice::y'];

describe('through the bundles', () => {
  beforeAll(async () => {
    await ensureBundles(['cli', 'action', 'plugin']);
    work = await mkdtemp(join(tmpdir(), 'iacm-runner-commands-'));
    const doc = JSON.parse(await readFile(join(ROOT, BASE_PLAN), 'utf8')) as {
      resource_changes: { address: string }[];
    };
    doc.resource_changes.forEach((change, index) => {
      const key = KEYS[index % KEYS.length] ?? '';
      change.address = `null_resource.attack[${JSON.stringify(`${key}-${index}`)}]`;
    });
    plan = join(work, 'attack.json');
    await writeFile(plan, JSON.stringify(doc));
    tree = join(work, 'tree');
    await mkdir(join(tree, UNIT), { recursive: true });
    await writeFile(join(tree, UNIT, 'tfplan.json'), JSON.stringify(doc));
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it('the CLI: no command in either stream; under GitHub Actions stderr is bracketed by stop-commands', async () => {
    const plain = await runCli(['--plan', plan, '--terragrunt-dir', tree, '--dry-run']);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stderr).toContain('Approved');
    expect(runnerCommands(plain.stdout + '\n' + plain.stderr)).toEqual([]);
    const body = JSON.parse(plain.stdout) as unknown;
    // The body keeps the unit's name as its value (only its JSON spelling may differ).
    expect(JSON.stringify(body)).toContain(JSON.stringify(UNIT).slice(1, -1));

    const actions = await runCli(['--plan', plan, '--terragrunt-dir', tree, '--dry-run'], {
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(actions.code, actions.stderr).toBe(0);
    const commands = runnerCommands(actions.stderr);
    expect(commands.map((c) => c.name)).toHaveLength(2);
    const token = /^::stop-commands::(\S+)$/.exec(commands[0]?.line ?? '')?.[1] ?? '';
    expect(token).toMatch(/^iacm-report-[0-9a-f]{32}$/);
    expect(commands[1]?.line).toBe(`::${token}::`);
    expect(runnerCommands(actions.stdout)).toEqual([]);
  });

  it('the CLI: a closed stdout pipe ends quietly', async () => {
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(
        'sh',
        ['-c', `"${BUNDLE_NODE}" "${CLI_BUNDLE}" --plan "${plan}" --dry-run -q | head -c 1 >/dev/null`],
        { cwd: ROOT },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).not.toContain('EPIPE');
  });

  it('the Action: the only commands in its log are its own', async () => {
    const run = await runActionBundle({ inputs: { plan, 'terragrunt-dir': tree, 'dry-run': 'true' } });
    expect(run.code, run.stdout).toBe(0);
    for (const command of runnerCommands(run.stdout + '\n' + run.stderr)) {
      expect(command.line, 'a command the Action issued').toMatch(
        /^::(set-output|warning|debug|notice)\b|^::add-mask::/,
      );
      expect(command.line).not.toContain('pwned');
      expect(command.line).not.toContain('Approved');
    }
    await rm(run.runnerTemp, { recursive: true, force: true });
  });

  it('the plugin, with Harness variables: no command in its log', async () => {
    const run = await runPluginBundle({
      env: {
        PLUGIN_PLAN: plan,
        PLUGIN_TERRAGRUNT_DIR: tree,
        PLUGIN_DRY_RUN: 'true',
        HARNESS_ACCOUNT_ID: 'acc',
        HARNESS_ORG_ID: 'org',
        HARNESS_PROJECT_ID: 'proj',
        DRONE_BUILD_NUMBER: '7',
        CI: 'true',
      },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Approved');
    expect(runnerCommands(run.stdout + '\n' + run.stderr)).toEqual([]);
  });
});
