/**
 * The request body of an event, built the same way for a report and a merge: every string made
 * well-formed (a lone surrogate from a file or folder name becomes U+FFFD, never `\ud800`), control
 * characters escaped by JSON, and no runner command in the text (`##[` written `##\u005b[`, the same
 * JSON value), because a dry run prints the body exactly as it is sent.
 */
import { jsonWithoutRunnerCommands } from '../runner-commands.js';
import { wellFormedJson } from '../plain-text.js';
import type { SendEventRequest } from '../reporter/event-schema.js';

/** The event with every string, keys included, well-formed. */
export function cleanEvent(event: SendEventRequest): SendEventRequest {
  return wellFormedJson(event);
}

/** The exact body sent (or printed by a dry run) for a cleaned event. */
export function requestBody(event: SendEventRequest): string {
  return jsonWithoutRunnerCommands(JSON.stringify(cleanEvent(event)));
}
