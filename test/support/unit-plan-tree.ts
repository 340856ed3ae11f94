/**
 * A Terragrunt tree of real Terraform plans (test/fixtures/terraform/<case>/plan.json, one per
 * unit folder) in a temporary folder, and the CLI run in it in-process: for the tests of what a
 * unit's row says (unit-output-changes, unit-moves).
 */
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { captureIo } from './capture-io.js';

const CASES = fileURLToPath(new URL('../fixtures/terraform/', import.meta.url));

/** A new folder holding each `[unit folder, plan case]` as `<unit folder>/tfplan.json`. */
export async function unitPlanTree(
  prefix: string,
  units: readonly (readonly [string, string])[],
): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), prefix));
  for (const [unit, plan] of units) {
    await mkdir(join(work, unit), { recursive: true });
    await copyFile(join(CASES, plan, 'plan.json'), join(work, unit, 'tfplan.json'));
  }
  return work;
}

/** The CLI with `args`, run in `work`: its exit code and what it wrote to stderr. */
export async function cliIn(work: string, args: string[]): Promise<{ code: number; stderr: string }> {
  const captured = captureIo({}, work);
  const code = await main(args, captured.io);
  return { code, stderr: captured.stderr() };
}
