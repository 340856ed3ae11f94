/**
 * zod's mini API, the one every schema on a report's path is written in (`import * as z from
 * '../zod-mini.js'`). Why not classic zod (`schema.min(1).optional()`): its schemas carry every
 * method, so a bundle that imports it compiles all of zod (~450 kB) and a run builds its schemas
 * in that code, tens of ms of every start-up (issue 29, docs/performance.md); the mini API's
 * functions (`z.optional(z.string().check(z.minLength(1)))`) let the bundler keep only what the
 * schemas use. The parse is zod's same core: the same checks, issues and messages.
 *
 * Classic zod sets two defaults on its first schema, which mini leaves to the caller, so they are
 * set here, once, as classic does: English messages (the words our errors quote) and the memoizer
 * containers use. No module of ours loads classic zod any more; one that did (a test, a script)
 * would find them set and keep them.
 */
import { config, globalConfig, memoizer } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';

if (!globalConfig.localeError) config(en());
if (!globalConfig.memoizer) config({ memoizer: memoizer() });

// Re-exported whole so each schema file can `import * as z from '../zod-mini.js'`: a namespace
// import, unlike zod/mini's own `z` object, lets the bundler drop the functions no schema uses.
export * from 'zod/mini';
