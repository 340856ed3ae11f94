import { describe, expect, it } from 'vitest';
import { plainText, wellFormedJson } from '../src/plain-text.js';

const ESC = '\u001b';

describe('plainText', () => {
  it('shows the ESC of CSI, OSC and other escape sequences, which leaves them inert text', () => {
    expect(plainText(`${ESC}[1;31mred${ESC}[0m`)).toBe('<U+001B>[1;31mred<U+001B>[0m');
    expect(plainText(`${ESC}]0;title\u0007name`)).toBe('<U+001B>]0;title<U+0007>name');
    expect(plainText(`\u009b31mx`)).toBe('<U+009B>31mx');
  });

  it('shows C0/C1 controls, zero-width and bidi characters that would disguise a name', () => {
    expect(plainText('a\u0008b\u0000d')).toBe('a<U+0008>b<U+0000>d');
    expect(plainText('admin\u202e\u2066txt.exe')).toBe('admin<U+202E><U+2066>txt.exe');
    expect(plainText('ma\u200bin \ufeffmain ma\u2060in')).toBe('ma<U+200B>in <U+FEFF>main ma<U+2060>in');
  });

  it('turns line breaks and tabs into single spaces', () => {
    expect(plainText('one\r\ntwo\tthree')).toBe('one two three');
    expect(plainText('a\u2028b')).toBe('a b');
  });
});

describe('wellFormedJson', () => {
  it('gives back the very value when nothing needs cleaning (no copy of a large event)', () => {
    const event = { units: [{ path_id: 'a', outputs: { x: '1' } }], note: 'ok', n: 3 };
    expect(wellFormedJson(event)).toBe(event);
  });

  it('copies only the way to a lone surrogate, keeps the members before it and never mutates', () => {
    const untouched = { path_id: 'a' };
    const event = { first: untouched, units: [untouched, { name: 'x\ud800y' }], ['\udc00key']: 1 };
    const clean = wellFormedJson(event);
    expect(clean).not.toBe(event);
    expect(JSON.stringify(clean)).toBe(
      JSON.stringify({
        first: { path_id: 'a' },
        units: [{ path_id: 'a' }, { name: 'x\ufffdy' }],
        '\ufffdkey': 1,
      }),
    );
    expect(clean.first).toBe(untouched);
    expect(clean.units[0]).toBe(untouched);
    expect(event.units[1]).toEqual({ name: 'x\ud800y' });
  });

  it('keeps a key named __proto__ a key, in a copy too', () => {
    const value = JSON.parse('{"__proto__":"\\ud800","b":1}') as Record<string, unknown>;
    expect(JSON.stringify(wellFormedJson(value))).toBe('{"__proto__":"\ufffd","b":1}');
  });
});
