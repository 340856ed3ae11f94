/**
 * Reads the repository's Dockerfile the way the builder does (comments dropped, `\` continuations
 * joined), so tests can check it and lay the bundle out exactly where the image puts it.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

export interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

export function parseDockerfile(text: string): Instruction[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (pending === '' && line === '')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    logical.push(pending + line);
    pending = '';
  }
  return logical.map((line) => {
    const [keyword = '', ...rest] = line.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
  });
}

export function readDockerfile(repo: string): Instruction[] {
  return parseDockerfile(readFileSync(join(repo, 'Dockerfile'), 'utf8'));
}

/** COPY's sources and destination, flags (`--chown=...`) left out. */
export function copyPaths(args: string): { sources: string[]; dest: string } {
  const parts = args.split(/\s+/).filter((part) => !part.startsWith('--'));
  const dest = parts.pop() ?? '';
  return { sources: parts, dest };
}

/** The stage a `COPY --from=<stage>` copies out of; undefined for a copy from the build context. */
export function copyFrom(args: string): string | undefined {
  return /(?:^|\s)--from=(\S+)/.exec(args)?.[1];
}

/** ENTRYPOINT in exec form, as argv. */
export function entrypoint(instructions: readonly Instruction[]): string[] {
  const entry = instructions.filter((i) => i.keyword === 'ENTRYPOINT').at(-1);
  return entry === undefined ? [] : (JSON.parse(entry.args) as string[]);
}

/** Where an absolute path inside the image came from in the build context, through the COPYs. */
export function contextPathOf(instructions: readonly Instruction[], imagePath: string): string | undefined {
  for (const copy of instructions.filter((i) => i.keyword === 'COPY' && copyFrom(i.args) === undefined)) {
    const { sources, dest } = copyPaths(copy.args);
    const destDir = dest.replace(/\/$/, '');
    if (sources.length === 1 && imagePath.startsWith(`${destDir}/`)) {
      return posix.join((sources[0] ?? '').replace(/\/$/, ''), imagePath.slice(destDir.length + 1));
    }
  }
  return undefined;
}
