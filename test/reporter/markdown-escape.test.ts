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

  it('shows escape bytes, C0/C1 controls, zero-width and bidi characters as <U+XXXX>: nothing acts, nothing hides', () => {
    expect(escapeMarkdown('\u001b[1;31mred\u001b[0m')).toBe('&lt;U+001B&gt;\\[1;31mred&lt;U+001B&gt;\\[0m');
    expect(plainText('\u001b]8;;https://evil.example\u001b\\link')).toBe(
      '<U+001B>]8;;https://evil.example<U+001B>\\link',
    );
    expect(plainText('a\u009b31mb\u0007c\u0000d')).toBe('a<U+009B>31mb<U+0007>c<U+0000>d');
    expect(plainText('admin\u202e\u2066txt.exe')).toBe('admin<U+202E><U+2066>txt.exe');
    // Look-alikes read differently from what they imitate.
    for (const lookAlike of ['ma\u200bin', 'ma\u2060in', '\ufeffmain', 'ma\u00adin', 'ma\u200din']) {
      expect(escapeMarkdown(lookAlike), JSON.stringify(lookAlike)).not.toBe(escapeMarkdown('main'));
      expect(escapeMarkdown(lookAlike)).toMatch(/&lt;U\+[0-9A-F]{4}&gt;/);
    }
    // An emoji's variation selector is a glyph style, not a disguise.
    expect(plainText('\u26a0\ufe0f')).toBe('\u26a0\ufe0f');
  });

  it('makes no link of a bare URL or www. name (GitHub and GitLab autolink them)', () => {
    expect(escapeMarkdown('https://evil.example/x')).toBe('https:&#8203;//evil.example/x');
    expect(escapeMarkdown('see WWW.evil.example')).toBe('see WWW&#8203;.evil.example');
    expect(escapeMarkdown('ftp://a b')).toBe('ftp:&#8203;//a b');
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
