/**
 * `items.map(fn)` with at most `limit` calls in flight: reading 2,000 unit plans at once would
 * open 2,000 files together (EMFILE on small ulimits) for no gain over a few at a time.
 */

export interface BoundedMapResult<R> {
  /** Per item, in input order: the value, or undefined where `fn` threw. */
  readonly values: (R | undefined)[];
  /** Failures in input order (not completion order, so the first one reported never varies). */
  readonly errors: { readonly index: number; readonly error: unknown }[];
}

/**
 * Runs every item, even after a failure, so the failures reported are the same on every run
 * whatever order the calls finish in. `onDone(done)` is called after each item settles.
 */
export async function boundedMap<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  onDone?: (done: number) => void,
): Promise<BoundedMapResult<R>> {
  const values: (R | undefined)[] = new Array<R | undefined>(items.length).fill(undefined);
  const errors: { index: number; error: unknown }[] = [];
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        values[index] = await fn(items[index] as T, index);
      } catch (error) {
        errors.push({ index, error });
      }
      done++;
      onDone?.(done);
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  errors.sort((a, b) => a.index - b.index);
  return { values, errors };
}
