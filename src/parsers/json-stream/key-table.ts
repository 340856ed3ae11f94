/**
 * Matches object keys against the few a frame cares about by comparing bytes, so that the keys of
 * every resource entry (tens of thousands of them) are never decoded into strings.
 */
export class KeyTable {
  private readonly encoded: Uint8Array[];
  private readonly ids = new Map<string, number>();

  /** Key `names[i]` gets the id i + 1; 0 means "not one of these". */
  constructor(readonly names: readonly string[]) {
    const encoder = new TextEncoder();
    this.encoded = names.map((name) => encoder.encode(name));
    names.forEach((name, i) => this.ids.set(name, i + 1));
  }

  lookup(name: string): number {
    return this.ids.get(name) ?? 0;
  }

  /** `decoded` is the key as text when it had escapes (its bytes are then not the key's). */
  match(bytes: Uint8Array, start: number, end: number, decoded: string | null): number {
    if (decoded !== null) return this.lookup(decoded);
    const length = end - start;
    const encoded = this.encoded;
    outer: for (let k = 0; k < encoded.length; k++) {
      const name = encoded[k]!;
      if (name.length !== length) continue;
      for (let j = 0; j < length; j++) if (bytes[start + j] !== name[j]) continue outer;
      return k + 1;
    }
    return 0;
  }
}
