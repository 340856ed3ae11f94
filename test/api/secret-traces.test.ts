/**
 * Issue 23 (acceptance audit): the key is redacted in what our own writers make of it, not only as
 * given. A real Harness key (`pat.<account>.<token>.<secret>`, account ids hold `_` and `-`) that a
 * pull-request author writes into a unit folder comes out of Markdown escaping as `pat.px7\_…`, and
 * a cut (a long name, the commit message at 1,000 characters) keeps all of it but its last
 * characters. Neither may pass the redaction.
 */
import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets, scrubSecrets } from '../../src/api/redact.js';
import { codeSpan, escapeMarkdown } from '../../src/reporter/markdown-escape.js';
import { clipMiddle } from '../../src/plain-text.js';

const KEY = 'pat.px7xd_BFRCi-pfWPYXVjvw.0123456789abcdef01234567.ZZse_cret*ZZ99';

/** No run of 8 characters of the key survives. */
function expectNoPiece(text: string): void {
  for (let i = 0; i + 8 <= KEY.length; i++) {
    expect(text.replace(/\\|&#8203;|\u200b/g, ''), `piece ${KEY.slice(i, i + 8)}`).not.toContain(
      KEY.slice(i, i + 8),
    );
  }
}

describe('redactSecrets on what our writers make of the key', () => {
  it('escaped for Markdown (backslashes before _ and *)', () => {
    const markdown = `| unit | ${codeSpan(`live/${KEY}/app`)} |\n- ${escapeMarkdown(KEY)}\n`;
    expect(markdown).toContain('px7xd\\_BFRCi'); // what the escape writes
    const out = redactSecrets(markdown, [KEY]);
    expectNoPiece(out);
    expect(out).toBe(`| unit | <code>live/${REDACTED}/app</code> |\n- ${REDACTED}\n`);
  });

  it('with zero-width spaces inside www. and ://', () => {
    const key = 'pat.acct.www.secret://x';
    const out = redactSecrets(`name ${escapeMarkdown(key)} end`, [key]);
    expect(out).toBe(`name ${REDACTED} end`);
  });

  it('cut in the middle of a long name, escaped or not, at any cut', () => {
    for (let pad = 0; pad < 120; pad += 7) {
      const name = `${'m'.repeat(pad)}${KEY}${'n'.repeat(120 - pad)}`;
      for (const max of [40, 60, 90]) {
        expectNoPiece(redactSecrets(clipMiddle(name, max), [KEY]));
        expectNoPiece(redactSecrets(codeSpan(name, max), [KEY]));
      }
    }
  });

  it('leaves ordinary text and ellipses alone', () => {
    const text = 'pat… 3 more not shown; …cret is a word; pat.px7 stays';
    expect(redactSecrets(text, [KEY])).toBe(text);
  });
});

describe('scrubSecrets on a field cut before the body is built', () => {
  it('the commit message cut at 1,000 characters keeps no piece of the key', () => {
    for (const cut of [1, 5, 20, KEY.length - 5]) {
      const message = `${'x'.repeat(999 - (KEY.length - cut))}${KEY.slice(0, KEY.length - cut)}…`;
      const body = scrubSecrets({ git_commit_message: message, other: 'plain' }, [KEY]);
      expectNoPiece(JSON.stringify(body));
      expect(body.git_commit_message.endsWith(`${REDACTED}…`)).toBe(true);
    }
  });

  it('returns the value itself when nothing was cut or holds the key', () => {
    const value = { a: 'one… two', b: ['x'] };
    expect(scrubSecrets(value, [KEY])).toBe(value);
  });
});
