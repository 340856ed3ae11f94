/**
 * Rewrites a bundle's JavaScript files (ncc's output) as pure ASCII, non-ASCII characters written
 * as escapes: `—` in a string becomes `\u2014`, the same string at run time.
 *
 * Why: V8 keeps each module's source text in memory for as long as the module lives (functions
 * are compiled lazily from it). A source with a single character past U+00FF (a dash or an arrow
 * in a message or a comment) is held as a two-byte string: the CLI's two large chunks took 2.3 MB
 * of heap instead of 1.2 MB, and Node decodes them the slow way first. esbuild prints the code
 * again with `charset: 'ascii'` (escapes in strings, templates, regular expressions and names,
 * where it knows the grammar); what it leaves are characters in the comments it keeps, which are
 * then escaped as text, harmless there. One construct would change: a tagged template's raw text
 * (`String.raw`), which sees the escape instead of the character; no bundle has one, and a file
 * with one is refused rather than changed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const NON_ASCII = /[\u0080-\uffff]/g;

/** One file's code, printed again in ASCII only. */
export function asciiCode(code: string): string {
  if (/String\.raw\s*`/.test(code)) throw new Error('String.raw in a bundle: its raw text would change');
  const printed = transformSync(code, { loader: 'js', charset: 'ascii', logLevel: 'error' }).code;
  // Only comments can still hold non-ASCII characters here (esbuild escapes everything else).
  return printed.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Every `.js` file directly in `dir` (a bundle's entry and its chunks), rewritten in place. */
export function asciiBundle(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js')) continue;
    const file = join(dir, name);
    writeFileSync(file, asciiCode(readFileSync(file, 'utf8')));
  }
}
