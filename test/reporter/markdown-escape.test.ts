import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/reporter/markdown-escape.js';
import { plainText } from '../../src/plain-text.js';

describe('escapeMarkdown', () => {
  it.each([
    ['aws_instance.web["a|b"]', 'aws\\_instance.web\\["a&#124;b"\\]'],
    ['x`y<z>&', 'x&#96;y&lt;z&gt;&amp;'],
    ['a\nb\r\nc\td', 'a b c d'],
    ['- not a list', '\\- not a list'],
    ['12. not a list', '12\\. not a list'],
    ['1.9.5', '1.9.5'],
    ['@org/team', '@&#8203;org/team'],
    [
      '**bold** _em_ ~del~ [link](x) ![img](y) # h',
      '\\*\\*bold\\*\\* \\_em\\_ \\~del\\~ \\[link\\](x) \\!\\[img\\](y) \\# h',
    ],
    ['&#96; already an entity', '&amp;\\#96; already an entity'],
    ['    indented', 'indented'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('strips ANSI colour, OSC hyperlinks, C1 controls and bidi overrides', () => {
    expect(escapeMarkdown('\u001b[1;31mred\u001b[0m')).toBe('red');
    expect(plainText('\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\')).toBe('link');
    expect(plainText('a\u009b31mb\u0007c\u0000d')).toBe('abcd');
    expect(plainText('admin\u202e\u2066txt.exe')).toBe('admintxt.exe');
  });

  it('cuts long names in the middle (their end tells them apart), never splitting a surrogate pair', () => {
    expect(escapeMarkdown('abcdefgh', 5)).toBe('ab…gh');
    expect(escapeMarkdown('😀😀😀😀', 4)).toBe('…😀');
  });

  it('leaves no raw HTML, pipe, backtick or line break, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        const out = escapeMarkdown(input);
        // eslint-disable-next-line no-control-regex
        expect(out).not.toMatch(/[<>`|\n\r\u001b]/);
        // Every `&` starts one of our entities.
        expect(out.replace(/&(amp|lt|gt|#96|#124|#8203);/g, '')).not.toContain('&');
      }),
      { numRuns: 500 },
    );
  });
});
