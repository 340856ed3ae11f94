/**
 * The asynchronous file calls of a run, without loading `node:fs/promises` until a call needs it.
 *
 * Loading `node:fs/promises` costs a process ~5 ms of CPU on Node 20 and ~7 ms on Node 24 (it
 * brings readline's interface with it): on a dry run of a small plan, a few percent of the whole
 * start-up (docs/performance.md), and a run that only stats and reads files needs none of it.
 * - `stat`, `lstat`, `readFile`, `writeFile`, ...: `node:fs`'s callback calls (already loaded by Node)
 *   through `util.promisify`, the same system calls on libuv's thread pool, with the same results
 *   and errors as their `node:fs/promises` namesakes.
 * - `openForReading`: a file opened for reading, with the three calls the readers make of a
 *   `FileHandle` (read, stat, close), on a plain descriptor.
 * - `open`: `node:fs/promises`' own (a full `FileHandle`), loaded on its first call.
 */
// Named imports: a namespace import (`* as fs`) made the bundle copy every export of node:fs onto
// an object of getters at start-up.
import {
  access as accessCallback,
  close,
  fstat,
  lstat as lstatCallback,
  mkdir as mkdirCallback,
  open as openCallback,
  read,
  readFile as readFileCallback,
  realpath as realpathCallback,
  rename as renameCallback,
  rm as rmCallback,
  stat as statCallback,
  writeFile as writeFileCallback,
  type Stats,
} from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { promisify } from 'node:util';

export const access = promisify(accessCallback);
export const lstat = promisify(lstatCallback);
export const mkdir = promisify(mkdirCallback);
export const readFile = promisify(readFileCallback);
export const realpath = promisify(realpathCallback);
export const rename = promisify(renameCallback);
export const rm = promisify(rmCallback);
export const stat = promisify(statCallback);
export const writeFile = promisify(writeFileCallback);

/** `node:fs/promises`' `open` (a FileHandle), the module loaded when it is first called. */
export const open = ((...args: Parameters<typeof FsPromises.open>) =>
  process.getBuiltinModule('node:fs/promises').open(...args)) as typeof FsPromises.open;

/** What the readers use of a FileHandle: reads at the file's position, its stat, one close. */
export interface ReadHandle {
  read(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ bytesRead: number }>;
  stat(): Promise<Stats>;
  /** Closes the descriptor once; later calls do nothing (a descriptor number is reused at once). */
  close(): Promise<void>;
}

const openFile = promisify(openCallback);
const fstatFile = promisify(fstat);
const closeFile = promisify(close);

/** Opens `path` with `flags` (`fs.constants`) for reading. */
export async function openForReading(path: string, flags: number): Promise<ReadHandle> {
  const fd = await openFile(path, flags);
  let closed: Promise<void> | undefined;
  return {
    read: (buffer, offset, length, position) =>
      new Promise((resolve, reject) => {
        read(fd, buffer, offset, length, position, (error, bytesRead) => {
          if (error) reject(error);
          else resolve({ bytesRead });
        });
      }),
    stat: () => fstatFile(fd),
    close: () => (closed ??= closeFile(fd)),
  };
}
