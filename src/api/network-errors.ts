/**
 * What went wrong below HTTP (refused, reset, timed out, DNS, TLS), whether trying again can help,
 * and how to say it. undici nests the system error in `cause`, so the whole chain is searched.
 */
import { ApiError, settingRef } from '../errors.js';
import type { CallContext } from './api-errors.js';
import { redact } from './redact.js';

export interface NetworkFailure {
  readonly kind: 'network' | 'timeout';
  /** The system or undici error code, or "ABORTED" for our own deadline. */
  readonly code: string;
  readonly retryable: boolean;
  readonly detail: string;
}

const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** Failures of the path to the server that another try may well get through. */
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);

const TLS_CODE = /CERT|SSL|TLS|SIGNATURE|ERR_TLS/;

/** The error and its causes, outermost first, at most five deep (a cause may loop). */
export function errorChain(error: unknown): { code?: string; message: string }[] {
  const chain: { code?: string; message: string }[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const record = current as { code?: unknown; message?: unknown; cause?: unknown };
    chain.push({
      ...(typeof record.code === 'string' ? { code: record.code } : {}),
      message: typeof record.message === 'string' ? record.message : 'unknown error',
    });
    current = record.cause;
  }
  if (chain.length === 0) chain.push({ message: String(error) });
  return chain;
}

/** `deadlineHit` is true when our own whole-request timer aborted the call. */
export function classifyNetworkError(error: unknown, deadlineHit: boolean): NetworkFailure {
  const chain = errorChain(error);
  // The innermost coded error is the most specific ("ECONNREFUSED" under "fetch failed").
  const coded = [...chain].reverse().find((link) => link.code !== undefined);
  const code = coded?.code ?? 'UNKNOWN';
  const detail = (coded ?? chain[0])?.message ?? code;
  if (deadlineHit) return { kind: 'timeout', code: 'ABORTED', retryable: true, detail };
  if (TIMEOUT_CODES.has(code)) return { kind: 'timeout', code, retryable: true, detail };
  return { kind: 'network', code, retryable: TRANSIENT_CODES.has(code), detail };
}

function advice(failure: NetworkFailure, host: string): string {
  if (failure.code === 'ENOTFOUND')
    return `the host name ${host} does not resolve: check ${settingRef('connection.baseUrl')}`;
  if (TLS_CODE.test(failure.code)) {
    return 'the TLS certificate was not accepted: behind an inspecting proxy, point NODE_EXTRA_CA_CERTS at its CA file';
  }
  return `check ${settingRef('connection.baseUrl')}, the network and the proxy settings (HTTPS_PROXY, NO_PROXY)`;
}

export function networkError(
  failure: NetworkFailure,
  ctx: CallContext,
  attempts: number,
  requestTimeoutMs: number,
): ApiError {
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
  const text =
    failure.kind === 'timeout'
      ? `could not ${ctx.action}: no answer from ${ctx.host} within ${requestTimeoutMs / 1000} s${tries}; ` +
        'check the network and the proxy settings (HTTPS_PROXY, NO_PROXY), or try again later'
      : `could not ${ctx.action}: cannot reach ${ctx.host} (${failure.code}: ${failure.detail})${tries}; ${advice(failure, ctx.host)}`;
  return new ApiError(
    failure.kind === 'timeout' ? 'API_TIMEOUT' : 'API_NETWORK',
    redact(text, [ctx.conn.apiKey]),
  );
}
