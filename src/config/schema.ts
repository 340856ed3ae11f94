/**
 * One validated configuration for a report run, whichever world it came from (CLI flags and
 * HARNESS_* variables, Action INPUT_* variables, plugin PLUGIN_* variables). The three readers in
 * this folder turn their world into a plain object (driven by settings.ts) and parse it with this
 * schema. Rules that span fields live here once, as `custom` issues whose message names settings by
 * reference (`{setting:path}`), so each reader words them for its users.
 */
import * as z from '../zod-mini.js';
import { OFF, OPTIONAL_TEXT, OPTIONAL_URL, TEXT, TEXT_LIST } from './common-schemas.js';
import { reviewSchema } from './review-settings.js';
import { settingRef, type UsageErrorCode } from '../errors.js';
import { PROVISIONERS } from '../model/plan-summary.js';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, EVENT_TYPES } from '../model/statuses.js';
import { POLICY_GATE_LEVELS, missingPipelineIds, uploadsSchema } from './upload-settings.js';

export const DEFAULT_BASE_URL = 'https://app.harness.io';

/** An org or project id. */
const ORG_OR_PROJECT = z.optional(z.string().check(z.minLength(1), z.maxLength(128)));

/** Where and as whom to call the IaCM API. All optional: a dry run needs none of it. */
export const connectionSchema = z.object({
  /** Goes into the Harness-Account header and the query: the same rule as the key (issue 23). */
  accountId: z.optional(
    z
      .string()
      .check(
        z.minLength(1),
        z.maxLength(128),
        z.regex(
          /^[\x21-\x7e]+$/,
          'the account id holds a space, line break, control or non-ASCII character, which an HTTP header cannot carry; copy it again from the Harness URL',
        ),
      ),
  ),
  org: ORG_OR_PROJECT,
  project: ORG_OR_PROJECT,
  workspace: z.optional(z.string().check(z.minLength(1), z.maxLength(1024))),
  /**
   * Printable ASCII only: a line break or control character cannot go into an HTTP header (undici
   * throws, which looked like a network failure and spooled the body). The message never quotes
   * the value.
   */
  apiKey: z.optional(
    z
      .string()
      .check(
        z.minLength(1),
        z.regex(
          /^[\x21-\x7e]+$/,
          'the key holds a space, line break, control or non-ASCII character, which an HTTP header cannot carry; copy the key again',
        ),
      ),
  ),
  /** Harness host, path prefix included (`https://app.harness.io/gateway`); IaCM paths go under `/iacm/api`. */
  baseUrl: z._default(z.url(), DEFAULT_BASE_URL),
  /** In-stage IaCM service URL (PLUGIN_ENDPOINT_VARIABLES.base_url); paths go under `/api`. Wins over baseUrl. */
  serviceUrl: OPTIONAL_URL,
});

export const gatesSchema = z.object({
  failOnDrift: OFF,
  failOnDestroy: OFF,
  /** Fail after the event is sent when the report does not cover everything (coverage.ts). */
  failOnIncomplete: OFF,
  /** An amount in the Infracost currency, as decimal text. */
  maxMonthlyCostIncrease: z.optional(
    z.string().check(z.regex(/^\d+(\.\d+)?$/, 'a non-negative amount such as 100 or 12.50')),
  ),
  /** Fail after the event is sent when a policy answered this or worse (issue 14). */
  failOnPolicy: z.optional(z.enum(POLICY_GATE_LEVELS)),
});

export const reportConfigBase = z.object({
  plans: TEXT_LIST,
  drifts: TEXT_LIST,
  terragruntDir: OPTIONAL_TEXT,
  terragruntReport: OPTIONAL_TEXT,
  /** File name (glob allowed) of the plan JSON inside each Terragrunt unit folder. */
  planFileName: z._default(TEXT, 'tfplan.json'),
  /** Threads reading a Terragrunt tree's unit plans (terragrunt/unit-reader-pool.ts); 1: one thread. */
  readerThreads: z.pipe(
    z._default(
      z
        .string()
        .check(z.regex(/^(auto|[1-9]\d{0,2})$/, 'auto, or a number of threads from 1 (one thread) to 999')),
      'auto',
    ),
    z.transform((v: string) => (v === 'auto' ? ('auto' as const) : Number(v))),
  ),
  infracost: OPTIONAL_TEXT,
  /** Show `before -> after` of changed attributes that pass value-policy.ts (off by default). */
  showValues: OFF,
  /** Globs of attribute paths (`input.internal_*`, `aws_db_instance.*.endpoint`) whose values stay hidden. */
  hideValuesOf: TEXT_LIST,
  eventType: z.optional(z.enum(EVENT_TYPES)),
  activityType: z.optional(z.enum(ACTIVITY_TYPES)),
  activityStatus: z.optional(z.enum(ACTIVITY_STATUSES)),
  provisioner: z.optional(z.enum(PROVISIONERS)),
  dryRun: OFF,
  /** Where a body that could not be delivered is written; default RUNNER_TEMP, else the OS temp folder. */
  spoolDir: OPTIONAL_TEXT,
  /** Skip the activity lookup after a send (issue 26). */
  noConfirm: OFF,
  /** Harness UI base for activity links (https only). */
  harnessUiUrl: OPTIONAL_TEXT,
  /** After a report with drift was accepted, PATCH each drifted resource (issue 26, part 2). */
  sendDriftResources: OFF,
  connection: z.prefault(connectionSchema, {}),
  gates: z.prefault(gatesSchema, {}),
  /** Workspace data uploads and their pipeline ids (upload-settings.ts). */
  uploads: z.prefault(uploadsSchema, {}),
  /** The pull/merge request comment, check run and Markdown file (review-settings.ts). */
  review: z.prefault(reviewSchema, {}),

  // --- Partial reports (map side of `merge`) ---
  /** Write this run's partial report to this file; nothing is sent unless `send` is also set. */
  savePartial: OPTIONAL_TEXT,
  /** The leg's name in the partial (default: from the CI and the file name). */
  leg: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
  /** With savePartial: send this leg's own event as well (one workspace per leg). */
  send: OFF,
});

export const reportConfigSchema = reportConfigBase.check(z.superRefine(crossFieldRules));

export type ConnectionConfig = z.infer<typeof connectionSchema>;
export type GatesConfig = z.infer<typeof gatesSchema>;
export type ReportConfig = z.infer<typeof reportConfigSchema>;
/** What readers hand to the schema: optional fields may be left out. */
export type ReportConfigInput = z.input<typeof reportConfigSchema>;

/** The fields a report needs to be sent (a dry run needs none). */
const SEND_FIELDS = ['accountId', 'org', 'project', 'workspace', 'apiKey'] as const;

/** A cross-field rule's issue: its error code travels in `params`. */
function rule(ctx: z.core.$RefinementCtx, code: UsageErrorCode, path: string[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message, params: { code } });
}

/**
 * CONFIG_MISSING when a connection field needed to send is unset; `what` names what is sent
 * ("the report", "the merged report").
 */
export function connectionRule(
  config: { connection: ConnectionConfig },
  ctx: z.core.$RefinementCtx,
  what: string,
): void {
  const missing = SEND_FIELDS.filter((field) => config.connection[field] === undefined);
  if (missing.length > 0) {
    rule(
      ctx,
      'CONFIG_MISSING',
      ['connection'],
      `missing ${missing.map((field) => settingRef(`connection.${field}`)).join(', ')} ` +
        `to send ${what} to Harness (or set ${settingRef('dryRun')} to send nothing)`,
    );
  }
}

function crossFieldRules(config: z.output<typeof reportConfigBase>, ctx: z.core.$RefinementCtx): void {
  if (config.plans.length === 0 && config.drifts.length === 0 && config.terragruntDir === undefined) {
    rule(
      ctx,
      'NOTHING_TO_REPORT',
      [],
      `nothing to report: set ${settingRef('plans')}, ${settingRef('drifts')} or ${settingRef('terragruntDir')}`,
    );
    return;
  }
  if (config.terragruntReport !== undefined && config.terragruntDir === undefined) {
    rule(
      ctx,
      'CONFIG_INVALID',
      ['terragruntReport'],
      `${settingRef('terragruntReport')} needs ${settingRef('terragruntDir')}, the tree whose units it describes`,
    );
    return;
  }
  if (uploadRules(config, ctx)) return;
  // Partial reports: --leg and --send only mean something with --save-partial.
  for (const field of ['leg', 'send'] as const) {
    if (config[field] !== undefined && config[field] !== false && config.savePartial === undefined) {
      rule(
        ctx,
        'CONFIG_INVALID',
        [field],
        `${settingRef(field)} goes with ${settingRef('savePartial')} (the partial report of one CI leg)`,
      );
      return;
    }
  }
  // A leg that only saves its partial sends nothing, so it needs no credentials.
  if (config.dryRun || (config.savePartial !== undefined && !config.send)) return;
  // Checked before any file is read: a long read then "no API key" helps nobody.
  connectionRule(config, ctx, 'the report');
}

/**
 * Workspace data uploads (issue 14): what an upload setting needs besides itself, and the pipeline
 * ids the endpoint requires, checked dry runs included (a dry run proves a configuration works).
 * True when a rule was raised.
 */
function uploadRules(config: z.output<typeof reportConfigBase>, ctx: z.core.$RefinementCtx): boolean {
  const { uploads } = config;
  if (uploads.infracost && config.infracost === undefined) {
    rule(
      ctx,
      'CONFIG_INVALID',
      ['uploads', 'infracost'],
      `${settingRef('uploads.infracost')} uploads the ${settingRef('infracost')} file: set that too`,
    );
    return true;
  }
  if (uploads.planTextName !== undefined && config.terragruntDir === undefined) {
    rule(
      ctx,
      'CONFIG_INVALID',
      ['uploads', 'planTextName'],
      `${settingRef('uploads.planTextName')} names the plan text inside each Terragrunt unit and needs ` +
        `${settingRef('terragruntDir')}; for one plan use ${settingRef('uploads.planText')}`,
    );
    return true;
  }
  const missing = missingPipelineIds(uploads);
  if (missing.length > 0) {
    rule(
      ctx,
      'CONFIG_MISSING',
      ['uploads', 'pipeline'],
      `uploads to the workspace need the pipeline ids: missing ${missing.map((key) => settingRef(`uploads.pipeline.${key}`)).join(', ')}`,
    );
    return true;
  }
  return false;
}

/** The code a cross-field rule gave its issue; undefined for a plain field issue. */
export function ruleCode(issue: z.core.$ZodIssue): UsageErrorCode | undefined {
  if (issue.code !== 'custom') return undefined;
  const code = (issue.params as { code?: UsageErrorCode } | undefined)?.code;
  return code;
}
