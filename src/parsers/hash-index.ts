/**
 * Names and addresses held as 58-bit hashes instead of JavaScript strings, so that the per-entry
 * bookkeeping of a plan reader stays at 8 bytes an entry: a million drifted resources cost about
 * 16 MB, not hundreds.
 *
 * - HashIndex: a set of texts, each with a small value (0-63): "did this prior-state instance
 *   drift?", "was this output name seen before, and what did it count as?".
 * - HashList: texts in the order they came, of which a range can be struck out later: the
 *   prior-state instances, to be looked up in the drift index once the whole document is read.
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
 * second has its low VALUE_BITS cleared. The first is never 0: 0 marks an empty slot.
 */
function hashPair(text: string): [number, number] {
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
  return [a >>> 0 || 1, (b & ~VALUE_MASK) >>> 0];
}

const EMPTY = 0;

/** An open-addressing hash table of (hash, value) pairs, two 32-bit words a slot. */
export class HashIndex {
  private slots = new Uint32Array(2 * 1024);
  private used = 0;

  get size(): number {
    return this.used;
  }

  /** Adds `text` (value 0 when new; an existing text keeps its value). */
  add(text: string): void {
    if (this.get(text) < 0) this.set(text, 0);
  }

  has(text: string): boolean {
    return this.get(text) >= 0;
  }

  /** The value held for `text`, or -1 when it is not in the index. */
  get(text: string): number {
    const [a, b] = hashPair(text);
    const at = this.find(a, b);
    return this.slots[at] === EMPTY ? -1 : this.slots[at + 1]! & VALUE_MASK;
  }

  /** Holds `text` with `value` (0 to MAX_HASH_VALUE), replacing any value it had. */
  set(text: string, value: number): void {
    if ((this.used + 1) * 4 > this.capacity() * 3) this.grow();
    const [a, b] = hashPair(text);
    const at = this.find(a, b);
    if (this.slots[at] === EMPTY) this.used++;
    this.slots[at] = a;
    this.slots[at + 1] = (b | (value & VALUE_MASK)) >>> 0;
  }

  /** Whether the hash pair (a, b) of a text is in the index (see HashList.countIn). */
  hasPair(a: number, b: number): boolean {
    return this.slots[this.find(a, b)] !== EMPTY;
  }

  private capacity(): number {
    return this.slots.length / 2;
  }

  /** The word offset of the slot holding (a, b), or of the empty slot where it would go. */
  private find(a: number, b: number): number {
    const mask = this.capacity() - 1;
    for (let slot = (a ^ b) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 2;
      const held = this.slots[at]!;
      if (held === EMPTY || (held === a && (this.slots[at + 1]! & ~VALUE_MASK) >>> 0 === b)) return at;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      const a = old[i]!;
      if (a === EMPTY) continue;
      const b = old[i + 1]!;
      const at = this.find(a, (b & ~VALUE_MASK) >>> 0);
      this.slots[at] = a;
      this.slots[at + 1] = b;
    }
  }
}

/** Entries a chunk of a HashList holds: 512 KiB a chunk, so growing never copies what is held. */
const CHUNK_ENTRIES = 64 * 1024;

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

  push(text: string | null): void {
    const chunk = Math.floor(this.length / CHUNK_ENTRIES);
    if (chunk === this.chunks.length) this.chunks.push(new Uint32Array(2 * CHUNK_ENTRIES));
    if (text !== null) {
      const [a, b] = hashPair(text);
      const at = 2 * (this.length % CHUNK_ENTRIES);
      this.chunks[chunk]![at] = a;
      this.chunks[chunk]![at + 1] = b;
    }
    this.length++;
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

  private count(from: number, counts: (a: number, b: number) => boolean): number {
    let n = 0;
    for (let i = Math.max(0, from); i < this.length; i++) {
      const chunk = this.chunks[Math.floor(i / CHUNK_ENTRIES)]!;
      const at = 2 * (i % CHUNK_ENTRIES);
      const a = chunk[at]!;
      if (a !== EMPTY && counts(a, chunk[at + 1]!)) n++;
    }
    return n;
  }
}
