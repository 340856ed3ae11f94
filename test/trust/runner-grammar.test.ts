/**
 * The checker the trust tests read our output with (test/support/runner-grammar.ts) is the
 * runner's own grammar: the lines actions/runner's tests parse as commands (ActionCommandL0.cs,
 * with a registered name in place of their `do-something`) are commands here, the lines they
 * refuse are not, and the culture-sensitive matching of .NET on ICU (ignorable characters vanish
 * from `::` and `##[`) is modelled, not assumed away.
 */
import { describe, expect, it } from 'vitest';
import { collationIgnorable, literalCommandMarkers, runnerCommands } from '../support/runner-grammar.js';

const names = (output: string): string[] => runnerCommands(output).map((command) => command.name);

describe('the runner grammar', () => {
  it('finds what actions/runner parses as a command', () => {
    // From ActionCommandL0.cs (CommandParserTest, CommandParserV2Test).
    expect(names('##[error k1=v1;]msg')).toEqual(['error']);
    expect(names('##[warning]')).toEqual(['warning']);
    expect(names('>>>   ##[debug k1=v1;]msg')).toEqual(['debug']);
    expect(names('::error k1=v1,::msg')).toEqual(['error']);
    expect(names('::notice::')).toEqual(['notice']);
    expect(names('   ::warning k1=v1,::msg')).toEqual(['warning']);
    // Names are compared ignoring case; every line is read, after \r or \n alike.
    expect(names('::ERROR title=Approved::LGTM')).toEqual(['ERROR']);
    expect(names('ok\r::add-mask::x\n##[set-output name=a]b')).toEqual(['add-mask', 'set-output']);
    // .NET's white space (U+0085, no-break space) is trimmed before `::`.
    expect(names('\u0085\u00a0::error::x')).toEqual(['error']);
  });

  it('refuses what actions/runner refuses', () => {
    expect(names('   >>>   ::error k1=v1,::msg')).toEqual([]);
    expect(names('::error without an end')).toEqual([]);
    expect(names('::do-something::unregistered')).toEqual([]);
    expect(names('##[do-something]unregistered')).toEqual([]);
    expect(names('##[error without a bracket')).toEqual([]);
    expect(names('a :: b, c::d, no ##x')).toEqual([]);
  });

  it('models ICU: ignorable characters vanish from the markers the runner looks for', () => {
    for (const char of ['\u200b', '\u2060', '\ufeff', '\u00ad', '\u0000']) {
      expect(collationIgnorable(char), JSON.stringify(char)).toBe(true);
    }
    expect(collationIgnorable(' ')).toBe(false);
    // A separator an ordinal reader would miss: `:\u200b:` ends the command info.
    expect(names('::error:\u200b:forged')).toEqual(['error']);
    // A NUL before `##[` may be part of the match: the name is still read from 3 past the start.
    expect(names('\u0000##[error]forged')).toEqual(['error']);
    // An ignorable character inside the marker shifts the runner's fixed offsets: the name it
    // reads starts with `:` or `[`, which no command has.
    expect(names(':\u200b:error::x')).toEqual([]);
    expect(names('##\u200b[error]x')).toEqual([]);
    expect(names('\u200b::error::x')).toEqual([]);
  });

  it('follows stop-commands: nothing is processed until the token', () => {
    expect(names('::stop-commands::tok\n::error::x\n##[warning]y\n::tok::\n::notice::z')).toEqual([
      'stop-commands',
      'tok',
      'notice',
    ]);
  });

  it('also reports literal markers, the stricter promise of our writer', () => {
    expect(literalCommandMarkers('a\n  ::x\nb ##[c\n:\u200b:d\n##\u200b[e')).toEqual(['  ::x', 'b ##[c']);
  });
});
