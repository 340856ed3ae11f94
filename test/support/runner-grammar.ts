/**
 * The GitHub runner's workflow-command grammar, as actions/runner reads a step's output (stdout and
 * stderr alike; src/Runner.Common/ActionCommand.cs and src/Runner.Worker/ActionCommandManager.cs):
 *
 * - The output is read line by line (.NET's ReadLine: a line ends at \r, \n or \r\n).
 * - `TryParseV2`: the line, trimmed at its start of white space (.NET's Char.IsWhiteSpace), must
 *   start with `::`; the next `::` from index 2 ends the command info; the command name is the info
 *   up to its first space, read from index 2 of the trimmed line whatever the match spanned.
 * - `TryParse` (legacy): the first `##[` anywhere in the line, then the first `]` after it; the
 *   command info is read from 3 characters past where the match starts.
 * - Only registered names count (compared ignoring case); `stop-commands` pauses processing until
 *   a line whose command name is its token.
 *
 * The runner compares `::` and `##[` with string.StartsWith and string.IndexOf, which in .NET are
 * culture-sensitive: on Linux and Windows .NET uses ICU, whose collation IGNORES default-ignorable
 * characters (U+200B, U+2060, U+FEFF, soft hyphen, C0 controls…). So `:\u200b:` does start with
 * `::`, and `##\u200b[` contains `##[`. This checker models that with the ICU in Node
 * (Intl.Collator, root locale: a character is ignorable when `a<c>b` collates equal to `ab`).
 * Where ICU's exact match boundaries are not pinned down (a match that may or may not include the
 * ignorable characters before it), every possible boundary is tried and a command is reported if
 * any of them makes one: the checker errs on the side of finding a command.
 */

/** The commands the runner registers (ActionCommandManager's extensions and stop-commands). */
export const REGISTERED_COMMANDS: readonly string[] = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
];

/** .NET's Char.IsWhiteSpace: Zs, Zl, Zp, tab to CR, U+0085, U+00A0. */
const DOTNET_LEADING_SPACE = /^[\t\n\v\f\r\u0085\p{Zs}\u2028\u2029]+/u;

const collator = new Intl.Collator('und', { sensitivity: 'variant' });
const ignorableCache = new Map<string, boolean>();

/** Whether ICU's root collation gives `char` no weight at all (it vanishes in a comparison). */
export function collationIgnorable(char: string): boolean {
  let known = ignorableCache.get(char);
  if (known === undefined) {
    known = collator.compare(`a${char}b`, 'ab') === 0;
    ignorableCache.set(char, known);
  }
  return known;
}

/**
 * The possible start indexes of the first culture-sensitive match of `pattern` (ASCII, no
 * ignorable characters) in `text` at or after `from`: the first pattern character's index, and
 * every index before it from which only ignorable characters lead up to it.
 */
function cultureIndexOf(text: string, pattern: string, from: number): number[] {
  for (let first = from; first < text.length; first++) {
    if (text[first] !== pattern[0] || !matchesFrom(text, pattern, first)) continue;
    const starts = [first];
    for (let before = first - 1; before >= from && collationIgnorable(text[before] ?? ''); before--) {
      starts.push(before);
    }
    return starts;
  }
  return [];
}

/** Whether `pattern` follows at `index`, ignorable characters between its characters skipped. */
function matchesFrom(text: string, pattern: string, index: number): boolean {
  let at = index;
  for (const char of pattern) {
    while (at < text.length && text[at] !== char && collationIgnorable(text[at] ?? '')) at++;
    if (text[at] !== char) return false;
    at++;
  }
  return true;
}

/** Culture-sensitive StartsWith: the pattern after any ignorable characters. */
function cultureStartsWith(text: string, pattern: string): boolean {
  let at = 0;
  while (at < text.length && text[at] !== pattern[0] && collationIgnorable(text[at] ?? '')) at++;
  return text[at] === pattern[0] && matchesFrom(text, pattern, at);
}

function commandName(info: string): string {
  const space = info.indexOf(' ');
  return space < 0 ? info : info.slice(0, space);
}

/** The command names a line can carry (one per possible match boundary), V2 form first. */
function lineCommands(line: string, registered: ReadonlySet<string>): { name: string; data: string }[] {
  const known = (name: string): boolean => registered.has(name.toUpperCase());
  const found: { name: string; data: string }[] = [];
  const trimmed = line.replace(DOTNET_LEADING_SPACE, '');
  if (cultureStartsWith(trimmed, '::')) {
    for (const end of cultureIndexOf(trimmed, '::', 2)) {
      const name = commandName(trimmed.slice(2, end));
      if (known(name)) found.push({ name, data: trimmed.slice(end + 2) });
    }
    if (found.length > 0) return found;
  }
  for (const start of cultureIndexOf(line, '##[', 0)) {
    const close = line.indexOf(']', start);
    if (close < start + 3) continue;
    const name = commandName(line.slice(start + 3, close));
    if (known(name)) found.push({ name, data: line.slice(close + 1) });
  }
  return found;
}

export interface RunnerCommand {
  readonly name: string;
  readonly line: string;
}

/**
 * Every command the runner would process in `output`, in order (stop-commands and its resume
 * token included; commands while stopped are not processed and not listed).
 */
export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set(REGISTERED_COMMANDS.map((name) => name.toUpperCase()));
  const processed: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    for (const command of lineCommands(line, registered)) {
      const upper = command.name.toUpperCase();
      if (stopToken !== undefined) {
        if (upper !== stopToken.toUpperCase()) continue;
        registered.delete(upper);
        stopToken = undefined;
      } else if (upper === 'STOP-COMMANDS') {
        stopToken = unescapeData(command.data);
        registered.add(stopToken.toUpperCase());
      }
      processed.push({ name: command.name, line });
      break;
    }
  }
  return processed;
}

/** The runner's UnescapeData. */
function unescapeData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/**
 * The stricter promise of our writer (src/runner-commands.ts): no line whose start (after white
 * space) is a literal `::` and no literal `##[` anywhere, whatever the runner would make of it.
 */
export function literalCommandMarkers(output: string): string[] {
  return output
    .split(/\r\n|\r|\n/)
    .filter((line) => line.replace(DOTNET_LEADING_SPACE, '').startsWith('::') || line.includes('##['));
}
