/**
 * The CLI's stdout and stderr, written straight to their file descriptors (`fs.writeSync`) rather
 * than through `process.stdout` / `process.stderr`.
 *
 * Why: making either stream loads Node's stream modules, and a pipe or a terminal loads `node:net`
 * too; on the demo's dry run that was ~6 ms of CPU on Node 20 and ~10 ms on Node 24 of a start-up
 * of ~60 ms over a bare `node -e 0` (issue 29, docs/performance.md). The bytes are the same:
 * Node writes a file, a terminal and (on Linux) a pipe synchronously as well.
 * - A write goes on until every byte is taken: a partial write continues where it stopped, and a
 *   descriptor someone left non-blocking (EAGAIN when a slow reader's pipe is full) is waited for
 *   a moment and written again, as the stream would have queued it.
 * - Any error (EPIPE: the reader went away, `iacm-report ... | head -1`) ends that output quietly
 *   and the run goes on, exactly as the stream's 'error' listener did (cli-process.ts).
 * - Whether stderr is a terminal (progress lines) needs `node:tty` only when it is a character
 *   device at all (a terminal or /dev/null): a file or a pipe is no terminal.
 * - Windows, or a descriptor fstat cannot look at (closed): Node's streams, as before.
 */
import { fstatSync, writeSync, type Stats } from 'node:fs';

export interface ProcessOutput {
  /** Writes `text` (UTF-8); after an error, nothing more. */
  readonly write: (text: string) => void;
  /** Resolves once what was written has been taken (a pipe a reader drains slowly). */
  readonly drained: () => Promise<void>;
  /** Whether the output is a terminal. */
  readonly isTTY: () => boolean;
}

/** How long a write waits before trying a full, non-blocking descriptor again. */
const RETRY_MS = 5;

function statOf(fd: number): Stats | undefined {
  if (process.platform === 'win32') return undefined;
  try {
    return fstatSync(fd);
  } catch {
    return undefined;
  }
}

/** Sleeps `ms` without the event loop: the write is synchronous, like the rest of this writer. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Writes all of `text` to `fd`; throws the first error that is not EAGAIN. */
export function writeAllSync(fd: number, text: string): void {
  let written = 0;
  let bytes: Buffer | undefined;
  for (;;) {
    try {
      if (bytes === undefined) {
        written = writeSync(fd, text);
        if (written === Buffer.byteLength(text)) return;
        bytes = Buffer.from(text, 'utf8');
      } else {
        written += writeSync(fd, bytes, written);
        if (written >= bytes.length) return;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      bytes ??= Buffer.from(text, 'utf8');
      pause(RETRY_MS);
    }
  }
}

/** A writer for Node's stream (`process.stdout` / `process.stderr`), made when first used. */
function streamOutput(stream: () => NodeJS.WriteStream): ProcessOutput {
  let open = true;
  let listening = false;
  const listen = (): NodeJS.WriteStream => {
    const made = stream();
    if (!listening) {
      listening = true;
      made.on('error', () => {
        open = false;
      });
    }
    return made;
  };
  return {
    write: (text) => {
      const made = listen();
      if (open) made.write(text);
    },
    drained: () => {
      const made = listen();
      return !made.writableNeedDrain || made.destroyed
        ? Promise.resolve()
        : new Promise((resolve) => {
            const done = (): void => {
              made.off('drain', done).off('error', done).off('close', done);
              resolve();
            };
            made.on('drain', done).on('error', done).on('close', done);
          });
    },
    isTTY: () => listen().isTTY === true,
  };
}

/**
 * The output on descriptor `fd` (1 or 2), written with writeSync where it can be; `stream` gives
 * Node's stream for the same descriptor otherwise.
 */
export function processOutput(fd: number, stream: () => NodeJS.WriteStream): ProcessOutput {
  const stat = statOf(fd);
  if (stat === undefined) return streamOutput(stream);
  let open = true;
  return {
    write: (text) => {
      if (!open) return;
      try {
        writeAllSync(fd, text);
      } catch {
        open = false;
      }
    },
    drained: () => Promise.resolve(),
    isTTY: () => stat.isCharacterDevice() && stream().isTTY === true,
  };
}
