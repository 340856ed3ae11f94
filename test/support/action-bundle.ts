/**
 * The Action as the runner runs it: `node dist/action/index.js` with INPUT_* variables and the
 * runner's files (the bundle is built from the current sources by bundles.ts), with a deadline.
 * The one Action runner of the tests (the trust tests' runActionBundle is this with their defaults).
 */
import { chmod, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActionMetadata } from '../../scripts/action-docs.js';
import { runProcess, type ProcessRun } from '../trust/support/processes.js';
import { BUNDLE_NODE } from './bundle-node.js';
import { ensureBundles } from './bundles.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLE = join(ROOT, 'dist/action/index.js');

/** The Action bundle, built from the current sources (see bundles.ts). */
export async function ensureActionBundle(): Promise<void> {
  await ensureBundles();
}

export interface ActionRun extends ProcessRun {
  /** GITHUB_OUTPUT exactly as written. */
  readonly outputText: string;
  readonly outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY exactly as written. */
  readonly summary: string;
  /** The runner's temp folder (RUNNER_TEMP), where the Action writes its payload and summary files. */
  readonly runnerTemp: string;
  readonly outputFile: string;
  readonly summaryFile: string;
}

export interface ActionRunOptions {
  /** Inputs as a workflow's `with:` gives them; the rest get action.yml's defaults, as on a runner. */
  readonly inputs?: Record<string, string>;
  /** GITHUB_EVENT_NAME (default pull_request; GITHUB_REF follows: a PR's merge ref, else main). */
  readonly eventName?: string;
  /** Written to a file for GITHUB_EVENT_PATH. */
  readonly event?: unknown;
  readonly githubApiUrl?: string;
  readonly githubToken?: string;
  readonly env?: Record<string, string>;
  /** The job's checkout (GITHUB_WORKSPACE and the step's folder); default the repository. */
  readonly cwd?: string;
  /** RUNNER_TEMP, when the test must know it before the step runs; default a fresh folder. */
  readonly runnerTemp?: string;
  /** Killed (SIGKILL) at this deadline, and the run says so (default 60 s). */
  readonly timeoutMs?: number;
  /** Run as the unprivileged `nobody` (trust/support/processes.ts), its runner files writable. */
  readonly asNobody?: boolean;
}

/** Parses GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, value lines, `delimiter`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match?.[1] || !match[2]) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i] ?? '');
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}

/** The Action bundle as a runner starts it: INPUT_* for every input, the runner's files and variables. */
export async function runAction(options: ActionRunOptions = {}): Promise<ActionRun> {
  const runnerTemp = options.runnerTemp ?? (await mkdtemp(join(tmpdir(), 'iacm-runner-')));
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
  const token = options.githubToken ?? 'ghs_runner_token';
  const eventName = options.eventName ?? 'pull_request';

  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_WORKFLOW: 'Plan',
    GITHUB_JOB: 'terraform',
    GITHUB_RUN_ID: '1',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: eventName.startsWith('pull_request') ? 'refs/pull/7/merge' : 'refs/heads/main',
    GITHUB_WORKSPACE: options.cwd ?? ROOT,
    RUNNER_TEMP: runnerTemp,
    ...(options.githubApiUrl ? { GITHUB_API_URL: options.githubApiUrl } : {}),
    ...options.env,
  };
  const action = await readActionMetadata();
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = options.inputs?.[name] ?? (input.default ?? '').replace('${{ github.token }}', token);
    env[`INPUT_${name.toUpperCase()}`] = value;
  }

  const run = await runProcess(BUNDLE_NODE, [BUNDLE], {
    cwd: options.cwd ?? ROOT,
    env,
    timeoutMs: options.timeoutMs ?? 60_000,
    asNobody: options.asNobody ?? false,
  });
  const outputText = await readFile(outputFile, 'utf8');
  return {
    ...run,
    outputText,
    outputs: parseOutputFile(outputText),
    summary: await readFile(summaryFile, 'utf8'),
    runnerTemp,
    outputFile,
    summaryFile,
  };
}

/** Every file under `dir` (recursively), for "nothing was written" and "the canary is nowhere" checks. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Every file under `dir` with its text, for "the secret is nowhere" checks. */
export async function readAllFiles(dir: string): Promise<{ file: string; text: string }[]> {
  const files = await filesUnder(dir);
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
}
