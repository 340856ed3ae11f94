/**
 * A partial report read as a stream (issue 23: merge memory bounded in the size of a partial).
 * The file is scanned a chunk at a time: each item of `report.plans`, `report.drifts` and
 * `report.units` is cut out, parsed and handed to `onItem` (which checks and keeps it) on its own,
 * and everything else (the envelope: kind, version, leg, costs, warnings, ...) is kept as text with
 * those lists written `[]`. So the file's bytes, its whole text and its whole parse are never held
 * at once: only what `onItem` keeps, one item being parsed, and the small envelope.
 *
 * This is the fast path for what `--save-partial` writes (UTF-8, no byte-order mark). Anything it
 * does not follow exactly (a byte-order mark, UTF-16, bad syntax, a duplicate key on the way to a
 * list, an item that is not an object, nesting past the limit, a file past the cap) returns
 * `undefined`, and the caller reads the file whole as before: its refusal is worded by one reader,
 * byte for byte the same as ever.
 */
import { createHash } from 'node:crypto';
import { openInput } from '../inputs/input-file.js';

export const STREAMED_LISTS = ['plans', 'drifts', 'units'] as const;
export type StreamedList = (typeof STREAMED_LISTS)[number];

export interface StreamedPartial {
  /** The document with the three lists empty, as text. */
  readonly envelope: string;
  /** The lists met (as arrays, in the file), each item as `onItem` returned it. */
  readonly lists: Map<StreamedList, unknown[]>;
  /** sha256 of the file's text, hex (the same as of its UTF-8 bytes: the text is checked well-formed). */
  readonly hash: string;
  readonly size: number;
}

/** Returned by `onItem` for an item it took care of: the list keeps nothing of it. */
export const SKIP_ITEM: unique symbol = Symbol('skip');

/** Thrown by `onItem` (or found by the scan) to say: read this file the whole way instead. */
export class NotStreamable extends Error {}

const CHUNK = 1024 * 1024;
const [QUOTE, BACKSLASH, COMMA, COLON] = [0x22, 0x5c, 0x2c, 0x3a];
const [OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY] = [0x7b, 0x7d, 0x5b, 0x5d];

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * The partial in `file` scanned as a stream, or undefined when it must be read whole (see above).
 * `onItem` gets each list item parsed, with its list and index; what it returns is kept.
 */
export async function streamPartial(
  file: string,
  label: string,
  maxBytes: number,
  maxDepth: number,
  onItem: (list: StreamedList, index: number, value: unknown) => unknown,
): Promise<StreamedPartial | undefined> {
  let handle;
  try {
    handle = await openInput(file, label, maxBytes);
  } catch {
    return undefined;
  }
  try {
    const scan = new Scanner(maxDepth, onItem);
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(CHUNK);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > maxBytes) return undefined;
      const chunk = buffer.subarray(0, bytesRead);
      hash.update(chunk);
      scan.feed(chunk, size === bytesRead);
    }
    const envelope = scan.end();
    return { envelope, lists: scan.lists, hash: hash.digest('hex'), size };
  } catch {
    // NotStreamable, a syntax or encoding fault, a read error: the whole-file reader says which.
    return undefined;
  } finally {
    await handle.close();
  }
}

/** One open object or array: its kind, and for objects near the top the key being read. */
interface Level {
  readonly array: boolean;
  key?: string;
  /** The keys met (only tracked at the top two levels, where the lists are found). */
  readonly keys?: Set<string>;
}

class Scanner {
  readonly lists = new Map<StreamedList, unknown[]>();
  private readonly stack: Level[] = [];
  private readonly envelope: Buffer[] = [];
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private inString = false;
  private escaped = false;
  /** Bytes of the string being read as a key at the top two levels. */
  private keyBytes: number[] | undefined;
  /** An object level is waiting for a key (after `{` or `,`). */
  private wantKey = false;
  /** The list whose items are being cut out, and the state between its items. */
  private list:
    { name: StreamedList; items: unknown[]; depth: number; comma: boolean; count: number } | undefined;
  /** The pieces of the item being cut out. */
  private item: Buffer[] | undefined;
  private itemStart = 0;

  constructor(
    private readonly maxDepth: number,
    private readonly onItem: (list: StreamedList, index: number, value: unknown) => unknown,
  ) {}

  feed(chunk: Buffer, first: boolean): void {
    // A byte-order mark, UTF-16 or NUL bytes: the whole-file reader words (or takes) those.
    if (first && (chunk[0] === 0xef || chunk[0] === 0xff || chunk[0] === 0xfe)) throw new NotStreamable();
    let envelopeFrom = 0;
    this.itemStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as number;
      if (c === 0) throw new NotStreamable();
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) {
          this.escaped = true;
          if (this.keyBytes !== undefined) throw new NotStreamable();
        } else if (c === QUOTE) {
          this.inString = false;
          if (this.keyBytes !== undefined) this.takeKey();
        } else this.keyBytes?.push(c);
        continue;
      }
      const list = this.list;
      if (list !== undefined && this.item === undefined) {
        // Between the items of a list: white space, one comma between items, the list's end.
        if (isSpace(c)) continue;
        if (c === COMMA && list.comma) {
          list.comma = false;
          continue;
        }
        if (c === CLOSE_ARRAY && (list.comma || list.items.length === 0)) {
          this.list = undefined;
          this.stack.pop();
          envelopeFrom = i;
          continue;
        }
        if (c !== OPEN_OBJECT || list.comma) throw new NotStreamable();
        this.item = [];
        this.itemStart = i;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.wantKey && this.stack.length <= 2 && this.item === undefined) this.keyBytes = [];
        this.wantKey = false;
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        const top = this.stack.length < 2 && this.item === undefined;
        this.stack.push(
          top && c === OPEN_OBJECT ? { array: false, keys: new Set() } : { array: c === OPEN_ARRAY },
        );
        if (this.stack.length > this.maxDepth) throw new NotStreamable();
        this.wantKey = c === OPEN_OBJECT;
        if (c === OPEN_ARRAY && this.item === undefined && this.listAt() !== undefined) {
          this.envelope.push(Buffer.from(chunk.subarray(envelopeFrom, i + 1)));
          envelopeFrom = chunk.length;
          this.startList();
        }
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        this.stack.pop();
        this.wantKey = false;
        if (this.item !== undefined && list !== undefined && this.stack.length === list.depth) {
          this.item.push(chunk.subarray(this.itemStart, i + 1));
          this.finishItem();
          envelopeFrom = chunk.length;
        }
      } else if (c === COMMA) {
        this.wantKey = this.stack.at(-1)?.array === false;
      } else if (c === COLON || isSpace(c)) {
        // Structure or white space: JSON.parse checks the rest.
      } else if (this.stack.length <= 2 && this.item === undefined && this.wantKey) {
        throw new NotStreamable();
      }
    }
    if (this.item !== undefined) this.item.push(Buffer.from(chunk.subarray(this.itemStart)));
    else if (this.list === undefined && envelopeFrom < chunk.length) {
      this.envelope.push(Buffer.from(chunk.subarray(envelopeFrom)));
    }
  }

  /** The envelope's text; throws when the file ended inside something. */
  end(): string {
    if (this.inString || this.stack.length > 0 || this.list !== undefined) throw new NotStreamable();
    return this.decoder.decode(Buffer.concat(this.envelope));
  }

  private takeKey(): void {
    const level = this.stack.at(-1);
    const key = Buffer.from(this.keyBytes ?? []).toString('latin1');
    this.keyBytes = undefined;
    if (level === undefined || level.array || level.keys === undefined) return;
    // JSON.parse keeps the last of two equal keys: the whole-file reader follows that rule.
    if (level.keys.has(key)) throw new NotStreamable();
    level.keys.add(key);
    level.key = key;
  }

  /** The list an array opening now is, if it is `report.<list>` of the document. */
  private listAt(): StreamedList | undefined {
    if (this.stack.length !== 3) return undefined;
    const [document, report] = this.stack;
    if (document?.key !== 'report' || report?.array !== false) return undefined;
    return STREAMED_LISTS.find((name) => name === report.key);
  }

  private startList(): void {
    const name = this.listAt() as StreamedList;
    const items: unknown[] = [];
    this.lists.set(name, items);
    this.list = { name, items, depth: this.stack.length, comma: false, count: 0 };
  }

  private finishItem(): void {
    const list = this.list as NonNullable<Scanner['list']>;
    const text = this.decoder.decode(Buffer.concat(this.item ?? []));
    this.item = undefined;
    const kept = this.onItem(list.name, list.count, JSON.parse(text));
    list.count += 1;
    if (kept !== SKIP_ITEM) list.items.push(kept);
    list.comma = true;
  }
}
