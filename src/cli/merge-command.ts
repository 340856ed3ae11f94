/**
 * `iacm-report merge <file|glob>... [options]`: the reduce side of partial reports. One event from
 * every leg's partial (stdout carries the body on a dry run, as for a report), or with
 * `--comment-only` one summary over many workspaces (Markdown on stdout) and nothing sent.
 *
 * Its flags are the settings table's CLI rows (config/settings.ts): the merge's own, and the
 * report's, so a report setting that cannot act on a merge is refused by name, as in every entry.
 */
import type * as z from '../zod-mini.js';
import { issuePath, ruleError } from '../config/config-issues.js';
import { cliIssueError, configInputFromFlags, flagOptions } from '../config/from-cli-flags.js';
import { actsOnMerge, mergeConfigSchema, mergeInput } from '../config/merge-schema.js';
import { SETTING_NAMES, setPath, settingsOf } from '../config/settings.js';
import { describeError, UsageError } from '../errors.js';
import { plainText } from '../plain-text.js';
import { mergeEnding, present } from '../run/ending.js';
import { runMerge } from '../run/run-merge.js';
import { finishReview, publishFailure } from '../run/review.js';
import { cliReviewIo } from './report-command.js';
import type { CliIo } from './cli-io.js';
import { cliWriter } from './cli-writer.js';
import { httpOptionsFor, parseFlags, runCommand, type CommandOverrides } from './command-runner.js';
import { sectionUsage, usageWidth } from './settings-usage.js';

const ROWS = settingsOf('cli');

const options = { ...flagOptions(ROWS), quiet: { type: 'boolean', short: 'q' } } as const;

const SECTIONS = ['merge', 'event', 'delivery', 'gates', 'connection', 'review'] as const;

/** --help: the table's CLI rows that act on a merge (settings-usage.ts), never listed here. */
export const MERGE_USAGE = `Usage: iacm-report merge <file|glob>... [options]

Merge the partial reports that CI legs wrote with --save-partial into one event (one summary),
as if one run had read everything the legs read.

${sectionUsage(SECTIONS, usageWidth([...SECTIONS]), actsOnMerge)}
Other:
  -q, --quiet                  no summary on stderr (warnings and errors still)


Exit codes: 0 success, 2 bad input or usage, 1 any other failure.`;

export function run(argv: string[], io: CliIo, overrides: CommandOverrides = {}): Promise<number> {
  return runCommand(argv, io, () => merge(argv, io, overrides));
}

/** One line naming the flag (or the file arguments) the first issue is about. */
function mergeIssueError(issues: readonly z.core.$ZodIssue[]): UsageError {
  const issue = issues[0];
  if (issue !== undefined && ruleError(issue, 'cli') === undefined && issuePath(issue) === 'merge.partials') {
    return new UsageError(`merge <file|glob>: ${issue.message}`, 'CONFIG_INVALID');
  }
  return cliIssueError(issues);
}

async function merge(argv: string[], io: CliIo, overrides: CommandOverrides): Promise<number> {
  const { values, positionals } = parseFlags(argv, options, 'merge', true);
  const flags = values as Readonly<Record<string, unknown>>;
  const input = configInputFromFlags(ROWS, flags, io.env);
  setPath(input, 'merge.partials', positionals);
  // A flag on the command line is a choice; a variable (HARNESS_PIPELINE_ID, ...) is not.
  const given = (row: { name: string }): boolean =>
    flags[row.name] !== undefined && flags[row.name] !== false;
  const parsed = mergeConfigSchema.safeParse(mergeInput(input, given, 'cli'));
  if (!parsed.success) throw mergeIssueError(parsed.error.issues);
  const config = parsed.data;
  const review = cliReviewIo(io, config.connection.apiKey, values.quiet === true);
  const outcome = await runMerge(config, {
    env: io.env,
    cwd: io.cwd,
    log: values.quiet === true ? () => undefined : (line: string) => io.stderr(`${line}\n`),
    http: httpOptionsFor(io, overrides),
  }).catch(async (error: unknown) => {
    await publishFailure(config.review, plainText(describeError(error, SETTING_NAMES.cli)), review);
    throw error;
  });
  const ending = mergeEnding(outcome, config.connection.workspace);
  const code = await present(ending, cliWriter(io, { quiet: values.quiet === true, dryRun: config.dryRun }));
  // The Markdown file, the comment and the check run (one section per workspace for comment-only).
  await finishReview(
    config.review,
    { model: ending.model, facts: ending.facts, render: ending.markdown },
    { ...review, cwd: io.cwd },
  );
  return code;
}
