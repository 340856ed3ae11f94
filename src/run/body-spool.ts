/**
 * A merge's event body kept on disk while it is built (issue 23: merge memory flat in the number
 * and size of partials): the `stacks` and `terragrunt_details` items, already serialised,
 * redacted and cleaned, are appended to two private files, and the body is read back from them in
 * pieces (streamed.ts) for every writer: the request, the spool, the payload-file, a dry run.
 *
 * Private: each file in a fresh folder from mkdtemp (0700) in the runner's temp folder, created
 * 0600 and never reused ('wx'). Removed on every exit path: a file's name goes as soon as it is
 * open (POSIX keeps an unlinked file's data for its open descriptors, and the kernel frees it when
 * the process ends, however it ends); where unlinking an open file is refused (Windows) it is
 * removed when the process exits, or by `dispose`. The merge's units wait in one too (their
 * address lists: partial/held-units.ts).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { RunStore, Stretch } from '../partial/unit-runs.js';

/** Written to disk in pieces of about this many characters. */
const WRITE_CHUNK = 1024 * 1024;
/** Read back in pieces of this many bytes. */
const READ_CHUNK = 1024 * 1024;

/** A private file written in buffered pieces and read back by position. */
export class SpoolFile {
  /** UTF-8 bytes on disk and waiting to be written. */
  bytes = 0;
  private pending: string[] = [];
  private pendingLength = 0;
  private written = 0;

  constructor(readonly fd: number) {}

  protected write(text: string, bytes: number): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    this.bytes += bytes;
    if (this.pendingLength >= WRITE_CHUNK) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const data = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    for (let at = 0; at < data.length;) at += writeSync(this.fd, data, at, data.length - at, null);
    this.written += data.length;
  }

  protected readAt(buffer: Buffer, length: number, position: number): number {
    if (position + length > this.written) this.flush();
    const read = readSync(this.fd, buffer, 0, length, position);
    if (read === 0) throw new Error('the merge spool ended early (was it removed?)');
    return read;
  }
}

/** One JSON array's items, comma-separated, in a private file. */
export class SpooledList extends SpoolFile {
  /** Items appended. */
  count = 0;
  /** Characters (UTF-16 code units) written, commas included. */
  length = 0;

  append(item: string): void {
    const text = this.count === 0 ? item : `,${item}`;
    this.count += 1;
    this.length += text.length;
    this.write(text, Buffer.byteLength(text));
  }

  /** The items as written, from the start, in pieces (whole characters). */
  *pieces(): Generator<string> {
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    const decoder = new StringDecoder('utf8');
    for (let position = 0; position < this.bytes;) {
      const read = this.readAt(buffer, Math.min(READ_CHUNK, this.bytes - position), position);
      position += read;
      const text = decoder.write(buffer.subarray(0, read));
      if (text !== '') yield text;
    }
    const rest = decoder.end();
    if (rest !== '') yield rest;
  }
}

/** Texts kept in a private file and read back by position (the merge's units: partial/unit-runs.ts). */
export class SpooledTexts extends SpoolFile implements RunStore {
  private buffer = Buffer.allocUnsafe(0);

  keep(text: string): Stretch {
    const bytes = Buffer.byteLength(text);
    const at = { offset: this.bytes, bytes };
    this.write(text, bytes);
    return at;
  }

  /** `length` bytes from `offset`, in a buffer the next call reuses. */
  bytesAt(offset: number, length: number): Buffer {
    if (this.buffer.length < length) this.buffer = Buffer.allocUnsafe(Math.max(length, READ_CHUNK));
    const buffer = this.buffer.subarray(0, length);
    for (let done = 0; done < length;) {
      done += this.readAt(buffer.subarray(done), length - done, offset + done);
    }
    return buffer;
  }
}

/**
 * Private files for one merge: each in a fresh folder from mkdtemp (0700), created 0600 ('wx'),
 * its name removed as soon as it is open; `dispose` closes them and removes anything left.
 */
export class BodySpool {
  private readonly fds: number[] = [];
  /** Folders that could not be removed while their file was open (Windows). */
  private readonly left: string[] = [];
  private readonly onExit = (): void => this.dispose();

  /** `parent`: where the private folders are made (RUNNER_TEMP on a runner, else the OS temp folder). */
  // node:os loaded when a spool is made, not by every start-up (docs/performance.md).
  constructor(private readonly parent: string = process.getBuiltinModule('node:os').tmpdir()) {}

  /** A new array's items in a private file. */
  list(): SpooledList {
    return new SpooledList(this.open());
  }

  /** A new store of texts in a private file. */
  texts(): SpooledTexts {
    return new SpooledTexts(this.open());
  }

  /** Closes one file early (its disk space goes back at once). */
  release(file: SpoolFile): void {
    const at = this.fds.indexOf(file.fd);
    if (at === -1) return;
    this.fds.splice(at, 1);
    closeSync(file.fd);
  }

  private open(): number {
    const dir = mkdtempSync(join(this.parent, 'iacm-merge-'));
    let fd: number;
    try {
      fd = openSync(join(dir, 'spool.json'), 'wx+', 0o600);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    this.fds.push(fd);
    try {
      // The open file keeps its data; the name goes now, so nothing is left behind however the
      // process ends.
      rmSync(dir, { recursive: true });
    } catch {
      // Windows: an open file cannot be removed; it goes on dispose, or when the process exits.
      if (this.left.push(dir) === 1) process.once('exit', this.onExit);
    }
    return fd;
  }

  dispose(): void {
    for (const fd of this.fds.splice(0)) {
      try {
        closeSync(fd);
      } catch {
        // Already closed.
      }
    }
    for (const dir of this.left.splice(0)) rmSync(dir, { recursive: true, force: true });
    process.removeListener('exit', this.onExit);
  }
}
