/**
 * Reader threads as users get them: the CLI bundle (dist/cli, made by ncc) reads a Terragrunt tree
 * on threads that re-enter the bundle's own file (src/terragrunt/reader-worker-entry.ts). The
 * dry-run body must be byte-identical to the one-thread read; a broken unit must fail the same
 * way, with the same line and exit code.
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, BUNDLES, ensureBundles } from '../support/bundles.js';
import { placePlan, READABLE_PLANS, removeDir, tempDir } from '../support/terragrunt-trees.js';

let work: string;
beforeAll(async () => {
  await ensureBundles();
  work = await tempDir('tg-bundle-threads-');
  for (let i = 0; i < 40; i++) {
    const unit = `tree/env-${i % 3}/unit-${i}`;
    const path = i % 10 === 0 ? `${unit}/.terragrunt-cache/h/w/tfplan.json` : `${unit}/tfplan.json`;
    await placePlan(work, path, READABLE_PLANS[i % READABLE_PLANS.length]!);
  }
}, BUILD_TIMEOUT_MS);
afterAll(async () => removeDir(work));

function cli(threads: string, tree = 'tree'): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [BUNDLES.cli, '--terragrunt-dir', tree, '--dry-run', '--quiet', '--reader-threads', threads],
    { cwd: work, encoding: 'utf8', timeout: 120_000, env: { PATH: process.env['PATH'] ?? '' } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the CLI bundle on reader threads', () => {
  it('sends the same body as on one thread (forced threads and auto)', () => {
    const one = cli('1');
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('"env-2/unit-29"');
    for (const threads of ['3', 'auto']) {
      const many = cli(threads);
      expect(many.stderr).toBe(one.stderr);
      expect(many.status).toBe(0);
      expect(many.stdout).toBe(one.stdout);
    }
  }, 240_000);

  it('fails on a broken unit with the one-thread line and exit code', async () => {
    await placePlan(work, 'broken/a/tfplan.json', 'update');
    await placePlan(work, 'broken/b/tfplan.json', 'trailing-data');
    await writeFile(await placePlan(work, 'broken/c/tfplan.json', 'no-op'), '');
    const one = cli('1', 'broken');
    const many = cli('2', 'broken');
    expect(one.status).toBe(2);
    expect(many.status).toBe(2);
    expect(many.stderr).toBe(one.stderr);
    expect(many.stderr).toMatch(/^iacm-report: error: .*broken.*b \(.*c \(/);
    expect(many.stderr.trim().split('\n')).toHaveLength(1);
    expect(many.stdout).toBe('');
  }, 240_000);

  it('refuses a reader-threads value that is neither auto nor a number', () => {
    const bad = cli('many');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--reader-threads');
    expect(bad.stdout).toBe('');
  }, 120_000);
});
