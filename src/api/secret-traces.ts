/**
 * What is left of a secret after our own writers have been at it (issue 23, found in the
 * acceptance audit). Plan content may equal the key, and two things we do to text before it is
 * redacted would otherwise let the key through an exact-match search:
 *
 * - **Escaping.** Markdown escaping puts a backslash before `_ * [ ] ~ # !` and a zero-width space
 *   (raw or as `&#8203;`) inside `www.` and `://`. A real Harness key
 *   (`pat.<account>.<token>.<secret>`, account ids hold `_` and `-`) escaped for a comment no
 *   longer equals the key, so the comment, job summary, check run and drift issue carried it.
 * - **Cutting.** A long name or message is cut with an ellipsis (`head…`, `…tail`, `head…tail`):
 *   the commit message of the event at 1,000 characters, paths in the text summary, names in
 *   Markdown. A cut through the key leaves all of it but a few characters.
 *
 * So a secret is matched with any of those insertions between its characters, and a piece of it
 * (at least MIN_PIECE characters) is matched where it meets an ellipsis: the start of the key
 * before one, the end of the key after one.
 */

const ELLIPSIS = '…';
/** Pieces shorter than this say nothing of the key (`pat.` starts every personal access token). */
const MIN_PIECE = 4;
/** What our escaping may put between two characters of a name: `\`, a zero-width space, its entity. */
const INSERTED = '(?:\\\\|\\u200b|&#8203;)?';

function literal(char: string): string {
  return char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

const built = new Map<string, RegExp>();

/**
 * One regular expression (global) for `secret`: whole with our insertions, or a piece of at
 * least MIN_PIECE characters of its start before an ellipsis or of its end after one. Kept per
 * secret: redaction runs on every line printed.
 */
export function secretTraces(secret: string): RegExp {
  let pattern = built.get(secret);
  if (pattern === undefined) {
    pattern = buildTraces(secret);
    built.set(secret, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

function buildTraces(secret: string): RegExp {
  const chars = [...secret].map(literal);
  const n = chars.length;
  const whole = chars.join(INSERTED);
  const parts = [whole];
  if (n > MIN_PIECE) {
    // The start: MIN_PIECE characters, then each further one only if those before it matched.
    let rest = '';
    for (let i = n - 1; i >= MIN_PIECE; i--) rest = `(?:${INSERTED}${chars[i]}${rest})?`;
    parts.push(`${chars.slice(0, MIN_PIECE).join(INSERTED)}${rest}(?=${ELLIPSIS})`);
    // The end: the last MIN_PIECE characters, each earlier one only if those after it matched.
    let lead = '';
    for (let i = 0; i < n - MIN_PIECE; i++) lead = `(?:${lead}${chars[i]}${INSERTED})?`;
    parts.push(`(?<=${ELLIPSIS})${lead}${chars.slice(n - MIN_PIECE).join(INSERTED)}`);
  }
  return new RegExp(parts.join('|'), 'gu');
}

/** Whether `text` was cut somewhere (only then can it hold a piece of a secret). */
export function wasCut(text: string): boolean {
  return text.includes(ELLIPSIS);
}
