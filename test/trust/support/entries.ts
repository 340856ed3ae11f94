/**
 * The three ways a user runs the reporter, as they run them: `node dist/cli/index.js`, the Action
 * bundle with the runner's INPUT_* variables and files, and the plugin bundle with PLUGIN_*
 * settings. Each bundle is (re)built from the current sources before use, never skipped: a trust
 * test that silently passes because a bundle is missing would prove nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BUNDLE as ACTION_BUNDLE,
  runAction,
  type ActionRun,
  type ActionRunOptions as RunActionOptions,
} from '../../support/action-bundle.js';
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

export type ActionProcessRun = ActionRun;

export interface ActionRunOptions extends RunActionOptions {
  /** `with:` inputs; the others get action.yml's defaults, as on a runner. */
  readonly inputs: Record<string, string>;
}

/** The Action bundle (support/action-bundle.ts) on a push, killed after 20 s unless told otherwise. */
export function runActionBundle(options: ActionRunOptions): Promise<ActionProcessRun> {
  return runAction({ eventName: 'push', timeoutMs: 20_000, ...options });
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

export { filesUnder } from '../../support/action-bundle.js';

/** Lines that look like a JavaScript stack frame: what a person must never be shown. */
export const STACK_TRACE = /\n\s+at /;
