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
