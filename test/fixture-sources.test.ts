/**
 * The repository carries its own test data: every fixture folder says where each of its files
 * came from (SOURCES.md / README.md), and no test, script or source file reads outside the
 * repository.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIRS, FIXTURES_DIR, fixtureList, realJsonFiles } from './support/fixtures.js';

const ROOT = join(FIXTURES_DIR, '../..');

describe('test/fixtures', () => {
  it('scanner/SOURCES.md names every file in the folder, and only those', () => {
    const sources = readFileSync(join(FIXTURE_DIRS.scanner, 'SOURCES.md'), 'utf8');
    const listed = [
      ...sources.matchAll(/^- `([^`]+)` — \S+ `[^`]+` @ `[0-9a-f]{12}` \((MPL-2\.0|Apache-2\.0|MIT); /gm),
    ].map((m) => m[1]);
    const files = fixtureList('**/*', FIXTURE_DIRS.scanner)
      .map((file) => relative(FIXTURE_DIRS.scanner, file))
      .filter((file) => file !== 'SOURCES.md');
    expect(listed.sort()).toEqual(files.sort());
  });

  it('every folder has its SOURCES.md or README.md', () => {
    for (const dir of readdirSync(FIXTURES_DIR, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      const notes = readdirSync(join(FIXTURES_DIR, dir.name)).filter((f) =>
        /^(SOURCES|README|NOTICE)\.md$/.test(f),
      );
      expect(notes, dir.name).not.toEqual([]);
    }
  });

  it('the real JSON files are there (a clone alone has them all)', () => {
    expect(realJsonFiles().length).toBeGreaterThan(400);
  });

  it('a fixture list that matches nothing fails rather than passing empty', () => {
    expect(() => fixtureList('no-such-folder/**/*.json', FIXTURES_DIR)).toThrow(/no fixture matches/);
  });
});

describe('nothing reads outside the repository', () => {
  it('no file under test/, scripts/ or src/ names a path out of the checkout', () => {
    const offenders: string[] = [];
    for (const top of ['test', 'scripts', 'src']) {
      for (const file of fixtureList('**/*.{ts,mjs,js,sh}', join(ROOT, top))) {
        if (file === fileURLToPath(import.meta.url)) continue; // names the patterns below
        const text = readFileSync(file, 'utf8');
        // `../shared`, a sibling checkout, or this machine's /work/...: data a clone alone lacks.
        if (/\.\.\/shared\b|(^|['"`\s])\/work\/|(\.\.\/){4,}/m.test(text))
          offenders.push(relative(ROOT, file));
      }
    }
    expect(offenders).toEqual([]);
  });
});
