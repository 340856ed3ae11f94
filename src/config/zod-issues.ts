/** Turns the first zod issue into one line that names the setting the way the user wrote it. */
import type { z } from 'zod';
import { UsageError } from '../errors.js';

/**
 * `nameOf` maps a config path (`connection.baseUrl`, `gates.failOnDrift`) to the user's name for it
 * (`--base-url`, `INPUT_BASE-URL`, `settings.base_url`).
 */
export function configError(error: z.ZodError, nameOf: (path: string) => string): UsageError {
  const issue = error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  const message = issue?.message ?? 'invalid configuration';
  return new UsageError(`${nameOf(path)}: ${message}`, 'CONFIG_INVALID');
}

/** Config paths in camelCase (`gates.failOnDrift`) -> kebab-case flag names (`fail-on-drift`). */
export function kebabName(path: string): string {
  const last =
    path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? path;
  return last.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
