/**
 * The plugin's settings for the step that merges partial reports (`settings.merge`): the same
 * PLUGIN_* variables and built-in fallbacks as a report step (from-plugin-env.ts), validated by
 * the merge schema. Report inputs are refused, naming them: the merge reads only partials.
 */
import type * as z from '../zod-mini.js';
import { collectPluginSettings, pluginIssueError } from './from-plugin-env.js';
import { getPath, type Setting } from './settings.js';
import { mergeConfigSchema, mergeInput, type MergeConfig } from './merge-schema.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Whether the step merges partial reports (`settings.merge`) rather than reporting. */
export function isPluginMerge(env: Env): boolean {
  return (env['PLUGIN_MERGE']?.trim() ?? '') !== '';
}

export interface PluginMergeConfig {
  readonly config: MergeConfig;
  readonly warnings: string[];
}

/**
 * The merge step's settings (`settings.merge` set). A setting the step gave that cannot act on a
 * merge is refused, naming it (merge-schema.ts); the pipeline's built-in variables are not choices.
 */
export function mergeConfigFromPluginEnv(env: Env): PluginMergeConfig {
  const { input, sources, warnings } = collectPluginSettings(env);
  const given = (row: Setting): boolean =>
    sources.get(row.path)?.label.startsWith('settings.') === true && getPath(input, row.path) !== false;
  const result = mergeConfigSchema.safeParse(mergeInput(input, given, 'plugin'));
  if (!result.success) throw pluginIssueError(result.error.issues[0] as z.core.$ZodIssue, sources);
  return { config: result.data, warnings };
}
