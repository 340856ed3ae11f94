/**
 * scripts/ascii-bundle.ts: a bundle printed again in ASCII only keeps every value its code makes
 * (strings, templates, regular expressions, names and keys), and is pure ASCII, so V8 holds its
 * source as a one-byte string.
 */
import { describe, expect, it } from 'vitest';
import { asciiCode } from '../../scripts/ascii-bundle.js';

const CODE = [
  '// a comment that says ≤ and →',
  "const café = 'a — b';",
  'const line = `x → ${café} 😀`;',
  'const re = /[é😀]+/u;',
  "const keyed = { 'ключ': /—/.test('—'), /* ≥ */ n: 1 };",
  "export default [café, line, re.test('😀é'), re.test('e'), keyed, Object.keys(keyed), 'é'.length, '😀'.length];",
  '',
].join('\n');

async function valuesOf(code: string): Promise<unknown> {
  return ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown }).default;
}

describe('asciiCode', () => {
  it('writes only ASCII and keeps what the code computes', async () => {
    const ascii = asciiCode(CODE);
    expect([...ascii].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(ascii).toContain('\\u2014');
    const before = await valuesOf(CODE);
    expect(await valuesOf(ascii)).toEqual(before);
    expect(before).toEqual(['a — b', 'x → a — b 😀', true, false, { ключ: true, n: 1 }, ['ключ', 'n'], 1, 2]);
  });

  it('refuses String.raw, whose raw text an escape would change', () => {
    expect(() => asciiCode('export default String.raw`a — b`;')).toThrow(/String\.raw/);
  });
});
