/**
 * `send --payload <file>` of a spooled body goes where the body was meant to go (issue 26): the
 * target kept beside it (api/spool.ts) fills every connection field its flag does not give, ahead
 * of the environment, which in a later job may name another workspace. Precedence, per field:
 * flag > spooled target > environment variable. The key is never in the target.
 *
 * Except the host: the key goes wherever the base URL points, and a target file may come from
 * an artifact a less trusted job wrote. So the base URL is never taken from the target; when it
 * differs from the one in use, a note says which host the body was made for and how to send there.
 */
import { readSpoolTarget, type SpoolTarget } from '../api/spool.js';
import { SETTINGS } from '../config/settings.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface TargetedEnv {
  readonly env: Env;
  /** One line per field where the spooled target overrode a different environment value. */
  readonly notes: readonly string[];
}

/** `env` with the spooled target's fields in place of their variables, where no flag gives them. */
export function applySpoolTarget(
  target: SpoolTarget | undefined,
  values: Readonly<Record<string, unknown>>,
  env: Env,
): TargetedEnv {
  if (target === undefined) return { env, notes: [] };
  const merged: Record<string, string | undefined> = { ...env };
  const notes: string[] = [];
  for (const row of SETTINGS) {
    if (row.section !== 'connection') continue;
    const key = row.path.replace(/^connection\./, '') as keyof SpoolTarget;
    const value = target[key];
    const variable = row.env?.cli?.[0];
    if (value === undefined || variable === undefined) continue;
    const flag = values[row.name];
    const given = typeof flag === 'string' && flag.trim() !== '';
    const current = env[variable]?.trim();
    if (key === 'baseUrl') {
      const inUse = given ? flag.trim() : current !== undefined && current !== '' ? current : row.default;
      if (inUse !== value) {
        notes.push(
          `the body was made for ${value}, not ${String(inUse)}; the host never comes from the saved target: pass --base-url ${value} to send there`,
        );
      }
      continue;
    }
    if (given) continue;
    if (current !== undefined && current !== '' && current !== value) {
      notes.push(
        `${row.name} "${value}" from the spooled body's target, not ${variable} ("${current}"); pass --${row.name} to send elsewhere`,
      );
    }
    merged[variable] = value;
  }
  return { env: merged, notes };
}

/** The target kept beside a payload file (none for standard input). */
export async function payloadTarget(source: string, file: string): Promise<SpoolTarget | undefined> {
  return source === '-' ? undefined : readSpoolTarget(file);
}
