/**
 * A merge's event body kept on disk while it is built (issue 23: merge memory flat in the number
 * and size of partials): the `stacks` and `terragrunt_details` items, already serialised,
 * redacted and cleaned, are appended to two private files, and the body is read back from them in
 * pieces (streamed.ts) for every writer: the request, the spool, the payload-file, a dry run.
 *
 * Private: a fresh folder from mkdtemp (0700) in the runner's temp folder, files created 0600 and
 * never reused ('wx'). Removed on every exit path: the files are unlinked as soon as they are
 * open (POSIX keeps an unlinked file's data for its open descriptors, and the kernel frees it when
 * the process ends, however it ends); where unlinking an open file is refused (Windows) they are
 * removed when the process exits, or by `dispose`.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** Written to disk in pieces of about this many characters. */
const WRITE_CHUNK = 1024 * 1024;
/** Read back in pieces of this many bytes. */
const READ_CHUNK = 1024 * 1024;

/** One JSON array's items, comma-separated, in a private file. */
export class SpooledList {
  /** Items appended. */
  count = 0;
  /** Characters (UTF-16 code units) and UTF-8 bytes written, commas included. */
  length = 0;
  bytes = 0;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(private readonly fd: number) {}

  append(item: string): void {
    const text = this.count === 0 ? item : `,${item}`;
    this.count += 1;
    this.length += text.length;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= WRITE_CHUNK) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const data = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    for (let at = 0; at < data.length;) at += writeSync(this.fd, data, at, data.length - at, null);
    this.bytes += data.length;
  }

  /** The items as written, from the start, in pieces (whole characters). */
  *pieces(): Generator<string> {
    this.flush();
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    const decoder = new StringDecoder('utf8');
    for (let position = 0; position < this.bytes;) {
      const read = readSync(this.fd, buffer, 0, Math.min(READ_CHUNK, this.bytes - position), position);
      if (read === 0) throw new Error('the merge body spool ended early (was it removed?)');
      position += read;
      const text = decoder.write(buffer.subarray(0, read));
      if (text !== '') yield text;
    }
    const rest = decoder.end();
    if (rest !== '') yield rest;
  }
}

/** The private folder and its lists; `dispose` closes them and removes what is left. */
export class BodySpool {
  readonly lists: SpooledList[];
  private readonly fds: number[] = [];
  private dir: string | undefined;
  private readonly onExit = (): void => this.dispose();

  /**
   * `count` lists, each in its own file; `parent`: where the private folder is made (RUNNER_TEMP
   * on a runner, else the OS temp folder).
   */
  constructor(count: number, parent: string = tmpdir()) {
    const dir = mkdtempSync(join(parent, 'iacm-merge-'));
    this.dir = dir;
    try {
      for (let i = 0; i < count; i++) this.fds.push(openSync(join(dir, `list-${i}.json`), 'wx+', 0o600));
    } catch (error) {
      this.dispose();
      throw error;
    }
    this.lists = this.fds.map((fd) => new SpooledList(fd));
    try {
      // The open files keep their data; the names go now, so nothing is left behind however the
      // process ends.
      rmSync(dir, { recursive: true });
      this.dir = undefined;
    } catch {
      // Windows: an open file cannot be removed; it goes on dispose, or when the process exits.
      process.once('exit', this.onExit);
    }
  }

  dispose(): void {
    for (const fd of this.fds.splice(0)) {
      try {
        closeSync(fd);
      } catch {
        // Already closed.
      }
    }
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
    process.removeListener('exit', this.onExit);
  }
}
