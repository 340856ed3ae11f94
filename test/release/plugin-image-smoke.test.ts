/**
 * scripts/plugin-image-smoke.sh is what the plugin image workflow runs against each platform's
 * image. No container engine runs here, so a stand-in `docker` (support/docker-stub.ts) runs the
 * image's entry, as the Dockerfile's USER, on the bundle laid out as the image has it: this checks
 * that the script's expectations (variables, version line, body, outputs, user, temp folder) are
 * those of the real plugin, and that it fails when they are not met. The image build itself is
 * only checked by the workflow.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILD_TIMEOUT_MS,
  copyBundleAsImage,
  ensurePluginBundle,
  REPO,
} from '../plugin/support/plugin-bundle.js';

const exec = promisify(execFile);
const SCRIPT = join(REPO, 'scripts/plugin-image-smoke.sh');
const PLATFORM = process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64';

let stubDir: string;
let image: { root: string; entry: string };

beforeAll(async () => {
  await ensurePluginBundle();
  image = copyBundleAsImage();
  // The image's files are readable by its user; mkdtemp made the folder for root alone.
  await chmod(image.root, 0o755);
  stubDir = await mkdtemp(join(tmpdir(), 'docker-stub-'));
  const stub = join(stubDir, 'docker');
  const tsx = join(REPO, 'node_modules/.bin/tsx');
  await writeFile(
    stub,
    `#!/bin/sh\nexec "${tsx}" "${join(REPO, 'test/release/support/docker-stub.ts')}" "$@"\n`,
  );
  await chmod(stub, 0o755);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  for (const dir of [stubDir, image?.root]) if (dir) await rm(dir, { recursive: true, force: true });
});

async function smoke(env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec('bash', [SCRIPT, 'iacm-reporter-plugin:smoke', PLATFORM], {
      env: {
        PATH: `${stubDir}:${process.env['PATH'] ?? ''}`,
        DOCKER_STUB_ROOT: image.root,
        // The stub runs this machine's node, not the image's.
        EXPECT_NODE_VERSION: process.version,
        ...env,
      },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('plugin-image-smoke.sh', () => {
  it('passes on the plugin as the image runs it', async () => {
    const run = await smoke();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^plugin image smoke test \\(${PLATFORM}\\): passed \\(\\S+ \\d+ v`),
    );
  }, 90_000);

  it('fails an image whose user is root', async () => {
    const run = await smoke({ DOCKER_STUB_USER: '0:0' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the image runs as root (USER "0:0")');
  }, 90_000);

  it('fails when the plugin fails, showing its output', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'iacm-empty-image-'));
    await chmod(empty, 0o755);
    try {
      const run = await smoke({ DOCKER_STUB_ROOT: empty });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/the dry run exited [1-9]/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  }, 90_000);

  it('fails on another Node than the base promises', async () => {
    const run = await smoke({ EXPECT_NODE_VERSION: 'v0.0.1' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`the Dockerfile's base has v0.0.1`);
  }, 90_000);
});
