/**
 * The CLI bundle (dist/cli), built with esbuild rather than ncc, for start-up (issue 29,
 * docs/performance.md): a dry run on a small plan spends most of its time loading code.
 * - Tree shaking: esbuild drops what nothing uses (most of zod's core: the schemas import zod's
 *   mini API as a namespace, src/zod-mini.ts); webpack under ncc keeps every function of a module.
 * - Split at each `import()`: a dry run loads the report's chunks, not the send path, undici, the
 *   merge or the other commands (main.ts, run-report.ts load those when a run needs them). Code
 *   shared by lazy chunks lands in one chunk, never copied into two.
 * - Plain ASCII out (`charset`): Node decodes a UTF-8 file with other characters slowly and V8
 *   then holds and scans the source as two-byte text; escapes cost nothing.
 * - Whitespace and comments dropped, names kept (`keepNames`: errors name themselves by their
 *   class, errors.ts): less text to read and scan, stack traces still readable.
 * The output is a function of the sources and esbuild's version: `npm run build` stays
 * deterministic (scripts/check-dist.sh). The folder is emptied first, so no stale chunk remains.
 */
import { buildSync } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Bundled code that calls `require` (CommonJS packages such as undici) finds Node's, for the ES
 * module the bundle is.
 */
const REQUIRE_BANNER =
  "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);";

/** Builds src/cli.ts into `outDir`; returns the bundled modules' paths (for the licence notices). */
export function buildCli(root: string, outDir: string): string[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: { index: 'src/cli.ts' },
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    charset: 'ascii',
    legalComments: 'none',
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    // Paths as the project names them (node_modules/x), whatever node_modules links to.
    preserveSymlinks: true,
    banner: { js: REQUIRE_BANNER },
    metafile: true,
    logLevel: 'warning',
  });
  // The chunks are ES modules whatever package.json above them says.
  writeFileSync(join(outDir, 'package.json'), '{\n  "type": "module"\n}\n');
  return Object.keys(result.metafile.inputs).sort();
}
