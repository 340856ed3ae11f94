/**
 * Keeps secrets out of everything we print. Error messages can carry text we do not control (a
 * server's `message`, a network error that quotes a header, a URL a user pasted), so every line
 * that leaves the program through the API layer goes through `redact` first.
 */

export const REDACTED = '[REDACTED]';

/** Header lines such as `x-api-key: pat.xxx` that a proxy or server may echo back. */
const API_KEY_HEADER = /(x-api-key["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi;
/** Harness API keys have a recognisable shape (`pat.<account>.<id>.<secret>`, `sat.` likewise). */
const HARNESS_TOKEN = /\b([ps]at)\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;

/**
 * Only the given secrets (as given and percent-encoded), nothing pattern-based: for whole output
 * streams such as a dry run's body, which must otherwise stay exactly as built.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const form of secretForms(secrets)) if (out.includes(form)) out = out.split(form).join(REDACTED);
  return out;
}

function secretForms(secrets: readonly (string | undefined)[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    // Very short "secrets" would shred ordinary text and are not real keys anyway.
    if (secret === undefined || secret.length < 4) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
  }
  // Longest first, so a secret that contains another is replaced whole.
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * Replaces every occurrence of each secret (as given, and as it would appear percent-encoded in a
 * URL) with `[REDACTED]`, then masks anything that still looks like an API key header or token.
 */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  const out = redactSecrets(text, secrets);
  return out.replace(API_KEY_HEADER, `$1${REDACTED}`).replace(HARNESS_TOKEN, `$1.${REDACTED}`);
}
