/**
 * The CLI loader's code cache (src/cli/code-cache.ts): where it lives, that a damaged or
 * unwritable cache only costs a normal compile, and that V8 takes the cache a run left. The loads
 * run in processes of their own (the cache is written when a process ends).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cacheDirectory,
  pruneCaches,
  readBundleAndCache,
  SCRIPT_HEAD,
  SCRIPT_TAIL,
  worthCaching,
  writeCache,
} from '../../src/cli/code-cache.js';

const MODULE = fileURLToPath(new URL('../../src/cli/code-cache.ts', import.meta.url));
const dirs: string[] = [];
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'code-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The cache's data as a load takes it (beside a small bundle), or undefined when it is not whole. */
function readCache(file: string): Buffer | undefined {
  const bundle = join(temp(), 'bundle.js');
  writeFileSync(bundle, 'module.exports = 1;\n');
  return readBundleAndCache(bundle, file).cached;
}

describe('cacheDirectory', () => {
  it("is the user's cache folder on each platform", () => {
    expect(cacheDirectory({ HOME: '/home/u' }, 'linux')).toBe('/home/u/.cache/iacm-reporter');
    expect(cacheDirectory({ HOME: '/home/u', XDG_CACHE_HOME: '/x' }, 'linux')).toBe('/x/iacm-reporter');
    expect(cacheDirectory({ HOME: '/Users/u' }, 'darwin')).toBe('/Users/u/Library/Caches/iacm-reporter');
    expect(cacheDirectory({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32')).toMatch(
      /AppData.Local.iacm-reporter$/,
    );
  });

  it('is none without a home, with relative paths, or when Node is told not to cache', () => {
    expect(cacheDirectory({}, 'linux')).toBeUndefined();
    expect(cacheDirectory({ HOME: 'relative' }, 'linux')).toBeUndefined();
    // A relative XDG_CACHE_HOME is to be ignored (the XDG base directory specification).
    expect(cacheDirectory({ HOME: '/home/u', XDG_CACHE_HOME: 'x' }, 'linux')).toBe(
      '/home/u/.cache/iacm-reporter',
    );
    expect(cacheDirectory({ HOME: '/home/u', NODE_DISABLE_COMPILE_CACHE: '1' }, 'linux')).toBeUndefined();
  });
});

describe('the cache file', () => {
  it('reads back what was written, and nothing from a short file', () => {
    const file = join(temp(), 'deep', 'er', 'a.v8cache');
    const data = Buffer.from('some cached data, as V8 would give it');
    expect(writeCache(file, data)).toBe(true);
    expect(readCache(file)).toEqual(data);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 3));
    expect(readCache(file)).toBeUndefined();
    writeFileSync(file, '');
    expect(readCache(file)).toBeUndefined();
    expect(readCache(join(file, 'missing'))).toBeUndefined();
  });

  it('is taken only whole: a length or layout mark that does not match, or the old layout, gives nothing', () => {
    // The data's bytes are V8's to check (--verify-snapshot-checksum): a damaged cache of the
    // right length is refused by V8 (loadWithCodeCache, below).
    const file = join(temp(), 'a.v8cache');
    const data = Buffer.from('x'.repeat(100));
    expect(writeCache(file, data)).toBe(true);
    const bytes = readFileSync(file);
    expect(bytes.length).toBe(8 + data.length);
    const longer = Buffer.concat([bytes, Buffer.from('y')]);
    writeFileSync(file, longer);
    expect(readCache(file)).toBeUndefined();
    const wrongLength = Buffer.from(bytes);
    wrongLength.writeUInt32LE(data.length - 1, 4);
    writeFileSync(file, wrongLength);
    expect(readCache(file)).toBeUndefined();
    const otherMark = Buffer.from(bytes);
    otherMark.writeUInt32LE(0x12345678, 0);
    writeFileSync(file, otherMark);
    expect(readCache(file)).toBeUndefined();
    // Before: a CRC-32, then the data.
    writeFileSync(file, Buffer.concat([bytes.subarray(0, 4), data]));
    expect(readCache(file)).toBeUndefined();
  });

  it('reads the bundle and its cache into one buffer, the data 8-byte aligned (or V8 copies it)', () => {
    const dir = temp();
    const bundle = join(dir, 'bundle.js');
    const text0 = 'module.exports = 42;\n';
    writeFileSync(bundle, text0);
    const file = join(dir, 'a.v8cache');
    const data = Buffer.from('z'.repeat(text0.length + 500));
    writeCache(file, data);
    const { text, cached } = readBundleAndCache(bundle, file);
    expect(text).toBe(text0);
    expect(cached).toEqual(data);
    expect(cached!.byteOffset % 8).toBe(0);
    expect(readBundleAndCache(bundle, join(dir, 'missing'))).toEqual({ text: text0 });
    expect(readBundleAndCache(bundle, undefined)).toEqual({ text: text0 });
    writeFileSync(file, 'short');
    expect(readBundleAndCache(bundle, file)).toEqual({ text: text0 });
  });

  it('is not written where it cannot be, and nothing is left behind', () => {
    const blocker = join(temp(), 'a-file');
    writeFileSync(blocker, '');
    expect(writeCache(join(blocker, 'x.v8cache'), Buffer.from('x'))).toBe(false);
    const dir = temp();
    expect(writeCache(join(dir, 'sub'), Buffer.from('x'))).toBe(true);
    // A folder where the file should go: the rename fails, the temporary file is removed.
    expect(writeCache(join(dir), Buffer.from('x'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['sub']);
  });

  it('keeps the newest files of the folder only', () => {
    const dir = temp();
    for (let i = 0; i < 5; i++) {
      writeFileSync(join(dir, `cli-${i}.v8cache`), 'x');
      utimesSync(join(dir, `cli-${i}.v8cache`), 1000 + i, 1000 + i);
    }
    writeFileSync(join(dir, 'other.txt'), 'x');
    pruneCaches(dir, 2);
    expect(readdirSync(dir).sort()).toEqual(['cli-3.v8cache', 'cli-4.v8cache', 'other.txt']);
  });
});

/** Loads `bundle` through loadWithCodeCache in a process of its own; its stdout. */
function load(bundle: string, cacheHome: string, extra: Record<string, string> = {}): string {
  const script = [
    `const { loadWithCodeCache } = await import(${JSON.stringify(MODULE)});`,
    `const out = loadWithCodeCache({ file: ${JSON.stringify(bundle)}, hash: 'h1', mayWrite: () => true });`,
    'console.log(out.answer(20));',
  ].join('\n');
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: '/nonexistent', XDG_CACHE_HOME: cacheHome, ...extra },
  });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  return child.stdout;
}

describe('loadWithCodeCache', () => {
  const BUNDLE = [
    "'use strict';",
    'function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }',
    'exports.answer = (n) => `${fib(n)} ${require("node:path").basename(__filename)} ${typeof module}`;',
  ].join('\n');

  it('runs the bundle as a CommonJS module, leaves a cache when the run ends, and takes it next time', () => {
    const dir = temp();
    const bundle = join(dir, 'bundle.js');
    writeFileSync(bundle, BUNDLE);
    const home = join(dir, 'cache');
    expect(load(bundle, home)).toBe('6765 bundle.js object\n');
    const [file, ...others] = readdirSync(join(home, 'iacm-reporter'));
    expect(others).toEqual([]);
    expect(file).toMatch(/^cli-h1-nodev\d+\.\d+\.\d+-\w+-[0-9a-f]{8}\.v8cache$/);
    const cache = join(home, 'iacm-reporter', file!);
    const first = readFileSync(cache);
    utimesSync(cache, 1000, 1000);
    // Taken: not written again (a refused cache is replaced when the run ends).
    expect(load(bundle, home)).toBe('6765 bundle.js object\n');
    expect(statSync(cache).mtimeMs).toBe(1000 * 1000);
    expect(readFileSync(cache)).toEqual(first);
  });

  it('runs a bundle written as the CommonJS wrapper (as the build writes it) the same, cache and all', () => {
    const dir = temp();
    const bundle = join(dir, 'bundle.js');
    writeFileSync(bundle, `${SCRIPT_HEAD}${BUNDLE}${SCRIPT_TAIL}\n`);
    const home = join(dir, 'cache');
    expect(load(bundle, home)).toBe('6765 bundle.js object\n');
    const [file] = readdirSync(join(home, 'iacm-reporter'));
    const cache = join(home, 'iacm-reporter', file!);
    utimesSync(cache, 1000, 1000);
    // Taken from the cache (not written again): the text compiled is the file's, unwrapped.
    expect(load(bundle, home)).toBe('6765 bundle.js object\n');
    expect(statSync(cache).mtimeMs).toBe(1000 * 1000);
  });

  it('compiles as usual from a damaged cache, and replaces it', () => {
    const dir = temp();
    const bundle = join(dir, 'bundle.js');
    writeFileSync(bundle, BUNDLE);
    const home = join(dir, 'cache');
    load(bundle, home);
    const [file] = readdirSync(join(home, 'iacm-reporter'));
    const cache = join(home, 'iacm-reporter', file!);
    const good = readFileSync(cache);
    const bad = Buffer.from(good);
    for (let i = 40; i < bad.length; i += 97) bad[i] = bad[i]! ^ 0x5a;
    writeFileSync(cache, bad);
    expect(load(bundle, home)).toBe('6765 bundle.js object\n');
    expect(readFileSync(cache)).not.toEqual(bad);
    expect(readCache(cache)).toBeDefined();
    // One flipped bit anywhere in the data: V8's own checksum refuses it (without the flag V8
    // checks only the length, and such a byte crashes its deserialiser or runs damaged code).
    for (const at of [0.3, 0.6, 0.95]) {
      const one = Buffer.from(good);
      const i = 8 + Math.floor((one.length - 8) * at);
      one[i] = one[i]! ^ 0x04;
      writeFileSync(cache, one);
      utimesSync(cache, 1000, 1000);
      expect(load(bundle, home)).toBe('6765 bundle.js object\n');
      // Refused, so replaced by the run.
      expect(statSync(cache).mtimeMs).not.toBe(1000 * 1000);
      expect(readFileSync(cache)).not.toEqual(one);
    }
    // Another source (V8 checks only its length, the name holds its hash): V8 refuses the data.
    writeFileSync(bundle, BUNDLE.replace('fib(n - 2)', 'fib(n - 2) '));
    expect(load(bundle, home)).toBe('6765 bundle.js object\n');
  });

  it('runs with no cache folder, an unwritable one, or the cache turned off', () => {
    const dir = temp();
    const bundle = join(dir, 'bundle.js');
    writeFileSync(bundle, BUNDLE);
    writeFileSync(join(dir, 'blocker'), '');
    expect(load(bundle, 'relative')).toBe('6765 bundle.js object\n');
    expect(load(bundle, join(dir, 'blocker'))).toBe('6765 bundle.js object\n');
    expect(load(bundle, join(dir, 'off'), { NODE_DISABLE_COMPILE_CACHE: '1' })).toBe(
      '6765 bundle.js object\n',
    );
    expect(readdirSync(dir).sort()).toEqual(['blocker', 'bundle.js']);
  });
});

describe('worthCaching', () => {
  const cpu = (ms: number): NodeJS.CpuUsage => ({ user: ms * 700, system: ms * 300 });
  it('writes after a short run', () => {
    expect(worthCaching(['report', '--plan', 'p.json', '--dry-run'], cpu(120))).toBe(true);
  });
  it('writes nothing after help or version: they compile little', () => {
    expect(worthCaching(['--version'], cpu(50))).toBe(false);
    expect(worthCaching(['report', '--help'], cpu(50))).toBe(false);
  });
  it('writes nothing after a long run (its memory is at its peak; its start-up a small part of it)', () => {
    expect(worthCaching(['report', '--plan', 'big.json', '--dry-run'], cpu(999))).toBe(true);
    expect(worthCaching(['report', '--plan', 'big.json', '--dry-run'], cpu(1_000))).toBe(false);
  });
});
