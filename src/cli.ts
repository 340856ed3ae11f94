#!/usr/bin/env node
/**
 * The `iacm-report` command's entry: a small loader for the CLI's bundle (cli/cli-start.ts, built
 * into one CommonJS file beside this one by scripts/cli-bundle.ts, undici into another). It runs
 * them through V8 with a code cache in the user's cache directory (cli/code-cache.ts): compiling
 * the bundle's code was most of a short run, such as a dry run on a small plan
 * (docs/performance.md). The files' names and content hashes are fixed by the build
 * (`CLI_BUNDLE`).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadWithCodeCache, worthCaching, type CachedBundle } from './cli/code-cache.js';
import { runKind } from './cli/run-kind.js';
import { inReaderThread } from './reader-thread.js';
import { applyEngineSettings } from './run/engine-settings.js';

interface BundleFile {
  readonly file: string;
  readonly hash: string;
}
declare const CLI_BUNDLE: { readonly main: BundleFile; readonly undici: BundleFile };

const mayWrite = (): boolean => !inReaderThread() && worthCaching(process.argv.slice(2), process.cpuUsage());
const kind = runKind(process.argv.slice(2));
const bundle = (file: BundleFile): CachedBundle => ({
  file: join(__dirname, file.file),
  hash: file.hash,
  mayWrite,
  kind,
});

// Before the bundle is compiled: V8 flags are the process's (reader threads included), and V8
// takes a code cache only under the flags it was made with (run/engine-settings.ts).
applyEngineSettings();
const nodeRequire = createRequire(__filename);
let undici: unknown;
// The bundle's `require`: Node's, but undici (external to the bundle, only sending needs it) is
// the file beside it, loaded the same way on first use.
const bundleRequire = (id: string): unknown =>
  id === 'undici' ? (undici ??= loadWithCodeCache(bundle(CLI_BUNDLE.undici))) : nodeRequire(id);
const { start } = loadWithCodeCache(bundle(CLI_BUNDLE.main), process.env, bundleRequire) as {
  start: (entryFile: string) => void;
};
// A path, not a URL: the first URL a process builds costs ~5 M instructions (node:internal/url).
start(__filename);
