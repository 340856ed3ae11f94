/**
 * Turns the schema's verdict into one UsageError worded for one world. A field issue is named the
 * way the reader's user wrote the setting; a cross-field rule (schema.ts) carries its own sentence,
 * whose setting references are worded here.
 */
import type * as z from '../zod-mini.js';
import { UsageError, wordSettings } from '../errors.js';
import { ruleCode } from './schema.js';
import { SETTING_NAMES, type World } from './settings.js';

/** The config path of an issue, list indexes dropped (`plans.0` -> `plans`: the setting is the list). */
export function issuePath(issue: z.core.$ZodIssue, prefix = ''): string {
  return prefix + issue.path.filter((part) => typeof part === 'string').join('.');
}

/**
 * A cross-field rule's issue as a worded UsageError, or undefined for a field issue (which each
 * reader words with the value it was given).
 */
export function ruleError(issue: z.core.$ZodIssue, world: World): UsageError | undefined {
  const code = ruleCode(issue);
  if (code === undefined) return undefined;
  return new UsageError(wordSettings(issue.message, SETTING_NAMES[world]), code);
}
