/**
 * Opening an input file (a plan, an Infracost output, a run report, a saved payload) so that no
 * file can hang or balloon the run: only regular files are read, or standard input when it is
 * named (`-`, `/dev/stdin`); a named pipe (FIFO) would block the open until a writer comes, and a
 * device (`/dev/zero`, `/dev/urandom`) never ends. A link is judged by what it points to.
 *
 * The check is made twice: `stat` before opening (a FIFO must not be opened blocking), then
 * `fstat` on the opened handle (the path may have been swapped in between; the open is
 * non-blocking, so a FIFO swapped in cannot hang it either). Regular files are also capped in
 * size, and every read counts bytes against the same cap (a file that grows, standard input).
 */
import { constants, createReadStream, fstatSync, type Stats } from 'node:fs';
import { lstat, openForReading, stat, type ReadHandle } from '../lazy-fs.js';
import { InputError } from '../errors.js';
import { thousands } from '../thousands.js';

const GIB = 1024 * 1024 * 1024;
const MIB = 1024 * 1024;

/** Plans are streamed in flat memory; this bounds the time (about 20 s at the reader's pace). */
export const MAX_PLAN_BYTES = 16 * GIB;
/** Infracost outputs and Terragrunt run reports are parsed whole. */
export const MAX_JSON_FILE_BYTES = 256 * MIB;
/**
 * A saved event body (`send --payload`): as large as any body a report can build and spool (the
 * longest string V8 makes, 2^29 - 24 UTF-16 units, is at most 1.5 GiB of UTF-8), so whatever was
 * spooled can be sent (issue 23).
 */
export const MAX_PAYLOAD_BYTES = 1536 * MIB;
/** A body piped in (`send --payload -`): no size is known up front, so an endless pipe stops early. */
export const MAX_PIPED_PAYLOAD_BYTES = 64 * MIB;

/** Names that mean standard input. */
const STDIN_NAMES = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

export function isStdinName(path: string): boolean {
  return STDIN_NAMES.has(path);
}

/** 17179869184 -> "16 GiB". */
export function sizeText(bytes: number): string {
  if (bytes >= GIB && bytes % GIB === 0) return `${bytes / GIB} GiB`;
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  return `${thousands(bytes)} bytes`;
}

function kindName(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

function notRegular(label: string, kind: string): InputError {
  return new InputError(
    'INPUT_UNREADABLE',
    label,
    `is ${kind}, not a regular file: only regular files (or standard input, as /dev/stdin) are read; write the content to a file and give that`,
  );
}

export function tooLarge(label: string, maxBytes: number): InputError {
  return new InputError(
    'INPUT_TOO_LARGE',
    label,
    `is larger than ${sizeText(maxBytes)}, the most this input may hold; check that it is the right file`,
  );
}

/** An errno from stat/open as an InputError naming the file. */
export async function fileError(error: unknown, path: string, label: string): Promise<unknown> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause = { cause: error };
  switch (code) {
    case 'ENOENT': {
      // A link whose target is gone says so: "no such file" would send the reader to the wrong place.
      const link = await lstat(path).catch(() => undefined);
      return link?.isSymbolicLink()
        ? new InputError(
            'INPUT_NOT_FOUND',
            label,
            'is a broken symbolic link (its target does not exist)',
            undefined,
            cause,
          )
        : new InputError('INPUT_NOT_FOUND', label, 'no such file', undefined, cause);
    }
    case 'EISDIR':
      return new InputError('INPUT_UNREADABLE', label, 'is a directory, not a file', undefined, cause);
    case 'EACCES':
    case 'EPERM':
      return new InputError('INPUT_UNREADABLE', label, 'permission denied', undefined, cause);
    case 'ELOOP':
      return new InputError('INPUT_UNREADABLE', label, 'a symbolic link loop', undefined, cause);
    case 'ENXIO':
      return notRegular(label, 'a socket or a device without a reader');
    default:
      return code === undefined
        ? error
        : new InputError('INPUT_UNREADABLE', label, `cannot be read (${code})`, undefined, cause);
  }
}

/**
 * Standard input as a stream of chunks (fd 0 is read directly: a pipe from a parent process may be
 * a socket, which cannot be opened again by path). A terminal is refused: nothing would arrive.
 */
export function stdinChunks(label: string): AsyncIterable<Uint8Array> {
  let info: Stats;
  try {
    info = fstatSync(0);
  } catch (error) {
    throw new InputError(
      'INPUT_UNREADABLE',
      label,
      `standard input cannot be read (${String(error)})`,
      undefined,
      {
        cause: error,
      },
    );
  }
  if (info.isCharacterDevice()) {
    throw new InputError(
      'INPUT_UNREADABLE',
      label,
      'standard input is a terminal or a device: pipe the file into it (… | iacm-report …)',
    );
  }
  return createReadStream('', { fd: 0, autoClose: false, highWaterMark: 1024 * 1024 });
}

/**
 * Opens `path` for reading if it is a regular file of at most `maxBytes`. Throws InputError naming
 * `label` otherwise. Standard input is not opened here (see stdinChunks).
 */
export async function openInput(path: string, label: string, maxBytes: number): Promise<ReadHandle> {
  let before: Stats;
  try {
    before = await stat(path);
  } catch (error) {
    throw await fileError(error, path, label);
  }
  checkRegular(before, label, maxBytes);
  let handle: ReadHandle;
  try {
    // Non-blocking: if a FIFO took the file's place since the stat, the open still returns.
    handle = await openForReading(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw await fileError(error, path, label);
  }
  try {
    checkRegular(await handle.stat(), label, maxBytes);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

export function checkRegular(info: Stats, label: string, maxBytes: number): void {
  const kind = kindName(info);
  if (kind !== undefined) throw notRegular(label, kind);
  if (info.size > maxBytes) throw tooLarge(label, maxBytes);
}

/** The whole input, at most `maxBytes` (InputError INPUT_TOO_LARGE past it). */
export async function readInput(path: string, label: string, maxBytes: number): Promise<Buffer> {
  if (isStdinName(path)) return readStream(stdinChunks(label), label, maxBytes);
  const handle = await openInput(path, label, maxBytes);
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (;;) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
      } catch (error) {
        throw await fileError(error, path, label);
      }
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > maxBytes) throw tooLarge(label, maxBytes);
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}

/** Standard input handed in as a stream (the CLI's `io.stdin`), at most `maxBytes`. */
export async function readStream(
  stream: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  label: string,
  maxBytes: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) {
      const it = stream as { destroy?: () => void };
      it.destroy?.();
      throw tooLarge(label, maxBytes);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
