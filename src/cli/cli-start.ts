/**
 * The CLI bundle's entry (dist/cli/cli-main.js, loaded by the `iacm-report` loader, src/cli.ts,
 * with its code cache). `entryUrl` is the loader's file: the one a Terragrunt reader thread runs
 * again, so that it too compiles from the cache; there it serves unit reads instead.
 */
import { enter } from '../terragrunt/reader-worker-entry.js';

export function start(entryUrl: string): void {
  enter(entryUrl, () => void import('./cli-process.js'));
}
