/**
 * The GitHub runner's workflow-command grammar, as its parser reads a step's output (stdout and
 * stderr alike): the output is split into lines at \r and \n; a line that, trimmed of white space,
 * starts with `::name` is a command (`::name key=value::data`), and so is a line holding the legacy
 * `##[name ...]` anywhere. Tests read our output with it: any command found that we did not mean
 * to issue is an injection.
 */

/** .NET's Trim: white space as Char.IsWhiteSpace knows it (Zs, Zl, Zp, tab to CR, U+0085). */
const DOTNET_SPACE = /^[\s\u0085]+|[\s\u0085]+$/g;

export interface RunnerCommand {
  readonly name: string;
  readonly line: string;
}

/** Every command the runner would obey in `output`. */
export function runnerCommands(output: string): RunnerCommand[] {
  const found: RunnerCommand[] = [];
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.replace(DOTNET_SPACE, '');
    const v2 = /^::([A-Za-z][\w-]*)/.exec(line);
    if (v2) found.push({ name: v2[1] ?? '', line: raw });
    for (const legacy of raw.matchAll(/##\[([A-Za-z][\w-]*)[^\]]*\]/g)) {
      found.push({ name: legacy[1] ?? '', line: raw });
    }
  }
  return found;
}
