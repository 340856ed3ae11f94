/** Harness plugin container entry (bundled to dist/plugin/index.js). All logic lives in plugin/main.ts. */
import { run } from './plugin/main.js';

// Not a top-level await: ncc bundles TypeScript entries as CommonJS, where it does not parse.
// run() settles every error itself and only sets process.exitCode.
void run();
