/**
 * The CLI bundle (dist/cli), built with esbuild rather than ncc, for start-up (issue 29,
 * docs/performance.md): a dry run on a small plan spends most of its time loading code.
 * - Two files: `cli-main.js`, the whole CLI in one CommonJS file, and `index.js`, the loader
 *   (src/cli.ts) that runs it through V8 with a code cache in the user's cache directory
 *   (src/cli/code-cache.ts). One script, so one cache; CommonJS, because V8 compiles a script's
 *   functions only when they are first called, and a code cache taken at the end of a run holds
 *   them all. The loader knows the bundle by its content hash (`CLI_BUNDLE`): V8 itself checks
 *   only a source's length before it takes a cache.
 * - Lazy modules: each `import()` (the send path and undici, the merge, the other commands)
 *   becomes a module that runs only when called; V8 parses its functions only then (or never).
 * - Tree shaking: esbuild drops what nothing uses (most of zod's core: the schemas import zod's
 *   mini API as a namespace, src/zod-mini.ts); webpack under ncc keeps every function of a module.
 * - Plain ASCII out (`charset`): V8 then holds and scans the source as one-byte text, and the
 *   loader reads it as such.
 * - Each file is written as the function expression Node wraps a CommonJS module in (SCRIPT_HEAD,
 *   SCRIPT_TAIL): the loader compiles the text it read, with no second copy (code-cache.ts).
 * - Whitespace and comments dropped, identifiers kept: less text to read and scan, stack traces
 *   still readable. Without esbuild's `keepNames`: it wraps every function and class in a
 *   `__name(fn, "name")` call that runs each time one is made (2,000 calls and ~0.8 MB allocated
 *   in a demo dry run, closures made per zod schema the most). JavaScript names a class or
 *   function after the variable it is assigned to, so names stay as written unless bundling
 *   renames one to avoid a collision (`InputError2`): errors name themselves by their class
 *   (errors.ts), so the build fails if one of the CLI's classes was renamed (`renamedClasses`).
 *   undici (sending only) keeps `keepNames`: its own classes collide.
 * The output is a function of the sources and esbuild's version: `npm run build` stays
 * deterministic (scripts/check-dist.sh). The folder is emptied first, so no stale file remains.
 */
import { buildSync, type BuildOptions } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCRIPT_HEAD, SCRIPT_TAIL } from '../src/cli/code-cache.js';

/** The entries: the loader (dist/cli/index.js) and the CLI it loads (CLI_MAIN). */
export const CLI_LOADER_SOURCE = 'src/cli.ts';
export const CLI_MAIN_SOURCE = 'src/cli/cli-start.ts';

/** The CLI's bundle beside the loader (index.js). */
export const CLI_MAIN = 'cli-main.js';
/**
 * undici, a file of its own beside it: half of the CLI's code, needed only to send. A dry run
 * then neither reads it nor holds it as a string (~10 us a kB on the test machine).
 */
export const CLI_UNDICI = 'undici.js';

/**
 * The code's `import.meta.url` (unit-reader-pool.ts asks it only when run from sources): the
 * bundle's own file, as a URL built when first asked (a URL built at start-up costs ~5 M
 * instructions: docs/performance.md).
 */
const META_URL_BANNER =
  'var __cliMeta={get url(){return require("node:url").pathToFileURL(__filename).href}};';

const COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  charset: 'ascii',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  // Paths as the project names them (node_modules/x), whatever node_modules links to.
  preserveSymlinks: true,
  metafile: true,
  logLevel: 'warning',
};

/**
 * Classes of `code` whose name is not one the sources give (`class InputError`, `X = class`): the bundler
 * renamed them to avoid a collision between modules (`InputError2=class`), and without keepNames
 * their `name` would no longer be the one written.
 */
export function renamedClasses(code: string, sources: readonly string[]): string[] {
  const declaration = /\bclass\s+([\w$]+)|([\w$]+)\s*=\s*class\b/g;
  const declared = new Set(
    sources.flatMap((text) => [...text.matchAll(declaration)].map((m) => m[1] ?? m[2]!)),
  );
  const named = [...code.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)=class\b/g)].map((m) => m[1]!);
  return [...new Set(named)].filter((name) => !declared.has(name));
}

/** Builds src/cli.ts and its bundle into `outDir`; returns the bundled modules' paths (licences). */
export function buildCli(root: string, outDir: string): string[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const main = buildSync({
    ...COMMON,
    absWorkingDir: root,
    entryPoints: [CLI_MAIN_SOURCE],
    outfile: join(outDir, CLI_MAIN),
    define: { 'import.meta.url': '__cliMeta.url' },
    banner: { js: `${SCRIPT_HEAD}${META_URL_BANNER}` },
    footer: { js: SCRIPT_TAIL },
    // The loader's `require` answers 'undici' with the file beside it (src/cli.ts).
    external: ['undici'],
    // and `import('undici')` becomes that `require` (a script has no `import()`, see below).
    supported: { 'dynamic-import': false },
  });
  const undici = buildSync({
    ...COMMON,
    absWorkingDir: root,
    entryPoints: ['node_modules/undici/index.js'],
    // Its classes collide across its modules (Client2, Pool2, ...): their names are kept.
    keepNames: true,
    outfile: join(outDir, CLI_UNDICI),
    banner: { js: SCRIPT_HEAD },
    footer: { js: SCRIPT_TAIL },
  });
  const hashes = [CLI_MAIN, CLI_UNDICI].map((file) => {
    const code = readFileSync(join(outDir, file), 'latin1');
    const sources = () =>
      Object.keys(main.metafile!.inputs).map((input) => readFileSync(join(root, input), 'utf8'));
    const renamed = file === CLI_MAIN ? renamedClasses(code, sources()) : [];
    if (renamed.length > 0) throw new Error(`${file}: classes renamed by the bundler: ${renamed.join(', ')}`);
    // The loader compiles them as scripts, where an `import()` would have no module loader to ask.
    if (/\bimport\(/.test(code)) throw new Error(`${file} holds an import(): the loader cannot run it`);
    return createHash('sha256').update(code).digest('hex').slice(0, 16);
  });
  const loader = buildSync({
    ...COMMON,
    absWorkingDir: root,
    entryPoints: [CLI_LOADER_SOURCE],
    outfile: join(outDir, 'index.js'),
    define: {
      CLI_BUNDLE: JSON.stringify({
        main: { file: CLI_MAIN, hash: hashes[0] },
        undici: { file: CLI_UNDICI, hash: hashes[1] },
      }),
    },
  });
  // CommonJS whatever package.json above them says.
  writeFileSync(join(outDir, 'package.json'), '{\n  "type": "commonjs"\n}\n');
  const inputs = [main, undici, loader].flatMap((result) => Object.keys(result.metafile!.inputs));
  return [...new Set(inputs)].sort();
}
