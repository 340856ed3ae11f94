/**
 * Each bundle ships the licence notices of the packages it holds, in THIRD_PARTY_LICENSES.txt
 * beside index.js (written by scripts/build-bundle.ts from ncc's stats of the build). The packages
 * a bundle must name are found here another way: the packages the entry's sources import (type-only
 * imports aside), and what those depend on, resolved through package-lock.json as Node resolves
 * them. So a new dependency, a dependency's new dependency or a second copy of one is caught
 * without a list to keep. The npm tarball (dist/cli/) and the image (dist/plugin/) carry the file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LICENSE_FILE } from '../../scripts/build-bundle.js';
import { CLI_MAIN_SOURCE } from '../../scripts/cli-bundle.js';
import { contextPathOf, readDockerfile } from '../plugin/support/dockerfile.js';
import { BUILD_TIMEOUT_MS, ensureBundles, ROOT } from '../support/bundles.js';

interface LockPackage {
  readonly version?: string;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly dev?: boolean;
}
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockPackage>;
};

/** Value imports (`import x from`, `import { a, type B } from`, `export … from`, `import('x')`), not `import type`. */
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)'|import\(\s*'([^']+)'\s*\)/g;

/** The packages the entry's sources import, by name (the CLI's loader loads its bundle by file). */
function importedPackages(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [
    join(ROOT, 'src', `${entry}.ts`),
    ...(entry === 'cli' ? [join(ROOT, CLI_MAIN_SOURCE)] : []),
  ];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!specifier.startsWith('node:')) {
        const parts = specifier.split('/');
        packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string));
      }
    }
  }
  return packages;
}

/** Where Node finds `name` from the package in `from` (a lock key, '' for the project). */
function resolveIn(from: string, name: string): string {
  for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
    const key = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`;
    if (lock.packages[key] !== undefined) return key;
    if (dir === '')
      throw new Error(`${name} (needed by ${from || 'the project'}) is not in package-lock.json`);
  }
}

/** The lock keys (package folders) of the entry's packages and all they depend on. */
function expectedPackages(entry: string): string[] {
  const found = new Set<string>();
  const pending = [...importedPackages(entry)].map((name) => resolveIn('', name));
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (found.has(key)) continue;
    found.add(key);
    const pkg = lock.packages[key] as LockPackage;
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      pending.push(resolveIn(key, dep));
    }
  }
  return [...found].sort();
}

function licenceTexts(key: string): string[] {
  const dir = join(ROOT, key);
  return readdirSync(dir)
    .filter((name) => /^(licen[cs]e|copying|notice)([.-].*)?$/i.test(name))
    .map((name) => readFileSync(join(dir, name), 'utf8').trim());
}

beforeAll(async () => {
  await ensureBundles();
}, BUILD_TIMEOUT_MS);

describe.each(['cli', 'action', 'plugin'])('dist/%s', (entry) => {
  it(`holds ${LICENSE_FILE}: every package the bundle carries, with its version and licence text`, () => {
    const file = join(ROOT, 'dist', entry, LICENSE_FILE);
    expect(existsSync(file), `${file}: run npm run build`).toBe(true);
    const text = readFileSync(file, 'utf8');
    const expected = expectedPackages(entry);
    // zod and undici are in every bundle: an empty derivation would prove nothing.
    expect(expected).toEqual(expect.arrayContaining(['node_modules/undici', 'node_modules/zod']));
    for (const key of expected) {
      const { version } = lock.packages[key] as LockPackage;
      const { name } = JSON.parse(readFileSync(join(ROOT, key, 'package.json'), 'utf8')) as { name: string };
      expect(text, key).toMatch(new RegExp(`^${name.replace(/[/.]/g, '\\$&')}@${version} \\(`, 'm'));
      const licences = licenceTexts(key);
      expect(licences.length, `${key} ships a licence file`).toBeGreaterThan(0);
      for (const licence of licences) expect(text, key).toContain(licence);
    }
    // Nothing named that the entry cannot hold (a stale file from another build).
    const named = [...text.matchAll(/^(@?[^@\s]+)@(\d\S*) \(/gm)].map((m) => `${m[1]}@${m[2]}`);
    expect(named).toHaveLength(expected.length);
  });
});

describe('where the notices travel', () => {
  it('the plugin image copies the file beside the bundle it runs', () => {
    const dockerfile = readDockerfile(ROOT);
    expect(contextPathOf(dockerfile, `/app/dist/plugin/${LICENSE_FILE}`)).toBe(`dist/plugin/${LICENSE_FILE}`);
  });

  it("the npm package's files take in dist/cli/ whole", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files.some((entry) => `dist/cli/${LICENSE_FILE}`.startsWith(entry))).toBe(true);
  });
});
