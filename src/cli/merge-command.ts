/**
 * `iacm-report merge <file|glob>... [--dry-run] [--expect-legs N] [--allow-mixed] [--comment-only]`:
 * the reduce side of partial reports. One event from every leg's partial (stdout carries the body
 * on a dry run, as for a report), or with `--comment-only` one summary over many workspaces
 * (Markdown on stdout) and nothing sent.
 */
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { issuePath, ruleError } from '../config/config-issues.js';
import { cliIssueError, configInputFromFlags, flagOptions } from '../config/from-cli-flags.js';
import { mergeConfigSchema } from '../config/merge-schema.js';
import { SETTING_NAMES, setPath, settingsOf } from '../config/settings.js';
import { describeError, EXIT_FAILURE, EXIT_OK, UsageError } from '../errors.js';
import { renderTextSummary } from '../reporter/text-summary.js';
import { COMMENT_BUDGET, type TextBudget } from '../reporter/text-budget.js';
import { renderWorkspacesMarkdown, renderWorkspacesText } from '../reporter/workspaces-summary.js';
import { gateMessage } from '../reporter/run-facts.js';
import { plainText } from '../plain-text.js';
import { runMerge } from '../run/run-merge.js';
import { finishReview, publishFailure } from '../run/review.js';
import { reviewIo } from './report-command.js';
import type { CliIo } from './cli-io.js';
import { httpOptionsFor, runCommand, type CommandOverrides } from './command-runner.js';
import { CONNECTION_USAGE } from './connection-flags.js';

/** The report's event, delivery, connection and gate rows of the settings table. */
const SHARED_ROWS = settingsOf('cli').filter((row) =>
  (['event', 'delivery', 'connection', 'gates', 'review'] as string[]).includes(row.section),
);

/** The merge's own flags -> their config paths. */
const MERGE_FLAGS: Readonly<Record<string, string>> = {
  'expect-legs': 'merge.expectLegs',
  'allow-mixed': 'merge.allowMixed',
  'comment-only': 'merge.commentOnly',
};

const options = {
  ...flagOptions(SHARED_ROWS),
  'expect-legs': { type: 'string' },
  'allow-mixed': { type: 'boolean' },
  'comment-only': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

export const MERGE_USAGE = `Usage: iacm-report merge <file|glob>... [options]

Merge the partial reports that CI legs wrote with --save-partial into one event (one summary),
as if one run had read everything the legs read.

  --dry-run                    print the merged request body on stdout; send nothing
  --expect-legs <n>            the run has n legs: fewer partials make the event incomplete and
                               the summary names the gap (a leg that failed makes it a failure)
  --allow-mixed                accept partials of different workspaces or commits
  --comment-only               legs that each sent to their own workspace: print one Markdown
                               summary over all of them on stdout (one section per workspace);
                               send nothing
  --event-type, --activity-type, --activity-status, --provisioner   override, as for a report
  --spool-dir <dir>            where an undeliverable body is saved
${CONNECTION_USAGE}

Gates (exit 1 after the report is sent):
  --fail-on-drift, --fail-on-destroy, --max-monthly-cost-increase <amount>
  -q, --quiet                  no summary on stderr

Pull/merge request review (as for a report; see docs/pull-requests.md):
  --comment <mode>, --comment-key <key>, --forge github|gitlab, --forge-url <url>,
  --forge-token <token>, --forge-timeout <seconds>, --check-run, --markdown <file>,
  --markdown-budget summary|comment

Exit codes: 0 success, 2 bad input or usage, 1 any other failure.`;

export function run(argv: string[], io: CliIo, overrides: CommandOverrides = {}): Promise<number> {
  return runCommand(argv, io, () => merge(argv, io, overrides));
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see iacm-report merge --help)`);
  }
}

/** One line naming the flag (or the file arguments) the first issue is about. */
function mergeIssueError(issues: readonly z.core.$ZodIssue[]): UsageError {
  const issue = issues[0];
  if (issue === undefined) return new UsageError('invalid configuration', 'CONFIG_INVALID');
  const rule = ruleError(issue, 'cli');
  if (rule) return rule;
  const path = issuePath(issue);
  if (path === 'merge.partials')
    return new UsageError(`merge <file|glob>: ${issue.message}`, 'CONFIG_INVALID');
  const flag = Object.entries(MERGE_FLAGS).find(([, at]) => at === path)?.[0];
  if (flag !== undefined) return new UsageError(`--${flag}: ${issue.message}`, 'CONFIG_INVALID');
  return cliIssueError(issues);
}

async function merge(argv: string[], io: CliIo, overrides: CommandOverrides): Promise<number> {
  const { values, positionals } = parse(argv);
  const input = configInputFromFlags(SHARED_ROWS, values, io.env);
  setPath(input, 'merge.partials', positionals);
  for (const [flag, path] of Object.entries(MERGE_FLAGS)) {
    const value = (values as Record<string, unknown>)[flag];
    if (value !== undefined) setPath(input, path, value);
  }
  const parsed = mergeConfigSchema.safeParse(input);
  if (!parsed.success) throw mergeIssueError(parsed.error.issues);
  const config = parsed.data;
  const log = values.quiet ? () => undefined : (line: string) => io.stderr(`${line}\n`);
  const review = reviewIo(io, config.connection.apiKey, values.quiet === true);
  const outcome = await runMerge(config, {
    env: io.env,
    cwd: io.cwd,
    log,
    http: httpOptionsFor(io, overrides),
  }).catch(async (error: unknown) => {
    await publishFailure(config.review, plainText(describeError(error, SETTING_NAMES.cli)), review);
    throw error;
  });
  const render =
    outcome.kind === 'comment-only'
      ? (budget: TextBudget) => renderWorkspacesMarkdown(outcome.sections, outcome.notes, budget)
      : undefined;
  await finishReview(
    config.review,
    { model: outcome.model, facts: outcome.facts, render },
    { ...review, cwd: io.cwd },
  );

  if (outcome.kind === 'comment-only') {
    io.stdout(renderWorkspacesMarkdown(outcome.sections, outcome.notes, COMMENT_BUDGET));
    log(renderWorkspacesText(outcome.sections, outcome.notes));
  } else {
    if (config.dryRun) io.stdout(`${outcome.body}\n`);
    if (values.quiet) {
      // Warnings (failed and missing legs first) are part of the summary; without it, a line each.
      for (const warning of outcome.model.warnings)
        io.stderr(`iacm-report: warning: ${plainText(warning)}\n`);
    } else {
      log(renderTextSummary(outcome.model, { facts: outcome.facts }));
    }
    const { delivery } = outcome;
    if (delivery.kind === 'spooled') {
      io.stderr(
        `iacm-report: error: ${describeError(delivery.error, SETTING_NAMES.cli)}\n` +
          `iacm-report: the report was saved to ${delivery.file}; send it later with: iacm-report send --payload ${delivery.file}\n`,
      );
      return EXIT_FAILURE;
    }
    if (delivery.kind === 'sent') log('Merged event delivered to Harness IaCM.');
  }
  for (const gate of outcome.gates) io.stderr(`iacm-report: gate failed: ${gateMessage(gate)}\n`);
  return outcome.gates.length > 0 ? EXIT_FAILURE : EXIT_OK;
}
