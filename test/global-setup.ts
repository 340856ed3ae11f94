/** vitest global setup: the bundles the tests run are built once, before any test file starts. */
import { ensureBundles } from './support/bundles.js';

export default async function setup(): Promise<void> {
  await ensureBundles();
}
