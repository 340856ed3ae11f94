/**
 * Matches object keys against the few a frame cares about by comparing bytes, so that the keys of
 * every resource entry (tens of thousands of them) are never decoded into strings.
 */
export class KeyTable {
  private readonly encoded: Uint8Array[];
  /** The id of `names[k]`, for `match`: a plain array, one load per hit. */
  private readonly idList: number[];
  private readonly ids = new Map<string, number>();

  /**
   * Key `names[i]` gets the id `idOf(names[i])` (by default its position + 1); 0 means "not one of
   * these". Ids given by name keep a key's id the same in every table and under any reordering.
   */
  constructor(
    readonly names: readonly string[],
    idOf: (name: string, index: number) => number = (_, index) => index + 1,
  ) {
    const encoder = new TextEncoder();
    this.encoded = names.map((name) => encoder.encode(name));
    this.idList = names.map((name, i) => idOf(name, i));
    names.forEach((name, i) => this.ids.set(name, this.idList[i] as number));
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
      return this.idList[k]!;
    }
    return 0;
  }
}
