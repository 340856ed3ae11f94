/** GitHub Action entry point (bundled by ncc into dist/action/index.js). All the work is in action/main.ts. */
import { run } from './action/main.js';

// run() never rejects: it reports every failure through core.setFailed itself.
void run();
