/**
 * The CLI bundle's entry (dist/cli/cli-main.js, loaded by the `iacm-report` loader, src/cli.ts,
 * with its code cache). `entryFile` is the loader's file (its absolute path): the one a Terragrunt
 * reader thread runs again, so that it too compiles from the cache; there it serves unit reads
 * instead.
 */
import { enter } from '../terragrunt/reader-worker-entry.js';

export function start(entryFile: string): void {
  enter(entryFile, () => void import('./cli-process.js'));
}
