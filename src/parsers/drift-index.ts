/**
 * A set of resource addresses held as 64-bit hashes: 8 bytes an address (16 with the table's
 * spare room) instead of a JavaScript string each, so a million drifted resources cost about
 * 16 MB, not hundreds. It answers one question, "did this prior-state instance drift?", for the
 * drift `unchanged` count. Two different addresses share a 64-bit hash with a chance of about
 * n² / 2⁶⁵ (one in 37 million for a million addresses), and then one instance would be counted
 * as drifted: a bound we state rather than pay a string per entry for.
 */

const EMPTY = 0;

/** Two independent 32-bit hashes (FNV-1a and a murmur-style mix) of the UTF-16 code units. */
function hashes(text: string): [number, number] {
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
  // 0/0 marks an empty slot.
  return [a >>> 0 || 1, b >>> 0];
}

export class DriftIndex {
  private slots = new Uint32Array(2 * 1024);
  private used = 0;

  get size(): number {
    return this.used;
  }

  add(address: string): void {
    if ((this.used + 1) * 4 > this.capacity() * 3) this.grow();
    const [a, b] = hashes(address);
    this.insert(a, b);
  }

  has(address: string): boolean {
    const [a, b] = hashes(address);
    return this.find(a, b);
  }

  /** How many of this set's addresses are in `other`. */
  countIn(other: DriftIndex): number {
    let n = 0;
    for (let i = 0; i < this.slots.length; i += 2) {
      const a = this.slots[i]!;
      if (a !== EMPTY && other.find(a, this.slots[i + 1]!)) n++;
    }
    return n;
  }

  private capacity(): number {
    return this.slots.length / 2;
  }

  private insert(a: number, b: number): void {
    const mask = this.capacity() - 1;
    for (let slot = (a ^ b) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 2;
      const held = this.slots[at]!;
      if (held === EMPTY) {
        this.slots[at] = a;
        this.slots[at + 1] = b;
        this.used++;
        return;
      }
      if (held === a && this.slots[at + 1] === b) return;
    }
  }

  private find(a: number, b: number): boolean {
    const mask = this.capacity() - 1;
    for (let slot = (a ^ b) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 2;
      const held = this.slots[at]!;
      if (held === EMPTY) return false;
      if (held === a && this.slots[at + 1] === b) return true;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.used = 0;
    for (let i = 0; i < old.length; i += 2) {
      const a = old[i]!;
      if (a !== EMPTY) this.insert(a, old[i + 1]!);
    }
  }
}
