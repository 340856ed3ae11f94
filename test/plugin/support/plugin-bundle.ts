/**
 * The plugin as Harness runs it: the ncc bundle the Dockerfile copies, started with node in a
 * fresh process that sees only PLUGIN_* / HARNESS_* / DRONE_* variables (and PATH).
 * The bundle is built from the current sources by test/support/bundles.ts.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_TIMEOUT_MS, ensureBundles } from '../../support/bundles.js';
import { BUNDLE_NODE } from '../../support/bundle-node.js';
import { runProcess, type ProcessRun } from '../../trust/support/processes.js';
import { contextPathOf, copyPaths, entrypoint, readDockerfile } from './dockerfile.js';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const BUNDLE_DIR = join(REPO, 'dist/plugin');
export const BUNDLE_ENTRY = join(BUNDLE_DIR, 'index.js');

export { BUILD_TIMEOUT_MS };

/** The plugin bundle, built from the current sources (see bundles.ts); returns the entry the Dockerfile names. */
export async function ensurePluginBundle(): Promise<string> {
  await ensureBundles();
  return BUNDLE_ENTRY;
}

/**
 * The bundle laid out as the image has it, at the Dockerfile's COPY destination under a fresh root
 * with no node_modules anywhere above it, and the Dockerfile's ENTRYPOINT path under that root:
 * runs exactly the file the image runs, and proves it needs nothing installed.
 */
export function copyBundleAsImage(): { root: string; entry: string } {
  const instructions = readDockerfile(REPO);
  const [, imageEntry = ''] = entrypoint(instructions);
  const copy = instructions.find(
    (i) => i.keyword === 'COPY' && copyPaths(i.args).sources[0]?.startsWith('dist/plugin'),
  );
  if (copy === undefined || contextPathOf(instructions, imageEntry) !== 'dist/plugin/index.js') {
    throw new Error('the Dockerfile does not copy dist/plugin and enter at its index.js');
  }
  const root = mkdtempSync(join(tmpdir(), 'iacm-image-'));
  cpSync(BUNDLE_DIR, join(root, copyPaths(copy.args).dest), { recursive: true });
  return { root, entry: join(root, imageEntry) };
}

export type ProcessResult = ProcessRun;

// IACM_* is what an IaCM stage adds (IACM_WORKSPACE_ID).
const ALLOWED = /^(PLUGIN_|HARNESS_|DRONE_|IACM_)/;

/** Runs the entry with exactly `env` (which may hold only PLUGIN_*, HARNESS_*, DRONE_*, IACM_*) plus PATH. */
export async function runPluginProcess(
  entry: string,
  env: Readonly<Record<string, string>>,
  cwd: string,
  timeoutMs = 20_000,
): Promise<ProcessResult> {
  for (const name of Object.keys(env)) {
    if (!ALLOWED.test(name)) throw new Error(`${name} is not a variable Harness gives a plugin step`);
  }
  return runProcess(BUNDLE_NODE, [entry], {
    cwd,
    env: { ...env, PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
    timeoutMs,
  });
}
