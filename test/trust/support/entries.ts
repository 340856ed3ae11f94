/**
 * The three ways a user runs the reporter, as they run them: `node dist/cli/index.js`, the Action
 * bundle with the runner's INPUT_* variables and files, and the plugin bundle with PLUGIN_*
 * settings. Each bundle is (re)built from the current sources before use, never skipped: a trust
 * test that silently passes because a bundle is missing would prove nothing.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionMetadata } from '../../../scripts/action-docs.js';
import { parseOutputFile, BUNDLE as ACTION_BUNDLE } from '../../support/action-bundle.js';
import { BUNDLE_NODE } from '../../support/bundle-node.js';
import { BUILD_TIMEOUT_MS, ensureBundles as buildBundles } from '../../support/bundles.js';
import { BUNDLE_ENTRY as PLUGIN_BUNDLE } from '../../plugin/support/plugin-bundle.js';
import { runProcess, type ProcessRun } from './processes.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI_BUNDLE = join(ROOT, 'dist/cli/index.js');

export { BUILD_TIMEOUT_MS };

export type Entry = 'cli' | 'action' | 'plugin';

const FILES: Record<Entry, string> = { cli: CLI_BUNDLE, action: ACTION_BUNDLE, plugin: PLUGIN_BUNDLE };
const ready = new Map<Entry, Promise<void>>();

/**
 * Builds one bundle if it is missing or stale, once per test file. A failed build rejects every
 * test that needs that bundle, with the build's own error: loud, never a skip.
 */
export function bundleReady(entry: Entry): Promise<void> {
  let promise = ready.get(entry);
  if (promise === undefined) {
    promise = buildBundles().then(() => {
      if (!existsSync(FILES[entry])) throw new Error(`${FILES[entry]} was not built`);
    });
    ready.set(entry, promise);
  }
  return promise;
}

/** One bundle after another (two cores: parallel ncc runs thrash). */
export async function ensureBundles(entries: readonly Entry[]): Promise<void> {
  for (const entry of entries) await bundleReady(entry);
}

/** The least a process needs to start; everything else a test passes in on purpose. */
export function baseEnv(): Record<string, string> {
  return { PATH: process.env['PATH'] ?? '/usr/bin:/bin' };
}

export interface CliRunOptions {
  readonly env?: Record<string, string>;
  readonly cwd?: string;
  readonly timeoutMs?: number;
  readonly asNobody?: boolean;
}

export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<ProcessRun> {
  return runProcess(BUNDLE_NODE, [CLI_BUNDLE, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...baseEnv(), ...options.env },
    timeoutMs: options.timeoutMs ?? 20_000,
    asNobody: options.asNobody ?? false,
  });
}

export interface ActionProcessRun extends ProcessRun {
  /** GITHUB_OUTPUT exactly as written. */
  readonly outputText: string;
  readonly outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY exactly as written. */
  readonly summary: string;
  /** The runner's temp folder (RUNNER_TEMP), where the Action writes its payload and summary files. */
  readonly runnerTemp: string;
}

export interface ActionRunOptions {
  /** `with:` inputs; the others get action.yml's defaults, as on a runner. */
  readonly inputs: Record<string, string>;
  readonly env?: Record<string, string>;
  readonly eventName?: string;
  readonly event?: unknown;
  readonly timeoutMs?: number;
  readonly asNobody?: boolean;
}

/** The Action bundle as a runner starts it, with a time limit (test/support/action-bundle.ts has none). */
export async function runActionBundle(options: ActionRunOptions): Promise<ActionProcessRun> {
  const runnerTemp = await mkdtemp(join(tmpdir(), 'iacm-trust-runner-'));
  const outputFile = join(runnerTemp, 'github_output');
  const summaryFile = join(runnerTemp, 'step_summary.md');
  const eventFile = join(runnerTemp, 'event.json');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify(options.event ?? {}));
  if (options.asNobody) {
    // The runner's files belong to the user the step runs as.
    for (const path of [runnerTemp, outputFile, summaryFile, eventFile]) await chmod(path, 0o777);
  }
  const env: Record<string, string> = {
    ...baseEnv(),
    HOME: runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_WORKFLOW: 'Plan',
    GITHUB_JOB: 'terraform',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKSPACE: ROOT,
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  };
  const action = await readActionMetadata();
  for (const [name, input] of Object.entries(action.inputs)) {
    const fallback = (input.default ?? '').replace('${{ github.token }}', 'ghs_runner_token');
    env[`INPUT_${name.toUpperCase()}`] = options.inputs[name] ?? fallback;
  }
  const run = await runProcess(BUNDLE_NODE, [ACTION_BUNDLE], {
    cwd: ROOT,
    env,
    timeoutMs: options.timeoutMs ?? 20_000,
    asNobody: options.asNobody ?? false,
  });
  const outputText = await readFile(outputFile, 'utf8');
  return {
    ...run,
    outputText,
    outputs: parseOutputFile(outputText),
    summary: await readFile(summaryFile, 'utf8'),
    runnerTemp,
  };
}

export interface PluginRunOptions {
  /** PLUGIN_* / HARNESS_* / DRONE_* variables, as a Harness step gets them. */
  readonly env: Record<string, string>;
  readonly cwd?: string;
  readonly timeoutMs?: number;
}

export function runPluginBundle(options: PluginRunOptions): Promise<ProcessRun> {
  return runProcess(BUNDLE_NODE, [PLUGIN_BUNDLE], {
    cwd: options.cwd ?? ROOT,
    env: { ...baseEnv(), ...options.env },
    timeoutMs: options.timeoutMs ?? 20_000,
  });
}

/** Every file under `dir` (recursively), for "nothing was written" and "the canary is nowhere" checks. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Lines that look like a JavaScript stack frame: what a person must never be shown. */
export const STACK_TRACE = /\n\s+at /;
