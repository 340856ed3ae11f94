/**
 * The plugin's settings for the step that merges partial reports (`settings.merge`): the same
 * PLUGIN_* variables and built-in fallbacks as a report step (from-plugin-env.ts), validated by
 * the merge schema. Report inputs are refused, naming them: the merge reads only partials.
 */
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { collectSettings, requireConnectionSettings, settingError } from './from-plugin-env.js';
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
  const { input, sources, warnings } = collectSettings(env);
  const reportOnly = [
    'plans',
    'drifts',
    'terragruntDir',
    'terragruntReport',
    'planFileName',
    'infracost',
    'savePartial',
    'leg',
    'send',
  ];
  const misplaced = reportOnly.filter((path) => sources.has(path) && input[path] !== false);
  if (misplaced.length > 0) {
    throw new UsageError(
      `${misplaced.map((path) => sources.get(path)?.label ?? path).join(', ')} cannot go with settings.merge: the merge step reads only the partial reports the legs saved`,
      'CONFIG_INVALID',
    );
  }
  const { merge, ...rest } = input;
  for (const path of reportOnly) delete rest[path];
  const result = mergeConfigSchema.safeParse({ ...rest, ...(merge as Record<string, unknown>) });
  if (!result.success) {
    const merged = new Set(['partials', 'commentOnly', 'expectLegs', 'allowMixed']);
    throw settingError(result.error.issues[0] as z.core.$ZodIssue, sources, (key) =>
      merged.has(key) ? `merge.${key}` : key,
    );
  }
  const config = result.data;
  if (!config.dryRun && !config.commentOnly) requireConnectionSettings(config.connection);
  return { config, warnings };
}
