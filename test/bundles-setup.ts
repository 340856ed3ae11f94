/**
 * vitest global setup of the e2e project: the bundles its tests run are the build of the current
 * sources before any test file starts (nothing is built when the committed stamp says so).
 */
import { ensureBundles } from './support/bundles.js';

export default async function setup(): Promise<void> {
  await ensureBundles();
}
