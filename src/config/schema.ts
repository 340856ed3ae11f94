/**
 * One validated configuration for a report run, whichever world it came from (CLI flags and
 * HARNESS_* variables, Action INPUT_* variables, plugin PLUGIN_* variables). The three readers in
 * this folder turn their world into a plain object and parse it with this schema.
 */
import { z } from 'zod';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, EVENT_TYPES } from '../reporter/event-schema.js';
import { POLICY_GATE_LEVELS, uploadsSchema } from './upload-settings.js';

export const PROVISIONERS = ['terraform', 'opentofu', 'terragrunt'] as const;

export const DEFAULT_BASE_URL = 'https://app.harness.io';

/** Where and as whom to call the IaCM API. All optional: a dry run needs none of it. */
export const connectionSchema = z.object({
  accountId: z.string().min(1).max(128).optional(),
  org: z.string().min(1).max(128).optional(),
  project: z.string().min(1).max(128).optional(),
  workspace: z.string().min(1).max(1024).optional(),
  apiKey: z.string().min(1).optional(),
  /** Harness host, path prefix included (`https://app.harness.io/gateway`); IaCM paths go under `/iacm/api`. */
  baseUrl: z.url().default(DEFAULT_BASE_URL),
  /** In-stage IaCM service URL (PLUGIN_ENDPOINT_VARIABLES.base_url); paths go under `/api`. Wins over baseUrl. */
  serviceUrl: z.url().optional(),
});

export const gatesSchema = z.object({
  failOnDrift: z.boolean().default(false),
  failOnDestroy: z.boolean().default(false),
  /** An amount in the Infracost currency, as decimal text. */
  maxMonthlyCostIncrease: z
    .string()
    .regex(/^\d+(\.\d+)?$/, 'a non-negative amount such as 100 or 12.50')
    .optional(),
  /** Fail after the event is sent when a policy answered this or worse (issue 14). */
  failOnPolicy: z.enum(POLICY_GATE_LEVELS).optional(),
});

export const reportConfigSchema = z.object({
  plans: z.array(z.string().min(1)).default([]),
  drifts: z.array(z.string().min(1)).default([]),
  terragruntDir: z.string().min(1).optional(),
  terragruntReport: z.string().min(1).optional(),
  /** File name (glob allowed) of the plan JSON inside each Terragrunt unit folder. */
  planFileName: z.string().min(1).default('tfplan.json'),
  infracost: z.string().min(1).optional(),
  eventType: z.enum(EVENT_TYPES).optional(),
  activityType: z.enum(ACTIVITY_TYPES).optional(),
  activityStatus: z.enum(ACTIVITY_STATUSES).optional(),
  provisioner: z.enum(PROVISIONERS).optional(),
  dryRun: z.boolean().default(false),
  /** Where a body that could not be delivered is written; default RUNNER_TEMP, else the OS temp folder. */
  spoolDir: z.string().min(1).optional(),
  connection: connectionSchema.prefault({}),
  gates: gatesSchema.prefault({}),
  /** Workspace data uploads and their pipeline ids (upload-settings.ts). */
  uploads: uploadsSchema.prefault({}),
});

export type ConnectionConfig = z.infer<typeof connectionSchema>;
export type GatesConfig = z.infer<typeof gatesSchema>;
export type ReportConfig = z.infer<typeof reportConfigSchema>;
/** What readers hand to the schema: optional fields may be left out. */
export type ReportConfigInput = z.input<typeof reportConfigSchema>;
