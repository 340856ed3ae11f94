/**
 * The npm package as a user gets it: `npm pack` the checkout (after the bundles are built), then
 * `npm install -g` that tarball into an empty prefix with the network shut (`--offline`, an empty
 * cache and a registry on a closed loopback port, so a dependency the bundle forgot would fail the
 * install instead of being fetched), and run the installed `iacm-report` from a folder outside
 * the repository.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { sendEventRequestSchema } from '../../src/reporter/event-schema.js';
import { BUILD_TIMEOUT_MS, ensureBundles, ROOT } from '../support/bundles.js';
import { closedPort } from '../support/net-helpers.js';

const run = promisify(execFile);
const FIXTURE = 'test/fixtures/plans/terraform-json/testdata/110_basic/plan.json';

interface PackResult {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly { readonly path: string }[];
}

let work: string;
let packed: PackResult;
let tarball: string;
let npmEnv: NodeJS.ProcessEnv;
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
};

beforeAll(async () => {
  await ensureBundles();
  work = await mkdtemp(join(tmpdir(), 'iacm-npm-'));
  // Nothing from the developer's npm set-up may help the install: own cache, own (empty) config.
  await writeFile(join(work, 'npmrc'), '');
  npmEnv = {
    PATH: process.env['PATH'],
    HOME: work,
    npm_config_userconfig: join(work, 'npmrc'),
    npm_config_cache: join(work, 'cache'),
    npm_config_registry: `http://127.0.0.1:${await closedPort()}/`,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  // --ignore-scripts: the bundles are built already (above), and packing must not rebuild them.
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: ROOT,
    env: npmEnv,
    maxBuffer: 16 * 1024 * 1024,
  });
  const results = JSON.parse(stdout) as PackResult[];
  expect(results).toHaveLength(1);
  packed = results[0] as PackResult;
  tarball = join(work, packed.filename);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the npm tarball', () => {
  it('holds the CLI bundle, README, LICENSE and CHANGELOG, and nothing else', async () => {
    const files = packed.files.map((f) => f.path).sort();
    const bundle = files.filter((f) => f.startsWith('dist/cli/'));
    const others = files.filter((f) => !f.startsWith('dist/cli/'));
    expect(others).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']);
    // The whole bundle folder: the loader's bundle files (`cli-main.js`, `undici.js`, `cli-reader.js`) and its
    // package.json (`"type": "commonjs"`) must travel with index.js, or the installed command breaks.
    const { stdout } = await run('git', ['ls-files', '--', 'dist/cli'], { cwd: ROOT });
    const built = stdout.split('\n').filter((line) => line !== '');
    expect(built.length).toBeGreaterThan(1);
    expect(bundle).toEqual(expect.arrayContaining(built));
    expect(bundle).toContain(pkg.bin['iacm-report']);
    for (const file of files) expect(file).not.toMatch(/^(src|test|scripts|examples|\.github)\/|\.ts$/);
  });

  it('declares no runtime dependencies: the bundle carries them', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('is small: the size docs/cli.md states', () => {
    // docs/cli.md quotes these; this bound only catches a tarball that swallowed a folder.
    expect(packed.size).toBeLessThan(1_500_000);
    expect(packed.unpackedSize).toBeLessThan(5_000_000);
  });
});

describe('installed from the tarball, offline, into an empty prefix', () => {
  let prefix: string;
  let bin: string;
  let elsewhere: string;

  beforeAll(async () => {
    prefix = join(work, 'prefix');
    await mkdir(prefix);
    await run('npm', ['install', '--global', '--offline', '--prefix', prefix, tarball], {
      cwd: work,
      env: npmEnv,
    });
    bin = join(prefix, 'bin', 'iacm-report');
    elsewhere = join(work, 'project');
    await mkdir(elsewhere);
    await copyFile(join(ROOT, FIXTURE), join(elsewhere, 'plan.json'));
  }, 120_000);

  it('links an executable iacm-report to the installed copy, not to this checkout', async () => {
    expect(((await stat(bin)).mode & 0o111) !== 0).toBe(true);
    const target = await realpath(bin);
    expect(relative(prefix, target).startsWith('..')).toBe(false);
    expect(relative(ROOT, target).startsWith('..')).toBe(true);
    // The shebang is what lets the shell run the file the link points at.
    expect((await readFile(target, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints the package version', async () => {
    const { stdout } = await run(bin, ['--version'], { cwd: elsewhere, env: { PATH: npmEnv['PATH'] } });
    expect(stdout).toBe(`${pkg.version}\n`);
  });

  it('runs a dry run on a real plan and names itself in the event', async () => {
    const { stdout, stderr } = await run(bin, ['--plan', 'plan.json', '--dry-run'], {
      cwd: elsewhere,
      env: { PATH: npmEnv['PATH'] },
    });
    const body = sendEventRequestSchema.parse(JSON.parse(stdout));
    const plan = await readPlanFile(join(ROOT, FIXTURE));
    expect(body.event_type).toBe('plan');
    expect(body.metadata?.resource_counts).toEqual(plan.resourceCounts);
    expect(body.metadata?.resource_counts?.added).toBe(7);
    expect(body.metadata?.trigger).toMatchObject({ reporter: pkg.name, reporter_version: pkg.version });
    expect(stderr).toContain('Resources');
  });
});
