/**
 * One validated configuration for `iacm-report merge` (the reduce side of partial reports),
 * whichever world it came from: CLI arguments, the Action's `merge:` inputs, the plugin's
 * PLUGIN_MERGE settings. Connection, delivery, overrides and gates are the report's own rows of
 * the settings table; the merge's own fields sit under `merge` (their rows' paths).
 */
import { z } from 'zod';
import { reportConfigBase, requireConnection } from './schema.js';

export const mergeOptionsSchema = z.object({
  /** Partial report files or globs. */
  partials: z.array(z.string().min(1)).min(1, 'give at least one partial report file or glob'),
  /** Legs the run has: fewer partials mark the event incomplete and name the gap. */
  expectLegs: z.coerce
    .number<string | number>()
    .int('a whole number')
    .positive('a number of legs, 1 or more')
    .optional(),
  /** Accept partials of different workspaces or commits in one event. */
  allowMixed: z.boolean().default(false),
  /** One comment and summary over many workspaces' legs; send nothing. */
  commentOnly: z.boolean().default(false),
});

export const mergeConfigSchema = reportConfigBase
  .pick({
    eventType: true,
    activityType: true,
    activityStatus: true,
    provisioner: true,
    dryRun: true,
    spoolDir: true,
    connection: true,
    gates: true,
    review: true,
  })
  .extend({ merge: mergeOptionsSchema })
  .superRefine((config, ctx) => {
    if (config.dryRun || config.merge.commentOnly) return;
    requireConnection(config, ctx, 'the merged report');
  });

export type MergeConfig = z.infer<typeof mergeConfigSchema>;
