#!/usr/bin/env node
/**
 * The `iacm-report` command's entry: a small loader. It turns on Node's compile cache where the
 * runtime has it (Node >= 22.1; Node 20 has not), then loads the CLI as a chunk of its own
 * (cli/cli-process.ts), so that the cache covers the bulk of the bundle: compiling ~1 MB of
 * JavaScript is most of a dry run's start-up, and the cache only helps modules loaded after it is
 * enabled. The cache lives in Node's default place (NODE_COMPILE_CACHE, else the temp directory)
 * and is keyed by the file's content: a stale or missing cache only costs a normal compile.
 */
import nodeModule from 'node:module';
import { keepYoungGenerationSmall } from './cli/young-generation.js';
import { limitOptimizerInlining } from './cli/optimizer-budget.js';
import { enter } from './terragrunt/reader-worker-entry.js';

// Absent before Node 22.1 (the types are Node 20's); a failure only means no cache.
const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
try {
  enable?.();
} catch {
  // No cache: the CLI runs the same, compiled as usual.
}
// Not a top-level await: `ncc build -t` bundles TypeScript entries as CommonJS, where it does not
// parse (the same reason as in plugin.ts). The loaded module reports its own errors.
// A Terragrunt reader thread runs this file again and serves unit reads instead.
enter(import.meta.url, () => {
  // On the main thread, before the CLI's modules allocate anything and before any reader thread
  // starts (V8's flags are the process's): see young-generation.ts (peak memory on large plans)
  // and optimizer-budget.ts (CPU spent compiling).
  keepYoungGenerationSmall();
  limitOptimizerInlining();
  void import('./cli/cli-process.js');
});
