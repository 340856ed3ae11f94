#!/usr/bin/env node
/**
 * The `iacm-report` command's entry: a small loader for the CLI's bundle (cli/cli-start.ts, built
 * into one CommonJS file beside this one by scripts/cli-bundle.ts). It runs the bundle through
 * V8 with a code cache in the user's cache directory (cli/code-cache.ts): compiling the bundle's
 * code was most of a short run, such as a dry run on a small plan (docs/performance.md).
 * The bundle's file name and content hash are fixed by the build (`CLI_BUNDLE`).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { loadWithCodeCache } from './cli/code-cache.js';
import { keepYoungGenerationSmall } from './cli/young-generation.js';

declare const CLI_BUNDLE: { readonly file: string; readonly hash: string };

/** Runs that compile little of the CLI (help, version) would leave a cache that holds little. */
const SHORT_RUN = new Set(['--help', '-h', '--version', '-V']);

// Before the bundle is compiled: V8 flags are the process's (reader threads included), and V8
// takes a code cache only under the flags it was made with (young-generation.ts: peak memory).
if (isMainThread) keepYoungGenerationSmall();
const { start } = loadWithCodeCache({
  file: join(__dirname, CLI_BUNDLE.file),
  hash: CLI_BUNDLE.hash,
  mayWrite: () => isMainThread && !process.argv.slice(2).some((arg) => SHORT_RUN.has(arg)),
}) as { start: (entryUrl: string) => void };
start(pathToFileURL(__filename).href);
