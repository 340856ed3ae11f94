/**
 * What the review (comment, check run, Markdown file) and the drift issues take from an entry: its
 * environment, the secrets to keep out of bodies and where its lines go (ReviewIo, built by
 * reviewIo() in every entry), and the forge client both open the same way.
 */
import { redactSecrets } from '../api/redact.js';
import type { ReviewConfig } from '../config/review-settings.js';
import { createForgeHttp, type ForgeHttp, type ForgeName } from '../forge/forge-http.js';
import { tokenVariable } from '../forge/forge-target.js';
import { wellFormed } from '../plain-text.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface ReviewIo {
  readonly env: Env;
  readonly log: (line: string) => void;
  readonly warn: (line: string) => void;
  /** Redacted from every body (the IaCM API key, should plan content hold it). */
  readonly secrets: readonly (string | undefined)[];
}

/**
 * An entry's ReviewIo: progress through `log` (none when `quiet`), warnings through `warn`, by
 * default `log`'s stream with the `iacm-report: warning:` prefix the CLI and the plugin print.
 */
export function reviewIo(options: {
  readonly env: Env;
  readonly secrets: readonly (string | undefined)[];
  readonly log: (line: string) => void;
  readonly warn?: (line: string) => void;
  readonly quiet?: boolean;
}): ReviewIo {
  const { env, secrets, log } = options;
  return {
    env,
    secrets,
    log: options.quiet === true ? () => {} : log,
    warn: options.warn ?? ((line) => log(`iacm-report: warning: ${line}`)),
  };
}

/** Text bound for a forge: secrets redacted, well-formed (a lone surrogate would go out as `\ud800`). */
export function forgeText(text: string, io: ReviewIo): string {
  return wellFormed(redactSecrets(text, io.secrets));
}

/**
 * The forge client for a target, with the token of the settings or the forge's own variable; or
 * undefined, with a warning naming what to set, when there is none.
 */
export async function openForge(
  target: { readonly forge: ForgeName; readonly apiUrl: string },
  review: ReviewConfig,
  io: ReviewIo,
  what: string,
): Promise<ForgeHttp | undefined> {
  const token = review.token ?? io.env[tokenVariable(target.forge)]?.trim();
  if (token === undefined || token === '') {
    const forge = target.forge === 'gitlab' ? 'GitLab' : 'GitHub';
    io.warn(`${what}: skipped, no ${forge} token (set the token setting or ${tokenVariable(target.forge)})`);
    return undefined;
  }
  return createForgeHttp({
    forge: target.forge,
    baseUrl: target.apiUrl,
    token,
    deadlineMs: review.forgeTimeout * 1000,
    env: io.env,
  });
}
