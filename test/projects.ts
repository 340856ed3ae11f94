/**
 * Which test files are end-to-end: those that run a bundle (dist/cli, dist/action, dist/plugin)
 * or its process, found by their imports. A file is end-to-end when it imports
 * test/support/bundles.ts, directly or through a helper that does (action-bundle.ts,
 * plugin-bundle.ts, the trust entries...), so a new bundle test lands in the right project
 * without a list to keep. Every other test file is a unit test: it never waits for a bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const IMPORT = /(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g;

export function endToEndFiles(root: string): string[] {
  const testDir = join(root, 'test');
  const files = readdirSync(testDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
  const imports = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    imports.set(
      file,
      [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'))),
    );
  }
  const runsBundles = new Set([join(testDir, 'support/bundles.ts')]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [file, targets] of imports) {
      if (!runsBundles.has(file) && targets.some((t) => runsBundles.has(t))) {
        runsBundles.add(file);
        grew = true;
      }
    }
  }
  return [...runsBundles]
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => relative(root, file).split('\\').join('/'))
    .sort();
}
