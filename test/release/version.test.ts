/**
 * One version, package.json's, wherever the reporter says which it is: `iacm-report --version`,
 * the Action's and the plugin's log line, the event's `metadata.trigger` (so Harness-side support
 * can tell which reporter and release sent an event) and the HTTP user agent.
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readCiContext } from '../../src/context/read-ci-context.js';
import { buildEvent } from '../../src/reporter/build-event.js';
import { sendEventRequestSchema } from '../../src/reporter/event-schema.js';
import { REPORTER_NAME, VERSION } from '../../src/version.js';
import { runAction } from '../support/action-bundle.js';
import { BUILD_TIMEOUT_MS, ensureBundles, ROOT } from '../support/bundles.js';
import { captureIo } from '../support/capture-io.js';
import { startIacmServer, type IacmServer, iacmServerEnv } from '../support/iacm-server.js';
import { fixturePath, PLANS, planModel } from '../support/real-report-models.js';
import { copyBundleAsImage, runPluginProcess } from '../plugin/support/plugin-bundle.js';

const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const PLAN = `test/fixtures/${PLANS.basic}`;

beforeAll(async () => {
  await ensureBundles();
}, BUILD_TIMEOUT_MS);

describe('the version', () => {
  it("is package.json's name and version, a semantic version", () => {
    expect(REPORTER_NAME).toBe(pkg.name);
    expect(VERSION).toBe(pkg.version);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  });

  it.each(['--version', '-V'])('iacm-report %s prints it alone on stdout', async (flag) => {
    const captured = captureIo({}, ROOT);
    expect(await main([flag], captured.io)).toBe(0);
    expect(captured.stdout()).toBe(`${pkg.version}\n`);
    expect(captured.stderr()).toBe('');
  });
});

describe("the event's trigger names the reporter", () => {
  it('beside the CI trigger, which it leaves as it was, in a body the schema accepts', async () => {
    const model = await planModel([PLANS.basic]);
    const context = await readCiContext(
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_RUN_ID: '9',
      },
      ROOT,
    );
    const event = buildEvent(model, context);
    expect(sendEventRequestSchema.parse(event)).toEqual(event);
    expect(event.metadata?.trigger).toEqual({
      source: 'github-actions',
      event: 'push',
      run_url: 'https://github.com/acme/infra/actions/runs/9',
      reporter: pkg.name,
      reporter_version: pkg.version,
    });
  });

  it('with no CI at all too', async () => {
    const event = buildEvent(await planModel([PLANS.basic]), {});
    expect(event.metadata?.trigger).toEqual({ reporter: pkg.name, reporter_version: pkg.version });
  });
});

describe('the bundles say which release ran', () => {
  it('the CLI bundle prints the version', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      join(ROOT, 'dist/cli/index.js'),
      '--version',
    ]);
    expect(stdout).toBe(`${pkg.version}\n`);
  });

  it('the Action logs it right after masking the secrets', async () => {
    const run = await runAction({ inputs: { plan: PLAN, 'dry-run': 'true' }, eventName: 'push' });
    expect(run.code).toBe(0);
    const log = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(log[0]).toBe(`${pkg.name} ${pkg.version}`);
    const event = JSON.parse(await readFile(run.outputs['payload-file'] ?? '', 'utf8')) as {
      metadata: { trigger: Record<string, unknown> };
    };
    expect(event.metadata.trigger).toMatchObject({ source: 'github-actions', reporter_version: pkg.version });
  });

  it('the plugin logs it before the summary', async () => {
    const image = copyBundleAsImage();
    try {
      const run = await runPluginProcess(
        image.entry,
        { PLUGIN_PLAN: fixturePath(PLANS.basic), PLUGIN_DRY_RUN: 'true' },
        ROOT,
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe(`${pkg.name} ${pkg.version}`);
    } finally {
      await rm(image.root, { recursive: true, force: true });
    }
  });
});

describe('the HTTP user agent', () => {
  let server: IacmServer;
  beforeAll(async () => {
    server = await startIacmServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('is name/version', async () => {
    const captured = captureIo(
      {
        ...iacmServerEnv(server),
      },
      ROOT,
    );
    expect(await main(['--plan', PLAN, '--quiet'], captured.io)).toBe(0);
    // The event and the activity lookup after it: every request names the release.
    expect(server.requests.length).toBeGreaterThan(0);
    expect([...new Set(server.requests.map((r) => r.headers['user-agent']))]).toEqual([
      `${pkg.name}/${pkg.version}`,
    ]);
  });
});
