/**
 * vitest global setup (both projects; the e2e project's bundles-setup.ts builds the bundles when
 * they are stale): one folder for the copies the as-`nobody` tests run from (test/support/unprivileged.ts),
 * handed to every test process through IACM_NOBODY_ROOT and removed when the run ends (a test
 * process may end without running its exit handlers).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const nobodyRoot = mkdtempSync(join(tmpdir(), 'iacm-nobody-'));
  chmodSync(nobodyRoot, 0o755);
  process.env['IACM_NOBODY_ROOT'] = nobodyRoot;
  return () => rmSync(nobodyRoot, { recursive: true, force: true });
}
