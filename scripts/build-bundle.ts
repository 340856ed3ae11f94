/**
 * Builds one bundle (dist/cli, dist/action or dist/plugin), then writes beside it the licence
 * notices of every package it holds: the bundle ships their code, so it ships their notices too
 * (MIT and the like ask for that). ncc's own `--license` file names only some of them (for the
 * Action bundle it named undici alone, not zod, picomatch or @actions/*), so the list is taken
 * from the bundler's record of this very build: every module it bundled under node_modules/.
 *
 * The Action and the plugin are built with ncc. The CLI is built with esbuild (cli-bundle.ts):
 * its start-up is most of a short run, and esbuild drops the code nothing calls (webpack, under
 * ncc, keeps it unless it minifies), which halves what a dry run compiles (issue 29). ncc's
 * output is printed again in ASCII only (ascii-bundle.ts; the CLI's esbuild build writes ASCII
 * itself): V8 then holds the source as one-byte strings, half the memory.
 *
 *   tsx scripts/build-bundle.ts cli|action|plugin
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiBundle } from './ascii-bundle.js';
import { buildCli } from './cli-bundle.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const LICENSE_FILE = 'THIRD_PARTY_LICENSES.txt';
const NAMES = ['cli', 'action', 'plugin'];
/** The entry file a build of src/<bundle>.ts writes. */
export function bundleEntry(bundle: string): string {
  return join(ROOT, 'dist', bundle, 'index.js');
}

const LICENSE_NAME = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

interface Stats {
  readonly modules?: readonly StatsModule[];
}
interface StatsModule {
  readonly name?: string;
  readonly modules?: readonly StatsModule[];
}

/** The package folders (relative to the repository, e.g. `node_modules/@actions/core`) of the modules. */
export function packageDirs(stats: Stats): string[] {
  const dirs = new Set<string>();
  const walk = (modules: readonly StatsModule[] | undefined): void => {
    for (const module of modules ?? []) {
      // `./node_modules/a/node_modules/@s/b/x.js`: the package is the innermost one.
      const match = /^(?:\.\/)?((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(module.name ?? '');
      if (match?.[1] !== undefined) dirs.add(match[1]);
      walk(module.modules);
    }
  };
  walk(stats.modules);
  return [...dirs].sort();
}

/** One notice: the package, its version and licence, and the text of each licence file it ships. */
export function notice(dir: string): string {
  const abs = join(ROOT, dir);
  const pkg = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: unknown;
  };
  const files = readdirSync(abs)
    .filter((name) => LICENSE_NAME.test(name))
    .sort();
  if (files.length === 0) {
    throw new Error(`${pkg.name}@${pkg.version} (${dir}) ships no licence file: write its notice by hand`);
  }
  const texts = files.map((name) => readFileSync(join(abs, name), 'utf8').trim());
  return `${pkg.name}@${pkg.version} (${typeof pkg.license === 'string' ? pkg.license : 'see below'})\n\n${texts.join('\n\n')}\n`;
}

export function licenseText(bundle: string, dirs: readonly string[]): string {
  const header =
    `Third-party software in dist/${bundle}/index.js (and the chunks beside it), bundled by ${bundle === 'cli' ? 'esbuild' : 'ncc'}.\n` +
    `Each package below is named with its version and licence, followed by its own licence text.\n`;
  const rule = `\n${'='.repeat(78)}\n`;
  return [header, ...dirs.map(notice)].join(rule);
}

function build(bundle: string): void {
  if (bundle === 'cli') {
    const modules = buildCli(ROOT, dirname(bundleEntry(bundle)));
    const dirs = packageDirs({ modules: modules.map((name) => ({ name })) });
    writeFileSync(join(dirname(bundleEntry(bundle)), LICENSE_FILE), licenseText(bundle, dirs));
    return;
  }
  // ncc writes into a fresh folder beside dist/<bundle>, which replaces the old one only once the
  // build has succeeded: ncc never empties its output folder (a chunk `<id>.index.js` this build no
  // longer has would stay, unloaded, in the shipped dist/), and a failed build (ncc type-checks
  // the tests too) must leave the committed bundle whole rather than half deleted.
  const out = dirname(bundleEntry(bundle));
  const staging = mkdtempSync(join(dirname(out), `.${bundle}-build-`));
  const stats = join(mkdtempSync(join(tmpdir(), 'ncc-stats-')), 'stats.json');
  try {
    const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js');
    const args = ['build', `src/${bundle}.ts`, '-o', staging, '-q', '--no-source-map-register'];
    const run = spawnSync(process.execPath, [ncc, ...args, '--stats-out', stats], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (run.status !== 0) {
      console.error(`ncc failed (exit ${run.status ?? run.signal}): dist/${bundle} is left as it was.`);
      process.exitCode = run.status ?? 1;
      return;
    }
    // One-byte source strings in V8: half the memory for the loaded code (ascii-bundle.ts).
    asciiBundle(staging);
    const dirs = packageDirs(JSON.parse(readFileSync(stats, 'utf8')) as Stats);
    writeFileSync(join(staging, LICENSE_FILE), licenseText(bundle, dirs));
    // mkdtemp made the folder 0700: the image's user (not root) and the runner read it.
    chmodSync(staging, 0o755);
    rmSync(out, { recursive: true, force: true });
    renameSync(staging, out);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(join(stats, '..'), { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bundle = process.argv[2] ?? '';
  if (!NAMES.includes(bundle)) {
    console.error(`usage: tsx scripts/build-bundle.ts ${NAMES.join('|')}`);
    process.exit(2);
  }
  build(bundle);
}
