/**
 * The review's settings (the pull/merge request comment, the check run, the Markdown file), one
 * zod object under `review` in every world's configuration. Rows in settings.ts (section
 * `review`); read by src/run/review.ts and the entries' Markdown writer.
 */
import * as z from '../zod-mini.js';
import { OFF, OPTIONAL_TEXT, OPTIONAL_URL } from './common-schemas.js';

export const COMMENT_MODES = ['off', 'on-change', 'always'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
export const FORGES = ['github', 'gitlab'] as const;
export const MARKDOWN_BUDGETS = ['summary', 'comment'] as const;

export const reviewSchema = z.object({
  comment: z._default(z.enum(COMMENT_MODES), 'off'),
  /** Any text; the forge layer turns it into a safe marker. */
  commentKey: z.optional(z.string().check(z.maxLength(200))),
  /** GitHub or GitLab token; else GITHUB_TOKEN / GITLAB_TOKEN (review.ts). */
  token: z.optional(z.string()),
  /** Detected from the CI when unset (review.ts). */
  forge: z.optional(z.enum(FORGES)),
  /** The forge's API root (GitHub Enterprise `https://HOST/api/v3`, GitLab `https://HOST/api/v4`). */
  forgeUrl: OPTIONAL_URL,
  /** One deadline for every forge call of a run, in seconds. */
  forgeTimeout: z._default(
    z.coerce
      .number<string | number>()
      .check(z.positive('a number of seconds above 0'), z.lte(600, 'at most 600 seconds')),
    60,
  ),
  checkRun: OFF,
  /** After a drift check, one issue per drifted workspace (drift-issue.ts); `true`: the CI's forge. */
  driftIssue: z._default(
    z.enum(['false', 'true', 'github', 'gitlab'], 'true, false, github or gitlab'),
    'false',
  ),
  driftIssueScope: z._default(z.enum(['workspace', 'unit'], 'workspace or unit'), 'workspace'),
  driftIssueLabel: z._default(
    z
      .string()
      .check(z.trim(), z.minLength(1), z.maxLength(50), z.regex(/^[^,]+$/, 'one label, without commas')),
    'drift',
  ),
  markdownFile: OPTIONAL_TEXT,
  markdownBudget: z._default(z.enum(MARKDOWN_BUDGETS), 'summary'),
});

export type ReviewConfig = z.infer<typeof reviewSchema>;
