/**
 * Names and addresses held as 58-bit hashes instead of JavaScript strings, so that the per-entry
 * bookkeeping of a plan reader stays at 8 bytes an entry (9 to 15 in a HashIndex, with its free
 * slots): a million drifted resources cost about 13 MB, not hundreds.
 *
 * - HashIndex: a set of texts, each with a small value (0-63): "did this prior-state instance
 *   drift?", "was this output name seen before, and what did it count as?".
 * - HashList: texts in the order they came, of which a range can be struck out later: the
 *   prior-state instances, to be looked up in the drift index once the whole document is read;
 *   output names while they come sorted (no lookups needed, and no free slots).
 *
 * Two different texts share a 58-bit hash with a chance of about n² / 2⁵⁹ (one in 600 thousand for
 * a million texts, one in 23 thousand for five million); then one would be taken for the other (an
 * instance counted as drifted, an output name as a repeat): a bound we state rather than pay a
 * string per entry for.
 */

/** The low bits of the second hash word hold the value. */
const VALUE_BITS = 6;
const VALUE_MASK = (1 << VALUE_BITS) - 1;
export const MAX_HASH_VALUE = VALUE_MASK;

/**
 * Two independent 32-bit hashes (FNV-1a and a murmur-style mix) of the UTF-16 code units; the
 * second has its low VALUE_BITS cleared. The first is never 0: 0 marks an empty slot. They are left
 * in `hashA` and `hashB` rather than returned as a pair: a plan reader hashes an address or two
 * per prior-state instance, and an array for each would be garbage the moment it is read.
 */
let hashA = 0;
let hashB = 0;
function hashPair(text: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b ^= b >>> 16;
  hashA = a >>> 0 || 1;
  hashB = (b & ~VALUE_MASK) >>> 0;
}

const EMPTY = 0;

/*
 * A HashIndex is an extendible hash table: fixed pages of slots, found through a directory by the
 * top bits of a text's first hash. A full page splits in two (one new page; the directory doubles
 * now and then, at 4 bytes a page), so the index never copies itself into a larger one: growing a
 * single table would leave its old slots to the garbage collector, as much again as it holds,
 * when memory must stay flat.
 */
/** Slots per page (a power of two); a slot is two 32-bit words. */
const PAGE_SLOTS = 512;
const SLOT_MASK = PAGE_SLOTS - 1;
const PAGE_WORDS = 2 * PAGE_SLOTS;
/** A page splits past this many texts (7/8 of its slots: linear probing stays short). */
const PAGE_LIMIT = (PAGE_SLOTS * 7) / 8;
/** Pages are allocated in runs of up to this many (512 KiB), the first runs smaller. */
const MAX_RUN_PAGES = 128;
/** 2^26 directory entries: far past any file (a page holds hundreds of texts). */
const MAX_DEPTH = 26;

/** A page's texts while it splits (one at a time: the readers are synchronous). */
const SPLIT_SCRATCH = new Uint32Array(PAGE_WORDS);

/** The top `depth` bits of a first hash. */
function prefix(a: number, depth: number): number {
  return depth === 0 ? 0 : a >>> (32 - depth);
}

/** The word offset in `words` of the slot holding (a, b) in the page at `base`, or of the empty slot where it would go. */
function find(words: Uint32Array, base: number, a: number, b: number): number {
  for (let slot = (b >>> VALUE_BITS) & SLOT_MASK; ; slot = (slot + 1) & SLOT_MASK) {
    const at = base + 2 * slot;
    const held = words[at]!;
    if (held === EMPTY || (held === a && (words[at + 1]! & ~VALUE_MASK) >>> 0 === b)) return at;
  }
}

/** A set of texts (as hash pairs), each with a small value. */
export class HashIndex {
  /** Page runs; page p is in runs[runOf[p]] at word baseOf[p]. */
  private readonly runs: Uint32Array[] = [];
  private runOf = new Uint32Array(8);
  private baseOf = new Uint32Array(8);
  private depthOf = new Uint8Array(8);
  private usedOf = new Uint16Array(8);
  private pages = 0;
  /** Pages left in the last run. */
  private runFree = 0;
  private directory = new Uint32Array(1);
  private depth = 0;
  private count = 0;
  /**
   * Texts whose page cannot split any more: more than a page of them share the top `maxDepth` bits
   * of their first hash, which only a file made to collide does. Held exactly, if not compactly.
   */
  private overflow: Map<string, number> | undefined;

  constructor(
    /** How far pages may split (tests set it low to reach the overflow). */
    private readonly maxDepth = MAX_DEPTH,
  ) {
    this.directory[0] = this.newPage(0);
  }

  get size(): number {
    return this.count;
  }

  /** The value held for `text`, or -1 when it is not in the index. */
  get(text: string): number {
    hashPair(text);
    const a = hashA;
    const b = hashB;
    const page = this.directory[prefix(a, this.depth)]!;
    const words = this.runs[this.runOf[page]!]!;
    const at = find(words, this.baseOf[page]!, a, b);
    if (words[at] !== EMPTY) return words[at + 1]! & VALUE_MASK;
    return this.overflow?.get(`${a}:${b}`) ?? -1;
  }

  /** Holds `text` with `value` (0 to MAX_HASH_VALUE), replacing any value it had. */
  set(text: string, value: number): void {
    hashPair(text);
    this.setPair(hashA, hashB, value);
  }

  /** `set` for a text known by its hash pair (HashList.toIndex). */
  setPair(a: number, b: number, value: number): void {
    for (;;) {
      const page = this.directory[prefix(a, this.depth)]!;
      const words = this.runs[this.runOf[page]!]!;
      const at = find(words, this.baseOf[page]!, a, b);
      if (words[at] === EMPTY) {
        if (this.usedOf[page]! >= PAGE_LIMIT) {
          if (this.depthOf[page]! < this.maxDepth) {
            this.split(page, a);
            continue;
          }
          this.overflow ??= new Map();
          if (!this.overflow.has(`${a}:${b}`)) this.count++;
          this.overflow.set(`${a}:${b}`, value & VALUE_MASK);
          return;
        }
        this.usedOf[page]!++;
        this.count++;
        words[at] = a;
      }
      words[at + 1] = (b | (value & VALUE_MASK)) >>> 0;
      return;
    }
  }

  /** Whether the hash pair (a, b) of a text is in the index (see HashList.countIn). */
  hasPair(a: number, b: number): boolean {
    const page = this.directory[prefix(a, this.depth)]!;
    const words = this.runs[this.runOf[page]!]!;
    return (
      words[find(words, this.baseOf[page]!, a, b)] !== EMPTY || (this.overflow?.has(`${a}:${b}`) ?? false)
    );
  }

  /** Splits a full page by the next bit of its texts' first hashes; `a` is one that goes in it. */
  private split(page: number, a: number): void {
    const depth = this.depthOf[page]!;
    if (depth === this.depth) {
      const directory = new Uint32Array(this.directory.length * 2);
      for (let i = 0; i < this.directory.length; i++)
        directory[2 * i] = directory[2 * i + 1] = this.directory[i]!;
      this.directory = directory;
      this.depth++;
    }
    const sibling = this.newPage(depth + 1);
    this.depthOf[page] = depth + 1;
    // The directory entries of the page are one run; its second half now goes to the sibling.
    const span = 1 << (this.depth - depth);
    const start = prefix(a, depth) * span;
    this.directory.fill(sibling, start + span / 2, start + span);
    // Every text again, into whichever of the two its next bit says.
    const words = this.runs[this.runOf[page]!]!;
    const base = this.baseOf[page]!;
    const held = SPLIT_SCRATCH;
    held.set(words.subarray(base, base + PAGE_WORDS));
    words.fill(EMPTY, base, base + PAGE_WORDS);
    this.usedOf[page] = 0;
    for (let at = 0; at < PAGE_WORDS; at += 2) {
      const ha = held[at]!;
      if (ha === EMPTY) continue;
      const target = (ha >>> (31 - depth)) & 1 ? sibling : page;
      const into = this.runs[this.runOf[target]!]!;
      const slot = find(into, this.baseOf[target]!, ha, (held[at + 1]! & ~VALUE_MASK) >>> 0);
      into[slot] = ha;
      into[slot + 1] = held[at + 1]!;
      this.usedOf[target]!++;
    }
  }

  private newPage(depth: number): number {
    if (this.runFree === 0) {
      const pages = Math.min(MAX_RUN_PAGES, 1 << Math.min(this.runs.length, 7));
      this.runs.push(new Uint32Array(pages * PAGE_WORDS));
      this.runFree = pages;
    }
    const page = this.pages++;
    if (page === this.runOf.length) {
      const grow = <T extends Uint32Array | Uint16Array | Uint8Array>(old: T, made: T): T => {
        made.set(old);
        return made;
      };
      this.runOf = grow(this.runOf, new Uint32Array(page * 2));
      this.baseOf = grow(this.baseOf, new Uint32Array(page * 2));
      this.depthOf = grow(this.depthOf, new Uint8Array(page * 2));
      this.usedOf = grow(this.usedOf, new Uint16Array(page * 2));
    }
    const run = this.runs.length - 1;
    this.runOf[page] = run;
    this.baseOf[page] = this.runs[run]!.length - this.runFree * PAGE_WORDS;
    this.runFree--;
    this.depthOf[page] = depth;
    return page;
  }
}

/**
 * Entries a chunk of a HashList holds: 64 KiB a chunk, so growing past the first never copies what
 * is held. The first chunk starts at FIRST_CHUNK_ENTRIES and doubles up to a whole chunk: most
 * lists (a Terragrunt unit's, a small plan's) hold a few entries, and a 64 KiB chunk each is
 * memory zeroed and mapped for nothing, thousands of times in a tree.
 */
const CHUNK_ENTRIES = 8 * 1024;
const FIRST_CHUNK_ENTRIES = 256;

/**
 * An append-only list of text hashes (or holes), in fixed chunks. A hole is an entry that counts
 * for nothing: pushed as one (`null`), or struck out later by `strike`.
 */
export class HashList {
  private readonly chunks: Uint32Array[] = [];
  private length = 0;

  /** Entries pushed so far: the index the next `push` gets. */
  get size(): number {
    return this.length;
  }

  /** Appends `text` (null: a hole) with a small value (0 to MAX_HASH_VALUE, see toIndex). */
  push(text: string | null, value = 0): void {
    const chunk = Math.floor(this.length / CHUNK_ENTRIES);
    const at = 2 * (this.length % CHUNK_ENTRIES);
    let held = this.chunks[chunk];
    if (held === undefined || at === held.length) held = this.room(chunk);
    if (text !== null) {
      hashPair(text);
      held[at] = hashA;
      held[at + 1] = (hashB | (value & VALUE_MASK)) >>> 0;
    }
    this.length++;
  }

  /** Chunk `chunk` with room for one more entry: a new one, or the first made twice as large. */
  private room(chunk: number): Uint32Array {
    const held = this.chunks[chunk];
    if (held === undefined) {
      const made = new Uint32Array(2 * (chunk === 0 ? FIRST_CHUNK_ENTRIES : CHUNK_ENTRIES));
      this.chunks.push(made);
      return made;
    }
    // Only the first chunk is ever short of a whole one; what it holds is copied.
    const larger = new Uint32Array(Math.min(2 * CHUNK_ENTRIES, 2 * held.length));
    larger.set(held);
    this.chunks[chunk] = larger;
    return larger;
  }

  /** A HashIndex of the texts (not the holes), each with its value (the last, for a repeat). */
  toIndex(): HashIndex {
    const index = new HashIndex();
    for (let i = 0; i < this.length; i++) {
      const chunk = this.chunks[Math.floor(i / CHUNK_ENTRIES)]!;
      const at = 2 * (i % CHUNK_ENTRIES);
      const b = chunk[at + 1]!;
      if (chunk[at] !== EMPTY) index.setPair(chunk[at]!, (b & ~VALUE_MASK) >>> 0, b & VALUE_MASK);
    }
    return index;
  }

  /** Turns entries `from` (inclusive) to `to` (exclusive) into holes. */
  strike(from: number, to: number): void {
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) {
      this.chunks[Math.floor(i / CHUNK_ENTRIES)]![2 * (i % CHUNK_ENTRIES)] = EMPTY;
    }
  }

  /** Entries that are not holes, from index `from` on. */
  countFrom(from: number): number {
    return this.count(from, () => true);
  }

  /** Entries from index `from` on that are not holes and whose text is in `index`. */
  countIn(index: HashIndex, from: number): number {
    return this.count(from, (a, b) => index.hasPair(a, b));
  }

  /**
   * Entries from `from` on that are not holes and whose text is in `index`, or whose twin in
   * `twins` (a list pushed in step with this one, with the same holes) is in `twinIndex`.
   */
  countInEither(index: HashIndex, twins: HashList, twinIndex: HashIndex, from: number): number {
    let n = 0;
    for (let i = Math.max(0, from); i < this.length; i++) {
      const at = 2 * (i % CHUNK_ENTRIES);
      const chunk = this.chunks[Math.floor(i / CHUNK_ENTRIES)]!;
      const a = chunk[at]!;
      if (a === EMPTY) continue;
      if (index.hasPair(a, (chunk[at + 1]! & ~VALUE_MASK) >>> 0)) {
        n++;
        continue;
      }
      const twin = twins.chunks[Math.floor(i / CHUNK_ENTRIES)];
      const ta = twin?.[at] ?? EMPTY;
      if (ta !== EMPTY && twinIndex.hasPair(ta, (twin![at + 1]! & ~VALUE_MASK) >>> 0)) n++;
    }
    return n;
  }

  private count(from: number, counts: (a: number, b: number) => boolean): number {
    let n = 0;
    for (let i = Math.max(0, from); i < this.length; i++) {
      const chunk = this.chunks[Math.floor(i / CHUNK_ENTRIES)]!;
      const at = 2 * (i % CHUNK_ENTRIES);
      const a = chunk[at]!;
      if (a !== EMPTY && counts(a, (chunk[at + 1]! & ~VALUE_MASK) >>> 0)) n++;
    }
    return n;
  }
}
