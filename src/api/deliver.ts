/**
 * Send an event, and when that fails for good keep the body for later. This is what the report
 * pipeline calls; `iacm-report send` is the "later".
 */
import type { ApiConnection } from './connection.js';
import type { EventBody } from './event-body.js';
import { ApiError } from '../errors.js';
import type { HttpOptions } from './http-client.js';
import { sendEvent } from './iacm-api.js';
import { redact } from './redact.js';
import { outcomeUnknown } from './retry-after.js';
import { largeBodyWarning, spoolBody, spoolTargetOf, type SpoolOptions } from './spool.js';

export interface DeliverOptions extends SpoolOptions {
  readonly http?: HttpOptions;
  /** Warnings (large body) and retry progress, redacted. */
  readonly log?: (line: string) => void;
  /**
   * Whether the event landed after all, asked when its outcome is unknown (answer lost, timeout
   * after sending): true, false, or undefined when that cannot be told. Without it an unknown
   * outcome is never re-sent.
   */
  readonly landed?: () => Promise<boolean | undefined>;
}

export type DeliveryResult =
  | { readonly kind: 'sent' }
  /** The exact body is in `file`; `error` says why it was not delivered. */
  | { readonly kind: 'spooled'; readonly file: string; readonly error: ApiError };

/**
 * At most once: a send whose outcome is unknown is re-sent (once) only when `landed` says it did
 * not land; when it did, the send counts as done; when that cannot be told, the error stands (and
 * the body is spooled, with the warning that it may have landed).
 */
async function sendOnce(
  conn: ApiConnection,
  body: EventBody,
  http: HttpOptions,
  options: DeliverOptions,
): Promise<void> {
  try {
    await sendEvent(conn, body, http);
  } catch (error) {
    if (!outcomeUnknown(error) || options.landed === undefined) throw error;
    const landed = await options.landed().catch(() => undefined);
    if (landed === true) {
      options.log?.('The answer to the event was lost, but Harness recorded it: not sent again');
      return;
    }
    if (landed === undefined) {
      options.log?.(
        'warning: the answer to the event was lost and Harness could not be asked whether it landed: it may have',
      );
      throw error;
    }
    options.log?.(
      'The answer to the event was lost and Harness has no activity for it: sending it once more',
    );
    await sendEvent(conn, body, http);
  }
}

/**
 * Sends `body`; on an ApiError (any status, network, timeout, once retries are spent) writes it to
 * the spool folder and returns where. A UsageError (no key, plain-http URL) is thrown as is:
 * nothing was attempted, and the run should fail with exit 2. If the spool write itself fails,
 * that error is thrown with the delivery error in its message, so the cause is not lost.
 */
export async function deliverEvent(
  conn: ApiConnection,
  body: EventBody,
  options: DeliverOptions = {},
): Promise<DeliveryResult> {
  const warning = largeBodyWarning(body);
  if (warning !== undefined) options.log?.(warning);
  const http: HttpOptions = {
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.log === undefined ? {} : { log: options.log }),
    ...options.http,
  };
  try {
    await sendOnce(conn, body, http, options);
    return { kind: 'sent' };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    try {
      const { file, fallback } = await spoolBody(body, { ...options, target: spoolTargetOf(conn) });
      if (fallback !== undefined)
        options.log?.(`warning: ${fallback}; the body was written to ${file} instead`);
      return { kind: 'spooled', file, error };
    } catch (spoolError) {
      const detail = spoolError instanceof Error ? spoolError.message : String(spoolError);
      throw new ApiError(
        error.code,
        redact(`${error.template}; the body could not be saved either (${detail})`, [conn.apiKey]),
        error.status,
        { cause: spoolError },
      );
    }
  }
}
