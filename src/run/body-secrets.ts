/**
 * The secrets no body or file we write may hold (issue 23): the API key, whichever way it came in.
 * Plan content is the pull-request author's to choose, so it may equal the key; the event and
 * the partial are scrubbed field by field before they are serialised (api/redact.ts).
 */
import { holdsSecret } from '../api/redact.js';
import type { ConnectionConfig } from '../config/schema.js';
import { UsageError } from '../errors.js';

export function bodySecrets(config: { readonly connection: Pick<ConnectionConfig, 'apiKey'> }): string[] {
  const key = config.connection.apiKey;
  return key === undefined ? [] : [key];
}

/**
 * The serialised body, checked once more: a key spelt across JSON syntax (`","`) survives the
 * field-by-field scrub. Such a body is refused, never sent or written.
 */
export function cleanBody(
  body: string,
  config: { readonly connection: Pick<ConnectionConfig, 'apiKey'> },
): string {
  if (!holdsSecret(body, bodySecrets(config))) return body;
  throw new UsageError(
    'the event body would carry the API key (the key matches text of the body); nothing was sent or written. Rotate the key',
    'CONFIG_INVALID',
  );
}

/**
 * `cleanBody` for a body read in pieces (a merge's, streamed-event.ts): the same refusal when the key is
 * anywhere in it, a piece's boundary included.
 */
export async function cleanBodyPieces(
  pieces: AsyncIterable<string>,
  config: { readonly connection: Pick<ConnectionConfig, 'apiKey'> },
): Promise<void> {
  const secrets = bodySecrets(config);
  if (secrets.length === 0) return;
  // Enough of the text before a piece to hold any form of the key (as given, percent-encoded) but one character.
  const keep = Math.max(...secrets.map((s) => Math.max(s.length, encodeURIComponent(s).length))) - 1;
  let carry = '';
  for await (const piece of pieces) {
    const text = carry + piece;
    cleanBody(text, config);
    carry = keep <= 0 ? '' : text.slice(-keep);
  }
}
