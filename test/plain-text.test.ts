import { describe, expect, it } from 'vitest';
import { plainText } from '../src/plain-text.js';

const ESC = '\u001b';

describe('plainText', () => {
  it('removes CSI, OSC and other escape sequences', () => {
    expect(plainText(`${ESC}[1;31mred${ESC}[0m`)).toBe('red');
    expect(plainText(`${ESC}]0;title\u0007name`)).toBe('name');
    expect(plainText(`${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\`)).toBe('link');
    expect(plainText(`\u009b31mx`)).toBe('x');
  });

  it('removes C0/C1 controls and bidi overrides that disguise a name', () => {
    expect(plainText('a\u009b31mb\u0007c\u0000d')).toBe('abcd');
    expect(plainText('admin\u202e\u2066txt.exe')).toBe('admintxt.exe');
  });

  it('turns line breaks and tabs into single spaces', () => {
    expect(plainText('one\r\ntwo\tthree')).toBe('one two three');
    expect(plainText('a\u2028b')).toBe('a b');
  });
});
