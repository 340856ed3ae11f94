/** Harness plugin container entry (bundled to dist/plugin/index.js). All logic lives in plugin/main.ts. */
import { applyEngineSettings } from './run/engine-settings.js';
import { enter } from './terragrunt/reader-worker-entry.js';

// Not a top-level await: ncc bundles TypeScript entries as CommonJS, where it does not parse.
// The reader's V8 settings, before the code that reads is loaded (run/engine-settings.ts).
applyEngineSettings();
// A Terragrunt reader thread runs this file again and serves unit reads instead.
// run() settles every error itself and only sets process.exitCode.
enter(import.meta.url, () => void import('./plugin/main.js').then((plugin) => plugin.run()));
