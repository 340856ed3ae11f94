/**
 * The node binary the tests run the bundles with (`node dist/cli/index.js`, the Action as the
 * runner starts it, the plugin as the image's entry). The suite itself runs on the Node the
 * developer has (20); `npm run test:node24` sets IACM_BUNDLE_NODE to the Node 24 of tools/node24
 * (the runtime action.yml and the Dockerfile declare) and runs the bundle tests again with it.
 */
import { spawnSync } from 'node:child_process';

export const BUNDLE_NODE = process.env['IACM_BUNDLE_NODE'] || process.execPath;

/** `v24.22.3`: the version of BUNDLE_NODE, asked of the binary itself. */
export function bundleNodeVersion(): string {
  const run = spawnSync(BUNDLE_NODE, ['--version'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${BUNDLE_NODE} --version failed: ${run.stderr}`);
  return run.stdout.trim();
}
