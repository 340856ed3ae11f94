/**
 * `mkdir -p`, without Node's `mkdir(dir, { recursive: true })`: under /proc (and other pseudo
 * file systems) that call spins at 100% CPU forever, because mkdir there answers ENOENT for a
 * folder whose parent exists (issue 23: `--spool-dir /proc/nope`). Here each missing folder, from
 * the first one that exists down, is made once, and the first failure is thrown as it is.
 */
import { mkdir, stat } from './lazy-fs.js';
import { dirname, resolve } from 'node:path';

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export async function makeDir(dir: string, mode?: number): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ;) {
    try {
      if ((await stat(at)).isDirectory()) break;
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), { code: 'ENOTDIR' });
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') throw error;
    }
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder, mode === undefined ? {} : { mode });
    } catch (error) {
      // Made meanwhile by another process: fine, as with mkdir -p.
      if (errnoOf(error) !== 'EEXIST') throw error;
    }
  }
}
