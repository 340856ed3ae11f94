/**
 * The kind of run a command line asks for, for the code cache (code-cache.ts): each kind keeps a
 * cache of its own, holding what a run of that kind compiled.
 *
 * One cache for every kind held what the first successful run compiled, whatever it was: after a
 * `merge` or a run that sent, a dry run found its own functions missing and compiled them each
 * time, and the file was never rewritten while V8 accepted it (a Node 24 dry run of the demo
 * cost 245 ms of CPU against 223 ms with the cache a dry run wrote; docs/performance.md). A
 * cache holding every kind's functions would make every run deserialise all of them. So the
 * command and whether it sends choose the file: `report-dry` (`--dry-run`), `report`, `merge`,
 * `send`, ... A first word that is not a command's shape counts as `report`, the default
 * command; a misspelt command fails, and a failed run writes no cache.
 */
export function runKind(argv: readonly string[]): string {
  const first = argv[0];
  const command = first !== undefined && /^[a-z]{2,16}$/.test(first) ? first : 'report';
  return argv.includes('--dry-run') ? `${command}-dry` : command;
}
