/**
 * One validated configuration for `iacm-report merge` (the reduce side of partial reports),
 * whichever world it came from: CLI arguments, the Action's `merge:` inputs, the plugin's
 * PLUGIN_MERGE settings. Connection, delivery, overrides and gates are the report's own rows of
 * the settings table; the merge's own fields sit under `merge` (their rows' paths).
 */
import * as z from '../zod-mini.js';
import { settingRef, UsageError, wordSettings } from '../errors.js';
import { gatesSchema, reportConfigBase, connectionRule } from './schema.js';
import { SETTING_NAMES, SETTINGS, type Setting, type World } from './settings.js';

export const mergeOptionsSchema = z.object({
  /** Partial report files or globs. */
  partials: z
    .array(z.string().check(z.minLength(1)))
    .check(z.minLength(1, 'give at least one partial report file or glob')),
  /** Legs the run has: fewer partials mark the event incomplete and name the gap. */
  expectLegs: z.optional(
    z.coerce
      .number<string | number>()
      .check(z.int('a whole number'), z.positive('a number of legs, 1 or more')),
  ),
  /** Accept partials of different workspaces or commits in one event. */
  allowMixed: z._default(z.boolean(), false),
  /** One comment and summary over many workspaces' legs; send nothing. */
  commentOnly: z._default(z.boolean(), false),
});

export const mergeConfigSchema = z
  // Strict: a setting that cannot act on a merge is refused, never silently dropped.
  .strictObject({
    ...z.pick(reportConfigBase, {
      eventType: true,
      activityType: true,
      activityStatus: true,
      provisioner: true,
      dryRun: true,
      spoolDir: true,
      noConfirm: true,
      harnessUiUrl: true,
      connection: true,
      review: true,
    }).shape,
    // The policy gate reads the answers to uploads, which a merge does not make.
    gates: z.prefault(z.strictObject(z.omit(gatesSchema, { failOnPolicy: true }).shape), {}),
    merge: z.strictObject(mergeOptionsSchema.shape),
  })
  .check(
    z.superRefine((config, ctx) => {
      if (config.dryRun || config.merge.commentOnly) return;
      connectionRule(config, ctx, 'the merged report');
    }),
  );

export type MergeConfig = z.infer<typeof mergeConfigSchema>;

/**
 * Rows of other sections a merge cannot act on: the policy gate, and drift per resource (partial
 * reports keep counts and addresses, not each drifted resource's provider and attribute names).
 */
const MERGE_IGNORES: ReadonlySet<string> = new Set(['gates.failOnPolicy', 'sendDriftResources']);

/**
 * Whether a setting can act on a merge. A merge reads only the partial reports the legs saved, so
 * the report's inputs, the partial settings and the uploads (and the policy gate, which reads the
 * uploads' answers) belong to the legs' steps.
 */
export function actsOnMerge(row: Setting): boolean {
  if (row.section === 'inputs' || row.section === 'partial' || row.section === 'uploads') return false;
  return !MERGE_IGNORES.has(row.path);
}

/**
 * A reader's input for the merge schema: refuses, in one line naming each, the settings the user
 * gave (`given`: set explicitly, not a default or a built-in variable) that cannot act on a merge,
 * and leaves out the rest of them (defaults, built-in variables) so the strict schema sees only
 * what a merge reads. The same rule and the same line in every entry.
 */
export function mergeInput(
  input: Readonly<Record<string, unknown>>,
  given: (row: Setting) => boolean,
  world: World,
): Record<string, unknown> {
  const refused = SETTINGS.filter((row) => !actsOnMerge(row) && given(row));
  if (refused.length > 0) {
    const template =
      `${refused.map((row) => settingRef(row.path)).join(', ')} cannot act on a merge: the merge reads only ` +
      'the partial reports the legs saved; set it on the legs that report';
    throw new UsageError(wordSettings(template, SETTING_NAMES[world]), 'CONFIG_INVALID');
  }
  const kept = structuredClone(input) as Record<string, unknown>;
  for (const row of SETTINGS) if (!actsOnMerge(row)) deletePath(kept, row.path);
  // Every upload row is the legs': the whole group goes (pipeline ids from built-in variables too).
  delete kept['uploads'];
  return kept;
}

function deletePath(into: Record<string, unknown>, dotted: string): void {
  const keys = dotted.split('.');
  let node: unknown = into;
  for (const key of keys.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node === 'object' && node !== null) delete (node as Record<string, unknown>)[keys.at(-1) ?? ''];
}
