/**
 * A merge's Terragrunt units between reading the partials and building the model (issue 23: merge
 * memory flat in the number and size of partials). Nothing per unit stays in memory: each unit
 * entry, as the stream reads it, is written as one line to a store (the run's is a private file:
 * run/body-spool.ts), in sorted runs; the model and the body then read the units back in path_id
 * order by merging the runs (a k-way merge), a unit at a time.
 *
 * - A run is a stretch of one partial's units in path_id order. Units are sorted in batches of
 *   BATCH_UNITS before they are written, and a batch that starts after the run's last unit extends
 *   it; so a partial `--save-partial` wrote (its units already in order) is one run, and any other
 *   is at most one run per batch.
 * - The same path_id in two runs (two partials, or twice in one): identical records (compared by a
 *   digest without the plan's file name) count once, the record of the file first in code-unit
 *   order, with a warning; different ones are a conflict naming both files.
 *
 * A line is `"<pathId as JSON>"\t<digest>\t<entry as JSON>`: JSON never writes a raw tab, so the
 * first tab ends the path and the entry is parsed only when its unit is read.
 */
import { createHash } from 'node:crypto';
import { compareCodeUnits } from '../inputs/path-match.js';
import { compactPlan } from './held-units.js';
import type { UnitEntry } from './partial-schema.js';

/** Units sorted in memory before a batch is written: bounds the runs of an unsorted partial. */
export const BATCH_UNITS = 1024;
/** Bytes each run's reader holds while the runs are merged. */
const READ_CHUNK = 64 * 1024;
const [NEWLINE, TAB] = [0x0a, 0x09];

/** Where a written text is in a store. */
export interface Stretch {
  readonly offset: number;
  readonly bytes: number;
}

/** Appends texts and reads their bytes back by position. */
export interface RunStore {
  keep(text: string): Stretch;
  bytesAt(offset: number, length: number): Buffer;
}

/** A store in memory: for tests and merges that need no file. */
export function memoryRunStore(): RunStore {
  const chunks: Buffer[] = [];
  let size = 0;
  let whole: Buffer | undefined;
  return {
    keep(text) {
      const data = Buffer.from(text, 'utf8');
      chunks.push(data);
      whole = undefined;
      const at = { offset: size, bytes: data.length };
      size += data.length;
      return at;
    },
    bytesAt(offset, length) {
      whole ??= Buffer.concat(chunks);
      return whole.subarray(offset, offset + length);
    },
  };
}

/** One partial's units as written: its runs, each a list of stretches of lines. */
export interface FileRuns {
  readonly file: string;
  readonly runs: readonly (readonly Stretch[])[];
  readonly units: number;
}

/** A unit as read back: its path, the file it came from, its entry's JSON (plan lists cut). */
export interface MergedUnit {
  readonly pathId: string;
  readonly file: string;
  /** Parsed only by a reader that needs the entry (a pass that checks for twins does not). */
  readonly entry: Buffer;
}

/** The digest a twin is compared by: without the plan's file name (a retried leg may plan elsewhere). */
export function unitDigest(entry: UnitEntry): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...entry, plan: entry.plan && { ...entry.plan, file: '' } }))
    .digest('base64');
}

/** Writes one partial's units to `store` in sorted runs, as they are handed over. */
export class RunWriter {
  private batch: { pathId: string; line: string }[] = [];
  private readonly runs: Stretch[][] = [];
  private last: string | undefined;
  private units = 0;

  constructor(
    private readonly store: RunStore,
    readonly file: string,
  ) {}

  hold(entry: UnitEntry): void {
    const pathId = entry.unit.pathId;
    const kept = entry.plan === undefined ? entry : { ...entry, plan: compactPlan(entry.plan) };
    const line = `${JSON.stringify(pathId)}\t${unitDigest(entry)}\t${JSON.stringify(kept)}\n`;
    this.batch.push({ pathId, line });
    this.units += 1;
    if (this.batch.length >= BATCH_UNITS) this.flush();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    // Stable: two entries of one path keep their order (the first is the one compared against).
    const sorted = this.batch.sort((a, b) => compareCodeUnits(a.pathId, b.pathId));
    this.batch = [];
    const first = (sorted[0] as { pathId: string }).pathId;
    const stretch = this.store.keep(sorted.map((item) => item.line).join(''));
    const run = this.runs.at(-1);
    if (run !== undefined && this.last !== undefined && compareCodeUnits(this.last, first) <= 0)
      run.push(stretch);
    else this.runs.push([stretch]);
    this.last = (sorted.at(-1) as { pathId: string }).pathId;
  }

  end(): FileRuns {
    this.flush();
    return { file: this.file, runs: this.runs, units: this.units };
  }
}

/** Reads one run's lines in order, a chunk at a time. */
class RunCursor {
  private stretch = 0;
  private at = 0;
  private rest: Buffer = Buffer.alloc(0);
  pathId = '';
  digest = '';
  entry: Buffer = Buffer.alloc(0);

  constructor(
    private readonly store: RunStore,
    private readonly stretches: readonly Stretch[],
    readonly file: string,
  ) {}

  /** Moves to the next line; false at the run's end. */
  next(): boolean {
    for (;;) {
      const end = this.rest.indexOf(NEWLINE);
      if (end !== -1) {
        const line = this.rest.subarray(0, end);
        this.rest = this.rest.subarray(end + 1);
        const tab = line.indexOf(TAB);
        const second = line.indexOf(TAB, tab + 1);
        this.pathId = JSON.parse(line.toString('utf8', 0, tab)) as string;
        this.digest = line.toString('latin1', tab + 1, second);
        this.entry = line.subarray(second + 1);
        return true;
      }
      const stretch = this.stretches[this.stretch];
      if (stretch === undefined) return false;
      const length = Math.min(READ_CHUNK, stretch.bytes - this.at);
      // Copied: a file store's buffer is reused by the next read.
      const read = Buffer.from(this.store.bytesAt(stretch.offset + this.at, length));
      this.rest = this.rest.length === 0 ? read : Buffer.concat([this.rest, read]);
      this.at += length;
      if (this.at >= stretch.bytes) {
        this.stretch += 1;
        this.at = 0;
      }
    }
  }
}

const before = (a: RunCursor, b: RunCursor): boolean =>
  (compareCodeUnits(a.pathId, b.pathId) || compareCodeUnits(a.file, b.file)) < 0;

/** A binary heap of cursors, least path first (then file, so a twin's record is the same each time). */
class CursorHeap {
  readonly items: RunCursor[] = [];

  push(cursor: RunCursor): void {
    const items = this.items;
    items.push(cursor);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!before(items[i] as RunCursor, items[parent] as RunCursor)) break;
      [items[i], items[parent]] = [items[parent] as RunCursor, items[i] as RunCursor];
      i = parent;
    }
  }

  pop(): RunCursor | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let least = i;
        if (l < items.length && before(items[l] as RunCursor, items[least] as RunCursor)) least = l;
        if (r < items.length && before(items[r] as RunCursor, items[least] as RunCursor)) least = r;
        if (least === i) break;
        [items[i], items[least]] = [items[least] as RunCursor, items[i] as RunCursor];
        i = least;
      }
    }
    return top;
  }
}

export interface MergeEvents {
  /** Identical records of one unit in `a` and `b` (sorted): counted once. */
  twin(pathId: string, a: string, b: string): void;
  /** Different records of one unit in `a` and `b` (sorted): throws. */
  conflict(pathId: string, a: string, b: string): never;
}

/**
 * Every unit of `files` once, in path_id order. A yielded entry's bytes are valid until the next
 * unit is asked for.
 */
export function* mergeRuns(
  store: RunStore,
  files: readonly FileRuns[],
  on: MergeEvents,
): Generator<MergedUnit> {
  const heap = new CursorHeap();
  for (const { file, runs } of files) {
    for (const run of runs) {
      const cursor = new RunCursor(store, run, file);
      if (cursor.next()) heap.push(cursor);
    }
  }
  for (let first = heap.pop(); first !== undefined; first = heap.pop()) {
    const { pathId, digest, file, entry } = first;
    if (first.next()) heap.push(first);
    // The same unit elsewhere: the heap gives its other records next.
    for (let other = heap.items[0]; other !== undefined && other.pathId === pathId; other = heap.items[0]) {
      heap.pop();
      const [a, b] = [file, other.file].sort(compareCodeUnits) as [string, string];
      if (other.digest !== digest) on.conflict(pathId, a, b);
      on.twin(pathId, a, b);
      if (other.next()) heap.push(other);
    }
    yield { pathId, file, entry };
  }
}

/** Units written once more, in the order given (a merge's, for its body: run/streamed-event.ts). */
export class UnitList {
  private lines: string[] = [];
  private length = 0;
  private readonly stretches: Stretch[] = [];

  constructor(private readonly store: RunStore) {}

  append(unit: { readonly pathId: string }): void {
    const line = `${JSON.stringify(unit.pathId)}\t\t${JSON.stringify(unit)}\n`;
    this.lines.push(line);
    this.length += line.length;
    if (this.length >= READ_CHUNK * 16) this.flush();
  }

  private flush(): void {
    if (this.lines.length > 0) this.stretches.push(this.store.keep(this.lines.join('')));
    this.lines = [];
    this.length = 0;
  }

  /** The units read back in order, one at a time (as often as asked). */
  *read<T>(): Generator<T> {
    this.flush();
    const cursor = new RunCursor(this.store, this.stretches, '');
    while (cursor.next()) yield JSON.parse(cursor.entry.toString('utf8')) as T;
  }
}
