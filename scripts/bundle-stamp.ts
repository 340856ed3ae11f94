/**
 * The stamp of the committed bundles: dist/bundles.sha256 holds a hash of the sources the bundles
 * were built from (src/, package.json, the lock file, tsconfig.json, the build scripts) and a hash
 * of the bundles themselves. `npm run build` writes it last; the tests and .ci/run read it, so a
 * fresh clone whose dist/ is the build of its sources runs the committed bundles and bundles
 * nothing.
 *
 *   tsx scripts/bundle-stamp.ts write   after a build (the build script does it)
 *   tsx scripts/bundle-stamp.ts check   exit 1 when dist/ is not the build of the sources
 *
 * Paths are hashed relative to the repository, in code-unit order, so the stamp is the same in
 * every checkout. The stamp proves only that the bundles are the ones a build of these sources
 * wrote; that a build writes exactly these bytes is scripts/check-dist.sh's proof (CI runs both).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const STAMP_FILE = join(ROOT, 'dist/bundles.sha256');
export const BUNDLE_NAMES = ['cli', 'action', 'plugin'] as const;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function hashFiles(files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    const rel = relative(ROOT, file).split('\\').join('/');
    hash
      .update(`${rel}\0`)
      .update(await readFile(file))
      .update('\0');
  }
  return hash.digest('hex');
}

/**
 * What the bundles are built from. package.json too: they carry its name and version; and the
 * build scripts, which choose the bundler and rewrite ncc's output (ascii-bundle.ts).
 */
export async function sourceHash(): Promise<string> {
  const entries = await readdir(join(ROOT, 'src'), { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  files.push(join(ROOT, 'package.json'), join(ROOT, 'package-lock.json'), join(ROOT, 'tsconfig.json'));
  for (const script of ['build-bundle.ts', 'cli-bundle.ts', 'ascii-bundle.ts'])
    files.push(join(ROOT, 'scripts', script));
  return hashFiles(files.sort((a, b) => byCodeUnits(relative(ROOT, a), relative(ROOT, b))));
}

/** Every file of the three bundle folders (the stamp aside), or 'missing' without an entry file. */
export async function bundleHash(): Promise<string> {
  const files: string[] = [];
  for (const name of BUNDLE_NAMES) {
    const dir = join(ROOT, 'dist', name);
    if (!existsSync(join(dir, 'index.js'))) return 'missing';
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    files.push(...entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)));
  }
  return hashFiles(files.sort((a, b) => byCodeUnits(relative(ROOT, a), relative(ROOT, b))));
}

export async function currentStamp(): Promise<string> {
  return `sources ${await sourceHash()}\nbundles ${await bundleHash()}\n`;
}

/** True when dist/ holds the bundles a build of the current sources wrote. */
export async function bundlesFresh(): Promise<boolean> {
  if (!existsSync(STAMP_FILE)) return false;
  return (await readFile(STAMP_FILE, 'utf8')) === (await currentStamp());
}

export async function writeStamp(): Promise<void> {
  await writeFile(STAMP_FILE, await currentStamp());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const command = process.argv[2];
  if (command === 'write') {
    await writeStamp();
  } else if (command === 'check') {
    if (!(await bundlesFresh())) {
      console.error(
        'dist/ is not the build of these sources (dist/bundles.sha256 differs): run `npm run build` and commit dist/.',
      );
      process.exit(1);
    }
    console.log('dist/bundles.sha256 matches the sources and the bundles.');
  } else {
    console.error('usage: tsx scripts/bundle-stamp.ts write|check');
    process.exit(2);
  }
}
