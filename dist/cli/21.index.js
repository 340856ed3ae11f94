export const id = 21;
export const ids = [21];
export const modules = {

/***/ 1021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SV: () => (/* binding */ withClient),
/* harmony export */   _O: () => (/* binding */ context),
/* harmony export */   xp: () => (/* binding */ parseResponse)
/* harmony export */ });
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6050);
/* harmony import */ var _api_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5404);
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8763);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(773);




/** Parses a 2xx body as JSON of the given shape, or ApiError API_RESPONSE. */
function parseResponse(response, schema, ctx) {
    let json;
    try {
        json = JSON.parse(response.body);
    }
    catch (error) {
        const kind = response.body.trim() === ''
            ? 'an empty body'
            : `a body that is not JSON (${serverWords(response.headers['content-type'] ?? 'no content type')})`;
        throw (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .responseError */ .U3)(`with ${kind}`, ctx, { cause: error });
    }
    const result = schema.safeParse(json);
    if (!result.success) {
        const issue = result.error.issues[0];
        // The path is made of the server's keys: shown plain and short (api-errors.ts's rule).
        const where = issue === undefined || issue.path.length === 0 ? 'the body' : serverWords(issue.path.join('.'));
        throw (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .responseError */ .U3)(`with JSON of an unexpected shape (${where}: ${issue?.message ?? 'invalid'})`, ctx);
    }
    return result.data;
}
async function withClient(conn, options, use) {
    const resolved = (0,_api_url_js__WEBPACK_IMPORTED_MODULE_1__/* .requireConnection */ .g5)(conn);
    const client = await (0,_http_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createHttpClient */ .uT)(resolved, options);
    try {
        return await use(client, resolved);
    }
    finally {
        await client.close();
    }
}
function context(resolved, url, action) {
    return { conn: resolved, host: url.host, action };
}
/** A few words of a server's answer we do show (a header, a key path): one plain line, short. */
function serverWords(text) {
    return (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clipMiddle */ .e9)((0,_plain_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(String(text)), 60);
}


/***/ }),

/***/ 6050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ statusError),
/* harmony export */   U3: () => (/* binding */ responseError)
/* harmony export */ });
/* unused harmony exports MAX_SERVER_MESSAGE, serverMessage, serverCodes */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2799);
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


const MAX_SERVER_MESSAGE = 300;
/**
 * The human part of an error body: Goa's `{name, id, message}`, a gateway's `{code, message}`,
 * or plain text / HTML from an edge proxy, squeezed onto one line and cut to a sensible length.
 */
function serverMessage(body) {
    const text = body.trim();
    if (text === '')
        return '';
    let message = text;
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
            const fields = parsed;
            const main = typeof fields['message'] === 'string' ? fields['message'] : undefined;
            // Goa's `id` and the gateway's `correlationId` are what Harness support asks for.
            const id = [fields['id'], fields['correlationId']].find((v) => typeof v === 'string');
            const kind = [fields['name'], fields['code']].find((v) => typeof v === 'string');
            if (main !== undefined) {
                message = `${main}${kind === undefined ? '' : ` [${String(kind)}]`}${id === undefined ? '' : ` (id ${String(id)})`}`;
            }
        }
    }
    catch {
        // Not JSON: an edge proxy page. Strip tags so an HTML error reads as its text.
        if (text.startsWith('<'))
            message = text.replace(/<[^>]*>/g, ' ');
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
function serverCodes(body) {
    let fields;
    try {
        const parsed = JSON.parse(body.trim());
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            return '';
        fields = parsed;
    }
    catch {
        return '';
    }
    const token = (...names) => names.map((name) => fields[name]).find((v) => typeof v === 'string' && SERVER_TOKEN.test(v));
    const kind = token('name', 'code');
    const id = token('id', 'correlationId');
    return [kind === undefined ? '' : `[${kind}]`, id === undefined ? '' : `(id ${id})`]
        .filter(Boolean)
        .join(' ');
}
function said(body) {
    const codes = serverCodes(body);
    return codes === '' ? '' : `; Harness answered ${codes}`;
}
/**
 * The error for a final non-2xx answer. `attempts` counts tries, retries included; `location` is
 * the Location header of a redirect.
 */
function statusError(status, body, ctx, attempts, location) {
    const { conn } = ctx;
    const where = `org "${conn.org}", project "${conn.project}"`;
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    let code;
    let text;
    switch (status) {
        case 401:
            code = 'API_UNAUTHORIZED';
            text =
                `could not ${ctx.action}: Harness rejected the API key for account "${conn.accountId}" (401 Unauthorized). ` +
                    'The key is wrong, expired or revoked, or belongs to another account: create a new API key ' +
                    `(pat.* or sat.*) and pass it with ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .settingRef */ .yE)('connection.apiKey')}`;
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
                text = `could not ${ctx.action}: ${ctx.host} answered with a redirect (HTTP ${status})${target}; set ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .settingRef */ .yE)('connection.baseUrl')} to the Harness host it names`;
                return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD(code, (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text, [conn.apiKey]), status);
            }
            if (status >= 500) {
                code = 'API_SERVER';
                text = `could not ${ctx.action}: the IaCM API at ${ctx.host} failed with HTTP ${status}${tries}`;
            }
            else {
                code = 'API_BAD_REQUEST';
                text = `could not ${ctx.action}: Harness refused the request with HTTP ${status}`;
            }
    }
    const message = serverMessage(body);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD(code, (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(`${text}${said(body)}`, [conn.apiKey]), status, undefined, message === '' ? undefined : (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message, [conn.apiKey]));
}
/** The error for a 2xx whose body is not what the API documents. */
function responseError(detail, ctx, options) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD('API_RESPONSE', (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(`could not ${ctx.action}: ${ctx.host} answered 200 but ${detail}; is ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .settingRef */ .yE)('connection.baseUrl')} the Harness API?`, [ctx.conn.apiKey]), 200, options);
}


/***/ }),

/***/ 773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AU: () => (/* binding */ DEFAULT_HTTP_OPTIONS),
  uT: () => (/* binding */ createHttpClient)
});

// UNUSED EXPORTS: createDispatcher, formatBytes

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/undici-base.ts
var undici_base = __webpack_require__(8602);
// EXTERNAL MODULE: ./src/api/api-errors.ts
var api_errors = __webpack_require__(6050);
// EXTERNAL MODULE: ./src/api/redact.ts
var redact = __webpack_require__(2799);
;// CONCATENATED MODULE: ./src/api/network-errors.ts
/**
 * What went wrong below HTTP (refused, reset, timed out, DNS, TLS), whether trying again can help,
 * and how to say it. undici nests the system error in `cause`, so the whole chain is searched.
 */


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
function errorChain(error) {
    const chain = [];
    let current = error;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        const record = current;
        chain.push({
            ...(typeof record.code === 'string' ? { code: record.code } : {}),
            message: typeof record.message === 'string' ? record.message : 'unknown error',
        });
        current = record.cause;
    }
    if (chain.length === 0)
        chain.push({ message: String(error) });
    return chain;
}
/** `deadlineHit` is true when our own whole-request timer aborted the call. */
function classifyNetworkError(error, deadlineHit) {
    const chain = errorChain(error);
    // The innermost coded error is the most specific ("ECONNREFUSED" under "fetch failed").
    const coded = [...chain].reverse().find((link) => link.code !== undefined);
    const code = coded?.code ?? 'UNKNOWN';
    const detail = (coded ?? chain[0])?.message ?? code;
    if (deadlineHit)
        return { kind: 'timeout', code: 'ABORTED', retryable: true, detail };
    if (TIMEOUT_CODES.has(code))
        return { kind: 'timeout', code, retryable: true, detail };
    return { kind: 'network', code, retryable: TRANSIENT_CODES.has(code), detail };
}
function advice(failure, host) {
    if (failure.code === 'ENOTFOUND')
        return `the host name ${host} does not resolve: check ${(0,errors/* settingRef */.yE)('connection.baseUrl')}`;
    if (TLS_CODE.test(failure.code)) {
        return 'the TLS certificate was not accepted: behind an inspecting proxy, point NODE_EXTRA_CA_CERTS at its CA file';
    }
    return `check ${(0,errors/* settingRef */.yE)('connection.baseUrl')}, the network and the proxy settings (HTTPS_PROXY, NO_PROXY)`;
}
function networkError(failure, ctx, attempts, requestTimeoutMs) {
    const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
    const text = failure.kind === 'timeout'
        ? `could not ${ctx.action}: no answer from ${ctx.host} within ${requestTimeoutMs / 1000} s${tries}; ` +
            'check the network and the proxy settings (HTTPS_PROXY, NO_PROXY), or try again later'
        : `could not ${ctx.action}: cannot reach ${ctx.host} (${failure.code}: ${failure.detail})${tries}; ${advice(failure, ctx.host)}`;
    return new errors/* ApiError */.hD(failure.kind === 'timeout' ? 'API_TIMEOUT' : 'API_NETWORK', (0,redact/* redact */.E$)(text, [ctx.conn.apiKey]));
}

// EXTERNAL MODULE: ./src/api/retry-after.ts
var retry_after = __webpack_require__(2465);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/api/http-client.ts







const DEFAULT_HTTP_OPTIONS = {
    connectTimeoutMs: 10_000,
    requestTimeoutMs: 30_000,
    maxAttempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 8_000,
    totalBudgetMs: 60_000,
    maxResponseBytes: 1024 * 1024,
    maxErrorBodyBytes: 64 * 1024,
};
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
/**
 * A plain Agent, or EnvHttpProxyAgent when proxy variables are set (src/http/undici-base.ts); a
 * proxy value undici refuses is a UsageError naming the variables.
 */
async function createDispatcher(env, connectTimeoutMs) {
    try {
        return await (0,undici_base/* proxyDispatcher */.q9)(env, { timeout: connectTimeoutMs });
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        // Proxy URLs may carry user:password; say which variable is wrong, not what it holds. The
        // cause is left off on purpose: its message may quote the URL, credentials and all.
        throw new errors/* UsageError */.eb(`the proxy setting (HTTPS_PROXY / HTTP_PROXY) is not usable: ${(0,redact/* redact */.E$)(detail)}`, 'CONFIG_INVALID');
    }
}
function flattenHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
async function createHttpClient(conn, options = {}) {
    const merged = { ...DEFAULT_HTTP_OPTIONS, ...options };
    const settings = { ...merged, maxAttempts: Math.max(1, Math.floor(merged.maxAttempts)) };
    const random = options.random ?? Math.random;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    let dispatcher = await createDispatcher(options.env ?? {}, settings.connectTimeoutMs);
    const { request } = await (0,undici_base/* loadUndici */.b7)();
    const headers = {
        'harness-account': conn.accountId,
        'x-api-key': conn.apiKey,
        'content-type': 'application/json',
        accept: 'application/json, application/vnd.goa.error',
        'user-agent': `${version/* REPORTER_NAME */.U}/${version/* VERSION */.x}`,
    };
    /**
     * One try, ended by one deadline whatever it is waiting for: the TCP connection, a proxy that
     * accepted the connection and never answers its CONNECT (undici does not abort that on the
     * signal), TLS, the headers or the body. On the deadline the dispatcher is destroyed (which ends
     * a stuck proxy tunnel) and a fresh one takes its place for the next try.
     */
    async function once(method, url, body, timeoutMs) {
        const controller = new AbortController();
        let opened;
        const exchange = (async () => {
            const raw = typeof body === 'object' ? body : undefined;
            opened = raw?.open();
            const res = await request(url, {
                method,
                headers: raw
                    ? { ...headers, 'content-type': raw.contentType, 'content-length': String(raw.length) }
                    : headers,
                body: raw ? opened : body,
                dispatcher,
                signal: controller.signal,
            });
            const ok = (res.statusCode >= 200 && res.statusCode < 300) ||
                options.answerStatuses?.includes(res.statusCode) === true;
            // Reading the body is part of the request: a server that stalls mid-body hits the same deadline.
            const limit = ok ? settings.maxResponseBytes : settings.maxErrorBodyBytes;
            const { text, cut } = await (0,undici_base/* readCapped */.EF)(res.body, limit);
            const response = { status: res.statusCode, headers: flattenHeaders(res.headers), body: text };
            return ok && cut ? { response, tooLarge: true } : { response };
        })().catch((error) => ({ failure: classifyNetworkError(error, false) }));
        try {
            const outcome = await (0,undici_base/* raceDeadline */.cR)(exchange, timeoutMs);
            if (outcome !== 'deadline')
                return outcome;
            controller.abort();
            const stuck = dispatcher;
            dispatcher = await createDispatcher(options.env ?? {}, settings.connectTimeoutMs);
            void stuck.destroy().catch(() => undefined);
            return { failure: classifyNetworkError(new Error('deadline'), true) };
        }
        finally {
            // A stream the request did not finish (a failed attempt) still holds its file open.
            if (opened !== undefined && !Buffer.isBuffer(opened))
                opened.destroy?.();
        }
    }
    async function call(method, url, action, body) {
        const ctx = { conn, host: url.host, action };
        const start = Date.now();
        const deadline = start + settings.totalBudgetMs;
        let last;
        let lastTimeoutMs = settings.requestTimeoutMs;
        let attempts = 0;
        while (attempts < settings.maxAttempts) {
            const remaining = deadline - Date.now();
            if (remaining <= 0 && last !== undefined)
                break;
            lastTimeoutMs = Math.max(1, Math.min(settings.requestTimeoutMs, remaining));
            attempts += 1;
            const outcome = await once(method, url, body, lastTimeoutMs);
            const cutShort = 'failure' in outcome &&
                outcome.failure.kind === 'timeout' &&
                lastTimeoutMs < settings.requestTimeoutMs;
            // An attempt the budget cut short says less than the answer before it ("HTTP 500" beats "no answer").
            if (cutShort && last !== undefined && 'response' in last)
                break;
            last = outcome;
            if ('response' in last) {
                const { status } = last.response;
                if (last.tooLarge === true) {
                    throw (0,api_errors/* responseError */.U3)(`with a body of more than ${formatBytes(settings.maxResponseBytes)} (the most this call takes); the answer was not read`, ctx);
                }
                if ((status >= 200 && status < 300) || options.answerStatuses?.includes(status) === true)
                    return last.response;
                if (!RETRYABLE_STATUS.has(status)) {
                    throw (0,api_errors/* statusError */.$C)(status, last.response.body, ctx, attempts, last.response.headers['location']);
                }
            }
            else if (!last.failure.retryable) {
                break;
            }
            const safe = 'response' in last ? (0,retry_after/* certainlyNotActedOn */.xG)(last.response) : (0,retry_after/* certainlyNotActedOn */.xG)(last.failure);
            if (options.retryUnknownOutcome === false && !safe) {
                throw (0,retry_after/* markOutcomeUnknown */.oU)(finalError(last, ctx, attempts, lastTimeoutMs));
            }
            if (attempts >= settings.maxAttempts)
                break;
            // Full jitter: spreads the retries of many runners that hit a limit at the same moment; a
            // Retry-After (429/503) is a floor under it.
            const cap = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempts - 1));
            const asked = 'response' in last && (last.response.status === 429 || last.response.status === 503)
                ? (0,retry_after/* retryAfterMs */.Vs)(last.response.headers['retry-after'], Date.now())
                : undefined;
            const delay = Math.max(Math.floor(random() * cap), asked ?? 0);
            if (Date.now() + delay >= deadline) {
                if (asked !== undefined) {
                    options.log?.(`IaCM API ${url.host}: HTTP ${'response' in last ? last.response.status : ''} asks to wait ${(asked / 1000).toFixed(0)} s, past this run's time budget; not retrying`);
                }
                break;
            }
            const why = 'response' in last ? `HTTP ${last.response.status}` : last.failure.code;
            options.log?.((0,redact/* redact */.E$)(`IaCM API ${url.host}: ${why}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempts + 1} of ${settings.maxAttempts})`, [conn.apiKey]));
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
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (bytes >= 1024 && bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}
function finalError(last, ctx, attempts, timeoutMs) {
    if (last === undefined) {
        return networkError({ kind: 'timeout', code: 'ABORTED', retryable: true, detail: '' }, ctx, attempts, timeoutMs);
    }
    if ('response' in last)
        return (0,api_errors/* statusError */.$C)(last.response.status, last.response.body, ctx, attempts);
    return networkError(last.failure, ctx, attempts, timeoutMs);
}


/***/ }),

/***/ 2465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hu: () => (/* binding */ outcomeUnknown),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   oU: () => (/* binding */ markOutcomeUnknown),
/* harmony export */   xG: () => (/* binding */ certainlyNotActedOn)
/* harmony export */ });
/** Milliseconds to wait, or undefined when the header is absent or unreadable. */
function retryAfterMs(header, now) {
    if (header === undefined)
        return undefined;
    const text = header.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
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
function certainlyNotActedOn(outcome) {
    if ('status' in outcome)
        return NOT_ACTED_STATUSES.has(outcome.status);
    return NOT_SENT_CODES.has(outcome.code);
}
const unknownOutcomes = new WeakSet();
/** Marks an error whose request may or may not have been acted on. */
function markOutcomeUnknown(error) {
    unknownOutcomes.add(error);
    return error;
}
function outcomeUnknown(error) {
    return typeof error === 'object' && error !== null && unknownOutcomes.has(error);
}


/***/ })

};
