/**
 * Issue 23: under a virtual-memory cap (`ulimit -v`), V8 cannot reserve a WebAssembly memory (it
 * sets aside gigabytes of address space for one), and the CLI used to die with "unexpected
 * error: WebAssembly.Instance(): Out of memory". The CLI bundle, run as a user with such a cap
 * runs it, reads the plan with the JavaScript reader instead, says so in one line, and prints the
 * same body as without the cap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_NODE } from '../support/bundle-node.js';
import { runProcess } from './support/processes.js';
import { BUILD_TIMEOUT_MS, CLI_BUNDLE, ensureBundles, ROOT, runCli, STACK_TRACE } from './support/entries.js';

beforeAll(() => ensureBundles(['cli']), BUILD_TIMEOUT_MS);

const PLAN = 'test/fixtures/plans/terraform-json/testdata/110_basic/plan.json';
/**
 * 2 GiB of address space: Node starts and reads plans. Node 20 cannot reserve a WebAssembly memory
 * in it (the fallback's case); Node 24 can (its reader simply runs). The probe asks the runtime
 * the bundle runs on, so the test expects the note exactly where the reader cannot start.
 */
const CAP_KB = 2 * 1024 * 1024;

function underCap(args: string[]) {
  return runProcess('bash', ['-c', `ulimit -v ${CAP_KB} && exec "$0" "$@"`, BUNDLE_NODE, ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
    timeoutMs: 20_000,
    asNobody: false,
  });
}

describe('the WebAssembly reader under ulimit -v', () => {
  it('falls back to the JavaScript reader with a log line, and prints the same body', async () => {
    const free = await runCli(['--plan', PLAN, '--dry-run']);
    expect(free.code, free.stderr).toBe(0);
    expect(free.stderr).not.toContain('WebAssembly');
    const probe = await underCap(['-e', 'new WebAssembly.Memory({ initial: 1 })']);
    const wasmCannotStart = probe.code !== 0;
    const capped = await underCap([CLI_BUNDLE, '--plan', PLAN, '--dry-run']);
    expect(capped.code, capped.stderr).toBe(0);
    if (wasmCannotStart) {
      expect(capped.stderr).toContain(
        'note: the WebAssembly plan reader could not start (WebAssembly.Instance(): Out of memory',
      );
      expect(capped.stderr).toContain('plans were read by the JavaScript reader');
    } else {
      expect(capped.stderr).not.toContain('WebAssembly');
    }
    expect(capped.stderr).not.toMatch(STACK_TRACE);
    expect(capped.stdout).toBe(free.stdout);
  });
});
