/**
 * Usage mistakes turned into help: the nearest known flag for a misspelt one ("did you mean
 * --plan?"), and the tell-tale of a glob the shell expanded before we saw it (several plan files
 * where one value was expected).
 */
import { nearestName } from '../config/nearest-name.js';

/**
 * The known flag closest to `given` (`--plna` -> `--plan`), or undefined when none is close:
 * at most a third of the name's letters wrong (at least one), or `given` a prefix of one flag only.
 */
export function nearestFlag(given: string, known: readonly string[]): string | undefined {
  const nearest = nearestName(given.replace(/^-+/, '').split('=')[0] ?? '', known);
  return nearest === undefined ? undefined : `--${nearest}`;
}
