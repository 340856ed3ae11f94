/**
 * The plugin's settings for the step that merges partial reports (`settings.merge`): the same
 * PLUGIN_* variables and built-in fallbacks as a report step (from-plugin-env.ts), validated by
 * the merge schema. Report inputs are refused, naming them: the merge reads only partials.
 */
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { collectPluginSettings, pluginIssueError } from './from-plugin-env.js';
import { settingsOf } from './settings.js';
import { mergeConfigSchema, type MergeConfig } from './merge-schema.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Whether the step merges partial reports (`settings.merge`) rather than reporting. */
export function isPluginMerge(env: Env): boolean {
  return (env['PLUGIN_MERGE']?.trim() ?? '') !== '';
}

export interface PluginMergeConfig {
  readonly config: MergeConfig;
  readonly warnings: string[];
}

/** The merge step's settings (`settings.merge` set); report inputs are refused, naming them. */
export function mergeConfigFromPluginEnv(env: Env): PluginMergeConfig {
  const { input, sources, warnings } = collectPluginSettings(env);
  const reportOnly = settingsOf('plugin').filter(
    (row) => row.section === 'inputs' || row.section === 'partial',
  );
  const misplaced = reportOnly.filter((row) => sources.has(row.path) && input[row.path] !== false);
  if (misplaced.length > 0) {
    throw new UsageError(
      `${misplaced.map((row) => sources.get(row.path)?.label ?? row.name).join(', ')} cannot go with settings.merge: the merge step reads only the partial reports the legs saved`,
      'CONFIG_INVALID',
    );
  }
  const rest = { ...input };
  for (const row of reportOnly) delete rest[row.path];
  const result = mergeConfigSchema.safeParse(rest);
  if (!result.success) throw pluginIssueError(result.error.issues[0] as z.core.$ZodIssue, sources);
  return { config: result.data, warnings };
}
