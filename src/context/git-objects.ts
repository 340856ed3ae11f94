/**
 * A commit object read from a repository's object store (a loose object, or a whole object in a
 * pack found through its version-2 index), and its subject as `git log --format=%s` prints it.
 * A commit stored as a delta, in an alternate store or a SHA-256 repository, or with a
 * non-UTF-8 encoding, is left to git (undefined).
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateZlib } from './inflate.js';

const COMMIT_TYPE = 1; // pack object types: 1 commit, 2 tree, 3 blob, 4 tag, 6/7 deltas

/** The commit's subject (git's `%s`, possibly empty), or undefined when it cannot be read here. */
export function readCommit(commonDir: string, sha: string): { subject: string } | undefined {
  const body = looseCommit(commonDir, sha) ?? packedCommit(commonDir, sha);
  if (body === undefined) return undefined;
  const headerEnd = body.indexOf('\n\n');
  const header = headerEnd < 0 ? body : body.slice(0, headerEnd);
  if (/^encoding (?!utf-?8$)/im.test(header)) return undefined; // git would re-encode it
  return { subject: headerEnd < 0 ? '' : subjectOf(body.slice(headerEnd + 2)) };
}

/** C's isspace, not JavaScript's wider idea of white space. */
const BLANK = /^[ \t\n\v\f\r]*$/;
const TRAILING = /[ \t\n\v\f\r]+$/;

/**
 * pretty.c's format_subject: blank lines skipped, then the first paragraph's lines, each without
 * its trailing white space, joined by one space.
 */
export function subjectOf(message: string): string {
  const lines = message.split('\n');
  let i = 0;
  while (i < lines.length && BLANK.test(lines[i]!)) i++;
  const paragraph: string[] = [];
  for (; i < lines.length && !BLANK.test(lines[i]!); i++) paragraph.push(lines[i]!.replace(TRAILING, ''));
  return paragraph.join(' ');
}

function looseCommit(commonDir: string, sha: string): string | undefined {
  let compressed: Buffer;
  try {
    compressed = readFileSync(join(commonDir, 'objects', sha.slice(0, 2), sha.slice(2)));
  } catch {
    return undefined;
  }
  let raw: Buffer;
  try {
    const bytes = inflateZlib(compressed, { trailer: true });
    raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  } catch {
    return undefined; // damaged: git's to report
  }
  const nul = raw.indexOf(0);
  if (nul < 0 || !raw.subarray(0, nul).toString('latin1').startsWith('commit ')) return undefined;
  return raw.subarray(nul + 1).toString('utf8');
}

function packedCommit(commonDir: string, sha: string): string | undefined {
  const packDir = join(commonDir, 'objects', 'pack');
  let names: string[];
  try {
    names = readdirSync(packDir).filter((name) => name.endsWith('.idx'));
  } catch {
    return undefined;
  }
  const wanted = Buffer.from(sha, 'hex');
  for (const name of names) {
    const offset = findInIndex(join(packDir, name), wanted);
    if (offset !== undefined) return readPackedObject(join(packDir, name.replace(/\.idx$/, '.pack')), offset);
  }
  return undefined;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

/** The object's offset in the pack, from a version-2 index (fan-out, sorted names, offsets). */
function findInIndex(path: string, wanted: Buffer): number | undefined {
  const fd = openSync(path, 'r');
  try {
    const head = readAt(fd, 0, 8 + 256 * 4);
    if (head.length < 8 + 256 * 4 || head.readUInt32BE(0) !== 0xff744f63 || head.readUInt32BE(4) !== 2) {
      return undefined;
    }
    const fanout = (i: number): number => (i < 0 ? 0 : head.readUInt32BE(8 + i * 4));
    const total = fanout(255);
    const first = fanout(wanted[0]! - 1); // the names starting with this byte: [first, end)
    const names = readAt(fd, 8 + 1024 + first * 20, (fanout(wanted[0]!) - first) * 20);
    let low = 0;
    let high = names.length / 20;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const order = names.compare(wanted, 0, 20, mid * 20, mid * 20 + 20);
      if (order === 0) {
        const offsets = 8 + 1024 + total * 24; // after the names (20 bytes) and CRCs (4) of all
        const small = readAt(fd, offsets + (first + mid) * 4, 4).readUInt32BE(0);
        if ((small & 0x80000000) === 0) return small;
        const large = readAt(fd, offsets + total * 4 + (small & 0x7fffffff) * 8, 8);
        return Number(large.readBigUInt64BE(0));
      }
      if (order > 0) high = mid;
      else low = mid + 1;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** A whole (not deltified) commit at `offset` in the pack. */
function readPackedObject(path: string, offset: number): string | undefined {
  const fd = openSync(path, 'r');
  try {
    const head = readAt(fd, offset, 16);
    let byte = head[0]!;
    const type = (byte >> 4) & 7;
    let size = byte & 15;
    let shift = 4;
    let used = 1;
    while (byte & 0x80) {
      byte = head[used++]!;
      size += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    }
    if (type !== COMMIT_TYPE) return undefined;
    // Deflate never grows data by more than a few bytes per 16 KB block, plus its header.
    const available = fstatSync(fd).size - offset - used;
    const compressed = readAt(fd, offset + used, Math.min(available, size + 64 + (size >> 10) * 8));
    try {
      // The margin read past the object may hold the next one: the checksum is not looked for.
      const raw = inflateZlib(compressed, { trailer: false, sizeHint: size });
      return raw.length === size
        ? Buffer.from(raw.buffer, raw.byteOffset, raw.length).toString('utf8')
        : undefined;
    } catch {
      return undefined;
    }
  } finally {
    closeSync(fd);
  }
}
