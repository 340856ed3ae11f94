/**
 * The review's settings (the pull/merge request comment, the check run, the Markdown file), one
 * zod object under `review` in every world's configuration. Rows in settings.ts (section
 * `review`); read by src/run/review.ts and the entries' Markdown writer.
 */
import { z } from 'zod';

export const COMMENT_MODES = ['off', 'on-change', 'always'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
export const FORGES = ['github', 'gitlab'] as const;
export const MARKDOWN_BUDGETS = ['summary', 'comment'] as const;

export const reviewSchema = z.object({
  comment: z.enum(COMMENT_MODES).default('off'),
  /** Any text; the forge layer turns it into a safe marker. */
  commentKey: z.string().max(200).optional(),
  /** GitHub or GitLab token; else GITHUB_TOKEN / GITLAB_TOKEN (review.ts). */
  token: z.string().optional(),
  /** Detected from the CI when unset (review.ts). */
  forge: z.enum(FORGES).optional(),
  /** The forge's API root (GitHub Enterprise `https://HOST/api/v3`, GitLab `https://HOST/api/v4`). */
  forgeUrl: z.url().optional(),
  /** One deadline for every forge call of a run, in seconds. */
  forgeTimeout: z.coerce
    .number<string | number>()
    .positive('a number of seconds above 0')
    .max(600, 'at most 600 seconds')
    .default(60),
  checkRun: z.boolean().default(false),
  /** After a drift check, one issue per drifted workspace (drift-issue.ts); `true`: the CI's forge. */
  driftIssue: z.enum(['false', 'true', 'github', 'gitlab'], 'true, false, github or gitlab').default('false'),
  driftIssueScope: z.enum(['workspace', 'unit'], 'workspace or unit').default('workspace'),
  driftIssueLabel: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .regex(/^[^,]+$/, 'one label, without commas')
    .default('drift'),
  markdownFile: z.string().min(1).optional(),
  markdownBudget: z.enum(MARKDOWN_BUDGETS).default('summary'),
});

export type ReviewConfig = z.infer<typeof reviewSchema>;
