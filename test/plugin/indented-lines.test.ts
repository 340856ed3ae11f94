/**
 * The plugin's dry-run preview indents a body read in pieces (src/plugin/indented-lines.ts): its
 * lines and their count must be those of `JSON.stringify(JSON.parse(body), null, 2)`, wherever
 * the pieces are cut, on a real merged body and on the shapes a body can take.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { indentedLines } from '../../src/plugin/indented-lines.js';
import { jsonWithoutRunnerCommands } from '../../src/runner-commands.js';

async function* cut(text: string, at: readonly number[]): AsyncIterable<string> {
  let from = 0;
  for (const to of [...at].sort((a, b) => a - b)) {
    yield await Promise.resolve(text.slice(from, to));
    from = to;
  }
  yield text.slice(from);
}

async function check(text: string, at: readonly number[] = []): Promise<void> {
  const expected = JSON.stringify(JSON.parse(text), null, 2).split('\n');
  const got = await indentedLines(cut(text, at), 20);
  expect(got.first).toEqual(expected.slice(0, 20));
  expect(got.total).toBe(expected.length);
}

it('indents a real plan body as parse-and-stringify does, in any pieces', async () => {
  const plan = await readFile(
    fileURLToPath(new URL('../fixtures/terragrunt/create-with-outputs.json', import.meta.url)),
    'utf8',
  );
  const text = jsonWithoutRunnerCommands(JSON.stringify(JSON.parse(plan)));
  await check(text);
  await check(text, [1, 7, 100, Math.floor(text.length / 2), text.length - 1]);
});

it('indents any JSON value as parse-and-stringify does, wherever the pieces are cut', async () => {
  await check('{"a":[],"b":{},"c":[{}],"d":"x\\"y\\\\","e":-1.5e3,"f":null,"g":true,"h":"\\u005b"}');
  await check('[]');
  await check('"\\u2028"', [1, 2, 3]);
  await fc.assert(
    fc.asyncProperty(fc.jsonValue(), fc.array(fc.nat()), async (value, at) => {
      const text = JSON.stringify(value);
      await check(
        text,
        at.map((n) => n % (text.length + 1)),
      );
    }),
    { numRuns: 300 },
  );
});
