/**
 * The CLI on a terminal: the progress line of a Terragrunt tree is drawn only on a terminal and
 * never with -q, and leaves no trace when reading ends or is interrupted with Ctrl-C. The bundle
 * runs in a real pseudo-terminal (util-linux `script`), so this is what a person sees.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { BUILD_TIMEOUT_MS, BUNDLES, ensureBundles } from '../support/bundles.js';
import { captureIo } from '../support/capture-io.js';
import { placePlan } from '../support/terragrunt-trees.js';

const ESC = '\u001b';
const ERASE = `\r${ESC}[2K`;
const hasScript = spawnSync('script', ['--version']).status === 0;

let work: string;

beforeAll(async () => {
  await ensureBundles();
  work = await mkdtemp(join(tmpdir(), 'iacm-terminal-'));
  // Enough units that reading takes a moment on any machine.
  for (let i = 0; i < 1500; i++)
    await placePlan(work, `tree/unit-${i}/tfplan.json`, i % 2 ? 'no-op' : 'update');
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

interface TerminalRun {
  readonly code: number | null;
  /** Everything the terminal received (stdout and stderr share it; stdout is sent to /dev/null). */
  readonly screen: string;
}

/** The CLI bundle in a pseudo-terminal; `interrupt` types Ctrl-C once progress shows. */
function inTerminal(args: string[], interrupt = false): Promise<TerminalRun> {
  const command = [process.execPath, BUNDLES.cli, ...args].map((a) => `'${a}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', `${command} >/dev/null`, '/dev/null'], {
      cwd: work,
      env: { PATH: process.env['PATH'] ?? '', TERM: 'xterm' },
    });
    let screen = '';
    let typed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8');
      if (interrupt && !typed && screen.includes('Reading Terragrunt units')) {
        typed = true;
        child.stdin.write('\u0003');
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen }));
  });
}

/** What stays on the screen's last lines: each `\r` or erase starts the line again. */
function visibleTail(screen: string): string {
  return screen
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => line.split(ERASE).at(-1)?.split('\r').at(-1) ?? '')
    .join('\n');
}

describe.skipIf(!hasScript)('the CLI in a terminal', () => {
  it('draws progress while reading and erases it before the summary', async () => {
    const run = await inTerminal(['--terragrunt-dir', 'tree', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.screen).toContain('Reading Terragrunt units: ');
    const lastDraw = run.screen.lastIndexOf('Reading Terragrunt units: ');
    expect(run.screen.indexOf(ERASE, lastDraw)).toBeGreaterThan(lastDraw);
    expect(visibleTail(run.screen)).not.toContain('Reading Terragrunt units');
    expect(visibleTail(run.screen)).toMatch(/^OK: /m);
  });

  it('erases the progress line on Ctrl-C and exits 130', async () => {
    const run = await inTerminal(['--terragrunt-dir', 'tree', '--dry-run'], true);
    expect(run.code).toBe(130);
    const lastDraw = run.screen.lastIndexOf('Reading Terragrunt units: ');
    expect(lastDraw).toBeGreaterThanOrEqual(0);
    expect(run.screen.indexOf(ERASE, lastDraw)).toBeGreaterThan(lastDraw);
    expect(visibleTail(run.screen)).not.toMatch(/Reading Terragrunt units: \d+/);
  });

  it('-q draws no progress and prints no summary, even on a terminal', async () => {
    const run = await inTerminal(['--terragrunt-dir', 'tree', '--dry-run', '-q']);
    expect(run.code).toBe(0);
    expect(run.screen).not.toContain('Reading Terragrunt units');
    expect(run.screen).not.toContain('OK: ');
  });
});

describe('the CLI when stderr is not a terminal', () => {
  it('draws no progress', async () => {
    const captured = captureIo({}, work);
    const code = await main(['--terragrunt-dir', 'tree', '--dry-run'], captured.io);
    expect(code).toBe(0);
    expect(captured.stderr()).not.toContain('Reading Terragrunt units');
    expect(captured.stderr()).not.toContain(ESC);
  });

  it('on a terminal (in process): erases on an interrupt, and when -q is given never draws', async () => {
    let onInterrupt: (() => void) | undefined;
    let interrupted = false;
    const captured = captureIo({}, work);
    const writes: string[] = [];
    const io = {
      ...captured.io,
      stderrIsTty: true,
      stderr: (s: string) => {
        writes.push(s);
        if (!interrupted && s.includes('Reading Terragrunt units') && onInterrupt !== undefined) {
          interrupted = true;
          onInterrupt();
        }
      },
      onInterrupt: (handler: () => void) => {
        onInterrupt = handler;
        return () => (onInterrupt = undefined);
      },
    };
    expect(await main(['--terragrunt-dir', 'tree', '--dry-run'], io)).toBe(0);
    expect(interrupted).toBe(true);
    const first = writes.findIndex((w) => w.includes('Reading Terragrunt units'));
    expect(writes[first + 1]).toBe(ERASE);
    // Listening stopped once the run ended: a later Ctrl-C is Node's again.
    expect(onInterrupt).toBeUndefined();

    const quiet: string[] = [];
    const code = await main(['--terragrunt-dir', 'tree', '--dry-run', '-q'], {
      ...io,
      stderr: (s: string) => void quiet.push(s),
    });
    expect(code).toBe(0);
    // Nothing drawn; only warnings, a line each (the tree's no-op units are Terraform 0.12 plans,
    // whose outputs are left uncounted with a warning).
    const said = quiet.join('');
    expect(said).not.toContain('Reading Terragrunt units');
    expect(said).not.toContain(ESC);
    for (const line of said.split('\n').filter(Boolean)) expect(line).toMatch(/^iacm-report: warning: /);
  });
});
