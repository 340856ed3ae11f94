/**
 * Names that keep two roles apart. A path is shown without its trailing element indexes
 * (readablePaths: `cidr_blocks[0]` reads `cidr_blocks`), but when that makes one name both
 * changed and known after apply (`input[0]` changes, `input[1]` is known only after apply: both
 * read `input`), the name would say two contrary things. Then the paths behind that name keep
 * their indexes, in both roles: `input[0]` changed; known after apply: `input[1]`.
 *
 * Applied after the roles are found (attribute-diff.ts), whichever code found them.
 */
import { readablePaths, trimIndexes } from './attribute-paths.js';

/**
 * The exact paths, of `changed` and of `unknown`, behind a name both roles would show; undefined
 * when there is none (the usual change). Found on the names as shown (readablePaths), so the
 * paths a reader also notes under a changed one (a walk notes containers and their members, the
 * raw comparison only the outermost) make no difference.
 */
export function exactWhereShared(
  changed: readonly string[],
  unknown: readonly string[],
): Set<string> | undefined {
  if (changed.length === 0 || unknown.length === 0) return undefined;
  // Only a path of `replace_paths` is in both lists exactly, and then it is both: the names can
  // only meet once an index is dropped.
  if (!changed.some(endsInIndex) && !unknown.some(endsInIndex)) return undefined;
  const unknownNames = new Set(readablePaths(unknown));
  let shared: Set<string> | undefined;
  for (const name of readablePaths(changed)) if (unknownNames.has(name)) (shared ??= new Set()).add(name);
  if (shared === undefined) return undefined;
  const exact = new Set<string>();
  for (const p of changed) if (shared.has(trimIndexes(p))) exact.add(p);
  for (const p of unknown) if (shared.has(trimIndexes(p))) exact.add(p);
  return exact;
}

function endsInIndex(p: string): boolean {
  return p.charCodeAt(p.length - 1) === 0x5d;
}
