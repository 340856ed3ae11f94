/**
 * A merge's request body, serialised once (issue 23: merge memory). The event comes in cleaned
 * (request-body.ts `cleanEvent`); the key is taken out of every field (api/redact.ts
 * `scrubSecrets`) only when the event holds it: the scrub is a deep copy of the event, and an
 * event of 100,000 units is hundreds of megabytes of objects. The body is the same text either way.
 */
import { holdsSecret, scrubSecrets, secretForms } from '../api/redact.js';
import type { ConnectionConfig } from '../config/schema.js';
import type { SendEventRequest } from '../reporter/event-schema.js';
import { jsonWithoutRunnerCommands } from '../runner-commands.js';
import { bodySecrets, cleanBody } from './body-secrets.js';

/**
 * The cleaned `event` with the key out of every field, and its exact body (cleanBody's check
 * included). The event is returned as it came when no field holds the key: a form of the key that
 * JSON writes as it is (no quote, backslash or control) is in a field exactly when it is in the
 * JSON text; any other form always goes through the scrub.
 */
export function scrubbedEventBody(
  event: SendEventRequest,
  config: { readonly connection: Pick<ConnectionConfig, 'apiKey'> },
): { event: SendEventRequest; body: string } {
  const secrets = bodySecrets(config);
  let json = JSON.stringify(event);
  const forms = secretForms(secrets);
  const verbatim = forms.every((form) => JSON.stringify(form) === `"${form}"`);
  if (!verbatim || holdsSecret(json, secrets)) {
    event = scrubSecrets(event, secrets);
    json = JSON.stringify(event);
  }
  return { event, body: cleanBody(jsonWithoutRunnerCommands(json), config) };
}
