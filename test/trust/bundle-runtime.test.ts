/**
 * Which Node the bundles run on, and which Node they need.
 *
 * `npm test` runs every bundle on the suite's Node (20); `npm run test:node24` runs the bundle
 * tests (this file, the Action, the plugin and the trust tests) again with IACM_BUNDLE_NODE set to
 * Node 24 from tools/node24, the runtime action.yml (`node24`) and the Dockerfile (`node:24`)
 * declare. The first test proves the bundles really ran on the Node asked for.
 *
 * `npm ci` on Node 20 warns EBADENGINE for content-type@3.1.1 (it asks for Node >= 22). It is
 * reached only through @actions/github (@octokit/request), so it is in the Action bundle alone,
 * which runs on node24; the CLI and the plugin carry none of it, so `engines` (>= 20.18) holds for
 * what users run with their own Node. The Action bundle's tests pass on both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_NODE, bundleNodeVersion } from '../support/bundle-node.js';
import { BUILD_TIMEOUT_MS, ensureBundles, ROOT, runCli } from './support/entries.js';

beforeAll(() => ensureBundles(['cli', 'action', 'plugin']), BUILD_TIMEOUT_MS);

describe('the Node the bundles run on', () => {
  it("is the one this run asked for (IACM_BUNDLE_NODE_MAJOR), else the suite's own", () => {
    const version = bundleNodeVersion();
    const major = process.env['IACM_BUNDLE_NODE_MAJOR'];
    if (major === undefined || major === '') expect(version).toBe(process.version);
    else expect(version, BUNDLE_NODE).toMatch(new RegExp(`^v${major}\\.`));
  });

  it('runs the CLI bundle there', async () => {
    const run = await runCli([
      '--plan',
      'test/fixtures/plans/terraform-json/testdata/110_basic/plan.json',
      '--dry-run',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ event_type: 'plan' });
  });
});

describe('the Node the bundles need', () => {
  const bundleText = (entry: string): string =>
    readdirSync(join(ROOT, 'dist', entry))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(ROOT, 'dist', entry, file), 'utf8'))
      .join('\n');
  const CONTENT_TYPE = './node_modules/content-type/';

  it('package.json engines: Node 20.18 or later (20.x), for the CLI', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toMatch(/^>=20\.18(\.\d+)?$/);
  });

  it('content-type (engines: Node >= 22) is in no bundle since Octokit left; the Action still declares node24', () => {
    expect(bundleText('cli')).not.toContain(CONTENT_TYPE);
    expect(bundleText('plugin')).not.toContain(CONTENT_TYPE);
    expect(bundleText('action')).not.toContain(CONTENT_TYPE);
    expect(readFileSync(join(ROOT, 'action.yml'), 'utf8')).toMatch(/^\s+using: ['"]?node24['"]?\s*$/m);
    expect(readFileSync(join(ROOT, 'Dockerfile'), 'utf8')).toMatch(/^FROM node:24\b/m);
  });
});
