/**
 * At most once (issue 26): when another try is safe, and how long a server asked us to wait.
 *
 * - `Retry-After` (RFC 9110 §10.2.3) is delay-seconds or an HTTP date; honoured for 429 and 503.
 *   Harness documents none on its 429s, but gateways and proxies in front of it may send one.
 * - A request that is not idempotent (an event POST) is tried again by the client only when it
 *   certainly did not reach Harness's handler: a 429 or 503 answer, or a connection that was
 *   never made. A timeout after the request was sent, a reset, a 500/502/504: the outcome is
 *   unknown and the caller decides (deliver.ts looks the activity up before re-sending).
 */
import type { ApiError } from '../errors.js';
import type { NetworkFailure } from './network-errors.js';

/** Milliseconds to wait, or undefined when the header is absent or unreadable. */
export function retryAfterMs(header: string | undefined, now: number): number | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Failures that happen before any byte of the request reached the server. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Statuses by which the server says it did not act on the request. */
const NOT_ACTED_STATUSES = new Set([429, 503]);

export function certainlyNotActedOn(outcome: { status: number } | NetworkFailure): boolean {
  if ('status' in outcome) return NOT_ACTED_STATUSES.has(outcome.status);
  return NOT_SENT_CODES.has(outcome.code);
}

const unknownOutcomes = new WeakSet<ApiError>();

/** Marks an error whose request may or may not have been acted on. */
export function markOutcomeUnknown(error: ApiError): ApiError {
  unknownOutcomes.add(error);
  return error;
}

export function outcomeUnknown(error: unknown): boolean {
  return typeof error === 'object' && error !== null && unknownOutcomes.has(error as ApiError);
}
