/**
 * The one place that talks HTTP to Harness: headers, timeouts, proxies and retries. It knows
 * nothing of plans or events; callers hand it a URL and a finished body and get back a 2xx answer
 * or an ApiError that says what to do.
 */
import type { Dispatcher } from 'undici';
import { UsageError, type ApiError } from '../errors.js';
import { loadUndici, proxyDispatcher, raceDeadline, readCapped } from '../http/undici-base.js';
import { responseError, statusError, type CallContext } from './api-errors.js';
import type { ResolvedConnection } from './connection.js';
import { classifyNetworkError, networkError, type NetworkFailure } from './network-errors.js';
import { redact } from './redact.js';
import { certainlyNotActedOn, markOutcomeUnknown, retryAfterMs } from './retry-after.js';
import { REPORTER_NAME, VERSION } from '../version.js';

export interface HttpOptions {
  /** Proxy variables are read from here (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, lower-case too). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** TCP + TLS handshake limit per attempt. Default 10 s. */
  readonly connectTimeoutMs?: number;
  /** Whole request (connect, send, headers, body) limit per attempt. Default 30 s. */
  readonly requestTimeoutMs?: number;
  /** Tries in all, the first included. Default 4 (Harness's own clients: 1 + 3 retries). */
  readonly maxAttempts?: number;
  /** Backoff before retry n is random in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))). Default 500 ms. */
  readonly baseDelayMs?: number;
  /** Default 8 s. */
  readonly maxDelayMs?: number;
  /** No new attempt starts, and none runs, past this much time since the first. Default 60 s. */
  readonly totalBudgetMs?: number;
  /** For tests: the jitter source (default Math.random) and the pause between tries. */
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Progress lines ("retrying in 1.2 s"), already redacted. */
  readonly log?: (line: string) => void;
  /** A 2xx answer longer than this is an error (API_RESPONSE). Default 1 MiB. */
  readonly maxResponseBytes?: number;
  /** Of an error answer (non-2xx) only this much is kept for the message. Default 64 KiB. */
  readonly maxErrorBodyBytes?: number;
  /**
   * false for a call that must not happen twice (an event POST): it is tried again only when it
   * certainly was not acted on (retry-after.ts); otherwise the error is marked outcome-unknown.
   */
  readonly retryUnknownOutcome?: boolean;
  /** Non-2xx statuses answered as responses, not errors (a 400 that carries per-item results). */
  readonly answerStatuses?: readonly number[];
}

export const DEFAULT_HTTP_OPTIONS = {
  connectTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  totalBudgetMs: 60_000,
  maxResponseBytes: 1024 * 1024,
  maxErrorBodyBytes: 64 * 1024,
} as const;

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

export interface HttpResponse {
  readonly status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * A body that is not JSON text: raw bytes of a known length, opened afresh for every attempt (a
 * retry cannot replay a stream already consumed). Sent with Content-Length, never chunked.
 */
export interface RawBody {
  readonly contentType: string;
  readonly length: number;
  readonly open: () => NodeJS.ReadableStream | Buffer;
}

export type RequestBody = string | RawBody;

export interface HttpClient {
  /** Resolves with a 2xx answer; anything else ends in an ApiError once retries are spent. */
  call(method: HttpMethod, url: URL, action: string, body?: RequestBody): Promise<HttpResponse>;
  close(): Promise<void>;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

/**
 * A plain Agent, or EnvHttpProxyAgent when proxy variables are set (src/http/undici-base.ts); a
 * proxy value undici refuses is a UsageError naming the variables.
 */
export async function createDispatcher(
  env: Readonly<Record<string, string | undefined>>,
  connectTimeoutMs: number,
): Promise<Dispatcher> {
  try {
    return await proxyDispatcher(env, { timeout: connectTimeoutMs });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // Proxy URLs may carry user:password; say which variable is wrong, not what it holds. The
    // cause is left off on purpose: its message may quote the URL, credentials and all.
    throw new UsageError(
      `the proxy setting (HTTPS_PROXY / HTTP_PROXY) is not usable: ${redact(detail)}`,
      'CONFIG_INVALID',
    );
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** `tooLarge`: a 2xx answer that went on past maxResponseBytes (its body is cut there). */
type Attempt = { response: HttpResponse; tooLarge?: boolean } | { failure: NetworkFailure };

export async function createHttpClient(
  conn: ResolvedConnection,
  options: HttpOptions = {},
): Promise<HttpClient> {
  const merged = { ...DEFAULT_HTTP_OPTIONS, ...options };
  const settings = { ...merged, maxAttempts: Math.max(1, Math.floor(merged.maxAttempts)) };
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let dispatcher = await createDispatcher(options.env ?? {}, settings.connectTimeoutMs);
  const { request } = await loadUndici();
  const headers = {
    'harness-account': conn.accountId,
    'x-api-key': conn.apiKey,
    'content-type': 'application/json',
    accept: 'application/json, application/vnd.goa.error',
    'user-agent': `${REPORTER_NAME}/${VERSION}`,
  };

  /**
   * One try, ended by one deadline whatever it is waiting for: the TCP connection, a proxy that
   * accepted the connection and never answers its CONNECT (undici does not abort that on the
   * signal), TLS, the headers or the body. On the deadline the dispatcher is destroyed (which ends
   * a stuck proxy tunnel) and a fresh one takes its place for the next try.
   */
  async function once(
    method: HttpMethod,
    url: URL,
    body: RequestBody | undefined,
    timeoutMs: number,
  ): Promise<Attempt> {
    const controller = new AbortController();
    let opened: NodeJS.ReadableStream | Buffer | undefined;
    const exchange = (async (): Promise<Attempt> => {
      const raw = typeof body === 'object' ? body : undefined;
      opened = raw?.open();
      const res = await request(url, {
        method,
        headers: raw
          ? { ...headers, 'content-type': raw.contentType, 'content-length': String(raw.length) }
          : headers,
        body: raw ? (opened as Buffer) : (body as string | undefined),
        dispatcher,
        signal: controller.signal,
      });
      const ok =
        (res.statusCode >= 200 && res.statusCode < 300) ||
        options.answerStatuses?.includes(res.statusCode) === true;
      // Reading the body is part of the request: a server that stalls mid-body hits the same deadline.
      const limit = ok ? settings.maxResponseBytes : settings.maxErrorBodyBytes;
      const { text, cut } = await readCapped(res.body, limit);
      const response = { status: res.statusCode, headers: flattenHeaders(res.headers), body: text };
      return ok && cut ? { response, tooLarge: true } : { response };
    })().catch((error: unknown): Attempt => ({ failure: classifyNetworkError(error, false) }));
    try {
      const outcome = await raceDeadline(exchange, timeoutMs);
      if (outcome !== 'deadline') return outcome;
      controller.abort();
      const stuck = dispatcher;
      dispatcher = await createDispatcher(options.env ?? {}, settings.connectTimeoutMs);
      void stuck.destroy().catch(() => undefined);
      return { failure: classifyNetworkError(new Error('deadline'), true) };
    } finally {
      // A stream the request did not finish (a failed attempt) still holds its file open.
      if (opened !== undefined && !Buffer.isBuffer(opened)) (opened as { destroy?: () => void }).destroy?.();
    }
  }

  async function call(
    method: HttpMethod,
    url: URL,
    action: string,
    body?: RequestBody,
  ): Promise<HttpResponse> {
    const ctx: CallContext = { conn, host: url.host, action };
    const start = Date.now();
    const deadline = start + settings.totalBudgetMs;
    let last: Attempt | undefined;
    let lastTimeoutMs = settings.requestTimeoutMs;
    let attempts = 0;
    while (attempts < settings.maxAttempts) {
      const remaining = deadline - Date.now();
      if (remaining <= 0 && last !== undefined) break;
      lastTimeoutMs = Math.max(1, Math.min(settings.requestTimeoutMs, remaining));
      attempts += 1;
      const outcome = await once(method, url, body, lastTimeoutMs);
      const cutShort =
        'failure' in outcome &&
        outcome.failure.kind === 'timeout' &&
        lastTimeoutMs < settings.requestTimeoutMs;
      // An attempt the budget cut short says less than the answer before it ("HTTP 500" beats "no answer").
      if (cutShort && last !== undefined && 'response' in last) break;
      last = outcome;
      if ('response' in last) {
        const { status } = last.response;
        if (last.tooLarge === true) {
          throw responseError(
            `with a body of more than ${formatBytes(settings.maxResponseBytes)} (the most this call takes); the answer was not read`,
            ctx,
          );
        }
        if ((status >= 200 && status < 300) || options.answerStatuses?.includes(status) === true)
          return last.response;
        if (!RETRYABLE_STATUS.has(status)) {
          throw statusError(status, last.response.body, ctx, attempts, last.response.headers['location']);
        }
      } else if (!last.failure.retryable) {
        break;
      }
      const safe =
        'response' in last ? certainlyNotActedOn(last.response) : certainlyNotActedOn(last.failure);
      if (options.retryUnknownOutcome === false && !safe) {
        throw markOutcomeUnknown(finalError(last, ctx, attempts, lastTimeoutMs));
      }
      if (attempts >= settings.maxAttempts) break;
      // Full jitter: spreads the retries of many runners that hit a limit at the same moment; a
      // Retry-After (429/503) is a floor under it.
      const cap = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempts - 1));
      const asked =
        'response' in last && (last.response.status === 429 || last.response.status === 503)
          ? retryAfterMs(last.response.headers['retry-after'], Date.now())
          : undefined;
      const delay = Math.max(Math.floor(random() * cap), asked ?? 0);
      if (Date.now() + delay >= deadline) {
        if (asked !== undefined) {
          options.log?.(
            `IaCM API ${url.host}: HTTP ${'response' in last ? last.response.status : ''} asks to wait ${(asked / 1000).toFixed(0)} s, past this run's time budget; not retrying`,
          );
        }
        break;
      }
      const why = 'response' in last ? `HTTP ${last.response.status}` : last.failure.code;
      options.log?.(
        redact(
          `IaCM API ${url.host}: ${why}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempts + 1} of ${settings.maxAttempts})`,
          [conn.apiKey],
        ),
      );
      await sleep(delay);
    }
    throw finalError(last, ctx, attempts, lastTimeoutMs);
  }

  return {
    call,
    close: () => dispatcher.destroy(),
  };
}

/** 1048576 -> "1 MiB", 65536 -> "64 KiB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

function finalError(
  last: Attempt | undefined,
  ctx: CallContext,
  attempts: number,
  timeoutMs: number,
): ApiError {
  if (last === undefined) {
    return networkError(
      { kind: 'timeout', code: 'ABORTED', retryable: true, detail: '' },
      ctx,
      attempts,
      timeoutMs,
    );
  }
  if ('response' in last) return statusError(last.response.status, last.response.body, ctx, attempts);
  return networkError(last.failure, ctx, attempts, timeoutMs);
}
