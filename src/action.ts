/** GitHub Action entry point (bundled by ncc into dist/action/index.js). All the work is in action/main.ts. */
import { applyEngineSettings } from './run/engine-settings.js';
import { enter } from './terragrunt/reader-worker-entry.js';

// The reader's V8 settings, before the code that reads is loaded (run/engine-settings.ts).
applyEngineSettings();
// A Terragrunt reader thread runs this file again and serves unit reads instead.
// run() never rejects: it reports every failure through core.setFailed itself.
enter(import.meta.url, () => void import('./action/main.js').then((action) => action.run()));
