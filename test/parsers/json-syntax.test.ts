/**
 * findJsonFault accepts exactly what JSON.parse accepts, and where it refuses, the text before the
 * fault is a prefix JSON.parse could still complete (the fault is the first wrong place).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonFault } from '../../src/inputs/json-syntax.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON texts, then edited at one place: a character inserted, removed or replaced. */
const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\\',
  'u',
  '0',
  '1',
  '-',
  '.',
  'e',
  'E',
  '+',
  't',
  'true',
  'null',
  'false',
  ' ',
  '\n',
  '\t',
  'a',
  '\u0001',
  'x',
  '/',
];
const edited = fc
  .tuple(
    fc.json({ maxDepth: 4 }),
    fc.nat(),
    fc.constantFrom(...TOKENS),
    fc.constantFrom('insert', 'remove', 'replace'),
  )
  .map(([text, at, token, how]) => {
    const i = at % (text.length + 1);
    if (how === 'insert') return text.slice(0, i) + token + text.slice(i);
    if (how === 'remove') return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i) + token + text.slice(i + token.length);
  });
const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((parts) => parts.join(''));

describe('findJsonFault', () => {
  it('finds no fault exactly where JSON.parse accepts the text', () => {
    fc.assert(
      fc.property(fc.oneof(edited, soup, fc.json()), (text) => {
        const found = findJsonFault(text);
        expect(found === undefined).toBe(parses(text));
        // Everything before the fault reads as the start of a document: it is the first fault.
        if (found !== undefined && !found.problem.startsWith('more data')) {
          expect(findJsonFault(text.slice(0, found.index))?.problem).toMatch(/^the text ends/);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('puts the fault at the first wrong place: lines and columns as an editor counts them', () => {
    expect(findJsonFault('{"a": 1,\n "b": 2\n "c": 3}')).toMatchObject({
      line: 3,
      column: 2,
      problem: 'a character where a comma or } belongs',
    });
    expect(findJsonFault('[1, 2]\n]')).toMatchObject({
      line: 2,
      column: 1,
      problem: 'more data after the end of the JSON document',
    });
    expect(findJsonFault('{"a": [1, 2}')).toMatchObject({
      column: 12,
      problem: 'a character where a comma or ] belongs',
    });
    expect(findJsonFault('{"a": 01}')).toMatchObject({ column: 7 });
    expect(findJsonFault('{"a": "\\x"}')).toMatchObject({
      column: 8,
      problem: 'an invalid escape sequence in a string',
    });
    expect(findJsonFault('[' + '['.repeat(100_000))).toMatchObject({ index: 100_001 });
  });
});
