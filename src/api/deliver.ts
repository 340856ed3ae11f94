/**
 * Send an event, and when that fails for good keep the body for later. This is what the report
 * pipeline calls; `iacm-report send` is the "later".
 */
import type { ApiConnection } from './connection.js';
import { ApiError } from '../errors.js';
import type { HttpOptions } from './http-client.js';
import { sendEvent } from './iacm-api.js';
import { redact } from './redact.js';
import { largeBodyWarning, spoolBody, type SpoolOptions } from './spool.js';

export interface DeliverOptions extends SpoolOptions {
  readonly http?: HttpOptions;
  /** Warnings (large body) and retry progress, redacted. */
  readonly log?: (line: string) => void;
}

export type DeliveryResult =
  | { readonly kind: 'sent' }
  /** The exact body is in `file`; `error` says why it was not delivered. */
  | { readonly kind: 'spooled'; readonly file: string; readonly error: ApiError };

/**
 * Sends `body`; on an ApiError (any status, network, timeout, once retries are spent) writes it to
 * the spool folder and returns where. A UsageError (no key, plain-http URL) is thrown as is:
 * nothing was attempted, and the run should fail with exit 2. If the spool write itself fails,
 * that error is thrown with the delivery error in its message, so the cause is not lost.
 */
export async function deliverEvent(
  conn: ApiConnection,
  body: string,
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
    await sendEvent(conn, body, http);
    return { kind: 'sent' };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    try {
      const { file } = await spoolBody(body, options);
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
