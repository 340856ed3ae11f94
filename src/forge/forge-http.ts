/**
 * The one place that talks HTTP to a forge (GitHub, GitLab): the same rules as the IaCM client
 * (src/api/http-client.ts), for a call that is a courtesy after the report is sent:
 * - one deadline for every call of a client (a silent forge must not hold the step); each try
 *   also ends at `tryTimeoutMs`, connect, headers and body included;
 * - answers read up to `maxResponseBytes` (a page of 100 comments of 65,536 characters fits), an
 *   error answer up to 64 KiB;
 * - a few tries on a network error, 429 or 5xx, and on 403 when the forge says when to come back
 *   (`retry-after`, GitHub's secondary rate limit), waiting what `retry-after` asks when it fits
 *   the deadline. A POST (a new comment) is tried again only when the connection was refused, so a
 *   comment is never created twice;
 * - the token goes only into the header the forge reads: every message is redacted of it.
 */
import { loadUndici, proxyDispatcher, raceDeadline, readCapped } from '../http/undici-base.js';
import { clipMiddle, plainText } from '../plain-text.js';
import { REPORTER_NAME, VERSION } from '../version.js';

export type ForgeName = 'github' | 'gitlab';
export type ForgeMethod = 'GET' | 'POST' | 'PATCH' | 'PUT';

export interface ForgeHttpOptions {
  /** The API root: `https://api.github.com`, `https://HOST/api/v3`, `https://HOST/api/v4`. */
  readonly baseUrl: string;
  readonly forge: ForgeName;
  /** The credential, sent only in the forge's own header. */
  readonly token: string;
  /** One deadline for every call of this client, from its first. Default 60 s. */
  readonly deadlineMs?: number;
  /** Per try. Default 15 s. */
  readonly tryTimeoutMs?: number;
  /** Default 3. */
  readonly maxAttempts?: number;
  /** Default 16 MiB. */
  readonly maxResponseBytes?: number;
  /** First backoff; doubled per try. Default 1 s. */
  readonly baseDelayMs?: number;
  /** Proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) are read from here. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export const FORGE_DEFAULTS = {
  deadlineMs: 60_000,
  tryTimeoutMs: 15_000,
  maxAttempts: 3,
  maxResponseBytes: 16 * 1024 * 1024,
  baseDelayMs: 1_000,
} as const;

const MAX_ERROR_BYTES = 64 * 1024;
/** GitHub's secondary rate limit and GitLab's throttle say when to come back. */
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

export interface ForgeResponse {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly json: unknown;
}

export type ForgeErrorCode =
  'FORGE_HTTP' | 'FORGE_NETWORK' | 'FORGE_TIMEOUT' | 'FORGE_RESPONSE' | 'FORGE_LIMIT';

/** A failed forge call, worded without the token; `status` for an HTTP answer. */
export class ForgeError extends Error {
  constructor(
    message: string,
    readonly code: ForgeErrorCode,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ForgeError';
  }
}

export interface ForgeHttp {
  readonly forge: ForgeName;
  readonly baseUrl: string;
  /**
   * One call. `path` is relative to the API root (`/repos/o/r/...`) or an absolute URL the forge
   * gave (a `Link` header), which must stay on the API root's origin. Statuses in `accept` come
   * back as answers; any other non-2xx status is a ForgeError.
   */
  request(
    method: ForgeMethod,
    path: string,
    options?: { readonly body?: unknown; readonly accept?: readonly number[] },
  ): Promise<ForgeResponse>;
  close(): Promise<void>;
}

/** The forge's own headers: GitHub's Bearer and API version, GitLab's PRIVATE-TOKEN. */
function forgeHeaders(forge: ForgeName, token: string): Record<string, string> {
  const common = { 'user-agent': `${REPORTER_NAME}/${VERSION}`, 'content-type': 'application/json' };
  if (forge === 'gitlab') return { ...common, accept: 'application/json', 'private-token': token };
  return {
    ...common,
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'x-github-api-version': '2022-11-28',
  };
}

/** Without the token (as given and percent-encoded), one line, bounded. */
export function scrub(text: string, token: string): string {
  let out = text;
  for (const form of [token, encodeURIComponent(token)]) {
    if (form.length >= 4) out = out.split(form).join('[REDACTED]');
  }
  const line = plainText(out);
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

function headerMap(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** `retry-after` in seconds or an HTTP date, or GitHub's `x-ratelimit-reset` (epoch seconds). */
export function retryAfterMs(
  headers: Readonly<Record<string, string>>,
  now = Date.now(),
): number | undefined {
  const after = headers['retry-after'];
  if (after !== undefined) {
    const seconds = Number(after);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(after);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const reset = Number(headers['x-ratelimit-reset']);
  if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset))
    return Math.max(0, reset * 1000 - now);
  return undefined;
}

/**
 * A forge's error text, shown (api-errors.ts's rule for server text, applied to forges): a forge
 * receives only what we publish anyway (the comment, the check run), never state or the IaCM key,
 * so its `message` may be shown, but as one plain line of at most 200 characters, token scrubbed.
 */
function forgeWords(text: string): string {
  return clipMiddle(plainText(text).trim(), 200);
}

/** What a forge's error answer says (`message`, GitLab's `message: {note: [...]}`, `error`). */
function serverMessage(text: string): string {
  try {
    const json = JSON.parse(text) as { message?: unknown; error?: unknown };
    const message = json.message ?? json.error;
    if (typeof message === 'string') return message;
    if (message !== undefined) return JSON.stringify(message);
  } catch {
    // not JSON: the text itself
  }
  return text;
}

type Attempt =
  | { readonly response: ForgeResponse; readonly text: string }
  | { readonly failure: ForgeError; readonly refused: boolean };

export async function createForgeHttp(options: ForgeHttpOptions): Promise<ForgeHttp> {
  const settings = { ...FORGE_DEFAULTS, ...stripUndefined(options) };
  const label = options.forge === 'gitlab' ? 'GitLab API' : 'GitHub API';
  const root = new URL(options.baseUrl.replace(/\/+$/, '') + '/');
  const headers = forgeHeaders(options.forge, options.token);
  let dispatcher = await proxyDispatcher(options.env ?? {});
  const { request } = await loadUndici();
  let started: number | undefined;

  function urlOf(path: string): URL {
    if (/^https?:\/\//.test(path)) {
      const url = new URL(path);
      // A pagination link to another host would carry the token there: refused.
      if (url.origin !== root.origin)
        throw new ForgeError(`${label}: a link left ${root.host}`, 'FORGE_RESPONSE');
      return url;
    }
    return new URL(path.replace(/^\/+/, ''), root);
  }

  async function once(
    method: ForgeMethod,
    url: URL,
    body: string | undefined,
    timeoutMs: number,
  ): Promise<Attempt> {
    const controller = new AbortController();
    const exchange = (async (): Promise<Attempt> => {
      const res = await request(url, { method, headers, body, dispatcher, signal: controller.signal });
      const ok = res.statusCode >= 200 && res.statusCode < 300;
      const limit = ok ? settings.maxResponseBytes : MAX_ERROR_BYTES;
      const { text, cut } = await readCapped(res.body, limit);
      // An error answer is read in part (its start says enough); a 2xx must be whole.
      if (cut && ok) {
        return {
          failure: new ForgeError(
            `${label} ${method} ${url.host}${url.pathname}: the answer is larger than ${limit} bytes`,
            'FORGE_RESPONSE',
          ),
          refused: false,
        };
      }
      let json: unknown = undefined;
      if (ok && text.trim() !== '') {
        try {
          json = JSON.parse(text);
        } catch (error) {
          return {
            failure: new ForgeError(
              `${label} ${method} ${url.host}${url.pathname}: an answer that is not JSON`,
              'FORGE_RESPONSE',
              undefined,
              { cause: error },
            ),
            refused: false,
          };
        }
      }
      return { response: { status: res.statusCode, headers: headerMap(res.headers), json }, text };
    })().catch((error: unknown): Attempt => {
      const code =
        (error as { code?: string; cause?: { code?: string } }).code ??
        (error as { cause?: { code?: string } }).cause?.code;
      const detail = scrub(error instanceof Error ? error.message : String(error), options.token);
      return {
        failure: new ForgeError(
          `${label} ${method} ${url.host}${url.pathname}: ${code ?? detail}`,
          'FORGE_NETWORK',
          undefined,
          { cause: error },
        ),
        refused: code === 'ECONNREFUSED',
      };
    });
    const outcome = await raceDeadline(exchange, timeoutMs);
    if (outcome !== 'deadline') return outcome;
    controller.abort();
    const stuck = dispatcher;
    dispatcher = await proxyDispatcher(options.env ?? {});
    void stuck.destroy().catch(() => undefined);
    return {
      failure: new ForgeError(
        `${label} ${method} ${url.host}${url.pathname}: no answer within ${Number((timeoutMs / 1000).toFixed(1))} s`,
        'FORGE_TIMEOUT',
      ),
      refused: false,
    };
  }

  async function call(
    method: ForgeMethod,
    path: string,
    opts: { readonly body?: unknown; readonly accept?: readonly number[] } = {},
  ): Promise<ForgeResponse> {
    started ??= Date.now();
    const url = urlOf(path);
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const where = `${label} ${method} ${url.host}${url.pathname}`;
    let last: ForgeError | undefined;
    for (let attempt = 1; ; attempt++) {
      const remaining = settings.deadlineMs - (Date.now() - started);
      if (remaining <= 0) {
        const deadline = `the ${settings.deadlineMs / 1000} s deadline (forge-timeout) passed`;
        const message = last === undefined ? `${where}: ${deadline}` : `${last.message}; ${deadline}`;
        throw new ForgeError(message, 'FORGE_TIMEOUT', last?.status);
      }
      const outcome = await once(method, url, body, Math.min(settings.tryTimeoutMs, remaining));
      let wait: number | undefined;
      if ('response' in outcome) {
        const { status } = outcome.response;
        if ((status >= 200 && status < 300) || opts.accept?.includes(status)) return outcome.response;
        const hinted = retryAfterMs(outcome.response.headers);
        const retryable = RETRYABLE_STATUS.has(status) || (status === 403 && hinted !== undefined);
        const error = new ForgeError(
          `${where}: HTTP ${status} (${forgeWords(scrub(serverMessage(outcome.text), options.token)) || 'no message'})`,
          'FORGE_HTTP',
          status,
        );
        if (!retryable || method === 'POST' || attempt >= settings.maxAttempts) throw error;
        last = error;
        wait = hinted;
        const left = settings.deadlineMs - (Date.now() - started);
        if (wait !== undefined && wait >= left) throw error;
      } else {
        const retryable = outcome.failure.code !== 'FORGE_RESPONSE';
        if (!retryable || attempt >= settings.maxAttempts || (method === 'POST' && !outcome.refused)) {
          throw outcome.failure;
        }
        last = outcome.failure;
      }
      const backoff = wait ?? settings.baseDelayMs * 2 ** (attempt - 1);
      const left = Math.max(0, settings.deadlineMs - (Date.now() - started));
      await new Promise((resolve) => setTimeout(resolve, Math.min(backoff, left)));
    }
  }

  return {
    forge: options.forge,
    baseUrl: root.toString().replace(/\/$/, ''),
    request: call,
    close: () => dispatcher.destroy(),
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
