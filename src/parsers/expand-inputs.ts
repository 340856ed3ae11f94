/**
 * `--plan a.json --plan 'plans/*.json'` -> the files to read, in a stable order. A name that is a
 * file is taken as it is (even if it holds glob characters); anything else is a glob that must
 * match at least one file.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import fg from 'fast-glob';
import { InputError } from '../errors.js';

export async function expandInputs(
  patterns: readonly string[],
  cwd: string,
  what: string,
): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    for (const file of await expandOne(pattern, cwd, what)) {
      if (!seen.has(file)) {
        seen.add(file);
        files.push(file);
      }
    }
  }
  return files;
}

async function expandOne(pattern: string, cwd: string, what: string): Promise<string[]> {
  const literal = await statOrUndefined(pattern, cwd);
  if (literal?.isFile()) return [pattern];
  if (literal?.isDirectory()) {
    const hint = what === 'plan' ? ' (use --terragrunt-dir for a Terragrunt output tree)' : '';
    throw new InputError('INPUT_UNREADABLE', pattern, `is a directory, not a ${what} JSON file${hint}`);
  }
  if (!fg.isDynamicPattern(pattern)) {
    throw new InputError('INPUT_NOT_FOUND', pattern, `no such ${what} file`);
  }
  const matches = await fg(pattern, {
    cwd,
    onlyFiles: true,
    dot: true,
    followSymbolicLinks: false,
    suppressErrors: true,
  });
  if (matches.length === 0) {
    throw new InputError('INPUT_NOT_FOUND', pattern, `the glob matches no ${what} file`);
  }
  // fast-glob's order depends on the file system: sort so two runs agree byte for byte.
  return matches.sort();
}

async function statOrUndefined(path: string, cwd: string) {
  try {
    return await stat(resolve(cwd, path));
  } catch {
    return undefined;
  }
}
