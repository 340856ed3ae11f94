/**
 * The hashed sets and lists the plan reader keeps per entry (src/plan/hash-index.ts): what they
 * answer must be what a Set or an array of strings would answer, through growth and strikes.
 */
import { describe, expect, it } from 'vitest';
import { HashIndex, HashList, MAX_HASH_VALUE } from '../../src/plan/hash-index.js';

describe('HashIndex', () => {
  it('holds texts with a small value, like a Map, past many growths', () => {
    const index = new HashIndex();
    const reference = new Map<string, number>();
    for (let i = 0; i < 50_000; i++) {
      const text = `module.m[${i % 7}].null_resource.r["${i}"]`;
      const value = i % (MAX_HASH_VALUE + 1);
      index.set(text, value);
      reference.set(text, value);
    }
    // Values replaced, not added.
    for (let i = 0; i < 50_000; i += 3) {
      const text = `module.m[${i % 7}].null_resource.r["${i}"]`;
      index.set(text, 1);
      reference.set(text, 1);
    }
    expect(index.size).toBe(reference.size);
    for (const [text, value] of reference) expect(index.get(text)).toBe(value);
    expect(index.get('null_resource.absent')).toBe(-1);
    expect(index.get('')).toBe(-1);
    index.set('', 0);
    expect(index.get('')).toBe(0);
  });
});

describe('HashIndex past the deepest split', () => {
  it('keeps every text exactly when more than a page share their first hash bits', () => {
    // Pages may split twice only: four pages of 448, the rest must go to the overflow.
    const index = new HashIndex(2);
    const list = new HashList();
    for (let i = 0; i < 5_000; i++) {
      index.set(`t${i}`, i % 7);
      list.push(`t${i}`);
    }
    index.set('t42', 5);
    expect(index.size).toBe(5_000);
    for (let i = 0; i < 5_000; i++) expect(index.get(`t${i}`)).toBe(i === 42 ? 5 : i % 7);
    expect(index.get('t5000')).toBe(-1);
    expect(list.countIn(index, 0)).toBe(5_000);
  });
});

describe('HashList', () => {
  it('counts what is in an index, past chunk ends, without the struck-out ranges', () => {
    const drifted = new HashIndex();
    const list = new HashList();
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      list.push(i % 10 === 0 ? null : `r${i}`);
      if (i % 3 === 0) drifted.set(`r${i}`, 0);
    }
    const live = (i: number, from: number, struck: [number, number][]): boolean =>
      i >= from && i % 10 !== 0 && !struck.some(([a, b]) => i >= a && i < b);
    const struck: [number, number][] = [
      [8_190, 8_200],
      [100_000, 150_000],
      [120_000, 130_000],
    ];
    for (const [a, b] of struck) list.strike(a, b);
    for (const from of [0, 8_192, 65_536, 199_999]) {
      let all = 0;
      let inIndex = 0;
      for (let i = 0; i < n; i++) {
        if (!live(i, from, struck)) continue;
        all++;
        if (i % 3 === 0) inIndex++;
      }
      expect(list.countFrom(from)).toBe(all);
      expect(list.countIn(drifted, from)).toBe(inIndex);
    }
    expect(list.size).toBe(n);
  });

  it('becomes an index of its texts with their values, the last value of a repeat', () => {
    const list = new HashList();
    for (let i = 0; i < 20_000; i++) list.push(i % 5 === 0 ? null : `o${i}`, i % 32);
    list.push('o1', 3);
    const index = list.toIndex();
    expect(index.size).toBe(16_000);
    expect(index.get('o1')).toBe(3);
    expect(index.get('o2')).toBe(2);
    expect(index.get('o19999')).toBe(19_999 % 32);
    expect(index.get('o0')).toBe(-1);
  });
});
