import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedMap } from '../../src/inputs/bounded-map.js';
import { compareCodeUnits, pathSegments, suffixScore, UnitPathIndex } from '../../src/inputs/path-match.js';
import { unitOf } from '../../src/terragrunt/terragrunt-discover.js';

describe('pathSegments', () => {
  it.each([
    ['live/prod/vpc', ['live', 'prod', 'vpc']],
    ['./live//prod/', ['live', 'prod']],
    ['C:\\ci\\live\\prod', ['ci', 'live', 'prod']],
    ['../../examples/terragrunt/dev', ['examples', 'terragrunt', 'dev']],
    ['/abs/x', ['abs', 'x']],
    ['.', []],
  ])('%s', (path, expected) => {
    expect(pathSegments(path)).toEqual(expected);
  });
});

describe('suffixScore', () => {
  it('matches when one path ends the other, scoring the shared segments', () => {
    expect(suffixScore(['ci', 'live', 'prod', 'vpc'], ['live', 'prod', 'vpc'])).toBe(4);
    expect(suffixScore(['prod', 'vpc'], ['live', 'prod', 'vpc'])).toBe(3);
    expect(suffixScore(['staging', 'vpc'], ['prod', 'vpc'])).toBe(0);
    expect(suffixScore([], [])).toBe(1);
    expect(suffixScore(['x'], [])).toBe(0);
  });

  it('is symmetric', () => {
    const seg = fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 5 });
    fc.assert(fc.property(seg, seg, (a, b) => suffixScore(a, b) === suffixScore(b, a)));
  });
});

describe('UnitPathIndex', () => {
  const index = new UnitPathIndex(['live/prod/vpc', 'live/dev/vpc', 'prod/vpc', 'mgmt/iam', '.']);

  it.each([
    ['/home/ci/repo/live/prod/vpc', { kind: 'matched', pathId: 'live/prod/vpc', score: 4 }],
    ['live/dev/vpc', { kind: 'matched', pathId: 'live/dev/vpc', score: 4 }],
    ['iam', { kind: 'matched', pathId: 'mgmt/iam', score: 2 }],
    ['vpc', { kind: 'ambiguous', pathIds: ['live/dev/vpc', 'live/prod/vpc', 'prod/vpc'] }],
    ['other/stage/vpc', { kind: 'none' }],
    ['.', { kind: 'matched', pathId: '.', score: 1 }],
    ['mgmt\\iam', { kind: 'matched', pathId: 'mgmt/iam', score: 3 }],
  ])('%s', (path, expected) => {
    expect(index.match(path)).toEqual(expected);
  });

  it('prefers the exact unit of two that a path names equally well', () => {
    expect(index.match('prod/vpc')).toEqual({ kind: 'matched', pathId: 'prod/vpc', score: 3 });
    expect(index.match('x/prod/vpc')).toEqual({ kind: 'matched', pathId: 'prod/vpc', score: 3 });
  });
});

describe('unitOf', () => {
  it.each([
    ['live/app/tfplan.json', 1, { pathId: 'live/app', inCache: false }],
    ['live/app/.terragrunt-cache/abc/def/tfplan.json', 1, { pathId: 'live/app', inCache: true }],
    ['live/app/.terragrunt-cache/abc/def/modules/vpc/tfplan.json', 1, { pathId: 'live/app', inCache: true }],
    ['tfplan.json', 1, { pathId: '.', inCache: false }],
    ['.terragrunt-cache/a/b/tfplan.json', 1, { pathId: '.', inCache: true }],
    ['live/app/out/tfplan.json', 2, { pathId: 'live/app', inCache: false }],
  ])('%s', (path, depth, expected) => {
    expect(unitOf(path, depth)).toEqual(expected);
  });
});

describe('compareCodeUnits', () => {
  it('orders by code unit, not locale (uppercase before lowercase, "-" before "/")', () => {
    expect(['b', 'B', 'a-b', 'a/b', 'ä'].sort(compareCodeUnits)).toEqual(['B', 'a-b', 'a/b', 'b', 'ä']);
  });
});

describe('boundedMap', () => {
  it('keeps input order, runs every item, and reports failures in input order', async () => {
    const delays = [30, 5, 20, 1, 10];
    const { values, errors } = await boundedMap(delays, 2, async (ms, i) => {
      await new Promise((r) => setTimeout(r, ms));
      if (i === 3 || i === 1) throw new Error(`item ${i}`);
      return ms * 2;
    });
    expect(values).toEqual([60, undefined, 40, undefined, 20]);
    expect(errors.map((e) => e.index)).toEqual([1, 3]);
  });

  it('handles no items and odd limits', async () => {
    expect(await boundedMap([], 8, () => Promise.resolve(1))).toEqual({ values: [], errors: [] });
    expect((await boundedMap([1, 2], 0, (x) => Promise.resolve(x))).values).toEqual([1, 2]);
  });
});
