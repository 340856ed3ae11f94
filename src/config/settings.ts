/**
 * THE settings table: every setting of a report run, once, for all three worlds. The CLI's flags
 * (`--name`), the Action's inputs (`name`, declared in action.yml) and the plugin's settings
 * (`settings.name_in_snake_case`, arriving as PLUGIN_NAME) are all read from these rows by the
 * readers in this folder; `iacm-report --help` is generated from them at run time, and action.yml's
 * inputs and the README tables by `npm run docs:settings` (a test fails when those are stale).
 *
 * To add a setting:
 *   1. Add its field to the zod schema in schema.ts (type, default, and any rule that spans fields
 *      goes in that file's superRefine, never in a reader).
 *   2. Add one row below: `name` (kebab-case, it becomes --name, input name and settings.name),
 *      `path` (the schema field, dotted), `kind`, `section`, `description` (the action.yml text)
 *      and `help` (one line for --help and the README). Set `worlds` when not all three offer it,
 *      `env` for variables consulted when it is not given, `secret` for anything not to echo.
 *   3. Run `npm run docs:settings`: it rewrites action.yml's inputs and the README's CLI, Action and
 *      plugin tables from the rows (test/config/settings-table.test.ts fails while they are stale).
 *      `iacm-report --help` is generated from the rows at run time (cli/settings-usage.ts).
 * Nothing else: parsing, validation, help, docs and error wording follow from the row.
 *
 * One boolean grammar everywhere a boolean arrives as text (Action inputs, plugin settings):
 * `true` or `false` in any letter case; empty means unset (the default). On the CLI a boolean is a
 * flag: present means true.
 */

export type World = 'cli' | 'action' | 'plugin';
export const WORLDS: readonly World[] = ['cli', 'action', 'plugin'];

/** `text`: one value; `list`: files or globs, comma-separated or one a line; `boolean`: see above. */
export type SettingKind = 'text' | 'list' | 'boolean';

export type SettingSection =
  | 'inputs'
  | 'event'
  | 'delivery'
  | 'connection'
  | 'gates'
  | 'action'
  | 'partial'
  | 'merge'
  | 'uploads'
  | 'review';

export interface Setting {
  /** kebab-case: the CLI flag without `--`, the Action input; snake_cased, the plugin setting. */
  readonly name: string;
  /** The field in ReportConfigInput (dotted); `action.*` for the Action's own options. */
  readonly path: string;
  readonly kind: SettingKind;
  /** What a value is, as --help and the README show it (`<file|glob>`); a boolean has none. */
  readonly value?: string;
  readonly section: SettingSection;
  /** The worlds that offer it (default: all three). */
  readonly worlds?: readonly World[];
  /** Variables consulted, in order, when the setting is not given, per world. */
  readonly env?: { readonly cli?: readonly string[]; readonly plugin?: readonly string[] };
  /** PLUGIN_ENDPOINT_VARIABLES key consulted after `env.plugin` (inside an IaCM stage). */
  readonly endpoint?: string;
  /** The default as action.yml shows it (the schema holds the real one). */
  readonly default?: string;
  /** Never echoed back in a message. */
  readonly secret?: boolean;
  /** The long description (action.yml's, word for word). */
  readonly description: string;
  /** One line for --help and the README tables, the same in every world; `code` in backticks. */
  readonly help: string;
}

export const SETTINGS: readonly Setting[] = [
  // ── Inputs ──
  {
    name: 'plan',
    path: 'plans',
    kind: 'list',
    value: 'file|glob',
    section: 'inputs',
    description:
      'Plan JSON files (`terraform show -json` / `tofu show -json` output) to report, one per line or comma-separated; globs allowed.',
    help: 'plan JSON files or globs (`terraform show -json` / `tofu show -json`); several add up',
  },
  {
    name: 'drift',
    path: 'drifts',
    kind: 'list',
    value: 'file|glob',
    section: 'inputs',
    description:
      'Drift files (refresh-only plan JSON with `resource_drift`), one per line or comma-separated; globs allowed.',
    help: "refresh-only plan JSON; its drift is the event's drift",
  },
  {
    name: 'terragrunt-dir',
    path: 'terragruntDir',
    kind: 'text',
    value: 'dir',
    section: 'inputs',
    description:
      "Root of a Terragrunt `--json-out-dir` tree: one plan JSON per unit, under the unit's relative path.",
    help: 'tree from `terragrunt run --all --json-out-dir <dir> -- plan`',
  },
  {
    name: 'terragrunt-report',
    path: 'terragruntReport',
    kind: 'text',
    value: 'file',
    section: 'inputs',
    description: 'Terragrunt run report JSON (`--report-file`), for unit status and errors.',
    help: 'Terragrunt run report (`--report-file`, JSON)',
  },
  {
    name: 'plan-file-name',
    path: 'planFileName',
    kind: 'text',
    value: 'glob',
    section: 'inputs',
    default: 'tfplan.json',
    description: 'File name (glob allowed) of the plan JSON inside each Terragrunt unit folder.',
    help: 'plan file name (glob) inside each unit folder',
  },
  {
    name: 'reader-threads',
    path: 'readerThreads',
    kind: 'text',
    value: 'auto|n',
    section: 'inputs',
    default: 'auto',
    description:
      "Threads that read a Terragrunt tree's unit plans: `auto` (one per two cores, within memory; small trees and 1-3 cores on one thread) or a number; `1` reads on one thread.",
    help: 'threads reading Terragrunt unit plans: `auto` or a number, `1` for one thread',
  },
  {
    name: 'infracost',
    path: 'infracost',
    kind: 'text',
    value: 'file',
    section: 'inputs',
    description: 'Infracost JSON (`infracost breakdown` or `infracost diff --format json`) with the costs.',
    help: '`infracost breakdown` / `infracost diff --format json` output',
  },
  {
    name: 'show-values',
    path: 'showValues',
    kind: 'boolean',
    section: 'inputs',
    default: 'false',
    description:
      'true to show `before -> after` of changed attributes in the summaries, except sensitive values, values under secret-like names, values matched by `hide-values-of` and long ones (docs/what-changes.md).',
    help: 'show `before -> after` of changed attributes, never sensitive or secret-like ones (docs/what-changes.md)',
  },
  {
    name: 'hide-values-of',
    path: 'hideValuesOf',
    kind: 'list',
    value: 'glob',
    section: 'inputs',
    description:
      'With `show-values`: attribute paths (globs, over `path` or `address.path`, e.g. `input.internal_*`) whose values are never shown, one per line or comma-separated.',
    help: 'with show-values: globs of attribute paths whose values stay hidden',
  },
  // ── Event ──
  {
    name: 'event-type',
    path: 'eventType',
    kind: 'text',
    value: 'type',
    section: 'event',
    description:
      'IaCM event type: plan, drifted, provisioning, destroying, active, inactive, apply_needed, failed or stage-complete. Default: plan; for drift-only runs drifted (active when nothing drifted).',
    help: 'override (plan, drifted, active, failed, ...)',
  },
  {
    name: 'activity-type',
    path: 'activityType',
    kind: 'text',
    value: 'type',
    section: 'event',
    description:
      'Activity type: apply, destroy, plan, drifted, import, bootstrap, synth, deploy, diff, drift or rollback. Default: plan; drift for drift-only runs.',
    help: 'override (plan, drift, apply, ...)',
  },
  {
    name: 'activity-status',
    path: 'activityStatus',
    kind: 'text',
    value: 'status',
    section: 'event',
    description:
      'Activity status: success, failure or incomplete. Default: failure when a plan errored or a unit failed, incomplete when a unit was skipped, else success.',
    help: 'override (success, failure, incomplete)',
  },
  {
    name: 'provisioner',
    path: 'provisioner',
    kind: 'text',
    value: 'name',
    section: 'event',
    description:
      'terraform, opentofu or terragrunt. Default: terragrunt for a Terragrunt tree, else what the plans show.',
    help: 'terraform, opentofu or terragrunt (default: inferred)',
  },
  // ── Connection (the CLI's send / ttl / pipelines commands share these) ──
  {
    name: 'account-id',
    path: 'connection.accountId',
    kind: 'text',
    value: 'id',
    section: 'connection',
    env: { cli: ['HARNESS_ACCOUNT_ID'], plugin: ['HARNESS_ACCOUNT_ID'] },
    endpoint: 'account_id',
    description: 'Harness account id. Required unless dry-run is true.',
    help: 'Harness account id (`Harness-Account` header)',
  },
  {
    name: 'org',
    path: 'connection.org',
    kind: 'text',
    value: 'id',
    section: 'connection',
    env: { cli: ['HARNESS_ORG_ID'], plugin: ['HARNESS_ORG_ID'] },
    endpoint: 'org_id',
    description: 'Harness organization id. Required unless dry-run is true.',
    help: 'organisation id',
  },
  {
    name: 'project',
    path: 'connection.project',
    kind: 'text',
    value: 'id',
    section: 'connection',
    env: { cli: ['HARNESS_PROJECT_ID'], plugin: ['HARNESS_PROJECT_ID'] },
    endpoint: 'project_id',
    description: 'Harness project id. Required unless dry-run is true.',
    help: 'project id',
  },
  {
    name: 'workspace',
    path: 'connection.workspace',
    kind: 'text',
    value: 'id',
    section: 'connection',
    // In a Harness stage HARNESS_WORKSPACE is the checkout folder (`/harness`), never an id.
    env: { cli: ['HARNESS_WORKSPACE_ID'], plugin: ['IACM_WORKSPACE_ID'] },
    endpoint: 'workspace_id',
    description: 'IaCM workspace id. Required unless dry-run is true.',
    help: 'IaCM workspace id',
  },
  {
    name: 'api-key',
    path: 'connection.apiKey',
    kind: 'text',
    value: 'key',
    section: 'connection',
    secret: true,
    env: { cli: ['HARNESS_API_KEY'] },
    endpoint: 'token',
    description:
      'Harness API key (`pat.*` or `sat.*`); pass it from a secret. Masked in the log and sent only in the `x-api-key` header. Required unless dry-run is true.',
    help: 'a `pat.*` / `sat.*` key, from a secret (never on a command line: it shows in process lists)',
  },
  {
    name: 'base-url',
    path: 'connection.baseUrl',
    kind: 'text',
    value: 'url',
    section: 'connection',
    env: { cli: ['HARNESS_BASE_URL'] },
    default: 'https://app.harness.io',
    description: 'Harness host, path prefix included (for example `https://app.harness.io/gateway`).',
    help: 'Harness host, path prefix included (`https://acme.harness.io/gateway`)',
  },
  // ── Delivery ──
  {
    name: 'dry-run',
    path: 'dryRun',
    kind: 'boolean',
    section: 'delivery',
    default: 'false',
    description:
      'true to skip only the send to Harness: the summary, outputs, payload file and comment are still produced.',
    help: 'build and show the request body; send nothing, need no credentials',
  },
  {
    name: 'spool-dir',
    path: 'spoolDir',
    kind: 'text',
    value: 'dir',
    section: 'delivery',
    description:
      'Where the request body is saved when sending fails for good, for a later `iacm-report send`. Default: RUNNER_TEMP.',
    help: 'where an undeliverable body is saved (default: RUNNER_TEMP, else the OS temp folder)',
  },
  {
    name: 'no-confirm',
    path: 'noConfirm',
    kind: 'boolean',
    section: 'delivery',
    default: 'false',
    description:
      "true to skip the check after sending: by default the run looks up the Harness activity the event became (its id is the `activity-id` output) and compares Harness's counts with the report's, warning on a difference.",
    help: "skip looking up the activity the event became and comparing Harness's counts",
  },
  {
    name: 'harness-ui-url',
    path: 'harnessUiUrl',
    kind: 'text',
    value: 'url',
    section: 'delivery',
    env: { cli: ['HARNESS_UI_URL'], plugin: ['HARNESS_UI_URL'] },
    description:
      'Harness UI address (for example `https://app.harness.io`) for a link to the recorded activity in every summary; no link without it (the UI path is our inference).',
    help: 'Harness UI address for a link to the recorded activity (none without it)',
  },
  {
    name: 'send-drift-resources',
    path: 'sendDriftResources',
    kind: 'boolean',
    section: 'delivery',
    default: 'false',
    description:
      "true to fill the Harness workspace's Resources view with drift per resource after a report with drift was accepted: each drifted resource with its status (changed or deleted) and the NAMES of its drifted attributes, every value replaced by `(redacted)` (docs/harness.md).",
    help: 'after a report with drift was sent, send each drifted resource (attribute names only) to Harness',
  },
  // ── Review: the pull/merge request comment, the check run, the Markdown file (docs/pull-requests.md) ──
  {
    name: 'comment',
    path: 'review.comment',
    kind: 'text',
    value: 'mode',
    section: 'review',
    default: 'off',
    description:
      'Sticky pull-request comment: off, on-change (only when the plan has changes or drift, but an existing comment is always refreshed) or always. Needs `pull-requests: write`.',
    help: 'sticky pull/merge request comment: off, on-change or always',
  },
  {
    name: 'comment-key',
    path: 'review.commentKey',
    kind: 'text',
    value: 'key',
    section: 'review',
    description:
      "Tells this step's comment apart from others on the same PR (set one per matrix leg). Default: the workflow and job names.",
    help: "tells this step's comment apart from others on the same request (one per matrix leg)",
  },
  {
    name: 'github-token',
    path: 'review.token',
    kind: 'text',
    value: 'token',
    section: 'review',
    worlds: ['action'],
    secret: true,
    default: '${{ github.token }}',
    description: 'Token used to write the PR comment and the check run.',
    help: 'token used to write the PR comment and the check run',
  },
  {
    name: 'forge-token',
    path: 'review.token',
    kind: 'text',
    value: 'token',
    section: 'review',
    worlds: ['cli', 'plugin'],
    secret: true,
    description:
      'GitHub or GitLab token for the comment and check run. Default: GITHUB_TOKEN or GITLAB_TOKEN.',
    help: 'GitHub or GitLab token for the comment (default: `GITHUB_TOKEN` / `GITLAB_TOKEN`)',
  },
  {
    name: 'forge',
    path: 'review.forge',
    kind: 'text',
    value: 'github|gitlab',
    section: 'review',
    worlds: ['cli', 'plugin'],
    description:
      'Where the pull or merge request lives. Default: detected from the CI (GitHub Actions, GitLab CI, Harness CI / Drone).',
    help: 'github or gitlab (default: detected from the CI)',
  },
  {
    name: 'forge-url',
    path: 'review.forgeUrl',
    kind: 'text',
    value: 'url',
    section: 'review',
    worlds: ['cli', 'plugin'],
    description:
      "The forge's API root: `https://HOST/api/v3` for GitHub Enterprise Server, `https://HOST/api/v4` for GitLab. Default: from the CI.",
    help: 'API root: `https://HOST/api/v3` (GitHub Enterprise), `https://HOST/api/v4` (GitLab)',
  },
  {
    name: 'forge-timeout',
    path: 'review.forgeTimeout',
    kind: 'text',
    value: 'seconds',
    section: 'review',
    default: '60',
    description:
      'One deadline, in seconds, for every GitHub or GitLab call of the step (comment, check run).',
    help: 'seconds for all comment and check run calls together',
  },
  {
    name: 'check-run',
    path: 'review.checkRun',
    kind: 'boolean',
    section: 'review',
    default: 'false',
    description:
      'true to write a check run `iacm-reporter / <workspace>` on the pull request head (GitHub; needs `checks: write`).',
    help: 'write a GitHub check run `iacm-reporter / <workspace>` (needs `checks: write`)',
  },
  {
    name: 'drift-issue',
    path: 'review.driftIssue',
    kind: 'text',
    value: 'true|github|gitlab',
    section: 'review',
    default: 'false',
    description:
      'After a drift check: keep one issue per drifted workspace, edited in place, commented on when the drifted set changes, closed when a complete check finds no drift. `true` (the forge the CI says), `github` or `gitlab`. Needs `issues: write` (docs/drift-issues.md).',
    help: 'after a drift check, one issue per drifted workspace (true, github or gitlab; needs `issues: write`)',
  },
  {
    name: 'drift-issue-scope',
    path: 'review.driftIssueScope',
    kind: 'text',
    value: 'workspace|unit',
    section: 'review',
    default: 'workspace',
    description: 'One drift issue per workspace, or per Terragrunt unit.',
    help: 'one drift issue per workspace or per Terragrunt unit',
  },
  {
    name: 'drift-issue-label',
    path: 'review.driftIssueLabel',
    kind: 'text',
    value: 'label',
    section: 'review',
    default: 'drift',
    description: 'The label drift issues carry (and are found by).',
    help: 'the label drift issues carry (default `drift`)',
  },
  {
    name: 'markdown',
    path: 'review.markdownFile',
    kind: 'text',
    value: 'file',
    section: 'review',
    worlds: ['cli'],
    description: "Write the Markdown summary (as the Action's job summary) to this file.",
    help: 'write the Markdown summary to this file',
  },
  {
    name: 'markdown-file',
    path: 'review.markdownFile',
    kind: 'text',
    value: 'file',
    section: 'review',
    worlds: ['plugin'],
    description: "Write the Markdown summary (as the Action's job summary) to this file.",
    help: 'write the Markdown summary to this file',
  },
  {
    name: 'markdown-budget',
    path: 'review.markdownBudget',
    kind: 'text',
    value: 'summary|comment',
    section: 'review',
    worlds: ['cli', 'plugin'],
    default: 'summary',
    description: 'Size of the Markdown file: summary (1 MiB, a job summary) or comment (65,536 characters).',
    help: 'Markdown size: summary (1 MiB) or comment (65,536 characters)',
  },
  // ── Gates ──
  {
    name: 'fail-on-drift',
    path: 'gates.failOnDrift',
    kind: 'boolean',
    section: 'gates',
    default: 'false',
    description: 'true to fail the step when any resource drifted (after the report is sent).',
    help: 'fail when any resource drifted (after the report is sent)',
  },
  {
    name: 'fail-on-destroy',
    path: 'gates.failOnDestroy',
    kind: 'boolean',
    section: 'gates',
    default: 'false',
    description:
      'true to fail the step when the plan destroys any resource, replacements included (after the report is sent).',
    help: 'fail when the plan destroys any resource, replacements included',
  },
  {
    name: 'fail-on-incomplete',
    path: 'gates.failOnIncomplete',
    kind: 'boolean',
    section: 'gates',
    default: 'false',
    description:
      'true to fail the step (after the report is sent) when the report does not cover everything: an errored plan, failed, skipped or unplanned Terragrunt units, failed or missing matrix legs.',
    help: 'fail when the report is incomplete (failed plans, units or legs; missing legs)',
  },
  {
    name: 'max-monthly-cost-increase',
    path: 'gates.maxMonthlyCostIncrease',
    kind: 'text',
    value: 'amount',
    section: 'gates',
    description:
      'Fail the step when the monthly cost rises by more than this amount (in the Infracost currency, for example 100 or 12.50). Needs an Infracost diff.',
    help: 'fail when the Infracost monthly diff exceeds this amount',
  },
  {
    name: 'fail-on-policy',
    path: 'gates.failOnPolicy',
    kind: 'text',
    value: 'error|warning',
    section: 'gates',
    description:
      "error or warning: fail the step (after the report is sent) when Harness's policy evaluation of the uploaded data answers that or worse.",
    help: "error or warning: fail when Harness's policy answer to the uploads is that or worse",
  },
  // ── Workspace data uploads (issue 14; upload-settings.ts) ──
  {
    name: 'plan-text',
    path: 'uploads.planText',
    kind: 'text',
    value: 'file',
    section: 'uploads',
    description:
      "Upload this human-readable plan (`terraform show -no-color tfplan` output) to the workspace as plan_human; its id becomes the event's plan_uuid. Needs the four pipeline ids.",
    help: 'terraform/tofu show -no-color output -> plan_human -> plan_uuid',
  },
  {
    name: 'plan-text-name',
    path: 'uploads.planTextName',
    kind: 'text',
    value: 'name',
    section: 'uploads',
    description:
      "File name of the plan text beside each Terragrunt unit's plan; each is uploaded with the unit's path as stack_path. Needs terragrunt-dir and the four pipeline ids.",
    help: "plan text file beside each Terragrunt unit's plan (stack_path = unit)",
  },
  {
    name: 'upload-infracost',
    path: 'uploads.infracost',
    kind: 'boolean',
    section: 'uploads',
    default: 'false',
    description:
      "true to upload the infracost file as cost_breakdown or cost_diff (by what it is), and each unit's project for a Terragrunt tree; ids go to cost_breakdown_uuid / cost_diff_uuid.",
    help: 'upload the --infracost file as cost_breakdown / cost_diff (and per unit)',
  },
  {
    name: 'upload-state',
    path: 'uploads.state',
    kind: 'text',
    value: 'file',
    section: 'uploads',
    description:
      'Upload this state file as state_raw (state_uuid, state_checksum). State holds secrets: it is only streamed to Harness, never read otherwise or printed.',
    help: 'state file -> state_raw -> state_uuid, state_checksum (never printed)',
  },
  {
    name: 'upload-timeout',
    path: 'uploads.timeout',
    kind: 'text',
    value: 'seconds',
    section: 'uploads',
    default: '300',
    description:
      'One deadline, in seconds, for all workspace data uploads of the run together; uploads not done by then are reported as not done (and `fail-on-policy` trips).',
    help: 'seconds for all workspace data uploads together',
  },
  {
    name: 'pipeline-id',
    path: 'uploads.pipeline.pipelineId',
    kind: 'text',
    value: 'id',
    section: 'uploads',
    env: { cli: ['HARNESS_PIPELINE_ID'], plugin: ['HARNESS_PIPELINE_ID'] },
    description: 'Harness pipeline id for the uploads (required by the data endpoint).',
    help: 'Harness pipeline id, required by any upload',
  },
  {
    name: 'stage-id',
    path: 'uploads.pipeline.stageId',
    kind: 'text',
    value: 'id',
    section: 'uploads',
    env: { cli: ['HARNESS_STAGE_ID'], plugin: ['HARNESS_STAGE_ID'] },
    description: 'Harness stage id for the uploads.',
    help: 'Harness stage id, required by any upload',
  },
  {
    name: 'pipeline-execution-id',
    path: 'uploads.pipeline.pipelineExecutionId',
    kind: 'text',
    value: 'id',
    section: 'uploads',
    env: { cli: ['HARNESS_EXECUTION_ID'], plugin: ['HARNESS_EXECUTION_ID'] },
    endpoint: 'pipeline_execution_id',
    description: 'Harness pipeline execution id for the uploads.',
    help: 'pipeline execution id, required by any upload',
  },
  {
    name: 'pipeline-stage-id',
    path: 'uploads.pipeline.pipelineStageId',
    kind: 'text',
    value: 'id',
    section: 'uploads',
    endpoint: 'pipeline_stage_execution_id',
    description: 'Harness stage execution id for the uploads.',
    help: 'the stage execution id, required by any upload',
  },
  // ── Partial reports: one CI leg of many (issue 13) ──
  {
    name: 'save-partial',
    path: 'savePartial',
    kind: 'text',
    value: 'file',
    section: 'partial',
    description:
      "Write this leg's partial report to this file (for a final job with `merge`) instead of sending; no Harness input is needed then. Upload it under a unique name per leg.",
    help: "write this leg's partial report; nothing is sent (unless --send)",
  },
  {
    name: 'leg',
    path: 'leg',
    kind: 'text',
    value: 'name',
    section: 'partial',
    description:
      "The leg's name in its partial report, for the merged summary (for example the matrix value). Default: the job id and the partial's file name.",
    help: "the leg's name in the partial (default: CI job/step and file name)",
  },
  {
    name: 'send',
    path: 'send',
    kind: 'boolean',
    section: 'partial',
    default: 'false',
    description:
      "true to also send this leg's own event with `save-partial` (one workspace per leg, merged with `comment-only`).",
    help: "with --save-partial, also send this leg's own event",
  },
  // ── Merge: the final job of a matrix (the CLI's `merge` command takes the partials as arguments) ──
  {
    name: 'merge',
    path: 'merge.partials',
    kind: 'list',
    value: 'file|glob',
    section: 'merge',
    worlds: ['action', 'plugin'],
    description:
      "Partial report files or globs (one per line or comma-separated) to merge into one event, one job summary and one comment. Set it in the final job that downloads the legs' partials.",
    help: 'partial report files or globs to merge into one event',
  },
  {
    name: 'comment-only',
    path: 'merge.commentOnly',
    kind: 'boolean',
    section: 'merge',
    default: 'false',
    description:
      'With `merge`: the legs already sent to their own workspaces; write one comment and job summary over all of them, one section per workspace, and send nothing.',
    help: "with merge: one summary over many workspaces' legs; nothing sent",
  },
  {
    name: 'expect-legs',
    path: 'merge.expectLegs',
    kind: 'text',
    value: 'count',
    section: 'merge',
    description:
      'With `merge`: how many legs the matrix has. Fewer partials make the event incomplete, and the summary says how many are missing.',
    help: 'with merge: legs expected; fewer make the event incomplete',
  },
  {
    name: 'allow-mixed',
    path: 'merge.allowMixed',
    kind: 'boolean',
    section: 'merge',
    default: 'false',
    description: 'With `merge`, true to accept partials of different workspaces or commits.',
    help: 'with merge: accept partials of different workspaces or commits',
  },
];

/** The rows a world offers, in table order. */
export function settingsOf(world: World): readonly Setting[] {
  return SETTINGS.filter((setting) => (setting.worlds ?? WORLDS).includes(world));
}

/** The plugin setting key: `fail-on-drift` -> `fail_on_drift`. */
export function pluginKey(setting: Setting): string {
  return setting.name.replace(/-/g, '_');
}

/** The variable Harness sets for a plugin setting: `PLUGIN_FAIL_ON_DRIFT`. */
export function pluginVariable(setting: Setting): string {
  return `PLUGIN_${pluginKey(setting).toUpperCase()}`;
}

/** The row whose path is `path` or holds it (`plans.0` -> plans). */
export function settingAt(path: string, world?: World): Setting | undefined {
  const rows = world === undefined ? SETTINGS : settingsOf(world);
  return rows.find((setting) => path === setting.path || path.startsWith(`${setting.path}.`));
}

/**
 * The one boolean grammar for text values (Action inputs, plugin settings): `true` / `false` in
 * any letter case. Undefined for anything else (`yes`, `1`, `on` are more likely mistakes).
 */
export function parseBooleanText(value: string): boolean | undefined {
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return undefined;
}

/** Several files or globs in one value: comma-joined (Harness lists) or one a line (YAML blocks). */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Sets `value` at a dotted path (`gates.failOnDrift`) of a plain object, creating the levels. */
export function setPath(into: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = into;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}

/** The value at a dotted path of a plain object, or undefined. */
export function getPath(from: Readonly<Record<string, unknown>>, dotted: string): unknown {
  let node: unknown = from;
  for (const key of dotted.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** How each world names a setting in messages (for describeError and config errors). */
export const SETTING_NAMES: Readonly<Record<World, (path: string) => string | undefined>> = {
  cli: (path) => {
    const setting = settingAt(path, 'cli');
    if (setting === undefined) return undefined;
    const env = setting.env?.cli ?? [];
    return [`--${setting.name}`, ...env].join(' / ');
  },
  action: (path) => {
    const setting = settingAt(path, 'action');
    return setting === undefined ? undefined : `input "${setting.name}"`;
  },
  plugin: (path) => {
    // Inside a stage the service URL comes with the stage, not from a setting.
    if (path === 'connection.serviceUrl') return 'PLUGIN_ENDPOINT_VARIABLES.base_url';
    const setting = settingAt(path, 'plugin');
    if (setting === undefined) return undefined;
    const sources = [pluginVariable(setting), ...(setting.env?.plugin ?? [])];
    return `settings.${pluginKey(setting)} (${sources.join(', ')})`;
  },
};
