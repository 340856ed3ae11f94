/**
 * Turns a failed HTTP exchange into an ApiError a person can act on: which key, which org /
 * project / workspace, the status and the answer's machine fields. Messages are redacted here,
 * once, so no caller can forget to.
 *
 * The rule for server text (issue 23): the IaCM API receives plan content, state and the key, so
 * its free text (`message`, an HTML page, a plain-text body) may quote any of them back. It is
 * never printed. A message carries the HTTP status and, from a JSON error body, only its code
 * (`name` or `code`) and request id (`id` or `correlationId`), each printed only when it is a
 * short token (letters, digits, `_.:-`); the key is redacted from those too. The free text is kept
 * on the error (`serverMessage`) for decisions only (a 404 about a missing TTL config).
 */
import { ApiError, settingRef, type ApiErrorCode } from '../errors.js';
import type { ResolvedConnection } from './connection.js';
import { redact } from './redact.js';

/** What a failing call was about, for the message. */
export interface CallContext {
  readonly conn: ResolvedConnection;
  /** Host (and port) the call went to. */
  readonly host: string;
  /** What we were doing, as a verb phrase: "send the event", "list pipelines". */
  readonly action: string;
}

export const MAX_SERVER_MESSAGE = 300;

/**
 * The human part of an error body: Goa's `{name, id, message}`, a gateway's `{code, message}`,
 * or plain text / HTML from an edge proxy, squeezed onto one line and cut to a sensible length.
 */
export function serverMessage(body: string): string {
  const text = body.trim();
  if (text === '') return '';
  let message = text;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      const fields = parsed as Record<string, unknown>;
      const main = typeof fields['message'] === 'string' ? fields['message'] : undefined;
      // Goa's `id` and the gateway's `correlationId` are what Harness support asks for.
      const id = [fields['id'], fields['correlationId']].find((v) => typeof v === 'string');
      const kind = [fields['name'], fields['code']].find((v) => typeof v === 'string');
      if (main !== undefined) {
        message = `${main}${kind === undefined ? '' : ` [${String(kind)}]`}${id === undefined ? '' : ` (id ${String(id)})`}`;
      }
    }
  } catch {
    // Not JSON: an edge proxy page. Strip tags so an HTML error reads as its text.
    if (text.startsWith('<')) message = text.replace(/<[^>]*>/g, ' ');
  }
  message = message.replace(/\s+/g, ' ').trim();
  return message.length > MAX_SERVER_MESSAGE ? `${message.slice(0, MAX_SERVER_MESSAGE - 1)}…` : message;
}

/** A code or id a server may put in an error body, printed only in this shape. */
const SERVER_TOKEN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/**
 * The machine fields of an error body that may be printed: `[code] (id x)`, or '' when the body
 * is not a JSON object or holds no such token. Never its message.
 */
export function serverCodes(body: string): string {
  let fields: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(body.trim());
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return '';
    fields = parsed as Record<string, unknown>;
  } catch {
    return '';
  }
  const token = (...names: string[]): string | undefined =>
    names.map((name) => fields[name]).find((v): v is string => typeof v === 'string' && SERVER_TOKEN.test(v));
  const kind = token('name', 'code');
  const id = token('id', 'correlationId');
  return [kind === undefined ? '' : `[${kind}]`, id === undefined ? '' : `(id ${id})`]
    .filter(Boolean)
    .join(' ');
}

function said(body: string): string {
  const codes = serverCodes(body);
  return codes === '' ? '' : `; Harness answered ${codes}`;
}

/**
 * The error for a final non-2xx answer. `attempts` counts tries, retries included; `location` is
 * the Location header of a redirect.
 */
export function statusError(
  status: number,
  body: string,
  ctx: CallContext,
  attempts: number,
  location?: string,
): ApiError {
  const { conn } = ctx;
  const where = `org "${conn.org}", project "${conn.project}"`;
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  let code: ApiErrorCode;
  let text: string;
  switch (status) {
    case 401:
      code = 'API_UNAUTHORIZED';
      text =
        `could not ${ctx.action}: Harness rejected the API key for account "${conn.accountId}" (401 Unauthorized). ` +
        'The key is wrong, expired or revoked, or belongs to another account: create a new API key ' +
        `(pat.* or sat.*) and pass it with ${settingRef('connection.apiKey')}`;
      break;
    case 403:
      code = 'API_FORBIDDEN';
      text =
        `could not ${ctx.action}: the API key lacks permission on ${where} (403 Forbidden). ` +
        'Grant its user or service account an IaCM role in that project';
      break;
    case 404:
      code = 'API_NOT_FOUND';
      text =
        `could not ${ctx.action}: not found (404). Check that ${where} and workspace "${conn.workspace}" ` +
        `exist in account "${conn.accountId}" with exactly these identifiers (not display names)`;
      break;
    case 429:
      code = 'API_RATE_LIMITED';
      text =
        `could not ${ctx.action}: Harness is rate-limiting this API key (429 Too Many Requests)${tries}. ` +
        'Try again in a minute; bodies over 500,000 characters are limited to one per 10 s';
      break;
    default:
      if (status >= 300 && status < 400) {
        // Not followed on purpose: the API key would go wherever the redirect points.
        code = 'API_BAD_REQUEST';
        const target = location === undefined ? '' : ` to ${location}`;
        text = `could not ${ctx.action}: ${ctx.host} answered with a redirect (HTTP ${status})${target}; set ${settingRef('connection.baseUrl')} to the Harness host it names`;
        return new ApiError(code, redact(text, [conn.apiKey]), status);
      }
      if (status >= 500) {
        code = 'API_SERVER';
        text = `could not ${ctx.action}: the IaCM API at ${ctx.host} failed with HTTP ${status}${tries}`;
      } else {
        code = 'API_BAD_REQUEST';
        text = `could not ${ctx.action}: Harness refused the request with HTTP ${status}`;
      }
  }
  const message = serverMessage(body);
  return new ApiError(
    code,
    redact(`${text}${said(body)}`, [conn.apiKey]),
    status,
    undefined,
    message === '' ? undefined : redact(message, [conn.apiKey]),
  );
}

/** The error for a 2xx whose body is not what the API documents. */
export function responseError(detail: string, ctx: CallContext, options?: ErrorOptions): ApiError {
  return new ApiError(
    'API_RESPONSE',
    redact(
      `could not ${ctx.action}: ${ctx.host} answered 200 but ${detail}; is ${settingRef('connection.baseUrl')} the Harness API?`,
      [ctx.conn.apiKey],
    ),
    200,
    options,
  );
}
