/** Small helpers the config readers share for text settings (Action inputs, plugin settings). */

/** Several files or globs in one value: comma-joined (Harness lists) or one a line (YAML blocks). */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Sets `value` at a dotted path (`gates.failOnDrift`) of a plain object, creating the levels. */
export function setPath(into: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = into;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}
