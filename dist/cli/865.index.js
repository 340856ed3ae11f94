export const id = 865;
export const ids = [865];
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

/***/ 5404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fO: () => (/* binding */ workspaceUrl),
/* harmony export */   g5: () => (/* binding */ requireConnection),
/* harmony export */   tf: () => (/* binding */ apiRoot)
/* harmony export */ });
/* unused harmony export isLoopbackHost */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Where an IaCM call goes. Two forms: through the Harness host (`{baseUrl}/iacm/api/...`, where
 * baseUrl may carry a prefix such as `/gateway`) and, inside a pipeline stage, straight to the
 * IaCM service (`{serviceUrl}/api/...`).
 */

/** Each field a call needs, as a person calls it, with a reference each entry words for its world. */
const FLAG_NAMES = {
    accountId: `account id (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .settingRef */ .yE)('connection.accountId')})`,
    org: `org (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .settingRef */ .yE)('connection.org')})`,
    project: `project (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .settingRef */ .yE)('connection.project')})`,
    workspace: `workspace (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .settingRef */ .yE)('connection.workspace')})`,
    apiKey: `API key (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .settingRef */ .yE)('connection.apiKey')})`,
};
/** Everything a call needs, or a UsageError that names each missing piece. */
function requireConnection(conn) {
    const missing = Object.keys(FLAG_NAMES).filter((key) => conn[key] === undefined || conn[key] === '');
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`missing ${missing.map((key) => FLAG_NAMES[key]).join(', ')}`, 'CONFIG_MISSING');
    }
    return conn;
}
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
/**
 * The API root (`.../iacm/api` or `.../api`), without a trailing slash. Plain http is refused
 * except to this machine: the API key travels in a header and must not cross a network in clear.
 */
function apiRoot(conn) {
    const inStage = conn.serviceUrl !== undefined;
    const raw = conn.serviceUrl ?? conn.baseUrl;
    const flag = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .settingRef */ .yE)(inStage ? 'connection.serviceUrl' : 'connection.baseUrl');
    let url;
    try {
        url = new URL(raw);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} "${raw}" is not a URL`, 'CONFIG_INVALID', { cause: error });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} must start with https:// (got ${url.protocol}//)`, 'CONFIG_INVALID');
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} uses plain http:// to ${url.hostname}; the API key would travel unencrypted, use https://`, 'CONFIG_INVALID');
    }
    let prefix = url.pathname.replace(/\/+$/, '');
    let suffix = '/api';
    if (!inStage) {
        // Tolerate a base URL pasted with the IaCM part already on it, rather than doubling it.
        prefix = prefix.replace(/\/iacm(\/api)?$/, '');
        suffix = '/iacm/api';
    }
    return new URL(`${url.origin}${prefix}${suffix}`);
}
/** `{root}/orgs/{org}/projects/{project}/workspaces/{workspace}/{resource}?{query}`. */
function workspaceUrl(conn, resource, query = {}) {
    const root = apiRoot(conn);
    for (const [name, value] of [
        ['org', conn.org],
        ['project', conn.project],
        ['workspace', conn.workspace],
    ]) {
        // URL parsers fold "." and ".." (even percent-encoded) into path navigation; no Harness
        // identifier looks like that, so refuse rather than call some other path.
        if (value === '.' || value === '..') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .settingRef */ .yE)(`connection.${name}`)} "${value}" is not a valid identifier`, 'CONFIG_INVALID');
        }
    }
    const segments = ['orgs', conn.org, 'projects', conn.project, 'workspaces', conn.workspace];
    const path = segments.map((segment) => encodeURIComponent(segment)).join('/');
    const url = new URL(`${root.href}/${path}/${resource}`);
    for (const [key, value] of Object.entries(query))
        url.searchParams.set(key, String(value));
    return url;
}


/***/ }),

/***/ 5339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hL: () => (/* binding */ DATA_TYPES),
/* harmony export */   vd: () => (/* binding */ createData)
/* harmony export */ });
/* unused harmony exports policyEvaluationSchema, createDataResponseSchema, isUuid, dataQuery, DATA_MAX_RESPONSE_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2857);
/* harmony import */ var _api_call_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1021);
/* harmony import */ var _api_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6050);
/* harmony import */ var _api_url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5404);
/**
 * POST `.../workspaces/{workspace}/data` (`workspaces#create-data`): stores raw bytes the
 * provisioner produced (human plan text, Infracost JSON, state) in the workspace and answers with
 * the stored data's id and Harness's OPA policy evaluation of it. The body is the file itself,
 * streamed from disk with its Content-Length (never read whole into memory), so a large state or
 * plan costs no more memory than a small one. Same headers, retries and errors as every call.
 */






/** The `data_type` values the spec lists for Terraform-like provisioners (CDK ones left out). */
const DATA_TYPES = [
    'plan_human',
    'state_raw',
    'state_human',
    'cost_breakdown',
    'cost_diff',
    'modules',
    'providers',
];
const optionalText = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .nullish()
    .transform((value) => (value === null || value === '' ? undefined : value));
/** One policy's verdict. Every field is optional in practice: a missing name must not lose the rest. */
const policyEvaluationSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
    message: optionalText,
    policy_id: optionalText,
    policy_name: optionalText,
    policy_set_id: optionalText,
    policy_set_name: optionalText,
    policy_status: optionalText,
});
/**
 * `CreateDataResponse`. `id` is checked to be a UUID separately (a malformed one is reported, the
 * policy answers are still worth keeping); an unknown overall status is kept as text and read
 * by the caller as the worst it could be.
 */
const createDataResponseSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    policy_evaluation: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(policyEvaluationSchema).nullish(),
    policy_evaluation_message: optionalText,
    policy_evaluation_status: optionalText,
});
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(value) {
    return UUID.test(value);
}
function dataQuery(request) {
    const query = {
        pipeline_id: request.pipeline.pipelineId,
        stage_id: request.pipeline.stageId,
        pipeline_execution_id: request.pipeline.pipelineExecutionId,
        pipeline_stage_id: request.pipeline.pipelineStageId,
        provisioner_type: 'tf',
        data_type: request.dataType,
        policy_action: request.policyAction ?? 'afterTerraformPlan',
    };
    if (request.stackPath !== undefined)
        query['stack_path'] = request.stackPath;
    return query;
}
function rawBody(request) {
    const { source } = request;
    const contentType = 'application/octet-stream';
    if ('bytes' in source) {
        return {
            contentType,
            length: source.bytes.length,
            open: () => {
                request.onAttempt?.()(source.bytes);
                return source.bytes;
            },
        };
    }
    return {
        contentType,
        length: source.size,
        open: () => {
            // Never through a symbolic link (upload-plan.ts checked; this closes the gap since).
            // Node takes numeric open flags here; its types say string.
            const flags = (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
            const file = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(source.file, { flags });
            const observe = request.onAttempt?.();
            if (observe === undefined)
                return file;
            // A pass-through that sees each chunk on its way out: the bytes are read once, not twice.
            const tap = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
                transform(chunk, _encoding, done) {
                    observe(chunk);
                    done(null, chunk);
                },
            });
            file.on('error', (error) => tap.destroy(error));
            tap.on('close', () => file.destroy());
            return file.pipe(tap);
        },
    };
}
/**
 * The most of a `/data` answer we read. The policy evaluation lists every policy (5,000 failing
 * ones are ~1.2 MB), so the 1 MiB of other calls would lose the verdict; past this the answer is an
 * error, and `fail-on-policy` trips on it (fail closed). At most UPLOAD_CONCURRENCY answers are
 * held at once.
 */
const DATA_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/** Uploads one piece of data; ApiError when the call fails for good (after retries). */
async function createData(conn, request, options = {}) {
    return (0,_api_call_js__WEBPACK_IMPORTED_MODULE_2__/* .withClient */ .SV)(conn, { maxResponseBytes: DATA_MAX_RESPONSE_BYTES, ...options }, async (client, resolved) => {
        const url = (0,_api_url_js__WEBPACK_IMPORTED_MODULE_4__/* .workspaceUrl */ .fO)(resolved, 'data', dataQuery(request));
        const action = `upload ${request.dataType}${request.stackPath === undefined ? '' : ` for ${request.stackPath}`}`;
        const response = await client.call('POST', url, action, rawBody(request));
        const ctx = (0,_api_call_js__WEBPACK_IMPORTED_MODULE_2__/* .context */ ._O)(resolved, url, action);
        const answer = (0,_api_call_js__WEBPACK_IMPORTED_MODULE_2__/* .parseResponse */ .xp)(response, createDataResponseSchema, ctx);
        if (isUuid(answer.id))
            return { id: answer.id, response: answer };
        // Server text is not echoed (api-errors.ts): the id's length says enough.
        const problem = (0,_api_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .responseError */ .U3)(`with an id that is not a UUID (${answer.id.length} characters)`, ctx).message;
        return { id: undefined, idProblem: problem, response: answer };
    });
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

/***/ 748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TM: () => (/* binding */ deleteEphemeralConfig),
  oh: () => (/* binding */ getEphemeralConfig),
  Rk: () => (/* reexport */ listWorkspacePipelines),
  nW: () => (/* binding */ putEphemeralConfig),
  BI: () => (/* binding */ sendEvent)
});

// UNUSED EXPORTS: DELAY_UNITS, ephemeralConfigResponseSchema, saysNoConfig

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/api/api-call.ts
var api_call = __webpack_require__(1021);
// EXTERNAL MODULE: ./src/api/api-url.ts
var api_url = __webpack_require__(5404);
;// CONCATENATED MODULE: ./src/api/list-pipelines.ts
/**
 * GET `.../workspaces/{workspace}/pipelines`, every page. The two Harness documents disagree on
 * the paging headers and on the largest `limit`, so we read either naming, trust a short or empty
 * page as the end, and protect ourselves from a server that ignores `page` (the same page again)
 * with repeat detection and a hard cap on pages.
 */



const pageSchema = schemas/* looseObject */._H3({
    account: schemas/* string */.YjP().optional(),
    org: schemas/* string */.YjP().optional(),
    project: schemas/* string */.YjP().optional(),
    // A Go server encodes an empty list as null; both mean "none".
    pipelines: schemas/* array */.YOg(schemas/* string */.YjP()).nullish(),
});
function headerNumber(headers, names) {
    for (const name of names) {
        const value = headers[name];
        if (value !== undefined && /^\s*\d+\s*$/.test(value))
            return Number(value);
    }
    return undefined;
}
/** Header names arrive lower-cased, so `X-Total-Elements` is looked up as `x-total-elements`. */
function readPageHeaders(headers) {
    const totalItems = headerNumber(headers, ['x-total-elements', 'x-total-items']);
    const totalPages = headerNumber(headers, ['x-total-pages']);
    const pageSize = headerNumber(headers, ['x-page-size']);
    const pageNumber = headerNumber(headers, ['x-page-number']);
    return {
        ...(totalItems === undefined ? {} : { totalItems }),
        ...(totalPages === undefined ? {} : { totalPages }),
        ...(pageSize === undefined || pageSize === 0 ? {} : { pageSize }),
        ...(pageNumber === undefined ? {} : { pageNumber }),
    };
}
async function listWorkspacePipelines(conn, options = {}) {
    const limit = options.pageSize ?? 100;
    const maxPages = options.maxPages ?? 100;
    const action = 'list the pipelines of the workspace';
    return (0,api_call/* withClient */.SV)(conn, options, async (client, resolved) => {
        const seen = new Set();
        let first;
        let previous;
        let done = false;
        for (let page = 1; page <= maxPages && !done; page++) {
            const url = (0,api_url/* workspaceUrl */.fO)(resolved, 'pipelines', { limit, page });
            const response = await client.call('GET', url, action);
            const body = (0,api_call/* parseResponse */.xp)(response, pageSchema, (0,api_call/* context */._O)(resolved, url, action));
            first ??= body;
            const items = body.pipelines ?? [];
            const info = readPageHeaders(response.headers);
            const key = JSON.stringify(items);
            // The page number header is not trusted to be 1-based; only "same as last time" is a signal.
            const repeated = previous !== undefined &&
                ((items.length > 0 && key === previous.key) ||
                    (info.pageNumber !== undefined && info.pageNumber === previous.pageNumber));
            if (repeated)
                break;
            previous = { key, ...(info.pageNumber === undefined ? {} : { pageNumber: info.pageNumber }) };
            for (const item of items)
                seen.add(item);
            const totalsKnown = info.totalPages !== undefined || info.totalItems !== undefined;
            const totalsReached = (info.totalPages !== undefined && page >= info.totalPages) ||
                (info.totalItems !== undefined && seen.size >= info.totalItems);
            // A page shorter than asked for ends the list, unless a total says more are coming (a
            // server that caps `limit` below ours and says so only through its totals).
            const short = items.length < (info.pageSize ?? limit);
            done = items.length === 0 || totalsReached || (short && !totalsKnown);
            if (!done && page === maxPages) {
                return { ...identity(first), pipelines: [...seen], truncated: true };
            }
        }
        return { ...identity(first), pipelines: [...seen], truncated: false };
    });
}
function identity(body) {
    return {
        ...(body?.account === undefined ? {} : { account: body.account }),
        ...(body?.org === undefined ? {} : { org: body.org }),
        ...(body?.project === undefined ? {} : { project: body.project }),
    };
}

;// CONCATENATED MODULE: ./src/api/iacm-api.ts
/**
 * The IaCM calls this tool makes. Each takes a ApiConnection (checked here: a call without an
 * account, org, project, workspace or key is a UsageError) and HttpOptions for timeouts, retries
 * and proxies. Bodies come in finished; answers are validated with zod before anyone reads them.
 */





const DELAY_UNITS = (/* unused pure expression or super */ null && (['seconds', 'minutes', 'hours', 'days']));
const optionalText = schemas/* string */.YjP()
    .nullish()
    .transform((value) => (value === null || value === '' ? undefined : value));
/**
 * The spec marks `status` required; we accept its absence rather than report a failure for a TTL
 * that was in fact set. Unknown fields are kept: GET may return the stored settings as well.
 */
const ephemeralConfigResponseSchema = schemas/* looseObject */._H3({
    destroy_at: optionalText,
    delete_at: optionalText,
    status: optionalText,
});
/** POST `.../events` with `body` exactly as given (success is a 200 with no body). */
async function sendEvent(conn, body, options = {}) {
    // An event sent twice is two activities: the client re-sends only what Harness certainly did
    // not act on; an unknown outcome is the caller's to settle (deliver.ts).
    await (0,api_call/* withClient */.SV)(conn, { ...options, retryUnknownOutcome: false }, async (client, resolved) => {
        const url = (0,api_url/* workspaceUrl */.fO)(resolved, 'events');
        const action = 'send the event';
        const response = await client.call('POST', url, action, body);
        // A 2xx with a body that is not JSON (a web server's or proxy's HTML page) is not Harness
        // taking the event: fail (and so spool the body) rather than report a send that lost it.
        if (response.body.trim() !== '')
            (0,api_call/* parseResponse */.xp)(response, schemas/* unknown */.L5J(), (0,api_call/* context */._O)(resolved, url, action));
    });
}
async function putEphemeralConfig(conn, config, options = {}) {
    return (0,api_call/* withClient */.SV)(conn, options, async (client, resolved) => {
        const url = (0,api_url/* workspaceUrl */.fO)(resolved, 'ephemeral-config');
        const action = 'set the workspace time to live';
        const response = await client.call('PUT', url, action, JSON.stringify(config));
        return (0,api_call/* parseResponse */.xp)(response, ephemeralConfigResponseSchema, (0,api_call/* context */._O)(resolved, url, action));
    });
}
/**
 * The workspace's time to live, or undefined when it has none: Harness answers a GET for a
 * workspace without one with a 404 whose message is about the config, and an unknown workspace
 * (or org, project) with a 404 whose message is about the workspace. The API reference documents
 * neither body; telling them apart by the message is our inference, so only a 404 that names the
 * config and does not say a workspace is missing counts as "none". Anything else stays an error.
 */
async function getEphemeralConfig(conn, options = {}) {
    return (0,api_call/* withClient */.SV)(conn, options, async (client, resolved) => {
        const url = (0,api_url/* workspaceUrl */.fO)(resolved, 'ephemeral-config');
        const action = 'read the workspace time to live';
        let response;
        try {
            response = await client.call('GET', url, action);
        }
        catch (error) {
            if (error instanceof errors/* ApiError */.hD && error.status === 404 && saysNoConfig(error.serverMessage))
                return undefined;
            throw error;
        }
        return (0,api_call/* parseResponse */.xp)(response, ephemeralConfigResponseSchema, (0,api_call/* context */._O)(resolved, url, action));
    });
}
/** A 404 message about a missing config (not a missing workspace, org or project). */
function saysNoConfig(message) {
    if (message === undefined)
        return false;
    const aboutConfig = /ephemeral[ _-]?config|time[ _-]to[ _-]live|\bttl\b|\bconfig(uration)?\b/i.test(message);
    const missingScope = /\b(workspace|org(anization)?|project|account)\b[^.;]*\b(not found|does not exist|doesn't exist|unknown)\b/i.test(message) || /\b(no such|unknown) (workspace|org(anization)?|project|account)\b/i.test(message);
    return aboutConfig && !missingScope;
}
/** Turns the time to live off. Whatever a 2xx carries is ignored. */
async function deleteEphemeralConfig(conn, options = {}) {
    await (0,api_call/* withClient */.SV)(conn, options, async (client, resolved) => {
        await client.call('DELETE', (0,api_url/* workspaceUrl */.fO)(resolved, 'ephemeral-config'), 'turn the workspace time to live off');
    });
}


/***/ }),

/***/ 2799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   hK: () => (/* binding */ holdsSecret)
/* harmony export */ });
/* unused harmony export REDACTED */
/**
 * Keeps secrets out of everything we print. Error messages can carry text we do not control (a
 * server's `message`, a network error that quotes a header, a URL a user pasted), so every line
 * that leaves the program through the API layer goes through `redact` first.
 */
const REDACTED = '[REDACTED]';
/** Header lines such as `x-api-key: pat.xxx` that a proxy or server may echo back. */
const API_KEY_HEADER = /(x-api-key["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi;
/** Harness API keys have a recognisable shape (`pat.<account>.<id>.<secret>`, `sat.` likewise). */
const HARNESS_TOKEN = /\b([ps]at)\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g;
/**
 * Only the given secrets (as given and percent-encoded), nothing pattern-based: for whole output
 * streams such as a dry run's body, which must otherwise stay exactly as built.
 */
function redactSecrets(text, secrets) {
    let out = text;
    for (const form of secretForms(secrets))
        if (out.includes(form))
            out = out.split(form).join(REDACTED);
    return out;
}
function secretForms(secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        // Very short "secrets" would shred ordinary text and are not real keys anyway.
        if (secret === undefined || secret.length < 4)
            continue;
        forms.add(secret);
        forms.add(encodeURIComponent(secret));
    }
    // Longest first, so a secret that contains another is replaced whole.
    return [...forms].sort((a, b) => b.length - a.length);
}
/**
 * Replaces every occurrence of each secret (as given, and as it would appear percent-encoded in a
 * URL) with `[REDACTED]`, then masks anything that still looks like an API key header or token.
 */
function redact(text, secrets = []) {
    const out = redactSecrets(text, secrets);
    return out.replace(API_KEY_HEADER, `$1${REDACTED}`).replace(HARNESS_TOKEN, `$1.${REDACTED}`);
}
/**
 * A copy of `value` with every secret replaced in every string, object keys included: for what we
 * build and then serialise (the event, a partial report), so the body is already clean when it is
 * written and a dry run can print exactly what is sent. Plan content is the PR author's to choose:
 * a unit folder, output value or error message equal to the key must not carry it out.
 */
function scrubSecrets(value, secrets) {
    const forms = secretForms(secrets);
    if (forms.length === 0)
        return value;
    const clean = (text) => {
        let out = text;
        for (const form of forms)
            if (out.includes(form))
                out = out.split(form).join(REDACTED);
        return out;
    };
    // Iterative, not recursive: a deeply nested value must not overflow the stack.
    const walk = (root) => {
        const convert = (item) => (typeof item === 'string' ? clean(item) : item);
        if (typeof root !== 'object' || root === null)
            return convert(root);
        const top = Array.isArray(root) ? [] : {};
        const stack = [
            { from: root, to: top },
        ];
        for (let job = stack.pop(); job !== undefined; job = stack.pop()) {
            const { from, to } = job;
            for (const [key, item] of Object.entries(from)) {
                let copy;
                if (item instanceof Map || item instanceof Set) {
                    copy = item; // Not serialised into a body; left as is.
                }
                else if (typeof item === 'object' && item !== null) {
                    copy = Array.isArray(item) ? [] : {};
                    stack.push({ from: item, to: copy });
                }
                else {
                    copy = convert(item);
                }
                if (Array.isArray(to))
                    to[Number(key)] = copy;
                else
                    to[clean(key)] = copy;
            }
        }
        return top;
    };
    return walk(value);
}
/** Whether the serialised text still holds a secret (the key spelt across JSON syntax, say). */
function holdsSecret(text, secrets) {
    return secretForms(secrets).some((form) => text.includes(form));
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


/***/ }),

/***/ 3487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ readSpoolTarget),
/* harmony export */   XF: () => (/* binding */ checkSpoolDir),
/* harmony export */   _4: () => (/* binding */ spoolBody),
/* harmony export */   jy: () => (/* binding */ spoolDirectory),
/* harmony export */   kp: () => (/* binding */ spoolTargetOf),
/* harmony export */   sl: () => (/* binding */ largeBodyWarning)
/* harmony export */ });
/* unused harmony exports LARGE_BODY_CHARS, targetFileOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _make_dir_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3927);
/**
 * A body that could not be delivered is not lost: it is written, byte for byte, to a file that
 * `iacm-report send --payload <file>` can deliver later. On CI the runner's temp folder
 * (RUNNER_TEMP) is kept for the job and cleaned after it, which is what we want for a file that
 * holds repository and cost details.
 */







/** Harness limits requests over this many characters to one per 10 s. */
const LARGE_BODY_CHARS = 500_000;
const TARGET_KEYS = ['accountId', 'org', 'project', 'workspace', 'baseUrl'];
/** The target file kept beside a spooled body. */
function targetFileOf(bodyFile) {
    return `${bodyFile}.target.json`;
}
/** The connection's target, without the key (or the short-lived in-stage service URL). */
function spoolTargetOf(conn) {
    const target = {};
    for (const key of TARGET_KEYS) {
        const value = conn[key];
        if (typeof value === 'string' && value !== '')
            target[key] = value;
    }
    return target;
}
/**
 * The target kept beside `bodyFile`, or undefined when there is none (a body written by hand, or
 * spooled by a version before targets were kept). Only the known string fields are read.
 */
async function readSpoolTarget(bodyFile) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(targetFileOf(bodyFile), 'utf8');
    }
    catch {
        return undefined;
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof json !== 'object' || json === null)
        return undefined;
    return spoolTargetOf(json);
}
function spoolDirectory(options = {}) {
    const runnerTemp = options.env?.['RUNNER_TEMP'];
    const dir = options.spoolDir ?? (runnerTemp !== undefined && runnerTemp !== '' ? runnerTemp : (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)());
    return options.cwd === undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(dir) : (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(options.cwd, dir);
}
/**
 * A `--spool-dir` the user named is made (if missing) and checked writable before anything is
 * sent, so a folder that can never hold a body (`/proc/nope`, read-only) is one line and exit 2
 * up front, not a surprise after a failed delivery. The fallback in spoolBody stays for a folder
 * that fails later (a full disk).
 */
async function checkSpoolDir(spoolDir, cwd) {
    const dir = spoolDirectory({ spoolDir, ...(cwd === undefined ? {} : { cwd }) });
    try {
        await (0,_make_dir_js__WEBPACK_IMPORTED_MODULE_6__/* .makeDir */ .g)(dir, 0o700);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(dir, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
    }
    catch (error) {
        const code = error.code ?? 'not writable';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`--spool-dir ${spoolDir}: the folder cannot be made or written (${code}); an undelivered event's body is saved there: name a writable folder, or leave the setting out (RUNNER_TEMP or the OS temp folder)`, 'CONFIG_INVALID');
    }
}
/** The warning for a body over the size Harness rate-limits, or undefined. */
function largeBodyWarning(body) {
    if (body.length <= LARGE_BODY_CHARS)
        return undefined;
    return (`the event body is ${body.length.toLocaleString('en-US')} characters; Harness accepts bodies over ` +
        `${LARGE_BODY_CHARS.toLocaleString('en-US')} characters at most once per 10 s, so send them one at a time`);
}
/**
 * Writes `body` exactly to `iacm-event-<UTC timestamp>-<random>.json`, mode 0600, and says where.
 * When the spool folder cannot be written (read-only, full, not a folder), the OS temp folder is
 * tried before giving up, and `fallback` says why: a report is never lost to a bad --spool-dir.
 */
async function spoolBody(body, options = {}) {
    const dir = spoolDirectory(options);
    try {
        return await spoolInto(dir, body, options);
    }
    catch (error) {
        const fallbackDir = (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)();
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(fallbackDir) === dir)
            throw error;
        const code = error.code ?? error.message;
        const result = await spoolInto(fallbackDir, body, options);
        return { ...result, fallback: `the spool folder ${dir} could not be written (${code})` };
    }
}
async function spoolInto(dir, body, options) {
    await (0,_make_dir_js__WEBPACK_IMPORTED_MODULE_6__/* .makeDir */ .g)(dir, 0o700);
    const stamp = (options.now?.() ?? new Date())
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, `iacm-event-${stamp}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.json`);
    // 'wx': never overwrite; the random part makes a clash all but impossible, this makes it harmless.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(file, body, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    if (options.target !== undefined) {
        const target = `${JSON.stringify(spoolTargetOf(options.target), null, 2)}\n`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(targetFileOf(file), target, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    }
    const warning = largeBodyWarning(body);
    return warning === undefined ? { file } : { file, warning };
}


/***/ }),

/***/ 865:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/nearest-name.ts
var nearest_name = __webpack_require__(5842);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/plain-text.ts
var plain_text = __webpack_require__(8763);
// EXTERNAL MODULE: ./src/cli/report-command.ts
var report_command = __webpack_require__(8118);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/api/redact.ts
var redact = __webpack_require__(2799);
// EXTERNAL MODULE: ./src/runner-commands.ts
var runner_commands = __webpack_require__(3280);
;// CONCATENATED MODULE: ./src/run/safe-output.ts
/**
 * The one writer for every line an entry prints that can carry input text: secrets replaced
 * first, then runner commands neutralised (runner-commands.ts). The CLI, the Action and the
 * plugin write through it; what each prints is theirs, how it is made safe is decided here.
 */


function secretsRedactor(secrets) {
    return (text) => (0,redact/* redactSecrets */.fp)(text, secrets);
}
/** One piece of text made safe to print: no secret, no runner command. */
function safeText(text, redact) {
    return withoutRunnerCommands(redact(text));
}
/**
 * A stream written in pieces, made safe: each piece redacted, then neutralised knowing the line
 * it continues. (A secret split across two writes is not caught: callers write whole lines.)
 */
function safeStream(write, redact) {
    const neutral = (0,runner_commands/* commandSafeStream */.nG)(write);
    return (text) => neutral(redact(text));
}

// EXTERNAL MODULE: ./src/cli/connection-flags.ts
var connection_flags = __webpack_require__(4002);
;// CONCATENATED MODULE: ./src/cli/safe-io.ts
/**
 * The one writer every CLI line goes through: the API key replaced (whatever carried it: a
 * server's message, an error, plan content named after it), then runner commands neutralised
 * (run/safe-output.ts). Under GitHub Actions stderr, the stream for people, is also bracketed with
 * `::stop-commands::<token>` ... `::<token>::`, so the runner obeys no command from it at all;
 * stdout is data a script may capture (`> body.json`) and gets no markers, only the line guard.
 */



function safeIo(argv, raw) {
    const redact = secretsRedactor((0,connection_flags/* apiKeyCandidates */.gP)(argv, raw.env));
    const io = {
        ...raw,
        stdout: safeStream(raw.stdout, redact),
        stderr: safeStream(raw.stderr, redact),
    };
    if (raw.env['GITHUB_ACTIONS'] !== 'true')
        return { io, end: () => undefined };
    // A token no input can guess: the runner resumes only on `::<token>::`.
    const token = `iacm-report-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    raw.stderr(`::stop-commands::${token}\n`);
    let ended = false;
    return {
        io,
        end: () => {
            if (ended)
                return;
            ended = true;
            raw.stderr(`\n::${token}::\n`);
        },
    };
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/cli/main.ts
/** Dispatches `iacm-report <command>`; the only place the CLI turns errors into exit codes. */







/**
 * Each command but `report` is loaded when it runs (a chunk of its own in the bundle): a report,
 * the usual run, does not compile the code of the others.
 */
const COMMANDS = {
    report: () => Promise.resolve(report_command/* run */.eF),
    send: async () => (await __webpack_require__.e(/* import() */ 827).then(__webpack_require__.bind(__webpack_require__, 9827))).run,
    ttl: async () => (await __webpack_require__.e(/* import() */ 549).then(__webpack_require__.bind(__webpack_require__, 549))).run,
    pipelines: async () => (await __webpack_require__.e(/* import() */ 929).then(__webpack_require__.bind(__webpack_require__, 6929))).run,
    merge: async () => (await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 7351))).run,
    upload: async () => (await __webpack_require__.e(/* import() */ 821).then(__webpack_require__.bind(__webpack_require__, 2821))).run,
};
const COMMAND_NAMES = Object.keys(COMMANDS);
/** The command `name` names, if any: own keys only (`toString`, `__proto__` are no commands). */
function commandOf(name) {
    return name !== undefined && Object.hasOwn(COMMANDS, name) ? name : undefined;
}
/**
 * A first word that is neither a flag nor a command: a misspelt command (`mergee`) more often than
 * a stray argument, so it is refused naming the nearest command.
 */
function unknownCommand(word) {
    const nearest = (0,nearest_name/* nearestName */.q)(word, COMMAND_NAMES);
    return new errors/* UsageError */.eb(`unknown command ${(0,plain_text/* plainText */.wh)(word)}${nearest === undefined ? '' : `: did you mean ${nearest}?`} ` +
        `(commands: ${COMMAND_NAMES.join(', ')}; see iacm-report --help)`, 'USAGE');
}
async function main(argv, rawIo) {
    const { io, end } = safeIo(argv, rawIo);
    try {
        return await dispatch(argv, io);
    }
    finally {
        end();
    }
}
async function dispatch(argv, io) {
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-V') {
        io.stdout(`${version/* VERSION */.x}\n`);
        return errors/* EXIT_OK */.Ij;
    }
    const command = commandOf(first);
    const args = command ? rest : argv;
    if (args.includes('--help') || args.includes('-h')) {
        if (command === undefined || command === 'report') {
            io.stdout(`${report_command/* REPORT_USAGE */.hB}\n`);
            return errors/* EXIT_OK */.Ij;
        }
        if (command === 'merge') {
            io.stdout(`${(await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 7351))).MERGE_USAGE}\n`);
            return errors/* EXIT_OK */.Ij;
        }
    }
    else if (command === undefined && argv.length === 0) {
        io.stderr(`${report_command/* REPORT_USAGE */.hB}\n`);
        return errors/* EXIT_BAD_INPUT */.yt;
    }
    try {
        // A path or glob (`plan.json`, `plans/*`) is a stray input, which the report command explains.
        if (command === undefined && first !== undefined && /^[^-./*?\\][^./*?\\]*$/.test(first)) {
            throw unknownCommand(first);
        }
        const run = await (COMMANDS[command ?? 'report'] ?? COMMANDS['report'])();
        return await run(args, io);
    }
    catch (error) {
        io.stderr(`iacm-report: error: ${(0,errors/* describeError */.Uc)(error, settings/* SETTING_NAMES */.OI.cli)}\n`);
        return (0,errors/* exitCodeOf */.FO)(error);
    }
}

;// CONCATENATED MODULE: ./src/cli/cli-process.ts
/**
 * The `iacm-report` process: wires it to main(); everything else is testable. Loaded by cli.ts
 * once Node's compile cache is on.
 */


/**
 * A writer for a process stream that a reader may close early (`iacm-report ... | head -1`): the
 * broken pipe ends the output quietly, the run goes on (a report still being sent is sent) and
 * exits with its own code; without a listener Node would die on the unhandled 'error' event with
 * a stack trace.
 */
function closable(stream) {
    let open = true;
    stream.on('error', () => {
        open = false;
    });
    return (text) => {
        if (open)
            stream.write(text);
    };
}
// Not a top-level await: `ncc build -t` bundles TypeScript entries as CommonJS, where it does not
// parse (the same reason as in plugin.ts). main() reports its own errors; the catch is for bugs.
main(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdout: closable(process.stdout),
    stderr: closable(process.stderr),
    stdin: process.stdin,
    stderrIsTty: process.stderr.isTTY,
    onInterrupt: (handler) => {
        // Listening replaces Node's default (exit at once): clean up, then exit as a shell expects.
        const listener = () => {
            handler();
            process.exit(130);
        };
        process.once('SIGINT', listener);
        return () => void process.removeListener('SIGINT', listener);
    },
}).then((exitCode) => {
    process.exitCode = exitCode;
}, (error) => {
    process.stderr.write(`iacm-report: error: ${(0,errors/* describeError */.Uc)(error)}\n`);
    process.exitCode = (0,errors/* exitCodeOf */.FO)(error);
});


/***/ }),

/***/ 798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ cliWriter)
/* harmony export */ });
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8763);
/* harmony import */ var _reporter_text_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5470);
/* harmony import */ var _run_ending_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4942);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4661);
/**
 * How the CLI writes an ending (run/ending.ts): data on stdout (the dry run's exact body, or the
 * comment-only Markdown), everything for people on stderr (the summary, the delivery note, then
 * failures as `iacm-report: ...` lines). Secrets and runner commands are kept out of both
 * streams by main.ts's writer, which every command writes through.
 */





function cliWriter(io, options) {
    const log = (line) => {
        if (!options.quiet)
            io.stderr(`${line}\n`);
    };
    return {
        write(ending) {
            if (ending.kind === 'comment-only')
                io.stdout(ending.markdown(_reporter_text_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMENT_BUDGET */ .ub));
            else if (options.dryRun)
                io.stdout(`${ending.body}\n`);
            if (options.quiet) {
                // Warnings (failed and missing legs first) are part of the summary; without it, a line each.
                for (const warning of ending.model.warnings)
                    io.stderr(`iacm-report: warning: ${(0,_plain_text_js__WEBPACK_IMPORTED_MODULE_4__/* .plainText */ .wh)(warning)}\n`);
            }
            else {
                log(ending.text());
            }
            const note = (0,_run_ending_js__WEBPACK_IMPORTED_MODULE_1__/* .deliveryNote */ .bz)(ending);
            if (note !== undefined)
                log(note);
            return Promise.resolve([]);
        },
        fail(failures) {
            for (const failure of failures) {
                const prefix = failure.code === 'GATE_FAILED' ? 'iacm-report: ' : 'iacm-report: error: ';
                io.stderr(`${prefix}${(0,_run_ending_js__WEBPACK_IMPORTED_MODULE_1__/* .failureLine */ .Pu)(failure, 'cli')}\n`);
            }
        },
        refuse(error) {
            io.stderr(`iacm-report: error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error, _config_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .SETTING_NAMES */ .OI.cli)}\n`);
        },
    };
}


/***/ }),

/***/ 354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CH: () => (/* binding */ flagsOrHelp),
  kX: () => (/* binding */ httpOptionsFor),
  bQ: () => (/* binding */ parseFlags),
  d1: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/api/redact.ts
var redact = __webpack_require__(2799);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/cli/connection-flags.ts
var connection_flags = __webpack_require__(4002);
// EXTERNAL MODULE: ./src/config/nearest-name.ts
var nearest_name = __webpack_require__(5842);
;// CONCATENATED MODULE: ./src/cli/flag-help.ts
/**
 * Usage mistakes turned into help: the nearest known flag for a misspelt one ("did you mean
 * --plan?"), and the tell-tale of a glob the shell expanded before we saw it (several plan files
 * where one value was expected).
 */

/**
 * The known flag closest to `given` (`--plna` -> `--plan`), or undefined when none is close:
 * at most a third of the name's letters wrong (at least one), or `given` a prefix of one flag only.
 */
function nearestFlag(given, known) {
    const nearest = (0,nearest_name/* nearestName */.q)(given.replace(/^-+/, '').split('=')[0] ?? '', known);
    return nearest === undefined ? undefined : `--${nearest}`;
}

;// CONCATENATED MODULE: ./src/cli/command-runner.ts
/**
 * What the send / ttl / pipelines commands share: strict flag parsing that fails as a one-line
 * UsageError, the HttpOptions a command uses, and the last line of defence that turns any error
 * into one redacted stderr line and an exit code.
 */






function parseFlags(argv, options, command, allowPositionals = false) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options, strict: true, allowPositionals });
    }
    catch (error) {
        throw new errors/* UsageError */.eb(usageMessage(error, Object.keys(options), command), 'USAGE', { cause: error });
    }
}
/**
 * A command's flags, parsed strictly; undefined when `--help` asked for the usage instead (printed
 * here: the command then ends with EXIT_OK).
 */
function flagsOrHelp(argv, options, command, usage, io) {
    const { values } = parseFlags(argv, options, command);
    if (values.help !== true)
        return values;
    io.stdout(`${usage}\n`);
    return undefined;
}
/** parseArgs's message, with the nearest known flag for an unknown one, and where to read more. */
function usageMessage(error, known, command) {
    const help = `see iacm-report ${command} --help`;
    const code = error.code;
    const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown !== undefined) {
        const nearest = nearestFlag(unknown, known);
        return `unknown flag ${unknown}${nearest === undefined ? '' : `: did you mean ${nearest}?`} (${help})`;
    }
    // parseArgs says what is wrong; the pointer says where to read more.
    return `${error.message} (${help})`;
}
function httpOptionsFor(io, overrides) {
    return { env: io.env, log: (line) => io.stderr(`iacm-report: ${line}\n`), ...overrides.http };
}
/** Runs a command body; errors become `iacm-report: error: <one line>` on stderr and an exit code. */
async function runCommand(argv, io, body) {
    const secrets = (0,connection_flags/* apiKeyCandidates */.gP)(argv, io.env);
    try {
        return await body();
    }
    catch (error) {
        io.stderr(`iacm-report: error: ${(0,redact/* redact */.E$)((0,errors/* describeError */.Uc)(error, settings/* SETTING_NAMES */.OI.cli), secrets)}\n`);
        return (0,errors/* exitCodeOf */.FO)(error);
    }
}


/***/ }),

/***/ 4002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ connectionFromFlags),
/* harmony export */   HZ: () => (/* binding */ connectionOptions),
/* harmony export */   T3: () => (/* binding */ CONNECTION_USAGE),
/* harmony export */   gP: () => (/* binding */ apiKeyCandidates)
/* harmony export */ });
/* harmony import */ var _api_api_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5404);
/* harmony import */ var _config_from_cli_flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5417);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4661);
/* harmony import */ var _settings_usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9859);
/**
 * The connection flags every command shares, and how they combine with HARNESS_* variables: a
 * flag wins over its variable, an empty value counts as unset, and the result is checked with
 * connectionSchema so all entry points agree on what a valid connection is.
 */





/** The settings table's connection rows: flags every command shares, with their variables. */
const CONNECTION_ROWS = _config_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .SETTINGS */ .yy.filter((row) => row.section === 'connection');
const connectionOptions = (0,_config_from_cli_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .flagOptions */ .vo)(CONNECTION_ROWS);
/** The connection flags for every command's --help, generated from the table's rows. */
const CONNECTION_USAGE = `${(0,_settings_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .sectionUsage */ .vo)(['connection'])}
Proxies: HTTPS_PROXY, HTTP_PROXY, NO_PROXY.`;
function text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/**
 * Parsed flag values (any command's; other keys are ignored) + environment -> ConnectionConfig.
 * Throws UsageError (exit 2) naming the flag and variable of anything invalid or missing.
 */
function connectionFromFlags(values, env, options = {}) {
    const input = (0,_config_from_cli_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .configInputFromFlags */ .KW)(CONNECTION_ROWS, values, env)['connection'] ?? {};
    const result = _config_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .connectionSchema */ .mR.safeParse(input);
    // The issue message never quotes the value, so a malformed key is not echoed.
    if (!result.success)
        throw (0,_config_from_cli_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .cliIssueError */ .Kx)(result.error.issues, 'connection.');
    if (options.require)
        (0,_api_api_url_js__WEBPACK_IMPORTED_MODULE_0__/* .requireConnection */ .g5)(result.data);
    return result.data;
}
/**
 * Every API key the command line or environment might hold, for redaction. Computed from raw argv
 * before parsing, so even a parse error that quotes an argument cannot leak the key.
 */
function apiKeyCandidates(argv, env) {
    const keys = [];
    const fromEnv = text(env['HARNESS_API_KEY']);
    if (fromEnv !== undefined)
        keys.push(fromEnv, env['HARNESS_API_KEY'] ?? '');
    argv.forEach((arg, index) => {
        if (arg === '--api-key')
            keys.push(argv[index + 1] ?? '');
        else if (arg.startsWith('--api-key='))
            keys.push(arg.slice('--api-key='.length));
    });
    return keys.filter((key) => key !== '');
}


/***/ }),

/***/ 8118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XB: () => (/* binding */ cliReviewIo),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   hB: () => (/* binding */ REPORT_USAGE)
/* harmony export */ });
/* harmony import */ var _config_from_cli_flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5417);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4661);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8763);
/* harmony import */ var _run_ending_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4942);
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1036);
/* harmony import */ var _run_review_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3723);
/* harmony import */ var _run_review_io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2510);
/* harmony import */ var _cli_writer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(798);
/* harmony import */ var _command_runner_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(354);
/* harmony import */ var _settings_usage_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9859);
/**
 * `iacm-report [report] --plan <file|glob> ... [--dry-run]`: the main job. In dry-run mode stdout
 * carries the request body and nothing else; everything for people goes to stderr.
 */











/** The table's CLI rows (config/settings.ts), and the flags only the command line has. */
const options = {
    ..._config_from_cli_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_FLAG_OPTIONS */ .HA,
    quiet: { type: 'boolean', short: 'q' },
};
/** --help: the settings are the table's CLI rows (settings-usage.ts), never listed here. */
const REPORT_USAGE = `Usage: iacm-report [report] [options]

Read plans, drift, a Terragrunt tree and Infracost costs, and send one event to Harness IaCM.

${(0,_settings_usage_js__WEBPACK_IMPORTED_MODULE_9__/* .sectionUsage */ .vo)(['inputs', 'event', 'delivery', 'partial', 'uploads', 'gates', 'review', 'connection'])}
Proxies: HTTPS_PROXY, HTTP_PROXY, NO_PROXY.
Other:
  -q, --quiet                  no summary and no progress on stderr (warnings and errors still)
  -V, --version                print the version and exit

Exit codes: 0 success, 2 bad input or usage, 1 any other failure.
Other commands: iacm-report merge | send | upload | ttl | pipelines --help`;
function run(argv, io, overrides = {}) {
    return (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_8__/* .runCommand */ .d1)(argv, io, () => report(argv, io, overrides));
}
async function report(argv, io, overrides) {
    const { values, positionals } = (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFlags */ .bQ)(argv, options, 'report', true);
    if (positionals.length > 0) {
        const given = values;
        const inputs = [given['plan'], given['drift']].flat().filter((v) => typeof v === 'string');
        throw strayArguments(positionals, inputs);
    }
    const config = (0,_config_from_cli_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .reportConfigFromFlags */ .mk)(values, io.env);
    const quiet = values.quiet === true;
    const log = quiet ? () => undefined : (line) => io.stderr(`${line}\n`);
    const progress = !quiet && io.stderrIsTty ? new ProgressLine(io) : undefined;
    const stopListening = progress === undefined ? undefined : io.onInterrupt?.(() => progress.erase());
    let outcome;
    try {
        outcome = await (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_4__/* .runReport */ .qi)(config, {
            env: io.env,
            cwd: io.cwd,
            log: (line) => {
                progress?.erase();
                log(line);
            },
            progress: progress === undefined ? undefined : (done, total) => progress.draw(done, total),
            http: (0,_command_runner_js__WEBPACK_IMPORTED_MODULE_8__/* .httpOptionsFor */ .kX)(io, overrides),
        });
    }
    catch (error) {
        // No report: the pull request says so instead of keeping an older run's verdict.
        await (0,_run_review_js__WEBPACK_IMPORTED_MODULE_5__/* .publishFailure */ .yX)(config.review, (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plainText */ .wh)((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error, _config_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTING_NAMES */ .OI.cli)), cliReviewIo(io, config.connection.apiKey, quiet));
        throw error;
    }
    finally {
        // Done or failed: the progress line leaves no trace above the summary or the error.
        progress?.erase();
        stopListening?.();
    }
    const ending = (0,_run_ending_js__WEBPACK_IMPORTED_MODULE_3__/* .reportEnding */ .UB)(outcome, config.connection.workspace);
    const code = await (0,_run_ending_js__WEBPACK_IMPORTED_MODULE_3__/* .present */ .Eb)(ending, (0,_cli_writer_js__WEBPACK_IMPORTED_MODULE_7__/* .cliWriter */ .y)(io, { quiet, dryRun: config.dryRun }));
    // The Markdown file, the comment and the check run: after the summary, whatever the gates say.
    await (0,_run_review_js__WEBPACK_IMPORTED_MODULE_5__/* .finishReview */ .kg)(config.review, { model: ending.model, facts: ending.facts, render: ending.markdown }, { ...cliReviewIo(io, config.connection.apiKey, quiet), cwd: io.cwd });
    return code;
}
/** The review's lines: progress on stderr (not with -q), warnings always. */
function cliReviewIo(io, apiKey, quiet) {
    return (0,_run_review_io_js__WEBPACK_IMPORTED_MODULE_6__/* .reviewIo */ .ts)({
        env: io.env,
        secrets: [apiKey],
        quiet,
        log: (line) => io.stderr(`${(0,_plain_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plainText */ .wh)(line)}\n`),
    });
}
/**
 * Arguments that belong to no flag. After --plan/--drift they are almost always the files of an
 * unquoted glob the shell expanded (`--plan plans/*.json` became `--plan a.json b.json`).
 */
function strayArguments(positionals, planValues) {
    const shown = positionals
        .slice(0, 3)
        .map((p) => (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plainText */ .wh)(p))
        .join(', ');
    const more = positionals.length > 3 ? ` and ${positionals.length - 3} more` : '';
    if (planValues !== undefined && planValues.length > 0) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unexpected argument${positionals.length === 1 ? '' : 's'} ${shown}${more}: the shell expanded an unquoted glob; ` +
            `quote the glob (--plan 'plans/*.json'), or repeat --plan for each file`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unexpected argument ${shown}${more}: every input needs its flag (see iacm-report report --help)`);
}
/**
 * Units read / total on one self-rewriting stderr line (only on a terminal, never with -q),
 * erased when the reading ends, fails or is interrupted, so no "128/300^C" stays behind.
 */
class ProgressLine {
    io;
    drawn = false;
    constructor(io) {
        this.io = io;
    }
    draw(done, total) {
        if (done >= total && total > 0) {
            this.erase();
            return;
        }
        this.drawn = true;
        this.io.stderr(`\r\u001b[2KReading Terragrunt units: ${done}/${total}`);
    }
    erase() {
        if (!this.drawn)
            return;
        this.io.stderr('\r\u001b[2K');
        this.drawn = false;
    }
}


/***/ }),

/***/ 9859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qI: () => (/* binding */ usageWidth),
/* harmony export */   vo: () => (/* binding */ sectionUsage)
/* harmony export */ });
/* unused harmony export flagSynopsis */
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4661);
/**
 * --help text generated from the settings table (config/settings.ts), so the flags a user reads
 * are the flags the parser accepts: one line per CLI row, grouped by section, with the variables
 * a row falls back to. Nothing here lists a setting by name.
 */

/** Section headings as the command line words them (the Action's own rows never show here). */
const SECTION_TITLES = {
    inputs: 'Inputs (at least one of --plan, --drift, --terragrunt-dir):',
    event: 'Event:',
    delivery: 'Delivery:',
    connection: 'Connection (flag, else the variable in brackets):',
    gates: 'Gates (exit 1 after the report is sent):',
    partial: 'Partial reports (one CI leg of many; see iacm-report merge --help):',
    merge: 'Merge:',
    review: 'Pull/merge request review (comment, check run, Markdown file):',
    uploads: 'Workspace data (off unless asked; uploaded before the event, which carries their ids):',
};
/** `--plan <file|glob>`: the flag as typed. */
function flagSynopsis(row) {
    return row.value === undefined ? `--${row.name}` : `--${row.name} <${row.value}>`;
}
/** The row's help line for a terminal: Markdown code marks dropped, variables appended. */
function describe(row) {
    const fallback = row.kind !== 'boolean' && row.default !== undefined ? ` (default ${row.default})` : '';
    const text = `${row.help}${fallback}`.replace(/`/g, '');
    const variables = row.env?.cli ?? [];
    return variables.length === 0 ? text : `${text} [${variables.join(', ')}]`;
}
/** The help column starts here; a longer flag puts its help on the next line. */
const FLAG_COLUMN = 27;
function usageLine(row, width) {
    const synopsis = flagSynopsis(row);
    if (synopsis.length <= width)
        return `  ${synopsis.padEnd(width)}  ${describe(row)}`;
    return `  ${synopsis}
  ${' '.repeat(width)}  ${describe(row)}`;
}
/**
 * The --help lines of the given sections' CLI rows (those `keep` keeps), the flag column `width`
 * wide.
 */
function sectionUsage(sections, width = usageWidth(sections), keep = () => true) {
    const blocks = [];
    for (const section of sections) {
        if (section === 'action')
            continue;
        const rows = (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsOf */ .f5)('cli').filter((row) => row.section === section && keep(row));
        if (rows.length === 0)
            continue;
        const lines = rows.map((row) => usageLine(row, width));
        blocks.push([SECTION_TITLES[section], ...lines].join('\n'));
    }
    return blocks.join('\n');
}
/** The widest flag synopsis among the sections' CLI rows, at most FLAG_COLUMN. */
function usageWidth(sections) {
    const rows = (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsOf */ .f5)('cli').filter((row) => sections.includes(row.section));
    return Math.min(FLAG_COLUMN, Math.max(0, ...rows.map((row) => flagSynopsis(row).length)));
}


/***/ }),

/***/ 7503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ issuePath),
/* harmony export */   h: () => (/* binding */ ruleError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4661);



/** The config path of an issue, list indexes dropped (`plans.0` -> `plans`: the setting is the list). */
function issuePath(issue, prefix = '') {
    return prefix + issue.path.filter((part) => typeof part === 'string').join('.');
}
/**
 * A cross-field rule's issue as a worded UsageError, or undefined for a field issue (which each
 * reader words with the value it was given).
 */
function ruleError(issue, world) {
    const code = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleCode */ .KF)(issue);
    if (code === undefined)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wordSettings */ .mM)(issue.message, _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .SETTING_NAMES */ .OI[world]), code);
}


/***/ }),

/***/ 5417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ REPORT_FLAG_OPTIONS),
/* harmony export */   KW: () => (/* binding */ configInputFromFlags),
/* harmony export */   Kx: () => (/* binding */ cliIssueError),
/* harmony export */   mk: () => (/* binding */ reportConfigFromFlags),
/* harmony export */   vo: () => (/* binding */ flagOptions),
/* harmony export */   y6: () => (/* binding */ flagValue)
/* harmony export */ });
/* unused harmony export REPORT_ROWS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _config_issues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7503);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4661);




/** parseArgs options for rows of the table: a list repeats, a boolean is a bare flag. */
function flagOptions(rows) {
    return Object.fromEntries(rows.map((row) => [
        row.name,
        row.kind === 'boolean'
            ? { type: 'boolean' }
            : row.kind === 'list'
                ? { type: 'string', multiple: true }
                : { type: 'string' },
    ]));
}
/** The report command's rows: every CLI row of the table but the merge command's own. */
const REPORT_ROWS = (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .settingsOf */ .f5)('cli').filter((row) => row.section !== 'merge');
/** The report command's flags. */
const REPORT_FLAG_OPTIONS = flagOptions(REPORT_ROWS);
function text(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/**
 * A row's value from parsed flags, else from its variables. A row with variables (the connection)
 * counts a blank value as unset, so an empty variable never overrides the default.
 */
function flagValue(row, flags, env) {
    const given = flags[row.name];
    const variables = row.env?.cli;
    if (variables === undefined)
        return given;
    return text(given) ?? variables.map((name) => text(env[name])).find((value) => value !== undefined);
}
/** Flags -> the plain object the schema reads, for the given rows. */
function configInputFromFlags(rows, flags, env) {
    const input = {};
    for (const row of rows) {
        const value = flagValue(row, flags, env);
        if (value !== undefined)
            (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .setPath */ .SO)(input, row.path, value);
    }
    return input;
}
/** One line naming the flag (and its variable) the first issue is about; never the value. */
function cliIssueError(issues, prefix = '') {
    const issue = issues[0];
    if (issue === undefined)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('invalid configuration', 'CONFIG_INVALID');
    const rule = (0,_config_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleError */ .h)(issue, 'cli');
    if (rule)
        return rule;
    const path = (0,_config_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .issuePath */ .d)(issue, prefix);
    const name = _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .SETTING_NAMES */ .OI.cli(path) ?? path;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${name}: ${issue.message}`, 'CONFIG_INVALID');
}
function reportConfigFromFlags(flags, env) {
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .reportConfigSchema */ .c6.safeParse(configInputFromFlags(REPORT_ROWS, flags, env));
    if (!parsed.success)
        throw cliIssueError(parsed.error.issues);
    return parsed.data;
}


/***/ }),

/***/ 5842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ nearestName)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean": the known name nearest a misspelt one, for flags, commands and plugin settings
 * alike (a typo must never pass as silence: a misspelt gate is a gate switched off).
 */
/** Edit distance (insert, delete, substitute, swap of neighbours), small strings only. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/**
 * The known name closest to `name` (a flag, a command, a setting), or undefined when none is
 * close: at most a third of its letters wrong (at least one), or `name` a prefix of one name only.
 */
function nearestName(name, known) {
    if (name === '')
        return undefined;
    const prefixed = known.filter((candidate) => candidate.startsWith(name));
    if (prefixed.length === 1)
        return prefixed[0];
    let best;
    for (const candidate of known) {
        const distance = editDistance(name, candidate);
        if (best === undefined || distance < best.distance)
            best = { candidate, distance };
    }
    const allowed = Math.max(1, Math.floor(name.length / 3));
    return best !== undefined && best.distance <= allowed ? best.candidate : undefined;
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pf: () => (/* binding */ connectionRule),
  mR: () => (/* binding */ connectionSchema),
  y2: () => (/* binding */ gatesSchema),
  _C: () => (/* binding */ reportConfigBase),
  c6: () => (/* binding */ reportConfigSchema),
  KF: () => (/* binding */ ruleCode)
});

// UNUSED EXPORTS: DEFAULT_BASE_URL

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(9567);
;// CONCATENATED MODULE: ./src/config/review-settings.ts
/**
 * The review's settings (the pull/merge request comment, the check run, the Markdown file), one
 * zod object under `review` in every world's configuration. Rows in settings.ts (section
 * `review`); read by src/run/review.ts and the entries' Markdown writer.
 */

const COMMENT_MODES = ['off', 'on-change', 'always'];
const FORGES = ['github', 'gitlab'];
const MARKDOWN_BUDGETS = ['summary', 'comment'];
const reviewSchema = schemas/* object */.Ikc({
    comment: schemas/* enum */.k5n(COMMENT_MODES).default('off'),
    /** Any text; the forge layer turns it into a safe marker. */
    commentKey: schemas/* string */.YjP().max(200).optional(),
    /** GitHub or GitLab token; else GITHUB_TOKEN / GITLAB_TOKEN (review.ts). */
    token: schemas/* string */.YjP().optional(),
    /** Detected from the CI when unset (review.ts). */
    forge: schemas/* enum */.k5n(FORGES).optional(),
    /** The forge's API root (GitHub Enterprise `https://HOST/api/v3`, GitLab `https://HOST/api/v4`). */
    forgeUrl: schemas/* url */.OZ5().optional(),
    /** One deadline for every forge call of a run, in seconds. */
    forgeTimeout: coerce/* number */.ai()
        .positive('a number of seconds above 0')
        .max(600, 'at most 600 seconds')
        .default(60),
    checkRun: schemas/* boolean */.zMY().default(false),
    /** After a drift check, one issue per drifted workspace (drift-issue.ts); `true`: the CI's forge. */
    driftIssue: schemas/* enum */.k5n(['false', 'true', 'github', 'gitlab'], 'true, false, github or gitlab').default('false'),
    driftIssueScope: schemas/* enum */.k5n(['workspace', 'unit'], 'workspace or unit').default('workspace'),
    driftIssueLabel: schemas/* string */.YjP()
        .trim()
        .min(1)
        .max(50)
        .regex(/^[^,]+$/, 'one label, without commas')
        .default('drift'),
    markdownFile: schemas/* string */.YjP().min(1).optional(),
    markdownBudget: schemas/* enum */.k5n(MARKDOWN_BUDGETS).default('summary'),
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/model/plan-summary.ts
var plan_summary = __webpack_require__(7007);
// EXTERNAL MODULE: ./src/model/statuses.ts
var statuses = __webpack_require__(9819);
;// CONCATENATED MODULE: ./src/config/upload-settings.ts
/**
 * The settings of workspace data uploads (issue 14), kept apart from the rest of the schema: what
 * to upload (each off unless asked), the four pipeline ids the `/data` endpoint requires, and the
 * policy gate. schema.ts mounts these and checks what they need; the settings table
 * (settings.ts) names them in each world.
 */

const POLICY_GATE_LEVELS = ['error', 'warning'];
const id = schemas/* string */.YjP().min(1).max(1024);
/** The query parameters `/data` requires; inside a Harness stage they come from its variables. */
const pipelineIdsSchema = schemas/* object */.Ikc({
    pipelineId: id.optional(),
    stageId: id.optional(),
    pipelineExecutionId: id.optional(),
    pipelineStageId: id.optional(),
});
const uploadsSchema = schemas/* object */.Ikc({
    /** `terraform show -no-color tfplan` output for the whole run -> plan_human -> plan_uuid. */
    planText: schemas/* string */.YjP().min(1).optional(),
    /** File name of the plan text beside each Terragrunt unit's plan -> plan_human per unit. */
    planTextName: schemas/* string */.YjP()
        .min(1)
        .refine((name) => !/^([\\/]|[A-Za-z]:)/.test(name) && !name.split(/[\\/]/).some((p) => p === '..' || p === ''), 'a file name inside the unit folder, such as tfplan.txt')
        .optional(),
    /** Upload the --infracost file (cost_breakdown or cost_diff by what it is), per unit too. */
    infracost: schemas/* boolean */.zMY().default(false),
    /** A state file -> state_raw -> state_uuid + state_checksum. Read for nothing else. */
    state: schemas/* string */.YjP().min(1).optional(),
    pipeline: pipelineIdsSchema.prefault({}),
    /**
     * One deadline, in seconds, for all of a run's uploads together: a slow `/data` endpoint must
     * not hold the run a minute per few units. Uploads not done by then are reported as not done.
     */
    timeout: coerce/* number */.ai()
        .positive('a number of seconds above 0')
        .max(3600, 'at most 3600 seconds')
        .default(300),
});
const PIPELINE_ID_KEYS = [
    'pipelineId',
    'stageId',
    'pipelineExecutionId',
    'pipelineStageId',
];
function wantsUploads(uploads) {
    return (uploads.planText !== undefined ||
        uploads.planTextName !== undefined ||
        uploads.infracost ||
        uploads.state !== undefined);
}
/** The pipeline ids an upload would need and that are not set (empty when no upload is asked for). */
function missingPipelineIds(uploads) {
    if (!wantsUploads(uploads))
        return [];
    return PIPELINE_ID_KEYS.filter((key) => uploads.pipeline[key] === undefined);
}

;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * One validated configuration for a report run, whichever world it came from (CLI flags and
 * HARNESS_* variables, Action INPUT_* variables, plugin PLUGIN_* variables). The three readers in
 * this folder turn their world into a plain object (driven by settings.ts) and parse it with this
 * schema. Rules that span fields live here once, as `custom` issues whose message names settings by
 * reference (`{setting:path}`), so each reader words them for its users.
 */






const DEFAULT_BASE_URL = 'https://app.harness.io';
/** Where and as whom to call the IaCM API. All optional: a dry run needs none of it. */
const connectionSchema = schemas/* object */.Ikc({
    /** Goes into the Harness-Account header and the query: the same rule as the key (issue 23). */
    accountId: schemas/* string */.YjP()
        .min(1)
        .max(128)
        .regex(/^[\x21-\x7e]+$/, 'the account id holds a space, line break, control or non-ASCII character, which an HTTP header cannot carry; copy it again from the Harness URL')
        .optional(),
    org: schemas/* string */.YjP().min(1).max(128).optional(),
    project: schemas/* string */.YjP().min(1).max(128).optional(),
    workspace: schemas/* string */.YjP().min(1).max(1024).optional(),
    /**
     * Printable ASCII only: a line break or control character cannot go into an HTTP header (undici
     * throws, which looked like a network failure and spooled the body). The message never quotes
     * the value.
     */
    apiKey: schemas/* string */.YjP()
        .min(1)
        .regex(/^[\x21-\x7e]+$/, 'the key holds a space, line break, control or non-ASCII character, which an HTTP header cannot carry; copy the key again')
        .optional(),
    /** Harness host, path prefix included (`https://app.harness.io/gateway`); IaCM paths go under `/iacm/api`. */
    baseUrl: schemas/* url */.OZ5().default(DEFAULT_BASE_URL),
    /** In-stage IaCM service URL (PLUGIN_ENDPOINT_VARIABLES.base_url); paths go under `/api`. Wins over baseUrl. */
    serviceUrl: schemas/* url */.OZ5().optional(),
});
const gatesSchema = schemas/* object */.Ikc({
    failOnDrift: schemas/* boolean */.zMY().default(false),
    failOnDestroy: schemas/* boolean */.zMY().default(false),
    /** Fail after the event is sent when the report does not cover everything (coverage.ts). */
    failOnIncomplete: schemas/* boolean */.zMY().default(false),
    /** An amount in the Infracost currency, as decimal text. */
    maxMonthlyCostIncrease: schemas/* string */.YjP()
        .regex(/^\d+(\.\d+)?$/, 'a non-negative amount such as 100 or 12.50')
        .optional(),
    /** Fail after the event is sent when a policy answered this or worse (issue 14). */
    failOnPolicy: schemas/* enum */.k5n(POLICY_GATE_LEVELS).optional(),
});
const reportConfigBase = schemas/* object */.Ikc({
    plans: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    drifts: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    terragruntDir: schemas/* string */.YjP().min(1).optional(),
    terragruntReport: schemas/* string */.YjP().min(1).optional(),
    /** File name (glob allowed) of the plan JSON inside each Terragrunt unit folder. */
    planFileName: schemas/* string */.YjP().min(1).default('tfplan.json'),
    infracost: schemas/* string */.YjP().min(1).optional(),
    /** Show `before -> after` of changed attributes that pass value-policy.ts (off by default). */
    showValues: schemas/* boolean */.zMY().default(false),
    /** Globs of attribute paths (`input.internal_*`, `aws_db_instance.*.endpoint`) whose values stay hidden. */
    hideValuesOf: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]),
    eventType: schemas/* enum */.k5n(statuses/* EVENT_TYPES */.Ru).optional(),
    activityType: schemas/* enum */.k5n(statuses/* ACTIVITY_TYPES */.gI).optional(),
    activityStatus: schemas/* enum */.k5n(statuses/* ACTIVITY_STATUSES */.FB).optional(),
    provisioner: schemas/* enum */.k5n(plan_summary/* PROVISIONERS */.oP).optional(),
    dryRun: schemas/* boolean */.zMY().default(false),
    /** Where a body that could not be delivered is written; default RUNNER_TEMP, else the OS temp folder. */
    spoolDir: schemas/* string */.YjP().min(1).optional(),
    /** Skip the activity lookup after a send (issue 26). */
    noConfirm: schemas/* boolean */.zMY().default(false),
    /** Harness UI base for activity links (https only). */
    harnessUiUrl: schemas/* string */.YjP().min(1).optional(),
    /** After a report with drift was accepted, PATCH each drifted resource (issue 26, part 2). */
    sendDriftResources: schemas/* boolean */.zMY().default(false),
    connection: connectionSchema.prefault({}),
    gates: gatesSchema.prefault({}),
    /** Workspace data uploads and their pipeline ids (upload-settings.ts). */
    uploads: uploadsSchema.prefault({}),
    /** The pull/merge request comment, check run and Markdown file (review-settings.ts). */
    review: reviewSchema.prefault({}),
    // --- Partial reports (map side of `merge`) ---
    /** Write this run's partial report to this file; nothing is sent unless `send` is also set. */
    savePartial: schemas/* string */.YjP().min(1).optional(),
    /** The leg's name in the partial (default: from the CI and the file name). */
    leg: schemas/* string */.YjP().min(1).max(300).optional(),
    /** With savePartial: send this leg's own event as well (one workspace per leg). */
    send: schemas/* boolean */.zMY().default(false),
});
const reportConfigSchema = reportConfigBase.superRefine(crossFieldRules);
/** The fields a report needs to be sent (a dry run needs none). */
const SEND_FIELDS = ['accountId', 'org', 'project', 'workspace', 'apiKey'];
/** A cross-field rule's issue: its error code travels in `params`. */
function rule(ctx, code, path, message) {
    ctx.addIssue({ code: 'custom', path, message, params: { code } });
}
/**
 * CONFIG_MISSING when a connection field needed to send is unset; `what` names what is sent
 * ("the report", "the merged report").
 */
function connectionRule(config, ctx, what) {
    const missing = SEND_FIELDS.filter((field) => config.connection[field] === undefined);
    if (missing.length > 0) {
        rule(ctx, 'CONFIG_MISSING', ['connection'], `missing ${missing.map((field) => (0,errors/* settingRef */.yE)(`connection.${field}`)).join(', ')} ` +
            `to send ${what} to Harness (or set ${(0,errors/* settingRef */.yE)('dryRun')} to send nothing)`);
    }
}
function crossFieldRules(config, ctx) {
    if (config.plans.length === 0 && config.drifts.length === 0 && config.terragruntDir === undefined) {
        rule(ctx, 'NOTHING_TO_REPORT', [], `nothing to report: set ${(0,errors/* settingRef */.yE)('plans')}, ${(0,errors/* settingRef */.yE)('drifts')} or ${(0,errors/* settingRef */.yE)('terragruntDir')}`);
        return;
    }
    if (config.terragruntReport !== undefined && config.terragruntDir === undefined) {
        rule(ctx, 'CONFIG_INVALID', ['terragruntReport'], `${(0,errors/* settingRef */.yE)('terragruntReport')} needs ${(0,errors/* settingRef */.yE)('terragruntDir')}, the tree whose units it describes`);
        return;
    }
    if (uploadRules(config, ctx))
        return;
    // Partial reports: --leg and --send only mean something with --save-partial.
    for (const field of ['leg', 'send']) {
        if (config[field] !== undefined && config[field] !== false && config.savePartial === undefined) {
            rule(ctx, 'CONFIG_INVALID', [field], `${(0,errors/* settingRef */.yE)(field)} goes with ${(0,errors/* settingRef */.yE)('savePartial')} (the partial report of one CI leg)`);
            return;
        }
    }
    // A leg that only saves its partial sends nothing, so it needs no credentials.
    if (config.dryRun || (config.savePartial !== undefined && !config.send))
        return;
    // Checked before any file is read: a long read then "no API key" helps nobody.
    connectionRule(config, ctx, 'the report');
}
/**
 * Workspace data uploads (issue 14): what an upload setting needs besides itself, and the pipeline
 * ids the endpoint requires, checked dry runs included (a dry run proves a configuration works).
 * True when a rule was raised.
 */
function uploadRules(config, ctx) {
    const { uploads } = config;
    if (uploads.infracost && config.infracost === undefined) {
        rule(ctx, 'CONFIG_INVALID', ['uploads', 'infracost'], `${(0,errors/* settingRef */.yE)('uploads.infracost')} uploads the ${(0,errors/* settingRef */.yE)('infracost')} file: set that too`);
        return true;
    }
    if (uploads.planTextName !== undefined && config.terragruntDir === undefined) {
        rule(ctx, 'CONFIG_INVALID', ['uploads', 'planTextName'], `${(0,errors/* settingRef */.yE)('uploads.planTextName')} names the plan text inside each Terragrunt unit and needs ` +
            `${(0,errors/* settingRef */.yE)('terragruntDir')}; for one plan use ${(0,errors/* settingRef */.yE)('uploads.planText')}`);
        return true;
    }
    const missing = missingPipelineIds(uploads);
    if (missing.length > 0) {
        rule(ctx, 'CONFIG_MISSING', ['uploads', 'pipeline'], `uploads to the workspace need the pipeline ids: missing ${missing.map((key) => (0,errors/* settingRef */.yE)(`uploads.pipeline.${key}`)).join(', ')}`);
        return true;
    }
    return false;
}
/** The code a cross-field rule gave its issue; undefined for a plain field issue. */
function ruleCode(issue) {
    if (issue.code !== 'custom')
        return undefined;
    const code = issue.params?.code;
    return code;
}


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OI: () => (/* binding */ SETTING_NAMES),
/* harmony export */   SO: () => (/* binding */ setPath),
/* harmony export */   f5: () => (/* binding */ settingsOf),
/* harmony export */   yy: () => (/* binding */ SETTINGS)
/* harmony export */ });
/* unused harmony exports WORLDS, pluginKey, pluginVariable, settingAt, parseBooleanText, splitList, getPath */
/**
 * THE settings table: every setting of a report run, once, for all three worlds. The CLI's flags
 * (`--name`), the Action's inputs (`name`, declared in action.yml) and the plugin's settings
 * (`settings.name_in_snake_case`, arriving as PLUGIN_NAME) are all read from these rows by the
 * readers in this folder; `iacm-report --help` is generated from them at run time, and action.yml's
 * inputs and the README tables by `npm run docs:settings` (a test fails when those are stale).
 *
 * To add a setting:
 *   1. Add its field to the zod schema in schema.ts (type, default, and any rule that spans fields
 *      goes in that file's superRefine, never in a reader).
 *   2. Add one row below: `name` (kebab-case, it becomes --name, input name and settings.name),
 *      `path` (the schema field, dotted), `kind`, `section`, `description` (the action.yml text)
 *      and `help` (one line for --help and the README). Set `worlds` when not all three offer it,
 *      `env` for variables consulted when it is not given, `secret` for anything not to echo.
 *   3. Run `npm run docs:settings`: it rewrites action.yml's inputs and the README's CLI, Action and
 *      plugin tables from the rows (test/config/settings-table.test.ts fails while they are stale).
 *      `iacm-report --help` is generated from the rows at run time (cli/settings-usage.ts).
 * Nothing else: parsing, validation, help, docs and error wording follow from the row.
 *
 * One boolean grammar everywhere a boolean arrives as text (Action inputs, plugin settings):
 * `true` or `false` in any letter case; empty means unset (the default). On the CLI a boolean is a
 * flag: present means true.
 */
const WORLDS = ['cli', 'action', 'plugin'];
const SETTINGS = [
    // ── Inputs ──
    {
        name: 'plan',
        path: 'plans',
        kind: 'list',
        value: 'file|glob',
        section: 'inputs',
        description: 'Plan JSON files (`terraform show -json` / `tofu show -json` output) to report, one per line or comma-separated; globs allowed.',
        help: 'plan JSON files or globs (`terraform show -json` / `tofu show -json`); several add up',
    },
    {
        name: 'drift',
        path: 'drifts',
        kind: 'list',
        value: 'file|glob',
        section: 'inputs',
        description: 'Drift files (refresh-only plan JSON with `resource_drift`), one per line or comma-separated; globs allowed.',
        help: "refresh-only plan JSON; its drift is the event's drift",
    },
    {
        name: 'terragrunt-dir',
        path: 'terragruntDir',
        kind: 'text',
        value: 'dir',
        section: 'inputs',
        description: "Root of a Terragrunt `--json-out-dir` tree: one plan JSON per unit, under the unit's relative path.",
        help: 'tree from `terragrunt run --all --json-out-dir <dir> -- plan`',
    },
    {
        name: 'terragrunt-report',
        path: 'terragruntReport',
        kind: 'text',
        value: 'file',
        section: 'inputs',
        description: 'Terragrunt run report JSON (`--report-file`), for unit status and errors.',
        help: 'Terragrunt run report (`--report-file`, JSON)',
    },
    {
        name: 'plan-file-name',
        path: 'planFileName',
        kind: 'text',
        value: 'glob',
        section: 'inputs',
        default: 'tfplan.json',
        description: 'File name (glob allowed) of the plan JSON inside each Terragrunt unit folder.',
        help: 'plan file name (glob) inside each unit folder',
    },
    {
        name: 'infracost',
        path: 'infracost',
        kind: 'text',
        value: 'file',
        section: 'inputs',
        description: 'Infracost JSON (`infracost breakdown` or `infracost diff --format json`) with the costs.',
        help: '`infracost breakdown` / `infracost diff --format json` output',
    },
    {
        name: 'show-values',
        path: 'showValues',
        kind: 'boolean',
        section: 'inputs',
        default: 'false',
        description: 'true to show `before -> after` of changed attributes in the summaries, except sensitive values, values under secret-like names, values matched by `hide-values-of` and long ones (docs/what-changes.md).',
        help: 'show `before -> after` of changed attributes, never sensitive or secret-like ones (docs/what-changes.md)',
    },
    {
        name: 'hide-values-of',
        path: 'hideValuesOf',
        kind: 'list',
        value: 'glob',
        section: 'inputs',
        description: 'With `show-values`: attribute paths (globs, over `path` or `address.path`, e.g. `input.internal_*`) whose values are never shown, one per line or comma-separated.',
        help: 'with show-values: globs of attribute paths whose values stay hidden',
    },
    // ── Event ──
    {
        name: 'event-type',
        path: 'eventType',
        kind: 'text',
        value: 'type',
        section: 'event',
        description: 'IaCM event type: plan, drifted, provisioning, destroying, active, inactive, apply_needed, failed or stage-complete. Default: plan; for drift-only runs drifted (active when nothing drifted).',
        help: 'override (plan, drifted, active, failed, ...)',
    },
    {
        name: 'activity-type',
        path: 'activityType',
        kind: 'text',
        value: 'type',
        section: 'event',
        description: 'Activity type: apply, destroy, plan, drifted, import, bootstrap, synth, deploy, diff, drift or rollback. Default: plan; drift for drift-only runs.',
        help: 'override (plan, drift, apply, ...)',
    },
    {
        name: 'activity-status',
        path: 'activityStatus',
        kind: 'text',
        value: 'status',
        section: 'event',
        description: 'Activity status: success, failure or incomplete. Default: failure when a plan errored or a unit failed, incomplete when a unit was skipped, else success.',
        help: 'override (success, failure, incomplete)',
    },
    {
        name: 'provisioner',
        path: 'provisioner',
        kind: 'text',
        value: 'name',
        section: 'event',
        description: 'terraform, opentofu or terragrunt. Default: terragrunt for a Terragrunt tree, else what the plans show.',
        help: 'terraform, opentofu or terragrunt (default: inferred)',
    },
    // ── Connection (the CLI's send / ttl / pipelines commands share these) ──
    {
        name: 'account-id',
        path: 'connection.accountId',
        kind: 'text',
        value: 'id',
        section: 'connection',
        env: { cli: ['HARNESS_ACCOUNT_ID'], plugin: ['HARNESS_ACCOUNT_ID'] },
        endpoint: 'account_id',
        description: 'Harness account id. Required unless dry-run is true.',
        help: 'Harness account id (`Harness-Account` header)',
    },
    {
        name: 'org',
        path: 'connection.org',
        kind: 'text',
        value: 'id',
        section: 'connection',
        env: { cli: ['HARNESS_ORG_ID'], plugin: ['HARNESS_ORG_ID'] },
        endpoint: 'org_id',
        description: 'Harness organization id. Required unless dry-run is true.',
        help: 'organisation id',
    },
    {
        name: 'project',
        path: 'connection.project',
        kind: 'text',
        value: 'id',
        section: 'connection',
        env: { cli: ['HARNESS_PROJECT_ID'], plugin: ['HARNESS_PROJECT_ID'] },
        endpoint: 'project_id',
        description: 'Harness project id. Required unless dry-run is true.',
        help: 'project id',
    },
    {
        name: 'workspace',
        path: 'connection.workspace',
        kind: 'text',
        value: 'id',
        section: 'connection',
        // In a Harness stage HARNESS_WORKSPACE is the checkout folder (`/harness`), never an id.
        env: { cli: ['HARNESS_WORKSPACE_ID'], plugin: ['IACM_WORKSPACE_ID'] },
        endpoint: 'workspace_id',
        description: 'IaCM workspace id. Required unless dry-run is true.',
        help: 'IaCM workspace id',
    },
    {
        name: 'api-key',
        path: 'connection.apiKey',
        kind: 'text',
        value: 'key',
        section: 'connection',
        secret: true,
        env: { cli: ['HARNESS_API_KEY'] },
        endpoint: 'token',
        description: 'Harness API key (`pat.*` or `sat.*`); pass it from a secret. Masked in the log and sent only in the `x-api-key` header. Required unless dry-run is true.',
        help: 'a `pat.*` / `sat.*` key, from a secret (never on a command line: it shows in process lists)',
    },
    {
        name: 'base-url',
        path: 'connection.baseUrl',
        kind: 'text',
        value: 'url',
        section: 'connection',
        env: { cli: ['HARNESS_BASE_URL'] },
        default: 'https://app.harness.io',
        description: 'Harness host, path prefix included (for example `https://app.harness.io/gateway`).',
        help: 'Harness host, path prefix included (`https://acme.harness.io/gateway`)',
    },
    // ── Delivery ──
    {
        name: 'dry-run',
        path: 'dryRun',
        kind: 'boolean',
        section: 'delivery',
        default: 'false',
        description: 'true to skip only the send to Harness: the summary, outputs, payload file and comment are still produced.',
        help: 'build and show the request body; send nothing, need no credentials',
    },
    {
        name: 'spool-dir',
        path: 'spoolDir',
        kind: 'text',
        value: 'dir',
        section: 'delivery',
        description: 'Where the request body is saved when sending fails for good, for a later `iacm-report send`. Default: RUNNER_TEMP.',
        help: 'where an undeliverable body is saved (default: RUNNER_TEMP, else the OS temp folder)',
    },
    {
        name: 'no-confirm',
        path: 'noConfirm',
        kind: 'boolean',
        section: 'delivery',
        default: 'false',
        description: "true to skip the check after sending: by default the run looks up the Harness activity the event became (its id is the `activity-id` output) and compares Harness's counts with the report's, warning on a difference.",
        help: "skip looking up the activity the event became and comparing Harness's counts",
    },
    {
        name: 'harness-ui-url',
        path: 'harnessUiUrl',
        kind: 'text',
        value: 'url',
        section: 'delivery',
        env: { cli: ['HARNESS_UI_URL'], plugin: ['HARNESS_UI_URL'] },
        description: 'Harness UI address (for example `https://app.harness.io`) for a link to the recorded activity in every summary; no link without it (the UI path is our inference).',
        help: 'Harness UI address for a link to the recorded activity (none without it)',
    },
    {
        name: 'send-drift-resources',
        path: 'sendDriftResources',
        kind: 'boolean',
        section: 'delivery',
        default: 'false',
        description: "true to fill the Harness workspace's Resources view with drift per resource after a report with drift was accepted: each drifted resource with its status (changed or deleted) and the NAMES of its drifted attributes, every value replaced by `(redacted)` (docs/harness.md).",
        help: 'after a report with drift was sent, send each drifted resource (attribute names only) to Harness',
    },
    // ── Review: the pull/merge request comment, the check run, the Markdown file (docs/pull-requests.md) ──
    {
        name: 'comment',
        path: 'review.comment',
        kind: 'text',
        value: 'mode',
        section: 'review',
        default: 'off',
        description: 'Sticky pull-request comment: off, on-change (only when the plan has changes or drift, but an existing comment is always refreshed) or always. Needs `pull-requests: write`.',
        help: 'sticky pull/merge request comment: off, on-change or always',
    },
    {
        name: 'comment-key',
        path: 'review.commentKey',
        kind: 'text',
        value: 'key',
        section: 'review',
        description: "Tells this step's comment apart from others on the same PR (set one per matrix leg). Default: the workflow and job names.",
        help: "tells this step's comment apart from others on the same request (one per matrix leg)",
    },
    {
        name: 'github-token',
        path: 'review.token',
        kind: 'text',
        value: 'token',
        section: 'review',
        worlds: ['action'],
        secret: true,
        default: '${{ github.token }}',
        description: 'Token used to write the PR comment and the check run.',
        help: 'token used to write the PR comment and the check run',
    },
    {
        name: 'forge-token',
        path: 'review.token',
        kind: 'text',
        value: 'token',
        section: 'review',
        worlds: ['cli', 'plugin'],
        secret: true,
        description: 'GitHub or GitLab token for the comment and check run. Default: GITHUB_TOKEN or GITLAB_TOKEN.',
        help: 'GitHub or GitLab token for the comment (default: `GITHUB_TOKEN` / `GITLAB_TOKEN`)',
    },
    {
        name: 'forge',
        path: 'review.forge',
        kind: 'text',
        value: 'github|gitlab',
        section: 'review',
        worlds: ['cli', 'plugin'],
        description: 'Where the pull or merge request lives. Default: detected from the CI (GitHub Actions, GitLab CI, Harness CI / Drone).',
        help: 'github or gitlab (default: detected from the CI)',
    },
    {
        name: 'forge-url',
        path: 'review.forgeUrl',
        kind: 'text',
        value: 'url',
        section: 'review',
        worlds: ['cli', 'plugin'],
        description: "The forge's API root: `https://HOST/api/v3` for GitHub Enterprise Server, `https://HOST/api/v4` for GitLab. Default: from the CI.",
        help: 'API root: `https://HOST/api/v3` (GitHub Enterprise), `https://HOST/api/v4` (GitLab)',
    },
    {
        name: 'forge-timeout',
        path: 'review.forgeTimeout',
        kind: 'text',
        value: 'seconds',
        section: 'review',
        default: '60',
        description: 'One deadline, in seconds, for every GitHub or GitLab call of the step (comment, check run).',
        help: 'seconds for all comment and check run calls together',
    },
    {
        name: 'check-run',
        path: 'review.checkRun',
        kind: 'boolean',
        section: 'review',
        default: 'false',
        description: 'true to write a check run `iacm-reporter / <workspace>` on the pull request head (GitHub; needs `checks: write`).',
        help: 'write a GitHub check run `iacm-reporter / <workspace>` (needs `checks: write`)',
    },
    {
        name: 'drift-issue',
        path: 'review.driftIssue',
        kind: 'text',
        value: 'true|github|gitlab',
        section: 'review',
        default: 'false',
        description: 'After a drift check: keep one issue per drifted workspace, edited in place, commented on when the drifted set changes, closed when a complete check finds no drift. `true` (the forge the CI says), `github` or `gitlab`. Needs `issues: write` (docs/drift-issues.md).',
        help: 'after a drift check, one issue per drifted workspace (true, github or gitlab; needs `issues: write`)',
    },
    {
        name: 'drift-issue-scope',
        path: 'review.driftIssueScope',
        kind: 'text',
        value: 'workspace|unit',
        section: 'review',
        default: 'workspace',
        description: 'One drift issue per workspace, or per Terragrunt unit.',
        help: 'one drift issue per workspace or per Terragrunt unit',
    },
    {
        name: 'drift-issue-label',
        path: 'review.driftIssueLabel',
        kind: 'text',
        value: 'label',
        section: 'review',
        default: 'drift',
        description: 'The label drift issues carry (and are found by).',
        help: 'the label drift issues carry (default `drift`)',
    },
    {
        name: 'markdown',
        path: 'review.markdownFile',
        kind: 'text',
        value: 'file',
        section: 'review',
        worlds: ['cli'],
        description: "Write the Markdown summary (as the Action's job summary) to this file.",
        help: 'write the Markdown summary to this file',
    },
    {
        name: 'markdown-file',
        path: 'review.markdownFile',
        kind: 'text',
        value: 'file',
        section: 'review',
        worlds: ['plugin'],
        description: "Write the Markdown summary (as the Action's job summary) to this file.",
        help: 'write the Markdown summary to this file',
    },
    {
        name: 'markdown-budget',
        path: 'review.markdownBudget',
        kind: 'text',
        value: 'summary|comment',
        section: 'review',
        worlds: ['cli', 'plugin'],
        default: 'summary',
        description: 'Size of the Markdown file: summary (1 MiB, a job summary) or comment (65,536 characters).',
        help: 'Markdown size: summary (1 MiB) or comment (65,536 characters)',
    },
    // ── Gates ──
    {
        name: 'fail-on-drift',
        path: 'gates.failOnDrift',
        kind: 'boolean',
        section: 'gates',
        default: 'false',
        description: 'true to fail the step when any resource drifted (after the report is sent).',
        help: 'fail when any resource drifted (after the report is sent)',
    },
    {
        name: 'fail-on-destroy',
        path: 'gates.failOnDestroy',
        kind: 'boolean',
        section: 'gates',
        default: 'false',
        description: 'true to fail the step when the plan destroys any resource, replacements included (after the report is sent).',
        help: 'fail when the plan destroys any resource, replacements included',
    },
    {
        name: 'fail-on-incomplete',
        path: 'gates.failOnIncomplete',
        kind: 'boolean',
        section: 'gates',
        default: 'false',
        description: 'true to fail the step (after the report is sent) when the report does not cover everything: an errored plan, failed, skipped or unplanned Terragrunt units, failed or missing matrix legs.',
        help: 'fail when the report is incomplete (failed plans, units or legs; missing legs)',
    },
    {
        name: 'max-monthly-cost-increase',
        path: 'gates.maxMonthlyCostIncrease',
        kind: 'text',
        value: 'amount',
        section: 'gates',
        description: 'Fail the step when the monthly cost rises by more than this amount (in the Infracost currency, for example 100 or 12.50). Needs an Infracost diff.',
        help: 'fail when the Infracost monthly diff exceeds this amount',
    },
    {
        name: 'fail-on-policy',
        path: 'gates.failOnPolicy',
        kind: 'text',
        value: 'error|warning',
        section: 'gates',
        description: "error or warning: fail the step (after the report is sent) when Harness's policy evaluation of the uploaded data answers that or worse.",
        help: "error or warning: fail when Harness's policy answer to the uploads is that or worse",
    },
    // ── Workspace data uploads (issue 14; upload-settings.ts) ──
    {
        name: 'plan-text',
        path: 'uploads.planText',
        kind: 'text',
        value: 'file',
        section: 'uploads',
        description: "Upload this human-readable plan (`terraform show -no-color tfplan` output) to the workspace as plan_human; its id becomes the event's plan_uuid. Needs the four pipeline ids.",
        help: 'terraform/tofu show -no-color output -> plan_human -> plan_uuid',
    },
    {
        name: 'plan-text-name',
        path: 'uploads.planTextName',
        kind: 'text',
        value: 'name',
        section: 'uploads',
        description: "File name of the plan text beside each Terragrunt unit's plan; each is uploaded with the unit's path as stack_path. Needs terragrunt-dir and the four pipeline ids.",
        help: "plan text file beside each Terragrunt unit's plan (stack_path = unit)",
    },
    {
        name: 'upload-infracost',
        path: 'uploads.infracost',
        kind: 'boolean',
        section: 'uploads',
        default: 'false',
        description: "true to upload the infracost file as cost_breakdown or cost_diff (by what it is), and each unit's project for a Terragrunt tree; ids go to cost_breakdown_uuid / cost_diff_uuid.",
        help: 'upload the --infracost file as cost_breakdown / cost_diff (and per unit)',
    },
    {
        name: 'upload-state',
        path: 'uploads.state',
        kind: 'text',
        value: 'file',
        section: 'uploads',
        description: 'Upload this state file as state_raw (state_uuid, state_checksum). State holds secrets: it is only streamed to Harness, never read otherwise or printed.',
        help: 'state file -> state_raw -> state_uuid, state_checksum (never printed)',
    },
    {
        name: 'upload-timeout',
        path: 'uploads.timeout',
        kind: 'text',
        value: 'seconds',
        section: 'uploads',
        default: '300',
        description: 'One deadline, in seconds, for all workspace data uploads of the run together; uploads not done by then are reported as not done (and `fail-on-policy` trips).',
        help: 'seconds for all workspace data uploads together',
    },
    {
        name: 'pipeline-id',
        path: 'uploads.pipeline.pipelineId',
        kind: 'text',
        value: 'id',
        section: 'uploads',
        env: { cli: ['HARNESS_PIPELINE_ID'], plugin: ['HARNESS_PIPELINE_ID'] },
        description: 'Harness pipeline id for the uploads (required by the data endpoint).',
        help: 'Harness pipeline id, required by any upload',
    },
    {
        name: 'stage-id',
        path: 'uploads.pipeline.stageId',
        kind: 'text',
        value: 'id',
        section: 'uploads',
        env: { cli: ['HARNESS_STAGE_ID'], plugin: ['HARNESS_STAGE_ID'] },
        description: 'Harness stage id for the uploads.',
        help: 'Harness stage id, required by any upload',
    },
    {
        name: 'pipeline-execution-id',
        path: 'uploads.pipeline.pipelineExecutionId',
        kind: 'text',
        value: 'id',
        section: 'uploads',
        env: { cli: ['HARNESS_EXECUTION_ID'], plugin: ['HARNESS_EXECUTION_ID'] },
        endpoint: 'pipeline_execution_id',
        description: 'Harness pipeline execution id for the uploads.',
        help: 'pipeline execution id, required by any upload',
    },
    {
        name: 'pipeline-stage-id',
        path: 'uploads.pipeline.pipelineStageId',
        kind: 'text',
        value: 'id',
        section: 'uploads',
        endpoint: 'pipeline_stage_execution_id',
        description: 'Harness stage execution id for the uploads.',
        help: 'the stage execution id, required by any upload',
    },
    // ── Partial reports: one CI leg of many (issue 13) ──
    {
        name: 'save-partial',
        path: 'savePartial',
        kind: 'text',
        value: 'file',
        section: 'partial',
        description: "Write this leg's partial report to this file (for a final job with `merge`) instead of sending; no Harness input is needed then. Upload it under a unique name per leg.",
        help: "write this leg's partial report; nothing is sent (unless --send)",
    },
    {
        name: 'leg',
        path: 'leg',
        kind: 'text',
        value: 'name',
        section: 'partial',
        description: "The leg's name in its partial report, for the merged summary (for example the matrix value). Default: the job id and the partial's file name.",
        help: "the leg's name in the partial (default: CI job/step and file name)",
    },
    {
        name: 'send',
        path: 'send',
        kind: 'boolean',
        section: 'partial',
        default: 'false',
        description: "true to also send this leg's own event with `save-partial` (one workspace per leg, merged with `comment-only`).",
        help: "with --save-partial, also send this leg's own event",
    },
    // ── Merge: the final job of a matrix (the CLI's `merge` command takes the partials as arguments) ──
    {
        name: 'merge',
        path: 'merge.partials',
        kind: 'list',
        value: 'file|glob',
        section: 'merge',
        worlds: ['action', 'plugin'],
        description: "Partial report files or globs (one per line or comma-separated) to merge into one event, one job summary and one comment. Set it in the final job that downloads the legs' partials.",
        help: 'partial report files or globs to merge into one event',
    },
    {
        name: 'comment-only',
        path: 'merge.commentOnly',
        kind: 'boolean',
        section: 'merge',
        default: 'false',
        description: 'With `merge`: the legs already sent to their own workspaces; write one comment and job summary over all of them, one section per workspace, and send nothing.',
        help: "with merge: one summary over many workspaces' legs; nothing sent",
    },
    {
        name: 'expect-legs',
        path: 'merge.expectLegs',
        kind: 'text',
        value: 'count',
        section: 'merge',
        description: 'With `merge`: how many legs the matrix has. Fewer partials make the event incomplete, and the summary says how many are missing.',
        help: 'with merge: legs expected; fewer make the event incomplete',
    },
    {
        name: 'allow-mixed',
        path: 'merge.allowMixed',
        kind: 'boolean',
        section: 'merge',
        default: 'false',
        description: 'With `merge`, true to accept partials of different workspaces or commits.',
        help: 'with merge: accept partials of different workspaces or commits',
    },
];
/** The rows a world offers, in table order. */
function settingsOf(world) {
    return SETTINGS.filter((setting) => (setting.worlds ?? WORLDS).includes(world));
}
/** The plugin setting key: `fail-on-drift` -> `fail_on_drift`. */
function pluginKey(setting) {
    return setting.name.replace(/-/g, '_');
}
/** The variable Harness sets for a plugin setting: `PLUGIN_FAIL_ON_DRIFT`. */
function pluginVariable(setting) {
    return `PLUGIN_${pluginKey(setting).toUpperCase()}`;
}
/** The row whose path is `path` or holds it (`plans.0` -> plans). */
function settingAt(path, world) {
    const rows = world === undefined ? SETTINGS : settingsOf(world);
    return rows.find((setting) => path === setting.path || path.startsWith(`${setting.path}.`));
}
/**
 * The one boolean grammar for text values (Action inputs, plugin settings): `true` / `false` in
 * any letter case. Undefined for anything else (`yes`, `1`, `on` are more likely mistakes).
 */
function parseBooleanText(value) {
    const lower = value.toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    return undefined;
}
/** Several files or globs in one value: comma-joined (Harness lists) or one a line (YAML blocks). */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** Sets `value` at a dotted path (`gates.failOnDrift`) of a plain object, creating the levels. */
function setPath(into, dotted, value) {
    const keys = dotted.split('.');
    let node = into;
    for (const key of keys.slice(0, -1)) {
        node[key] ??= {};
        node = node[key];
    }
    node[keys[keys.length - 1]] = value;
}
/** The value at a dotted path of a plain object, or undefined. */
function getPath(from, dotted) {
    let node = from;
    for (const key of dotted.split('.')) {
        if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key))
            return undefined;
        node = node[key];
    }
    return node;
}
/** How each world names a setting in messages (for describeError and config errors). */
const SETTING_NAMES = {
    cli: (path) => {
        const setting = settingAt(path, 'cli');
        if (setting === undefined)
            return undefined;
        const env = setting.env?.cli ?? [];
        return [`--${setting.name}`, ...env].join(' / ');
    },
    action: (path) => {
        const setting = settingAt(path, 'action');
        return setting === undefined ? undefined : `input "${setting.name}"`;
    },
    plugin: (path) => {
        // Inside a stage the service URL comes with the stage, not from a setting.
        if (path === 'connection.serviceUrl')
            return 'PLUGIN_ENDPOINT_VARIABLES.base_url';
        const setting = settingAt(path, 'plugin');
        if (setting === undefined)
            return undefined;
        const sources = [pluginVariable(setting), ...(setting.env?.plugin ?? [])];
        return `settings.${pluginKey(setting)} (${sources.join(', ')})`;
    },
};


/***/ }),

/***/ 8806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ readCiContext)
});

// UNUSED EXPORTS: stripCredentials

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/context/local-git.ts
/** Best-effort metadata from the git checkout the tool runs in; silent when there is none. */


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, timeout: 3000, windowsHide: true });
        const text = stdout.trim();
        return text === '' ? undefined : text;
    }
    catch {
        return undefined;
    }
}
/**
 * `sha`: the commit to describe when the CI already named one (its message is read from git).
 * The three questions go to git at once (one round of processes, the commit and its message from
 * one `git log` when no sha is given): spawning git is most of a dry run's start-up.
 */
async function localGitContext(cwd, sha) {
    const [logged, branch, remote] = await Promise.all([
        sha === undefined
            ? git(cwd, ['log', '-1', '--format=%H%x00%s', 'HEAD'])
            : git(cwd, ['log', '-1', '--format=%s', sha]),
        git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
        git(cwd, ['config', '--get', 'remote.origin.url']),
    ]);
    let commit = sha;
    let message = logged;
    if (sha === undefined) {
        if (logged === undefined)
            return {};
        const cut = logged.indexOf('\0');
        commit = cut < 0 ? logged : logged.slice(0, cut);
        message = cut < 0 ? undefined : logged.slice(cut + 1) || undefined;
    }
    if (!commit)
        return {};
    return {
        git_commit_sha: commit,
        git_branch: branch === 'HEAD' ? undefined : branch,
        git_commit_message: message,
        git_repo: remote,
    };
}

;// CONCATENATED MODULE: ./src/context/read-ci-context.ts
/**
 * Git and pipeline metadata for the event, from the environment the run is in: GitHub Actions,
 * a Harness pipeline (HARNESS_* / DRONE_* / CI_*), else the local git checkout, else nothing.
 * Only identifiers and names: no tokens (credentials in remote URLs are stripped).
 */


/** Commit messages can be long; the event only needs enough to recognise the commit. */
const MAX_MESSAGE = 1000;
async function readCiContext(env, cwd) {
    const ci = env['GITHUB_ACTIONS'] === 'true' ? await githubContext(env) : harnessContext(env);
    // Fill what the CI did not say from the checkout we are running in (best effort).
    if (!ci.git_commit_sha || !ci.git_branch || !ci.git_repo || !ci.git_commit_message) {
        const local = await localGitContext(cwd, ci.git_commit_sha);
        for (const key of ['git_branch', 'git_commit_sha', 'git_repo', 'git_commit_message']) {
            ci[key] ??= local[key];
        }
    }
    return clean(ci);
}
async function githubContext(env) {
    const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
    const repo = env['GITHUB_REPOSITORY'];
    const runId = env['GITHUB_RUN_ID'];
    const payload = await readEventPayload(env['GITHUB_EVENT_PATH']);
    const pull = asRecord(payload['pull_request']);
    const head = asRecord(pull['head']);
    const headCommit = asRecord(payload['head_commit']);
    const trigger = { source: 'github-actions' };
    putDefined(trigger, 'event', env['GITHUB_EVENT_NAME']);
    putDefined(trigger, 'actor', env['GITHUB_ACTOR']);
    if (repo && runId)
        trigger['run_url'] = `${server}/${repo}/actions/runs/${runId}`;
    if (typeof pull['number'] === 'number')
        trigger['pull_request'] = pull['number'];
    return {
        // On pull requests GITHUB_SHA is a merge commit nobody pushed: report the head commit.
        git_commit_sha: stringOr(head['sha']) ?? env['GITHUB_SHA'],
        git_branch: env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'],
        git_repo: repo ? `${server}/${repo}` : undefined,
        git_commit_message: stringOr(headCommit['message']),
        pipeline: env['GITHUB_WORKFLOW_REF'] ?? env['GITHUB_WORKFLOW'],
        pipeline_name: env['GITHUB_WORKFLOW'],
        pipeline_execution_id: runId,
        pipeline_execution_number: env['GITHUB_RUN_NUMBER'],
        pipeline_stage_id: env['GITHUB_JOB'],
        trigger,
    };
}
function harnessContext(env) {
    const pick = (...names) => names.map((n) => env[n]).find((v) => !!v);
    const context = {
        git_commit_sha: pick('DRONE_COMMIT_SHA', 'CI_COMMIT_SHA', 'DRONE_COMMIT'),
        git_branch: pick('DRONE_SOURCE_BRANCH', 'DRONE_COMMIT_BRANCH', 'CI_COMMIT_BRANCH'),
        git_commit_message: pick('DRONE_COMMIT_MESSAGE', 'CI_COMMIT_MESSAGE'),
        git_repo: pick('DRONE_REPO_LINK', 'CI_REPO_LINK', 'DRONE_REPO', 'CI_REPO'),
        pipeline: pick('HARNESS_PIPELINE_ID'),
        pipeline_name: pick('HARNESS_PIPELINE_NAME', 'HARNESS_PIPELINE_ID'),
        pipeline_execution_id: pick('HARNESS_EXECUTION_ID'),
        pipeline_execution_number: pick('HARNESS_BUILD_ID', 'DRONE_BUILD_NUMBER', 'CI_BUILD_NUMBER'),
        pipeline_stage_id: pick('HARNESS_STAGE_ID', 'DRONE_STAGE_NAME'),
    };
    if (context.pipeline || context.pipeline_execution_id || env['DRONE_BUILD_LINK']) {
        const trigger = { source: 'harness' };
        putDefined(trigger, 'event', pick('DRONE_BUILD_EVENT', 'CI_BUILD_EVENT'));
        putDefined(trigger, 'build_link', pick('DRONE_BUILD_LINK', 'CI_BUILD_LINK'));
        context.trigger = trigger;
    }
    return context;
}
async function readEventPayload(path) {
    if (!path)
        return {};
    try {
        return asRecord(JSON.parse(await (0,promises_.readFile)(path, 'utf8')));
    }
    catch {
        return {}; // The event file is context, not input: a missing or odd one is not worth failing for.
    }
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function stringOr(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function putDefined(into, key, value) {
    if (value)
        into[key] = value;
}
/** Drop empty fields, cap the message, strip credentials from URLs. */
function clean(context) {
    const out = {};
    for (const [key, value] of Object.entries(context)) {
        if (value === undefined || value === '')
            continue;
        out[key] = value;
    }
    if (out.git_commit_message && out.git_commit_message.length > MAX_MESSAGE) {
        out.git_commit_message = `${out.git_commit_message.slice(0, MAX_MESSAGE - 1)}…`;
    }
    if (out.git_repo)
        out.git_repo = stripCredentials(out.git_repo);
    return out;
}
/** `https://user:token@host/x` -> `https://host/x`; scp-like `git@host:x` is left as it is. */
function stripCredentials(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   mM: () => (/* binding */ wordSettings),
/* harmony export */   w5: () => (/* binding */ EXIT_FAILURE),
/* harmony export */   yE: () => (/* binding */ settingRef),
/* harmony export */   yt: () => (/* binding */ EXIT_BAD_INPUT)
/* harmony export */ });
/* unused harmony exports settingsIn, IacmError */
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8763);
/**
 * The project's own errors. Every failure a person can act on is one of these, with a stable
 * `code` (for scripts and tests) and the process exit code it maps to. Entry points print
 * `message` as one line and never a stack trace.
 */

/** Exit codes shared by the CLI, the Action and the plugin. */
const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_BAD_INPUT = 2;
/**
 * A setting named in a message, as data: `{setting:terragruntDir}` (the config path). Lower layers
 * never spell a flag, input or plugin setting; each entry words the reference for its world with
 * describeError(error, nameOf) (`--terragrunt-dir`, input "terragrunt-dir", settings.terragrunt_dir).
 */
function settingRef(path) {
    return `{setting:${path}}`;
}
const SETTING_REF = /\{setting:([A-Za-z0-9_.]+)\}/g;
/** The config paths a message refers to, in order. */
function settingsIn(template) {
    return [...template.matchAll(SETTING_REF)].map((match) => match[1]);
}
/** A name any reader understands when no world is known: `the terragrunt-dir setting`. */
function neutralName(path) {
    const last = path.split('.').pop() ?? path;
    return `the ${last.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} setting`;
}
/** Replaces each `{setting:path}` with its name in one world (or the neutral name). */
function wordSettings(template, nameOf) {
    return template.replace(SETTING_REF, (_, path) => nameOf?.(path) ?? neutralName(path));
}
class IacmError extends Error {
    /** The message as written, setting references unworded; `message` words them neutrally. */
    template;
    /** Config paths of the settings at fault or to use (from the template), for entries and scripts. */
    settings;
    constructor(template, options) {
        super(wordSettings(template), options);
        this.template = template;
        this.settings = settingsIn(template);
    }
    get name() {
        return this.constructor.name;
    }
}
/** A file we were given cannot be used. Exit 2. */
class InputError extends IacmError {
    code;
    file;
    detail;
    offset;
    exitCode = EXIT_BAD_INPUT;
    constructor(code, 
    /** The file (or glob, or directory) the problem is in, as the user named it. */
    file, 
    /** What is wrong, and where possible what to do; no file name (it is added). */
    detail, 
    /** Byte offset of the problem in the file, when there is one. */
    offset, options) {
        super(`${file}${offset === undefined ? '' : ` (byte ${offset})`}: ${detail}`, options);
        this.code = code;
        this.file = file;
        this.detail = detail;
        this.offset = offset;
    }
}
/** Flags, inputs or settings that do not make sense together. Exit 2. */
class UsageError extends IacmError {
    code;
    exitCode = EXIT_BAD_INPUT;
    constructor(message, code = 'USAGE', options) {
        super(message, options);
        this.code = code;
    }
}
/** A call to the Harness API failed for good. Exit 1. */
class ApiError extends IacmError {
    code;
    status;
    serverMessage;
    exitCode = EXIT_FAILURE;
    constructor(code, message, 
    /** HTTP status, when the server answered. */
    status, options, 
    /** What the server's error body said (its `message`), when it said something. */
    serverMessage) {
        // Messages quote servers, proxies and headers: cleaned of escape sequences and control
        // characters here, once, so every place that prints one prints it plain.
        super((0,_plain_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(message), options);
        this.code = code;
        this.status = status;
        this.serverMessage = serverMessage;
    }
}
/**
 * One line for a person: our errors worded for the caller's world (`nameOf` names the settings a
 * message refers to), anything else without its stack. Messages quote
 * file names and servers' words, which can hold line breaks and terminal escape sequences (a unit
 * folder named to recolour or clear a CI log): those are removed, so the line stays one plain line.
 */
function describeError(error, nameOf) {
    if (error instanceof IacmError)
        return (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(nameOf ? wordSettings(error.template, nameOf) : error.message);
    if (error instanceof Error)
        return (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(`unexpected error: ${error.message}`);
    return (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(`unexpected error: ${String(error)}`);
}
function exitCodeOf(error) {
    return error instanceof IacmError ? error.exitCode : EXIT_FAILURE;
}


/***/ }),

/***/ 1949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ createForgeHttp),
/* harmony export */   Q8: () => (/* binding */ ForgeError)
/* harmony export */ });
/* unused harmony exports FORGE_DEFAULTS, scrub, retryAfterMs */
/* harmony import */ var _http_undici_base_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8602);
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8763);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1013);
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



const FORGE_DEFAULTS = {
    deadlineMs: 60_000,
    tryTimeoutMs: 15_000,
    maxAttempts: 3,
    maxResponseBytes: 16 * 1024 * 1024,
    baseDelayMs: 1_000,
};
const MAX_ERROR_BYTES = 64 * 1024;
/** GitHub's secondary rate limit and GitLab's throttle say when to come back. */
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
/** A failed forge call, worded without the token; `status` for an HTTP answer. */
class ForgeError extends Error {
    code;
    status;
    constructor(message, code, status, options) {
        super(message, options);
        this.code = code;
        this.status = status;
        this.name = 'ForgeError';
    }
}
/** The forge's own headers: GitHub's Bearer and API version, GitLab's PRIVATE-TOKEN. */
function forgeHeaders(forge, token) {
    const common = { 'user-agent': `${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORTER_NAME */ .U}/${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x}`, 'content-type': 'application/json' };
    if (forge === 'gitlab')
        return { ...common, accept: 'application/json', 'private-token': token };
    return {
        ...common,
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'x-github-api-version': '2022-11-28',
    };
}
/** Without the token (as given and percent-encoded), one line, bounded. */
function scrub(text, token) {
    let out = text;
    for (const form of [token, encodeURIComponent(token)]) {
        if (form.length >= 4)
            out = out.split(form).join('[REDACTED]');
    }
    const line = (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(out);
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
function headerMap(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
/** `retry-after` in seconds or an HTTP date, or GitHub's `x-ratelimit-reset` (epoch seconds). */
function retryAfterMs(headers, now = Date.now()) {
    const after = headers['retry-after'];
    if (after !== undefined) {
        const seconds = Number(after);
        if (Number.isFinite(seconds))
            return Math.max(0, seconds * 1000);
        const date = Date.parse(after);
        if (Number.isFinite(date))
            return Math.max(0, date - now);
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
function forgeWords(text) {
    return (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipMiddle */ .e9)((0,_plain_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(text).trim(), 200);
}
/** What a forge's error answer says (`message`, GitLab's `message: {note: [...]}`, `error`). */
function serverMessage(text) {
    try {
        const json = JSON.parse(text);
        const message = json.message ?? json.error;
        if (typeof message === 'string')
            return message;
        if (message !== undefined)
            return JSON.stringify(message);
    }
    catch {
        // not JSON: the text itself
    }
    return text;
}
async function createForgeHttp(options) {
    const settings = { ...FORGE_DEFAULTS, ...stripUndefined(options) };
    const label = options.forge === 'gitlab' ? 'GitLab API' : 'GitHub API';
    const root = new URL(options.baseUrl.replace(/\/+$/, '') + '/');
    const headers = forgeHeaders(options.forge, options.token);
    let dispatcher = await (0,_http_undici_base_js__WEBPACK_IMPORTED_MODULE_2__/* .proxyDispatcher */ .q9)(options.env ?? {});
    const { request } = await (0,_http_undici_base_js__WEBPACK_IMPORTED_MODULE_2__/* .loadUndici */ .b7)();
    let started;
    function urlOf(path) {
        if (/^https?:\/\//.test(path)) {
            const url = new URL(path);
            // A pagination link to another host would carry the token there: refused.
            if (url.origin !== root.origin)
                throw new ForgeError(`${label}: a link left ${root.host}`, 'FORGE_RESPONSE');
            return url;
        }
        return new URL(path.replace(/^\/+/, ''), root);
    }
    async function once(method, url, body, timeoutMs) {
        const controller = new AbortController();
        const exchange = (async () => {
            const res = await request(url, { method, headers, body, dispatcher, signal: controller.signal });
            const ok = res.statusCode >= 200 && res.statusCode < 300;
            const limit = ok ? settings.maxResponseBytes : MAX_ERROR_BYTES;
            const { text, cut } = await (0,_http_undici_base_js__WEBPACK_IMPORTED_MODULE_2__/* .readCapped */ .EF)(res.body, limit);
            // An error answer is read in part (its start says enough); a 2xx must be whole.
            if (cut && ok) {
                return {
                    failure: new ForgeError(`${label} ${method} ${url.host}${url.pathname}: the answer is larger than ${limit} bytes`, 'FORGE_RESPONSE'),
                    refused: false,
                };
            }
            let json = undefined;
            if (ok && text.trim() !== '') {
                try {
                    json = JSON.parse(text);
                }
                catch (error) {
                    return {
                        failure: new ForgeError(`${label} ${method} ${url.host}${url.pathname}: an answer that is not JSON`, 'FORGE_RESPONSE', undefined, { cause: error }),
                        refused: false,
                    };
                }
            }
            return { response: { status: res.statusCode, headers: headerMap(res.headers), json }, text };
        })().catch((error) => {
            const code = error.code ??
                error.cause?.code;
            const detail = scrub(error instanceof Error ? error.message : String(error), options.token);
            return {
                failure: new ForgeError(`${label} ${method} ${url.host}${url.pathname}: ${code ?? detail}`, 'FORGE_NETWORK', undefined, { cause: error }),
                refused: code === 'ECONNREFUSED',
            };
        });
        const outcome = await (0,_http_undici_base_js__WEBPACK_IMPORTED_MODULE_2__/* .raceDeadline */ .cR)(exchange, timeoutMs);
        if (outcome !== 'deadline')
            return outcome;
        controller.abort();
        const stuck = dispatcher;
        dispatcher = await (0,_http_undici_base_js__WEBPACK_IMPORTED_MODULE_2__/* .proxyDispatcher */ .q9)(options.env ?? {});
        void stuck.destroy().catch(() => undefined);
        return {
            failure: new ForgeError(`${label} ${method} ${url.host}${url.pathname}: no answer within ${Number((timeoutMs / 1000).toFixed(1))} s`, 'FORGE_TIMEOUT'),
            refused: false,
        };
    }
    async function call(method, path, opts = {}) {
        started ??= Date.now();
        const url = urlOf(path);
        const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
        const where = `${label} ${method} ${url.host}${url.pathname}`;
        let last;
        for (let attempt = 1;; attempt++) {
            const remaining = settings.deadlineMs - (Date.now() - started);
            if (remaining <= 0) {
                const deadline = `the ${settings.deadlineMs / 1000} s deadline (forge-timeout) passed`;
                const message = last === undefined ? `${where}: ${deadline}` : `${last.message}; ${deadline}`;
                throw new ForgeError(message, 'FORGE_TIMEOUT', last?.status);
            }
            const outcome = await once(method, url, body, Math.min(settings.tryTimeoutMs, remaining));
            let wait;
            if ('response' in outcome) {
                const { status } = outcome.response;
                if ((status >= 200 && status < 300) || opts.accept?.includes(status))
                    return outcome.response;
                const hinted = retryAfterMs(outcome.response.headers);
                const retryable = RETRYABLE_STATUS.has(status) || (status === 403 && hinted !== undefined);
                const error = new ForgeError(`${where}: HTTP ${status} (${forgeWords(scrub(serverMessage(outcome.text), options.token)) || 'no message'})`, 'FORGE_HTTP', status);
                if (!retryable || method === 'POST' || attempt >= settings.maxAttempts)
                    throw error;
                last = error;
                wait = hinted;
                const left = settings.deadlineMs - (Date.now() - started);
                if (wait !== undefined && wait >= left)
                    throw error;
            }
            else {
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
function stripUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 9004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ defaultCommentKey),
/* harmony export */   Lg: () => (/* binding */ runLinkOf),
/* harmony export */   Sj: () => (/* binding */ tokenVariable),
/* harmony export */   Uw: () => (/* binding */ apiRootOfLink),
/* harmony export */   hM: () => (/* binding */ forgeTarget)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Which pull or merge request a run belongs to, read from the CI's variables:
 * - GitHub Actions: the event file (`pull_request.number`, `pull_request.head.sha`: the head, not
 *   the merge commit in GITHUB_SHA), GITHUB_API_URL;
 * - GitLab CI (merge request pipelines): CI_MERGE_REQUEST_IID, CI_PROJECT_ID, CI_API_V4_URL;
 * - Harness CI and Drone: DRONE_PULL_REQUEST, DRONE_REPO, DRONE_REPO_LINK, DRONE_COMMIT_SHA. The
 *   link's host tells the forge (github.com; a host naming gitlab; else a `forge` setting says)
 *   and the API root: `https://api.github.com`, `https://HOST/api/v3` (GitHub Enterprise Server),
 *   `https://HOST[/prefix]/api/v4` (GitLab). That mapping is our inference from the forges' docs.
 * A `forge` or `forge-url` setting wins over what the CI says.
 */

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
function set(env, name) {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
}
function positive(text) {
    return text !== undefined && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}
async function fromGitHubActions(env, settings) {
    const event = env['GITHUB_EVENT_NAME'] ?? '';
    if (!PR_EVENTS.has(event))
        return { skip: `not a pull_request event (${event || 'unknown'})` };
    const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    const path = env['GITHUB_EVENT_PATH'];
    if (!owner || !repo || !path)
        return { skip: 'GITHUB_REPOSITORY or GITHUB_EVENT_PATH is not set' };
    let payload;
    try {
        payload = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch (error) {
        return {
            skip: `the event file could not be read (${error.code ?? 'not JSON'})`,
        };
    }
    const number = payload.pull_request?.number;
    if (typeof number !== 'number')
        return { skip: 'the event has no pull_request number' };
    const sha = payload.pull_request?.head?.sha;
    return {
        forge: 'github',
        apiUrl: settings.forgeUrl ?? set(env, 'GITHUB_API_URL') ?? 'https://api.github.com',
        repo: { owner, repo },
        number,
        headSha: typeof sha === 'string' ? sha : undefined,
    };
}
function fromGitLabCi(env, settings) {
    const iid = positive(set(env, 'CI_MERGE_REQUEST_IID'));
    if (iid === undefined)
        return { skip: 'not a merge request pipeline (CI_MERGE_REQUEST_IID is not set)' };
    const project = set(env, 'CI_MERGE_REQUEST_PROJECT_ID') ?? set(env, 'CI_PROJECT_ID');
    const apiUrl = settings.forgeUrl ?? set(env, 'CI_API_V4_URL');
    if (project === undefined || apiUrl === undefined)
        return { skip: 'CI_PROJECT_ID or CI_API_V4_URL is not set' };
    return {
        forge: 'gitlab',
        apiUrl,
        project,
        iid,
        headSha: set(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_SHA') ?? set(env, 'CI_COMMIT_SHA'),
    };
}
/**
 * The forge and API root of a repository's web link (DRONE_REPO_LINK): github.com, a host naming
 * gitlab, else what the `forge` setting says; `https://api.github.com`, `https://HOST/api/v3`
 * (GitHub Enterprise Server) or `https://HOST[/prefix]/api/v4` (GitLab, which may live under a
 * path). Our inference from the forges' docs; `forge-url` wins.
 */
function apiRootOfLink(link, slug, settings) {
    let url;
    try {
        url = new URL(link);
    }
    catch {
        return { skip: 'DRONE_REPO_LINK is not a URL' };
    }
    const host = url.hostname.toLowerCase();
    const forge = settings.forge ?? (host === 'github.com' ? 'github' : /gitlab/.test(host) ? 'gitlab' : undefined);
    if (forge === undefined) {
        return {
            skip: `the repository host ${host} is neither github.com nor a GitLab host: set forge (github or gitlab)`,
        };
    }
    const pathname = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
    const prefix = slug !== '' && pathname.endsWith(`/${slug}`) ? pathname.slice(0, -slug.length - 1) : '';
    if (settings.forgeUrl !== undefined)
        return { forge, apiUrl: settings.forgeUrl };
    if (forge === 'gitlab')
        return { forge, apiUrl: `${url.origin}${prefix}/api/v4` };
    return {
        forge,
        apiUrl: host === 'github.com' ? 'https://api.github.com' : `${url.origin}${prefix}/api/v3`,
    };
}
function fromDrone(env, settings) {
    const number = positive(set(env, 'DRONE_PULL_REQUEST'));
    if (number === undefined)
        return { skip: 'not a pull request build (DRONE_PULL_REQUEST is not set)' };
    const slug = set(env, 'DRONE_REPO');
    const link = set(env, 'DRONE_REPO_LINK');
    if (slug === undefined || link === undefined)
        return { skip: 'DRONE_REPO or DRONE_REPO_LINK is not set' };
    const root = apiRootOfLink(link, slug, settings);
    if ('skip' in root)
        return root;
    const headSha = set(env, 'DRONE_COMMIT_SHA');
    if (root.forge === 'gitlab')
        return { forge: 'gitlab', apiUrl: root.apiUrl, project: slug, iid: number, headSha };
    const [owner, repo] = slug.split('/');
    if (!owner || !repo)
        return { skip: `DRONE_REPO (${slug}) is not owner/name` };
    return { forge: 'github', apiUrl: root.apiUrl, repo: { owner, repo }, number, headSha };
}
/** The request this run reports on, or why there is none. */
async function forgeTarget(env, settings = {}) {
    let target;
    if (env['GITHUB_ACTIONS'] === 'true')
        target = await fromGitHubActions(env, settings);
    else if (env['GITLAB_CI'] === 'true' || set(env, 'CI_MERGE_REQUEST_IID') !== undefined)
        target = fromGitLabCi(env, settings);
    else if (set(env, 'DRONE_PULL_REQUEST') !== undefined ||
        env['DRONE'] === 'true' ||
        env['HARNESS_BUILD_ID'] !== undefined)
        target = fromDrone(env, settings);
    else
        return { skip: 'no pull or merge request in this CI (GitHub Actions, GitLab CI, Harness CI or Drone)' };
    if ('forge' in target && settings.forge !== undefined && target.forge !== settings.forge) {
        return { skip: `forge is ${settings.forge}, but this CI builds a ${target.forge} request` };
    }
    return target;
}
/** The variable a token is read from when no setting gives one. */
function tokenVariable(forge) {
    return forge === 'gitlab' ? 'GITLAB_TOKEN' : 'GITHUB_TOKEN';
}
/** The default comment key: the CI's pipeline and job names, so each job keeps its own comment. */
function defaultCommentKey(env) {
    if (env['GITHUB_ACTIONS'] === 'true')
        return `${env['GITHUB_WORKFLOW'] ?? 'workflow'}/${env['GITHUB_JOB'] ?? 'job'}`;
    if (env['GITLAB_CI'] === 'true')
        return `gitlab/${env['CI_JOB_NAME'] ?? 'job'}`;
    const stage = env['DRONE_STAGE_NAME'] ?? env['HARNESS_STAGE_ID'];
    const step = env['DRONE_STEP_NAME'] ?? env['HARNESS_STEP_ID'];
    if (stage !== undefined || step !== undefined)
        return `${stage ?? 'stage'}/${step ?? 'step'}`;
    return 'iacm-report';
}
/** The CI run's page, for a comment written when no report could be built. */
function runLinkOf(env) {
    const server = set(env, 'GITHUB_SERVER_URL');
    const repo = set(env, 'GITHUB_REPOSITORY');
    const id = set(env, 'GITHUB_RUN_ID');
    const link = server !== undefined && repo !== undefined && id !== undefined
        ? `${server}/${repo}/actions/runs/${id}`
        : (set(env, 'CI_JOB_URL') ?? set(env, 'CI_PIPELINE_URL') ?? set(env, 'DRONE_BUILD_LINK'));
    return link !== undefined && /^https?:\/\/[^\s<>()[\]`]+$/.test(link) ? link : undefined;
}


/***/ }),

/***/ 8602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   b7: () => (/* binding */ loadUndici),
/* harmony export */   cR: () => (/* binding */ raceDeadline),
/* harmony export */   q9: () => (/* binding */ proxyDispatcher)
/* harmony export */ });
let undici;
/**
 * undici, loaded on first use: it is half of each bundle and its start-up (~40 ms, measured with
 * the CLI on a small plan) would be paid by every run, dry runs and runs that fail before sending
 * included. The bundler splits it into a chunk file beside index.js.
 */
function loadUndici() {
    undici ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
    return undici;
}
function firstSet(env, names) {
    return names.map((name) => env[name]?.trim()).find((value) => value !== undefined && value !== '');
}
/**
 * A plain Agent, or EnvHttpProxyAgent when proxy variables are set (undici's error when one is not
 * a usable URL: its message may quote the URL, credentials and all). Unset values are passed as ''
 * so undici does not fall back to process.env behind our back.
 */
async function proxyDispatcher(env, connect) {
    const { Agent, EnvHttpProxyAgent } = await loadUndici();
    const httpsProxy = firstSet(env, ['https_proxy', 'HTTPS_PROXY']);
    const httpProxy = firstSet(env, ['http_proxy', 'HTTP_PROXY']);
    if (httpsProxy === undefined && httpProxy === undefined)
        return new Agent(connect ? { connect } : {});
    return new EnvHttpProxyAgent({
        ...(connect ? { connect } : {}),
        httpProxy: httpProxy ?? '',
        httpsProxy: httpsProxy ?? '',
        noProxy: firstSet(env, ['no_proxy', 'NO_PROXY']) ?? '',
    });
}
/**
 * Reads a body up to `limit` bytes. Past it the rest is not read (the stream is destroyed), so a
 * server or proxy that streams without end costs `limit` bytes of memory, not gigabytes.
 */
async function readCapped(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        const room = limit - size;
        if (chunk.length > room) {
            if (room > 0)
                chunks.push(Buffer.from(chunk.subarray(0, room)));
            body.destroy?.();
            return { text: Buffer.concat(chunks).toString('utf8'), cut: true };
        }
        chunks.push(Buffer.from(chunk));
        size += chunk.length;
    }
    return { text: Buffer.concat(chunks).toString('utf8'), cut: false };
}
/** `work`'s result, or 'deadline' once `ms` have passed first (the timer is cleared either way). */
async function raceDeadline(work, ms) {
    let timer;
    const deadline = new Promise((resolve) => {
        timer = setTimeout(() => resolve('deadline'), ms);
    });
    try {
        return await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 9995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ boundedMap)
/* harmony export */ });
/**
 * `items.map(fn)` with at most `limit` calls in flight: reading 2,000 unit plans at once would
 * open 2,000 files together (EMFILE on small ulimits) for no gain over a few at a time.
 */
/**
 * Runs every item, even after a failure, so the failures reported are the same on every run
 * whatever order the calls finish in. `onDone(done)` is called after each item settles.
 */
async function boundedMap(items, limit, fn, onDone) {
    const values = new Array(items.length).fill(undefined);
    const errors = [];
    let next = 0;
    let done = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            try {
                values[index] = await fn(items[index], index);
            }
            catch (error) {
                errors.push({ index, error });
            }
            done++;
            onDone?.(done);
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    errors.sort((a, b) => a.index - b.index);
    return { values, errors };
}


/***/ }),

/***/ 867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ expandInputs),
/* harmony export */   L: () => (/* binding */ dedupeByIdentity)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _input_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6572);
/* harmony import */ var _path_match_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9966);
/* harmony import */ var _walk_folders_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3920);







async function expandInputs(patterns, cwd, what, 
/** `links: true`: a glob also matches symbolic links (the reader follows or refuses each by name). */
options = {}) {
    const files = [];
    const seen = new Set();
    for (const pattern of patterns) {
        for (const file of await expandOne(pattern, cwd, what, options.links === true)) {
            if (!seen.has(file)) {
                seen.add(file);
                files.push(file);
            }
        }
    }
    return files;
}
/**
 * Drops files named twice in other words (`p.json`, `./p.json`, an absolute path, a link to it):
 * identity is the device and inode the name leads to, so one file is counted once. Returns the
 * files kept, in order, and one warning per file dropped. Names that cannot be stat'ed (the reader
 * reports them) and standard input are kept as they are.
 */
async function dedupeByIdentity(files, cwd, what) {
    const kept = [];
    const warnings = [];
    const seen = new Map();
    for (const file of files) {
        const info = (0,_input_file_js__WEBPACK_IMPORTED_MODULE_3__/* .isStdinName */ .I0)(file)
            ? undefined
            : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file), { bigint: true }).catch(() => undefined);
        if (info === undefined) {
            kept.push(file);
            continue;
        }
        const id = `${info.dev}:${info.ino}`;
        const first = seen.get(id);
        if (first !== undefined) {
            warnings.push(`${file}: the same file as ${first}; the ${what} is read and counted once`);
            continue;
        }
        seen.set(id, file);
        kept.push(file);
    }
    return { files: kept, warnings };
}
/**
 * The usual reason a plan file is missing is that the step before failed (`terraform plan` exits
 * non-zero, so `terraform show -json` never runs): say so, as this line is what the pull request's
 * 🛑 comment shows.
 */
function missingHint(what) {
    return what === 'plan' || what === 'drift'
        ? ' (did the plan step fail? `terraform show -json <planfile>` writes it)'
        : '';
}
async function expandOne(pattern, cwd, what, links) {
    // `-` and `/dev/stdin`: standard input, read as a stream (a pipe into the command).
    if ((0,_input_file_js__WEBPACK_IMPORTED_MODULE_3__/* .isStdinName */ .I0)(pattern))
        return [pattern];
    const scan = picomatch__WEBPACK_IMPORTED_MODULE_5___default().scan(pattern);
    let literal;
    try {
        literal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, pattern));
    }
    catch (error) {
        const code = error.code;
        // A glob is searched for below; a plain name that cannot be reached says why.
        if (!scan.isGlob) {
            const cause = { cause: error };
            if (code === 'ENOENT')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_NOT_FOUND', pattern, `no such ${what} file${missingHint(what)}`, undefined, cause);
            throw unreachable(pattern, code, what, cause);
        }
    }
    if (literal?.isDirectory()) {
        const hint = what === 'plan' ? ` (use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .settingRef */ .yE)('terragruntDir')} for a Terragrunt output tree)` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_UNREADABLE', pattern, `is a directory, not a ${what} JSON file${hint}`);
    }
    // A regular file, or standard input by name; a FIFO, device or socket is refused by the reader
    // (input-file.ts), which also says so when a link leads to one.
    if (literal !== undefined)
        return [pattern];
    const matches = expandGlob(pattern, scan, cwd, links);
    if (matches.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_NOT_FOUND', pattern, `the glob matches no ${what} file`);
    }
    return matches;
}
/** Why a path that exists (or may) cannot be reached, from the errno code of its stat. */
function unreachable(pattern, code, what, cause) {
    switch (code) {
        case 'EACCES':
        case 'EPERM':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_UNREADABLE', pattern, `permission denied: a folder on the path cannot be entered by this user (${code})`, undefined, cause);
        case 'ELOOP':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_UNREADABLE', pattern, 'a symbolic link loop is on the path', undefined, cause);
        case 'ENOTDIR':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_NOT_FOUND', pattern, `no such ${what} file: a part of the path before the last is a file, not a folder`, undefined, cause);
        case 'ENAMETOOLONG':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_NOT_FOUND', pattern, `no such ${what} file: the name is too long`, undefined, cause);
        default:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_UNREADABLE', pattern, `cannot be read (${code ?? 'error'})`, undefined, cause);
    }
}
/**
 * The regular files a glob matches: the folders before its first glob character are taken as
 * written (`./plans`, `../x`, `/abs`), everything below them is listed, to the glob's depth when it
 * has no `**`. Paths come out as fast-glob wrote them: the leading folders, then the path inside.
 */
function expandGlob(pattern, scan, cwd, links) {
    const head = scan.prefix + scan.base;
    const isMatch = (0,_walk_folders_js__WEBPACK_IMPORTED_MODULE_4__/* .globMatcher */ .fU)(scan.glob);
    // Every `/` of any alternative is a `/` of the glob: its segment count bounds the depth.
    const maxDepth = scan.glob.includes('**') ? Infinity : scan.glob.split('/').length;
    let entries;
    try {
        entries = (0,_walk_folders_js__WEBPACK_IMPORTED_MODULE_4__/* .walkFolders */ .x0)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, head === '' ? '.' : head), { maxDepth });
    }
    catch (error) {
        if (!(error instanceof _walk_folders_js__WEBPACK_IMPORTED_MODULE_4__/* .FolderReadError */ .BG))
            throw error;
        // The leading folders do not exist (or are a file): the glob matches nothing.
        if (error.isRoot && (error.code === 'ENOENT' || error.code === 'ENOTDIR'))
            return [];
        const why = error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied, ' : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_UNREADABLE', pattern, `cannot read folder ${error.folder}, which the glob must search (${why}${error.code})`, undefined, { cause: error });
    }
    const joint = head === '' || head.endsWith('/') ? head : `${head}/`;
    return entries
        .filter((entry) => (entry.kind === 'file' || (links && entry.kind === 'link')) && isMatch(entry.path))
        .map((entry) => joint + entry.path)
        .sort(_path_match_js__WEBPACK_IMPORTED_MODULE_6__/* .compareCodeUnits */ .UF);
}


/***/ }),

/***/ 6572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ MAX_JSON_FILE_BYTES),
/* harmony export */   I0: () => (/* binding */ isStdinName),
/* harmony export */   PM: () => (/* binding */ MAX_PIPED_PAYLOAD_BYTES),
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   bv: () => (/* binding */ readStream),
/* harmony export */   di: () => (/* binding */ MAX_PLAN_BYTES),
/* harmony export */   g$: () => (/* binding */ tooLarge),
/* harmony export */   lP: () => (/* binding */ sizeText),
/* harmony export */   lt: () => (/* binding */ openInput),
/* harmony export */   n_: () => (/* binding */ stdinChunks),
/* harmony export */   qY: () => (/* binding */ MAX_PAYLOAD_BYTES),
/* harmony export */   zS: () => (/* binding */ fileError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * Opening an input file (a plan, an Infracost output, a run report, a saved payload) so that no
 * file can hang or balloon the run: only regular files are read, or standard input when it is
 * named (`-`, `/dev/stdin`); a named pipe (FIFO) would block the open until a writer comes, and a
 * device (`/dev/zero`, `/dev/urandom`) never ends. A link is judged by what it points to.
 *
 * The check is made twice: `stat` before opening (a FIFO must not be opened blocking), then
 * `fstat` on the opened handle (the path may have been swapped in between; the open is
 * non-blocking, so a FIFO swapped in cannot hang it either). Regular files are also capped in
 * size, and every read counts bytes against the same cap (a file that grows, standard input).
 */



const GIB = 1024 * 1024 * 1024;
const MIB = 1024 * 1024;
/** Plans are streamed in flat memory; this bounds the time (about 20 s at the reader's pace). */
const MAX_PLAN_BYTES = 16 * GIB;
/** Infracost outputs and Terragrunt run reports are parsed whole. */
const MAX_JSON_FILE_BYTES = 256 * MIB;
/**
 * A saved event body (`send --payload`): as large as any body a report can build and spool (the
 * longest string V8 makes, 2^29 - 24 UTF-16 units, is at most 1.5 GiB of UTF-8), so whatever was
 * spooled can be sent (issue 23).
 */
const MAX_PAYLOAD_BYTES = 1536 * MIB;
/** A body piped in (`send --payload -`): no size is known up front, so an endless pipe stops early. */
const MAX_PIPED_PAYLOAD_BYTES = 64 * MIB;
/** Names that mean standard input. */
const STDIN_NAMES = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);
function isStdinName(path) {
    return STDIN_NAMES.has(path);
}
/** 17179869184 -> "16 GiB". */
function sizeText(bytes) {
    if (bytes >= GIB && bytes % GIB === 0)
        return `${bytes / GIB} GiB`;
    if (bytes >= MIB && bytes % MIB === 0)
        return `${bytes / MIB} MiB`;
    return `${bytes.toLocaleString('en-US')} bytes`;
}
function kindName(info) {
    if (info.isFile())
        return undefined;
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    return 'not a regular file';
}
function notRegular(label, kind) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_UNREADABLE', label, `is ${kind}, not a regular file: only regular files (or standard input, as /dev/stdin) are read; write the content to a file and give that`);
}
function tooLarge(label, maxBytes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_TOO_LARGE', label, `is larger than ${sizeText(maxBytes)}, the most this input may hold; check that it is the right file`);
}
/** An errno from stat/open as an InputError naming the file. */
async function fileError(error, path, label) {
    const code = error?.code;
    const cause = { cause: error };
    switch (code) {
        case 'ENOENT': {
            // A link whose target is gone says so: "no such file" would send the reader to the wrong place.
            const link = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined);
            return link?.isSymbolicLink()
                ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_NOT_FOUND', label, 'is a broken symbolic link (its target does not exist)', undefined, cause)
                : new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_NOT_FOUND', label, 'no such file', undefined, cause);
        }
        case 'EISDIR':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_UNREADABLE', label, 'is a directory, not a file', undefined, cause);
        case 'EACCES':
        case 'EPERM':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_UNREADABLE', label, 'permission denied', undefined, cause);
        case 'ELOOP':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_UNREADABLE', label, 'a symbolic link loop', undefined, cause);
        case 'ENXIO':
            return notRegular(label, 'a socket or a device without a reader');
        default:
            return code === undefined
                ? error
                : new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_UNREADABLE', label, `cannot be read (${code})`, undefined, cause);
    }
}
/**
 * Standard input as a stream of chunks (fd 0 is read directly: a pipe from a parent process may be
 * a socket, which cannot be opened again by path). A terminal is refused: nothing would arrive.
 */
function stdinChunks(label) {
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(0);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_UNREADABLE', label, `standard input cannot be read (${String(error)})`, undefined, {
            cause: error,
        });
    }
    if (info.isCharacterDevice()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('INPUT_UNREADABLE', label, 'standard input is a terminal or a device: pipe the file into it (… | iacm-report …)');
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)('', { fd: 0, autoClose: false, highWaterMark: 1024 * 1024 });
}
/**
 * Opens `path` for reading if it is a regular file of at most `maxBytes`. Throws InputError naming
 * `label` otherwise. Standard input is not opened here (see stdinChunks).
 */
async function openInput(path, label, maxBytes) {
    let before;
    try {
        before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    }
    catch (error) {
        throw await fileError(error, path, label);
    }
    checkRegular(before, label, maxBytes);
    let handle;
    try {
        // Non-blocking: if a FIFO took the file's place since the stat, the open still returns.
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        throw await fileError(error, path, label);
    }
    try {
        checkRegular(await handle.stat(), label, maxBytes);
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    return handle;
}
function checkRegular(info, label, maxBytes) {
    const kind = kindName(info);
    if (kind !== undefined)
        throw notRegular(label, kind);
    if (info.size > maxBytes)
        throw tooLarge(label, maxBytes);
}
/** The whole input, at most `maxBytes` (InputError INPUT_TOO_LARGE past it). */
async function readInput(path, label, maxBytes) {
    if (isStdinName(path))
        return readStream(stdinChunks(label), label, maxBytes);
    const handle = await openInput(path, label, maxBytes);
    try {
        const chunks = [];
        let size = 0;
        const buffer = Buffer.allocUnsafe(1024 * 1024);
        for (;;) {
            let bytesRead;
            try {
                ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
            }
            catch (error) {
                throw await fileError(error, path, label);
            }
            if (bytesRead === 0)
                break;
            size += bytesRead;
            if (size > maxBytes)
                throw tooLarge(label, maxBytes);
            chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
        }
        return Buffer.concat(chunks);
    }
    finally {
        await handle.close();
    }
}
/** Standard input handed in as a stream (the CLI's `io.stdin`), at most `maxBytes`. */
async function readStream(stream, label, maxBytes) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        if (size > maxBytes) {
            const it = stream;
            it.destroy?.();
            throw tooLarge(label, maxBytes);
        }
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 3652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g7: () => (/* binding */ decodeText),
  $g: () => (/* binding */ describeJsonValue),
  lk: () => (/* binding */ parseJsonText),
  gb: () => (/* binding */ readJsonText)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs/input-file.ts
var input_file = __webpack_require__(6572);
;// CONCATENATED MODULE: ./src/inputs/json-syntax.ts
/**
 * Where JSON text first breaks the grammar, as a person finds it (line and column), and what is
 * wrong there, in words that quote nothing of the text. JSON.parse's own messages quote the text
 * around the fault (`Unexpected token 'x', "…" is not valid JSON`), and the side files we read
 * (Infracost output, run reports, partial reports, payloads) may hold secrets; its "Unexpected
 * token" message gives no position at all. So after JSON.parse has refused a text, this walks it
 * once more: iteratively (a deep file cannot overflow the stack), accepting exactly what
 * JSON.parse accepts.
 */
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX = /^[0-9a-fA-F]{4}$/;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);
const LITERALS = ['true', 'false', 'null'];
function isSpace(code) {
    return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
function fault(text, index, problem) {
    let line = 1;
    let lineStart = 0;
    for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
        line++;
        lineStart = at + 1;
    }
    return { index, line, column: index - lineStart + 1, problem };
}
/** The index after the string opening at `start`, or the fault inside it. */
function skipString(text, start) {
    for (let i = start + 1; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 0x22)
            return i + 1;
        if (code < 0x20)
            return fault(text, i, 'a control character inside a string (it must be escaped)');
        if (code !== 0x5c)
            continue;
        const escape = text[i + 1];
        if (escape === undefined)
            break;
        if (!ESCAPES.has(escape))
            return fault(text, i, 'an invalid escape sequence in a string');
        if (escape === 'u' && !HEX.test(text.slice(i + 2, i + 6)))
            return fault(text, i, 'an invalid \\u escape in a string (four hex digits must follow)');
        i += escape === 'u' ? 5 : 1;
    }
    return fault(text, text.length, 'the text ends inside a string: the file looks cut short');
}
/** The index after the value starting at `i` (a scalar), or its fault; undefined: a container opens. */
function skipScalar(text, i) {
    const c = text[i];
    if (c === '"')
        return skipString(text, i);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text))
            return fault(text, i, 'a number that is not written as JSON writes numbers');
        const end = NUMBER.lastIndex;
        const next = text[end];
        // `01`, `1.`, `1e`: JSON.parse refuses the number, not what follows it.
        if (next !== undefined && /[0-9.eE+-]/.test(next))
            return fault(text, i, 'a number that is not written as JSON writes numbers');
        return end;
    }
    for (const literal of LITERALS) {
        if (text.startsWith(literal, i))
            return i + literal.length;
    }
    return fault(text, i, 'a character that starts no JSON value (JSON has no comments, single quotes or bare words)');
}
/** The first fault of `text` as JSON, or undefined when JSON.parse would accept it. */
function findJsonFault(text) {
    const closers = [];
    let want = 'value';
    let i = 0;
    for (;;) {
        while (i < text.length && isSpace(text.charCodeAt(i)))
            i++;
        if (i >= text.length) {
            if (want === 'after' && closers.length === 0)
                return undefined;
            return fault(text, i, 'the text ends before the JSON document does: the file looks cut short');
        }
        const c = text[i];
        const closer = closers.at(-1);
        switch (want) {
            case 'after':
                if (closer === undefined)
                    return fault(text, i, 'more data after the end of the JSON document');
                if (c === closer) {
                    closers.pop();
                    i++;
                }
                else if (c === ',') {
                    want = closer === '}' ? 'key' : 'value';
                    i++;
                }
                else
                    return fault(text, i, `a character where a comma or ${closer} belongs`);
                continue;
            case 'colon':
                if (c !== ':')
                    return fault(text, i, 'a character where a colon belongs');
                want = 'value';
                i++;
                continue;
            case 'key-or-close':
            case 'key': {
                if (want === 'key-or-close' && c === '}') {
                    closers.pop();
                    want = 'after';
                    i++;
                    continue;
                }
                if (c !== '"')
                    return fault(text, i, 'a character where a double-quoted property name belongs');
                const end = skipString(text, i);
                if (typeof end !== 'number')
                    return end;
                want = 'colon';
                i = end;
                continue;
            }
            case 'value-or-close':
            case 'value': {
                if (want === 'value-or-close' && c === ']') {
                    closers.pop();
                    want = 'after';
                    i++;
                    continue;
                }
                if (c === '{' || c === '[') {
                    closers.push(c === '{' ? '}' : ']');
                    want = c === '{' ? 'key-or-close' : 'value-or-close';
                    i++;
                    continue;
                }
                const end = skipScalar(text, i);
                if (typeof end !== 'number')
                    return end;
                want = 'after';
                i = end;
                continue;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/inputs/json-file.ts
/**
 * Whole-file JSON for the small side inputs (an Infracost output, a Terragrunt run report): read,
 * decoded and parsed in memory, every failure turned into an InputError naming the file. Plans
 * have their own streaming reader; these files are small enough to hold at once.
 */



/** The file's text: UTF-8 (byte-order mark dropped) or UTF-16 with a byte-order mark. */
async function readJsonText(file, label = file) {
    // Only a regular file (or standard input) of at most MAX_JSON_FILE_BYTES: see input-file.ts.
    return decodeText(await (0,input_file/* readInput */.R5)(file, label, input_file/* MAX_JSON_FILE_BYTES */.FB), label);
}
function decodeText(bytes, label) {
    const text = decodeBytes(bytes, label);
    if (text.trim() === '')
        throw new errors/* InputError */.dz('INPUT_EMPTY', label, 'is empty');
    return text;
}
function decodeBytes(bytes, label) {
    // PowerShell's `>` writes UTF-16LE with a byte-order mark; take it rather than fail on it.
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return decodeWith('utf-16le', bytes.subarray(2), label);
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return decodeWith('utf-16be', bytes.subarray(2), label);
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(start);
    if (body.includes(0)) {
        // `{\0"\0` or `\0{\0"`: JSON text in UTF-16 whose byte-order mark was lost.
        const utf16 = body.length >= 2 && (body[0] === 0) !== (body[1] === 0);
        const detail = utf16
            ? 'is UTF-16 text without a byte-order mark; save it as UTF-8'
            : 'holds binary data, not JSON text';
        throw new errors/* InputError */.dz(utf16 ? 'INPUT_ENCODING' : 'INPUT_BINARY', label, detail);
    }
    return decodeWith('utf-8', body, label);
}
function decodeWith(encoding, bytes, label) {
    try {
        return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    }
    catch (error) {
        throw new errors/* InputError */.dz('INPUT_ENCODING', label, `is not valid ${encoding.toUpperCase()} text`, undefined, {
            cause: error,
        });
    }
}
/**
 * JSON.parse with its failure turned into INPUT_SYNTAX / INPUT_TRAILING naming the line, column
 * and byte of the fault and what to do (`fix`, e.g. how to write the file again). Nothing of the
 * text is quoted, JSON.parse's message included: side files may hold secrets. The cause keeps
 * JSON.parse's error for debugging; no entry prints causes.
 */
function parseJsonText(text, label, fix = 'write it again with the tool that made it') {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const found = findJsonFault(text);
        if (found === undefined) {
            throw new errors/* InputError */.dz('INPUT_SYNTAX', label, `is not valid JSON; ${fix}`, undefined, { cause: error });
        }
        const offset = Buffer.byteLength(text.slice(0, found.index));
        const where = `at line ${found.line}, column ${found.column}`;
        const code = /^more data after/.test(found.problem) ? 'INPUT_TRAILING' : 'INPUT_SYNTAX';
        throw new errors/* InputError */.dz(code, label, `is not valid JSON ${where}: ${found.problem}; ${fix}`, offset, {
            cause: error,
        });
    }
}
/** What a parsed value is, in words, for "expected X, found Y" messages. */
function describeJsonValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    return `a ${typeof value}`;
}


/***/ }),

/***/ 9966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ ROOT_PATH_ID),
/* harmony export */   Mz: () => (/* binding */ pathSegments),
/* harmony export */   UF: () => (/* binding */ compareCodeUnits),
/* harmony export */   qw: () => (/* binding */ UnitPathIndex)
/* harmony export */ });
/* unused harmony export suffixScore */
/**
 * Matching paths written by other tools to Terragrunt units. The run report and Infracost name a
 * unit by a path relative to their own working directory, or absolute, with the separators of the
 * machine they ran on; a unit is known by its folder relative to the tree root. They agree on the
 * trailing segments, so a path matches a unit when one of the two, segment for segment, ends the
 * other: `/ci/repo/live/prod/vpc` and `prod/vpc` both match `live/prod/vpc`. Requiring a whole
 * side to match (not just some shared tail) keeps `staging/vpc` from landing on `prod/vpc`.
 */
/** `pathId` of a plan at the tree root. */
const ROOT_PATH_ID = '.';
/** Path segments, either separator, without empty, `.` and `..` segments or a drive letter. */
function pathSegments(path) {
    return path
        .split(/[\\/]+/)
        .filter((segment, i) => segment !== '' && segment !== '.' && segment !== '..' && !(i === 0 && /^[A-Za-z]:$/.test(segment)));
}
/** Plain code-unit order, so sorting does not depend on the locale or ICU data. */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * How well `foreign` names the unit: the number of trailing segments they share when one ends the
 * other (plus one, so that the root unit, which has no segments, can match `.`); 0 for no match.
 */
function suffixScore(foreign, unit) {
    if (unit.length === 0 || foreign.length === 0)
        return unit.length === 0 && foreign.length === 0 ? 1 : 0;
    const shorter = Math.min(foreign.length, unit.length);
    for (let i = 1; i <= shorter; i++) {
        if (foreign[foreign.length - i] !== unit[unit.length - i])
            return 0;
    }
    return shorter + 1;
}
/** Finds the unit a foreign path names, among a fixed set of units (indexed once). */
class UnitPathIndex {
    byLastSegment = new Map();
    hasRoot;
    constructor(pathIds) {
        let hasRoot = false;
        for (const pathId of pathIds) {
            const segments = pathSegments(pathId);
            const last = segments[segments.length - 1];
            if (last === undefined) {
                hasRoot = true;
                continue;
            }
            const bucket = this.byLastSegment.get(last) ?? [];
            bucket.push({ pathId, segments });
            this.byLastSegment.set(last, bucket);
        }
        this.hasRoot = hasRoot;
    }
    match(foreignPath) {
        const foreign = pathSegments(foreignPath);
        const last = foreign[foreign.length - 1];
        if (last === undefined) {
            return this.hasRoot ? { kind: 'matched', pathId: ROOT_PATH_ID, score: 1 } : { kind: 'none' };
        }
        let best = 0;
        let winners = [];
        for (const unit of this.byLastSegment.get(last) ?? []) {
            const score = suffixScore(foreign, unit.segments);
            const candidate = { pathId: unit.pathId, exact: unit.segments.length === foreign.length };
            if (score > best) {
                best = score;
                winners = [candidate];
            }
            else if (score === best && score > 0) {
                winners.push(candidate);
            }
        }
        // `prod/vpc` names the unit `prod/vpc` rather than `live/prod/vpc`, which it only ends.
        const exact = winners.filter((w) => w.exact);
        if (exact.length === 1)
            winners = exact;
        const [only, ...more] = winners;
        if (only === undefined)
            return { kind: 'none' };
        if (more.length > 0)
            return { kind: 'ambiguous', pathIds: winners.map((w) => w.pathId).sort(compareCodeUnits) };
        return { kind: 'matched', pathId: only.pathId, score: best };
    }
}


/***/ }),

/***/ 3920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ FolderReadError),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   x0: () => (/* binding */ walkFolders)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _path_match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9966);




/** A folder that readdir refused: `folder` is absolute, `code` the errno code (`EACCES`, ...). */
class FolderReadError extends Error {
    folder;
    code;
    isRoot;
    constructor(folder, code, isRoot, options) {
        super(`cannot read folder ${folder} (${code})`, options);
        this.folder = folder;
        this.code = code;
        this.isRoot = isRoot;
        this.name = 'FolderReadError';
    }
}
function kindOf(entry) {
    if (entry.isSymbolicLink())
        return 'link';
    if (entry.isDirectory())
        return 'directory';
    if (entry.isFile())
        return 'file';
    return 'other';
}
/**
 * Every entry below `root` (not `root` itself), sorted by `path` in code-unit order so that the
 * result never depends on the order the file system lists names in. Iterative: a deep tree cannot
 * overflow the stack.
 */
function walkFolders(root, options = {}) {
    const maxDepth = options.maxDepth ?? Infinity;
    const entries = [];
    const pending = [{ abs: root, segments: [] }];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        let listing;
        try {
            // Synchronous on purpose: nothing else runs while a tree is listed, and one readdir per
            // folder through the thread pool cost ~5x the CPU (2,000 units: 840 ms against 120 ms).
            listing = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(next.abs, { withFileTypes: true });
        }
        catch (error) {
            const code = error.code ?? 'error';
            throw new FolderReadError(next.abs, code, next.segments.length === 0, { cause: error });
        }
        for (const dirent of listing) {
            if (options.skipNames?.has(dirent.name))
                continue;
            const segments = [...next.segments, dirent.name];
            const entry = {
                segments,
                path: segments.join('/'),
                abs: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(next.abs, dirent.name),
                kind: kindOf(dirent),
            };
            entries.push(entry);
            if (entry.kind === 'directory' && segments.length < maxDepth) {
                pending.push({ abs: entry.abs, segments });
            }
        }
    }
    return entries.sort((a, b) => (0,_path_match_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodeUnits */ .UF)(a.path, b.path));
}
/**
 * A picomatch matcher for `/`-joined paths: `dot` (a name starting with a dot matches `*`, as with
 * fast-glob's `dot`), `nonegate` (a leading `!` is a character, not "everything but"), and the
 * regular expression's `s` flag, without which picomatch's `**` (and extglobs) never match across
 * a line break in a name: the blind spot this module exists to close.
 */
function globMatcher(pattern) {
    return picomatch__WEBPACK_IMPORTED_MODULE_3___default()(pattern, { dot: true, nonegate: true, flags: 's' });
}


/***/ }),

/***/ 3927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ makeDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * `mkdir -p`, without Node's `mkdir(dir, { recursive: true })`: under /proc (and other pseudo
 * file systems) that call spins at 100% CPU forever, because mkdir there answers ENOENT for a
 * folder whose parent exists (issue 23: `--spool-dir /proc/nope`). Here each missing folder, from
 * the first one that exists down, is made once, and the first failure is thrown as it is.
 */


function errnoOf(error) {
    return error?.code;
}
async function makeDir(dir, mode) {
    const missing = [];
    for (let at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);;) {
        try {
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(at)).isDirectory())
                break;
            throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), { code: 'ENOTDIR' });
        }
        catch (error) {
            if (errnoOf(error) !== 'ENOENT')
                throw error;
        }
        missing.push(at);
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at);
        if (parent === at)
            break;
        at = parent;
    }
    for (const folder of missing.reverse()) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, mode === undefined ? {} : { mode });
        }
        catch (error) {
            // Made meanwhile by another process: fine, as with mkdir -p.
            if (errnoOf(error) !== 'EEXIST')
                throw error;
        }
    }
}


/***/ }),

/***/ 8485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y4: () => (/* binding */ boundedList),
/* harmony export */   bh: () => (/* binding */ LIST_LIMIT),
/* harmony export */   gw: () => (/* binding */ appendBounded),
/* harmony export */   kA: () => (/* binding */ pushBounded)
/* harmony export */ });
/* unused harmony export omitted */
/**
 * A list that keeps its first items and counts the rest: the one shape for every per-entry list a
 * report holds (addresses by action, drifted resources). A plan of ten million resources must not
 * cost ten million strings: summaries show a few thousand names at most (a PR comment fits about
 * 65,536 characters), so the first LIST_LIMIT items are kept, in the order they came, and `total`
 * stays exact for every count and "N more not shown" line.
 *
 * Plain data (no class), so a model can be serialised (partial reports) and compared in tests.
 */
/** Items kept per list; `total` counts every item. Stated in the README ("Limits"). */
const LIST_LIMIT = 1000;
function boundedList(items = [], limit = LIST_LIMIT) {
    return { items: items.slice(0, limit), total: items.length };
}
/** Adds one item: kept while there is room, always counted. */
function pushBounded(list, item, limit = LIST_LIMIT) {
    if (list.items.length < limit)
        list.items.push(item);
    list.total += 1;
}
/**
 * Appends `from` to `into` (each item through `map`), keeping `into`'s limit. The loop (never
 * `push(...items)`) matters: spreading a large array into a call overflows the stack.
 */
function appendBounded(into, from, map = (item) => item, limit = LIST_LIMIT) {
    for (const item of from.items) {
        if (into.items.length >= limit)
            break;
        into.items.push(map(item));
    }
    into.total += from.total;
}
/** How many items were counted but not kept. */
function omitted(list) {
    return list.total - list.items.length;
}


/***/ }),

/***/ 903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NU: () => (/* binding */ TopResources),
/* harmony export */   YC: () => (/* binding */ PROJECT_LIMIT),
/* harmony export */   _z: () => (/* binding */ TOP_RESOURCES),
/* harmony export */   pJ: () => (/* binding */ combineCostDetails)
/* harmony export */ });
/* unused harmony export compareResourceCosts */
/* harmony import */ var _decimal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2078);
/**
 * The costs behind the total (issue 24): per Infracost project (before, after, difference) and the
 * resources whose monthly cost changes most. Bounded: a report keeps at most PROJECT_LIMIT
 * projects and TOP_RESOURCES resources, with the exact counts of the rest, so a 10,000-resource
 * Infracost file costs a summary the same few lines as a small one.
 *
 * A cost is exact decimal text, or a word saying why it is not a number: `usage-based` (Infracost
 * prices it from usage it was not told, so its figure is no estimate) or `unknown` (no price).
 * Neither is ever shown as zero.
 */

/** Projects kept in a report (and in a merge of many). */
const PROJECT_LIMIT = 50;
/** Resources kept: what the Markdown summary shows (the text summary shows the first 5). */
const TOP_RESOURCES = 10;
function abs(text) {
    return text.startsWith('-') ? text.slice(1) : text;
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Largest absolute known difference first; differences that are not numbers after every number;
 * then by project and address, so any order of the same resources ranks the same.
 */
function compareResourceCosts(a, b) {
    const ka = (0,_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .isDecimal */ .aM)(a.diff);
    const kb = (0,_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .isDecimal */ .aM)(b.diff);
    if (ka !== kb)
        return ka ? -1 : 1;
    const bySize = ka && kb ? (0,_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .compareDecimals */ .YL)(abs(b.diff), abs(a.diff)) : 0;
    return bySize || compareText(a.project, b.project) || compareText(a.address, b.address);
}
/**
 * The top `limit` of a stream of resources, holding at most a few times `limit` at once: what
 * reads a 10,000-resource file keeps.
 */
class TopResources {
    limit;
    held = [];
    seen = 0;
    constructor(limit = TOP_RESOURCES) {
        this.limit = limit;
    }
    add(resource, count = 1) {
        this.seen += count;
        this.held.push(resource);
        if (this.held.length >= this.limit * 4)
            this.trim();
    }
    /** Adds a list already counted elsewhere (`total` of them, `items` the top of those). */
    addList(list) {
        for (const item of list.items)
            this.add(item, 0);
        this.seen += list.total;
    }
    trim() {
        this.held.sort(compareResourceCosts);
        this.held.length = Math.min(this.held.length, this.limit);
    }
    result() {
        this.trim();
        return { items: [...this.held], total: this.seen };
    }
}
/**
 * Several reports' details as one (a merge): projects one after another in the order given,
 * resources re-ranked across all, both bounded again.
 */
function combineCostDetails(list) {
    if (list.length === 0)
        return undefined;
    const projects = [];
    let projectTotal = 0;
    let unchangedProjects = 0;
    const top = new TopResources();
    for (const details of list) {
        for (const project of details.projects.items)
            if (projects.length < PROJECT_LIMIT)
                projects.push(project);
        projectTotal += details.projects.total;
        unchangedProjects += details.unchangedProjects;
        top.addList(details.resources);
    }
    return { projects: { items: projects, total: projectTotal }, unchangedProjects, resources: top.result() };
}


/***/ }),

/***/ 9631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OI: () => (/* binding */ normalizeDecimalText),
/* harmony export */   Ug: () => (/* binding */ percentageChangeText),
/* harmony export */   rt: () => (/* binding */ costFigures)
/* harmony export */ });
/* harmony import */ var _decimal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2078);
/**
 * Cost figures from decimal text, never through a float. The arithmetic itself lives in
 * decimal.ts; this adds what cost reading needs on top: turning a JSON number's source text
 * (which may carry an exponent) into plain decimal text exactly, and the percentage change.
 */

/** A JSON number's grammar, captured: sign, whole digits, fraction digits, exponent. */
const JSON_NUMBER = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/;
/** Exponents beyond this are not costs; refusing them keeps the digit strings small. */
const MAX_EXPONENT = 400;
/**
 * The cost text to report for what a document held. Plain decimal text is kept exactly as written
 * (trailing zeros included, so the event shows what Infracost showed). A JSON number with an
 * exponent (`1.5e3`) is rewritten as the same value in plain form (`1500`), moving the decimal
 * point in the digit string so no float is involved. Undefined for anything that is not a number.
 */
function normalizeDecimalText(text) {
    if ((0,_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .isDecimal */ .aM)(text))
        return text;
    const match = JSON_NUMBER.exec(text);
    if (!match)
        return undefined;
    const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
    const exponent = Number(exponentText);
    if (Math.abs(exponent) > MAX_EXPONENT)
        return undefined;
    let digits = whole + fraction;
    // The point sits after `pointAt` digits of `digits`.
    let pointAt = whole.length + exponent;
    if (pointAt <= 0) {
        digits = '0'.repeat(1 - pointAt) + digits;
        pointAt = 1;
    }
    else if (pointAt > digits.length) {
        digits += '0'.repeat(pointAt - digits.length);
    }
    const intPart = digits.slice(0, pointAt).replace(/^0+(?=\d)/, '');
    const fracPart = digits.slice(pointAt).replace(/0+$/, '');
    const body = fracPart === '' ? intPart : `${intPart}.${fracPart}`;
    return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}
/**
 * `diff / past × 100` with two decimals, halves away from zero. Undefined when either is unknown
 * or past is zero: a change from nothing has no percentage, and `0` or `100` would be made up.
 */
function percentageChangeText(diff, past) {
    if (diff === undefined || past === undefined)
        return undefined;
    if (!(0,_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .isDecimal */ .aM)(diff) || !(0,_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .isDecimal */ .aM)(past))
        return undefined;
    return (0,_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .percentage */ .X1)(diff, past, 2);
}
/** Figures with `percentageChange` filled from diff and past, and only known fields present. */
function costFigures(currency, totalMonthly, pastTotalMonthly, diffTotalMonthly) {
    const figures = {};
    if (currency !== undefined)
        figures.currency = currency;
    if (totalMonthly !== undefined)
        figures.totalMonthly = totalMonthly;
    if (pastTotalMonthly !== undefined)
        figures.pastTotalMonthly = pastTotalMonthly;
    if (diffTotalMonthly !== undefined)
        figures.diffTotalMonthly = diffTotalMonthly;
    const change = percentageChangeText(diffTotalMonthly, pastTotalMonthly);
    if (change !== undefined)
        figures.percentageChange = change;
    return figures;
}


/***/ }),

/***/ 2078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KF: () => (/* binding */ isZeroDecimal),
/* harmony export */   Qr: () => (/* binding */ addDecimals),
/* harmony export */   X1: () => (/* binding */ percentage),
/* harmony export */   YL: () => (/* binding */ compareDecimals),
/* harmony export */   aM: () => (/* binding */ isDecimal)
/* harmony export */ });
/**
 * Exact arithmetic on decimal text ("12.50", "-0.3"), so costs never pass through a float.
 * A value is held as a BigInt of units scaled by 10^scale.
 */
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;
function isDecimal(text) {
    return DECIMAL.test(text);
}
function parse(text) {
    const match = DECIMAL.exec(text);
    if (!match)
        throw new RangeError(`not a decimal: ${text}`);
    const fraction = match[3] ?? '';
    const units = BigInt(`${match[2]}${fraction}`);
    return { units: match[1] ? -units : units, scale: fraction.length };
}
function rescale(value, scale) {
    return value.units * 10n ** BigInt(scale - value.scale);
}
/** -1, 0 or 1 as a < b, a = b, a > b. */
function compareDecimals(a, b) {
    const x = parse(a);
    const y = parse(b);
    const scale = Math.max(x.scale, y.scale);
    const diff = rescale(x, scale) - rescale(y, scale);
    return diff === 0n ? 0 : diff > 0n ? 1 : -1;
}
function isZeroDecimal(text) {
    return parse(text).units === 0n;
}
/**
 * numerator / denominator * 100, rounded half away from zero to `places` decimals, as text.
 * Undefined when the denominator is zero.
 */
function percentage(numerator, denominator, places = 2) {
    const n = parse(numerator);
    const d = parse(denominator);
    if (d.units === 0n)
        return undefined;
    const scale = Math.max(n.scale, d.scale);
    // (n / d) * 100 * 10^places, computed in integers with one extra digit for rounding.
    let num = rescale(n, scale) * 100n * 10n ** BigInt(places + 1);
    let den = rescale(d, scale);
    if (den < 0n) {
        num = -num;
        den = -den;
    }
    const negative = num < 0n;
    const q = (negative ? -num : num) / den;
    const rounded = (q + 5n) / 10n;
    const digits = rounded.toString().padStart(places + 1, '0');
    const whole = digits.slice(0, digits.length - places);
    const fraction = digits.slice(digits.length - places);
    const text = places > 0 ? `${whole}.${fraction}` : whole;
    return negative && rounded !== 0n ? `-${text}` : text;
}
/** a + b exactly, as plain decimal text with the larger of the two scales ("1.5" + "2.25" = "3.75"). */
function addDecimals(a, b) {
    const x = parse(a);
    const y = parse(b);
    const scale = Math.max(x.scale, y.scale);
    const sum = rescale(x, scale) + rescale(y, scale);
    const negative = sum < 0n;
    const digits = (negative ? -sum : sum).toString().padStart(scale + 1, '0');
    const whole = digits.slice(0, digits.length - scale);
    const text = scale > 0 ? `${whole}.${digits.slice(digits.length - scale)}` : whole;
    return negative ? `-${text}` : text;
}


/***/ }),

/***/ 7007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ DRIFT_RESOURCE_LIMIT),
/* harmony export */   $9: () => (/* binding */ MAX_ATTRIBUTE_NAMES),
/* harmony export */   Nd: () => (/* binding */ zeroCounts),
/* harmony export */   Q1: () => (/* binding */ MAX_ATTRIBUTE_NAME),
/* harmony export */   XC: () => (/* binding */ emptyAddressLists),
/* harmony export */   c5: () => (/* binding */ addCounts),
/* harmony export */   oP: () => (/* binding */ PROVISIONERS),
/* harmony export */   pu: () => (/* binding */ MAX_ATTRIBUTE_ADDRESSES),
/* harmony export */   r$: () => (/* binding */ ADDRESS_LIST_KEYS)
/* harmony export */ });
/* harmony import */ var _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8485);
/** What one plan file says, once read and counted. Pure data, ready for the event builder. */

const PROVISIONERS = ['terraform', 'opentofu', 'terragrunt'];
const ADDRESS_LIST_KEYS = [
    'created',
    'updated',
    'deleted',
    'replaced',
    'imported',
    'forgotten',
    'drifted',
    'driftDeleted',
    'driftCreated',
    'unknown',
    'moved',
    'outputsAdded',
    'outputsChanged',
    'outputsRemoved',
];
function emptyAddressLists() {
    return {
        created: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
        updated: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
        deleted: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
        replaced: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
        imported: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
        forgotten: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
        drifted: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
        driftDeleted: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
        driftCreated: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
        unknown: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
        moved: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
        outputsAdded: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
        outputsChanged: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
        outputsRemoved: (0,_bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedList */ .Y4)(),
    };
}
const MAX_ATTRIBUTE_NAMES = 20;
const MAX_ATTRIBUTE_NAME = 64;
/** Drifted resources kept per plan for --send-drift-resources (the README's "Limits" may name it). */
const DRIFT_RESOURCE_LIMIT = 10_000;
/**
 * Updates and replacements per plan (the first ones, in document order) whose attribute roles are
 * read: every one the address lists keep (LIST_LIMIT updated plus LIST_LIMIT replaced), so no
 * summary shows an update without what it changes. Past them a plan reads at full speed.
 */
const MAX_ATTRIBUTE_ADDRESSES = 2 * _bounded_list_js__WEBPACK_IMPORTED_MODULE_0__/* .LIST_LIMIT */ .bh;
function zeroCounts() {
    return { added: 0, changed: 0, deleted: 0, unchanged: 0, imported: 0, removed: 0 };
}
function addCounts(into, from) {
    into.added += from.added;
    into.changed += from.changed;
    into.deleted += from.deleted;
    into.unchanged += from.unchanged;
    into.imported += from.imported;
    into.removed += from.removed;
    return into;
}


/***/ }),

/***/ 9819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ ACTIVITY_STATUSES),
/* harmony export */   IE: () => (/* binding */ STACK_STATUSES),
/* harmony export */   Mi: () => (/* binding */ activityStatusOfUnits),
/* harmony export */   Ru: () => (/* binding */ EVENT_TYPES),
/* harmony export */   gI: () => (/* binding */ ACTIVITY_TYPES)
/* harmony export */ });
/**
 * The status words of the IaCM event (event type, activity type and status, a stack's status),
 * shared by the parsers that find them, the config that overrides them and the event schema that
 * sends them. Source: the SendEventRequest in the API reference.
 */
const EVENT_TYPES = [
    'plan',
    'drifted',
    'provisioning',
    'destroying',
    'active',
    'inactive',
    'apply_needed',
    'failed',
    'stage-complete',
];
const ACTIVITY_TYPES = [
    'apply',
    'destroy',
    'plan',
    'drifted',
    'import',
    'bootstrap',
    'synth',
    'deploy',
    'diff',
    'drift',
    'rollback',
];
const ACTIVITY_STATUSES = ['success', 'failure', 'incomplete'];
const STACK_STATUSES = ['success', 'failure', 'skipped'];
/** The run's activity status from its units: any failure fails it, any skip leaves it incomplete. */
function activityStatusOfUnits(units) {
    if (units.some((u) => u.status === 'failure'))
        return 'failure';
    if (units.some((u) => u.status === 'skipped'))
        return 'incomplete';
    return 'success';
}


/***/ }),

/***/ 7241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ buildPartial),
/* harmony export */   GF: () => (/* binding */ serializePartial),
/* harmony export */   N8: () => (/* binding */ failedPartial),
/* harmony export */   XC: () => (/* binding */ planOf)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1013);
/* harmony import */ var _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6138);


/** A copy with every `undefined` field left out, as JSON would (so a partial compares by content). */
function defined(value) {
    return JSON.parse(JSON.stringify(value));
}
/** Loose records in the schema; the model's own types carry no index signature. */
function planRecord(plan) {
    const { changedAttributes, ...rest } = plan;
    // Drifted resources one by one are the sending leg's (--send-drift-resources), not the merge's.
    delete rest.driftResources;
    // A Map has no JSON form of its own: its entries travel as pairs.
    const pairs = changedAttributes instanceof Map ? [...changedAttributes] : [];
    return defined(pairs.length > 0 ? { ...rest, changedAttributes: pairs } : rest);
}
function unitRecord(unit) {
    return defined(unit);
}
function buildPartial(input, origin) {
    const partial = {
        kind: _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .PARTIAL_KIND */ .dQ,
        version: _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .PARTIAL_VERSION */ .bZ,
        producer: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x,
        leg: origin.leg,
        ...(origin.workspace === undefined ? {} : { workspace: origin.workspace }),
        ...(origin.commit === undefined ? {} : { commit: origin.commit }),
        report: {
            plans: input.plans.map(planRecord),
            drifts: input.drifts.map(planRecord),
            warnings: [...(input.warnings ?? [])],
            overrides: defined({ ...input.overrides }),
        },
    };
    if (input.terragrunt) {
        const plans = input.terragrunt.plans;
        partial.report.units = input.terragrunt.units.map((unit) => {
            const plan = plans.get(unit.pathId);
            return plan === undefined
                ? { unit: unitRecord(unit) }
                : { unit: unitRecord(unit), plan: planRecord(plan) };
        });
    }
    if (input.cost !== undefined)
        partial.report.cost = defined(input.cost);
    if (input.costDetails !== undefined)
        partial.report.costDetails = defined(input.costDetails);
    return partial;
}
/** A partial recording a leg that could not build its report (its inputs were missing or bad). */
function failedPartial(origin, error) {
    return {
        kind: _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .PARTIAL_KIND */ .dQ,
        version: _partial_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .PARTIAL_VERSION */ .bZ,
        producer: _version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x,
        leg: { ...origin.leg, status: 'failure', error: error.slice(0, 2000) },
        ...(origin.workspace === undefined ? {} : { workspace: origin.workspace }),
        ...(origin.commit === undefined ? {} : { commit: origin.commit }),
        report: { plans: [], drifts: [], warnings: [], overrides: {} },
    };
}
/** The partial's JSON text, as written to its file. */
function serializePartial(partial) {
    return `${JSON.stringify(partial)}\n`;
}
function planOf(record) {
    const { changedAttributes, ...rest } = record;
    return { ...rest, changedAttributes: new Map(changedAttributes ?? []) };
}


/***/ }),

/***/ 2503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ readPartialFile),
/* harmony export */   X: () => (/* binding */ writePartialFile)
/* harmony export */ });
/* unused harmony export parsePartialText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _make_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3927);
/* harmony import */ var _inputs_json_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3652);
/* harmony import */ var _inputs_input_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6572);
/* harmony import */ var _partial_limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2889);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1013);
/* harmony import */ var _partial_schema_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6138);
/* harmony import */ var _build_partial_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7241);
/**
 * Partial report files: writing one (atomically: a leg killed mid-write leaves no half file for
 * the merge to choke on) and reading one back, checked against the schema. The file I/O around
 * the pure builder and merger.
 */











async function writePartialFile(file, partial) {
    const text = (0,_build_partial_js__WEBPACK_IMPORTED_MODULE_10__/* .serializePartial */ .GF)(partial);
    const size = Buffer.byteLength(text);
    if (size > _partial_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_PARTIAL_BYTES */ .pr) {
        // What merge could not read is not written: the refusal comes here, where the leg can split.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('INPUT_TOO_LARGE', file, `the partial report would be ${(0,_inputs_input_file_js__WEBPACK_IMPORTED_MODULE_6__/* .sizeText */ .lP)(size)}, more than the ${(0,_inputs_input_file_js__WEBPACK_IMPORTED_MODULE_6__/* .sizeText */ .lP)(_partial_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_PARTIAL_BYTES */ .pr)} a merge reads; split this leg's units over more legs`);
    }
    // An unguessable name opened exclusively ('wx'): a link planted at a predictable temp name
    // cannot redirect the write.
    const temporary = `${file}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,_make_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .makeDir */ .g)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, text, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
        const reason = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('INPUT_UNREADABLE', file, `the partial report cannot be written (${reason})`, undefined, {
            cause: error,
        });
    }
}
/** A schema problem in a few words: zod's message, bounded, with a count past 2^53 said plainly. */
function oneLine(issue) {
    if (issue.code === 'too_big' && Number(issue.maximum) >= Number.MAX_SAFE_INTEGER)
        return 'a count past 2^53, which no partial report holds';
    if (issue.code === 'invalid_type' && issue.expected === 'int')
        return 'expected a whole number (a count of at most 2^53)';
    const message = issue.message.replace(/\s+/g, ' ');
    return message.length > 200 ? `${message.slice(0, 199)}…` : message;
}
/** Where in the document a schema problem is, `report.units.3.unit.status`. */
function where(issue) {
    return issue.path.length === 0 ? 'the document' : issue.path.map(String).join('.');
}
/** Reads, checks kind and version, validates. Every problem is one InputError naming the file. */
async function readPartialFile(file, label = file) {
    // Let go of each form as soon as the next is made: the bytes, the text, then the raw parse.
    const read = await readText(file, label);
    const size = read.size;
    let text = read.text;
    read.text = '';
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
    (0,_partial_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .checkDepth */ .kP)(text, label);
    const document = (0,_inputs_json_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonText */ .lk)(text, label, "run that leg's report step again");
    text = undefined;
    return { file: label, hash, partial: checkPartial(document, label), size };
}
async function readText(file, label) {
    const bytes = await (0,_inputs_input_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readInput */ .R5)(file, label, _partial_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_PARTIAL_BYTES */ .pr);
    return { text: (0,_inputs_json_file_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeText */ .g7)(bytes, label), size: bytes.length };
}
function parsePartialText(text, label) {
    checkDepth(text, label);
    return checkPartial(parseJsonText(text, label, "run that leg's report step again"), label);
}
/** A parsed document checked as a partial report: kind, version, then the schema. */
function checkPartial(document, label) {
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('INPUT_WRONG_KIND', label, `is ${(0,_inputs_json_file_js__WEBPACK_IMPORTED_MODULE_5__/* .describeJsonValue */ .$g)(document)}, not a partial report (written by iacm-report --save-partial)`);
    }
    const { kind, version, producer } = document;
    if (kind !== _partial_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .PARTIAL_KIND */ .dQ) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('INPUT_WRONG_KIND', label, 'is not a partial report (no "kind": "iacm-reporter/partial-report"); merge reads the files written by iacm-report --save-partial');
    }
    if (typeof version !== 'number' || !_partial_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .READ_VERSIONS */ .DQ.includes(version)) {
        const by = typeof producer === 'string' ? ` by iacm-reporter ${producer.slice(0, 40)}` : '';
        const newer = typeof version === 'number' && version > _partial_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .PARTIAL_VERSION */ .bZ;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('INPUT_VERSION', label, `is a partial report of version ${String(version).slice(0, 20)} (written${by}); this iacm-reporter ${_version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x} reads versions ${_partial_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .READ_VERSIONS */ .DQ.join(' and ')}. ` +
            (newer
                ? 'Upgrade the merging step (the Action, plugin image or CLI) to the version the legs use.'
                : 'Run the legs and the merge with the same iacm-reporter version.'));
    }
    // Checked a list item at a time, each item replaced by its checked copy in place: zod copies
    // what it checks, and a whole-document check would hold two copies of a 512 MiB partial at once.
    const report = document.report;
    const lists = new Map();
    if (typeof report === 'object' && report !== null) {
        for (const key of LIST_KEYS) {
            const list = report[key];
            if (Array.isArray(list)) {
                lists.set(key, list);
                report[key] = [];
            }
        }
    }
    const envelope = checked(_partial_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .partialReportSchema */ .Fl, document, [], label);
    for (const [key, list] of lists) {
        const schema = key === 'units' ? _partial_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .unitEntrySchema */ .y9 : _partial_schema_js__WEBPACK_IMPORTED_MODULE_9__/* .planRecordSchema */ .K_;
        for (let i = 0; i < list.length; i++)
            list[i] = checked(schema, list[i], ['report', key, i], label);
        envelope.report[key] = list;
    }
    return envelope;
}
const LIST_KEYS = ['plans', 'drifts', 'units'];
/** `value` checked against `schema`; the first problem, at `at` in the document, as one InputError. */
function checked(schema, value, at, label) {
    let parsed;
    try {
        parsed = schema.safeParse(value);
    }
    catch (error) {
        // Whatever the depth check let through and still overflows: one line, never a stack trace.
        if (!(error instanceof RangeError))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('INPUT_INVALID', label, 'is not a valid partial report: it is nested too deep to check', undefined, { cause: error });
    }
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('INPUT_INVALID', label, `is not a valid partial report: ${where({ ...issue, path: [...at, ...issue.path] })}: ${oneLine(issue)}`);
    }
    return parsed.data;
}


/***/ }),

/***/ 2889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kP: () => (/* binding */ checkDepth),
/* harmony export */   pr: () => (/* binding */ MAX_PARTIAL_BYTES),
/* harmony export */   t4: () => (/* binding */ MERGE_BUDGET_BYTES)
/* harmony export */ });
/* unused harmony export MAX_PARTIAL_DEPTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The sizes a merge holds to (issue 23): whatever `--save-partial` writes, `merge` reads, because
 * both use MAX_PARTIAL_BYTES; the partials of one merge together stay under MERGE_BUDGET_BYTES, and
 * a partial nested deeper than MAX_PARTIAL_DEPTH is refused before it is parsed (a crafted one
 * would otherwise overflow the stack). Each is a one-line refusal naming the file.
 */

const MIB = 1024 * 1024;
/** The largest partial report written or read. */
const MAX_PARTIAL_BYTES = 512 * MIB;
/** The most partial-report bytes one merge reads, all files together. */
const MERGE_BUDGET_BYTES = 2048 * MIB;
/** Deepest nesting of objects and arrays a partial may have (ours are under 20 deep). */
const MAX_PARTIAL_DEPTH = 256;
/** InputError when `text` nests objects and arrays deeper than `max` (strings skipped). */
function checkDepth(text, label, max = MAX_PARTIAL_DEPTH) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x7b || c === 0x5b) {
            if (++depth > max) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('INPUT_INVALID', label, `nests objects or arrays more than ${max} deep, which no partial report does; it was not written by iacm-report --save-partial`, Buffer.byteLength(text.slice(0, i)));
            }
        }
        else if (c === 0x7d || c === 0x5d)
            depth--;
    }
}


/***/ }),

/***/ 6138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ READ_VERSIONS),
/* harmony export */   Fl: () => (/* binding */ partialReportSchema),
/* harmony export */   K_: () => (/* binding */ planRecordSchema),
/* harmony export */   bZ: () => (/* binding */ PARTIAL_VERSION),
/* harmony export */   dQ: () => (/* binding */ PARTIAL_KIND),
/* harmony export */   y9: () => (/* binding */ unitEntrySchema)
/* harmony export */ });
/* unused harmony exports costFiguresSchema, costDetailsSchema, unitRecordSchema, legSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/* harmony import */ var _model_cost_details_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(903);
/* harmony import */ var _model_statuses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9819);
/**
 * The partial report: what one CI leg (a matrix job, a looping step) writes with `--save-partial`
 * and `iacm-report merge` reads back. One versioned JSON document holding everything the final
 * report needs from the leg: the parser results the model is built from (per-plan and per-unit
 * counts, address lists, output values as the event shows them, costs, warnings, statuses), the
 * event overrides, the provisioner evidence, and who made it.
 *
 * It carries the model's *inputs*, not a finished event, so that merging is "build one model from
 * everything that arrived": the merged event is the event of one run over the same inputs, and
 * anything the model later derives from plans and units flows through without a new format.
 * Plan and unit records are loose objects for the same reason: fields a newer writer adds to a
 * PlanSummary or UnitReport survive a round trip; the fields the model needs today are checked.
 *
 * Never in it: variable values, sensitive output values (`(sensitive)`), keys; attribute values
 * only as --show-values lets them through (value-policy.ts).
 */



const PARTIAL_KIND = 'iacm-reporter/partial-report';
/**
 * Bumped on any change a reader of the previous version would misread or refuse without saying
 * why. Version 2 added `report.costDetails` (issue 24): a version-1 merge would refuse it as an
 * unknown key, so it says "upgrade" instead. Every version listed in READ_VERSIONS still reads.
 */
const PARTIAL_VERSION = 2;
/** The versions a merge reads: older ones lack only fields that are optional here. */
const READ_VERSIONS = [1, 2];
const count = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative();
const countsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    added: count,
    changed: count,
    deleted: count,
    unchanged: count,
    imported: count,
    removed: count,
});
/** A bounded list (src/model/bounded-list.ts): the names kept and the exact total. */
const boundedNames = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()), total: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative() });
const emptyNames = () => ({ items: [], total: 0 });
const addressListsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    created: boundedNames,
    updated: boundedNames,
    deleted: boundedNames,
    replaced: boundedNames,
    imported: boundedNames,
    forgotten: boundedNames,
    drifted: boundedNames,
    unknown: boundedNames.default(emptyNames),
    moved: boundedNames.default(emptyNames),
    driftDeleted: boundedNames.default(emptyNames),
    driftCreated: boundedNames.default(emptyNames),
    outputsAdded: boundedNames.default(emptyNames),
    outputsChanged: boundedNames.default(emptyNames),
    outputsRemoved: boundedNames.default(emptyNames),
});
/** Attribute roles (ChangedAttributes) by address; values only those --show-values let through. */
const changedAttributesSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        names: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        total: count,
        replacing: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
        unknown: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
        unknownTotal: count.optional(),
        values: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
            before: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
            after: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
            note: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        }))
            .optional(),
    }),
]));
/**
 * Output values by name. Checked by hand rather than with z.record, which drops a `__proto__`
 * key (a valid output name); the object JSON.parse built, where every name is an own property,
 * is kept as it is.
 */
const outputsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .custom */ .IeY((value) => typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string'), 'an object of text values');
const decimal = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^-?\d+(\.\d+)?$/, 'a decimal number as text');
const costFiguresSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    currency: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    totalMonthly: decimal.optional(),
    pastTotalMonthly: decimal.optional(),
    diffTotalMonthly: decimal.optional(),
    percentageChange: decimal.optional(),
});
const costValue = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([decimal, zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['usage-based', 'unknown'])]);
/** The costs behind the total (src/model/cost-details.ts), bounded as the model holds them. */
const costDetailsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    projects: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
            past: decimal.optional(),
            total: decimal.optional(),
            diff: decimal.optional(),
        }))
            .max(_model_cost_details_js__WEBPACK_IMPORTED_MODULE_1__/* .PROJECT_LIMIT */ .YC),
        total: count,
    }),
    unchangedProjects: count,
    resources: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            address: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
            project: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
            before: costValue.optional(),
            after: costValue.optional(),
            diff: costValue,
        }))
            .max(_model_cost_details_js__WEBPACK_IMPORTED_MODULE_1__/* .TOP_RESOURCES */ ._z),
        total: count,
    }),
});
const planRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    formatVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    terraformVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    errored: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    provisioner: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['terraform', 'opentofu']).optional(),
    isDriftCheck: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    resourceCounts: countsSchema,
    plannedChangesCount: count,
    driftCounts: countsSchema,
    driftedCount: count,
    outputCounts: countsSchema,
    outputs: outputsSchema,
    outputsOmitted: count.default(0),
    addresses: addressListsSchema,
    warnings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]),
    changedAttributes: changedAttributesSchema.optional(),
});
const unitRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    pathId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_2__/* .STACK_STATUSES */ .IE),
    errorMessage: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    resourceCounts: countsSchema.optional(),
    driftCounts: countsSchema.optional(),
    outputCounts: countsSchema.optional(),
    plannedChangesCount: count.optional(),
    outputs: outputsSchema.optional(),
    cost: costFiguresSchema.optional(),
});
/** One Terragrunt unit: its report entry and, when it planned, its plan. */
const unitEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    unit: unitRecordSchema,
    plan: planRecordSchema.optional(),
});
const legSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** `--leg`, else from the CI (job, step, file name); for messages, never a key. */
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(300),
    /** `failure`: the leg could not read its inputs; `error` says why. Its units are not here. */
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['success', 'failure']),
    error: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(2000).optional(),
    /** CI job / step id and run, when known. */
    job: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    run: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Whether the leg also sent its own event (`--send`), for `merge --comment-only`. */
    sent: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
});
const partialReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(PARTIAL_KIND),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(PARTIAL_VERSION)]),
    /** The iacm-reporter version that wrote it. */
    producer: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    leg: legSchema,
    /** The IaCM workspace the leg reports to, when it was given one. */
    workspace: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** The commit the leg planned. */
    commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    report: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        plans: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(planRecordSchema),
        drifts: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(planRecordSchema),
        /** Absent when the leg read no Terragrunt tree. In pathId order. */
        units: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(unitEntrySchema).optional(),
        cost: costFiguresSchema.optional(),
        /** Since version 2. */
        costDetails: costDetailsSchema.optional(),
        warnings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
        overrides: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            eventType: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_2__/* .EVENT_TYPES */ .Ru).optional(),
            activityType: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTIVITY_TYPES */ .gI).optional(),
            activityStatus: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTIVITY_STATUSES */ .FB).optional(),
            provisioner: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['terraform', 'opentofu', 'terragrunt']).optional(),
        }),
    }),
});


/***/ }),

/***/ 8763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ wellFormed),
/* harmony export */   Mf: () => (/* binding */ wellFormedJson),
/* harmony export */   e9: () => (/* binding */ clipMiddle),
/* harmony export */   wh: () => (/* binding */ plainText)
/* harmony export */ });
/* unused harmony export visibleCodePoint */
/**
 * Text from files we do not control (addresses, unit folders, server messages) made safe to print
 * on one line of a log, a table cell or a Markdown item. Nothing in it may act (a terminal escape
 * sequence that recolours, clears or retitles; a line break that forges a log line) and nothing
 * may hide: a character that is invisible or reorders text (zero-width, bidirectional override,
 * control) is SHOWN as `<U+XXXX>`, never silently dropped, so a look-alike name reads differently
 * from the name it imitates (`ma<U+200B>in` is not `main`, `admin<U+202E>txt.exe` is not
 * `admintxt.exe`, `<U+001B>[31mred` is not `red`). Line breaks and tabs become one space.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
/** Line breaks and tabs become one space, so a name stays on its line (and in its table cell). */
const LINE_BREAKS = /[\r\n\t\u000b\u000c\u0085\u2028\u2029]+/g;
/**
 * C0/C1 controls (ESC and 8-bit CSI among them: a sequence they start is left as inert text),
 * DEL, and every default-ignorable or bidi-control character (zero-width spaces and joiners,
 * word joiner, BOM, soft hyphen, Hangul fillers, bidi marks, overrides and isolates). Variation
 * selectors are left alone: they only pick a glyph's style (the emoji in ⚠️).
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f]|(?![\ufe00-\ufe0f\u{e0100}-\u{e01ef}])[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;
/* eslint-enable no-control-regex */
/** `<U+200B>` for a character that would otherwise act or hide. */
function visibleCodePoint(char) {
    return `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;
}
/** One line of text in which nothing acts and nothing hides (see above). */
function plainText(text) {
    return wellFormed(text.replace(LINE_BREAKS, ' ').replace(HIDDEN, visibleCodePoint));
}
/** A UTF-16 surrogate without its partner: not a character, and not valid in UTF-8 or strict JSON. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * `text` with every lone surrogate replaced by U+FFFD. JSON allows `"\ud800"` and JSON.parse
 * yields such strings, but JSON.stringify writes them back as `\ud800`, which strict parsers (jq,
 * Go's encoding/json in strict mode) reject, and UTF-8 cannot encode them at all.
 */
function wellFormed(text) {
    return text.replace(LONE_SURROGATE, '\ufffd');
}
/** A deep copy of a JSON value with every string, keys included, made well-formed. */
function wellFormedJson(value) {
    if (typeof value === 'string')
        return wellFormed(value);
    if (Array.isArray(value))
        return value.map((item) => wellFormedJson(item));
    if (typeof value === 'object' && value !== null) {
        const out = {};
        for (const [key, item] of Object.entries(value)) {
            // defineProperty: a key named __proto__ (a valid output name) stays a key.
            Object.defineProperty(out, wellFormed(key), {
                value: wellFormedJson(item),
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
        return out;
    }
    return value;
}
/**
 * `text` cut to at most `max` UTF-16 units by taking out its middle (`module.a…branch.main`): the
 * end of an address or path tells two things apart (`…github_branch.demo`, `…github_branch.main`),
 * the start says where it lives. Never splits a surrogate pair.
 */
function clipMiddle(text, max) {
    if (text.length <= max)
        return text;
    if (max <= 1)
        return '…'.slice(0, max);
    const keep = max - 1;
    let head = Math.floor(keep / 2);
    let tailStart = text.length - (keep - head);
    if (isHighSurrogate(text.charCodeAt(head - 1)))
        head -= 1;
    if (isLowSurrogate(text.charCodeAt(tailStart)))
        tailStart += 1;
    return `${text.slice(0, head)}…${text.slice(tailStart)}`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}


/***/ }),

/***/ 2961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ valueLines),
/* harmony export */   mq: () => (/* binding */ valuesBlock),
/* harmony export */   ze: () => (/* binding */ rolesSuffix)
/* harmony export */ });
/* unused harmony exports SHOWN_ATTRIBUTES, FORCES_REPLACEMENT */
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9061);

/** Paths shown per role and address (the model keeps up to MAX_ATTRIBUTE_NAMES). */
const SHOWN_ATTRIBUTES = 8;
/** Paths known after apply named before "and N more": they matter less than the changed ones. */
const SHOWN_UNKNOWN = 3;
const FORCES_REPLACEMENT = 'forces replacement';
/** ` — a, b (forces replacement); known after apply: id, output`; each name dressed by `name`. */
function rolesSuffix(changed, name) {
    if (changed === undefined)
        return '';
    const replacing = new Set(changed.replacing ?? []);
    const parts = [];
    if (changed.names.length > 0) {
        const shown = changed.names
            .slice(0, SHOWN_ATTRIBUTES)
            .map((p) => (replacing.has(p) ? `${name(p)} (${FORCES_REPLACEMENT})` : name(p)));
        const more = changed.total - Math.min(changed.names.length, SHOWN_ATTRIBUTES);
        parts.push(`${shown.join(', ')}${more > 0 ? ` ${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .andMore */ .v)(more)}` : ''}`);
    }
    const unknown = changed.unknown ?? [];
    if (unknown.length > 0) {
        const shown = unknown.slice(0, SHOWN_UNKNOWN).map(name);
        const more = (changed.unknownTotal ?? unknown.length) - shown.length;
        parts.push(`known after apply: ${shown.join(', ')}${more > 0 ? ` ${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .andMore */ .v)(more)}` : ''}`);
    }
    return parts.length === 0 ? '' : ` — ${parts.join('; ')}`;
}
/** `path: "one" -> "two"` lines for the text summary. */
function valueLines(values) {
    return (values ?? []).map((v) => v.note !== undefined
        ? `${v.path}: ${v.note}`
        : `${v.path}: ${v.before ?? '(absent)'} -> ${v.after ?? '(absent)'}`);
}
/** A collapsed ```diff block of the values, indented under a list item by `indent`. */
function valuesBlock(values, indent) {
    if (values === undefined || values.length === 0)
        return '';
    const lines = [];
    for (const v of values) {
        if (v.note !== undefined)
            lines.push(`! ${v.path}: ${v.note}`);
        else {
            if (v.before !== undefined)
                lines.push(`- ${v.path} = ${v.before}`);
            if (v.after !== undefined)
                lines.push(`+ ${v.path} = ${v.after}`);
        }
    }
    // A fence longer than any run of backticks in the values, so none can close it.
    const longest = Math.max(0, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const body = [`${fence}diff`, ...lines, fence].map((l) => `${indent}${l}`).join('\n');
    return `\n${indent}<details><summary>values</summary>\n\n${body}\n\n${indent}</details>\n\n`;
}


/***/ }),

/***/ 6314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ buildEvent)
});

// UNUSED EXPORTS: REPORTER_TRIGGER

// EXTERNAL MODULE: ./src/reporter/event-schema.ts
var event_schema = __webpack_require__(1713);
;// CONCATENATED MODULE: ./src/reporter/terragrunt-event.ts
/** All six counts, always: a zero `imported` is sent as 0 rather than left out. */
function countsToBody(counts) {
    return {
        added: counts.added,
        changed: counts.changed,
        deleted: counts.deleted,
        unchanged: counts.unchanged,
        imported: counts.imported,
        removed: counts.removed,
    };
}
/** The known figures only: an unknown cost is left out, never sent as "0". */
function costFields(figures) {
    const body = {};
    if (figures === undefined)
        return body;
    if (figures.currency !== undefined)
        body.cost_currency = figures.currency;
    if (figures.totalMonthly !== undefined)
        body.cost_total_monthly = figures.totalMonthly;
    if (figures.pastTotalMonthly !== undefined)
        body.cost_past_total_monthly = figures.pastTotalMonthly;
    if (figures.diffTotalMonthly !== undefined)
        body.cost_diff_total_monthly = figures.diffTotalMonthly;
    if (figures.percentageChange !== undefined)
        body.cost_total_monthly_percentage_change = figures.percentageChange;
    return body;
}
function unitsToTerragruntDetails(units) {
    return units.map((unit) => {
        const detail = { path_id: unit.pathId, status: unit.status };
        if (unit.resourceCounts)
            detail.resource_counts = countsToBody(unit.resourceCounts);
        if (unit.driftCounts)
            detail.drift_counts = countsToBody(unit.driftCounts);
        if (unit.outputCounts)
            detail.output_counts = countsToBody(unit.outputCounts);
        return { ...detail, ...costFields(unit.cost) };
    });
}
function unitsToStacks(units) {
    return units.map((unit) => {
        const stack = { stack_name: unit.name, stack_path: unit.pathId, status: unit.status };
        if (unit.errorMessage !== undefined)
            stack.error_message = unit.errorMessage;
        if (unit.resourceCounts)
            stack.resource_counts = countsToBody(unit.resourceCounts);
        if (unit.driftCounts)
            stack.drift_counts = countsToBody(unit.driftCounts);
        if (unit.outputs)
            stack.stack_outputs = { ...unit.outputs };
        return stack;
    });
}

// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/reporter/build-event.ts



/**
 * Which program sent the event, in `trigger` (free-form JSON in the API) beside the CI `source`:
 * Harness-side support can then tell an event of this reporter, and of which release, from one
 * sent by anything else. `data` (string map) would also hold it, but `trigger` already says who
 * sent the event and how.
 */
const REPORTER_TRIGGER = { reporter: version/* REPORTER_NAME */.U, reporter_version: version/* VERSION */.x };
function buildEvent(model, context) {
    const metadata = {
        activity_type: model.activityType,
        activity_status: model.activityStatus,
        resource_counts: countsToBody(model.resourceCounts),
        drift_counts: countsToBody(model.driftCounts),
        output_counts: countsToBody(model.outputCounts),
        PlannedChangesCount: model.plannedChangesCount,
        ...costFields(model.cost),
        ...context,
        trigger: { ...context.trigger, ...REPORTER_TRIGGER },
    };
    if (model.provisioner !== undefined)
        metadata.provisioner = model.provisioner;
    if (model.provisionerVersion !== undefined)
        metadata.provisioner_version = model.provisionerVersion;
    if (model.units.length > 0) {
        metadata.terragrunt_details = unitsToTerragruntDetails(model.units);
        metadata.stacks = unitsToStacks(model.units);
    }
    // The schema is the contract with Harness: a body that fails it is our bug, and must not leave.
    const event = event_schema/* sendEventRequestSchema */.vF.parse({ event_type: model.eventType, metadata });
    // zod leaves `__proto__` keys out of a record it parses (its guard against prototype pollution),
    // but an output may really be named so (a valid HCL name): keep the outputs as built, where
    // every name is an own property.
    event.metadata?.stacks?.forEach((stack, i) => {
        const built = metadata.stacks?.[i]?.stack_outputs;
        if (built !== undefined)
            stack.stack_outputs = built;
    });
    return event;
}


/***/ }),

/***/ 2965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W_: () => (/* binding */ sumCounts),
/* harmony export */   pz: () => (/* binding */ appendAddresses),
/* harmony export */   yK: () => (/* binding */ buildModel)
/* harmony export */ });
/* harmony import */ var _model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8485);
/* harmony import */ var _model_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7007);
/* harmony import */ var _model_statuses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9819);
/**
 * Aggregation: parser results -> the ReportModel. Decides what the run was (a plan, a drift
 * check), its status, and adds counts up over plan files or Terragrunt units.
 */



/** Appends each of `from`'s lists to `into`'s, every address after `prefix`. */
function appendAddresses(into, from, prefix) {
    for (const key of _model_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .ADDRESS_LIST_KEYS */ .r$)
        (0,_model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__/* .appendBounded */ .gw)(into[key], from[key], (address) => prefix + address);
}
/** The counts `pick` reads off each item, added up. */
function sumCounts(items, pick) {
    const total = (0,_model_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .zeroCounts */ .Nd)();
    for (const item of items)
        (0,_model_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .addCounts */ .c5)(total, pick(item));
    return total;
}
/**
 * `terraform`/`opentofu` as the plans say (OpenTofu wins when any plan is certainly OpenTofu,
 * since Terraform never writes its markers); undefined when no plan says.
 */
function inferProvisioner(plans) {
    if (plans.some((p) => p.provisioner === 'opentofu'))
        return 'opentofu';
    if (plans.some((p) => p.provisioner === 'terraform'))
        return 'terraform';
    return undefined;
}
/** An errored plan fails the run; otherwise the units decide (failure, then skipped = incomplete). */
function activityStatusOf(plans, units) {
    return plans.some((p) => p.errored) ? 'failure' : (0,_model_statuses_js__WEBPACK_IMPORTED_MODULE_2__/* .activityStatusOfUnits */ .Mi)(units);
}
function mapOrUndefined(value) {
    return value instanceof Map ? value : undefined;
}
function buildModel(input) {
    const unitPlans = input.terragrunt ? [...input.terragrunt.plans.values()] : [];
    const plans = [...input.plans, ...unitPlans];
    const driftSource = input.drifts.length > 0 ? input.drifts : plans;
    const all = [...plans, ...input.drifts];
    const groups = [];
    const addGroup = (source, kind, lists, changedAttributes) => {
        if (_model_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .ADDRESS_LIST_KEYS */ .r$.some((key) => lists[key].total > 0))
            groups.push({ source, kind, addresses: lists, changedAttributes });
    };
    // Plans, then units (their addresses prefixed with the unit's path): one pass feeds the groups,
    // the changed attribute names and the run's address lists.
    const sources = [
        // With several plan files the same address can be in each: every address says which file.
        ...input.plans.map((plan) => ({
            source: plan.file,
            kind: 'plan',
            plan,
            prefix: input.plans.length > 1 ? `${plan.file}: ` : '',
        })),
        ...[...(input.terragrunt?.plans ?? [])].map(([pathId, plan]) => ({
            source: pathId,
            kind: 'unit',
            plan,
            prefix: `${pathId}: `,
        })),
    ];
    const changedAttributes = new Map();
    const addresses = (0,_model_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyAddressLists */ .XC)();
    for (const { source, kind, plan, prefix } of sources) {
        const lists = input.drifts.length > 0
            ? {
                ...plan.addresses,
                drifted: (0,_model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedList */ .Y4)(),
                driftDeleted: (0,_model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedList */ .Y4)(),
                driftCreated: (0,_model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedList */ .Y4)(),
            }
            : plan.addresses;
        // A Map when read here; a summary saved as JSON and read back may hold something else.
        const changed = mapOrUndefined(plan.changedAttributes);
        addGroup(source, kind, lists, changed);
        for (const [address, names] of changed ?? [])
            changedAttributes.set(prefix + address, names);
        appendAddresses(addresses, lists, prefix);
    }
    // With --drift files, drift comes from them alone (`lists` above left the plans' own drift
    // out): the plans' drift lists would count twice.
    for (const drift of input.drifts) {
        const { drifted, driftDeleted, driftCreated } = drift.addresses;
        addGroup(drift.file, 'drift', { ...(0,_model_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyAddressLists */ .XC)(), drifted, driftDeleted, driftCreated });
        const prefix = input.drifts.length > 1 ? `${drift.file}: ` : '';
        (0,_model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__/* .appendBounded */ .gw)(addresses.drifted, drifted, (address) => prefix + address);
        (0,_model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__/* .appendBounded */ .gw)(addresses.driftDeleted, driftDeleted, (address) => prefix + address);
        (0,_model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__/* .appendBounded */ .gw)(addresses.driftCreated, driftCreated, (address) => prefix + address);
    }
    const plannedChangesCount = plans.reduce((n, p) => n + p.plannedChangesCount, 0);
    const driftedCount = driftSource.reduce((n, p) => n + p.driftedCount, 0);
    // A run is a drift check when nothing in it plans a change: only --drift files, or only
    // refresh-only plans.
    const driftOnly = plans.every((p) => p.isDriftCheck) && all.length > 0;
    const hasDrift = driftedCount > 0;
    const units = input.terragrunt ? [...input.terragrunt.units] : [];
    const versions = new Set(all.map((p) => p.terraformVersion).filter((v) => v !== undefined));
    const overrides = input.overrides ?? {};
    const provisioner = overrides.provisioner ?? (input.terragrunt ? 'terragrunt' : inferProvisioner(all));
    return {
        eventType: overrides.eventType ?? (driftOnly ? (hasDrift ? 'drifted' : 'active') : 'plan'),
        activityType: overrides.activityType ?? (driftOnly ? 'drift' : 'plan'),
        activityStatus: overrides.activityStatus ?? activityStatusOf(all, units),
        provisioner,
        // One version for the run when the plans agree; Terragrunt's own version is not in its plans.
        provisionerVersion: provisioner !== 'terragrunt' && versions.size === 1 ? [...versions][0] : undefined,
        engine: provisioner === 'terraform' || provisioner === 'opentofu' ? provisioner : inferProvisioner(all),
        resourceCounts: sumCounts(plans, (p) => p.resourceCounts),
        driftCounts: sumCounts(driftSource, (p) => p.driftCounts),
        outputCounts: sumCounts(plans, (p) => p.outputCounts),
        plannedChangesCount,
        driftedCount,
        // As `plan -detailed-exitcode` says: outputs that change and moves are changes too.
        hasChanges: plannedChangesCount > 0 || seenChanges(addresses),
        hasDrift,
        addresses,
        addressGroups: groups,
        changedAttributes,
        units,
        cost: input.cost,
        costDetails: input.costDetails,
        files: all.map((p) => p.file),
        erroredPlans: all.filter((p) => p.errored).map((p) => p.file),
        warnings: [...(input.warnings ?? []), ...fileWarnings(input)],
    };
}
/** Outputs that change or resources that move, which plannedChangesCount does not count. */
function seenChanges(a) {
    return a.moved.total + a.outputsAdded.total + a.outputsChanged.total + a.outputsRemoved.total > 0;
}
/** What the plan files themselves warn about (unknown actions, outputs left out), in file order. */
function fileWarnings(input) {
    const out = [];
    const unitPlans = input.terragrunt ? [...input.terragrunt.plans.values()] : [];
    for (const plan of [...input.plans, ...input.drifts, ...unitPlans]) {
        for (const warning of plan.warnings)
            out.push(warning);
    }
    return out;
}


/***/ }),

/***/ 8929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rq: () => (/* binding */ costTextBlocks),
/* harmony export */   ko: () => (/* binding */ hasCost),
/* harmony export */   nf: () => (/* binding */ costMarkdown),
/* harmony export */   z9: () => (/* binding */ costTextLine),
/* harmony export */   zJ: () => (/* binding */ costChangeWords)
/* harmony export */ });
/* harmony import */ var _model_decimal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2078);
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8763);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2254);
/* harmony import */ var _money_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6069);
/* harmony import */ var _text_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3131);





/** Rows of each table in Markdown, and in text. */
const MARKDOWN_PROJECTS = 20;
const MARKDOWN_RESOURCES = 10;
const TEXT_PROJECTS = 10;
const TEXT_RESOURCES = 5;
const MAX_NAME = 120;
const EMPTY = '—';
function hasCost(cost) {
    return (cost !== undefined &&
        [cost.totalMonthly, cost.pastTotalMonthly, cost.diffTotalMonthly].some((value) => value !== undefined));
}
/**
 * "monthly cost will increase by $420.48 (+171.44%)", "… decrease by …", "monthly cost
 * unchanged"; undefined when the difference is unknown.
 */
function costChangeWords(cost) {
    const diff = cost?.diffTotalMonthly;
    if (diff === undefined || !(0,_model_decimal_js__WEBPACK_IMPORTED_MODULE_2__/* .isDecimal */ .aM)(diff))
        return undefined;
    if ((0,_model_decimal_js__WEBPACK_IMPORTED_MODULE_2__/* .isZeroDecimal */ .KF)(diff))
        return 'monthly cost unchanged';
    const falling = diff.startsWith('-');
    const size = (0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMoney */ .u)(falling ? diff.slice(1) : diff, cost?.currency);
    const pct = cost?.percentageChange === undefined ? '' : ` (${(0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l)(cost.percentageChange)})`;
    return `monthly cost will ${falling ? 'decrease' : 'increase'} by ${size}${pct}`;
}
function capitalised(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** The verdict sentence with the totals: "Monthly cost will increase by $420.48 (+171.44%): $245.26 → $665.74." */
function costSentence(cost, arrow) {
    const money = (value) => (0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMoney */ .u)(value, cost.currency);
    const span = cost.pastTotalMonthly !== undefined && cost.totalMonthly !== undefined
        ? `${money(cost.pastTotalMonthly)} ${arrow} ${money(cost.totalMonthly)}`
        : cost.totalMonthly !== undefined
            ? `${money(cost.totalMonthly)} after the change, before unknown`
            : cost.pastTotalMonthly !== undefined
                ? `${money(cost.pastTotalMonthly)} before the change, after unknown`
                : '';
    const words = costChangeWords(cost);
    if (words === undefined)
        return `Monthly cost: ${span}; the difference is unknown.`;
    return `${capitalised(words)}${span === '' ? '' : `: ${span}`}.`;
}
/** A cost for display: money, "usage-based" or "unknown"; absent is "—" (the resource was not there). */
function shown(value, currency, signed = false) {
    if (value === undefined)
        return EMPTY;
    return (0,_model_decimal_js__WEBPACK_IMPORTED_MODULE_2__/* .isDecimal */ .aM)(value) ? (0,_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMoney */ .u)(value, currency, signed) : value;
}
/** Whether to name each resource's project: several projects are read. */
function severalProjects(details) {
    return details.projects.total + details.unchangedProjects > 1;
}
function changedWord(details) {
    const all = details.projects.total + details.unchangedProjects;
    return `${details.projects.total} of ${all} project${all === 1 ? '' : 's'} change`;
}
function resourcesWord(details, shownCount) {
    const total = details.resources.total;
    return shownCount < total ? `top ${shownCount} of ${total}` : `${total}`;
}
/**
 * The Markdown cost section: the sentence, then the projects and resources folded, as many rows as
 * `allowance` (meter cost) lets through. Empty without a cost.
 */
function costMarkdown(model, meter, allowance) {
    const cost = model.cost;
    if (!hasCost(cost))
        return [];
    const currency = cost.currency;
    const code = currency === undefined ? '' : ` (${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(currency, 10)})`;
    const lines = [`#### Monthly cost${code}`, '', `**${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(costSentence(cost, '→'))}**`];
    const details = model.costDetails;
    if (details === undefined)
        return lines;
    let left = allowance - meter.cost(`${lines.join('\n')}\n`);
    const money = (value, signed = false) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(shown(value, currency, signed));
    const several = severalProjects(details);
    if (several && details.projects.items.length > 0) {
        const rows = details.projects.items
            .slice(0, MARKDOWN_PROJECTS)
            .map((p) => `| ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .S)(p.name, MAX_NAME)} | ${money(p.past)} | ${money(p.total)} | ${p.diff === undefined ? 'unknown' : money(p.diff, true)} |`);
        const table = folded(`Cost by project (${changedWord(details)})`, ['| Project | Before | After | Difference |', '| --- | ---: | ---: | ---: |'], rows, details.projects.total, 'project', meter, left);
        left -= meter.cost(`${table.join('\n')}\n`);
        lines.push(...table);
    }
    if (details.resources.items.length > 0) {
        const items = details.resources.items.slice(0, MARKDOWN_RESOURCES);
        const rows = items.map((r) => resourceRow(r, several, money));
        const table = folded(`Resources behind the change (${resourcesWord(details, items.length)}, by monthly difference)`, several
            ? ['| Resource | Project | Before | After | Difference |', '| --- | --- | ---: | ---: | ---: |']
            : ['| Resource | Before | After | Difference |', '| --- | ---: | ---: | ---: |'], rows, details.resources.total, 'resource', meter, left);
        lines.push(...table);
    }
    return lines;
}
function resourceRow(r, several, money) {
    const cells = [(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .S)(r.address, MAX_NAME)];
    if (several)
        cells.push((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .S)(r.project, MAX_NAME));
    cells.push(money(r.before), money(r.after), money(r.diff, true));
    return `| ${cells.join(' | ')} |`;
}
/** A `<details>` table, rows while they fit `allowance`, then how many were not shown. */
function folded(summary, head, rows, total, noun, meter, allowance) {
    const open = ['', `<details><summary>${summary}</summary>`, '', ...head];
    const more = (n) => `\n_${n} more ${noun}${n === 1 ? '' : 's'} not shown._`;
    const close = ['', '</details>'];
    let spent = meter.cost(`${[...open, more(total), ...close].join('\n')}\n`);
    if (spent > allowance)
        return [];
    const kept = [];
    for (const row of rows) {
        const cost = meter.cost(`${row}\n`);
        if (spent + cost > allowance)
            break;
        spent += cost;
        kept.push(row);
    }
    const rest = total - kept.length;
    return [...open, ...kept, ...(rest > 0 ? [more(rest)] : []), ...close];
}
/** The text summary's cost line: the verdict sentence with the currency. */
function costTextLine(cost) {
    if (!hasCost(cost))
        return undefined;
    const code = cost.currency === undefined ? '' : ` (${(0,_plain_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clipMiddle */ .e9)((0,_plain_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(cost.currency), 10)})`;
    return (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(`${costSentence(cost, '->').replace(/\.$/, '')}`).replace(/^Monthly cost/, `Monthly cost${code}`);
}
function costTextBlocks(model) {
    const details = model.costDetails;
    if (!hasCost(model.cost) || details === undefined)
        return [];
    const currency = model.cost.currency;
    const text = (value) => (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_3__/* .clipMiddle */ .e9)((0,_plain_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plainText */ .wh)(value), MAX_NAME);
    const blocks = [];
    const several = severalProjects(details);
    if (several && details.projects.items.length > 0) {
        const projects = details.projects.items.slice(0, TEXT_PROJECTS);
        const rows = (0,_text_table_js__WEBPACK_IMPORTED_MODULE_4__/* .alignColumns */ .R)([
            ['PROJECT', 'BEFORE', 'AFTER', 'DIFFERENCE'],
            ...projects.map((p) => [
                text(p.name),
                shown(p.past ?? 'unknown', currency),
                shown(p.total ?? 'unknown', currency),
                shown(p.diff ?? 'unknown', currency, true),
            ]),
        ]);
        blocks.push({
            title: `Cost by project (${changedWord(details)}):`,
            rows,
            total: details.projects.total,
            noun: 'projects',
        });
    }
    if (details.resources.items.length > 0) {
        const items = details.resources.items.slice(0, TEXT_RESOURCES);
        const rows = (0,_text_table_js__WEBPACK_IMPORTED_MODULE_4__/* .alignColumns */ .R)([
            ['RESOURCE', ...(several ? ['PROJECT'] : []), 'BEFORE', 'AFTER', 'DIFFERENCE'],
            ...items.map((r) => [
                text(r.address),
                ...(several ? [text(r.project)] : []),
                shown(r.before, currency),
                shown(r.after, currency),
                shown(r.diff, currency, true),
            ]),
        ], several ? [0, 1] : [0]);
        blocks.push({
            title: `Resources behind the change (${resourcesWord(details, items.length)}, by monthly difference):`,
            rows,
            total: details.resources.total,
            noun: 'resources',
        });
    }
    return blocks;
}


/***/ }),

/***/ 6739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ coverageGaps),
/* harmony export */   _5: () => (/* binding */ coverageOf)
/* harmony export */ });
/* unused harmony exports COVERAGE_NAMES, coverageLine, restatesCoverage */
/* harmony import */ var _model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8485);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9061);
/**
 * What a report does not cover: plans that errored, Terragrunt units that failed, were skipped or
 * never wrote a plan, and matrix legs that failed or never arrived. Coverage is part of the
 * verdict (verdict.ts puts it first, before destroys): unknown changes are worse than known ones,
 * and a report that did not see everything is never green and never "no changes".
 *
 * Pure: counts and names from the model; renderers and the Action's annotation word them.
 */


/** Names the alert lists per kind before "and N more". */
const COVERAGE_NAMES = 5;
function coverageOf(model) {
    const units = model.units;
    const failedUnits = units.filter((u) => u.status === 'failure').map((u) => u.pathId || '.');
    const unplanned = units
        .filter((u) => u.status === 'skipped' && u.noPlan === true)
        .map((u) => u.pathId || '.');
    const skipped = units
        .filter((u) => u.status === 'skipped' && u.noPlan !== true)
        .map((u) => u.pathId || '.');
    const legs = model.legs;
    const arrived = legs === undefined ? 0 : legs.planned.length + legs.failed.length;
    const missingLegs = legs?.expected === undefined ? 0 : Math.max(0, legs.expected - arrived);
    const failedLegs = legs?.failed ?? [];
    // An errored plan inside a failed unit is named once, as the unit.
    const erroredPlans = units.length > 0 ? [] : model.erroredPlans;
    const failed = failedUnits.length > 0 ||
        failedLegs.length > 0 ||
        erroredPlans.length > 0 ||
        (model.activityStatus === 'failure' && units.length === 0 && legs === undefined);
    const complete = !failed && skipped.length === 0 && unplanned.length === 0 && missingLegs === 0;
    return {
        erroredPlans: (0,_model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedList */ .Y4)(erroredPlans),
        failedUnits: (0,_model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedList */ .Y4)(failedUnits),
        skippedUnits: (0,_model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedList */ .Y4)(skipped),
        unplannedUnits: (0,_model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedList */ .Y4)(unplanned),
        failedLegs: (0,_model_bounded_list_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedList */ .Y4)(failedLegs),
        missingLegs,
        expectedLegs: legs?.expected,
        plannedLegs: legs?.planned.length ?? 0,
        failed,
        complete,
    };
}
/** The gaps, most severe first: failures, then what is missing, then what was skipped. */
function coverageGaps(model, coverage = coverageOf(model)) {
    const gaps = [];
    const c = coverage;
    const legsTotal = c.expectedLegs ?? c.plannedLegs + c.failedLegs.total;
    const cover = `counts cover ${c.plannedLegs}`;
    if (c.failedLegs.total > 0) {
        gaps.push({
            kind: 'failed-legs',
            severity: 'caution',
            text: `${c.failedLegs.total} of ${legsTotal} legs failed: ${cover}`,
            label: 'Failed legs',
            names: named(c.failedLegs),
        });
    }
    if (c.failedUnits.total > 0) {
        gaps.push({
            kind: 'failed-units',
            severity: 'caution',
            text: `${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.failedUnits.total, 'unit')} failed: their changes are unknown`,
            label: 'Failed units',
            names: named(c.failedUnits),
        });
    }
    if (c.erroredPlans.total > 0) {
        const which = c.erroredPlans.total === 1 ? 'the plan failed' : `${c.erroredPlans.total} plans failed`;
        gaps.push({
            kind: 'errored',
            severity: 'caution',
            text: `${which}: counts cover only what was planned before the error`,
            label: 'Failed plans',
            names: c.erroredPlans.total > 1 || model.files.length > 1 ? named(c.erroredPlans) : undefined,
        });
    }
    else if (c.failed && c.failedUnits.total === 0 && c.failedLegs.total === 0) {
        gaps.push({
            kind: 'errored',
            severity: 'caution',
            text: 'the plan failed: counts may be incomplete',
            label: 'Failed',
        });
    }
    if (c.missingLegs > 0) {
        gaps.push({
            kind: 'missing-legs',
            severity: 'warning',
            text: `${c.missingLegs} of ${legsTotal} legs missing: ${cover}`,
            label: 'Missing legs',
        });
    }
    if (c.unplannedUnits.total > 0) {
        gaps.push({
            kind: 'unplanned',
            severity: 'warning',
            text: `${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.unplannedUnits.total, 'unit')} without a plan`,
            label: 'No plan',
            names: named(c.unplannedUnits),
        });
    }
    if (c.skippedUnits.total > 0) {
        gaps.push({
            kind: 'skipped',
            severity: 'warning',
            text: `${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.skippedUnits.total, 'unit')} skipped`,
            label: 'Skipped units',
            names: named(c.skippedUnits),
        });
    }
    return gaps;
}
function named(list) {
    return { items: list.items.slice(0, COVERAGE_NAMES), total: list.total };
}
/**
 * One line for a CI annotation (the Action's `::warning::`): what the report does not cover, with
 * names, bounded. Undefined when the report is complete.
 */
function coverageLine(model) {
    const gaps = coverageGaps(model);
    if (gaps.length === 0)
        return undefined;
    const parts = gaps.map((gap) => {
        const names = gap.names === undefined ? '' : namesText(gap.names);
        return names === '' ? gap.text : `${gap.text} (${names})`;
    });
    return `The report is incomplete: ${parts.join('; ')}`;
}
function namesText(list) {
    const rest = list.total - list.items.length;
    return `${list.items.join(', ')}${rest > 0 ? ` ${andMore(rest)}` : ''}`;
}
/**
 * A merge note that says again what the coverage line says (`N of M expected legs missing`, from
 * partial/merge-partials.ts and run/run-merge.ts): the summaries keep it for the legs it names,
 * the Action leaves it out of its annotations so the checks page says it once.
 */
function restatesCoverage(line) {
    return /^\d+ of \d+ expected legs missing: /.test(line);
}


/***/ }),

/***/ 1713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vF: () => (/* binding */ sendEventRequestSchema)
/* harmony export */ });
/* unused harmony exports countsSchema, stackSchema, terragruntDetailSchema, activityMetadataSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
/* harmony import */ var _model_statuses_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9819);
/**
 * The body of the IaCM "send event" call (`SendEventRequest`), as one zod schema.
 * Source: the Harness IaCM API reference the team keeps (harness-iacm-api.md). Every event is validated against it before it leaves
 * the program, and the test IaCM server validates what it receives with the same schema.
 */


const count = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative();
const countsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    added: count,
    changed: count,
    deleted: count,
    unchanged: count,
    imported: count.optional(),
    removed: count.optional(),
});
/** Decimal text such as "12.5", "-3", "0.0001": costs travel as strings, never floats. */
const decimal = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^-?\d+(\.\d+)?$/, 'a decimal number as text');
const costFields = {
    cost_currency: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    cost_total_monthly: decimal.optional(),
    cost_past_total_monthly: decimal.optional(),
    cost_diff_total_monthly: decimal.optional(),
    cost_total_monthly_percentage_change: decimal.optional(),
    cost_breakdown_uuid: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    cost_diff_uuid: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
};
const stackSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    stack_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    stack_path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_1__/* .STACK_STATUSES */ .IE).optional(),
    error_message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    resource_counts: countsSchema.optional(),
    drift_counts: countsSchema.optional(),
    stack_outputs: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    assets_uuid: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    manifest_uuid: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    template_uuid: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    tree_uuid: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    drift_uuid: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const terragruntDetailSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    path_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    resource_counts: countsSchema.optional(),
    drift_counts: countsSchema.optional(),
    output_counts: countsSchema.optional(),
    ...costFields,
    state_file_link: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const activityMetadataSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    activity_type: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTIVITY_TYPES */ .gI).optional(),
    activity_status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTIVITY_STATUSES */ .FB).optional(),
    resource_counts: countsSchema.optional(),
    drift_counts: countsSchema.optional(),
    output_counts: countsSchema.optional(),
    PlannedChangesCount: count.optional(),
    ...costFields,
    plan_uuid: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    state_uuid: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    modules_uuid: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    providers_uuid: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    data_length: count.optional(),
    state_checksum: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    git_branch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    git_commit_message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    git_commit_sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    git_repo: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    pipeline: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    pipeline_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    pipeline_execution_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    pipeline_execution_number: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    pipeline_stage_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    provisioner: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    provisioner_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    stacks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(stackSchema).optional(),
    terragrunt_details: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(terragruntDetailSchema).optional(),
    trigger: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).optional(),
    enable_solutions_factory: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    rollback_reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    rollback_source_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
const sendEventRequestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    event_type: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_model_statuses_js__WEBPACK_IMPORTED_MODULE_1__/* .EVENT_TYPES */ .Ru),
    data: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    metadata: activityMetadataSchema.optional(),
    // Deprecated at top level (they belong in metadata); accepted so stored payloads still validate.
    pipeline_execution_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    pipeline_stage_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});


/***/ }),

/***/ 252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ boundedList)
/* harmony export */ });
/** `list` (a bounded list, or a plain array) cut to its first `max` items; the total is kept. */
function boundedList(list, max) {
    const items = 'items' in list ? list.items : list;
    const total = 'items' in list ? list.total : list.length;
    return { items: items.slice(0, Math.max(0, max)), total };
}


/***/ }),

/***/ 2254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown),
/* harmony export */   S: () => (/* binding */ codeSpan)
/* harmony export */ });
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8763);
/**
 * Makes untrusted names (resource addresses, unit paths, output names, messages) safe to put into
 * GitHub-flavoured Markdown: a table cell, a list item or a `<details>` summary. Names come from
 * plans that anyone who can open a pull request controls (for_each keys, module names), so a name
 * must never be able to close our HTML, break a table row, start a code span, ping a team, become a
 * link, or disguise itself with terminal colours, zero-width or bidirectional-override characters
 * (plainText shows those as `<U+XXXX>`).
 */

/**
 * HTML-significant characters as entities (names never go into attributes, so quotes can stay);
 * backtick and pipe too, since a backslash does not escape them in every spot.
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '`': '&#96;',
    '|': '&#124;',
};
/** Inline Markdown syntax that would otherwise turn part of a name into emphasis, a link or a heading. */
const MARKDOWN_PUNCTUATION = /[\\*_[\]~#!]/g;
/**
 * `text` as literal Markdown text, safe in a table cell, a list item and inside `<summary>`.
 * `maxLength` (in characters of the plain text) cuts very long names in the middle with an
 * ellipsis, so one name cannot eat a whole comment.
 */
function escapeMarkdown(text, maxLength = Number.POSITIVE_INFINITY) {
    // Trimmed: four leading spaces would make an indented code block of a list item.
    let plain = (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(text).trim();
    // Cut in the middle: the end of a name tells two names apart (`…branch.demo`, `…branch.main`).
    if (plain.length > maxLength)
        plain = (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clipMiddle */ .e9)(plain, maxLength);
    // Order matters: backslash escapes first, then entities (whose `&#` must not be escaped again),
    // then the `@` guard (which adds an entity of its own).
    return (plain
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
        // A leading `- `, `+ ` or `1. ` would start a (nested) list inside a list item.
        .replace(/^([-+])(?=\s|$)/, '\\$1')
        .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
        .replace(/[&<>`|]/g, (c) => ENTITIES[c] ?? c)
        // A zero-width space after `@` keeps `@org/team` from notifying anyone (and an address
        // from becoming a mailto link).
        .replace(/@/g, '@&#8203;')
        // GitHub and GitLab turn bare `scheme://…` and `www.…` into links: a zero-width space inside
        // the marker leaves the text as it reads and makes no link (issue 23).
        .replace(/:\/\//g, ':&#8203;//')
        .replace(/\b(www)\./gi, '$1&#8203;.'));
}
/**
 * `text` in code format (addresses, unit paths, file names). A `<code>` element around the
 * escaped text rather than a backtick span: it renders the same on GitHub, and the text inside
 * stays escaped like everywhere else (no raw `<` from a name ever reaches the page, a `|` cannot
 * split a table cell, a backtick cannot end the span early).
 */
function codeSpan(text, maxLength = Number.POSITIVE_INFINITY) {
    return `<code>${escapeMarkdown(text, maxLength)}</code>`;
}


/***/ }),

/***/ 7949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ renderMarkdownSummary)
});

// EXTERNAL MODULE: ./src/reporter/coverage.ts
var coverage = __webpack_require__(6739);
// EXTERNAL MODULE: ./src/reporter/markdown-escape.ts
var markdown_escape = __webpack_require__(2254);
// EXTERNAL MODULE: ./src/reporter/attribute-roles.ts
var attribute_roles = __webpack_require__(2961);
// EXTERNAL MODULE: ./src/reporter/vocabulary.ts
var vocabulary = __webpack_require__(9061);
;// CONCATENATED MODULE: ./src/reporter/markdown-sections.ts



function moreLine(count) {
    return `- … ${count} more not shown\n`;
}
/** The model's address groups; a hand-built model without them is one group. */
function groupsOf(model) {
    return model.addressGroups ?? [{ source: '', kind: 'plan', addresses: model.addresses }];
}
/** ` — <code>tags.Name</code>, <code>ami</code> (forces replacement); known after apply: <code>id</code>`. */
function attributesSuffix(changed) {
    return (0,attribute_roles/* rolesSuffix */.ze)(changed, (p) => (0,markdown_escape/* codeSpan */.S)(p));
}
function makeSection(summary, groups, meter, options) {
    const total = groups.reduce((n, g) => n + (g.total ?? g.names.length), 0);
    const open = `<details${options.open ? ' open' : ''}><summary>${summary} (${total})</summary>\n\n`;
    const close = '\n</details>\n\n';
    const nested = groups.length > 1 || (groups.length === 1 && (groups[0]?.kind === 'unit' || groups[0]?.named === true));
    const items = [];
    for (const group of groups) {
        const indent = nested ? '  ' : '';
        group.names.forEach((name, i) => {
            const shown = options.code ? (0,markdown_escape/* codeSpan */.S)(name, options.maxName) : (0,markdown_escape/* escapeMarkdown */.F)(name, options.maxName);
            const attributes = group.attributes?.get(name);
            const item = `${indent}- ${shown}${attributesSuffix(attributes)}\n${(0,attribute_roles/* valuesBlock */.mq)(attributes?.values, `${indent}  `)}`;
            if (i === 0 && nested) {
                const noun = group.kind === 'unit' ? 'unit' : group.kind === 'drift' ? 'drift file' : 'plan';
                items.push(`- ${noun} ${(0,markdown_escape/* codeSpan */.S)(group.source, options.maxName)}\n${item}`);
            }
            else {
                items.push(item);
            }
        });
    }
    const frame = meter.cost(open + close);
    const notKept = total - items.length;
    const full = items.reduce((sum, item) => sum + meter.cost(item), frame + (notKept > 0 ? meter.cost(moreLine(notKept)) : 0));
    return { open, close, items, total, minimum: frame + meter.cost(moreLine(total)), full };
}
/** How much each section may spend: its minimum, plus a fair share of the rest up to its full size. */
function shareOut(sections, allowance) {
    const given = sections.map((section) => Math.min(section.minimum, section.full));
    let spare = allowance - given.reduce((a, b) => a + b, 0);
    const wanting = sections
        .map((section, index) => ({ index, want: section.full - (given[index] ?? 0) }))
        .filter((entry) => entry.want > 0)
        .sort((a, b) => a.want - b.want);
    for (let i = 0; i < wanting.length && spare > 0; i++) {
        const entry = wanting[i];
        if (entry === undefined)
            break;
        const share = Math.floor(spare / (wanting.length - i));
        const extra = Math.min(entry.want, share);
        given[entry.index] = (given[entry.index] ?? 0) + extra;
        spare -= extra;
    }
    return given;
}
function renderSection(section, allowance, meter) {
    if (section.full <= allowance) {
        const notKept = section.total - section.items.length;
        return section.open + section.items.join('') + (notKept > 0 ? moreLine(notKept) : '') + section.close;
    }
    let spent = section.minimum;
    let shown = 0;
    for (const item of section.items) {
        const cost = meter.cost(item);
        if (spent + cost > allowance)
            break;
        spent += cost;
        shown++;
    }
    return (section.open + section.items.slice(0, shown).join('') + moreLine(section.total - shown) + section.close);
}
/**
 * Sections within `allowance` (in `meter` cost units). When even the headings do not fit, later
 * sections are dropped whole and the caller's last-resort cut says so.
 */
function renderSections(sections, meter, allowance) {
    if (allowance <= 0 || sections.length === 0)
        return '';
    let kept = sections.length;
    const minimumOf = (n) => sections.slice(0, n).reduce((sum, s) => sum + Math.min(s.minimum, s.full), 0);
    while (kept > 0 && minimumOf(kept) > allowance)
        kept--;
    const chosen = sections.slice(0, kept);
    const allowances = shareOut(chosen, allowance);
    return chosen.map((section, index) => renderSection(section, allowances[index] ?? 0, meter)).join('');
}
/** What a section's full size is, for callers that decide how to split a budget. */
function sectionsFull(sections) {
    return sections.reduce((sum, s) => sum + s.full, 0);
}
function summaryOf(action, model) {
    const label = action.needsEyes ? `<strong>${action.heading}</strong>` : action.heading;
    return action.key === 'drifted' ? `${label}, ${(0,vocabulary/* driftWords */.tE)(model)}` : label;
}
/** The address lists of the given kind (needs eyes or not), most dangerous first. */
function addressSections(model, meter, needsEyes, maxName, 
/** Show the changed attribute names of updates and replacements. */
withAttributes = true) {
    const groups = groupsOf(model);
    const plans = groups.filter((g) => g.kind === 'plan').length;
    return vocabulary/* ACTIONS */.kl.filter((action) => action.needsEyes === needsEyes)
        .map((action) => ({
        action,
        groups: groups
            .map((g) => {
            const list = g.addresses[action.key];
            return {
                source: g.source,
                kind: g.kind,
                names: list.items,
                total: list.total,
                named: g.kind === 'plan' && plans > 1,
                attributes: withAttributes && (action.key === 'updated' || action.key === 'replaced')
                    ? g.changedAttributes
                    : undefined,
            };
        })
            .filter((g) => g.total > 0),
    }))
        .filter(({ groups: named }) => named.length > 0)
        .map(({ action, groups: named }) => makeSection(summaryOf(action, model), named, meter, { open: needsEyes, maxName, code: true }));
}
/** The files read, collapsed, last. */
function filesSection(files, meter, maxName) {
    if (files.length === 0)
        return [];
    return [
        makeSection('Files read', [{ source: '', kind: 'plan', names: files }], meter, {
            open: false,
            maxName,
            code: true,
        }),
    ];
}

// EXTERNAL MODULE: ./src/reporter/money.ts
var money = __webpack_require__(6069);
// EXTERNAL MODULE: ./src/reporter/cost-summary.ts
var cost_summary = __webpack_require__(8929);
// EXTERNAL MODULE: ./src/reporter/run-facts.ts
var run_facts = __webpack_require__(3766);
// EXTERNAL MODULE: ./src/reporter/workspace-data-summary.ts
var workspace_data_summary = __webpack_require__(3472);
// EXTERNAL MODULE: ./src/reporter/text-budget.ts
var text_budget = __webpack_require__(5470);
// EXTERNAL MODULE: ./src/reporter/unit-order.ts
var unit_order = __webpack_require__(7890);
// EXTERNAL MODULE: ./src/reporter/verdict.ts
var verdict = __webpack_require__(9680);
;// CONCATENATED MODULE: ./src/reporter/markdown-summary.ts











function capitalised(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** Longest name shown in full; past it a name is cut with an ellipsis. */
const MAX_NAME = 300;
/** Names in the verdict are shorter, so the first lines stay a glance. */
const VERDICT_NAME = 80;
const MAX_WARNINGS = 20;
const EMPTY = '—';
const MARK = { caution: '🛑', warning: '⚠️', ok: '✅' };
const ALERT = { caution: 'CAUTION', warning: 'WARNING', ok: 'NOTE' };
function verdictLines(model, verdict, facts, title) {
    const words = verdict.parts.map((part) => (0,markdown_escape/* escapeMarkdown */.F)(part.text)).join(' · ');
    const lines = [`### ${MARK[verdict.severity]} ${title}: ${words}`];
    const named = [];
    for (const part of verdict.parts) {
        if (part.kind === 'coverage') {
            // What the report does not cover: named (bounded), or said when there are no names.
            const list = part.names;
            const names = list === undefined || list.total === 0
                ? (0,markdown_escape/* escapeMarkdown */.F)(part.text)
                : list.items.map((name) => (0,markdown_escape/* codeSpan */.S)(name, VERDICT_NAME)).join(', ') +
                    (list.total > list.items.length ? ` ${(0,vocabulary/* andMore */.v)(list.total - list.items.length)}` : '');
            named.push(`**${part.label ?? 'Not covered'}:** ${names}`);
            continue;
        }
        if (part.addresses === undefined || part.addresses.total === 0)
            continue;
        const label = part.kind === 'destroy' ? 'To destroy' : part.kind === 'replace' ? 'To replace' : 'Drifted';
        const names = part.addresses.items.map((name) => (0,markdown_escape/* codeSpan */.S)(name, VERDICT_NAME)).join(', ');
        const rest = part.addresses.total - part.addresses.items.length;
        named.push(`**${label}:** ${names}${rest > 0 ? ` ${(0,vocabulary/* andMore */.v)(rest)}` : ''}`);
    }
    for (const gate of facts.gates) {
        named.push(`**Gate failed:** ${(0,markdown_escape/* codeSpan */.S)(gate.name)}: ${(0,markdown_escape/* escapeMarkdown */.F)(gate.reason, 300)}`);
    }
    if (named.length > 0 && verdict.severity !== 'ok') {
        lines.push('', `> [!${ALERT[verdict.severity]}]`, ...named.map((line, i) => `> ${line}${i < named.length - 1 ? '<br>' : ''}`));
    }
    return lines;
}
function safeLink(url) {
    return /^https?:\/\/[^\s<>()[\]`]+$/.test(url) ? url : undefined;
}
/** "Harness recorded activity [id](link): counts match", the id linked when a UI base was set. */
function activityMarkdown(activity) {
    const id = (0,markdown_escape/* codeSpan */.S)(activity.id, 100);
    const link = activity.link === undefined ? undefined : safeLink(activity.link);
    const shown = link === undefined ? id : `[${id}](${link})`;
    return (0,markdown_escape/* escapeMarkdown */.F)(activity.line).replace((0,markdown_escape/* escapeMarkdown */.F)(activity.id), shown);
}
/** Where the event went and what it came from: tells matrix legs apart. */
function whereLine(model, facts) {
    const parts = [];
    const path = [facts.org, facts.project, facts.workspace].filter((p) => p !== undefined).join('/');
    const workspace = path === '' ? '' : (0,markdown_escape/* codeSpan */.S)(path, 200);
    switch (facts.delivery?.kind) {
        case 'sent':
            parts.push(`Sent to Harness IaCM${workspace === '' ? '' : ` workspace ${workspace}`}`);
            if (model.activity !== undefined)
                parts.push(activityMarkdown(model.activity));
            break;
        case 'dry-run':
            parts.push(`Dry run, not sent${workspace === '' ? '' : ` (workspace ${workspace})`}`);
            break;
        case 'saved':
            parts.push(`Partial report saved for a final merge, not sent${workspace === '' ? '' : ` (workspace ${workspace})`}`);
            break;
        case 'spooled':
            parts.push(`**Not sent:** saved to ${(0,markdown_escape/* codeSpan */.S)(facts.delivery.file, 300)} (send it with <code>iacm-report send --payload</code>)`);
            break;
        default:
            if (path !== '')
                parts.push(`Workspace ${(0,markdown_escape/* codeSpan */.S)(path, 200)}`);
    }
    if (facts.commit !== undefined)
        parts.push(`commit ${(0,markdown_escape/* codeSpan */.S)(facts.commit.slice(0, 12))}`);
    const link = facts.runUrl === undefined ? undefined : safeLink(facts.runUrl);
    if (link !== undefined)
        parts.push(`[CI run](${link})`);
    const tool = [
        `${model.activityType} (${model.activityStatus})`,
        model.provisioner === undefined
            ? undefined
            : `${model.provisioner}${model.provisionerVersion === undefined ? '' : ` ${(0,markdown_escape/* escapeMarkdown */.F)(model.provisionerVersion, 40)}`}`,
    ].filter((p) => p !== undefined);
    parts.push(tool.join(', '));
    return [parts.join(' · ')];
}
function countsRow(label, counts) {
    return `| ${label} | ${vocabulary/* COUNT_COLUMNS */.sP.map(({ key }) => String(counts[key])).join(' | ')} |`;
}
function anyChange(counts) {
    return vocabulary/* COUNT_COLUMNS */.sP.some(({ key }) => key !== 'unchanged' && counts[key] > 0);
}
function countsTable(model) {
    if (!model.hasChanges &&
        !model.hasDrift &&
        model.units.length === 0 &&
        model.activityStatus !== 'failure' &&
        (0,coverage/* coverageOf */._5)(model).complete) {
        return [model.activityType === 'drift' ? `${capitalised((0,vocabulary/* noDriftWords */.M6)(model))}.` : vocabulary/* NOTHING_TO_DO */.UO];
    }
    const lines = [
        `| | ${vocabulary/* COUNT_COLUMNS */.sP.map(({ word }) => word).join(' | ')} |`,
        `| --- |${' ---: |'.repeat(vocabulary/* COUNT_COLUMNS */.sP.length)}`,
        countsRow('Resources', model.resourceCounts),
    ];
    if (anyChange(model.outputCounts))
        lines.push(countsRow('Outputs', model.outputCounts));
    // Drift in its own words, under the table: its columns (import, forget) mean nothing for drift.
    if (model.hasDrift || anyChange(model.driftCounts))
        lines.push('', `**Drift:** ${(0,vocabulary/* driftLine */.wk)(model)}`);
    return lines;
}
function driftTotal(counts) {
    return counts === undefined ? EMPTY : String(counts.added + counts.changed + counts.deleted);
}
function unitRow(unit, scale, withCost, currency) {
    const status = unit.errorMessage === undefined
        ? (0,vocabulary/* unitStatus */.xk)(unit)
        : `${(0,vocabulary/* unitStatus */.xk)(unit)}: ${(0,markdown_escape/* escapeMarkdown */.F)(unit.errorMessage, 200)}`;
    const stat = unit.resourceCounts === undefined ? EMPTY : (0,unit_order/* diffstat */.EJ)(unit.resourceCounts);
    const graph = (0,unit_order/* bar */.M0)(unit.resourceCounts, scale);
    const cells = [
        (0,markdown_escape/* codeSpan */.S)(unit.pathId === '' ? '.' : unit.pathId, MAX_NAME),
        status,
        stat,
        graph === '' ? '' : `\`${graph}\``,
        driftTotal(unit.driftCounts),
    ];
    if (withCost) {
        const diff = unit.cost?.diffTotalMonthly;
        cells.push(diff === undefined ? EMPTY : (0,markdown_escape/* escapeMarkdown */.F)((0,money/* formatMoney */.u)(diff, currency, true)));
    }
    return `| ${cells.join(' | ')} |`;
}
/** The units table, as many rows as `allowance` (meter cost) allows, then a "more" line. */
function unitsSection(model, meter, allowance) {
    const units = model.units;
    if (units.length === 0)
        return [];
    const { shown, unchanged } = (0,unit_order/* orderUnits */.IM)(units);
    const withCost = units.some((u) => u.cost !== undefined) || (0,cost_summary/* hasCost */.ko)(model.cost);
    const head = [`#### Terragrunt units (${units.length})`, ''];
    const folded = unchanged > 0 ? [`_${(0,vocabulary/* plural */.LS)(unchanged, 'unit')} without changes._`] : [];
    if (shown.length > 0) {
        head.push(`| Unit | Status | Resources | | Drift |${withCost ? ' Monthly cost |' : ''}`, `| --- | --- | --- | --- | ---: |${withCost ? ' ---: |' : ''}`);
    }
    const more = (n) => `\n_${n} more unit${n === 1 ? '' : 's'} not shown._`;
    let spent = meter.cost(`${head.join('\n')}\n${more(units.length)}\n${folded.join('\n')}\n`);
    const scale = (0,unit_order/* barScale */.oB)(shown);
    const rows = [];
    for (const unit of shown) {
        const row = unitRow(unit, scale, withCost, model.cost?.currency);
        const cost = meter.cost(`${row}\n`);
        if (spent + cost > allowance)
            break;
        spent += cost;
        rows.push(row);
    }
    const lines = [...head, ...rows];
    if (rows.length < shown.length)
        lines.push(more(shown.length - rows.length));
    if (folded.length > 0)
        lines.push(...(shown.length > 0 ? [''] : []), ...folded);
    return lines;
}
function warningsSection(warnings) {
    if (warnings.length === 0)
        return [];
    const shown = warnings.slice(0, MAX_WARNINGS).map((w) => `- ${(0,markdown_escape/* escapeMarkdown */.F)(w, 500)}`);
    const rest = warnings.length - shown.length;
    return ['#### Warnings', '', ...shown, ...(rest > 0 ? [`- … ${rest} more not shown`] : [])];
}
/** As many whole lines of `lines` as fit `allowance`, as a block ('' when not even the heading fits). */
function fitLines(lines, meter, allowance) {
    const kept = [];
    for (const line of lines) {
        const next = block([...kept, line]);
        if (meter.cost(next) > allowance)
            break;
        kept.push(line);
    }
    return kept.length > 2 ? block(kept) : '';
}
function block(lines) {
    return lines.length === 0 ? '' : `${lines.join('\n')}\n\n`;
}
/** The Markdown summary of a run, within `options.budget`. */
function renderMarkdownSummary(model, options = {}) {
    const budget = options.budget ?? text_budget/* JOB_SUMMARY_BUDGET */.FI;
    const facts = options.facts ?? run_facts/* NO_FACTS */.K;
    const meter = new text_budget/* TextMeter */.Pc(budget);
    const title = (0,markdown_escape/* escapeMarkdown */.F)(options.title ?? `Harness IaCM ${model.activityType}`, MAX_NAME);
    // Policy verdicts lead; upload outcomes follow the costs (workspace-data-summary.ts).
    const data = (0,workspace_data_summary/* workspaceDataMarkdown */.Rf)(model);
    const top = block(verdictLines(model, (0,verdict/* verdictOf */.V)(model, facts), facts, title)) +
        block(data.lead) +
        block(whereLine(model, facts)) +
        block(countsTable(model));
    // The cost verdict, then the costs behind it folded, in up to a quarter of what is left.
    const cost = block((0,cost_summary/* costMarkdown */.nf)(model, meter, Math.floor((meter.capacity - meter.cost(top)) / 4)));
    const head = top + cost + block(data.tail);
    let left = meter.capacity - meter.cost(head);
    // Needs eyes: all of it when it fits in two thirds of what is left, else that much.
    // Attribute names only when the lists fit whole with them: an address beats a name.
    const eyesRoom = Math.floor((left * 2) / 3);
    let eyes = addressSections(model, meter, true, MAX_NAME);
    if (sectionsFull(eyes) > eyesRoom)
        eyes = addressSections(model, meter, true, MAX_NAME, false);
    const eyesText = renderSections(eyes, meter, Math.min(sectionsFull(eyes), eyesRoom));
    left -= meter.cost(eyesText);
    // The policies behind a verdict (already bounded) rank after the destroys, before the rest.
    const policies = fitLines(data.details, meter, Math.floor(left / 2));
    left -= meter.cost(policies);
    const warnings = block(warningsSection(model.warnings));
    const units = block(unitsSection(model, meter, Math.floor((left - meter.cost(warnings)) * 0.6)));
    left -= meter.cost(units + warnings);
    // The rest shares what is left; the files read come last and get what the rest leaves.
    let rest = addressSections(model, meter, false, MAX_NAME);
    if (sectionsFull(rest) > left)
        rest = addressSections(model, meter, false, MAX_NAME, false);
    const restText = renderSections(rest, meter, Math.min(sectionsFull(rest), left));
    left -= meter.cost(restText);
    const files = renderSections(filesSection(model.files, meter, MAX_NAME), meter, left);
    return (0,text_budget/* truncateToBudget */.DI)(`${(head + eyesText + policies + units + warnings + restText + files).trimEnd()}\n`, budget, '\n_The summary was cut to fit the size limit._\n');
}


/***/ }),

/***/ 6069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ formatPercent),
/* harmony export */   u: () => (/* binding */ formatMoney)
/* harmony export */ });
/* harmony import */ var _model_decimal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2078);
/**
 * Money as people read it: `$1,361.31`, `+€12.50`, `-¥300`. Infracost writes exact decimal text
 * (`1361.3075`); the event keeps that text, the summaries round it for display here, in integers
 * (never through a float). The symbol and the number of decimals come from the ICU data Node
 * carries (`Intl`), so every ISO 4217 code works; an unknown code is printed after the number.
 */

const styles = new Map();
function styleOf(currency) {
    const code = (currency ?? '').trim().toUpperCase();
    const cached = styles.get(code);
    if (cached !== undefined)
        return cached;
    let style = { prefix: '', suffix: code === '' ? '' : ` ${code}`, digits: 2 };
    if (/^[A-Z]{3}$/.test(code)) {
        try {
            const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
            const symbol = format.formatToParts(0).find((part) => part.type === 'currency')?.value ?? code;
            const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
            // A symbol that is just the code again ("CHF") reads better after the number.
            style =
                symbol === code ? { prefix: '', suffix: ` ${code}`, digits } : { prefix: symbol, suffix: '', digits };
        }
        catch {
            // Not a currency ICU knows: keep the code after the number.
        }
    }
    styles.set(code, style);
    return style;
}
/** `text` rounded half away from zero to `digits` decimals, with thousands separators; sign apart. */
function rounded(text, digits) {
    const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
    if (!match)
        return { negative: false, body: text };
    const fraction = (match[3] ?? '').padEnd(digits + 1, '0');
    let units = BigInt(`${match[2]}${fraction.slice(0, digits + 1)}`);
    units = (units + 5n) / 10n;
    const digitsText = units.toString().padStart(digits + 1, '0');
    const whole = digitsText.slice(0, digitsText.length - digits).replace(/\B(?=(\d{3})+$)/g, ',');
    const body = digits > 0 ? `${whole}.${digitsText.slice(digitsText.length - digits)}` : whole;
    return { negative: match[1] !== undefined && units !== 0n, body };
}
/**
 * An amount for display: `$5,269.21`. `signed` puts `+` on a positive amount (a difference);
 * text that is not a decimal number is shown as it is.
 */
function formatMoney(amount, currency, signed = false) {
    if (!(0,_model_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .isDecimal */ .aM)(amount))
        return amount;
    const style = styleOf(currency);
    const { negative, body } = rounded(amount, style.digits);
    const zero = /^[0.,]+$/.test(body);
    const sign = negative ? '-' : signed && !zero ? '+' : '';
    return `${sign}${style.prefix}${body}${style.suffix}`;
}
/** A percentage for display with its sign: `+5.00%`, `-24.75%`, `0.00%`. */
function formatPercent(percent) {
    if (!(0,_model_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .isDecimal */ .aM)(percent))
        return `${percent}%`;
    const { negative, body } = rounded(percent, 2);
    const zero = /^[0.]+$/.test(body);
    return `${negative ? '-' : zero ? '' : '+'}${body}%`;
}


/***/ }),

/***/ 3766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ NO_FACTS),
/* harmony export */   V: () => (/* binding */ gateMessage)
/* harmony export */ });
/**
 * What a summary says beyond the plans: the gates that tripped, where the event went, and the
 * commit and run it came from. Gathered by the pipeline (src/run) once the event is delivered and
 * the gates evaluated, so every summary of a run tells the same story as its exit code.
 */
const NO_FACTS = { gates: [] };
function gateMessage(gate) {
    return `${gate.name}: ${gate.reason}`;
}


/***/ }),

/***/ 5470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ truncateToBudget),
/* harmony export */   FI: () => (/* binding */ JOB_SUMMARY_BUDGET),
/* harmony export */   Pc: () => (/* binding */ TextMeter),
/* harmony export */   RS: () => (/* binding */ shrinkBudget),
/* harmony export */   ub: () => (/* binding */ COMMENT_BUDGET)
/* harmony export */ });
/* unused harmony export utf8Length */
/**
 * Size limits, one per output a summary goes to:
 * - GitHub job summary (`$GITHUB_STEP_SUMMARY`): 1 MiB (bytes) per step;
 * - GitHub PR comment: 65,536 characters, and the API also refuses large bodies by bytes, so a
 *   comment must fit both;
 * - Harness output variable (the plugin's SUMMARY): one line of at most 64 KiB in the output file,
 *   base64-encoded (SUMMARY_MAX_BYTES in src/plugin/output-file.ts).
 * Every summary spends its budget in the same order: verdict, needs-eyes lists, units, the rest,
 * the files read last. A TextMeter turns "fits both" into one additive integer cost, so a renderer can
 * add up pieces and compare with one number.
 */
/** `$GITHUB_STEP_SUMMARY` is refused over 1 MiB. */
const JOB_SUMMARY_BUDGET = { maxBytes: 1024 * 1024 };
/** An issue or PR comment body: 65,536 characters, and at most 262,144 UTF-8 bytes. */
const COMMENT_BUDGET = { maxChars: 65_536, maxBytes: 262_144 };
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * cost(text) = max(chars * maxBytes, bytes * maxChars) against capacity maxChars * maxBytes.
 * Scaling each limit by the other keeps integers exact, and since the max of a sum is at most the
 * sum of the maxes, pieces whose costs add up to the capacity fit both limits together.
 */
class TextMeter {
    budget;
    capacity;
    constructor(budget) {
        this.budget = budget;
        const { maxChars, maxBytes } = budget;
        if (maxChars === undefined && maxBytes === undefined) {
            throw new RangeError('a text budget needs maxChars or maxBytes');
        }
        this.capacity = (maxChars ?? 1) * (maxBytes ?? 1);
    }
    cost(text) {
        const { maxChars, maxBytes } = this.budget;
        const byChars = maxChars === undefined ? 0 : text.length * (maxBytes ?? 1);
        const byBytes = maxBytes === undefined ? 0 : utf8Length(text) * (maxChars ?? 1);
        return Math.max(byChars, byBytes);
    }
    fits(text) {
        const { maxChars, maxBytes } = this.budget;
        return ((maxChars === undefined || text.length <= maxChars) &&
            (maxBytes === undefined || utf8Length(text) <= maxBytes));
    }
}
/** The budget left once `text` (a marker, a heading) has been spent from it. */
function shrinkBudget(budget, text) {
    return {
        maxChars: budget.maxChars === undefined ? undefined : Math.max(0, budget.maxChars - text.length),
        maxBytes: budget.maxBytes === undefined ? undefined : Math.max(0, budget.maxBytes - utf8Length(text)),
    };
}
/**
 * The longest prefix of `text` that, followed by `note`, fits the budget: the last resort when
 * even the parts a summary must have do not fit. Cuts at a line end where it can.
 */
function truncateToBudget(text, budget, note) {
    const meter = new TextMeter(budget);
    if (meter.fits(text))
        return text;
    let low = 0;
    let high = text.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (meter.fits(text.slice(0, mid) + note))
            low = mid;
        else
            high = mid - 1;
    }
    let cut = text.slice(0, low);
    const lineEnd = cut.lastIndexOf('\n');
    if (lineEnd > 0)
        cut = cut.slice(0, lineEnd + 1);
    // Never end on half a surrogate pair.
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    return meter.fits(cut + note) ? cut + note : '';
}


/***/ }),

/***/ 3747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ renderTextSummary)
/* harmony export */ });
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8763);
/* harmony import */ var _list_cut_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(252);
/* harmony import */ var _attribute_roles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2961);
/* harmony import */ var _cost_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8929);
/* harmony import */ var _money_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6069);
/* harmony import */ var _text_table_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3131);
/* harmony import */ var _run_facts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3766);
/* harmony import */ var _unit_order_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7890);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9680);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9061);
/* harmony import */ var _workspace_data_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3472);











/** Longest a single name or message may run before it is shortened, so one cannot crowd out the rest. */
const MAX_PATH = 80;
const MAX_ADDRESS = 200;
const MAX_LINE = 500;
const DEFAULT_LIST_MAX = 10;
const VERDICT_WORD = { caution: 'CAUTION', warning: 'WARNING', ok: 'OK' };
/** Text safe to print on one line: escape sequences removed, other controls turned into spaces. */
function plainText(text) {
    return (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_7__/* .plainText */ .wh)(text).replace(/ {2,}/g, ' ').trim();
}
function clip(text, max) {
    return (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_7__/* .clipMiddle */ .e9)(text, max);
}
/** Long paths keep their tail: the unit's own folder is what tells two units apart. */
function clipPath(text) {
    return text.length > MAX_PATH ? `…${text.slice(text.length - MAX_PATH + 1)}` : text;
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
const table = _text_table_js__WEBPACK_IMPORTED_MODULE_8__/* .alignColumns */ .R;
function countsTable(model) {
    const cells = (c) => _vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .COUNT_COLUMNS */ .sP.map(({ key }) => String(c[key]));
    return [
        ...table([
            ['', ..._vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .COUNT_COLUMNS */ .sP.map(({ word }) => word)],
            ['Resources', ...cells(model.resourceCounts)],
            ['Outputs', ...cells(model.outputCounts)],
        ]),
        // Drift in its own words: a resource deleted outside is not a planned destroy.
        `Drift: ${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .driftLine */ .wk)(model)}`,
    ];
}
function verdictLines(model, facts) {
    const verdict = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .verdictOf */ .V)(model, facts);
    const lines = [
        `${VERDICT_WORD[verdict.severity]}: ${verdict.parts.map((p) => plainText(p.text)).join('; ')}`,
    ];
    // What the report does not cover, named (bounded), right under the verdict.
    for (const part of verdict.parts) {
        const list = part.names;
        if (part.kind !== 'coverage' || list === undefined || list.total === 0)
            continue;
        const names = list.items.map((name) => (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_7__/* .clipMiddle */ .e9)(plainText(name), MAX_PATH)).join(', ');
        const rest = list.total - list.items.length;
        lines.push(`${part.label ?? 'Not covered'}: ${names}${rest > 0 ? ` ${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .andMore */ .v)(rest)}` : ''}`);
    }
    return lines;
}
/** Where the event went and what it came from. */
function whereLines(model, facts) {
    const path = [facts.org, facts.project, facts.workspace].filter((p) => p !== undefined).join('/');
    const target = path === '' ? '' : ` (workspace ${clip(plainText(path), 200)})`;
    const parts = [];
    switch (facts.delivery?.kind) {
        case 'sent':
            parts.push(`Sent to Harness IaCM${target}`);
            if (model.activity !== undefined) {
                const link = model.activity.link === undefined ? '' : ` (${model.activity.link})`;
                parts.push(`${plainText(model.activity.line)}${link}`);
            }
            break;
        case 'dry-run':
            parts.push(`Dry run, not sent${target}`);
            break;
        case 'saved':
            parts.push(`Partial report saved for a final merge, not sent${target}`);
            break;
        case 'spooled':
            parts.push(`Not sent: saved to ${plainText(facts.delivery.file)}${target}`);
            break;
        default:
            if (path !== '')
                parts.push(`Workspace ${clip(plainText(path), 200)}`);
    }
    if (facts.commit !== undefined)
        parts.push(`commit ${plainText(facts.commit).slice(0, 12)}`);
    if (facts.runUrl !== undefined)
        parts.push(`run ${clip(plainText(facts.runUrl), 300)}`);
    const version = model.provisionerVersion === undefined ? '' : ` ${clip(plainText(model.provisionerVersion), 40)}`;
    const tool = model.provisioner === undefined ? version.trim() : `${model.provisioner}${version}`;
    const about = `${model.eventType} event, ${model.activityType} (${model.activityStatus})${tool === '' ? '' : `, ${tool}`}`;
    const lines = parts.length > 0 ? [parts.join('; ')] : [];
    return [...lines, `Report: ${about}; ${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(model.files.length, 'file')} read`];
}
/** ` — ami (forces replacement); known after apply: id`, and the values' lines under it. */
function attributesLines(model, key, address) {
    if (key !== 'replaced' && key !== 'updated')
        return ['', []];
    const changed = model.changedAttributes?.get(address);
    const suffix = (0,_attribute_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .rolesSuffix */ .ze)(changed, (p) => plainText(p));
    return [suffix, (0,_attribute_roles_js__WEBPACK_IMPORTED_MODULE_0__/* .valueLines */ .Hd)(changed?.values).map((line) => `      ${clip(plainText(line), MAX_LINE)}`)];
}
/** Destroys, replacements and drift, each address on its line, bounded. */
function eyesBlocks(model, listMax) {
    const blocks = [];
    for (const action of _vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .ACTIONS */ .kl.filter((a) => a.needsEyes || _vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .TEXT_LISTED */ .Me.has(a.key))) {
        const all = model.addresses[action.key];
        if (all.total === 0)
            continue;
        const list = (0,_list_cut_js__WEBPACK_IMPORTED_MODULE_9__/* .boundedList */ .Y)(all, listMax);
        const heading = action.key === 'drifted' ? `${action.heading}, ${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .driftWords */ .tE)(model)}` : action.heading;
        const rest = list.total - list.items.length;
        blocks.push({
            title: [`${heading} (${list.total}):`],
            items: list.items.map((address) => {
                const [suffix, values] = attributesLines(model, action.key, address);
                return [`  ${clip(plainText(address), MAX_ADDRESS)}${suffix}`, ...values];
            }),
            noun: 'addresses',
            tail: rest > 0 ? [`  ${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .andMore */ .v)(rest)}`] : [],
        });
    }
    return blocks;
}
/** One unit: its table cells, and a line under it saying why it failed or was skipped. */
function unitCells(unit, scale, cost) {
    const d = unit.driftCounts;
    const drift = d === undefined ? '-' : String(d.added + d.changed + d.deleted);
    const diff = unit.cost?.diffTotalMonthly;
    return [
        clipPath(plainText(unit.pathId)) || '.',
        (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .unitStatus */ .xk)(unit),
        drift,
        // The unit's monthly cost difference, as the Markdown table has it.
        ...(cost === undefined
            ? []
            : [diff === undefined ? '-' : plainText((0,_money_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMoney */ .u)(diff, cost.currency, true))]),
        unit.resourceCounts === undefined ? '-' : (0,_unit_order_js__WEBPACK_IMPORTED_MODULE_10__/* .diffstat */ .EJ)(unit.resourceCounts),
        (0,_unit_order_js__WEBPACK_IMPORTED_MODULE_10__/* .bar */ .M0)(unit.resourceCounts, scale),
    ];
}
function unitsBlock(model) {
    const units = model.units;
    const { shown, unchanged } = (0,_unit_order_js__WEBPACK_IMPORTED_MODULE_10__/* .orderUnits */ .IM)(units);
    const scale = (0,_unit_order_js__WEBPACK_IMPORTED_MODULE_10__/* .barScale */ .oB)(shown);
    const withCost = units.some((u) => u.cost !== undefined) || (0,_cost_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .hasCost */ .ko)(model.cost);
    const cost = withCost ? { currency: model.cost?.currency } : undefined;
    const rows = table([
        ['UNIT', 'STATUS', 'DRIFT', ...(withCost ? ['MONTHLY COST'] : []), 'RESOURCES', ''],
        ...shown.map((u) => unitCells(u, scale, cost)),
    ], withCost ? [0, 1, 4, 5] : [0, 1, 3, 4]);
    const items = shown.map((unit, i) => {
        const item = [rows[i + 1]];
        if (unit.errorMessage) {
            // Skipped is not failed: an excluded unit says why it was skipped, not "error".
            const label = unit.status === 'failure' ? 'error' : 'reason';
            item.push(`  ${label}: ${clip(plainText(unit.errorMessage), MAX_LINE)}`);
        }
        return item;
    });
    const title = ['', `Units: ${units.length}`];
    if (shown.length > 0)
        title.push(rows[0]);
    return {
        title,
        items,
        noun: 'units',
        tail: unchanged > 0 ? [`${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(unchanged, 'unit')} without changes`] : [],
    };
}
function warningsBlock(warnings) {
    const items = warnings.map((w) => [`- ${clip(plainText(w), MAX_LINE)}`]);
    return { title: ['', `Warnings: ${warnings.length}`], items, noun: 'warnings' };
}
const linesBytes = (lines) => lines.reduce((n, line) => n + bytes(line) + 1, 0);
const moreLine = (count, noun) => `… ${count} more ${noun} not shown`;
/** As many whole items as fit in `budget` bytes, then a line saying how many were left out. */
function fit(block, budget) {
    const tail = block.tail ?? [];
    if (block.items.length === 0 && tail.length === 0)
        return [];
    const full = [...block.title, ...block.items.flat(), ...tail];
    if (linesBytes(full) <= budget)
        return full;
    const reserve = bytes(moreLine(block.items.length, block.noun)) + 1 + linesBytes(tail);
    const out = [...block.title];
    let used = linesBytes(out);
    if (used + reserve > budget)
        return [];
    let shown = 0;
    for (const item of block.items) {
        const size = linesBytes(item);
        if (used + size + reserve > budget)
            break;
        out.push(...item);
        used += size;
        shown += 1;
    }
    out.push(moreLine(block.items.length - shown, block.noun), ...tail);
    return out;
}
/** Cuts text to at most `max` UTF-8 bytes on a character boundary, marking the cut. */
function cutBytes(text, max) {
    const mark = '…';
    if (max < bytes(mark))
        return '';
    let out = '';
    let size = 0;
    for (const char of text) {
        const n = bytes(char);
        if (size + n + bytes(mark) > max)
            break;
        out += char;
        size += n;
    }
    return out + mark;
}
/**
 * The summary (no trailing newline: callers print it as a line). The verdict comes first, then
 * the destroyed, replaced and drifted addresses, the gates, where the event went, the counts and
 * the cost, the units and the warnings. With `maxBytes` the lists are cut (whole lines, with an
 * "N more ... not shown" line) in the reverse of that order, so the verdict always survives.
 */
function renderTextSummary(model, options = {}) {
    const max = options.maxBytes ?? Number.POSITIVE_INFINITY;
    const facts = options.facts ?? _run_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .NO_FACTS */ .K;
    // The policy answers to the uploads follow the verdict (workspace-data-summary.ts).
    const data = (0,_workspace_data_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .workspaceDataText */ .zr)(model);
    const verdict = [...verdictLines(model, facts), ...data.lead];
    // The verdict names the tripped gates (no lines of their own); the entry prints each one's
    // reason once, as its error.
    const cost = (0,_cost_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .costTextLine */ .z9)(model.cost);
    const head = [
        ...whereLines(model, facts),
        '',
        ...countsTable(model),
        ...(cost === undefined ? [] : [cost]),
        ...data.tail,
    ];
    const must = linesBytes([...verdict, ...head]);
    if (must > max)
        return cutBytes([...verdict, ...head].join('\n'), max);
    let room = max - must;
    // Needs eyes first: up to two thirds of the room, shared in order (destroys before drift).
    const eyes = [];
    let eyesRoom = Math.floor((room * 2) / 3);
    for (const block of eyesBlocks(model, options.listMax ?? DEFAULT_LIST_MAX)) {
        const lines = fit(block, eyesRoom);
        eyes.push(...lines);
        eyesRoom -= linesBytes(lines);
        room -= linesBytes(lines);
    }
    // The policies behind the verdict (already bounded) rank after the destroys, before the units.
    const policyLines = fit({ title: [], items: data.details.map((line) => [line]), noun: 'policy lines' }, Math.floor(room / 2));
    room -= linesBytes(policyLines);
    // The costs behind the total: after the policies, up to half of what is left.
    const costLines = [];
    let costRoom = Math.floor(room / 2);
    for (const cost of (0,_cost_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .costTextBlocks */ .Rq)(model)) {
        const [header = '', ...rows] = cost.rows;
        const rest = cost.total - rows.length;
        const lines = fit({
            title: ['', cost.title, `  ${header}`],
            items: rows.map((row) => [`  ${row}`]),
            noun: cost.noun,
            tail: rest > 0 ? [`  ${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_5__/* .andMore */ .v)(rest)}`] : [],
        }, costRoom);
        costLines.push(...lines);
        costRoom -= linesBytes(lines);
        room -= linesBytes(lines);
    }
    // Warnings are few and often say why numbers look odd: give them up to half the room first,
    // units the rest, then warnings whatever units left over.
    const units = unitsBlock(model);
    const warnings = warningsBlock(model.warnings);
    const warningsShare = linesBytes(fit(warnings, Math.floor(room / 2)));
    const unitLines = model.units.length === 0 ? [] : fit(units, room - warningsShare);
    const warningLines = fit(warnings, room - linesBytes(unitLines));
    return [...verdict, ...eyes, ...head, ...costLines, ...policyLines, ...unitLines, ...warningLines].join('\n');
}


/***/ }),

/***/ 3131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ alignColumns)
/* harmony export */ });
/** Plain-text tables for logs: columns two spaces apart, names left-aligned, numbers right-aligned. */
/**
 * The rows as aligned lines; `left` says which columns are left-aligned (names), by default the
 * first; the others are right-aligned (numbers). Trailing spaces are trimmed.
 */
function alignColumns(rows, left = [0]) {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
    return rows.map((row) => row
        .map((cell, i) => (left.includes(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd());
}


/***/ }),

/***/ 7890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ diffstat),
/* harmony export */   IM: () => (/* binding */ orderUnits),
/* harmony export */   M0: () => (/* binding */ bar),
/* harmony export */   oB: () => (/* binding */ barScale)
/* harmony export */ });
/* unused harmony exports unitRank, BAR_WIDTH */
function driftOf(unit) {
    const d = unit.driftCounts;
    return d === undefined ? 0 : d.added + d.changed + d.deleted;
}
function changesOf(c) {
    return c === undefined ? 0 : c.added + c.changed + c.deleted + c.imported + c.removed;
}
/** 0 failed, 1 destroying, 2 drifted, 3 changing, 4 skipped, 5 without changes. */
function unitRank(unit) {
    if (unit.status === 'failure')
        return 0;
    if ((unit.resourceCounts?.deleted ?? 0) > 0)
        return 1;
    if (driftOf(unit) > 0)
        return 2;
    if (changesOf(unit.resourceCounts) > 0)
        return 3;
    if (unit.status === 'skipped')
        return 4;
    return 5;
}
function orderUnits(units) {
    const ranked = units.map((unit, index) => ({ unit, index, rank: unitRank(unit) }));
    const shown = ranked
        .filter((entry) => entry.rank < 5)
        .sort((a, b) => a.rank - b.rank || a.index - b.index)
        .map((entry) => entry.unit);
    return { shown, unchanged: units.length - shown.length };
}
/** `+3 ~1 -2`; imports and forgets only when there are some. */
function diffstat(c) {
    if (c === undefined)
        return '';
    const parts = [`+${c.added}`, `~${c.changed}`, `-${c.deleted}`];
    if (c.imported > 0)
        parts.push(`↓${c.imported}`);
    if (c.removed > 0)
        parts.push(`forget ${c.removed}`);
    return parts.join(' ');
}
const BAR_WIDTH = 20;
/** The size of the biggest unit's change: the bars' scale. */
function barScale(units) {
    let max = 0;
    for (const unit of units) {
        const c = unit.resourceCounts;
        if (c !== undefined)
            max = Math.max(max, c.added + c.changed + c.deleted);
    }
    return max;
}
/**
 * `++++~~--`: one mark per resource while they fit in BAR_WIDTH, else scaled to the biggest unit;
 * every kind that is not zero keeps at least one mark.
 */
function bar(c, scale) {
    if (c === undefined)
        return '';
    const total = c.added + c.changed + c.deleted;
    if (total === 0)
        return '';
    const width = scale <= BAR_WIDTH ? total : Math.max(1, Math.round((total / scale) * BAR_WIDTH));
    const share = (n) => (n === 0 ? 0 : Math.max(1, Math.round((n / total) * width)));
    return '+'.repeat(share(c.added)) + '~'.repeat(share(c.changed)) + '-'.repeat(share(c.deleted));
}


/***/ }),

/***/ 1873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ combinePolicyAnswers)
/* harmony export */ });
/* unused harmony exports policyLevel, policyStatusOutput */
/**
 * What the workspace data uploads of a run came to (issue 14): each upload with its outcome, and
 * Harness's OPA policy answers over all of them. Part of the ReportModel, so every summary and
 * output is drawn from the same picture. Pure; no API types beyond plain data.
 */
const RANK = { pass: 0, warning: 1, error: 2 };
/**
 * The spec's enum is error / warning / pass; OPA tools also say deny, fail, warn. A word we do not
 * know is read as a warning: it may be bad news, and a person should look rather than miss it.
 */
function policyLevel(status) {
    if (status === undefined || status.trim() === '')
        return undefined;
    const word = status.trim().toLowerCase();
    if (['error', 'deny', 'denied', 'fail', 'failed', 'failure'].includes(word))
        return 'error';
    if (['pass', 'passed', 'success', 'allow', 'allowed', 'ok'].includes(word))
        return 'pass';
    return 'warning';
}
function worst(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
/** All the policy answers of a run in one; undefined when no upload brought any. */
function combinePolicyAnswers(answers) {
    let level;
    const messages = [];
    const policies = new Map();
    for (const answer of answers) {
        const overall = policyLevel(answer.policy_evaluation_status);
        if (overall !== undefined)
            level = level === undefined ? overall : worst(level, overall);
        const message = answer.policy_evaluation_message?.trim();
        if (message && !messages.includes(message))
            messages.push(message);
        for (const item of answer.policy_evaluation ?? []) {
            const itemLevel = policyLevel(item.policy_status) ?? overall ?? 'warning';
            level = level === undefined ? itemLevel : worst(level, itemLevel);
            const result = {
                setName: item.policy_set_name || undefined,
                name: item.policy_name || undefined,
                status: item.policy_status?.trim() || itemLevel,
                level: itemLevel,
                message: item.message?.trim() || undefined,
            };
            const key = JSON.stringify([result.setName, result.name, result.status, result.message]);
            if (!policies.has(key))
                policies.set(key, result);
        }
    }
    if (level === undefined)
        return undefined;
    const sorted = [...policies.values()].sort((a, b) => RANK[b.level] - RANK[a.level]);
    return { level, messages, policies: sorted };
}
/** `policy-status` output: error, warning, pass, or '' when no policy was evaluated. */
function policyStatusOutput(data) {
    return data?.policy?.level ?? '';
}


/***/ }),

/***/ 9680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ verdictOf)
/* harmony export */ });
/* unused harmony export VERDICT_NAMES */
/* harmony import */ var _list_cut_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(252);
/* harmony import */ var _cost_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8929);
/* harmony import */ var _coverage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6739);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9061);
/**
 * The verdict: what a reviewer must know before approving, most severe first: what the report
 * does not cover (errored plans, failed, skipped and unplanned units, failed and missing legs:
 * coverage.ts), destroys and replacements, drift, tripped gates, the cost change. An incomplete
 * report is never `ok` and never "no changes". Built once from the model and the run's facts; each renderer only dresses it (an
 * alert and code spans in Markdown, plain words in text).
 */




/** Addresses named in the verdict per kind; the full lists follow under it. */
const VERDICT_NAMES = 3;
/** "monthly cost will increase by $420.48 (+171.44%)": Infracost's verdict, in ours. */
function costPart(model) {
    const text = (0,_cost_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .costChangeWords */ .zJ)(model.cost);
    return text === undefined ? undefined : { kind: 'cost', severity: 'ok', text };
}
/** Harness's policy answer to the uploaded data (issue 14): an error is a caution, a warning a warning. */
function policyPart(model) {
    const policy = model.workspaceData?.policy;
    if (policy === undefined || policy.level === 'pass')
        return undefined;
    const count = policy.policies.filter((p) => p.level === policy.level).length;
    const what = policy.level === 'error' ? 'failed' : 'warned';
    return {
        kind: 'policy',
        severity: policy.level === 'error' ? 'caution' : 'warning',
        text: count > 0 ? `${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(count, 'policy', 'policies')} ${what}` : `policy ${policy.level}`,
    };
}
/** What counts do not say: resources that move, outputs that change ("2 outputs change"). */
function seenOnlyChanges(model) {
    const a = model.addresses;
    const outputs = a.outputsAdded.total + a.outputsChanged.total + a.outputsRemoved.total;
    return [
        a.moved.total > 0 ? `${a.moved.total} moved` : '',
        outputs > 0 ? (outputs === 1 ? '1 output changes' : `${outputs} outputs change`) : '',
    ];
}
function verdictOf(model, facts) {
    // What the report does not cover comes first: unknown changes are worse than known ones.
    const parts = (0,_coverage_js__WEBPACK_IMPORTED_MODULE_1__/* .coverageGaps */ .GT)(model).map((gap) => ({
        kind: 'coverage',
        severity: gap.severity,
        text: gap.text,
        label: gap.label,
        names: gap.names,
    }));
    const a = model.addresses;
    const destroys = Math.max(a.deleted.total, model.resourceCounts.deleted - a.replaced.total);
    if (destroys > 0) {
        parts.push({
            kind: 'destroy',
            severity: 'caution',
            text: `${destroys} to destroy`,
            addresses: (0,_list_cut_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedList */ .Y)(a.deleted, VERDICT_NAMES),
        });
    }
    if (a.replaced.total > 0) {
        parts.push({
            kind: 'replace',
            severity: 'caution',
            text: `${a.replaced.total} to replace`,
            addresses: (0,_list_cut_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedList */ .Y)(a.replaced, VERDICT_NAMES),
        });
    }
    if (model.hasDrift) {
        parts.push({
            kind: 'drift',
            severity: 'warning',
            text: `${model.driftedCount} drifted (${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .driftWords */ .tE)(model)})`,
            addresses: (0,_list_cut_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedList */ .Y)(a.drifted, VERDICT_NAMES),
        });
    }
    for (const gate of facts.gates) {
        parts.push({ kind: 'gate', severity: 'caution', text: `gate failed: ${gate.name}` });
    }
    const policy = policyPart(model);
    if (policy)
        parts.push(policy);
    if (destroys === 0 && a.replaced.total === 0) {
        // Nothing destroyed: the verdict still says what the plan does (or that it does nothing).
        const c = model.resourceCounts;
        const changes = [
            c.added > 0 ? `${c.added} to add` : '',
            c.changed > 0 ? `${c.changed} to change` : '',
            c.imported > 0 ? `${c.imported} to import` : '',
            c.removed > 0 ? `${c.removed} to forget` : '',
            ...seenOnlyChanges(model),
        ].filter((s) => s !== '');
        // A refactor made only of moves says so: nothing else changes.
        if (changes.length === 1 && a.moved.total > 0 && changes[0] === `${a.moved.total} moved`)
            changes[0] = `${a.moved.total} moved, nothing else changes`;
        if (changes.length > 0)
            parts.push({ kind: 'changes', severity: 'ok', text: changes.join(', ') });
        else if (parts.length === 0) {
            // A drift check that found nothing says what it checked: it planned no changes to begin with.
            const driftCheck = model.activityType === 'drift' && !model.hasChanges;
            parts.push({ kind: 'changes', severity: 'ok', text: driftCheck ? (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .noDriftWords */ .M6)(model) : 'no changes' });
        }
    }
    const cost = costPart(model);
    if (cost)
        parts.push(cost);
    const severity = parts.some((p) => p.severity === 'caution')
        ? 'caution'
        : parts.some((p) => p.severity === 'warning')
            ? 'warning'
            : 'ok';
    return { severity, parts };
}


/***/ }),

/***/ 9061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   M6: () => (/* binding */ noDriftWords),
/* harmony export */   Me: () => (/* binding */ TEXT_LISTED),
/* harmony export */   UO: () => (/* binding */ NOTHING_TO_DO),
/* harmony export */   kl: () => (/* binding */ ACTIONS),
/* harmony export */   sP: () => (/* binding */ COUNT_COLUMNS),
/* harmony export */   tE: () => (/* binding */ driftWords),
/* harmony export */   v: () => (/* binding */ andMore),
/* harmony export */   wk: () => (/* binding */ driftLine),
/* harmony export */   xk: () => (/* binding */ unitStatus)
/* harmony export */ });
/* unused harmony exports toolName, changedOutside, DRIFT_COLUMNS, UNIT_STATUS */
const ACTIONS = [
    { key: 'deleted', verb: 'to destroy', heading: 'To destroy', needsEyes: true },
    { key: 'replaced', verb: 'to replace', heading: 'To replace', needsEyes: true },
    { key: 'drifted', verb: 'drifted', heading: 'Drifted', needsEyes: true },
    { key: 'updated', verb: 'to change', heading: 'To change', needsEyes: false },
    { key: 'created', verb: 'to add', heading: 'To add', needsEyes: false },
    { key: 'imported', verb: 'to import', heading: 'To import', needsEyes: false },
    // Actions no Terraform or OpenTofu writes (counted as changes): a reviewer must look.
    { key: 'unknown', verb: 'with unknown actions', heading: 'Unknown actions', needsEyes: true },
    {
        key: 'forgotten',
        verb: 'to forget',
        heading: 'To forget (removed from state, kept in the cloud)',
        needsEyes: false,
    },
    { key: 'moved', verb: 'moved', heading: 'Moved', needsEyes: false },
    { key: 'outputsChanged', verb: 'outputs to change', heading: 'Outputs to change', needsEyes: false },
    { key: 'outputsAdded', verb: 'outputs to add', heading: 'Outputs to add', needsEyes: false },
    { key: 'outputsRemoved', verb: 'outputs to remove', heading: 'Outputs to remove', needsEyes: false },
];
/** Lists the plain-text summary shows beside those that need eyes: what else a plan does that counts do not say. */
const TEXT_LISTED = new Set([
    'updated',
    'imported',
    'moved',
    'outputsChanged',
    'outputsAdded',
    'outputsRemoved',
]);
/** Column words for the count tables: the same in Markdown and text. */
const COUNT_COLUMNS = [
    { key: 'added', word: 'add' },
    { key: 'changed', word: 'change' },
    { key: 'deleted', word: 'destroy' },
    { key: 'imported', word: 'import' },
    { key: 'removed', word: 'forget' },
    { key: 'unchanged', word: 'unchanged' },
];
/** The tool that planned: what drift happened "outside" of. */
function toolName(model) {
    const tool = model.engine ?? (model.provisioner === 'terragrunt' ? undefined : model.provisioner);
    if (tool === 'opentofu')
        return 'OpenTofu';
    if (tool === 'terraform')
        return 'Terraform';
    return 'Terraform/OpenTofu';
}
function changedOutside(model) {
    return `changed outside ${toolName(model)}`;
}
/**
 * Drift in drift's words, each kind apart: "2 deleted, 1 changed outside Terraform". A resource
 * deleted outside is not a planned destroy, and a drift count is not a plan's count.
 */
function driftWords(model) {
    const d = model.driftCounts;
    const kinds = [
        d.deleted > 0 ? `${d.deleted} deleted` : '',
        d.changed > 0 ? `${d.changed} changed` : '',
        d.added > 0 ? `${d.added} created` : '',
    ].filter((s) => s !== '');
    if (kinds.length === 0)
        return changedOutside(model);
    // One kind: the count is the drifted count already said ("3 drifted (deleted outside ...)").
    const words = kinds.length === 1 ? kinds.map((k) => k.replace(/^\d+ /, '')) : kinds;
    return `${words.join(', ')} outside ${toolName(model)}`;
}
/** The drift counts as a line of their own (drift has no imports or forgets): "1 deleted outside, 3 unchanged". */
const DRIFT_COLUMNS = [
    { key: 'deleted', word: 'deleted outside' },
    { key: 'changed', word: 'changed outside' },
    { key: 'added', word: 'created outside' },
    { key: 'unchanged', word: 'unchanged' },
];
/** "1 deleted outside, 0 changed outside, 0 created outside, 3 unchanged". */
function driftLine(model) {
    return DRIFT_COLUMNS.map(({ key, word }) => `${model.driftCounts[key]} ${word}`).join(', ');
}
/** The verdict of a drift check that found nothing: what was checked, not "no changes". */
function noDriftWords(model) {
    return `no drift: ${plural(model.driftCounts.unchanged, 'resource')} checked`;
}
/** Unit statuses as a person says them: skipped is not failed. */
const UNIT_STATUS = {
    success: 'ok',
    failure: 'failed',
    skipped: 'skipped',
};
/** A unit's status in the unit tables: a unit folder that never planned says "no plan". */
function unitStatus(unit) {
    return unit.noPlan === true ? 'no plan' : UNIT_STATUS[unit.status];
}
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
/** "and 12 more": the tail of every bounded list. */
function andMore(count) {
    return `and ${count} more`;
}
const NOTHING_TO_DO = 'No changes: the infrastructure matches the configuration.';


/***/ }),

/***/ 3472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rf: () => (/* binding */ workspaceDataMarkdown),
/* harmony export */   ct: () => (/* binding */ policyName),
/* harmony export */   zr: () => (/* binding */ workspaceDataText)
/* harmony export */ });
/* unused harmony export MAX_POLICIES_LISTED */
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8763);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2254);
/**
 * The workspace data and policy lines of the summaries (issue 14), kept in one small renderer so
 * the summaries themselves only place them: `lead` goes first (a policy that said error or
 * warning is the first thing a reviewer must read), `tail` after the counts and costs.
 * Server words (policy names, messages, errors) are printed plain or Markdown-escaped.
 */


/** Policies named one by one in a summary; the rest are counted ("and N more"). */
const MAX_POLICIES_LISTED = 20;
/** Overall policy messages quoted. */
const MAX_MESSAGES = 3;
/** The first `max` of `items`, and a line counting the rest. */
function bounded(items, max, more) {
    const shown = items.slice(0, max);
    return items.length > max ? [...shown, more(items.length - max)] : shown;
}
function morePolicies(n) {
    return `… and ${n} more ${n === 1 ? 'policy' : 'policies'} (see the evaluation in Harness)`;
}
const MAX_TEXT = 300;
/** A run can upload one file per unit: list the failures whole, but only so many of them. */
const MAX_LISTED = 20;
function plain(text, max = MAX_TEXT) {
    const one = (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(text).replace(/ {2,}/g, ' ').trim();
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
/** A policy as summaries name it: `set / name`, whichever the server gave. */
function policyName(policy) {
    const parts = [policy.setName, policy.name].filter((p) => p !== undefined);
    return parts.length === 0 ? 'unnamed policy' : parts.join(' / ');
}
function verdictLine(policy) {
    const bad = policy.policies.filter((p) => p.level === policy.level).length;
    const what = policy.level === 'error' ? 'failed' : 'warned';
    const count = bad > 0 ? `: ${bad} ${bad === 1 ? 'policy' : 'policies'} ${what}` : '';
    return `Policy ${policy.level.toUpperCase()}${count} (Harness OPA evaluation of the uploaded data)`;
}
function uploadWhere(upload) {
    return upload.stackPath === undefined ? '' : ` (unit ${plain(upload.stackPath, 120)})`;
}
function sizeText(bytes) {
    return `${bytes.toLocaleString('en-US')} bytes`;
}
/** Plain-text lines for logs and the plugin's SUMMARY. */
function workspaceDataText(model) {
    const data = model.workspaceData;
    if (data === undefined)
        return { lead: [], details: [], tail: [] };
    const lead = [];
    const details = [];
    const tail = [''];
    const policy = data.policy;
    if (policy !== undefined) {
        if (policy.level === 'pass')
            tail.push(`Policy pass: ${policy.policies.length} evaluated`);
        else {
            lead.push(verdictLine(policy));
            details.push('', 'Policies:', ...policy.messages.slice(0, MAX_MESSAGES).map((m) => `  ${plain(m)}`), ...bounded(policy.policies.map((p) => `  ${p.level.padEnd(7)} ${plain(policyName(p), 160)}${p.message ? `: ${plain(p.message)}` : ''}`), MAX_POLICIES_LISTED, (n) => `  ${morePolicies(n)}`));
        }
    }
    const planned = data.uploads.filter((u) => u.outcome === 'planned');
    const uploaded = data.uploads.filter((u) => u.outcome === 'uploaded');
    const failed = data.uploads.filter((u) => u.outcome === 'failed');
    if (planned.length > 0) {
        tail.push(`Workspace data: ${planned.length} upload(s) planned, none made (dry run)`);
        for (const u of planned.slice(0, MAX_LISTED)) {
            tail.push(`  ${u.dataType} ${plain(u.label, 160)}, ${sizeText(u.size)}${uploadWhere(u)}`);
        }
    }
    else if (uploaded.length + failed.length > 0) {
        // Each failure is a warning of the run (with its retry command), listed under the warnings.
        const failures = failed.length > 0 ? `, ${failed.length} FAILED (see the warnings)` : '';
        tail.push(`Workspace data: ${uploaded.length} uploaded${failures}`);
    }
    if (planned.length > MAX_LISTED)
        tail.push('  … more not listed');
    return { lead, details, tail: tail.length > 1 ? tail : [] };
}
/** Markdown blocks for the job summary and the PR comment. */
function workspaceDataMarkdown(model) {
    const data = model.workspaceData;
    if (data === undefined)
        return { lead: [], details: [], tail: [] };
    const lead = [];
    const details = [];
    const tail = [];
    const policy = data.policy;
    if (policy !== undefined) {
        const items = bounded(policy.policies.map((p) => `- **${p.level}** ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(policyName(p), 160)}${p.message ? `: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(p.message, MAX_TEXT)}` : ''}`), MAX_POLICIES_LISTED, (n) => `- ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(morePolicies(n))}`);
        const messages = policy.messages.slice(0, MAX_MESSAGES).map((m) => `- ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(m, MAX_TEXT)}`);
        if (policy.level === 'pass') {
            tail.push(`**Policy pass**: ${policy.policies.length} evaluated`, '');
        }
        else {
            lead.push(`**${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(verdictLine(policy))}**`);
            details.push('#### Policies', '', ...messages, ...items);
        }
    }
    const planned = data.uploads.filter((u) => u.outcome === 'planned');
    const failed = data.uploads.filter((u) => u.outcome === 'failed');
    const uploaded = data.uploads.filter((u) => u.outcome === 'uploaded');
    if (planned.length > 0) {
        tail.push(`**Workspace data**: ${planned.length} upload(s) planned, none made (dry run)`, '');
    }
    else if (uploaded.length + failed.length > 0) {
        // Each failure is a warning of the run (with its retry command), listed under the warnings.
        const failures = failed.length > 0 ? `, ${failed.length} failed (see the warnings)` : '';
        tail.push(`**Workspace data**: ${uploaded.length} uploaded${failures}`);
    }
    return { lead: trimBlank(lead), details, tail: trimBlank(tail) };
}
/** The summary puts its own blank line after a block. */
function trimBlank(lines) {
    while (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}


/***/ }),

/***/ 3546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TC: () => (/* binding */ combinedModel),
/* harmony export */   Yk: () => (/* binding */ renderWorkspacesMarkdown),
/* harmony export */   kz: () => (/* binding */ renderWorkspacesText)
/* harmony export */ });
/* harmony import */ var _model_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7007);
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8763);
/* harmony import */ var _build_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2965);
/* harmony import */ var _markdown_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7949);
/* harmony import */ var _text_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3747);
/* harmony import */ var _text_budget_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5470);






const SEVERITY = { success: 0, incomplete: 1, failure: 2 };
/** The verdict over every workspace: sums and the worst status; lists stay in the sections. */
function combinedModel(sections, notes) {
    const models = sections.map((s) => s.model);
    const worst = models.reduce((status, m) => (SEVERITY[m.activityStatus] > SEVERITY[status] ? m.activityStatus : status), 'success');
    const types = new Set(models.map((m) => m.eventType));
    const activities = new Set(models.map((m) => m.activityType));
    const provisioners = new Set(models.map((m) => m.provisioner));
    const plannedChangesCount = models.reduce((n, m) => n + m.plannedChangesCount, 0);
    const driftedCount = models.reduce((n, m) => n + m.driftedCount, 0);
    return {
        eventType: types.size === 1 ? (models[0]?.eventType ?? 'plan') : 'plan',
        activityType: activities.size === 1 ? (models[0]?.activityType ?? 'plan') : 'plan',
        activityStatus: notes.length > 0 && worst === 'success' ? 'incomplete' : worst,
        provisioner: provisioners.size === 1 ? models[0]?.provisioner : undefined,
        provisionerVersion: undefined,
        resourceCounts: (0,_build_model_js__WEBPACK_IMPORTED_MODULE_1__/* .sumCounts */ .W_)(models, (m) => m.resourceCounts),
        driftCounts: (0,_build_model_js__WEBPACK_IMPORTED_MODULE_1__/* .sumCounts */ .W_)(models, (m) => m.driftCounts),
        outputCounts: (0,_build_model_js__WEBPACK_IMPORTED_MODULE_1__/* .sumCounts */ .W_)(models, (m) => m.outputCounts),
        plannedChangesCount,
        driftedCount,
        hasChanges: plannedChangesCount > 0,
        hasDrift: driftedCount > 0,
        addresses: combinedAddresses(sections),
        units: [],
        cost: undefined,
        files: [],
        erroredPlans: sections.flatMap(({ workspace, model }) => model.erroredPlans.map((f) => `${workspace}: ${f}`)),
        warnings: [...notes],
    };
}
/** Every workspace's lists, each address after its workspace, so the verdict sees what is replaced. */
function combinedAddresses(sections) {
    const lists = (0,_model_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyAddressLists */ .XC)();
    for (const { workspace, model } of sections)
        (0,_build_model_js__WEBPACK_IMPORTED_MODULE_1__/* .appendAddresses */ .pz)(lists, model.addresses, `${workspace}: `);
    return lists;
}
function title(sections) {
    return `Harness IaCM: ${sections.length} workspace${sections.length === 1 ? '' : 's'}`;
}
/**
 * The Markdown: the verdict, then each workspace's section within an equal share of what the
 * verdict leaves (a workspace with a huge plan cannot push the others out).
 */
function renderWorkspacesMarkdown(sections, notes, budget) {
    // The verdict and each workspace get an equal share: a huge plan cannot push the others out.
    const parts = sections.length + 1;
    const share = {
        maxChars: budget.maxChars === undefined ? undefined : Math.floor(budget.maxChars / parts) - 2,
        maxBytes: budget.maxBytes === undefined ? undefined : Math.floor(budget.maxBytes / parts) - 2,
    };
    const texts = [
        (0,_markdown_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdownSummary */ .m)(combinedModel(sections, notes), { budget: share, title: title(sections) }),
    ];
    for (const { workspace, model } of sections) {
        texts.push((0,_markdown_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdownSummary */ .m)(model, { budget: share, title: `Workspace ${workspace}` }));
    }
    return (0,_text_budget_js__WEBPACK_IMPORTED_MODULE_4__/* .truncateToBudget */ .DI)(texts.join('\n'), budget, '\n_The summary was cut to fit the size limit._\n');
}
/** The plain-text form (CLI stderr, the plugin's log and SUMMARY output), within `maxBytes`. */
function renderWorkspacesText(sections, notes, maxBytes) {
    // Each part gets an equal share, less room for its heading line.
    const share = maxBytes === undefined ? undefined : Math.max(0, Math.floor(maxBytes / (sections.length + 1)) - 128);
    const name = (workspace) => {
        const plain = (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plainText */ .wh)(workspace);
        return plain.length > 80 ? `${plain.slice(0, 79)}…` : plain;
    };
    const parts = [
        `${title(sections)}\n${(0,_text_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTextSummary */ .k)(combinedModel(sections, notes), { maxBytes: share })}`,
        ...sections.map(({ workspace, model }) => `== Workspace ${name(workspace)} ==\n${(0,_text_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTextSummary */ .k)(model, { maxBytes: share })}`),
    ];
    const text = parts.join('\n\n');
    if (maxBytes === undefined || Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    // Thousands of workspaces: even the headings overflow; keep whole lines that fit.
    const note = '\n… cut to fit the size limit';
    const kept = [];
    let size = Buffer.byteLength(note, 'utf8');
    for (const line of text.split('\n')) {
        const cost = Buffer.byteLength(line, 'utf8') + 1;
        if (size + cost > maxBytes)
            break;
        kept.push(line);
        size += cost;
    }
    return kept.join('\n') + note;
}


/***/ }),

/***/ 21:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ cleanBody),
/* harmony export */   m: () => (/* binding */ bodySecrets)
/* harmony export */ });
/* harmony import */ var _api_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2799);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The secrets no body or file we write may hold (issue 23): the API key, whichever way it came in.
 * Plan content is the pull-request author's to choose, so it may equal the key; the event and
 * the partial are scrubbed field by field before they are serialised (api/redact.ts).
 */


function bodySecrets(config) {
    const key = config.connection.apiKey;
    return key === undefined ? [] : [key];
}
/**
 * The serialised body, checked once more: a key spelt across JSON syntax (`","`) survives the
 * field-by-field scrub. Such a body is refused, never sent or written.
 */
function cleanBody(body, config) {
    if (!(0,_api_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .holdsSecret */ .hK)(body, bodySecrets(config)))
        return body;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('the event body would carry the API key (the key matches text of the body); nothing was sent or written. Rotate the key', 'CONFIG_INVALID');
}


/***/ }),

/***/ 3878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YM: () => (/* binding */ uploadHttpOptions),
/* harmony export */   k$: () => (/* binding */ performUploads)
/* harmony export */ });
/* unused harmony exports UPLOAD_CONCURRENCY, shellQuote, DEFAULT_UPLOADS_DEADLINE_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _make_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3927);
/* harmony import */ var _api_redact_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2799);
/* harmony import */ var _api_spool_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3487);
/* harmony import */ var _api_http_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(773);
/* harmony import */ var _api_create_data_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5339);
/* harmony import */ var _inputs_bounded_map_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9995);
/* harmony import */ var _reporter_upload_outcome_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1873);
/**
 * Performs a run's workspace data uploads (planned by upload-plan.ts), a few at a time, each
 * retried like the event. A failed upload never stops the run: it is recorded with the command
 * that retries it, and the event goes without its id.
 *
 * State holds secrets: its file is only streamed to the endpoint. Its bytes are hashed on their
 * way out (state_checksum) and never read for anything else or printed.
 */











/** Uploads in flight at once: enough to overlap round trips, few enough to stay clear of rate limits. */
const UPLOAD_CONCURRENCY = 4;
/**
 * A large state or plan text on a slow link takes longer than an event: each attempt gets the
 * event's 30 s plus a second per MB (a 1 MB/s floor), the whole call twice that. Set timeouts
 * (tests) win.
 */
function uploadHttpOptions(size, base = {}) {
    const perAttempt = _api_http_client_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_HTTP_OPTIONS */ .AU.requestTimeoutMs + Math.ceil(size / 1_000_000) * 1000;
    return {
        requestTimeoutMs: perAttempt,
        totalBudgetMs: Math.max(_api_http_client_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_HTTP_OPTIONS */ .AU.totalBudgetMs, perAttempt * 2),
        ...base,
    };
}
/** POSIX shell quoting, so a printed retry command can be pasted as it is. */
function shellQuote(text) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function retryCommand(upload, file, pipeline) {
    const args = [
        'iacm-report upload',
        `--data-type ${upload.dataType}`,
        `--file ${shellQuote(file)}`,
        ...(upload.stackPath === undefined ? [] : [`--stack-path ${shellQuote(upload.stackPath)}`]),
        `--pipeline-id ${shellQuote(pipeline.pipelineId)}`,
        `--stage-id ${shellQuote(pipeline.stageId)}`,
        `--pipeline-execution-id ${shellQuote(pipeline.pipelineExecutionId)}`,
        `--pipeline-stage-id ${shellQuote(pipeline.pipelineStageId)}`,
    ];
    return args.join(' ');
}
/** Bytes made here (a unit's Infracost project) are written out so the retry has a file to send. */
async function keepForRetry(upload, spool) {
    if ('file' in upload.source)
        return upload.source.file;
    const dir = (0,_api_spool_js__WEBPACK_IMPORTED_MODULE_5__/* .spoolDirectory */ .jy)({
        ...(spool.spoolDir === undefined ? {} : { spoolDir: spool.spoolDir }),
        env: spool.env,
        cwd: spool.cwd,
    });
    await (0,_make_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .makeDir */ .g)(dir, 0o700);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `iacm-data-${upload.dataType}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.json`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, upload.source.bytes, { mode: 0o600, flag: 'wx' });
    return file;
}
const DEFAULT_UPLOADS_DEADLINE_MS = 300_000;
/**
 * An upload's HTTP options under the run's deadline for all uploads: neither an attempt nor its
 * retries run past `until` (the client starts no attempt past its budget and cuts the one running).
 */
function withinDeadline(options, left) {
    const budget = options.totalBudgetMs ?? _api_http_client_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_HTTP_OPTIONS */ .AU.totalBudgetMs;
    const attempt = options.requestTimeoutMs ?? _api_http_client_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_HTTP_OPTIONS */ .AU.requestTimeoutMs;
    return { ...options, totalBudgetMs: Math.min(budget, left), requestTimeoutMs: Math.min(attempt, left) };
}
/** Runs every upload; failures are recorded, never thrown (a UsageError, which means no call was possible, is). */
async function performUploads(uploads, options) {
    let stateChecksum;
    const deadlineMs = options.deadlineMs ?? DEFAULT_UPLOADS_DEADLINE_MS;
    const until = Date.now() + deadlineMs;
    const late = `not done: the uploads' deadline of ${Math.round(deadlineMs / 1000)} s (upload-timeout) passed first`;
    const failed = async (upload, base, error) => {
        try {
            const file = await keepForRetry(upload, options);
            return { ...base, outcome: 'failed', error, retry: retryCommand(upload, file, options.pipeline) };
        }
        catch (spoolError) {
            const why = spoolError instanceof Error ? spoolError.message : String(spoolError);
            return {
                ...base,
                outcome: 'failed',
                error: `${error}; its bytes could not be kept for a retry (${why})`,
            };
        }
    };
    // By upload, not by finishing order: the policy list reads the same on every run.
    const answers = new Array(uploads.length);
    const assignments = [];
    const { values, errors } = await (0,_inputs_bounded_map_js__WEBPACK_IMPORTED_MODULE_9__/* .boundedMap */ .a)(uploads, options.concurrency ?? UPLOAD_CONCURRENCY, async (upload, index) => {
        const base = {
            dataType: upload.dataType,
            label: upload.label,
            size: upload.size,
            stackPath: upload.stackPath,
        };
        let hash;
        const isState = upload.dataType === 'state_raw';
        const left = until - Date.now();
        // Past the deadline nothing more starts: the upload is not done, its verdict unread.
        if (left <= 0)
            return await failed(upload, { ...base, verdictUnread: true }, late);
        try {
            const result = await (0,_api_create_data_js__WEBPACK_IMPORTED_MODULE_7__/* .createData */ .vd)(options.connection, {
                dataType: upload.dataType,
                source: upload.source,
                pipeline: options.pipeline,
                stackPath: upload.stackPath,
                onAttempt: isState
                    ? () => {
                        const attempt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
                        hash = attempt;
                        return (chunk) => attempt.update(chunk);
                    }
                    : undefined,
            }, withinDeadline(uploadHttpOptions(upload.size, options.http), left));
            answers[index] = result.response;
            if (result.id === undefined)
                return await failed(upload, base, result.idProblem ?? 'no usable id');
            if (upload.target !== undefined)
                assignments.push({ ...upload.target, id: result.id });
            if (isState && hash !== undefined)
                stateChecksum = hash.digest('hex');
            return { ...base, outcome: 'uploaded', id: result.id };
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD))
                throw error;
            const unread = { ...base, verdictUnread: true };
            const why = (0,_api_redact_js__WEBPACK_IMPORTED_MODULE_10__/* .redact */ .E$)(error.message, [options.connection.apiKey]);
            return await failed(upload, unread, Date.now() >= until ? `${why} (${late})` : why);
        }
    });
    const first = errors[0];
    if (first !== undefined)
        throw first.error;
    const records = values.filter((v) => v !== undefined);
    return {
        report: {
            uploads: records,
            policy: (0,_reporter_upload_outcome_js__WEBPACK_IMPORTED_MODULE_8__/* .combinePolicyAnswers */ .De)(answers.filter((a) => a !== undefined)),
        },
        assignments,
        stateChecksum,
    };
}


/***/ }),

/***/ 4942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ present),
/* harmony export */   Pu: () => (/* binding */ failureLine),
/* harmony export */   UB: () => (/* binding */ reportEnding),
/* harmony export */   bz: () => (/* binding */ deliveryNote),
/* harmony export */   qs: () => (/* binding */ mergeEnding)
/* harmony export */ });
/* unused harmony exports failuresOf, endWith */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4661);
/* harmony import */ var _reporter_markdown_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7949);
/* harmony import */ var _reporter_run_facts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3766);
/* harmony import */ var _reporter_text_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3747);
/* harmony import */ var _reporter_workspaces_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3546);
/**
 * One ending for every entry and both runs (report, merge): the outcome as one type, the
 * failures it holds as data (codes and facts), and the order in which an entry presents it.
 * Each entry supplies only an EntryWriter, its world's way of writing (CLI streams, the Action's
 * log, summary, outputs and comment, the plugin's log and output file); the exit code is decided
 * here, once, as tfcmt has one notifier for every output.
 *
 * To add an output (a file, an annotation, a comment on another forge) add it to the writer of the
 * entry that offers it: `write` for a finished run, `refuse` for a run that could not finish.
 */






function reportEnding(outcome, workspace) {
    const { model, facts } = outcome;
    return {
        kind: 'report',
        model,
        facts,
        gates: outcome.gates,
        delivery: outcome.delivery,
        event: outcome.event,
        body: outcome.body,
        partialFile: outcome.partialFile,
        legs: [],
        workspace,
        text: (maxBytes) => (0,_reporter_text_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .renderTextSummary */ .k)(model, { maxBytes, facts }),
        markdown: (budget) => (0,_reporter_markdown_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdownSummary */ .m)(model, { budget, facts }),
    };
}
function mergeEnding(outcome, workspace) {
    const { model, facts, legs, gates } = outcome;
    if (outcome.kind === 'comment-only') {
        const { sections, notes } = outcome;
        return {
            kind: 'comment-only',
            model,
            facts,
            gates,
            body: '',
            legs,
            workspace,
            sections,
            text: (maxBytes) => (0,_reporter_workspaces_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderWorkspacesText */ .kz)(sections, notes, maxBytes),
            markdown: (budget) => (0,_reporter_workspaces_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderWorkspacesMarkdown */ .Yk)(sections, notes, budget),
        };
    }
    return {
        kind: 'merge',
        model,
        facts,
        gates,
        delivery: outcome.delivery,
        event: outcome.event,
        body: outcome.body,
        legs,
        workspace,
        text: (maxBytes) => (0,_reporter_text_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .renderTextSummary */ .k)(model, { maxBytes, facts }),
        markdown: (budget) => (0,_reporter_markdown_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdownSummary */ .m)(model, { budget, facts }),
    };
}
/** What became of the event, in one sentence (the same in every entry); undefined for a failed send. */
function deliveryNote(ending) {
    const what = ending.kind === 'merge' ? 'merged event' : 'event';
    if (ending.kind === 'comment-only') {
        const workspaces = new Set(ending.legs.map((leg) => leg.workspace)).size;
        return `Comment only: ${workspaces} workspace(s), ${ending.legs.length} leg(s); nothing sent.`;
    }
    switch (ending.delivery?.kind) {
        case 'sent': {
            const legs = ending.kind === 'merge' ? ` of ${ending.legs.length} leg(s)` : '';
            const type = ending.event?.event_type ?? '';
            return `Sent the ${ending.kind === 'merge' ? 'merged ' : ''}${type} event${legs} to IaCM workspace "${ending.workspace ?? ''}".`;
        }
        case 'dry-run':
            return `Dry run: the ${what} was not sent to Harness.`;
        case 'saved':
            return `Partial report saved to ${ending.partialFile ?? 'its file'}; nothing sent (the merge step sends).`;
        default:
            return undefined;
    }
}
/** The failures a finished run holds: a send that failed (body spooled), then each tripped gate. */
function failuresOf(ending) {
    const failures = [];
    const { delivery } = ending;
    if (delivery?.kind === 'spooled') {
        failures.push({ code: 'DELIVERY_FAILED', error: delivery.error, file: delivery.file });
    }
    for (const gate of ending.gates)
        failures.push({ code: 'GATE_FAILED', gate });
    return failures;
}
/** A failure as one line for one world (each writer adds its own prefix). */
function failureLine(failure, world) {
    const nameOf = _config_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .SETTING_NAMES */ .OI[world];
    switch (failure.code) {
        case 'DELIVERY_FAILED':
            return (`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(failure.error, nameOf)}; the request body was saved to ` +
                `${failure.file}; send it later with: iacm-report send --payload ${failure.file}`);
        case 'GATE_FAILED':
            return `gate failed: ${(0,_reporter_run_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .gateMessage */ .V)(failure.gate)}`;
        case 'OUTPUT_FAILED':
            return `could not write ${failure.what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(failure.error, nameOf)}`;
    }
}
/** The one ending: writes the outcome, then its failures; returns the exit code. */
async function present(ending, writer) {
    const failures = [...(await writer.write(ending)), ...failuresOf(ending)];
    if (failures.length === 0)
        return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_OK */ .Ij;
    await writer.fail(failures);
    return _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_FAILURE */ .w5;
}
/** Runs `produce` (read the settings, run the pipeline) and presents what it ends with. */
async function endWith(writer, produce) {
    let ending;
    try {
        ending = await produce();
    }
    catch (error) {
        await writer.refuse(error);
        return exitCodeOf(error);
    }
    return present(ending, writer);
}


/***/ }),

/***/ 6305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ trippedGates)
/* harmony export */ });
/* harmony import */ var _reporter_coverage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6739);
/* harmony import */ var _model_decimal_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2078);
/* harmony import */ var _reporter_money_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6069);
/* harmony import */ var _reporter_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9061);
/* harmony import */ var _reporter_workspace_data_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3472);
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8763);






/** The gates that trip, in the order they are configured; empty when all pass. */
function trippedGates(model, gates) {
    const tripped = [];
    if (gates.failOnDrift && model.hasDrift) {
        tripped.push({ name: 'fail-on-drift', reason: `${(0,_reporter_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(model.driftedCount, 'resource')} drifted` });
    }
    if (gates.failOnDestroy && model.resourceCounts.deleted > 0) {
        tripped.push({
            name: 'fail-on-destroy',
            reason: `${(0,_reporter_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(model.resourceCounts.deleted, 'resource')} would be destroyed (replacements included)`,
        });
    }
    if (gates.failOnIncomplete) {
        const gaps = (0,_reporter_coverage_js__WEBPACK_IMPORTED_MODULE_0__/* .coverageGaps */ .GT)(model);
        if (gaps.length > 0) {
            tripped.push({ name: 'fail-on-incomplete', reason: gaps.map((gap) => gap.text).join('; ') });
        }
    }
    const limit = gates.maxMonthlyCostIncrease;
    if (limit !== undefined) {
        const diff = model.cost?.diffTotalMonthly;
        const currency = model.cost?.currency;
        if (diff === undefined) {
            tripped.push({
                name: 'max-monthly-cost-increase',
                reason: 'no cost difference is known (pass an Infracost diff JSON)',
            });
        }
        else if ((0,_model_decimal_js__WEBPACK_IMPORTED_MODULE_4__/* .compareDecimals */ .YL)(diff, limit) > 0) {
            tripped.push({
                name: 'max-monthly-cost-increase',
                reason: `monthly cost rises by ${(0,_reporter_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMoney */ .u)(diff, currency)} (${diff}), over the limit of ${(0,_reporter_money_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMoney */ .u)(limit, currency)}`,
            });
        }
    }
    const policy = policyGate(model, gates);
    if (policy !== undefined)
        tripped.push(policy);
    return tripped;
}
/** Policies named in a gate's reason; the rest are counted. */
const MAX_NAMED = 10;
/**
 * fail-on-policy error|warning (issue 14): trips on an answer at that level or worse, naming the
 * policies. It fails closed (issue 23): an upload whose answer was never read (failed, timed out,
 * too large, endpoint down) may hide a failing verdict, so it trips the gate with its reason. No
 * policy answer at all from uploads that were answered (the server evaluated none) passes.
 */
function policyGate(model, gates) {
    const level = gates.failOnPolicy;
    if (level === undefined)
        return undefined;
    const reasons = [];
    const policy = model.workspaceData?.policy;
    if (policy !== undefined &&
        (policy.level === 'error' || (level === 'warning' && policy.level === 'warning'))) {
        const named = [
            ...new Set(policy.policies
                .filter((p) => p.level === 'error' || (level === 'warning' && p.level === 'warning'))
                .map(_reporter_workspace_data_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .policyName */ .ct)),
        ];
        const more = named.length > MAX_NAMED ? ` and ${named.length - MAX_NAMED} more` : '';
        // Names are the server's words: printed plain, one line.
        const names = named.length === 0 ? '' : `: ${(0,_plain_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plainText */ .wh)(named.slice(0, MAX_NAMED).join(', '))}${more}`;
        reasons.push(`Harness policy evaluation answered ${policy.level}${names}`);
    }
    const unread = (model.workspaceData?.uploads ?? []).filter((upload) => upload.verdictUnread === true);
    const first = unread[0];
    if (first !== undefined) {
        const why = (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plainText */ .wh)(first.error ?? 'no answer').slice(0, 300);
        reasons.push(`the policy verdict of ${(0,_reporter_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(unread.length, 'upload')} could not be read, so it may hide a failure (${first.dataType} ${(0,_plain_text_js__WEBPACK_IMPORTED_MODULE_5__/* .plainText */ .wh)(first.label).slice(0, 120)}: ${why})`);
    }
    return reasons.length === 0 ? undefined : { name: 'fail-on-policy', reason: reasons.join('; ') };
}


/***/ }),

/***/ 4909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ requestBody),
/* harmony export */   a: () => (/* binding */ cleanEvent)
/* harmony export */ });
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3280);
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8763);
/**
 * The request body of an event, built the same way for a report and a merge: every string made
 * well-formed (a lone surrogate from a file or folder name becomes U+FFFD, never `\ud800`), control
 * characters escaped by JSON, and no runner command in the text (`##[` written `##\u005b[`, the same
 * JSON value), because a dry run prints the body exactly as it is sent.
 */


/** The event with every string, keys included, well-formed. */
function cleanEvent(event) {
    return (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_1__/* .wellFormedJson */ .Mf)(event);
}
/** The exact body sent (or printed by a dry run) for a cleaned event. */
function requestBody(event) {
    return (0,_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonWithoutRunnerCommands */ .BG)(JSON.stringify(cleanEvent(event)));
}


/***/ }),

/***/ 2510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rM: () => (/* binding */ forgeText),
/* harmony export */   ts: () => (/* binding */ reviewIo),
/* harmony export */   ys: () => (/* binding */ openForge)
/* harmony export */ });
/* harmony import */ var _api_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2799);
/* harmony import */ var _forge_forge_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1949);
/* harmony import */ var _forge_forge_target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9004);
/* harmony import */ var _plain_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8763);
/**
 * What the review (comment, check run, Markdown file) and the drift issues take from an entry: its
 * environment, the secrets to keep out of bodies and where its lines go (ReviewIo, built by
 * reviewIo() in every entry), and the forge client both open the same way.
 */




/**
 * An entry's ReviewIo: progress through `log` (none when `quiet`), warnings through `warn`, by
 * default `log`'s stream with the `iacm-report: warning:` prefix the CLI and the plugin print.
 */
function reviewIo(options) {
    const { env, secrets, log } = options;
    return {
        env,
        secrets,
        log: options.quiet === true ? () => { } : log,
        warn: options.warn ?? ((line) => log(`iacm-report: warning: ${line}`)),
    };
}
/** Text bound for a forge: secrets redacted, well-formed (a lone surrogate would go out as `\ud800`). */
function forgeText(text, io) {
    return (0,_plain_text_js__WEBPACK_IMPORTED_MODULE_2__/* .wellFormed */ .ES)((0,_api_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(text, io.secrets));
}
/**
 * The forge client for a target, with the token of the settings or the forge's own variable; or
 * undefined, with a warning naming what to set, when there is none.
 */
async function openForge(target, review, io, what) {
    const token = review.token ?? io.env[(0,_forge_forge_target_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenVariable */ .Sj)(target.forge)]?.trim();
    if (token === undefined || token === '') {
        const forge = target.forge === 'gitlab' ? 'GitLab' : 'GitHub';
        io.warn(`${what}: skipped, no ${forge} token (set the token setting or ${(0,_forge_forge_target_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenVariable */ .Sj)(target.forge)})`);
        return undefined;
    }
    return (0,_forge_forge_http_js__WEBPACK_IMPORTED_MODULE_0__/* .createForgeHttp */ .Ex)({
        forge: target.forge,
        baseUrl: target.apiUrl,
        token,
        deadlineMs: review.forgeTimeout * 1000,
        env: io.env,
    });
}


/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kg: () => (/* binding */ finishReview),
  yX: () => (/* binding */ publishFailure)
});

// UNUSED EXPORTS: checkConclusion, failureMarkdown, publishReview, stickyBody

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/forge/forge-http.ts
var forge_http = __webpack_require__(1949);
;// CONCATENATED MODULE: ./src/forge/github.ts
/** An issue or pull request comment: 65,536 characters. */
const GITHUB_COMMENT_MAX_CHARS = 65_536;
/** A check run's `output.summary` (and `text`): 65,535 characters. */
const CHECK_SUMMARY_MAX_CHARS = 65_535;
/** Pages of 100 searched for ours, at most (a PR with more gets a new comment). */
const MAX_PAGES = 50;
/** The author of an Actions GITHUB_TOKEN's writes; GET /user answers it 403. */
const ACTIONS_BOT = { login: 'github-actions[bot]', kind: 'app' };
function github_text(value) {
    return typeof value === 'string' ? value : '';
}
/** `<url>; rel="next"` out of a Link header. */
function nextLink(link) {
    return link
        ?.split(',')
        .map((part) => /<([^>]+)>\s*;\s*rel="next"/.exec(part)?.[1])
        .find((url) => url !== undefined);
}
/** Every page of a list, following `Link` (at most MAX_PAGES). */
async function* githubPages(http, path) {
    let next = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
    for (let page = 0; next !== undefined && page < MAX_PAGES; page++) {
        const response = await http.request('GET', next);
        yield Array.isArray(response.json) ? response.json : [];
        next = nextLink(response.headers['link']);
    }
}
function repoPath(repo) {
    return `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
}
function written(json) {
    const { id, html_url } = (json ?? {});
    return { id: Number(id), url: typeof html_url === 'string' ? html_url : '' };
}
/**
 * GitHub's GraphQL endpoint beside a REST root: `https://api.github.com/graphql`, and
 * `https://host/api/graphql` for GitHub Enterprise Server's `https://host/api/v3`.
 */
function graphqlUrl(restRoot) {
    const root = restRoot.replace(/\/+$/, '');
    return /\/api\/v3$/.test(root) ? `${root.slice(0, -'/v3'.length)}/graphql` : `${root}/graphql`;
}
/** An app's login (`my-app[bot]`) without `[bot]`: its slug, as check runs name their app. */
function appSlug(identity) {
    return identity.login.replace(/\[bot\]$/, '');
}
/**
 * The token's identity. GET /user answers a user token; an app installation token (an Actions
 * GITHUB_TOKEN, or a GitHub App's) gets 403 there, and GraphQL's `viewer` names it
 * (`github-actions[bot]`, `my-app[bot]`): comments, check runs and issues we own are the ones that
 * login wrote. A GitHub that answers neither is taken for the Actions bot, as before.
 */
async function githubIdentity(http) {
    const response = await http.request('GET', '/user', { accept: [403] });
    if (response.status !== 403) {
        const login = response.json?.login;
        return typeof login === 'string' ? { login, kind: 'user' } : ACTIONS_BOT;
    }
    const viewer = await http.request('POST', graphqlUrl(http.baseUrl), {
        body: { query: 'query { viewer { login } }' },
        accept: [401, 403, 404],
    });
    const login = viewer.json?.data?.viewer?.login;
    return viewer.status === 200 && typeof login === 'string' && /^[\w.-]+\[bot\]$/.test(login)
        ? { login, kind: 'app' }
        : ACTIONS_BOT;
}
/** A pull request's conversation. */
function githubPullRequest(http, repo, number) {
    const base = repoPath(repo);
    let identity;
    return {
        forge: 'github',
        maxBodyChars: GITHUB_COMMENT_MAX_CHARS,
        identity: () => (identity ??= githubIdentity(http)),
        async *pages() {
            for await (const page of githubPages(http, `${base}/issues/${number}/comments`)) {
                yield page.map((c) => ({
                    id: Number(c['id']),
                    body: typeof c['body'] === 'string' ? c['body'] : '',
                    author: github_text(c['user']?.['login']),
                    system: false,
                }));
            }
        },
        create: async (body) => written((await http.request('POST', `${base}/issues/${number}/comments`, { body: { body } })).json),
        update: async (id, body) => written((await http.request('PATCH', `${base}/issues/comments/${id}`, { body: { body } })).json),
        async headSha() {
            const pull = (await http.request('GET', `${base}/pulls/${number}`)).json;
            return typeof pull?.head?.sha === 'string' ? pull.head.sha : undefined;
        },
    };
}
function checkRunOf(json) {
    const c = (json ?? {});
    return {
        id: Number(c['id']),
        externalId: typeof c['external_id'] === 'string' ? c['external_id'] : '',
        appSlug: github_text(c['app']?.['slug']),
        url: typeof c['html_url'] === 'string' ? c['html_url'] : '',
    };
}
/** The check runs of one name on a commit (the Checks API; needs `checks: write` to write). */
async function findCheckRuns(http, repo, sha, name) {
    const query = `check_name=${encodeURIComponent(name)}&filter=latest`;
    const response = await http.request('GET', `${repoPath(repo)}/commits/${encodeURIComponent(sha)}/check-runs?${query}`);
    const runs = response.json?.check_runs;
    return Array.isArray(runs) ? runs.map(checkRunOf) : [];
}
function checkRunBody(write) {
    return {
        name: write.name,
        head_sha: write.headSha,
        external_id: write.externalId,
        status: 'completed',
        conclusion: write.conclusion,
        completed_at: new Date().toISOString(),
        output: write.output,
        ...(write.detailsUrl === undefined ? {} : { details_url: write.detailsUrl }),
    };
}
async function createCheckRun(http, repo, write) {
    return checkRunOf((await http.request('POST', `${repoPath(repo)}/check-runs`, { body: checkRunBody(write) })).json);
}
async function updateCheckRun(http, repo, id, write) {
    // head_sha cannot change on PATCH; the rest is as on create.
    const body = checkRunBody(write);
    delete body['head_sha'];
    return checkRunOf((await http.request('PATCH', `${repoPath(repo)}/check-runs/${id}`, { body })).json);
}

;// CONCATENATED MODULE: ./src/forge/sticky-comment.ts
/**
 * The sticky comment: one comment (note) per request and key, found again and edited in place on
 * every run. Ours is a comment that carries our marker for this key AND was written by the token's
 * own identity: anyone can paste the marker, nobody else can post as us, so a look-alike by
 * another user is never edited (it is reported, so the log says why a second comment appeared).
 *
 * The marker records the commit the comment was made for: a run for an older commit (a slow job
 * finishing after a newer push) never overwrites the comment of the request's newer head.
 */

/** Only `[A-Za-z0-9._/-]`, no `--` (which would end the HTML comment), at most 200 characters. */
function safeKey(raw) {
    const safe = raw
        .replace(/[^A-Za-z0-9._/-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .slice(0, 200);
    return safe === '' ? 'default' : safe;
}
/** `<!-- iacm-reporter:<key> commit=<sha> -->`: the key and commit are never secrets. */
function sticky_comment_stickyMarker(key, commit) {
    const sha = commit !== undefined && /^[0-9a-f]{7,64}$/i.test(commit) ? ` commit=${commit.toLowerCase()}` : '';
    return `<!-- iacm-reporter:${safeKey(key)}${sha} -->`;
}
const MARKER = /^<!-- iacm-reporter:([A-Za-z0-9._/-]+)(?: commit=([0-9a-f]{7,64}))? -->/;
/** The key and commit of a body that opens with a marker (a quote of ours does not). */
function parseMarker(body) {
    const match = MARKER.exec(body);
    if (!match?.[1])
        return undefined;
    return match[2] === undefined ? { key: match[1] } : { key: match[1], commit: match[2] };
}
async function findOurs(thread, key, login) {
    const lookalikes = [];
    for await (const page of thread.pages()) {
        for (const comment of page) {
            if (comment.system)
                continue;
            const marker = parseMarker(comment.body);
            if (marker?.key !== key)
                continue;
            if (comment.author !== login) {
                lookalikes.push(comment);
                continue;
            }
            return { ours: { ...comment, commit: marker.commit }, lookalikes };
        }
    }
    return { lookalikes };
}
/** Creates or updates our comment; throws what the forge answered when a call fails. */
async function upsertSticky(thread, request) {
    const key = safeKey(request.key);
    const identity = await thread.identity();
    const { ours, lookalikes } = await findOurs(thread, key, identity.login);
    for (const other of lookalikes) {
        request.log(`comment: left comment ${other.id} alone: it carries this step's marker but was written by ${JSON.stringify(other.author)}, not by this token's ${JSON.stringify(identity.login)}`);
    }
    if (ours === undefined && !request.post)
        return { action: 'skipped', reason: 'nothing to see (comment: on-change)' };
    const commit = request.commit?.toLowerCase();
    if (ours?.commit !== undefined && commit !== undefined && ours.commit !== commit) {
        const head = (await thread.headSha())?.toLowerCase();
        if (head !== undefined && head !== commit) {
            return {
                action: 'skipped',
                reason: `the comment is for commit ${ours.commit.slice(0, 12)}; this run's commit ${commit.slice(0, 12)} is no longer the head (${head.slice(0, 12)})`,
            };
        }
    }
    const body = `${sticky_comment_stickyMarker(key, commit)}\n${request.body}`;
    if (body.length > thread.maxBodyChars) {
        throw new forge_http/* ForgeError */.Q8(`the comment has ${body.length} characters, more than ${thread.forge}'s ${thread.maxBodyChars}`, 'FORGE_LIMIT');
    }
    if (ours !== undefined)
        return { action: 'updated', ...(await thread.update(ours.id, body)) };
    return { action: 'created', ...(await thread.create(body)) };
}

;// CONCATENATED MODULE: ./src/forge/check-run.ts
/**
 * One check run per workspace (or merged report) and commit, named `iacm-reporter / <workspace>`,
 * written once and updated in place when the same commit runs again. Ours is a run of that name
 * on that commit with our `external_id` and, for an Actions token, written by the Actions app:
 * another app's run of the same name is left alone.
 */



/** A check run's title is one line; GitHub shows about this much. */
const TITLE_MAX = 200;
function checkRunName(workspace) {
    return `iacm-reporter / ${workspace}`;
}
async function upsertCheckRun(http, repo, request) {
    const name = checkRunName(request.workspace);
    const externalId = `iacm-reporter:${safeKey(request.workspace)}`;
    if (request.summary.length > CHECK_SUMMARY_MAX_CHARS) {
        throw new forge_http/* ForgeError */.Q8(`the check run summary has ${request.summary.length} characters, more than GitHub's ${CHECK_SUMMARY_MAX_CHARS}`, 'FORGE_LIMIT');
    }
    const write = {
        name,
        headSha: request.headSha,
        externalId,
        conclusion: request.conclusion,
        output: { title: request.title.slice(0, TITLE_MAX), summary: request.summary },
        detailsUrl: request.detailsUrl,
    };
    const runs = await findCheckRuns(http, repo, request.headSha, name);
    const ours = runs.find((run) => run.externalId === externalId &&
        (request.identity.kind !== 'app' || run.appSlug === appSlug(request.identity)));
    if (ours !== undefined)
        return { action: 'updated', ...(await updateCheckRun(http, repo, ours.id, write)) };
    return { action: 'created', ...(await createCheckRun(http, repo, write)) };
}

// EXTERNAL MODULE: ./src/forge/forge-target.ts
var forge_target = __webpack_require__(9004);
;// CONCATENATED MODULE: ./src/forge/gitlab.ts
/** A note's body: GitLab refuses more than 1,000,000 characters. */
const GITLAB_NOTE_MAX_CHARS = 1_000_000;
/** Pages of 100 searched for ours, at most. */
const gitlab_MAX_PAGES = 50;
function gitlab_text(value) {
    return typeof value === 'string' ? value : '';
}
/** `:id` of a project: the numeric id, or the `group/name` path URL-encoded as one segment. */
function projectPath(project) {
    return `/projects/${encodeURIComponent(project)}`;
}
/** Every page of a list, following `x-next-page` (at most MAX_PAGES). */
async function* gitlabPages(http, path) {
    const join = path.includes('?') ? '&' : '?';
    let page = '1';
    for (let seen = 0; page !== undefined && page !== '' && seen < gitlab_MAX_PAGES; seen++) {
        const response = await http.request('GET', `${path}${join}per_page=100&page=${encodeURIComponent(page)}`);
        yield Array.isArray(response.json) ? response.json : [];
        page = response.headers['x-next-page'];
    }
}
async function gitlabIdentity(http) {
    const user = (await http.request('GET', '/user')).json;
    if (typeof user?.username !== 'string')
        throw new Error('GitLab API GET /user: no username in the answer');
    return { login: user.username, kind: 'user' };
}
function gitlab_written(json, webUrl) {
    const id = Number(json?.id);
    return { id, url: webUrl === undefined ? '' : `${webUrl}#note_${id}` };
}
/** A merge request's notes. */
function gitlabMergeRequest(http, project, iid) {
    const base = `${projectPath(project)}/merge_requests/${iid}`;
    let identity;
    let webUrl;
    async function headSha() {
        const mr = (await http.request('GET', base)).json;
        if (typeof mr?.web_url === 'string')
            webUrl = mr.web_url;
        return typeof mr?.sha === 'string' ? mr.sha : undefined;
    }
    return {
        forge: 'gitlab',
        maxBodyChars: GITLAB_NOTE_MAX_CHARS,
        identity: () => (identity ??= gitlabIdentity(http)),
        async *pages() {
            for await (const page of gitlabPages(http, `${base}/notes?sort=asc&order_by=created_at`)) {
                yield page.map((n) => ({
                    id: Number(n['id']),
                    body: typeof n['body'] === 'string' ? n['body'] : '',
                    author: gitlab_text(n['author']?.['username']),
                    system: n['system'] === true,
                }));
            }
        },
        async create(body) {
            // The merge request's web_url makes the note's link for the log.
            if (webUrl === undefined)
                await headSha();
            return gitlab_written((await http.request('POST', `${base}/notes`, { body: { body } })).json, webUrl);
        },
        async update(id, body) {
            if (webUrl === undefined)
                await headSha();
            return gitlab_written((await http.request('PUT', `${base}/notes/${id}`, { body: { body } })).json, webUrl);
        },
        headSha,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/forge/drift-issue.ts
/**
 * Drift as a lifecycle: one open issue per drifted workspace (or unit), found again on every check,
 * edited in place, commented on only when the drifted set changes, closed when a complete check
 * finds no drift. Never more than one open issue per key:
 * - ours is an open issue with our label whose body opens with this key's marker AND that the
 *   token's own identity wrote; a look-alike (anyone can paste a marker) is left alone and logged;
 * - the marker holds a fingerprint of the key (a hash: no workspace name or id in clear) and the
 *   state of the last check: when it ran and, per drifted address (hashed), the day it was first
 *   seen drifted, so "since when" survives between runs without any store of ours;
 * - an incomplete check (failed units, missing legs) that finds no drift never closes an issue:
 *   what it did not see may still be drifted.
 */

/** Addresses whose first-seen day the marker keeps, at most (about 20 characters each). */
const MAX_TRACKED = 1_000;
const DAY_MS = 86_400_000;
function fingerprint(key) {
    return (0,external_node_crypto_.createHash)('sha256').update(`iacm-reporter drift\0${key}`).digest('hex').slice(0, 16);
}
function addressHash(address) {
    return (0,external_node_crypto_.createHash)('sha256').update(address).digest('hex').slice(0, 10);
}
const dayOf = (date) => Math.floor(date.getTime() / DAY_MS);
const isoDay = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** `<!-- iacm-reporter:drift:<fp> {json} -->`: hex, digits and JSON punctuation only (no `--`). */
function driftMarker(fp, state) {
    const since = {};
    let kept = 0;
    for (const [hash, day] of state.since) {
        if (kept++ >= MAX_TRACKED)
            break;
        since[hash] = day;
    }
    return `<!-- iacm-reporter:drift:${fp} ${JSON.stringify({ v: 1, checked: state.checked, since })} -->`;
}
const drift_issue_MARKER = /^<!-- iacm-reporter:drift:([0-9a-f]{16}) (\{[^>]*\}) -->/;
/** The fingerprint and state of a body that opens with a drift marker; undefined otherwise. */
function parseDriftMarker(body) {
    const match = drift_issue_MARKER.exec(body);
    if (!match?.[1] || !match[2])
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(match[2]);
    }
    catch {
        return { fp: match[1], state: { since: new Map() } };
    }
    const since = new Map();
    if (parsed.since !== null && typeof parsed.since === 'object') {
        for (const [hash, day] of Object.entries(parsed.since)) {
            if (/^[0-9a-f]{10}$/.test(hash) && Number.isSafeInteger(day))
                since.set(hash, day);
        }
    }
    const checked = typeof parsed.checked === 'string' && !Number.isNaN(Date.parse(parsed.checked));
    return { fp: match[1], state: checked ? { checked: parsed.checked, since } : { since } };
}
async function drift_issue_findOurs(tracker, request, fp) {
    const me = (await tracker.identity()).login;
    let found;
    for await (const page of tracker.openIssues(request.label)) {
        for (const issue of page) {
            const marker = parseDriftMarker(issue.body);
            if (marker?.fp !== fp)
                continue;
            if (issue.author !== me) {
                request.log(`drift issue: left #${issue.number} alone: it carries this workspace's marker but was opened by ${JSON.stringify(issue.author)}, not by this token's ${JSON.stringify(me)}`);
            }
            else if (found === undefined)
                found = { issue, state: marker.state };
            else
                request.log(`drift issue: #${issue.number} is a second open issue of ours for this key; #${found.issue.number} is kept up to date`);
        }
    }
    return found;
}
function plural(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
/** "2 more drifted, 1 cleared since 2026-12-01": what changed between two checks. */
function changeNote(previous, drifted) {
    let added = 0;
    for (const hash of drifted.keys())
        if (!previous.since.has(hash))
            added++;
    let cleared = 0;
    for (const hash of previous.since.keys())
        if (!drifted.has(hash))
            cleared++;
    if (added === 0 && cleared === 0)
        return undefined;
    const parts = [
        added > 0 ? `${plural(added, 'more resource')} drifted` : '',
        cleared > 0 ? `${cleared.toLocaleString('en-US')} cleared` : '',
    ];
    const when = previous.checked ? ` since the check of ${previous.checked.slice(0, 10)}` : '';
    return `${parts.filter(Boolean).join(', ')}${when}.`;
}
/** Opens, updates or closes this key's drift issue; throws what the forge answered on failure. */
async function syncDriftIssue(tracker, request) {
    const fp = fingerprint(request.key);
    const ours = await drift_issue_findOurs(tracker, request, fp);
    const link = request.runLink ? ` in ${request.runLink}` : '';
    if (request.driftedTotal === 0) {
        if (ours === undefined)
            return { action: 'none', reason: 'no drift, and no open drift issue' };
        const { number, url } = ours.issue;
        if (!request.complete) {
            return {
                action: 'left-open',
                number,
                url,
                reason: 'this check did not see everything (failed units or missing legs), so it cannot say the drift cleared',
            };
        }
        await tracker.comment(number, `Drift cleared${link}: a complete check on ${request.now.toISOString().slice(0, 10)} found no drift.`);
        await tracker.close(number);
        return { action: 'closed', number, url };
    }
    const today = dayOf(request.now);
    const since = new Map();
    const byAddress = new Map();
    const byHash = new Map();
    for (const address of request.drifted.slice(0, MAX_TRACKED)) {
        const hash = addressHash(address);
        const day = ours?.state.since.get(hash) ?? today;
        since.set(hash, day);
        byAddress.set(address, isoDay(day));
        byHash.set(hash, address);
    }
    const marker = driftMarker(fp, { checked: request.now.toISOString(), since });
    const room = tracker.maxBodyChars - marker.length - 1;
    const body = `${marker}\n${request.render(byAddress, room)}`;
    if (body.length > tracker.maxBodyChars) {
        throw new Error(`the drift issue has ${body.length} characters, more than ${tracker.forge}'s ${tracker.maxBodyChars}`);
    }
    if (ours === undefined) {
        const created = await tracker.create(request.title, body, request.label);
        return { action: 'opened', number: created.number, url: created.url };
    }
    const { number, url } = ours.issue;
    await tracker.editBody(number, body);
    // Only what this check could compare: addresses past MAX_TRACKED were never in the marker.
    const note = request.drifted.length <= MAX_TRACKED ? changeNote(ours.state, byHash) : undefined;
    if (note !== undefined)
        await tracker.comment(number, `${note}${request.runLink ? ` Checked${link}.` : ''}`);
    return { action: 'updated', number, url };
}

;// CONCATENATED MODULE: ./src/forge/issue-tracker.ts


const issue_tracker_text = (value) => (typeof value === 'string' ? value : '');
function githubIssue(json) {
    const issue = (json ?? {});
    return {
        number: Number(issue['number']),
        body: issue_tracker_text(issue['body']),
        author: issue_tracker_text(issue['user']?.['login']),
        url: issue_tracker_text(issue['html_url']),
    };
}
/** A GitHub repository's issues (`issues: write`). */
function githubIssues(http, repo) {
    const base = `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/issues`;
    let identity;
    return {
        forge: 'github',
        maxBodyChars: GITHUB_COMMENT_MAX_CHARS,
        identity: () => (identity ??= githubIdentity(http)),
        async *openIssues(label) {
            const query = `state=open&labels=${encodeURIComponent(label)}&sort=created&direction=asc`;
            for await (const page of githubPages(http, `${base}?${query}`)) {
                yield page.filter((issue) => issue['pull_request'] === undefined).map(githubIssue);
            }
        },
        create: async (title, body, label) => githubIssue((await http.request('POST', base, { body: { title, body, labels: [label] } })).json),
        async editBody(number, body) {
            await http.request('PATCH', `${base}/${number}`, { body: { body } });
        },
        async comment(number, body) {
            await http.request('POST', `${base}/${number}/comments`, { body: { body } });
        },
        async close(number) {
            await http.request('PATCH', `${base}/${number}`, {
                body: { state: 'closed', state_reason: 'completed' },
            });
        },
    };
}
function gitlabIssue(json) {
    const issue = (json ?? {});
    return {
        number: Number(issue['iid']),
        body: issue_tracker_text(issue['description']),
        author: issue_tracker_text(issue['author']?.['username']),
        url: issue_tracker_text(issue['web_url']),
    };
}
/** A GitLab project's issues (a token that may write issues: not CI_JOB_TOKEN). */
function gitlabIssues(http, project) {
    const base = `${projectPath(project)}/issues`;
    let identity;
    return {
        forge: 'gitlab',
        maxBodyChars: GITLAB_NOTE_MAX_CHARS,
        identity: () => (identity ??= gitlabIdentity(http)),
        async *openIssues(label) {
            const query = `state=opened&labels=${encodeURIComponent(label)}&order_by=created_at&sort=asc`;
            for await (const page of gitlabPages(http, `${base}?${query}`))
                yield page.map(gitlabIssue);
        },
        create: async (title, body, label) => gitlabIssue((await http.request('POST', base, { body: { title, description: body, labels: label } })).json),
        async editBody(number, body) {
            await http.request('PUT', `${base}/${number}`, { body: { description: body } });
        },
        async comment(number, body) {
            await http.request('POST', `${base}/${number}/notes`, { body: { body } });
        },
        async close(number) {
            await http.request('PUT', `${base}/${number}`, { body: { state_event: 'close' } });
        },
    };
}

;// CONCATENATED MODULE: ./src/forge/repo-target.ts
/**
 * Which repository a run belongs to, for what needs no pull request (drift issues on a scheduled
 * check), read from the CI's variables:
 * - GitHub Actions: GITHUB_REPOSITORY, GITHUB_API_URL;
 * - GitLab CI: CI_PROJECT_ID (or CI_PROJECT_PATH), CI_API_V4_URL;
 * - Harness CI and Drone: DRONE_REPO and DRONE_REPO_LINK, whose host tells the forge and API root
 *   as for comments (forge-target.ts: our inference from the forges' docs).
 * A `forge` or `forge-url` setting wins over what the CI says.
 */

function set(env, name) {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
}
function github(slug, apiUrl) {
    const [owner, repo, extra] = (slug ?? '').split('/');
    if (!owner || !repo || extra !== undefined)
        return { skip: `the repository (${slug ?? 'unset'}) is not owner/name` };
    return { forge: 'github', apiUrl, repo: { owner, repo } };
}
/** The repository this run reports on, or why there is none. */
function repoTarget(env, settings = {}) {
    let target;
    if (env['GITHUB_ACTIONS'] === 'true') {
        target = github(set(env, 'GITHUB_REPOSITORY'), settings.forgeUrl ?? set(env, 'GITHUB_API_URL') ?? 'https://api.github.com');
    }
    else if (env['GITLAB_CI'] === 'true') {
        const project = set(env, 'CI_PROJECT_ID') ?? set(env, 'CI_PROJECT_PATH');
        const apiUrl = settings.forgeUrl ?? set(env, 'CI_API_V4_URL');
        target =
            project === undefined || apiUrl === undefined
                ? { skip: 'CI_PROJECT_ID or CI_API_V4_URL is not set' }
                : { forge: 'gitlab', apiUrl, project };
    }
    else if (set(env, 'DRONE_REPO_LINK') !== undefined) {
        const slug = set(env, 'DRONE_REPO');
        const root = (0,forge_target/* apiRootOfLink */.Uw)(set(env, 'DRONE_REPO_LINK'), slug ?? '', settings);
        if ('skip' in root)
            target = root;
        else if (slug === undefined)
            target = { skip: 'DRONE_REPO is not set' };
        else if (root.forge === 'gitlab')
            target = { forge: 'gitlab', apiUrl: root.apiUrl, project: slug };
        else
            target = github(slug, root.apiUrl);
    }
    else {
        return { skip: 'no repository in this CI (GitHub Actions, GitLab CI, Harness CI or Drone)' };
    }
    if ('forge' in target && settings.forge !== undefined && target.forge !== settings.forge) {
        return { skip: `forge is ${settings.forge}, but this CI builds a ${target.forge} repository` };
    }
    return target;
}

// EXTERNAL MODULE: ./src/reporter/coverage.ts
var reporter_coverage = __webpack_require__(6739);
// EXTERNAL MODULE: ./src/reporter/markdown-escape.ts
var markdown_escape = __webpack_require__(2254);
;// CONCATENATED MODULE: ./src/reporter/drift-issue-body.ts
/**
 * The body of a drift issue: the verdict line, the drifted resources grouped by unit and by how
 * they drifted (deleted / changed / created outside), each with its changed attribute names (never
 * values) and the day it was first seen drifted, and the run that checked. Within the forge's
 * limit: groups are cut with "and N more", never mid-line.
 */

const KIND_HEADINGS = {
    deleted: 'Deleted outside',
    changed: 'Changed outside',
    created: 'Created outside',
};
const KIND_ORDER = ['deleted', 'changed', 'created'];
const SHOWN_ATTRIBUTES = 8;
function line(resource) {
    const names = resource.attributes ?? [];
    const attributes = names.length === 0
        ? ''
        : ` — ${names
            .slice(0, SHOWN_ATTRIBUTES)
            .map((name) => (0,markdown_escape/* codeSpan */.S)(name, 80))
            .join(', ')}${names.length > SHOWN_ATTRIBUTES ? `, and ${names.length - SHOWN_ATTRIBUTES} more` : ''}`;
    const since = resource.since ? ` (since ${resource.since})` : '';
    return `- ${(0,markdown_escape/* codeSpan */.S)(resource.address, 300)}${attributes}${since}`;
}
/** Lines of one unit, by kind; `room` characters at most, cut with "and N more". */
function unitLines(unit, resources) {
    const blocks = [];
    for (const kind of KIND_ORDER) {
        const of = resources.filter((r) => r.kind === kind);
        if (of.length === 0)
            continue;
        const where = unit === '' ? '' : ` in ${(0,markdown_escape/* codeSpan */.S)(unit, 200)}`;
        blocks.push([
            `#### ${KIND_HEADINGS[kind]}${where} (${of.length.toLocaleString('en-US')})`,
            ...of.map(line),
        ]);
    }
    return blocks;
}
/** The issue's Markdown, at most `maxChars` characters. */
function renderDriftIssueBody(body, maxChars) {
    const head = [
        `### Drift: ${(0,markdown_escape/* escapeMarkdown */.F)(body.subject, 200)}`,
        '',
        `**${(0,markdown_escape/* escapeMarkdown */.F)(body.verdict, 500)}**`,
        '',
        ...(body.notes ?? []).map((note) => `> ${(0,markdown_escape/* escapeMarkdown */.F)(note, 500)}`),
        ...(body.notes?.length ? [''] : []),
    ];
    const foot = [
        '',
        `Checked ${body.checkedAt.toISOString().replace(/\.\d+Z$/, 'Z')}${body.runLink ? ` in [this run](${body.runLink})` : ''}. ` +
            'This issue is kept up to date by iacm-reporter: it is edited on every drift check and closed when a complete check finds no drift.',
    ];
    const units = [...new Set(body.resources.map((r) => r.unit))];
    const blocks = units.flatMap((unit) => unitLines(unit, body.resources.filter((r) => r.unit === unit)));
    let used = [...head, ...foot].join('\n').length + 1;
    const out = [];
    let shown = 0;
    const reserve = 80; // room for the "and N more" line
    outer: for (const block of blocks) {
        for (const [i, text] of block.entries()) {
            // A heading needs room for itself and its first line.
            const need = text.length + 1 + (i === 0 ? (block[1]?.length ?? 0) + 1 : 0);
            if (used + need + reserve > maxChars)
                break outer;
            out.push(text);
            used += text.length + 1;
            if (i > 0)
                shown++;
        }
        out.push('');
        used += 1;
    }
    const hidden = body.total - shown;
    if (hidden > 0)
        out.push(`_and ${hidden.toLocaleString('en-US')} more drifted resource${hidden === 1 ? '' : 's'} not listed here._`);
    return [...head, ...out, ...foot].join('\n');
}

// EXTERNAL MODULE: ./src/reporter/text-summary.ts
var text_summary = __webpack_require__(3747);
// EXTERNAL MODULE: ./src/run/review-io.ts
var review_io = __webpack_require__(2510);
;// CONCATENATED MODULE: ./src/run/drift-issues.ts








/** A drift check: refresh-only plans given as drift (the event says drifted, or active when clean). */
function isDriftCheck(model) {
    return model.eventType === 'drifted' || model.eventType === 'active';
}
function has(list, address) {
    return list?.items.includes(address) ?? false;
}
/** The drifted resources of one plan or unit, with how each drifted. */
function resourcesOf(group) {
    const { drifted, driftDeleted, driftCreated } = group.addresses;
    const unit = group.kind === 'unit' ? group.source : '';
    return drifted.items.map((address) => ({
        unit,
        address,
        kind: has(driftDeleted, address) ? 'deleted' : has(driftCreated, address) ? 'created' : 'changed',
        attributes: group.changedAttributes?.get(address)?.names,
    }));
}
/** The workspace's identity: what the issue's fingerprint is made of (never shown in clear). */
function workspaceKey(facts) {
    return [facts.org ?? '', facts.project ?? '', facts.workspace ?? 'workspace'].join('/');
}
function subjects(model, facts, scope) {
    const groups = model.addressGroups ?? [];
    const name = facts.workspace ?? 'workspace';
    if (scope === 'unit' && model.units.length > 0) {
        return model.units.map((unit) => {
            const group = groups.find((g) => g.kind === 'unit' && g.source === unit.pathId);
            return {
                key: `${workspaceKey(facts)}#${unit.pathId}`,
                title: `Drift: ${name} / ${unit.pathId}`,
                resources: group ? resourcesOf(group) : [],
                total: group?.addresses.drifted.total ?? 0,
            };
        });
    }
    const resources = groups.flatMap(resourcesOf);
    return [{ key: workspaceKey(facts), title: `Drift: ${name}`, resources, total: model.driftedCount }];
}
function outcomeLine(title, result) {
    switch (result.action) {
        case 'none':
            return `drift issue (${title}): nothing to do, ${result.reason}`;
        case 'left-open':
            return `drift issue (${title}): left ${result.url || `#${result.number}`} open: ${result.reason}`;
        default:
            return `drift issue (${title}): ${result.action} ${result.url || `#${result.number}`}`;
    }
}
/** Opens, updates or closes the drift issues a drift check asks for. Never throws. */
async function syncDriftIssues(review, report, io) {
    if (review.driftIssue === 'false')
        return;
    const { model, facts } = report;
    if (!isDriftCheck(model)) {
        io.log('drift issue: skipped, this run is not a drift check (give refresh-only plans with --drift)');
        return;
    }
    const forge = review.driftIssue === 'true' ? review.forge : review.driftIssue;
    const target = repoTarget(io.env, { forge, forgeUrl: review.forgeUrl });
    if ('skip' in target) {
        io.warn(`drift issue: skipped, ${target.skip}`);
        return;
    }
    const http = await (0,review_io/* openForge */.ys)(target, review, io, 'drift issue');
    if (http === undefined)
        return;
    const tracker = target.forge === 'github' ? githubIssues(http, target.repo) : gitlabIssues(http, target.project);
    const coverage = (0,reporter_coverage/* coverageOf */._5)(model);
    const verdict = (0,text_summary/* renderTextSummary */.k)(model, { facts }).split('\n')[0] ?? '';
    const now = new Date();
    const runLink = (0,forge_target/* runLinkOf */.Lg)(io.env);
    const clean = (text) => (0,review_io/* forgeText */.rM)(text, io);
    try {
        for (const subject of subjects(model, facts, review.driftIssueScope)) {
            const label = (resource) => resource.unit === '' ? resource.address : `${resource.unit}: ${resource.address}`;
            try {
                const result = await syncDriftIssue(tracker, {
                    key: subject.key,
                    title: clean(subject.title),
                    label: review.driftIssueLabel,
                    drifted: subject.resources.map(label),
                    driftedTotal: subject.total,
                    complete: coverage.complete,
                    runLink,
                    now,
                    render: (since, maxChars) => clean(renderDriftIssueBody({
                        subject: subject.title.replace(/^Drift: /, ''),
                        verdict,
                        resources: subject.resources.map((r) => ({ ...r, since: since.get(label(r)) })),
                        total: subject.total,
                        checkedAt: now,
                        runLink,
                        notes: coverage.complete
                            ? []
                            : ['This check did not see everything: see the run for failed units or missing legs.'],
                    }, maxChars)),
                    log: io.log,
                });
                io.log(outcomeLine(subject.title, result));
            }
            catch (error) {
                io.warn(`drift issue (${subject.title}): could not write it: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
    }
    finally {
        await http.close();
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/api/redact.ts
var redact = __webpack_require__(2799);
// EXTERNAL MODULE: ./src/reporter/text-budget.ts
var text_budget = __webpack_require__(5470);
;// CONCATENATED MODULE: ./src/run/markdown-file.ts
/**
 * `--markdown <file>` (CLI) and `markdown-file` (plugin): the same GitHub-flavoured summary the
 * Action writes to its job summary, within its 1 MiB, or within a comment's 65,536 characters
 * (`markdown-budget: comment`) for a tool that posts it somewhere else.
 */





/** Writes the file when asked; a file that cannot be written is a warning (the report is sent). */
async function writeMarkdownFile(review, render, io) {
    if (review.markdownFile === undefined)
        return;
    const budget = review.markdownBudget === 'comment' ? text_budget/* COMMENT_BUDGET */.ub : text_budget/* JOB_SUMMARY_BUDGET */.FI;
    try {
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, review.markdownFile), (0,redact/* redactSecrets */.fp)(render(budget), io.secrets), 'utf8');
    }
    catch (error) {
        io.warn(`markdown: could not write ${review.markdownFile}: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/reporter/failure-summary.ts
/**
 * What a pull request and the job summary say when no report could be built or sent (the plan
 * step failed, so there is no plan JSON; the event could not be delivered): a 🛑 verdict, the
 * one-line reason, the commit and the run. Replacing the last "✅ no changes" with this is the
 * point: silence would leave a green comment standing over a failed run.
 */

function failure_summary_renderFailureMarkdown(facts) {
    const where = [
        facts.commit === undefined ? undefined : `commit ${(0,markdown_escape/* codeSpan */.S)(facts.commit.slice(0, 12))}`,
        facts.runUrl === undefined ? undefined : `[CI run](${facts.runUrl})`,
    ].filter((part) => part !== undefined);
    return [
        '### 🛑 Harness IaCM: the report could not be built',
        '',
        '> [!CAUTION]',
        `> ${(0,markdown_escape/* escapeMarkdown */.F)(facts.reason, 1000)}`,
        '',
        'Nothing in this comment describes the current plan: fix the step and run it again.',
        ...(where.length > 0 ? ['', where.join(' · ')] : []),
        '',
    ].join('\n');
}
/** The same in plain words, for a check run title or a log line. */
function failureTitle() {
    return 'The report could not be built';
}

// EXTERNAL MODULE: ./src/reporter/markdown-summary.ts + 1 modules
var markdown_summary = __webpack_require__(7949);
// EXTERNAL MODULE: ./src/reporter/verdict.ts
var verdict = __webpack_require__(9680);
;// CONCATENATED MODULE: ./src/run/review.ts
/**
 * The review where the code lives, for every entry: the sticky comment (GitHub pull request or
 * GitLab merge request) and the GitHub check run, written after the report. The entries call
 * `publishReview` once with what they built (or `publishFailure` when nothing could be built);
 * the forge calls are in src/forge. Whatever goes wrong here is a warning: the report is already
 * sent and its exit code is the step's.
 */















/** A forge's refusal is worded by the forge layer (no token in it); anything else as usual. */
function why(error) {
    return error instanceof forge_http/* ForgeError */.Q8 ? error.message : (0,errors/* describeError */.Uc)(error);
}
/** A GitLab note may be far longer than a GitHub comment; both stay within the marker's room. */
function budgetFor(thread, head) {
    const limit = thread.forge === 'gitlab' ? { maxChars: thread.maxBodyChars } : text_budget/* COMMENT_BUDGET */.ub;
    return (0,text_budget/* shrinkBudget */.RS)(limit, head);
}
/** The forge client for this run, or undefined (with the reason logged) when there is none. */
async function review_open(review, io, what) {
    const target = await (0,forge_target/* forgeTarget */.hM)(io.env, review);
    if ('skip' in target) {
        io.log(`${what}: skipped, ${target.skip}`);
        return undefined;
    }
    const http = await (0,review_io/* openForge */.ys)(target, review, io, what);
    if (http === undefined)
        return undefined;
    const thread = target.forge === 'github'
        ? githubPullRequest(http, target.repo, target.number)
        : gitlabMergeRequest(http, target.project, target.iid);
    return { target, http, thread, key: review.commentKey ?? (0,forge_target/* defaultCommentKey */.Ey)(io.env) };
}
/** A GitHub comment's whole body: the marker, then the summary within what is left of 65,536. */
function stickyBody(model, key, facts, commit) {
    const head = `${stickyMarker(key, commit)}\n`;
    return head + renderMarkdownSummary(model, { budget: shrinkBudget(COMMENT_BUDGET, head), facts });
}
function worthPosting(review, report) {
    const { model, facts } = report;
    return (review.comment === 'always' ||
        model.hasChanges ||
        model.hasDrift ||
        model.erroredPlans.length > 0 ||
        facts.gates.length > 0 ||
        (0,verdict/* verdictOf */.V)(model, facts).severity !== 'ok');
}
async function comment(opened, review, report, io) {
    const { thread, key, target } = opened;
    const head = `${sticky_comment_stickyMarker(key, target.headSha)}\n`;
    const budget = budgetFor(thread, head);
    const body = report.render
        ? report.render(budget)
        : (0,markdown_summary/* renderMarkdownSummary */.m)(report.model, { budget, facts: report.facts });
    const result = await upsertSticky(thread, {
        key,
        commit: target.headSha,
        body: (0,review_io/* forgeText */.rM)(body, io),
        post: worthPosting(review, report),
        log: io.log,
    });
    io.log(result.action === 'skipped'
        ? `comment: skipped, ${result.reason}`
        : `comment: ${result.action} ${result.url}`);
}
/** Verdict-led: a tripped gate fails the check, anything a reviewer must look at is neutral. */
function checkConclusion(model, facts) {
    if (facts.gates.length > 0)
        return 'failure';
    return (0,verdict/* verdictOf */.V)(model, facts).severity === 'ok' ? 'success' : 'neutral';
}
function verdictTitle(model, facts) {
    const parts = (0,verdict/* verdictOf */.V)(model, facts).parts.map((part) => part.text);
    return parts.length > 0 ? parts.join(' · ') : 'no changes';
}
async function checkRun(opened, report, io) {
    const { target, http } = opened;
    if (target.forge !== 'github') {
        io.log('check run: skipped, check runs are a GitHub feature (GitLab shows the pipeline status)');
        return;
    }
    if (target.headSha === undefined) {
        io.warn('check run: skipped, the pull request head commit is unknown');
        return;
    }
    const budget = { maxChars: CHECK_SUMMARY_MAX_CHARS };
    const summary = report.render
        ? report.render(budget)
        : (0,markdown_summary/* renderMarkdownSummary */.m)(report.model, { budget, facts: report.facts });
    const result = await upsertCheckRun(http, target.repo, {
        workspace: report.facts.workspace ?? 'report',
        headSha: target.headSha,
        conclusion: checkConclusion(report.model, report.facts),
        title: (0,review_io/* forgeText */.rM)(verdictTitle(report.model, report.facts), io),
        summary: (0,review_io/* forgeText */.rM)(summary, io),
        detailsUrl: report.facts.runUrl,
        identity: await opened.thread.identity(),
    });
    io.log(`check run: ${result.action} ${result.url}`);
}
/** Writes the comment and the check run the settings ask for. Never throws. */
async function publishReview(review, report, io) {
    // A scheduled drift check's trail in the repository: one issue per drifted workspace.
    await syncDriftIssues(review, report, io);
    if (review.comment === 'off' && !review.checkRun)
        return;
    const opened = await review_open(review, io, review.comment === 'off' ? 'check run' : 'comment').catch((error) => {
        io.warn(`comment: ${why(error)}`);
        return undefined;
    });
    if (opened === undefined)
        return;
    try {
        if (review.comment !== 'off') {
            await comment(opened, review, report, io).catch((error) => io.warn(`comment: could not write the ${opened.target.forge === 'gitlab' ? 'merge request note' : 'pull request comment'}: ${why(error)}`));
        }
        if (review.checkRun) {
            await checkRun(opened, report, io).catch((error) => io.warn(`check run: could not write it: ${why(error)}`));
        }
    }
    finally {
        await opened.http.close();
    }
}
/**
 * Everything an entry does for the review once it has a report, in one call: the Markdown file
 * (`--markdown`), the sticky comment, the check run. Never throws.
 */
async function finishReview(review, report, io) {
    const render = report.render ?? ((budget) => (0,markdown_summary/* renderMarkdownSummary */.m)(report.model, { budget, facts: report.facts }));
    await writeMarkdownFile(review, render, io);
    await publishReview(review, report, io);
}
/** The 🛑 Markdown for a run that built no report (job summary and comment alike). */
function failureMarkdown(reason, env, secrets) {
    return redactSecrets(renderFailureMarkdown({ reason, runUrl: runLinkOf(env), commit: commitOf(env) }), secrets);
}
/** The commit a run is for, before any report says so. */
function commitOf(env) {
    return (env['CI_MERGE_REQUEST_SOURCE_BRANCH_SHA'] ??
        env['CI_COMMIT_SHA'] ??
        env['DRONE_COMMIT_SHA'] ??
        env['GITHUB_SHA']);
}
/**
 * When the report could not be built or sent: the sticky comment (same key) becomes a 🛑 comment
 * saying so. Only when commenting is on; never over a newer commit's comment. Never throws.
 */
async function publishFailure(review, reason, io) {
    if (review.comment === 'off')
        return;
    const opened = await review_open(review, io, 'comment').catch((error) => {
        io.warn(`comment: ${why(error)}`);
        return undefined;
    });
    if (opened === undefined)
        return;
    try {
        const commit = opened.target.headSha ?? commitOf(io.env);
        const body = failure_summary_renderFailureMarkdown({ reason, commit, runUrl: (0,forge_target/* runLinkOf */.Lg)(io.env) });
        const result = await upsertSticky(opened.thread, {
            key: opened.key,
            commit: opened.target.headSha,
            body: (0,review_io/* forgeText */.rM)(body, io),
            post: true,
            log: io.log,
        });
        io.log(result.action === 'skipped'
            ? `comment: skipped, ${result.reason}`
            : `comment: ${result.action} ${result.url} (the report could not be built)`);
    }
    catch (error) {
        io.warn(`comment: could not write the failure comment: ${why(error)}`);
    }
    finally {
        await opened.http.close();
    }
}


/***/ }),

/***/ 1036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pI: () => (/* binding */ runFacts),
  qi: () => (/* binding */ runReport),
  bU: () => (/* binding */ sendBody)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/api/iacm-api.ts + 1 modules
var iacm_api = __webpack_require__(748);
// EXTERNAL MODULE: ./src/api/redact.ts
var redact = __webpack_require__(2799);
// EXTERNAL MODULE: ./src/api/retry-after.ts
var retry_after = __webpack_require__(2465);
// EXTERNAL MODULE: ./src/api/spool.ts
var spool = __webpack_require__(3487);
;// CONCATENATED MODULE: ./src/api/deliver.ts





/**
 * At most once: a send whose outcome is unknown is re-sent (once) only when `landed` says it did
 * not land; when it did, the send counts as done; when that cannot be told, the error stands (and
 * the body is spooled, with the warning that it may have landed).
 */
async function sendOnce(conn, body, http, options) {
    try {
        await (0,iacm_api/* sendEvent */.BI)(conn, body, http);
    }
    catch (error) {
        if (!(0,retry_after/* outcomeUnknown */.Hu)(error) || options.landed === undefined)
            throw error;
        const landed = await options.landed().catch(() => undefined);
        if (landed === true) {
            options.log?.('The answer to the event was lost, but Harness recorded it: not sent again');
            return;
        }
        if (landed === undefined) {
            options.log?.('warning: the answer to the event was lost and Harness could not be asked whether it landed: it may have');
            throw error;
        }
        options.log?.('The answer to the event was lost and Harness has no activity for it: sending it once more');
        await (0,iacm_api/* sendEvent */.BI)(conn, body, http);
    }
}
/**
 * Sends `body`; on an ApiError (any status, network, timeout, once retries are spent) writes it to
 * the spool folder and returns where. A UsageError (no key, plain-http URL) is thrown as is:
 * nothing was attempted, and the run should fail with exit 2. If the spool write itself fails,
 * that error is thrown with the delivery error in its message, so the cause is not lost.
 */
async function deliverEvent(conn, body, options = {}) {
    const warning = (0,spool/* largeBodyWarning */.sl)(body);
    if (warning !== undefined)
        options.log?.(warning);
    const http = {
        ...(options.env === undefined ? {} : { env: options.env }),
        ...(options.log === undefined ? {} : { log: options.log }),
        ...options.http,
    };
    try {
        await sendOnce(conn, body, http, options);
        return { kind: 'sent' };
    }
    catch (error) {
        if (!(error instanceof src_errors/* ApiError */.hD))
            throw error;
        try {
            const { file, fallback } = await (0,spool/* spoolBody */._4)(body, { ...options, target: (0,spool/* spoolTargetOf */.kp)(conn) });
            if (fallback !== undefined)
                options.log?.(`warning: ${fallback}; the body was written to ${file} instead`);
            return { kind: 'spooled', file, error };
        }
        catch (spoolError) {
            const detail = spoolError instanceof Error ? spoolError.message : String(spoolError);
            throw new src_errors/* ApiError */.hD(error.code, (0,redact/* redact */.E$)(`${error.template}; the body could not be saved either (${detail})`, [conn.apiKey]), error.status, { cause: spoolError });
        }
    }
}

// EXTERNAL MODULE: ./src/run/body-secrets.ts
var body_secrets = __webpack_require__(21);
// EXTERNAL MODULE: ./src/context/read-ci-context.ts + 1 modules
var read_ci_context = __webpack_require__(8806);
;// CONCATENATED MODULE: ./src/run/event-pipeline-ids.ts
function withPipelineIds(context, ids) {
    const out = { ...context };
    if (ids.pipelineId !== undefined)
        out.pipeline = ids.pipelineId;
    if (ids.pipelineExecutionId !== undefined)
        out.pipeline_execution_id = ids.pipelineExecutionId;
    if (ids.pipelineStageId !== undefined)
        out.pipeline_stage_id = ids.pipelineStageId;
    return out;
}

// EXTERNAL MODULE: ./src/run/send-and-confirm.ts + 2 modules
var send_and_confirm = __webpack_require__(3662);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/api/http-client.ts + 1 modules
var http_client = __webpack_require__(773);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/api/api-errors.ts
var api_errors = __webpack_require__(6050);
// EXTERNAL MODULE: ./src/api/api-call.ts
var api_call = __webpack_require__(1021);
// EXTERNAL MODULE: ./src/api/api-url.ts
var api_url = __webpack_require__(5404);
;// CONCATENATED MODULE: ./src/api/update-resources.ts
/**
 * `PATCH .../workspaces/{workspace}/resources` (Harness's update-resources): per-resource drift
 * for the workspace's Resources view. The shape is from Harness's API reference page (it is not in
 * the published OpenAPI we hold; team notes: harness-iacm-api.md). Only `update_mode: "drift"` is
 * ever sent, and never the `resources/stale` delete, which removes every resource a session did
 * not name. A 400 answers in the same shape as a 200, so its per-resource results are read too.
 */




const update_resources_text = schemas/* string */.YjP()
    .nullish()
    .transform((v) => v ?? '');
const updateResourcesResponseSchema = schemas/* looseObject */._H3({
    results: schemas/* array */.YOg(schemas/* looseObject */._H3({
        error: update_resources_text,
        mode: update_resources_text,
        module: update_resources_text,
        name: update_resources_text,
        provider: update_resources_text,
        status: update_resources_text,
        type: update_resources_text,
    }))
        .nullish()
        .transform((v) => v ?? []),
    summary: schemas/* looseObject */._H3({
        failed: schemas/* number */.aig().int().nonnegative(),
        skipped: schemas/* number */.aig().int().nonnegative(),
        total: schemas/* number */.aig().int().nonnegative(),
        updated: schemas/* number */.aig().int().nonnegative(),
    }),
});
/** One PATCH; a 400 that carries results is an answer (its failures per resource), not an error. */
async function updateResources(conn, request, options = {}) {
    return (0,api_call/* withClient */.SV)(conn, { ...options, answerStatuses: [400] }, async (client, resolved) => {
        const url = (0,api_url/* workspaceUrl */.fO)(resolved, 'resources');
        const action = 'update the workspace resources with drift';
        const ctx = (0,api_call/* context */._O)(resolved, url, action);
        const response = await client.call('PATCH', url, action, JSON.stringify(request));
        if (response.status === 400) {
            // Harness's 400 carries the same results as a 200; any other 400 is the error it reads as.
            const answer = updateResourcesResponseSchema.safeParse(jsonOrUndefined(response.body));
            if (answer.success)
                return answer.data;
            throw (0,api_errors/* statusError */.$C)(400, response.body, ctx, 1);
        }
        return (0,api_call/* parseResponse */.xp)(response, updateResourcesResponseSchema, ctx);
    });
}
function jsonOrUndefined(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/plan/resource-address.ts
/**
 * A resource's address, for display, from whatever labels its plan entry carries.
 *
 * The address is only a label: counts come from `mode` and `change.actions`. Some releases left
 * labels out (Terraform 0.15.4 to 1.0.0 wrote `resource_drift` entries without `address`; older
 * or trimmed plans may lack `module_address` or `index`), so a missing label never refuses a
 * plan: the address is rebuilt from the parts that are there, the way Terraform writes it
 * (`module.net.data.aws_ami.ubuntu["eu"]`), and where even the type or the name is missing the
 * entry is named by its place in the document (`resource_drift[3]`).
 */
/**
 * `parts.address` when present, else the address rebuilt from module, mode, type, name and index,
 * else `place` (the entry's path in the document).
 */
function displayAddress(parts, place) {
    if (parts.address !== undefined)
        return parts.address;
    if (parts.type === undefined || parts.name === undefined)
        return place;
    const module = parts.moduleAddress === undefined || parts.moduleAddress === '' ? '' : `${parts.moduleAddress}.`;
    const data = parts.mode === 'data' ? 'data.' : '';
    const index = parts.indexJson === undefined ? '' : `[${parts.indexJson}]`;
    return `${module}${data}${parts.type}.${parts.name}${index}`;
}
/** An `index` value as the address writes it, or undefined for one that is not a number or string. */
function indexJsonOf(value) {
    if (typeof value === 'number' || typeof value === 'string')
        return JSON.stringify(value);
    return undefined;
}
/** `indexJsonOf` of small counts, built once: most indexes are `0`, `1`, `2`. */
const SMALL_INDEXES = Array.from({ length: 256 }, (_, n) => String(n));
/**
 * A numeric `index` from its JSON bytes, when it is a plain count (digits only, at most 15, so
 * exact in a double): its JSON text is then its bytes (JSON has no leading zeros). Undefined for
 * any other number (sign, fraction, exponent), which goes the general way.
 */
function indexJsonOfDigits(bytes) {
    if (bytes.length === 0 || bytes.length > 15)
        return undefined;
    let n = 0;
    for (let k = 0; k < bytes.length; k++) {
        const digit = bytes[k] - 0x30;
        if (digit < 0 || digit > 9)
            return undefined;
        n = n * 10 + digit;
    }
    return n < SMALL_INDEXES.length ? SMALL_INDEXES[n] : String(n);
}
/**
 * The entry names a whole resource rather than one instance: no `address` and no `index`, as
 * Terraform 1.0.0 wrote `resource_drift` (hashicorp/terraform#28975). Such an entry stands for
 * every instance of the resource (`x.y[0]`, `x.y[1]`).
 */
function namesWholeResource(parts) {
    return (parts.address === undefined &&
        parts.indexJson === undefined &&
        parts.type !== undefined &&
        parts.name !== undefined);
}
/**
 * `module.net["eu"].data.aws_ami.ubuntu[0]` -> module `module.net["eu"]`, type `aws_ami`, name
 * `ubuntu[0]`; undefined for text that is no resource address (an entry named by its place).
 * Dots inside an instance key (`["a.b"]`) are not separators.
 */
function splitAddress(address) {
    const steps = [];
    let start = 0;
    let inKey = false;
    for (let i = 0; i < address.length; i++) {
        const c = address[i];
        if (inKey) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inKey = false;
        }
        else if (c === '"')
            inKey = true;
        else if (c === '.') {
            steps.push(address.slice(start, i));
            start = i + 1;
        }
    }
    steps.push(address.slice(start));
    const modules = [];
    let k = 0;
    while (steps[k] === 'module' && k + 2 < steps.length) {
        modules.push(`module.${steps[k + 1]}`);
        k += 2;
    }
    if (steps[k] === 'data' && steps.length - k === 3)
        k++;
    const [type, name] = [steps[k], steps[k + 1]];
    if (steps.length - k !== 2 || !type || !name || type === 'module' || !/^[A-Za-z_][\w-]*$/.test(type))
        return undefined;
    return { module: modules.join('.'), type, name };
}

;// CONCATENATED MODULE: ./src/run/drift-resource-batches.ts

/** Resources per PATCH: a body of a few hundred KB at most, well under Harness's 500,000-character limit. */
const DRIFT_BATCH_SIZE = 500;
/** The value every drifted attribute carries: its name is news, its value is not ours to send. */
const REDACTED_VALUE = '(redacted)';
/** Failures named in the summary line; the rest are counted. */
const NAMED_FAILURES = 3;
function toUpdate(resource, pathId) {
    const split = splitAddress(resource.address);
    if (split === undefined)
        return undefined;
    return {
        provider: resource.provider,
        type: split.type,
        name: split.name,
        module: split.module,
        mode: resource.mode === 'data' ? 'datasource' : 'managed',
        attributes: {},
        ...(pathId === undefined ? {} : { path_id: pathId }),
        drift_status: resource.status,
        drift_attributes: Object.fromEntries(resource.attributes.map((name) => [name, REDACTED_VALUE])),
    };
}
/** Every drifted resource the plans kept, ready to send, and what could not be. */
function driftResourcesOf(sources) {
    const resources = [];
    const warnings = [];
    for (const { plan, pathId } of sources) {
        const list = plan.driftResources;
        if (list === undefined)
            continue;
        const unnamed = [];
        for (const resource of list.items) {
            const update = toUpdate(resource, pathId);
            if (update === undefined)
                unnamed.push(resource.address);
            else
                resources.push(update);
        }
        if (unnamed.length > 0) {
            warnings.push(`${plan.file}: ${unnamed.length} drifted ${unnamed.length === 1 ? 'entry has' : 'entries have'} no resource address (${unnamed.slice(0, NAMED_FAILURES).join(', ')}); not sent per resource`);
        }
        const left = list.total - list.items.length;
        if (left > 0) {
            warnings.push(`${plan.file}: ${list.total} drifted resources; the first ${list.items.length} were sent per resource, ${left} left out`);
        }
    }
    return { resources, warnings };
}
/** Consecutive slices of at most `size`. */
function batches(items, size = DRIFT_BATCH_SIZE) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
function emptyTotals() {
    return { updated: 0, skipped: 0, failed: 0, total: 0, failures: [] };
}
/** Adds one answer to the totals (the failures named from its per-resource results). */
function addAnswer(totals, answer, sent) {
    totals.updated += answer.summary.updated;
    totals.skipped += answer.summary.skipped;
    totals.failed += answer.summary.failed;
    totals.total += answer.summary.total;
    for (const result of answer.results) {
        if (result.status !== 'failed' || totals.failures.length >= NAMED_FAILURES)
            continue;
        const match = sent.find((r) => r.type === result.type && r.name === result.name && r.module === result.module);
        const address = `${result.module === '' ? '' : `${result.module}.`}${result.type}.${result.name}`;
        const unit = match?.path_id === undefined ? '' : ` (unit ${match.path_id})`;
        totals.failures.push(`${address}${unit}${result.error === '' ? '' : `: ${result.error}`}`);
    }
}
/** "Harness recorded drift per resource: 412 updated, 3 failed: a: x; b: y; c: z; 1 skipped". */
function totalsLine(totals) {
    const parts = [`${totals.updated} updated`];
    if (totals.failed > 0) {
        const more = totals.failed - totals.failures.length;
        const named = totals.failures.join('; ');
        parts.push(`${totals.failed} failed${named === '' ? '' : `: ${named}`}${more > 0 ? `; ${more} more` : ''}`);
    }
    if (totals.skipped > 0)
        parts.push(`${totals.skipped} skipped`);
    return `drift per resource: ${parts.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/run/send-drift-resources.ts
/**
 * Drift per resource (issue 26, part 2), the calls: after a report with drift was accepted, each
 * drifted resource goes to Harness's update-resources (`PATCH .../resources`, `update_mode:
 * "drift"`), DRIFT_BATCH_SIZE a call, all under one `session_id` per run, within one time budget.
 * Whatever happens is a line: per-resource failures and a failed call are warnings, never a
 * failed run (the event, the report's own delivery, already landed).
 */







/**
 * The plans whose drift the event reports (as buildModel reads them): `--drift` files when given,
 * else the plan files and the Terragrunt units (with their path).
 */
function driftSourcesOf(input) {
    if (input.drifts.length > 0)
        return input.drifts.map((plan) => ({ plan }));
    return [
        ...input.plans.map((plan) => ({ plan })),
        ...[...(input.terragrunt?.plans ?? [])].map(([pathId, plan]) => ({ plan, pathId })),
    ];
}
async function sendDriftResources(sources, options) {
    const { resources, warnings } = driftResourcesOf(sources);
    if (resources.length === 0)
        return { line: undefined, warnings };
    const now = options.now ?? Date.now;
    const budget = options.http?.totalBudgetMs ?? http_client/* DEFAULT_HTTP_OPTIONS */.AU.totalBudgetMs;
    const deadline = now() + budget;
    const sessionId = (0,external_node_crypto_.randomUUID)();
    const totals = emptyTotals();
    const parts = batches(resources, options.batchSize);
    let sent = 0;
    for (const part of parts) {
        const remaining = deadline - now();
        if (remaining <= 0) {
            warnings.push(`drift per resource: the time budget ran out after ${sent} of ${resources.length} resources; the rest were not sent`);
            break;
        }
        const request = (0,redact/* scrubSecrets */.Zg)({ resources: part, session_id: sessionId, update_mode: 'drift' }, options.secrets);
        try {
            const answer = await updateResources(options.connection, request, {
                ...options.http,
                totalBudgetMs: Math.min(remaining, budget),
            });
            addAnswer(totals, answer, part);
            sent += part.length;
        }
        catch (error) {
            warnings.push(`drift per resource: ${sent} of ${resources.length} resources sent, then the call failed: ${(0,src_errors/* describeError */.Uc)(error)}`);
            break;
        }
    }
    const line = totalsLine(totals);
    if (totals.failed > 0)
        warnings.push(line);
    return { line: sent === 0 ? undefined : line, warnings };
}
/** After the event landed: the line on the log, the troubles as the report's warnings. */
async function sendDriftPerResource(config, sources, model, io) {
    const outcome = await sendDriftResources(sources, {
        connection: config.connection,
        secrets: (0,body_secrets/* bodySecrets */.m)(config),
        http: { env: io.env, log: io.log, ...io.http },
    });
    if (outcome.line !== undefined)
        io.log(`Harness ${outcome.line}`);
    for (const warning of outcome.warnings)
        model.warnings.push(warning);
}

// EXTERNAL MODULE: ./src/partial/build-partial.ts
var build_partial = __webpack_require__(7241);
;// CONCATENATED MODULE: ./src/partial/leg-name.ts
/**
 * Who made a partial report: `--leg <name>`, else what the CI shows of the leg. Pure: a function
 * of the environment and the partial's file name.
 *
 * GitHub puts no matrix value in a step's environment (only `GITHUB_JOB`, shared by every leg), so
 * the file name, which a matrix job writes per leg (`partial-${{ matrix.unit }}.json`), carries
 * the matrix value into the default name. In a Harness looping strategy each iteration's step gets
 * its own identifier (the step id plus an iteration suffix; our reading of Harness's docs) and
 * the stage/step variables name it.
 */

function pick(env, ...names) {
    return names.map((name) => env[name]?.trim()).find((value) => value !== undefined && value !== '');
}
function stem(file) {
    const name = (0,external_node_path_.basename)(file);
    return name.slice(0, name.length - (0,external_node_path_.extname)(name).length) || name;
}
function legOrigin(env, options) {
    const github = env['GITHUB_ACTIONS'] === 'true';
    const job = github
        ? pick(env, 'GITHUB_JOB')
        : [pick(env, 'HARNESS_STAGE_ID', 'DRONE_STAGE_NAME'), pick(env, 'HARNESS_STEP_ID', 'DRONE_STEP_NAME')]
            .filter((part) => part !== undefined)
            .join('/') || undefined;
    const run = github
        ? [pick(env, 'GITHUB_RUN_ID'), pick(env, 'GITHUB_RUN_ATTEMPT')].filter(Boolean).join('.') || undefined
        : pick(env, 'HARNESS_EXECUTION_ID', 'HARNESS_BUILD_ID', 'DRONE_BUILD_NUMBER');
    const name = (options.leg?.trim() || [job, stem(options.file)].filter(Boolean).join(':')).slice(0, 300);
    const leg = { name, status: 'success', sent: options.sent };
    if (job !== undefined)
        leg.job = job;
    if (run !== undefined)
        leg.run = run;
    return leg;
}

// EXTERNAL MODULE: ./src/partial/partial-file.ts
var partial_file = __webpack_require__(2503);
// EXTERNAL MODULE: ./src/plain-text.ts
var plain_text = __webpack_require__(8763);
// EXTERNAL MODULE: ./src/run/request-body.ts
var request_body = __webpack_require__(4909);
// EXTERNAL MODULE: ./src/inputs/expand-inputs.ts
var expand_inputs = __webpack_require__(867);
// EXTERNAL MODULE: ./src/model/cost-math.ts
var cost_math = __webpack_require__(9631);
// EXTERNAL MODULE: ./src/inputs/json-file.ts + 1 modules
var json_file = __webpack_require__(3652);
;// CONCATENATED MODULE: ./src/scan/json-numbers.ts
/**
 * Rewrites every JSON number outside strings as a string holding its source text (`12.50` ->
 * `"12.50"`), so a JSON.parse of the result keeps each number exactly as written. Node 20's
 * JSON.parse has no access to a number's source text, and a cost must never pass through a float.
 * The input must already be valid JSON (callers parse it once first); this only re-tokenises it.
 */
function quoteJsonNumbers(text, prefix = '') {
    let out = '';
    let copiedTo = 0;
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            i = endOfString(text, i);
        }
        else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
            const end = endOfNumber(text, i);
            out += `${text.slice(copiedTo, i)}"${prefix}${text.slice(i, end)}"`;
            copiedTo = end;
            i = end;
        }
        else {
            i++;
        }
    }
    return out + text.slice(copiedTo);
}
/**
 * Valid JSON text without the white space between tokens, every number exactly as written (`1e400`
 * stays `1e400`, a 300-digit integer keeps its digits, `1.50` its zero) and every string in
 * JSON.stringify's form (so `"\u003c"`, as Go writes `<`, reads `"<"`). For a document whose numbers
 * are written as JavaScript writes them, this equals JSON.stringify(JSON.parse(text)), but for
 * keys: they stay in the order written (JSON.parse moves integer-like keys first) and a key repeated
 * in one object is kept each time (JSON.parse keeps the last). The input must already be valid JSON
 * (callers parse it once first); this only re-tokenises it.
 */
function compactJson(text) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            const end = endOfString(text, i);
            const token = text.slice(i, end);
            // Without a backslash a valid JSON string is already what JSON.stringify writes.
            out += token.includes('\\') ? JSON.stringify(JSON.parse(token)) : token;
            i = end;
        }
        else if (isJsonWhiteSpace(c)) {
            i++;
        }
        else {
            // Punctuation, a number or a literal: copied up to the next white space or string.
            let end = i + 1;
            while (end < text.length && text.charCodeAt(end) !== 0x22 && !isJsonWhiteSpace(text.charCodeAt(end))) {
                end++;
            }
            out += text.slice(i, end);
            i = end;
        }
    }
    return out;
}
function isJsonWhiteSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/** Index just past the closing quote of the string that opens at `start`. */
function endOfString(text, start) {
    let i = start + 1;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 0x5c /* \ */)
            i += 2;
        else if (c === 0x22)
            return i + 1;
        else
            i++;
    }
    return i;
}
function endOfNumber(text, start) {
    let i = start + 1;
    while (i < text.length && /[0-9.eE+-]/.test(text.charAt(i)))
        i++;
    return i;
}
/** Members of every object in compact JSON text (compactJson's): its colons outside strings. */
function memberCountOfCompact(compact) {
    let n = 0;
    for (let i = 0; i < compact.length;) {
        const c = compact.charCodeAt(i);
        if (c === 0x22 /* " */) {
            i = endOfString(compact, i);
        }
        else {
            if (c === 0x3a /* : */)
                n++;
            i++;
        }
    }
    return n;
}
/** Members of every object in a parsed value (without recursion: values may nest deeply). */
function memberCountOfValue(value) {
    let n = 0;
    const pending = [value];
    while (pending.length > 0) {
        const v = pending.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        if (!Array.isArray(v))
            n += Object.keys(v).length;
        for (const item of Object.values(v))
            pending.push(item);
    }
    return n;
}
/**
 * What compactJsonLastWins puts before a number it turns into a string: U+0000 and `#`, written as
 * JSON writes them (no number starts so, and no real plan's string does).
 */
const NUMBER_MARK = '\\u0000#';
/**
 * compactJson for text in which a key is written twice in one object: the last one kept, as
 * JSON.parse keeps it, numbers still exactly as written. Keys come in JSON.parse's order.
 */
function compactJsonLastWins(text) {
    const plain = JSON.stringify(JSON.parse(text));
    // A string of the document holding the mark could not be told from a number: such text gets
    // JSON.stringify's numbers instead (only numbers JavaScript cannot hold differ).
    if (plain.includes(NUMBER_MARK))
        return plain;
    const marked = JSON.stringify(JSON.parse(quoteJsonNumbers(text, NUMBER_MARK)));
    return marked.replace(/"\\u0000#([^"]*)"/g, '$1');
}

// EXTERNAL MODULE: ./src/model/cost-details.ts
var cost_details = __webpack_require__(903);
// EXTERNAL MODULE: ./src/model/decimal.ts
var decimal = __webpack_require__(2078);
;// CONCATENATED MODULE: ./src/infracost/infracost-resources.ts


function asObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
/** A cost field as decimal text; undefined for null, absent or anything that is not a number. */
function amount(value) {
    if (typeof value === 'number')
        return (0,cost_math/* normalizeDecimalText */.OI)(String(value));
    if (typeof value === 'string')
        return (0,cost_math/* normalizeDecimalText */.OI)(value);
    return undefined;
}
/** Whether a component's figure depends on usage: flagged so, or priced with no quantity. */
function usageBased(component) {
    if (component['usageBased'] === true)
        return true;
    return component['price'] != null && component['monthlyQuantity'] === null;
}
function hasUsageBased(resource, depth = 0) {
    if (depth > 20)
        return false;
    if (asArray(resource['costComponents']).some((c) => usageBased(asObject(c) ?? {})))
        return true;
    return asArray(resource['subresources']).some((s) => hasUsageBased(asObject(s) ?? {}, depth + 1));
}
/** Sum of the known component and sub-resource costs; undefined when none is known. */
function summed(resource, depth = 0) {
    if (depth > 20)
        return undefined;
    let total;
    const add = (value) => {
        if (value !== undefined)
            total = total === undefined ? value : (0,decimal/* addDecimals */.Qr)(total, value);
    };
    for (const component of asArray(resource['costComponents']))
        add(amount(asObject(component)?.['monthlyCost']));
    for (const sub of asArray(resource['subresources'])) {
        const object = asObject(sub) ?? {};
        add('monthlyCost' in object ? amount(object['monthlyCost']) : summed(object, depth + 1));
    }
    return total;
}
/** One resource's monthly cost as shown: an amount, or why there is none. */
function resourceMonthlyCost(resource) {
    const written = 'monthlyCost' in resource ? amount(resource['monthlyCost']) : summed(resource);
    const usage = hasUsageBased(resource);
    if (written === undefined)
        return usage ? 'usage-based' : 'unknown';
    // Infracost writes 0 for usage it was not given: "depends on usage", not free.
    if (usage && (0,decimal/* isZeroDecimal */.KF)(written))
        return 'usage-based';
    return written;
}
/** Resources of one breakdown by address; undefined when the breakdown itself is unknown (null). */
function byAddress(breakdown) {
    const object = asObject(breakdown);
    if (object === undefined)
        return undefined;
    const out = new Map();
    for (const item of asArray(object['resources'])) {
        const resource = asObject(item);
        const name = resource?.['name'];
        if (resource === undefined || typeof name !== 'string')
            continue;
        out.set(name, resourceMonthlyCost(resource));
    }
    return out;
}
function differenceOf(before, after) {
    const b = before ?? '0';
    const a = after ?? '0';
    if ((0,decimal/* isDecimal */.aM)(a) && (0,decimal/* isDecimal */.aM)(b))
        return (0,decimal/* addDecimals */.Qr)(a, b.startsWith('-') ? b.slice(1) : `-${b}`);
    const word = [after, before].find((v) => v === 'usage-based' || v === 'unknown');
    return word ?? 'unknown';
}
/**
 * The resources of one project whose monthly cost changes, or may: added, destroyed, changed in
 * cost, or listed in Infracost's own `diff`. Unchanged resources are left out.
 */
function changedResources(project, label, sides) {
    if (!sides.current)
        return [];
    const after = byAddress(project['breakdown']) ?? new Map();
    const before = sides.past ? byAddress(project['pastBreakdown']) : undefined;
    // Infracost's own list of changed resources, and its difference where the past is unknown.
    const listed = byAddress(project['diff']) ?? new Map();
    const out = [];
    const addresses = new Set([...(before?.keys() ?? []), ...after.keys(), ...listed.keys()]);
    for (const address of addresses) {
        const now = after.get(address);
        if (before === undefined) {
            // No past to compare with: Infracost's difference where it wrote one.
            const diff = listed.get(address) ?? 'unknown';
            if ((0,decimal/* isDecimal */.aM)(diff) && (0,decimal/* isZeroDecimal */.KF)(diff))
                continue;
            out.push({
                address,
                project: label,
                before: 'unknown',
                ...(now === undefined ? {} : { after: now }),
                diff,
            });
            continue;
        }
        const then = before.get(address);
        if (now === undefined && then === undefined)
            continue;
        const diff = differenceOf(then, now);
        // A zero difference (an added resource that costs nothing, one whose cost stays) or the same
        // word on both sides: nothing behind the total.
        if ((0,decimal/* isDecimal */.aM)(diff) ? (0,decimal/* isZeroDecimal */.KF)(diff) : then === now)
            continue;
        out.push({
            address,
            project: label,
            ...(then === undefined ? {} : { before: then }),
            ...(now === undefined ? {} : { after: now }),
            diff,
        });
    }
    return out;
}
/** Whether any resource cost in the project is a JSON number (the file is then re-read exactly). */
function resourcesHaveNumbers(project) {
    const check = (value, depth) => {
        const object = asObject(value);
        if (object === undefined || depth > 20)
            return false;
        if (typeof object['monthlyCost'] === 'number')
            return true;
        return [
            ...asArray(object['resources']),
            ...asArray(object['costComponents']),
            ...asArray(object['subresources']),
        ].some((child) => check(child, depth + 1));
    };
    return ['breakdown', 'pastBreakdown', 'diff'].some((key) => check(project[key], 0));
}

;// CONCATENATED MODULE: ./src/infracost/infracost.ts
/**
 * `infracost breakdown --format json` / `infracost diff --format json` (and `infracost output
 * --format json`): Infracost's JSON v0.x. Costs are kept as the decimal text Infracost wrote.
 *
 * Unknown is never turned into zero: a null cost stays unknown, and the zeros Infracost writes for
 * a project it could not price (`metadata.errors`) are dropped as unknown too, each with a warning.
 */








const cost = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).nullish();
const breakdown = schemas/* looseObject */._H3({ totalMonthlyCost: cost }).nullish();
const diag = schemas/* looseObject */._H3({ message: schemas/* string */.YjP().nullish(), isError: schemas/* boolean */.zMY().nullish() });
const diags = schemas/* array */.YOg(diag).nullish();
const project = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP().nullish(),
    displayName: schemas/* string */.YjP().nullish(),
    metadata: schemas/* looseObject */._H3({
        path: schemas/* string */.YjP().nullish(),
        errors: diags,
        currentErrors: diags,
        pastErrors: diags,
        warnings: diags,
    })
        .nullish(),
    breakdown,
    pastBreakdown: breakdown,
    diff: breakdown,
});
const root = schemas/* looseObject */._H3({
    version: schemas/* string */.YjP(),
    currency: schemas/* string */.YjP().nullish(),
    projects: schemas/* array */.YOg(project).nullish(),
    totalMonthlyCost: cost,
    pastTotalMonthlyCost: cost,
    diffTotalMonthlyCost: cost,
});
/** What to do about an Infracost file that is not JSON. */
const REWRITE = 'write it again with `infracost breakdown --format json` (or `infracost diff --format json`)';
const PLAN_KEYS = ['format_version', 'resource_changes', 'planned_values', 'terraform_version'];
function parseInfracostText(text, label) {
    const document = (0,json_file/* parseJsonText */.lk)(text, label, REWRITE);
    checkKind(document, label);
    let parsed = validate(document, label);
    if (hasNumberCost(parsed)) {
        // A number's value as JSON.parse gives it is a float; its source text is the exact figure.
        parsed = validate((0,json_file/* parseJsonText */.lk)(quoteJsonNumbers(text), label, REWRITE), label);
    }
    return toReport(parsed, label, document);
}
function checkKind(document, label) {
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
        throw new src_errors/* InputError */.dz('INPUT_WRONG_KIND', label, `is ${(0,json_file/* describeJsonValue */.$g)(document)}, not Infracost JSON (infracost breakdown --format json)`);
    }
    if (PLAN_KEYS.some((key) => key in document)) {
        throw new src_errors/* InputError */.dz('INPUT_WRONG_KIND', label, `is a Terraform/OpenTofu JSON document, not Infracost JSON (pass plans with ${(0,src_errors/* settingRef */.yE)('plans')})`);
    }
    if (!('projects' in document) || !('version' in document)) {
        throw new src_errors/* InputError */.dz('INPUT_WRONG_KIND', label, 'has no "version" and "projects": not Infracost JSON (infracost breakdown --format json)');
    }
    const version = document.version;
    if (typeof version === 'string' && !/^0\.\d+$/.test(version)) {
        throw new src_errors/* InputError */.dz('INPUT_VERSION', label, `Infracost JSON version ${version} is not one this program reads (0.x)`);
    }
}
function validate(document, label) {
    const result = root.safeParse(document);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const where = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '';
    throw new src_errors/* InputError */.dz('INPUT_INVALID', label, `${where.replace(/^\./, '') || 'document'}: ${issue?.message ?? 'invalid'}`);
}
function hasNumberCost(doc) {
    const values = [doc.totalMonthlyCost, doc.pastTotalMonthlyCost, doc.diffTotalMonthlyCost];
    for (const p of doc.projects ?? []) {
        values.push(p.breakdown?.totalMonthlyCost, p.pastBreakdown?.totalMonthlyCost, p.diff?.totalMonthlyCost);
    }
    return (values.some((v) => typeof v === 'number') || (doc.projects ?? []).some((p) => resourcesHaveNumbers(p)));
}
/** A cost field's text, validated; undefined for null or absent. */
function costText(value, field, label) {
    if (value === null || value === undefined)
        return undefined;
    const text = (0,cost_math/* normalizeDecimalText */.OI)(String(value));
    if (text === undefined) {
        throw new src_errors/* InputError */.dz('INPUT_INVALID', label, `${field} is ${JSON.stringify(value)}, not a decimal number`);
    }
    return text;
}
/**
 * Which halves of a project Infracost could not price. Newer versions split `currentErrors` and
 * `pastErrors`; older ones only have `errors`, where a fatal error spoils the whole project and an
 * `isError: false` entry (a baseline problem) is worth a warning only.
 */
function projectState(p) {
    const meta = p.metadata;
    const messages = [...(meta?.errors ?? []), ...(meta?.warnings ?? [])]
        .map((d) => d.message?.trim())
        .filter((m) => !!m);
    if (meta?.currentErrors != null || meta?.pastErrors != null) {
        // A project whose current run failed is zeroed whole, its past included (Infracost's
        // diff_with_compare_to_with_current_project_error golden writes past 0 where the baseline
        // had 462.32), so a current error spoils all three figures.
        const current = (meta.currentErrors ?? []).length > 0;
        return { current, past: current || (meta.pastErrors ?? []).length > 0, messages };
    }
    const fatal = (meta?.errors ?? []).some((d) => d.isError !== false);
    return { current: fatal, past: fatal, messages };
}
function toReport(doc, label, document) {
    const warnings = [];
    const projects = [];
    const failedCurrent = [];
    const failedPast = [];
    const changed = [];
    let changedTotal = 0;
    const top = new cost_details/* TopResources */.NU();
    (doc.projects ?? []).forEach((p, i) => {
        const where = `projects[${i}]`;
        const name = p.name ?? undefined;
        const path = p.metadata?.path ?? undefined;
        // displayName is `""` in some outputs: take the first non-empty name.
        const projectLabel = p.displayName || name || path || where;
        const bad = projectState(p);
        const total = costText(p.breakdown?.totalMonthlyCost, `${where}.breakdown.totalMonthlyCost`, label);
        const past = costText(p.pastBreakdown?.totalMonthlyCost, `${where}.pastBreakdown.totalMonthlyCost`, label);
        const diff = costText(p.diff?.totalMonthlyCost, `${where}.diff.totalMonthlyCost`, label);
        if (bad.current)
            failedCurrent.push(projectLabel);
        if (bad.past)
            failedPast.push(projectLabel);
        for (const message of bad.messages)
            warnings.push(`Infracost project ${projectLabel}: ${message}`);
        const figures = (0,cost_math/* costFigures */.rt)(undefined, bad.current ? undefined : total, bad.past ? undefined : past, bad.current || bad.past ? undefined : diff);
        const unknown = ['totalMonthly', 'pastTotalMonthly', 'diffTotalMonthly'].filter((k) => figures[k] === undefined);
        if (unknown.length > 0) {
            warnings.push(`Infracost project ${projectLabel}: ${unknown.map(describeField).join(', ')} unknown`);
        }
        projects.push({ index: i, label: projectLabel, name, path, figures });
        // A side whose total is unknown (an `infracost output` without a past) has no resource figures
        // to compare with either.
        const sides = {
            current: figures.totalMonthly !== undefined,
            past: figures.pastTotalMonthly !== undefined,
        };
        for (const resource of changedResources(p, projectLabel, sides))
            top.add(resource);
        const diffKnown = figures.diffTotalMonthly;
        if (diffKnown === undefined || !(0,decimal/* isZeroDecimal */.KF)(diffKnown)) {
            changedTotal += 1;
            if (changed.length < cost_details/* PROJECT_LIMIT */.YC) {
                changed.push({
                    name: projectLabel,
                    past: figures.pastTotalMonthly,
                    total: figures.totalMonthly,
                    diff: figures.diffTotalMonthly,
                });
            }
        }
    });
    const details = {
        projects: { items: changed, total: changedTotal },
        unchangedProjects: projects.length - changedTotal,
        resources: top.result(),
    };
    const count = projects.length;
    const allCurrentFailed = count > 0 && failedCurrent.length === count;
    const allPastFailed = count > 0 && failedPast.length === count;
    const currency = doc.currency ?? undefined;
    const figures = (0,cost_math/* costFigures */.rt)(currency, allCurrentFailed ? undefined : costText(doc.totalMonthlyCost, 'totalMonthlyCost', label), allPastFailed ? undefined : costText(doc.pastTotalMonthlyCost, 'pastTotalMonthlyCost', label), allCurrentFailed || allPastFailed
        ? undefined
        : costText(doc.diffTotalMonthlyCost, 'diffTotalMonthlyCost', label));
    const partial = [...new Set([...failedCurrent, ...failedPast])];
    if (partial.length > 0 && partial.length < count) {
        warnings.push(`Infracost totals leave out what it could not price in: ${partial.join(', ')}`);
    }
    const unknown = ['totalMonthly', 'pastTotalMonthly', 'diffTotalMonthly'].filter((k) => figures[k] === undefined);
    if (unknown.length > 0)
        warnings.push(`Infracost: ${unknown.map(describeField).join(', ')} unknown for the run`);
    if (currency === undefined)
        warnings.push('Infracost: the file names no currency');
    return { file: label, version: doc.version, figures, currency, projects, details, warnings, document };
}
function describeField(field) {
    return {
        totalMonthly: 'monthly cost',
        pastTotalMonthly: 'past monthly cost',
        diffTotalMonthly: 'monthly cost change',
    }[field];
}

// EXTERNAL MODULE: ./src/reporter/event-schema.ts
var event_schema = __webpack_require__(1713);
;// CONCATENATED MODULE: ./src/reporter/data-ids.ts
/**
 * The ids of stored workspace data -> the event's `*_uuid` fields (issue 14). Our reading of the
 * API: the field descriptions say "the ID of any associated plan data" and so on, so the id the
 * `/data` call answers for a plan text goes in `plan_uuid`, for a breakdown in
 * `cost_breakdown_uuid`, and per Terragrunt unit in that unit's `terragrunt_details` entry.
 */

/** A copy of the event with the ids (and the state checksum) filled in, validated again. */
function withDataIds(event, assignments, stateChecksum) {
    if (assignments.length === 0 && stateChecksum === undefined)
        return event;
    const metadata = { ...event.metadata };
    const details = metadata.terragrunt_details?.map((detail) => ({ ...detail }));
    for (const { field, id, unit } of assignments) {
        if (unit === undefined) {
            metadata[field] = id;
            continue;
        }
        const detail = details?.find((d) => d.path_id === unit);
        if (detail !== undefined && (field === 'cost_breakdown_uuid' || field === 'cost_diff_uuid')) {
            detail[field] = id;
        }
    }
    if (details !== undefined)
        metadata.terragrunt_details = details;
    if (stateChecksum !== undefined && metadata.state_uuid !== undefined)
        metadata.state_checksum = stateChecksum;
    const checked = event_schema/* sendEventRequestSchema */.vF.parse({ ...event, metadata });
    // Keep the outputs exactly as built (see build-event.ts: zod drops `__proto__` record keys).
    checked.metadata?.stacks?.forEach((stack, i) => {
        const built = event.metadata?.stacks?.[i]?.stack_outputs;
        if (built !== undefined)
            stack.stack_outputs = built;
    });
    return checked;
}

// EXTERNAL MODULE: ./src/run/data-uploads.ts
var data_uploads = __webpack_require__(3878);
;// CONCATENATED MODULE: ./src/scan/skip-wasm.generated.ts
// Generated from src/scan/skip-wasm.wat by `npm run build:wasm` (scripts/build-wasm.ts): do not edit.
// The WebAssembly module of the scanner's skip mode, as base64 (loaded by skip-wasm.ts).
const SKIP_WASM_BASE64 = 'AGFzbQEAAAABEwJgA39/fwF/YAd/f39/f39/AX8DBQQAAAABBQMBADcGmAEZfwBBAAt/AEGACAt/AEGAPAt/AEGAPgt/AEGAwAAL' +
    'fwBBgIABC38AQYAIC38AQSALfwBBgIAEC38AQYCACAt/AEGAgBALfwBBgIDEAAt/AEGAgMAAC38AQQELfwBBAwt/AEECC38AQQQL' +
    'fwBBBQt/AEEGC38AQcAAC38AQcEAC38AQcIAC38AQcMAC38AQcQAC38AQcUACwfVAhsGbWVtb3J5AgAIU1RBVEVfQVQDAAhUQUJM' +
    'RV9BVAMBCUVTQ0FQRV9BVAMCBkhFWF9BVAMDD01FTUJFUl9UQUJMRV9BVAMEC0tFWV9TRVRTX0FUAwUNS0VZX1NFVF9CWVRFUwMG' +
    'DUtFWV9TRVRfQ09VTlQDBwhUWVBFU19BVAMIC1RZUEVTX0JZVEVTAwkKQlVGRkVSU19BVAMKDUJVRkZFUl9TVFJJREUDCwxCVUZG' +
    'RVJfQllURVMDDAdTX1ZBTFVFAw0LU19PQkpfRklSU1QDDgtTX0FSUl9GSVJTVAMPBVNfS0VZAxAHU19DT0xPTgMRB1NfQUZURVID' +
    'Eg1XX09QRU5fT0JKRUNUAxMMV19PUEVOX0FSUkFZAxQHV19DT01NQQMVDldfQ0xPU0VfT0JKRUNUAxYNV19DTE9TRV9BUlJBWQMX' +
    'BVdfS0VZAxgEc2tpcAADCtMKBBIAQQAgATYCAEEEIAI2AgAgAAsSACAAQQRBASABQQVGGyACEAALzwECBH8BeyAAQQFqIQMCQANA' +
    'IAMgAU8EQEEBDwsgA/0ABAAhByAHQSL9D/0jIAdB3AD9D/0j/VD9ZCEEIAQNASADQRBqIQMMAAsLIAMgBGhqIQMgAyABTwRAQQEP' +
    'CyADLQAAQdwARgRAQQEPCyACLQAAIQYgAkEQaiEFAkADQCAGRQ0BIAD9AAQBIAX9AAQg/U4gBf0ABAD9I/1jIAD9AAQRIAX9AAQw' +
    '/U4gBf0ABBD9I/1jcQRAQQEPCyAFQcAAaiEFIAZBAWshBgwACwtBAAvZCAMJfwd7D35BIv0PIRRB3AD9DyEVQSD9DyEWIAAhByAA' +
    'IQ5BgMAAQYAIIAYbIQ8CQANAIAcgAU8NASAH/QAEACEQIAf9AAQQIREgB/0ABCAhEiAH/QAEMCETIAEgB2shCCAIQcAATwR+Qn8F' +
    'QgEgCK2GQgF9CyEXIBcgECAU/SP9ZCARIBT9I/1kQRB0cq0gEiAU/SP9ZCATIBT9I/1kQRB0cq1CIIaEgyEYIBcgECAV/SP9ZCAR' +
    'IBX9I/1kQRB0cq0gEiAV/SP9ZCATIBX9I/1kQRB0cq1CIIaEgyEZIBcgECAW/Sb9ZCARIBb9Jv1kQRB0cq0gEiAW/Sb9ZCATIBb9' +
    'Jv1kQRB0cq1CIIaEgyEaIBlQBEAgHCEbQgAhHAUgGSAcQn+FgyEeIB5CAYZCqtWq1arVqtWqf4QgHn1CqtWq1arVqtWqf4UhHSAX' +
    'IB0gGSAchIWDIRsgHSAZg0I/iCEcCyAYIBtCf4WDIRggGCElICUgJUIBhoUhJSAlICVCAoaFISUgJSAlQgSGhSElICUgJUIIhoUh' +
    'JSAlICVCEIaFISUgJSAlQiCGhSElICUgIIUhHyAfQj+HISAgGCAfgyEhIBogH4MhIiAbISQCQANAICRQDQEgJHqnIQwgByAMaiEJ' +
    'IAktAAAtAIA8IQ0gDUEBRwRAIA1FBEAgIkIBIAythoQhIgwDCyAJLQABLQCAPiAJLQACLQCAPnEgCS0AAy0AgD4gCS0ABC0AgD5x' +
    'cUUEQCAiQgEgDK2GhCEiDAMLCyAkICRCAX2DISQMAAsLIBcgHyAYhEJ/hSAhhIMhIyAiQgBSBEAgIkIAICJ9g0IBfSElICMgJYMh' +
    'IyAhICWDISELAkADQCAjUA0BIAcgI3qnaiEJICMgI0IBfYMhIyAJLQAAIQogDyACQQh0IApyai0AACELIAtBwABJBEAgCyECDAEL' +
    'AkACQAJAAkACQAJAAkAgC0HAAGsOBgABAgMEBQYLIAMgBU8EQCAJIAIgAxAADwsgA0EBaiEDIANBAToAgIAEQQMhAkGACCEPDAYL' +
    'IAMgBU8EQCAJIAIgAxAADwsgA0EBaiEDIANBAjoAgIAEQQIhAkGACCEPDAULIAMgBEYEQCAGRQRAIAkgAiADEAAPC0EEIQIMBQtB' +
    'BEEBIAMtAICABEEBRhshAgwECyADIARGIAMtAICABEEBR3IEQCAJIAIgAxAADwsgA0EBayEDQQYhAiADIARGIAZBAEdxBEBBgMAA' +
    'IQ8LDAMLIAMgBEYgAy0AgIAEQQJHcgRAIAkgAiADEAAPCyADQQFrIQNBBiECIAMgBEYgBkEAR3EEQEGAwAAhDwsMAgsgCSABIAYQ' +
    'AgRAIAkgAiADEAAPC0EFIQIMAQsgCSACIAMQAA8LCyAhQgBSBEAgB0E/aiAheadrIQ4LICJCAFIEQCAOIAIgAxABDwsgB0HAAGoh' +
    'BwwACwsgIEIAUgRAIA4gAiADEAEPCyABIAIgAxAACw==';

;// CONCATENATED MODULE: ./src/scan/scanner-tables.ts
/**
 * Lookup tables for the byte scanner (json-scanner.ts).
 *
 * Outside strings the scanner is a table-driven DFA: one load per byte, `TRANSITIONS[state << 8 |
 * byte]`, gives either the next state (< ACTION_BASE) or an action the scanner's switch handles
 * (structure, strings, value starts). A table costs the same whether a byte is whitespace, a digit
 * or a letter of `true`, so the whole JSON grammar outside strings is checked at no extra cost
 * over mere bracket counting. Inside strings a second table sorts bytes into "ordinary" and the
 * few that need attention (quote, backslash, control character).
 */
// DFA states outside strings.
const S_START = 0; // before the top-level value
const S_VALUE = 1; // a value must follow (after ':' or ',' in an array)
const S_ARR_FIRST = 2; // after '[': a value or ']'
const S_OBJ_FIRST = 3; // after '{': a key or '}'
const S_KEY = 4; // after ',' in an object: a key
const S_COLON = 5; // after a key: ':'
const S_AFTER = 6; // after a value: ',' or the container's close
const S_DONE = 7; // the top-level value is complete: only whitespace may follow
const S_MINUS = 8;
const S_ZERO = 9;
const S_INT = 10;
const S_DOT = 11;
const S_FRAC = 12;
const S_E = 13;
const S_ESIGN = 14;
const S_EXP = 15;
const S_T1 = 16;
const S_T2 = 17;
const S_T3 = 18;
const S_F1 = 19;
const S_F2 = 20;
const S_F3 = 21;
const S_F4 = 22;
const S_N1 = 23;
const S_N2 = 24;
const S_N3 = 25;
const STATE_COUNT = 26;
// Number states a value can start in (after its first byte).

// Actions (table entries >= ACTION_BASE).
const ACTION_BASE = 64;
const A_VALUE_START = 64; // first byte of a value: { [ " - 0-9 t f n
const A_KEY_QUOTE = 65; // opening quote of an object key
const scanner_tables_A_COMMA = 66;
const scanner_tables_A_CLOSE_OBJECT = 67;
const scanner_tables_A_CLOSE_ARRAY = 68;
const A_DONE_NEWLINE = 69; // a newline after the top-level value (for the NDJSON hint)
const A_TRAILING = 70; // a non-whitespace byte after the top-level value
const A_ERROR = 255;
const WHITESPACE = [0x20, 0x09, 0x0a, 0x0d];
const VALUE_STARTS = '{["-0123456789tfn';
function codes(chars) {
    return [...chars].map((ch) => ch.charCodeAt(0));
}
function buildTransitions() {
    const t = new Uint8Array(STATE_COUNT * 256).fill(A_ERROR);
    const set = (state, bytes, to) => {
        for (const b of typeof bytes === 'string' ? codes(bytes) : bytes)
            t[(state << 8) | b] = to;
    };
    for (const s of [S_START, S_VALUE, S_ARR_FIRST, S_OBJ_FIRST, S_KEY, S_COLON, S_AFTER]) {
        set(s, WHITESPACE, s);
    }
    for (const s of [S_START, S_VALUE, S_ARR_FIRST])
        set(s, VALUE_STARTS, A_VALUE_START);
    set(S_ARR_FIRST, ']', scanner_tables_A_CLOSE_ARRAY);
    set(S_OBJ_FIRST, '"', A_KEY_QUOTE);
    set(S_OBJ_FIRST, '}', scanner_tables_A_CLOSE_OBJECT);
    set(S_KEY, '"', A_KEY_QUOTE);
    set(S_COLON, ':', S_VALUE);
    // A value just ended: the same bytes end a number, so numbers share this row's exits.
    const afterValue = (s) => {
        set(s, WHITESPACE, S_AFTER);
        set(s, ',', scanner_tables_A_COMMA);
        set(s, '}', scanner_tables_A_CLOSE_OBJECT);
        set(s, ']', scanner_tables_A_CLOSE_ARRAY);
    };
    afterValue(S_AFTER);
    // Everything after the top-level value is trailing data, except whitespace.
    for (let b = 0; b < 256; b++)
        t[(S_DONE << 8) | b] = A_TRAILING;
    set(S_DONE, [0x20, 0x09, 0x0d], S_DONE);
    set(S_DONE, [0x0a], A_DONE_NEWLINE);
    // Numbers: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const digits = '0123456789';
    set(S_MINUS, '0', S_ZERO);
    set(S_MINUS, '123456789', S_INT);
    afterValue(S_ZERO);
    set(S_ZERO, '.', S_DOT);
    set(S_ZERO, 'eE', S_E);
    afterValue(S_INT);
    set(S_INT, digits, S_INT);
    set(S_INT, '.', S_DOT);
    set(S_INT, 'eE', S_E);
    set(S_DOT, digits, S_FRAC);
    afterValue(S_FRAC);
    set(S_FRAC, digits, S_FRAC);
    set(S_FRAC, 'eE', S_E);
    set(S_E, '+-', S_ESIGN);
    set(S_E, digits, S_EXP);
    set(S_ESIGN, digits, S_EXP);
    afterValue(S_EXP);
    set(S_EXP, digits, S_EXP);
    // Literals: the first letter is consumed by A_VALUE_START.
    set(S_T1, 'r', S_T2);
    set(S_T2, 'u', S_T3);
    set(S_T3, 'e', S_AFTER);
    set(S_F1, 'a', S_F2);
    set(S_F2, 'l', S_F3);
    set(S_F3, 's', S_F4);
    set(S_F4, 'e', S_AFTER);
    set(S_N1, 'u', S_N2);
    set(S_N2, 'l', S_N3);
    set(S_N3, 'l', S_AFTER);
    return t;
}
const TRANSITIONS = buildTransitions();
/** The DFA state after the first byte of a number or literal (skip mode takes these without actions). */
const STATE_AFTER_FIRST = (() => {
    const t = new Uint8Array(256);
    t[0x2d] = S_MINUS;
    t[0x30] = S_ZERO;
    for (let b = 0x31; b <= 0x39; b++)
        t[b] = S_INT;
    t[0x74] = S_T1;
    t[0x66] = S_F1;
    t[0x6e] = S_N1;
    return t;
})();
/** Inside a string: 0 ordinary byte, 1 closing quote, 2 backslash, 3 control character (invalid). */
const STRING_BYTES = (() => {
    const t = new Uint8Array(256);
    for (let b = 0; b < 0x20; b++)
        t[b] = 3;
    t[0x22] = 1;
    t[0x5c] = 2;
    return t;
})();
/** After a backslash: 0 invalid, 1 a one-byte escape, 2 `u` (four hex digits follow). */
const ESCAPE_BYTES = (() => {
    const t = new Uint8Array(256);
    for (const b of codes('"\\/bfnrt'))
        t[b] = 1;
    t[0x75] = 2;
    return t;
})();
const HEX_BYTES = (() => {
    const t = new Uint8Array(256);
    for (const b of codes('0123456789abcdefABCDEF'))
        t[b] = 1;
    return t;
})();
/** What a state expects next, for error messages. */
function expectedIn(state) {
    switch (state) {
        case S_START:
        case S_VALUE:
            return 'a value';
        case S_ARR_FIRST:
            return "a value or ']'";
        case S_OBJ_FIRST:
            return "a key in double quotes or '}'";
        case S_KEY:
            return 'a key in double quotes';
        case S_COLON:
            return "':'";
        case S_AFTER:
            return "',' or a closing bracket";
        case S_DONE:
            return 'the end of the file';
        case S_T1:
        case S_T2:
        case S_T3:
            return 'the rest of `true`';
        case S_F1:
        case S_F2:
        case S_F3:
        case S_F4:
            return 'the rest of `false`';
        case S_N1:
        case S_N2:
        case S_N3:
            return 'the rest of `null`';
        default:
            return 'the rest of a number';
    }
}

;// CONCATENATED MODULE: ./src/scan/skip-wasm.ts
/**
 * Skip mode in WebAssembly with SIMD (skip-wasm.wat, assembled into skip-wasm.generated.ts): the
 * same contract as JsonScanner's JS skip loop, but string contents are classified 64 bytes at a
 * time instead of byte by byte, and the members of an object the handler does not want are
 * skipped without waking it: a 200 MB plan is read with 245 ms of CPU instead of 545 (see
 * scripts/bench/README.md).
 *
 * The module works on bytes in its own memory, so each reader gets an instance whose memory also
 * holds the file reader's two buffers (chunks are read straight into it, never copied), a third
 * buffer that chunks from anywhere else are copied into, the scanner's container-type stack
 * (shared with the JS path, which may take over at any token) and the DFA tables.
 *
 * Without WebAssembly SIMD (WebAssembly.validate says no) the JS path does everything.
 */


/** Actions of the WebAssembly DFA (skip-wasm.wat); every other value >= ACTION_BASE is an error. */
const W_OPEN_OBJECT = 64;
const W_OPEN_ARRAY = 65;
const W_COMMA = (/* unused pure expression or super */ null && (A_COMMA));
const W_CLOSE_OBJECT = (/* unused pure expression or super */ null && (A_CLOSE_OBJECT));
const W_CLOSE_ARRAY = (/* unused pure expression or super */ null && (A_CLOSE_ARRAY));
/** A key's opening quote between the members of an object whose keys are filtered. */
const W_KEY = 69;
/** Keys of a key set are compared with their closing quote in 32 bytes. */
const MAX_FILTERED_KEY_BYTES = 31;
/**
 * The DFA of scanner-tables.ts as skip mode needs it: what the JS scanner does as actions for
 * quotes and scalar starts (nothing to record while skipping) become plain transitions; brackets,
 * commas and closes stay actions; everything else is an error, left to the JS path to report.
 */
function buildSkipTable() {
    const t = new Uint8Array(STATE_COUNT * 256);
    for (let s = 0; s < STATE_COUNT; s++) {
        for (let b = 0; b < 256; b++) {
            const a = TRANSITIONS[(s << 8) | b];
            let w;
            if (a < ACTION_BASE)
                w = a;
            else if (a === A_KEY_QUOTE)
                w = S_COLON;
            else if (a === A_VALUE_START) {
                w =
                    b === 0x22
                        ? S_AFTER
                        : b === 0x7b
                            ? W_OPEN_OBJECT
                            : b === 0x5b
                                ? W_OPEN_ARRAY
                                : STATE_AFTER_FIRST[b];
            }
            else if (a === scanner_tables_A_COMMA || a === scanner_tables_A_CLOSE_OBJECT || a === scanner_tables_A_CLOSE_ARRAY)
                w = a;
            else
                w = A_ERROR;
            t[(s << 8) | b] = w;
        }
    }
    return t;
}
/** The skip table with a key's opening quote as the action W_KEY (for filtered members). */
function buildMemberTable() {
    const t = buildSkipTable();
    t[(S_KEY << 8) | 0x22] = W_KEY;
    t[(S_OBJ_FIRST << 8) | 0x22] = W_KEY;
    return t;
}
let compiled;
function wasmApi() {
    return globalThis.WebAssembly;
}
/** The compiled module, or null where WebAssembly or its SIMD instructions are missing. */
function compiledModule() {
    if (compiled === undefined) {
        const api = wasmApi();
        const bytes = Buffer.from(SKIP_WASM_BASE64, 'base64');
        compiled = api !== undefined && api.validate(bytes) ? new api.Module(bytes) : null;
    }
    return compiled;
}
/** True where the WebAssembly skip loop can run (Node 16.4+ has wasm SIMD on by default). */
function wasmSkipAvailable() {
    return compiledModule() !== null;
}
/** An instance of the module (one per running read), with views of its memory. */
class WasmSkipper {
    /**
     * Runs the skip loop (see skip-wasm.wat); then `state` and `depth` hold where it stopped. `keys`
     * is 0, or the address of a key set (from loadKeySets) to skip an object's other members.
     */
    skip;
    /** The memory's bytes: chunks with this `buffer` are scanned in place. */
    memory;
    /** The container-type stack the JS path shares. */
    types;
    /** The file reader's two read buffers. */
    fileBuffers;
    /** Chunks that are not in the memory are copied here, this many bytes at a time. */
    staging;
    out;
    at;
    loadedSets = null;
    loadedAddresses = [];
    constructor(module, api) {
        const { exports } = new api.Instance(module);
        const at = (name) => exports[name].value;
        this.at = at;
        this.skip = exports['skip'];
        this.memory = exports['memory'].buffer;
        const bytes = new Uint8Array(this.memory);
        bytes.set(buildSkipTable(), at('TABLE_AT'));
        bytes.set(buildMemberTable(), at('MEMBER_TABLE_AT'));
        bytes.set(ESCAPE_BYTES, at('ESCAPE_AT'));
        bytes.set(HEX_BYTES, at('HEX_AT'));
        this.types = new Uint8Array(this.memory, at('TYPES_AT'), at('TYPES_BYTES'));
        const buffer = (k) => Buffer.from(this.memory, at('BUFFERS_AT') + k * at('BUFFER_STRIDE'), at('BUFFER_BYTES'));
        this.fileBuffers = [buffer(0), buffer(1)];
        this.staging = buffer(2);
        this.out = new Int32Array(this.memory, at('STATE_AT'), 2);
    }
    /**
     * Stores the key sets of a ScanHandler (set k's keys are the ones the handler wants to see in an
     * object it answers keyFilter() = k for). Returns each set's address for `skip`.
     */
    loadKeySets(sets) {
        // A pooled instance keeps the sets of its last reader (the plan walker's, every time).
        if (sets === this.loadedSets)
            return this.loadedAddresses;
        if (sets.length > this.at('KEY_SET_COUNT'))
            throw new Error('too many key sets');
        const bytes = new Uint8Array(this.memory);
        const region = this.at('KEY_SETS_AT');
        bytes.fill(0, region, region + this.at('KEY_SET_COUNT') * this.at('KEY_SET_BYTES'));
        const encoder = new TextEncoder();
        this.loadedSets = sets;
        this.loadedAddresses = sets.map((keys, k) => {
            const address = this.at('KEY_SETS_AT') + k * this.at('KEY_SET_BYTES');
            if (16 + keys.length * 64 > this.at('KEY_SET_BYTES'))
                throw new Error('too many keys in a key set');
            bytes[address] = keys.length;
            keys.forEach((key, e) => {
                const encoded = encoder.encode(key);
                if (encoded.length > MAX_FILTERED_KEY_BYTES)
                    throw new Error(`key too long to filter: ${key}`);
                const entry = address + 16 + e * 64;
                bytes.set(encoded, entry);
                bytes[entry + encoded.length] = 0x22;
                bytes.fill(0xff, entry + 32, entry + 32 + encoded.length + 1);
            });
            return address;
        });
        return this.loadedAddresses;
    }
    get state() {
        return this.out[0];
    }
    get depth() {
        return this.out[1];
    }
}
/**
 * Instances of finished reads, for the next ones: an instance costs ~0.4 ms to set up (its memory
 * and tables), which a tree of a thousand small plans would pay a thousand times. A few are kept,
 * for readers that run at the same time.
 */
const idle = [];
const MAX_IDLE = 4;
/**
 * A WasmSkipper for one read, or null for the JS path: 'js' asks for it, and 'auto' falls back to
 * it where WebAssembly SIMD is missing. 'wasm' without WebAssembly SIMD is an error. Give it back
 * with releaseWasmSkipper once nothing reads its memory any more (the read has ended).
 */
function acquireWasmSkipper(engine) {
    if (engine === 'js')
        return null;
    const module = compiledModule();
    if (module === null) {
        if (engine === 'wasm')
            throw new Error('WebAssembly SIMD is not available in this runtime');
        return null;
    }
    const pooled = idle.pop();
    if (pooled !== undefined)
        return pooled;
    if (instanceFailure !== undefined && engine === 'auto')
        return null;
    try {
        return new WasmSkipper(module, wasmApi());
    }
    catch (error) {
        // Under a virtual-memory cap (`ulimit -v`) V8 cannot reserve a WebAssembly memory (it sets
        // aside gigabytes of address space for one): the JS loop reads the same input, slower.
        if (engine === 'wasm')
            throw error;
        instanceFailure = error instanceof Error ? error.message : String(error);
        return null;
    }
}
let instanceFailure;
/**
 * Why the WebAssembly reader could not start in this process (then every read took the JS path),
 * as one line for the log; undefined when it started or was never tried.
 */
function wasmFallbackNote() {
    if (instanceFailure === undefined)
        return undefined;
    return `note: the WebAssembly plan reader could not start (${instanceFailure.replace(/\s+/g, ' ').slice(0, 200)}; a virtual-memory limit such as ulimit -v?); plans were read by the JavaScript reader, which is slower`;
}
function releaseWasmSkipper(skipper) {
    if (skipper !== null && idle.length < MAX_IDLE && !idle.includes(skipper))
        idle.push(skipper);
}

// EXTERNAL MODULE: ./src/run/upload-plan.ts + 2 modules
var upload_plan = __webpack_require__(9772);
// EXTERNAL MODULE: ./src/inputs/path-match.ts
var path_match = __webpack_require__(9966);
;// CONCATENATED MODULE: ./src/infracost/infracost-units.ts

function matchProject(index, project) {
    let result = { kind: 'none' };
    for (const key of [project.path, project.name]) {
        if (key === undefined || key === '')
            continue;
        result = index.match(key);
        if (result.kind !== 'none')
            return result;
    }
    return result;
}
function applyInfracostToUnits(units, report) {
    const warnings = [];
    const index = new path_match/* UnitPathIndex */.qw(units.map((u) => u.pathId));
    const claims = new Map();
    const unmatched = [];
    for (const project of report.projects) {
        const match = matchProject(index, project);
        if (match.kind === 'matched') {
            claims.set(match.pathId, [...(claims.get(match.pathId) ?? []), project]);
        }
        else if (match.kind === 'ambiguous') {
            warnings.push(`Infracost project ${project.label} matches units ${match.pathIds.join(', ')} equally; its cost is not attributed`);
        }
        else {
            unmatched.push(project.label);
        }
    }
    if (unmatched.length > 0) {
        warnings.push(`Infracost projects that match no Terragrunt unit: ${unmatched.join(', ')}`);
    }
    const projectOf = new Map();
    const withCosts = units.map((unit) => {
        const projects = claims.get(unit.pathId);
        if (projects === undefined)
            return { ...unit };
        if (projects.length > 1) {
            warnings.push(`unit ${unit.pathId}: several Infracost projects match (${projects.map((p) => p.label).join(', ')}); its cost is left out`);
            return { ...unit };
        }
        const project = projects[0];
        if (project !== undefined)
            projectOf.set(unit.pathId, project.index);
        const figures = project?.figures ?? {};
        if (!hasAnyFigure(figures))
            return { ...unit };
        const cost = report.currency === undefined ? { ...figures } : { currency: report.currency, ...figures };
        return { ...unit, cost };
    });
    return { units: withCosts, projectOf, warnings };
}
function hasAnyFigure(figures) {
    return (figures.totalMonthly !== undefined ||
        figures.pastTotalMonthly !== undefined ||
        figures.diffTotalMonthly !== undefined);
}

// EXTERNAL MODULE: ./src/inputs/input-file.ts
var input_file = __webpack_require__(6572);
// EXTERNAL MODULE: ./src/model/bounded-list.ts
var bounded_list = __webpack_require__(8485);
// EXTERNAL MODULE: ./src/model/plan-summary.ts
var plan_summary = __webpack_require__(7007);
;// CONCATENATED MODULE: ./src/plan/action-kind.ts
/**
 * What one `change.actions` array means, decided once for counts and address lists alike, and
 * which resources count at all.
 */
/** Every action `change.actions` holds in Terraform's and OpenTofu's JSON output formats. */
const KNOWN_ACTIONS = new Set(['no-op', 'create', 'read', 'update', 'delete', 'forget']);
function kindOf(actions) {
    const only = actions.length === 1 ? actions[0] : undefined;
    const unknown = actions.length === 0 || actions.some((action) => !KNOWN_ACTIONS.has(action));
    return {
        create: actions.includes('create'),
        delete: actions.includes('delete'),
        forget: actions.includes('forget'),
        update: only === 'update' ||
            (unknown && !actions.some((a) => a === 'create' || a === 'delete' || a === 'forget')),
        noop: only === 'no-op',
        unknown,
    };
}
/**
 * Only managed resources count. Data reads (`data`) and OpenTofu's `ephemeral` resources are left
 * out, and so is any mode a future version invents; an entry without a mode is an old-format
 * managed resource.
 */
function isManaged(mode) {
    return mode === undefined || mode === 'managed';
}

;// CONCATENATED MODULE: ./src/plan/hash-index.ts
/**
 * Names and addresses held as 58-bit hashes instead of JavaScript strings, so that the per-entry
 * bookkeeping of a plan reader stays at 8 bytes an entry (9 to 15 in a HashIndex, with its free
 * slots): a million drifted resources cost about 13 MB, not hundreds.
 *
 * - HashIndex: a set of texts, each with a small value (0-63): "did this prior-state instance
 *   drift?", "was this output name seen before, and what did it count as?".
 * - HashList: texts in the order they came, of which a range can be struck out later: the
 *   prior-state instances, to be looked up in the drift index once the whole document is read;
 *   output names while they come sorted (no lookups needed, and no free slots).
 *
 * Two different texts share a 58-bit hash with a chance of about n² / 2⁵⁹ (one in 600 thousand for
 * a million texts, one in 23 thousand for five million); then one would be taken for the other (an
 * instance counted as drifted, an output name as a repeat): a bound we state rather than pay a
 * string per entry for.
 */
/** The low bits of the second hash word hold the value. */
const VALUE_BITS = 6;
const VALUE_MASK = (1 << VALUE_BITS) - 1;
const MAX_HASH_VALUE = (/* unused pure expression or super */ null && (VALUE_MASK));
/**
 * Two independent 32-bit hashes (FNV-1a and a murmur-style mix) of the UTF-16 code units; the
 * second has its low VALUE_BITS cleared. The first is never 0: 0 marks an empty slot.
 */
function hashPair(text) {
    let a = 0x811c9dc5;
    let b = 0x9747b28c ^ text.length;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
    b ^= b >>> 16;
    return [a >>> 0 || 1, (b & ~VALUE_MASK) >>> 0];
}
const EMPTY = 0;
/*
 * A HashIndex is an extendible hash table: fixed pages of slots, found through a directory by the
 * top bits of a text's first hash. A full page splits in two (one new page; the directory doubles
 * now and then, at 4 bytes a page), so the index never copies itself into a larger one: growing a
 * single table would leave its old slots to the garbage collector, as much again as it holds,
 * when memory must stay flat.
 */
/** Slots per page (a power of two); a slot is two 32-bit words. */
const PAGE_SLOTS = 512;
const SLOT_MASK = PAGE_SLOTS - 1;
const PAGE_WORDS = 2 * PAGE_SLOTS;
/** A page splits past this many texts (7/8 of its slots: linear probing stays short). */
const PAGE_LIMIT = (PAGE_SLOTS * 7) / 8;
/** Pages are allocated in runs of up to this many (512 KiB), the first runs smaller. */
const MAX_RUN_PAGES = 128;
/** 2^26 directory entries: far past any file (a page holds hundreds of texts). */
const MAX_DEPTH = 26;
/** A page's texts while it splits (one at a time: the readers are synchronous). */
const SPLIT_SCRATCH = new Uint32Array(PAGE_WORDS);
/** The top `depth` bits of a first hash. */
function prefix(a, depth) {
    return depth === 0 ? 0 : a >>> (32 - depth);
}
/** The word offset in `words` of the slot holding (a, b) in the page at `base`, or of the empty slot where it would go. */
function find(words, base, a, b) {
    for (let slot = (b >>> VALUE_BITS) & SLOT_MASK;; slot = (slot + 1) & SLOT_MASK) {
        const at = base + 2 * slot;
        const held = words[at];
        if (held === EMPTY || (held === a && (words[at + 1] & ~VALUE_MASK) >>> 0 === b))
            return at;
    }
}
/** A set of texts (as hash pairs), each with a small value. */
class HashIndex {
    maxDepth;
    /** Page runs; page p is in runs[runOf[p]] at word baseOf[p]. */
    runs = [];
    runOf = new Uint32Array(8);
    baseOf = new Uint32Array(8);
    depthOf = new Uint8Array(8);
    usedOf = new Uint16Array(8);
    pages = 0;
    /** Pages left in the last run. */
    runFree = 0;
    directory = new Uint32Array(1);
    depth = 0;
    count = 0;
    /**
     * Texts whose page cannot split any more: more than a page of them share the top `maxDepth` bits
     * of their first hash, which only a file made to collide does. Held exactly, if not compactly.
     */
    overflow;
    constructor(
    /** How far pages may split (tests set it low to reach the overflow). */
    maxDepth = MAX_DEPTH) {
        this.maxDepth = maxDepth;
        this.directory[0] = this.newPage(0);
    }
    get size() {
        return this.count;
    }
    /** The value held for `text`, or -1 when it is not in the index. */
    get(text) {
        const [a, b] = hashPair(text);
        const page = this.directory[prefix(a, this.depth)];
        const words = this.runs[this.runOf[page]];
        const at = find(words, this.baseOf[page], a, b);
        if (words[at] !== EMPTY)
            return words[at + 1] & VALUE_MASK;
        return this.overflow?.get(`${a}:${b}`) ?? -1;
    }
    /** Holds `text` with `value` (0 to MAX_HASH_VALUE), replacing any value it had. */
    set(text, value) {
        const [a, b] = hashPair(text);
        this.setPair(a, b, value);
    }
    /** `set` for a text known by its hash pair (HashList.toIndex). */
    setPair(a, b, value) {
        for (;;) {
            const page = this.directory[prefix(a, this.depth)];
            const words = this.runs[this.runOf[page]];
            const at = find(words, this.baseOf[page], a, b);
            if (words[at] === EMPTY) {
                if (this.usedOf[page] >= PAGE_LIMIT) {
                    if (this.depthOf[page] < this.maxDepth) {
                        this.split(page, a);
                        continue;
                    }
                    this.overflow ??= new Map();
                    if (!this.overflow.has(`${a}:${b}`))
                        this.count++;
                    this.overflow.set(`${a}:${b}`, value & VALUE_MASK);
                    return;
                }
                this.usedOf[page]++;
                this.count++;
                words[at] = a;
            }
            words[at + 1] = (b | (value & VALUE_MASK)) >>> 0;
            return;
        }
    }
    /** Whether the hash pair (a, b) of a text is in the index (see HashList.countIn). */
    hasPair(a, b) {
        const page = this.directory[prefix(a, this.depth)];
        const words = this.runs[this.runOf[page]];
        return (words[find(words, this.baseOf[page], a, b)] !== EMPTY || (this.overflow?.has(`${a}:${b}`) ?? false));
    }
    /** Splits a full page by the next bit of its texts' first hashes; `a` is one that goes in it. */
    split(page, a) {
        const depth = this.depthOf[page];
        if (depth === this.depth) {
            const directory = new Uint32Array(this.directory.length * 2);
            for (let i = 0; i < this.directory.length; i++)
                directory[2 * i] = directory[2 * i + 1] = this.directory[i];
            this.directory = directory;
            this.depth++;
        }
        const sibling = this.newPage(depth + 1);
        this.depthOf[page] = depth + 1;
        // The directory entries of the page are one run; its second half now goes to the sibling.
        const span = 1 << (this.depth - depth);
        const start = prefix(a, depth) * span;
        this.directory.fill(sibling, start + span / 2, start + span);
        // Every text again, into whichever of the two its next bit says.
        const words = this.runs[this.runOf[page]];
        const base = this.baseOf[page];
        const held = SPLIT_SCRATCH;
        held.set(words.subarray(base, base + PAGE_WORDS));
        words.fill(EMPTY, base, base + PAGE_WORDS);
        this.usedOf[page] = 0;
        for (let at = 0; at < PAGE_WORDS; at += 2) {
            const ha = held[at];
            if (ha === EMPTY)
                continue;
            const target = (ha >>> (31 - depth)) & 1 ? sibling : page;
            const into = this.runs[this.runOf[target]];
            const slot = find(into, this.baseOf[target], ha, (held[at + 1] & ~VALUE_MASK) >>> 0);
            into[slot] = ha;
            into[slot + 1] = held[at + 1];
            this.usedOf[target]++;
        }
    }
    newPage(depth) {
        if (this.runFree === 0) {
            const pages = Math.min(MAX_RUN_PAGES, 1 << Math.min(this.runs.length, 7));
            this.runs.push(new Uint32Array(pages * PAGE_WORDS));
            this.runFree = pages;
        }
        const page = this.pages++;
        if (page === this.runOf.length) {
            const grow = (old, made) => {
                made.set(old);
                return made;
            };
            this.runOf = grow(this.runOf, new Uint32Array(page * 2));
            this.baseOf = grow(this.baseOf, new Uint32Array(page * 2));
            this.depthOf = grow(this.depthOf, new Uint8Array(page * 2));
            this.usedOf = grow(this.usedOf, new Uint16Array(page * 2));
        }
        const run = this.runs.length - 1;
        this.runOf[page] = run;
        this.baseOf[page] = this.runs[run].length - this.runFree * PAGE_WORDS;
        this.runFree--;
        this.depthOf[page] = depth;
        return page;
    }
}
/** Entries a chunk of a HashList holds: 64 KiB a chunk, so growing never copies what is held. */
const CHUNK_ENTRIES = 8 * 1024;
/**
 * An append-only list of text hashes (or holes), in fixed chunks. A hole is an entry that counts
 * for nothing: pushed as one (`null`), or struck out later by `strike`.
 */
class HashList {
    chunks = [];
    length = 0;
    /** Entries pushed so far: the index the next `push` gets. */
    get size() {
        return this.length;
    }
    /** Appends `text` (null: a hole) with a small value (0 to MAX_HASH_VALUE, see toIndex). */
    push(text, value = 0) {
        const chunk = Math.floor(this.length / CHUNK_ENTRIES);
        if (chunk === this.chunks.length)
            this.chunks.push(new Uint32Array(2 * CHUNK_ENTRIES));
        if (text !== null) {
            const [a, b] = hashPair(text);
            const at = 2 * (this.length % CHUNK_ENTRIES);
            this.chunks[chunk][at] = a;
            this.chunks[chunk][at + 1] = (b | (value & VALUE_MASK)) >>> 0;
        }
        this.length++;
    }
    /** A HashIndex of the texts (not the holes), each with its value (the last, for a repeat). */
    toIndex() {
        const index = new HashIndex();
        for (let i = 0; i < this.length; i++) {
            const chunk = this.chunks[Math.floor(i / CHUNK_ENTRIES)];
            const at = 2 * (i % CHUNK_ENTRIES);
            const b = chunk[at + 1];
            if (chunk[at] !== EMPTY)
                index.setPair(chunk[at], (b & ~VALUE_MASK) >>> 0, b & VALUE_MASK);
        }
        return index;
    }
    /** Turns entries `from` (inclusive) to `to` (exclusive) into holes. */
    strike(from, to) {
        for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) {
            this.chunks[Math.floor(i / CHUNK_ENTRIES)][2 * (i % CHUNK_ENTRIES)] = EMPTY;
        }
    }
    /** Entries that are not holes, from index `from` on. */
    countFrom(from) {
        return this.count(from, () => true);
    }
    /** Entries from index `from` on that are not holes and whose text is in `index`. */
    countIn(index, from) {
        return this.count(from, (a, b) => index.hasPair(a, b));
    }
    /**
     * Entries from `from` on that are not holes and whose text is in `index`, or whose twin in
     * `twins` (a list pushed in step with this one, with the same holes) is in `twinIndex`.
     */
    countInEither(index, twins, twinIndex, from) {
        let n = 0;
        for (let i = Math.max(0, from); i < this.length; i++) {
            const at = 2 * (i % CHUNK_ENTRIES);
            const chunk = this.chunks[Math.floor(i / CHUNK_ENTRIES)];
            const a = chunk[at];
            if (a === EMPTY)
                continue;
            if (index.hasPair(a, (chunk[at + 1] & ~VALUE_MASK) >>> 0)) {
                n++;
                continue;
            }
            const twin = twins.chunks[Math.floor(i / CHUNK_ENTRIES)];
            const ta = twin?.[at] ?? EMPTY;
            if (ta !== EMPTY && twinIndex.hasPair(ta, (twin[at + 1] & ~VALUE_MASK) >>> 0))
                n++;
        }
        return n;
    }
    count(from, counts) {
        let n = 0;
        for (let i = Math.max(0, from); i < this.length; i++) {
            const chunk = this.chunks[Math.floor(i / CHUNK_ENTRIES)];
            const at = 2 * (i % CHUNK_ENTRIES);
            const a = chunk[at];
            if (a !== EMPTY && counts(a, (chunk[at + 1] & ~VALUE_MASK) >>> 0))
                n++;
        }
        return n;
    }
}

;// CONCATENATED MODULE: ./src/plan/drift-tally.ts
/**
 * Drift of one plan: the `resource_drift` entries (counts and addresses), and how many prior-state
 * instances did not drift (the drift `unchanged` count).
 *
 * Which prior-state instances drifted is decided once the whole document is read, so that the key
 * order does not matter (Terraform writes `resource_drift` before `prior_state`, `jq -S` the other
 * way round) and a repeated key can replace what came first: the prior-state addresses are held as
 * hashes in the order they came (8 bytes an instance, hash-index.ts), never as strings.
 */




class DriftTally {
    counts = (0,plan_summary/* zeroCounts */.Nd)();
    drifted = (0,bounded_list/* boundedList */.Y4)();
    /** Of `drifted`, by how: deleted outside, created outside (the rest changed outside). */
    driftDeleted = (0,bounded_list/* boundedList */.Y4)();
    driftCreated = (0,bounded_list/* boundedList */.Y4)();
    /** Every resource_drift entry, any mode or action: tells an empty `resource_drift` apart. */
    entries = 0;
    /** Managed drift entries with a real action, by address. */
    driftedSet = new HashIndex();
    /** Prior-state instances: their addresses, a hole for one that is not managed. */
    prior = new HashList();
    /**
     * Drift entries that name a whole resource (Terraform 1.0.0 wrote them without `address` and
     * without `index`): they match every instance of that resource in the prior state.
     */
    driftedResources = new HashIndex();
    /** Each prior-state instance's resource address (its own without the last `[index]`), or a hole. */
    priorResources = new HashList();
    /** Where the prior state that counts begins in `prior` (a repeated `prior_state` moves it on). */
    priorBase = 0;
    /** `resource_drift` begins again (a repeated key): the first one is forgotten. */
    resetDrift() {
        Object.assign(this.counts, (0,plan_summary/* zeroCounts */.Nd)());
        this.drifted = (0,bounded_list/* boundedList */.Y4)();
        this.driftDeleted = (0,bounded_list/* boundedList */.Y4)();
        this.driftCreated = (0,bounded_list/* boundedList */.Y4)();
        this.driftedSet = new HashIndex();
        this.driftedResources = new HashIndex();
        this.entries = 0;
    }
    /** `prior_state` begins again: the instances of the first one no longer count. */
    resetPrior() {
        this.priorBase = this.prior.size;
    }
    /** One `resource_drift` entry (any mode); says whether it counts as drift. */
    drift(address, mode, kind, wholeResource = false) {
        this.entries++;
        // A drift entry that only records a move (no-op + previous_address) is not drift.
        if (!isManaged(mode) || kind.noop)
            return false;
        if (kind.create)
            this.counts.added++;
        if (kind.delete)
            this.counts.deleted++;
        if (kind.update)
            this.counts.changed++;
        (0,bounded_list/* pushBounded */.kA)(this.drifted, address);
        if (kind.delete)
            (0,bounded_list/* pushBounded */.kA)(this.driftDeleted, address);
        else if (kind.create)
            (0,bounded_list/* pushBounded */.kA)(this.driftCreated, address);
        this.driftedSet.set(address, 0);
        if (wholeResource)
            this.driftedResources.set(address, 0);
        return true;
    }
    /** A prior-state instance, the next in PlanVisitor.priorStateResource's numbering. */
    priorResource(address, mode) {
        this.prior.push(isManaged(mode) ? address : null);
        const bare = /^(.*)\[[^[\]]*\]$/.exec(address)?.[1];
        this.priorResources.push(isManaged(mode) && bare !== undefined ? bare : null);
    }
    /** Prior-state instances `from` to `to` (exclusive) are taken back (PlanVisitor.priorStateRetract). */
    retractPrior(from, to) {
        this.prior.strike(from, to);
        this.priorResources.strike(from, to);
    }
    /** The drift counts, with `unchanged`: managed prior-state instances that did not drift. */
    finalCounts() {
        const managed = this.prior.countFrom(this.priorBase);
        const drifted = this.driftedSet.size === 0
            ? 0
            : this.driftedResources.size === 0
                ? this.prior.countIn(this.driftedSet, this.priorBase)
                : this.prior.countInEither(this.driftedSet, this.priorResources, this.driftedResources, this.priorBase);
        return { ...this.counts, unchanged: managed - drifted };
    }
}

;// CONCATENATED MODULE: ./src/plan/output-tally.ts
/**
 * The outputs of one plan: their counts by action, and the values the report shows (rendered to
 * strings, never a sensitive one).
 *
 * A name written twice in `output_changes` counts once, with its last entry, as JSON.parse reads
 * it, however many outputs came between: every name is remembered as a hash with its counted
 * buckets (hash-index.ts). While the names come sorted, as Terraform and OpenTofu write them (Go
 * sorts a map's keys), none can be a repeat and the hashes are only listed, 8 bytes a name; the
 * first name out of order turns the list into an index that can be asked (9 to 15 bytes a name).
 */


const SENSITIVE_OUTPUT = '(sensitive)';
const UNKNOWN_OUTPUT = '(known after apply)';
const TOO_LARGE_OUTPUT = '(too large)';
/**
 * Output values kept per plan (a Terragrunt unit's become its stack's `stack_outputs`), and the
 * characters of value text kept per plan; past the second, values are sent as `(too large)`.
 * Stated in the README ("Limits").
 */
const OUTPUT_LIMIT = 1000;
const OUTPUT_BYTES_LIMIT = 1024 * 1024;
const UNKNOWN_BIT = 16;
/** Held with a name's buckets: some entry of the name was sensitive (then all are). */
const SENSITIVE_BIT = 32;
/**
 * An output change's counted buckets as bits (1 added, 2 deleted, 4 changed, 8 unchanged), and 16
 * for actions this tool does not know.
 */
function bucketBits(kind) {
    return ((kind.create ? 1 : 0) |
        (kind.delete ? 2 : 0) |
        (kind.update ? 4 : 0) |
        (kind.noop ? 8 : 0) |
        (kind.unknown ? UNKNOWN_BIT : 0));
}
function addBuckets(counts, bits, by) {
    if (bits & 1)
        counts.added += by;
    if (bits & 2)
        counts.deleted += by;
    if (bits & 4)
        counts.changed += by;
    if (bits & 8)
        counts.unchanged += by;
}
class OutputTally {
    counts = (0,plan_summary/* zeroCounts */.Nd)();
    /**
     * Every name seen in `output_changes`, with the buckets its last entry counted in: listed while
     * the names come sorted (`lastName` is then the greatest), an index from the first that does not.
     */
    sortedNames = new HashList();
    lastName;
    buckets;
    /**
     * Output strings by name, the first OUTPUT_LIMIT names (later ones are counted in `omitted`),
     * null for a deleted output; sensitive ones are replaced the moment they are known to be.
     */
    values = new Map();
    omitted = 0;
    /** Characters of the values kept; past OUTPUT_BYTES_LIMIT values are kept as `(too large)`. */
    bytes = 0;
    /** Names declared sensitive in planned_values, up to OUTPUT_LIMIT; past it, see below. */
    plannedSensitive = new Set();
    /** More sensitive names than the set holds: an output not in it may still be sensitive. */
    plannedSensitiveOverflow = false;
    /** `output_changes` begins again (a repeated key): the first one is forgotten. */
    resetChanges() {
        Object.assign(this.counts, (0,plan_summary/* zeroCounts */.Nd)());
        this.sortedNames = new HashList();
        this.lastName = undefined;
        this.buckets = undefined;
        this.values.clear();
        this.omitted = 0;
        this.bytes = 0;
    }
    /**
     * One entry of `output_changes`; says what came before under its name. The first
     * OUTPUT_LIMIT names hold a place in `values` whatever their action (a deleted output's holds
     * null), so which names are kept does not depend on which of a repeated name's entries came
     * first.
     */
    change(entry, kind) {
        const bits = bucketBits(kind);
        const before = this.earlier(entry.name);
        const repeated = before >= 0;
        const said = {
            repeated,
            wasUnknown: repeated && (before & UNKNOWN_BIT) !== 0,
            earlier: repeated
                ? { create: (before & 1) !== 0, delete: (before & 2) !== 0, update: (before & 4) !== 0 }
                : undefined,
        };
        // Sensitive once, sensitive always: an entry written again does not bring a hidden value back.
        const wasSensitive = repeated && (before & SENSITIVE_BIT) !== 0;
        const held = bits | (wasSensitive || entry.afterSensitive ? SENSITIVE_BIT : 0);
        if (this.sortedNames !== undefined)
            this.sortedNames.push(entry.name, held);
        else
            this.buckets.set(entry.name, held);
        // A repeated name: its earlier entry's counts are taken back (the last one wins).
        if (repeated)
            addBuckets(this.counts, before, -1);
        addBuckets(this.counts, bits, 1);
        const shown = this.values.get(entry.name);
        if (shown === undefined) {
            // No place: a name seen before had none either, a new one gets one while there are any.
            if (repeated || this.values.size >= OUTPUT_LIMIT) {
                if (!repeated)
                    this.omitted++;
                return said;
            }
        }
        else if (shown !== null) {
            this.bytes -= shown.length;
        }
        // A deleted output has no value after the plan.
        if (kind.delete && !kind.create) {
            this.values.set(entry.name, null);
            return said;
        }
        // Unsure whether it was declared sensitive (too many names to hold): never show the value.
        const sensitive = wasSensitive || this.plannedSensitive.has(entry.name) || this.plannedSensitiveOverflow;
        let text = renderOutput(entry, sensitive);
        if (this.bytes + text.length > OUTPUT_BYTES_LIMIT)
            text = TOO_LARGE_OUTPUT;
        this.bytes += text.length;
        this.values.set(entry.name, text);
        return said;
    }
    /**
     * The buckets an earlier entry of `name` counted in, or -1 for a name not seen before. While the
     * names come sorted, a name after the last cannot be a repeat; the first that is not after it
     * turns the list into an index.
     */
    earlier(name) {
        if (this.sortedNames !== undefined) {
            if (this.lastName === undefined || name > this.lastName) {
                this.lastName = name;
                return -1;
            }
            this.buckets = this.sortedNames.toIndex();
            this.sortedNames = undefined;
            this.lastName = undefined;
        }
        return this.buckets.get(name);
    }
    /** The values to show, by name, in the order the names first came. */
    shown() {
        // fromEntries, not assignment: an output may be named `__proto__`.
        return Object.fromEntries([...this.values].filter((entry) => entry[1] !== null));
    }
    /**
     * An output declared sensitive in `planned_values.outputs`. Sensitive once, sensitive always:
     * wherever a document says an output is sensitive (`planned_values`, an `after_sensitive` of any
     * of its entries), a repeated key that says otherwise does not bring the value back. The one
     * exception to "the last wins", made for secrets (README, "Keys written twice").
     */
    sensitive(name) {
        if (this.plannedSensitive.size < OUTPUT_LIMIT)
            this.plannedSensitive.add(name);
        else if (!this.plannedSensitive.has(name))
            this.plannedSensitiveOverflow = true;
        // `output_changes` may come first (sorted keys): drop the value now that it is known sensitive.
        const held = this.values.get(name);
        if (held !== undefined && held !== null) {
            this.bytes += SENSITIVE_OUTPUT.length - held.length;
            this.values.set(name, SENSITIVE_OUTPUT);
        }
    }
}
/**
 * An output's value after the plan, as a string: never a sensitive value, which is dropped here
 * without being rendered.
 */
function renderOutput(entry, declaredSensitive) {
    if (entry.afterSensitive || declaredSensitive)
        return SENSITIVE_OUTPUT;
    if (entry.afterUnknown)
        return UNKNOWN_OUTPUT;
    if (entry.afterTooLarge)
        return TOO_LARGE_OUTPUT;
    if (typeof entry.after === 'string')
        return entry.after;
    // The text, not JSON.stringify(after): a number keeps the digits the plan wrote (`1e400` is not
    // `null`, a 300-digit integer not `1e+300`). `after` is absent only when a reader dropped it;
    // null is a real (null) value.
    return entry.afterJson ?? 'null';
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/plan/attribute-paths.ts
/**
 * Attribute paths as a reader writes them: `tags.Name`, `ingress[0].cidr_blocks`,
 * `labels["app.kubernetes.io/name"]` (a key that is not a plain identifier is quoted as JSON, so a
 * path reads back into its steps exactly). Readers build them while they walk `before`, `after`,
 * `after_unknown` and `replace_paths`; AttributeDiff (attribute-diff.ts) compares them.
 */
/** Steps below a top-level attribute that readers descend; deeper values compare as a whole. */
const MAX_PATH_DEPTH = 4;
/** Matches /^[A-Za-z_][A-Za-z0-9_-]*$/, by its characters (runs for every changed attribute). */
function isPlainKey(key) {
    const n = key.length;
    if (n === 0)
        return false;
    for (let i = 0; i < n; i++) {
        const c = key.charCodeAt(i);
        const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
        if (!letter && (i === 0 || !((c >= 0x30 && c <= 0x39) || c === 0x2d)))
            return false;
    }
    return true;
}
/** The path of member `key` of the object at `prefix` ('' for the top level). */
function keyPath(prefix, key) {
    if (isPlainKey(key))
        return prefix === '' ? key : `${prefix}.${key}`;
    return `${prefix}[${JSON.stringify(key)}]`;
}
/** The path of element `index` of the array at `prefix`. */
function indexPath(prefix, index) {
    return `${prefix}[${index}]`;
}
/** A path's steps: keys as strings, indexes as numbers. */
function pathSteps(path) {
    const steps = [];
    const step = /\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
    let match;
    while (step.lastIndex < path.length && (match = step.exec(path)) !== null) {
        if (match[1] !== undefined)
            steps.push(match[1]);
        else if (match[2] !== undefined)
            steps.push(Number(match[2]));
        else
            steps.push(JSON.parse(match[3]));
    }
    return steps;
}
/** `p` is `ancestor` or lies under it. */
function isWithin(p, ancestor) {
    return (p === ancestor || (p.startsWith(ancestor) && (p[ancestor.length] === '.' || p[ancestor.length] === '[')));
}
/**
 * How a path is shown: trailing element indexes dropped (`cidr_blocks[0]` reads as
 * `cidr_blocks`: the list changes), and a path under another one in the set left out.
 */
function readablePaths(paths) {
    const trimmed = new Set();
    for (const p of paths) {
        // Most paths end in a name: the pattern only runs on those ending in an index.
        const cut = p.charCodeAt(p.length - 1) === 0x5d ? p.replace(/(\[\d+\])+$/, '') : p;
        trimmed.add(cut === '' ? p : cut);
    }
    const sorted = trimmed.size > 1 ? [...trimmed].sort(byCodeUnits) : [...trimmed];
    // In sorted order every path between an ancestor and a path under it starts with the ancestor,
    // so the paths that may be ancestors of the next one form a stack.
    const out = [];
    const open = [];
    for (const p of sorted) {
        while (open.length > 0 && !p.startsWith(open[open.length - 1]))
            open.pop();
        let under = false;
        for (let k = 0; k < open.length && !under; k++)
            under = isUnder(p, open[k]);
        if (!under)
            out.push(p);
        open.push(p);
    }
    return out;
}
/** What sort() does without a comparator (UTF-16 code units), without its string conversions. */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** `p` lies under `q` (a proper descendant). */
function isUnder(p, q) {
    if (p.length <= q.length || !p.startsWith(q))
        return false;
    const c = p.charCodeAt(q.length);
    return c === 0x2e || c === 0x5b;
}
/** `p` or one of its ancestors is in `set`. */
function withinAny(p, set) {
    if (set.size <= 8) {
        // A few paths (the usual known-after-apply list): compared, no slice of `p` made.
        for (const q of set)
            if (p === q || isUnder(p, q))
                return true;
        return false;
    }
    return set.has(p) || hasAncestorIn(p, set);
}
/** Some proper ancestor of `p` is in `set`. */
function hasAncestorIn(p, set) {
    for (let i = 1; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if ((c === 0x2e || c === 0x5b) && set.has(p.slice(0, i)))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/plan/value-policy.ts
/**
 * Which attribute values --show-values may show (docs/what-changes.md). A value is shown only when
 * every check passes; any doubt hides it:
 * - the user asked (`show`; off by default);
 * - it is not sensitive on either side (`before_sensitive`/`after_sensitive`, the value itself or
 *   anything inside it or above it), and the plan says so (no sensitivity data: hidden);
 * - no step of its path, nor the resource type, is named like a secret (SECRET_WORDS, matched in
 *   any case with `_`/`-` ignored, anywhere in the name: `db_password`, `clientSecret`);
 * - it matches none of the user's `--hide-values-of` globs (over `path` or `address.path`);
 * - it does not look like a key or token (SECRET_SHAPES);
 * - it is short: past MAX_VALUE_CHARS only its length is said.
 */



/** Words that make a name secret-like (documented in docs/what-changes.md; tested). */
const SECRET_WORDS = [
    'password',
    'passwd',
    'passphrase',
    'pwd',
    'secret',
    'token',
    'private_key',
    'privatekey',
    'credential',
    'creds',
    'certificate',
    'cert',
    'connection_string',
    'api_key',
    'access_key',
    'auth',
    'signature',
    'cookie',
    'session',
    'key_material',
    'kubeconfig',
    'user_data',
    'custom_data',
    'sensitive',
];
const SECRET_STEMS = SECRET_WORDS.map(squash);
/** Values shaped like keys: PEM blocks, Harness/GitHub/AWS/Slack tokens, JWTs. */
const SECRET_SHAPES = [
    /-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)/,
    /\b[ps]at\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/,
    /\bgh[pousr]_[A-Za-z0-9]{20,}/,
    /\b(AKIA|ASIA)[A-Z0-9]{16}\b/,
    /\bxox[abprs]-[A-Za-z0-9-]{10,}/,
    /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\./,
];
/** Characters of a value's JSON text shown; past it, only its length. */
const MAX_VALUE_CHARS = 120;
const HIDE_ALL = { show: false, hide: [] };
function squash(name) {
    return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
/** The name holds a secret-like word. */
function secretLikeName(name) {
    const squashed = squash(name);
    return SECRET_STEMS.some((stem) => squashed.includes(stem));
}
/** `true` anywhere in a sensitivity structure. */
function anyTrue(value) {
    if (value === true)
        return true;
    if (Array.isArray(value))
        return value.some(anyTrue);
    if (typeof value === 'object' && value !== null)
        return Object.values(value).some(anyTrue);
    return false;
}
/**
 * The path is sensitive in a `before_sensitive`/`after_sensitive` structure: a `true` on the way
 * down, or anywhere under it. `undefined` (the plan did not say) counts as sensitive.
 */
function sensitiveAt(structure, steps) {
    if (structure === undefined)
        return true;
    let node = structure;
    for (const step of steps) {
        if (node === true)
            return true;
        if (typeof node !== 'object' || node === null)
            return false;
        node = node[step];
    }
    return anyTrue(node);
}
/** Compiled once per read. */
class ValueGate {
    policy;
    denied;
    constructor(policy) {
        this.policy = policy;
        const globs = policy.hide.filter((g) => g.trim() !== '');
        this.denied = globs.length === 0 ? () => false : picomatch_default()(globs, { dot: true, nocase: true });
    }
    /** Why a path's values may not be shown, or undefined when they may (sensitivity aside). */
    hiddenName(address, resourceType, path) {
        if (secretLikeName(resourceType))
            return true;
        for (const step of pathSteps(path))
            if (typeof step === 'string' && secretLikeName(step))
                return true;
        return this.denied(path) || this.denied(`${address}.${path}`);
    }
}
/** A value looks like a key or token, whatever its name. */
function secretShaped(text) {
    return SECRET_SHAPES.some((shape) => shape.test(text));
}
/** How a value is shown: its JSON text, made plain, or its length when long. */
function shownValue(json) {
    const text = (0,plain_text/* plainText */.wh)(json);
    if (text.length <= MAX_VALUE_CHARS)
        return { text };
    let length = text.length;
    if (json.startsWith('"')) {
        try {
            length = JSON.parse(json).length;
        }
        catch {
            // Not valid JSON text: its own length.
        }
    }
    return { length };
}

;// CONCATENATED MODULE: ./src/plan/output-names.ts
/**
 * The names of the outputs a plan adds, changes and removes (Terraform's "Changes to Outputs"),
 * for the report's lists: `name`, `name (sensitive)`, and with --show-values `name = "value"` for
 * an added or changed output whose value passes value-policy.ts. A name written twice counts with
 * its last entry, as JSON.parse reads it.
 */




class OutputNames {
    /** The first LIST_LIMIT names with a change, by name; later ones are only counted. */
    named = new Map();
    beyond = { outputsAdded: 0, outputsChanged: 0, outputsRemoved: 0 };
    /**
     * One entry of `output_changes`; `earlier` is what the name's earlier entry did, if it had one
     * (output-tally.ts knows): past the named ones it was only counted, and the last entry wins.
     */
    change(name, kind, earlier) {
        const action = actionOf(kind);
        const before = earlier && actionOf(earlier);
        if (before !== undefined && !this.named.has(name))
            this.beyond[before]--;
        if (this.named.has(name) || this.named.size < bounded_list/* LIST_LIMIT */.bh) {
            if (action === undefined)
                this.named.delete(name);
            else
                this.named.set(name, action);
        }
        else if (action !== undefined)
            this.beyond[action]++;
    }
    reset() {
        this.named.clear();
        this.beyond.outputsAdded = this.beyond.outputsChanged = this.beyond.outputsRemoved = 0;
    }
    /** The three lists; `values` are the outputs' shown strings (output-tally.ts). */
    lists(values, gate) {
        const out = {
            outputsAdded: (0,bounded_list/* boundedList */.Y4)(),
            outputsChanged: (0,bounded_list/* boundedList */.Y4)(),
            outputsRemoved: (0,bounded_list/* boundedList */.Y4)(),
        };
        for (const [name, action] of [...this.named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
            const value = Object.hasOwn(values, name) ? values[name] : undefined;
            (0,bounded_list/* pushBounded */.kA)(out[action], labelOf(name, action, value, gate));
        }
        for (const action of Object.keys(this.beyond))
            out[action].total += this.beyond[action];
        return out;
    }
}
/** The list an output change goes in, or none (a no-op). */
function actionOf(kind) {
    if (kind.create && !kind.delete)
        return 'outputsAdded';
    if (kind.delete && !kind.create)
        return 'outputsRemoved';
    return kind.update || (kind.create && kind.delete) ? 'outputsChanged' : undefined;
}
function labelOf(name, action, value, gate) {
    if (value === SENSITIVE_OUTPUT)
        return `${name} (sensitive)`;
    if (action === 'outputsRemoved' || value === undefined || gate?.policy.show !== true)
        return name;
    if (value === UNKNOWN_OUTPUT)
        return `${name} (known after apply)`;
    if (value === TOO_LARGE_OUTPUT || gate.hiddenName(`output.${name}`, '', name) || secretShaped(value))
        return name;
    const shown = shownValue(value);
    return 'text' in shown
        ? `${name} = ${shown.text}`
        : `${name} (${shown.length.toLocaleString('en-US')} characters)`;
}

;// CONCATENATED MODULE: ./src/plan/plan-kind.ts
/**
 * What a JSON document read as a plan turned out to be: a plan this tool can read (which tool
 * wrote it, where that is certain), or an InputError naming what it most likely is instead.
 */

/** Keys only a plan has: at least one must be present for a document to be read as a plan. */
const plan_kind_PLAN_KEYS = [
    'planned_values',
    'resource_changes',
    'resource_drift',
    'output_changes',
    'prior_state',
    'configuration',
];
/** Top-level keys the classification looks at; others are only counted for the error message. */
const KEYS_OF_INTEREST = new Set([
    ...plan_kind_PLAN_KEYS,
    'format_version',
    'terraform_version',
    'plan_format_version',
    'applyable',
    'complete',
    'values',
    'version',
    'serial',
    'lineage',
    'projects',
    'currency',
    'totalMonthlyCost',
    'provider_schemas',
    'function_signatures',
    '@level',
    '@message',
]);
/** Major versions of the JSON format this tool knows. */
const KNOWN_MAJOR_VERSIONS = new Set([0, 1]);
/** Throws an InputError when the document is no plan this tool can read. */
function checkPlanKind(facts) {
    if (!plan_kind_PLAN_KEYS.some((key) => facts.keys.has(key)))
        throw wrongKind(facts);
    const version = facts.formatVersion;
    if (version === undefined)
        return; // HCP redacted plans and some hand-trimmed plans have none.
    const match = /^(\d+)\.\d+/.exec(version);
    if (!match) {
        throw new src_errors/* InputError */.dz('INPUT_INVALID', facts.file, `format_version "${version}" is not a version number such as 1.2: regenerate the file with \`terraform show -json\``);
    }
    if (!KNOWN_MAJOR_VERSIONS.has(Number(match[1]))) {
        throw new src_errors/* InputError */.dz('INPUT_VERSION', facts.file, `format_version ${version} is newer than this tool knows (0.x, 1.x): upgrade iacm-reporter`);
    }
}
/** The error for a valid JSON object that is not a plan, naming what it most likely is. */
function wrongKind(facts) {
    const has = (key) => facts.keys.has(key);
    const convert = 'save the plan with `terraform plan -out=tfplan` and give `terraform show -json tfplan > plan.json`';
    const forDrift = 'for drift, plan with `terraform plan -refresh-only -out=tfplan`';
    let detail;
    if (has('version') && has('serial') && has('lineage')) {
        detail = `this is a state file (.tfstate), not a plan: ${convert} (${forDrift})`;
    }
    else if (has('values') || (has('format_version') && onlyVersionKeys(facts))) {
        detail = `this is a state (\`show -json\` without a plan file), not a plan: ${convert} (${forDrift})`;
    }
    else if (has('projects') && (has('currency') || has('totalMonthlyCost'))) {
        detail =
            'this is an Infracost JSON file, not a plan: give it as the Infracost input (infracost), and the plan JSON as the plan';
    }
    else if (has('provider_schemas')) {
        detail = `this is a providers schema (\`providers schema -json\`), not a plan: ${convert}`;
    }
    else if (has('function_signatures')) {
        detail = `this is functions metadata (\`metadata functions -json\`), not a plan: ${convert}`;
    }
    else if (has('@level') || has('@message')) {
        detail = `this is a line of machine-readable UI output (\`plan -json\`), not a plan: ${convert}`;
    }
    else {
        const found = facts.keyCount === 0
            ? 'the object is empty'
            : `found ${facts.firstKeys.join(', ')}${facts.keyCount > facts.firstKeys.length ? ', ...' : ''}`;
        detail = `none of the keys of a plan (${plan_kind_PLAN_KEYS.join(', ')}) are here (${found}): ${convert}`;
    }
    return new src_errors/* InputError */.dz('INPUT_WRONG_KIND', facts.file, detail);
}
/** `{"format_version": ...}` alone (maybe with terraform_version) is `show -json` of an empty state. */
function onlyVersionKeys(facts) {
    const versionKeys = (facts.keys.has('format_version') ? 1 : 0) + (facts.keys.has('terraform_version') ? 1 : 0);
    return facts.keyCount === versionKeys;
}
/**
 * Which tool wrote the plan, only where the document's shape makes it certain:
 * - OpenTofu: a `["forget","create"]` action (Terraform writes `create` first) or a resource
 *   change with `mode: "ephemeral"` (Terraform keeps ephemeral resources out of the plan).
 * - Terraform: a top-level `applyable` or `complete` (Terraform 1.8+ writes them; OpenTofu,
 *   up to the version its docs in the fixtures describe, never has).
 * - Terraform: a `terraform_version` below 1.6, since OpenTofu's first release was 1.6.0.
 * Anything else, and contradicting signals, is undefined: from 1.6 on `terraform_version` is
 * written by both (OpenTofu keeps the key name) and the version ranges overlap; `timestamp`,
 * `errored`, `checks` and HCP's `plan_format_version` are not specific to either.
 */
function provisionerOf(signals) {
    const opentofu = signals.forgetThenCreate || signals.ephemeral;
    const terraform = signals.keys.has('applyable') ||
        signals.keys.has('complete') ||
        predatesOpenTofu(signals.terraformVersion);
    if (opentofu === terraform)
        return undefined;
    return opentofu ? 'opentofu' : 'terraform';
}
/** `0.x` and `1.0` to `1.5` (pre-releases included) were only ever Terraform. */
function predatesOpenTofu(version) {
    const match = /^v?(\d+)\.(\d+)/.exec(version ?? '');
    if (!match)
        return false;
    const major = Number(match[1]);
    return major === 0 || (major === 1 && Number(match[2]) < 6);
}

;// CONCATENATED MODULE: ./src/plan/plan-accumulator.ts
/**
 * Counts a plan document while a reader walks it, then says what the document was.
 *
 * Memory stays flat however many resources a plan has: the accumulator keeps counts, bounded
 * address lists and rendered output strings, never the entries it is shown; what it must hold per
 * entry (prior-state addresses, output names) it holds as 8-byte hashes (hash-index.ts).
 *
 * A key written twice counts as JSON.parse reads it: the last one wins. A repeated top-level
 * section starts again from nothing; a repeated output name takes back its earlier entry; a
 * repeated prior-state container is taken back by the reader (PlanVisitor.priorStateRetract). The
 * one exception is sensitivity (output-tally.ts).
 */








/** The top-level keys whose values are read into counts: a repeated one replaces the first. */
const SECTIONS = new Set([
    'resource_changes',
    'resource_drift',
    'output_changes',
    'planned_values',
    'prior_state',
]);
/** Every top-level key whose value is read: a repeated one is worth a warning. */
const READ_KEYS = new Set([...SECTIONS, 'format_version', 'terraform_version', 'errored']);
/** Distinct top-level keys remembered for the wrong-kind message; past it, keys are only counted. */
const TOP_KEYS_HELD = 1000;
/** Unknown actions and repeated keys are named in their warnings, a few at most. */
const EXAMPLES = 3;
/** Things a warning tells of: how many, and the first few. */
class Sightings {
    count = 0;
    examples = [];
    note(example) {
        this.count++;
        if (this.examples.length < EXAMPLES)
            this.examples.push(example);
    }
    /** `a; b; c; 4 more` */
    list() {
        const more = this.count - this.examples.length;
        return `${this.examples.join('; ')}${more > 0 ? `; ${more} more` : ''}`;
    }
}
class PlanAccumulator {
    file;
    values;
    keepDriftResources;
    /** The KEYS_OF_INTEREST and READ_KEYS present (always held: a repeat of one replaces its value). */
    keys = new Set();
    /** Distinct top-level keys, the first TOP_KEYS_HELD. */
    topKeys = new Set();
    firstKeys = [];
    keyCount = 0;
    formatVersionValue;
    terraformVersionValue;
    erroredValue = false;
    resourceCounts = (0,plan_summary/* zeroCounts */.Nd)();
    plannedChangesCount = 0;
    /** The planned lists (`drifted` is the drift tally's). */
    addresses = (0,plan_summary/* emptyAddressLists */.XC)();
    /** Changed attribute names of the first MAX_ATTRIBUTE_ADDRESSES updates and replacements. */
    changedAttributes = new Map();
    /** Shape signals for the provisioner (plan-kind.ts). */
    sawForgetThenCreate = false;
    sawEphemeral = false;
    drift = new DriftTally();
    /** With --send-drift-resources: each drifted resource, names only. */
    driftResources;
    outputs = new OutputTally();
    outputNames = new OutputNames();
    /** Entries with actions this tool does not know, by section (a repeated section starts again). */
    unknownChanges = new Sightings();
    unknownDrift = new Sightings();
    unknownOutputs = new Sightings();
    /** Keys written twice. */
    repeats = new Sightings();
    constructor(
    /** The file as the user named it: the summary's `file` and the errors' subject. */
    file, 
    /** --show-values: output values that pass value-policy.ts are named with their output. */
    values, 
    /** --send-drift-resources: keep each drifted resource (driftResources). */
    keepDriftResources = false) {
        this.file = file;
        this.values = values;
        this.keepDriftResources = keepDriftResources;
        if (keepDriftResources)
            this.driftResources = (0,bounded_list/* boundedList */.Y4)();
    }
    topLevelKey(key) {
        if (!this.topKeys.has(key)) {
            if (this.topKeys.size < TOP_KEYS_HELD)
                this.topKeys.add(key);
            this.keyCount++;
            if (this.firstKeys.length < 12)
                this.firstKeys.push(key);
        }
        if (READ_KEYS.has(key) && this.keys.has(key)) {
            this.repeats.note(key);
            // The section read so far is forgotten, not added to.
            if (SECTIONS.has(key))
                this.resetSection(key);
        }
        // A value written again replaces the first, and null (for which no visitor call comes) says
        // "none": `errored: null` after `errored: true` is not errored.
        if (key === 'errored')
            this.erroredValue = false;
        else if (key === 'format_version')
            this.formatVersionValue = undefined;
        else if (key === 'terraform_version')
            this.terraformVersionValue = undefined;
        if (KEYS_OF_INTEREST.has(key) || READ_KEYS.has(key))
            this.keys.add(key);
    }
    resetSection(key) {
        switch (key) {
            case 'resource_changes':
                Object.assign(this.resourceCounts, (0,plan_summary/* zeroCounts */.Nd)());
                this.plannedChangesCount = 0;
                // Drift has its own section (resource_drift): only the planned lists start again.
                for (const list of plan_summary/* ADDRESS_LIST_KEYS */.r$) {
                    if (!list.startsWith('drift') && !list.startsWith('outputs'))
                        this.addresses[list] = (0,bounded_list/* boundedList */.Y4)();
                }
                this.changedAttributes.clear();
                this.sawForgetThenCreate = false;
                this.sawEphemeral = false;
                this.unknownChanges = new Sightings();
                return;
            case 'resource_drift':
                this.drift.resetDrift();
                if (this.keepDriftResources)
                    this.driftResources = (0,bounded_list/* boundedList */.Y4)();
                this.unknownDrift = new Sightings();
                return;
            case 'output_changes':
                this.outputs.resetChanges();
                this.outputNames.reset();
                this.unknownOutputs = new Sightings();
                return;
            case 'planned_values':
                // Names it declared sensitive stay so: sensitivity is the one place where the first of a
                // repeated key still counts (OutputTally.sensitive).
                return;
            case 'prior_state':
                this.drift.resetPrior();
                return;
        }
    }
    formatVersion(value) {
        this.formatVersionValue = value;
    }
    terraformVersion(value) {
        this.terraformVersionValue = value;
    }
    errored(value) {
        this.erroredValue = value;
    }
    resourceChange(entry) {
        if (entry.mode === 'ephemeral')
            this.sawEphemeral = true;
        if (entry.actions.length === 2 && entry.actions[0] === 'forget' && entry.actions[1] === 'create') {
            this.sawForgetThenCreate = true;
        }
        if (!isManaged(entry.mode))
            return;
        const kind = kindOf(entry.actions);
        const counts = this.resourceCounts;
        if (kind.create)
            counts.added++;
        if (kind.delete)
            counts.deleted++;
        if (kind.update)
            counts.changed++;
        if (kind.forget)
            counts.removed++;
        if (entry.importing)
            counts.imported++;
        // A moved-only entry is a no-op with a previous_address: unchanged, like any no-op.
        if (kind.noop && !entry.importing)
            counts.unchanged++;
        if (!kind.noop || entry.importing)
            this.plannedChangesCount++;
        const lists = this.addresses;
        const replaced = kind.create && (kind.delete || kind.forget);
        if (replaced)
            (0,bounded_list/* pushBounded */.kA)(lists.replaced, entry.address);
        else if (kind.create)
            (0,bounded_list/* pushBounded */.kA)(lists.created, entry.address);
        else if (kind.delete)
            (0,bounded_list/* pushBounded */.kA)(lists.deleted, entry.address);
        else if (kind.forget)
            (0,bounded_list/* pushBounded */.kA)(lists.forgotten, entry.address);
        if (kind.update && !kind.unknown)
            (0,bounded_list/* pushBounded */.kA)(lists.updated, entry.address);
        if (entry.importing)
            (0,bounded_list/* pushBounded */.kA)(lists.imported, entry.address);
        if (entry.previousAddress !== undefined && entry.previousAddress !== entry.address)
            (0,bounded_list/* pushBounded */.kA)(lists.moved, `${entry.previousAddress} → ${entry.address}`);
        if (kind.unknown) {
            (0,bounded_list/* pushBounded */.kA)(lists.unknown, entry.address);
            this.unknownChanges.note(`resource_changes ${entry.address} ${actionsText(entry.actions)}`);
        }
        const changed = entry.changedAttributes;
        // Readers stop gathering names after MAX_ATTRIBUTE_ADDRESSES; a visitor does not rely on it.
        if (changed !== undefined &&
            // A replacement whose only news is known after apply (a tainted resource: `id`) is named too.
            (changed.total > 0 || (changed.unknownTotal ?? changed.unknown?.length ?? 0) > 0) &&
            ((kind.update && !kind.unknown) || replaced) &&
            this.changedAttributes.size < plan_summary/* MAX_ATTRIBUTE_ADDRESSES */.pu)
            this.changedAttributes.set(entry.address, changed);
    }
    resourceDrift(entry) {
        const kind = kindOf(entry.actions);
        const counted = this.drift.drift(entry.address, entry.mode, kind, entry.wholeResource === true);
        if (counted && kind.unknown) {
            this.unknownDrift.note(`resource_drift ${entry.address} ${actionsText(entry.actions)}`);
        }
        if (counted && this.driftResources !== undefined) {
            const resource = {
                address: entry.address,
                mode: entry.mode ?? 'managed',
                provider: entry.providerName ?? '',
                status: kind.delete ? 'deleted' : 'changed',
                attributes: kind.delete ? [] : (entry.changedAttributes?.names ?? []),
            };
            (0,bounded_list/* pushBounded */.kA)(this.driftResources, resource, plan_summary/* DRIFT_RESOURCE_LIMIT */.$5);
        }
    }
    outputChange(entry) {
        const kind = kindOf(entry.actions);
        const { repeated, wasUnknown, earlier } = this.outputs.change(entry, kind);
        this.outputNames.change(entry.name, kind, earlier);
        const name = `output_changes[${JSON.stringify(entry.name)}]`;
        if (repeated)
            this.repeats.note(name);
        // A repeated name's earlier entry no longer counts, whatever its actions were.
        if (wasUnknown)
            this.unknownOutputs.count--;
        if (kind.unknown)
            this.unknownOutputs.note(`${name} ${actionsText(entry.actions)}`);
    }
    plannedOutputSensitive(name) {
        this.outputs.sensitive(name);
    }
    priorStateResource(address, mode) {
        this.drift.priorResource(address, mode);
    }
    priorStateRetract(from, to) {
        this.drift.retractPrior(from, to);
    }
    repeatedKey(path) {
        this.repeats.note(path);
    }
    /** Classifies the document (throwing InputError when it is no plan we can read) and sums up. */
    finish() {
        checkPlanKind({
            file: this.file,
            keys: this.keys,
            keyCount: this.keyCount,
            firstKeys: this.firstKeys,
            formatVersion: this.formatVersionValue,
        });
        return {
            file: this.file,
            formatVersion: this.formatVersionValue ?? '',
            terraformVersion: this.terraformVersionValue,
            errored: this.erroredValue,
            provisioner: provisionerOf({
                forgetThenCreate: this.sawForgetThenCreate,
                ephemeral: this.sawEphemeral,
                keys: this.keys,
                terraformVersion: this.terraformVersionValue,
            }),
            isDriftCheck: this.isDriftCheck(),
            resourceCounts: { ...this.resourceCounts },
            plannedChangesCount: this.plannedChangesCount,
            driftCounts: this.drift.finalCounts(),
            driftedCount: this.drift.drifted.total,
            outputCounts: { ...this.outputs.counts },
            outputs: this.outputs.shown(),
            outputsOmitted: this.outputs.omitted,
            addresses: {
                ...this.addresses,
                drifted: this.drift.drifted,
                driftDeleted: this.drift.driftDeleted,
                driftCreated: this.drift.driftCreated,
                ...this.outputNames.lists(this.outputs.shown(), this.values),
            },
            warnings: this.warnings(),
            changedAttributes: this.changedAttributes,
            ...(this.driftResources === undefined ? {} : { driftResources: this.driftResources }),
        };
    }
    warnings() {
        const warnings = [];
        const unknown = new Sightings();
        for (const seen of [this.unknownChanges, this.unknownDrift, this.unknownOutputs]) {
            unknown.count += seen.count;
            for (const example of seen.examples)
                if (unknown.examples.length < EXAMPLES)
                    unknown.examples.push(example);
        }
        if (unknown.count > 0) {
            warnings.push(`${this.file}: ${unknown.count} ${unknown.count === 1 ? 'entry has' : 'entries have'} actions ` +
                `this tool does not know (${unknown.list()}); counted as changed: check the plan`);
        }
        const { omitted, values } = this.outputs;
        if (omitted > 0) {
            warnings.push(`${this.file}: ${values.size + omitted} output values; the first ${values.size} are kept for the report, ${omitted} left out`);
        }
        if (this.repeats.count > 0) {
            warnings.push(`${this.file}: ${this.repeats.count} ${this.repeats.count === 1 ? 'key is' : 'keys are'} written twice ` +
                `(${this.repeats.list()}); read as JSON parsers read them, the last one wins: check what wrote the file`);
        }
        return warnings;
    }
    /**
     * A refresh-only plan: nothing to change, and a `resource_drift` key. `show -json` leaves an
     * empty `resource_drift` out, but HCP redacted plans write `"resource_drift": []` in every plan,
     * so an empty one counts only when `resource_changes` is absent too (as in a refresh-only plan),
     * else every no-change HCP plan would be taken for a drift check.
     */
    isDriftCheck() {
        if (!this.keys.has('resource_drift') || this.plannedChangesCount > 0)
            return false;
        return this.drift.entries > 0 || !this.keys.has('resource_changes');
    }
}
/** A `change.actions` array for a warning, cut short. */
function actionsText(actions) {
    return JSON.stringify(actions).slice(0, 80);
}

;// CONCATENATED MODULE: ./src/scan/input-errors.ts

/**
 * Makes the InputErrors of one read. Offsets are byte offsets into the file as given; when the
 * file was transcoded (UTF-16) the scanner's offsets count UTF-8 bytes instead, which would point
 * at the wrong place, so they are left out.
 */
class InputErrors {
    label;
    exactOffsets;
    constructor(label, exactOffsets = true) {
        this.label = label;
        this.exactOffsets = exactOffsets;
    }
    error(code, detail, offset) {
        return new src_errors/* InputError */.dz(code, this.label, detail, this.exactOffsets ? offset : undefined);
    }
}
/** A byte as a person would read it in an error message. */
function showByte(b) {
    if (b >= 0x21 && b <= 0x7e)
        return b === 0x60 ? "'`'" : `\`${String.fromCharCode(b)}\``;
    return `byte 0x${b.toString(16).padStart(2, '0').toUpperCase()}`;
}
/** The start of some bytes as one short line of printable text, for error messages. */
function showText(bytes, max = 40) {
    let text = '';
    for (let i = 0; i < bytes.length && text.length < max; i++) {
        const b = bytes[i];
        if (b === 0x0a || b === 0x0d)
            break;
        text += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '?';
    }
    return text.length >= max ? `${text}…` : text;
}
/**
 * A copy of `bytes[from, to)`. Not `slice()`: on a Buffer (what files give) that is a view, and the
 * chunk's memory is reused for the next chunk.
 */
function copyBytes(bytes, from = 0, to = bytes.length) {
    const part = bytes.subarray(from, to);
    const copy = new Uint8Array(part.length);
    copy.set(part);
    return copy;
}

;// CONCATENATED MODULE: ./src/scan/input-decoder.ts
/**
 * Feeds a byte stream to the scanner as UTF-8: looks at the first bytes once (byte-order marks,
 * zip, UTF-16 without a BOM, NUL bytes), strips a UTF-8 BOM and transcodes UTF-16 on the fly,
 * chunk by chunk, so that a PowerShell-written plan costs no more memory than a UTF-8 one.
 */

/** Bytes gathered before deciding what the input is; also what error messages quote from. */
const HEAD_BYTES = 512;
function concat(parts) {
    if (parts.length === 1)
        return parts[0];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
/** ASCII text written as UTF-16 has a NUL in every other byte. */
function utf16WithoutBom(head) {
    const n = Math.min(head.length, 64) & ~1;
    if (n < 2)
        return null;
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < n; i++) {
        if (head[i] !== 0)
            continue;
        if (i % 2 === 0)
            evenZeros++;
        else
            oddZeros++;
    }
    const pairs = n / 2;
    if (oddZeros * 2 >= pairs && evenZeros * 8 <= pairs)
        return 'LE';
    if (evenZeros * 2 >= pairs && oddZeros * 8 <= pairs)
        return 'BE';
    return null;
}
/** Decides the encoding from the first bytes, or throws what is wrong with them. */
function sniff(first, errors) {
    const [b0, b1, b2, b3] = first;
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
        return { encoding: 'utf-8', bom: 3 };
    if (b0 === 0xff && b1 === 0xfe)
        return { encoding: 'utf-16le', bom: 2 };
    if (b0 === 0xfe && b1 === 0xff)
        return { encoding: 'utf-16be', bom: 2 };
    if (b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && b3 === 0x04) {
        throw errors.error('INPUT_BINARY', 'this is a binary plan file; run `terraform show -json <file> > plan.json` (or `tofu show -json`) and pass plan.json', 0);
    }
    const utf16 = utf16WithoutBom(first);
    if (utf16 !== null) {
        throw errors.error('INPUT_ENCODING', `this looks like UTF-16${utf16} without a byte-order mark; re-save it as UTF-8 ` +
            '(PowerShell: `terraform show -json plan.tfplan | Out-File -Encoding utf8 plan.json`)', 0);
    }
    const nul = first.subarray(0, HEAD_BYTES).indexOf(0);
    if (nul >= 0)
        throw errors.error('INPUT_BINARY', 'binary data (NUL bytes), not JSON text', nul);
    return { encoding: 'utf-8', bom: 0 };
}
/**
 * Runs the whole input through the scanner and ends it. `onHead` receives the first bytes of the
 * UTF-8 text (after any BOM) before the scanner sees anything.
 */
async function pumpInput(source, scanner, errors, onHead) {
    const it = source[Symbol.asyncIterator]();
    let finished = false;
    try {
        const parts = [];
        let size = 0;
        while (size < HEAD_BYTES) {
            const r = await it.next();
            if (r.done === true) {
                finished = true;
                break;
            }
            // Copied unless it is the only piece: a producer may reuse its buffer for the next chunk.
            parts.push(size === 0 && r.value.length >= HEAD_BYTES ? r.value : copyBytes(r.value));
            size += r.value.length;
        }
        const first = concat(parts);
        if (first.length === 0)
            throw errors.error('INPUT_EMPTY', 'is empty (0 bytes)');
        const { encoding, bom } = sniff(first, errors);
        let transcode = null;
        let text = first.subarray(bom);
        if (encoding !== 'utf-8') {
            // Offsets into the transcoded bytes would not be file offsets.
            errors.exactOffsets = false;
            transcode = utf16Transcoder(encoding, errors);
            text = transcode(text);
        }
        else {
            scanner.advance(bom);
        }
        onHead(copyBytes(text, 0, HEAD_BYTES));
        scanner.feed(text);
        while (!finished) {
            const r = await it.next();
            if (r.done === true)
                break;
            scanner.feed(transcode === null ? r.value : transcode(r.value));
        }
        finished = true;
        if (transcode !== null)
            scanner.feed(transcode(null));
        scanner.end();
    }
    finally {
        // Stop reading (closes a file stream) when the scanner gave up early.
        if (!finished)
            await it.return?.();
    }
}
/** UTF-16 bytes in, UTF-8 bytes out, keeping a character split across chunks; null flushes. */
function utf16Transcoder(encoding, errors) {
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    const encoder = new TextEncoder();
    return (chunk) => {
        try {
            return encoder.encode(chunk === null ? decoder.decode() : decoder.decode(chunk, { stream: true }));
        }
        catch {
            throw errors.error('INPUT_ENCODING', `invalid ${encoding.toUpperCase()} (an unpaired surrogate or an odd number of bytes); re-save the file as UTF-8`);
        }
    };
}

;// CONCATENATED MODULE: ./src/scan/input-diagnosis.ts

const WRAPPER_HINT = 'the setup-terraform wrapper wrapped the JSON: set terraform_wrapper: false or use the plain terraform binary';
const NDJSON_HINT = 'more data after the first JSON value; it looks like NDJSON (one JSON value per line, as ' +
    '`terragrunt show --all -json` or a `-json` UI log write): pass one plan per file, ' +
    'written by `terraform show -json <planfile>`';
function ascii(bytes, from, length) {
    let s = '';
    for (let i = from; i < bytes.length && i < from + length; i++)
        s += String.fromCharCode(bytes[i]);
    return s;
}
/** The hashicorp/setup-terraform wrapper echoes `[command]…` and writes `::debug::`/`::set-output` lines. */
function isWrapperNoise(bytes, from) {
    const s = ascii(bytes, from, 16);
    return s.startsWith('[command]') || s.startsWith('::debug::') || s.startsWith('::set-output');
}
/** NUL bytes, control characters or invalid UTF-8 near the start: not text at all. */
function looksBinary(head) {
    let controls = 0;
    for (const b of head) {
        if (b === 0)
            return true;
        if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)
            controls++;
    }
    if (controls > 0 && controls * 50 >= head.length)
        return true;
    try {
        // stream: true so that a character cut at the end of the head is not an error.
        new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
        return false;
    }
    catch {
        return true;
    }
}
/** CSI sequences (colours) as `terraform plan` writes them without -no-color. */
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]/g;
/** Lines only the human-readable output of `terraform plan` / `tofu plan` (or `show` of a plan) has. */
const PLAN_TEXT_MARKERS = [
    /\b(Terraform|OpenTofu) will perform the following actions:/,
    /\b(Terraform|OpenTofu) used the selected providers to generate the following execution/,
    /^Plan: \d+ to add, \d+ to change, \d+ to destroy/m,
    /^No changes\. (Your infrastructure matches the configuration|Infrastructure is up-to-date)/m,
    /\b(Terraform|OpenTofu) detected the following changes made outside of/,
    /^Note: Objects have changed outside of (Terraform|OpenTofu)/m,
    /^\S+: Refreshing state\.\.\./m,
    /^Changes to Outputs:$/m,
    /^\s*# \S+ (will be (created|destroyed|updated in-place|read during apply)|must be replaced|has changed)/m,
];
const PLAN_TEXT_HINT = 'this is the text output of `terraform plan` (or `tofu plan`), not plan JSON: save the plan with ' +
    '`terraform plan -out=tfplan`, then run `terraform show -json tfplan > plan.json` ' +
    '(OpenTofu: `tofu show -json tfplan`) and give that file';
/** The human-readable plan, with or without colour: people pass it for the JSON all the time. */
function looksLikePlanText(head) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(ANSI, '');
    return PLAN_TEXT_MARKERS.some((marker) => marker.test(text));
}
const SCALAR_LINE = /^\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)\s*$/;
function scalarKind(text) {
    if (text.startsWith('"'))
        return 'string';
    if (text === 'true' || text === 'false')
        return 'boolean';
    if (text === 'null')
        return 'null';
    return 'number';
}
/**
 * The top-level value does not start with `{`. `head` is the first bytes of the (UTF-8) input,
 * `at` the index in it of the first byte that is not whitespace.
 */
function diagnoseStart(head, at, offset, errors) {
    const first = head[at];
    if (first === undefined)
        return errors.error('INPUT_SYNTAX', 'not JSON', offset);
    if (isWrapperNoise(head, at))
        return errors.error('INPUT_SYNTAX', WRAPPER_HINT, offset);
    if (first === 0x5b)
        return errors.error('INPUT_WRONG_KIND', 'a JSON array, not a plan', offset);
    if (looksLikePlanText(head))
        return errors.error('INPUT_WRONG_KIND', PLAN_TEXT_HINT, offset);
    if (looksBinary(head)) {
        return errors.error('INPUT_BINARY', 'binary data, not JSON text', offset);
    }
    const firstLine = showText(head.subarray(at), 400);
    const scalar = SCALAR_LINE.exec(firstLine);
    if (scalar?.[1] !== undefined) {
        return errors.error('INPUT_WRONG_KIND', `a JSON ${scalarKind(scalar[1])}, not a plan (a plan is a JSON object)`, offset);
    }
    // Text before the JSON, as a log capture would have: say where the JSON seems to begin.
    const text = new TextDecoder().decode(head);
    const lines = text.split('\n');
    const jsonLine = lines.findIndex((line, n) => n > 0 && line.trimStart().startsWith('{'));
    const where = jsonLine > 0 ? `; line ${jsonLine + 1} starts with '{': remove the text before it` : '';
    return errors.error('INPUT_SYNTAX', `not JSON: it starts with text (${showByte(first)}), not '{'${where}`, offset);
}
/** Data after the top-level value. `bytes` holds its first few bytes. */
function diagnoseTrailing(bytes, newlineBefore, offset, errors) {
    if (isWrapperNoise(bytes, 0))
        return errors.error('INPUT_SYNTAX', WRAPPER_HINT, offset);
    const first = bytes[0] ?? 0;
    if (newlineBefore && (first === 0x7b || first === 0x5b)) {
        return errors.error('INPUT_TRAILING', NDJSON_HINT, offset);
    }
    return errors.error('INPUT_TRAILING', `more data after the end of the JSON value (${showByte(first)}): one plan per file, nothing after it`, offset);
}

;// CONCATENATED MODULE: ./src/scan/scan-handler.ts
/**
 * The contract between the JSON scanner (json-scanner.ts) and the reader it serves (plan-walker.ts):
 * what a value is, from its first byte (ValueKind), what the reader answers to each value start
 * (Disposition), and the calls it receives (ScanHandler). The scanner's own machinery (states,
 * the skip loops, limits) stays in json-scanner.ts and scanner-tables.ts.
 */
/**
 * Output values nested deeper than this are dropped like too large ones (a D_RAW capture past it is given up): nobody reads such a value
 * in a report, and JSON.stringify/JSON.parse recurse (a 10,000-deep value overflows the stack).
 * Depth counts containers: a scalar is 0, `[]` is 1, `{"a":[1]}` is 2.
 */
const MAX_OUTPUT_VALUE_DEPTH = 64;
const KIND_OBJECT = 0;
const KIND_ARRAY = 1;
const KIND_STRING = 2;
const KIND_NUMBER = 3;
const KIND_TRUE = 4;
const KIND_FALSE = 5;
const KIND_NULL = 6;
/** Go into the container (event mode continues inside it). */
const D_DESCEND = 0;
/** Hand the string's bytes to ScanHandler.string. */
const D_CAPTURE = 1;
/** Skip the value. */
const D_SKIP = 2;
/** Skip the value, then tell ScanHandler.captured whether a `true` literal occurred in it. */
const D_SCAN_TRUE = 3;
/** Skip the value, then hand its raw bytes (up to RAW_LIMIT) to ScanHandler.captured. */
const D_RAW = 4;
/**
 * Skip the value, hashing its bytes (whitespace outside strings left out) as they pass, then hand
 * the hash to ScanHandler.hashed. Nothing of the value is kept: only the hash leaves the scanner.
 */
const D_HASH = 5;
/**
 * Like D_RAW, for attribute values (attribute-raw-diff.ts): no depth cap (the reader of the bytes
 * does not recurse past a few steps), skipped by the fast loops like D_SKIP, and kept up to
 * KEEP_LIMIT bytes (null past it).
 */
const D_KEEP = 6;

;// CONCATENATED MODULE: ./src/scan/skip-string.ts
/**
 * The innermost loop of the reader: most of a plan's bytes (80% in real and generated plans) are
 * inside strings of values that are skipped, and this finds where such a string ends.
 */

/**
 * Skip mode's string scan: from `j` (just after the opening quote) to the closing quote, checking
 * escapes and control characters. -1 when the string or an escape runs past `n` or is invalid:
 * the caller's general path then takes the string over (and reports any error).
 */
function skipString(buf, words, j, n) {
    const kinds = STRING_BYTES;
    for (;;) {
        if (words !== null) {
            // Four bytes at a time (SWAR): is any of them '"', '\\' or below 0x20? Exact for "any",
            // then the byte loop below finds which. Strings are 80% of a plan's bytes.
            while (j < n && (j & 3) !== 0 && kinds[buf[j]] === 0)
                j++;
            if ((j & 3) === 0) {
                let w = j >> 2;
                const end = n >> 2;
                while (w < end) {
                    const x = words[w];
                    const q = x ^ 0x22222222;
                    const b = x ^ 0x5c5c5c5c;
                    if ((((q - 0x01010101) & ~q) | ((b - 0x01010101) & ~b) | ((x - 0x20202020) & ~x) | 0) & 0x80808080)
                        break;
                    w++;
                }
                j = w << 2;
            }
        }
        let c = 0;
        while (j < n) {
            c = buf[j];
            if (c === 0x22 || c === 0x5c || c < 0x20)
                break;
            j++;
        }
        if (j >= n)
            return -1;
        const k = kinds[c];
        if (k === 1)
            return j;
        if (k !== 2 || j + 1 >= n)
            return -1;
        const e = ESCAPE_BYTES[buf[j + 1]];
        if (e === 1) {
            j += 2;
            continue;
        }
        if (e === 0 || j + 5 >= n)
            return -1;
        const hex = HEX_BYTES;
        if ((hex[buf[j + 2]] & hex[buf[j + 3]] & hex[buf[j + 4]] & hex[buf[j + 5]]) === 0)
            return -1;
        j += 6;
    }
}

;// CONCATENATED MODULE: ./src/scan/json-scanner.ts





/** Deeper nesting is rejected; the stack costs one byte per level. */
const json_scanner_MAX_DEPTH = 100_000;
/** Strings the reader keeps (keys, names, addresses) may not be longer than this. */
const MAX_CAPTURED_STRING = 16 * 1024 * 1024;
/** Raw captures (output values) stop being kept past this many bytes of JSON text. */
const RAW_LIMIT = 1024 * 1024;
/**
 * Bytes kept of a D_KEEP value (an update's `before` or `after`): larger ones come back as null
 * and that change's attribute roles are not read (attribute-raw-diff.ts).
 */
const KEEP_LIMIT = 8 * 1024 * 1024;
const CONTAINER_OBJECT = 1;
const CONTAINER_ARRAY = 2;
/** The kind of value each possible first byte starts (255: none). */
const KIND_OF_BYTE = (() => {
    const t = new Uint8Array(256).fill(255);
    t[0x7b] = KIND_OBJECT;
    t[0x5b] = KIND_ARRAY;
    t[0x22] = KIND_STRING;
    t[0x2d] = KIND_NUMBER;
    for (let b = 0x30; b <= 0x39; b++)
        t[b] = KIND_NUMBER;
    t[0x74] = KIND_TRUE;
    t[0x66] = KIND_FALSE;
    t[0x6e] = KIND_NULL;
    return t;
})();
function json_scanner_concat(parts, size) {
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
class JsonScanner {
    handler;
    errors;
    head;
    wasm;
    state = S_START;
    depth = 0;
    /** types[d] is the container at depth d (1-based). */
    types = new Uint8Array(256);
    /** Offset in the input of byte 0 of the chunk being fed. */
    base = 0;
    skipping = false;
    /**
     * WebAssembly only: the address of the key set of the object whose members come next in event
     * mode (0: report every key), and each of the handler's key sets' addresses.
     */
    keys = 0;
    keySetAddresses = [];
    /** While skipping, the depth of the container holding the skipped value. */
    skipBase = 0;
    scanTrue = false;
    sawTrue = false;
    rawOn = false;
    rawParts = [];
    rawSize = 0;
    rawOverflow = false;
    /** D_KEEP: a raw capture without the depth cap, skipped by the fast loops, up to KEEP_LIMIT. */
    rawDeep = false;
    rawFrom = 0;
    rawOffset = 0;
    /** D_HASH: on, the two 32-bit halves of the hash, and whether the bytes so far end in a string. */
    hashOn = false;
    hashA = 0;
    hashB = 0;
    hashInString = false;
    hashEscape = false;
    /** 0: not in a string; 1: in a value string; 2: in a key. */
    inString = 0;
    /** 0: none; 1: after a backslash; 5..2: that many minus one hex digits of \u still to come. */
    escape = 0;
    capture = false;
    escaped = false;
    stringParts = [];
    stringSize = 0;
    stringFrom = 0;
    stringOffset = 0;
    words = null;
    newlineAfterDone = false;
    trailing = null;
    trailingOffset = 0;
    constructor(handler, errors, 
    /** The first bytes of the input, to explain a wrong start. */
    head, 
    /** The WebAssembly skip loop, or null for the JS one (see skip-wasm.ts). */
    wasm = null) {
        this.handler = handler;
        this.errors = errors;
        this.head = head;
        this.wasm = wasm;
        if (wasm !== null) {
            // The stack is shared with the WebAssembly loop, at the size the JS stack grows to at most,
            // so that push() reports too deep a nesting at the same byte on both paths.
            this.types = wasm.types.subarray(0, json_scanner_MAX_DEPTH + 2);
            this.keySetAddresses = wasm.loadKeySets(handler.keySets);
        }
    }
    /** Counts bytes the scanner never sees (a byte-order mark), so offsets stay file offsets. */
    advance(bytes) {
        this.base += bytes;
    }
    feed(buf) {
        const wasm = this.wasm;
        if (wasm === null || buf.buffer === wasm.memory) {
            this.feedChunk(buf);
            return;
        }
        // The WebAssembly loop reads its own memory only: a chunk from elsewhere is copied in first
        // (chunks from openPlanFile are read straight into it and never take this way).
        const staging = wasm.staging;
        for (let at = 0; at < buf.length; at += staging.length) {
            const piece = buf.subarray(at, at + staging.length);
            staging.set(piece);
            this.feedChunk(staging.subarray(0, piece.length));
        }
    }
    feedChunk(buf) {
        const n = buf.length;
        // A word view for skipString, when the chunk is 4-byte aligned (file chunks are).
        this.words =
            (buf.byteOffset & 3) === 0 && n >= 64 ? new Int32Array(buf.buffer, buf.byteOffset, n >> 2) : null;
        if (this.trailing !== null) {
            this.collectTrailing(buf, 0);
            this.base += n;
            return;
        }
        let i = 0;
        this.rawFrom = 0;
        this.stringFrom = 0;
        if (this.inString !== 0) {
            const j = this.scanString(buf, 0, n);
            if (j < 0)
                i = n;
            else {
                this.endString(buf, j);
                i = j + 1;
            }
        }
        if (i < n)
            this.run(buf, i, n);
        if (this.inString !== 0 && this.capture) {
            this.stringParts.push(copyBytes(buf, this.stringFrom, n));
            this.stringSize += n - this.stringFrom;
            if (this.stringSize > MAX_CAPTURED_STRING)
                throw this.tooLongError();
        }
        if (this.rawOn)
            this.keepRaw(buf, this.rawFrom, n);
        else if (this.hashOn)
            this.hashBytes(buf, this.rawFrom, n);
        this.base += n;
    }
    /** The input ended: complain unless exactly one complete value was read. */
    end() {
        if (this.trailing !== null)
            throw this.trailingError();
        if (this.state === S_DONE && this.inString === 0)
            return;
        if (this.state === S_START && this.inString === 0) {
            throw this.errors.error('INPUT_EMPTY', 'contains only whitespace, no JSON');
        }
        const where = this.inString !== 0
            ? 'inside a string'
            : this.depth > 0
                ? `${this.depth} level${this.depth === 1 ? '' : 's'} deep`
                : 'in the middle of a value';
        throw this.errors.error('INPUT_SYNTAX', `ends before the JSON is complete (${where}); the file looks cut short`, this.base);
    }
    run(buf, i, n) {
        while (i < n) {
            // Most bytes of a plan are skipped: they go through the fast loop; it hands back whatever
            // needs the general path (the end of the skipped value, a chunk boundary inside a string, an
            // error), and step() takes exactly that one token before the fast loop resumes.
            if (this.skipping) {
                i = this.skipFast(buf, i, n);
                if (i >= n)
                    return;
            }
            else if (this.keys !== 0 && (this.state === S_KEY || this.state === S_OBJ_FIRST)) {
                i = this.skipMembers(buf, i, n);
                if (i >= n)
                    return;
            }
            i = this.step(buf, i, n);
            if (this.trailing !== null)
                return;
        }
    }
    /** The general path: whitespace and simple transitions, then one action. */
    step(buf, i, n) {
        const table = TRANSITIONS;
        let st = this.state;
        while (i < n) {
            const t = table[(st << 8) | buf[i]];
            if (t < ACTION_BASE) {
                st = t;
                i++;
                continue;
            }
            this.state = st;
            switch (t) {
                case A_VALUE_START:
                    return this.valueStart(buf, i, n);
                case A_KEY_QUOTE:
                    return this.keyStart(buf, i, n);
                case scanner_tables_A_COMMA:
                    if (this.skipping && this.depth === this.skipBase)
                        this.endSkip(buf, i);
                    this.state = this.types[this.depth] === CONTAINER_OBJECT ? S_KEY : S_VALUE;
                    return i + 1;
                case scanner_tables_A_CLOSE_OBJECT:
                    this.close(buf, i, CONTAINER_OBJECT);
                    return i + 1;
                case scanner_tables_A_CLOSE_ARRAY:
                    this.close(buf, i, CONTAINER_ARRAY);
                    return i + 1;
                case A_DONE_NEWLINE:
                    this.newlineAfterDone = true;
                    return i + 1;
                case A_TRAILING:
                    this.trailing = [];
                    this.trailingOffset = this.base + i;
                    this.collectTrailing(buf, i);
                    return n;
                default:
                    throw this.badByte(buf, i, st);
            }
        }
        this.state = st;
        return i;
    }
    /**
     * Skip mode's hot loop, all in locals: the DFA outside strings, strings scanned inline (escapes
     * checked), containers counted on the type stack. Stops, with the state written back, at the
     * first thing it does not handle itself: the end of the skipped value, a string or escape that
     * runs past the chunk, a full stack, any error. Returns where it stopped.
     */
    skipFast(buf, i, n) {
        const wasm = this.wasm;
        // Skipped containers go to WebAssembly. Skipped scalars (depth still at skipBase: a number, a
        // literal, or the ',' after a string) are a few bytes, less than the call would cost. The rare
        // skips that record something (a `true` seen, raw bytes of an output value) stay in JS. A
        // hashed value is skipped here too: its bytes are hashed from the chunk once the skip moved on.
        if (wasm !== null && this.depth > this.skipBase && !this.scanTrue && (!this.rawOn || this.rawDeep)) {
            const at = buf.byteOffset;
            const stop = wasm.skip(at + i, at + n, this.state, this.depth, this.skipBase, this.types.length - 1, 0);
            this.state = wasm.state;
            this.depth = wasm.depth;
            return stop - at;
        }
        const table = TRANSITIONS;
        const words = this.words;
        const types = this.types;
        // Stop before a push that needs the general path: a full stack, or a raw capture going too deep.
        const limit = this.rawOn && !this.rawOverflow && !this.rawDeep
            ? Math.min(types.length - 1, this.skipBase + MAX_OUTPUT_VALUE_DEPTH)
            : types.length - 1;
        const base = this.skipBase;
        const scanTrue = this.scanTrue;
        let sawTrue = this.sawTrue;
        let st = this.state;
        let depth = this.depth;
        loop: while (i < n) {
            const c = buf[i];
            const t = table[(st << 8) | c];
            if (t < ACTION_BASE) {
                st = t;
                i++;
                continue;
            }
            if (t === A_KEY_QUOTE) {
                // A run of compact members (`"key":"value","key":...`, what terraform writes) is taken
                // here without the table or the switch; anything else goes back to the loop.
                for (;;) {
                    let q = skipString(buf, words, i + 1, n);
                    if (q < 0)
                        break loop;
                    i = q + 1;
                    if (i >= n || buf[i] !== 0x3a) {
                        st = S_COLON;
                        continue loop;
                    }
                    i++;
                    st = S_VALUE;
                    if (i >= n || buf[i] !== 0x22)
                        continue loop;
                    q = skipString(buf, words, i + 1, n);
                    if (q < 0)
                        break loop;
                    i = q + 1;
                    st = S_AFTER;
                    if (i + 1 >= n || buf[i] !== 0x2c || buf[i + 1] !== 0x22 || depth === base)
                        continue loop;
                    i++;
                    st = S_KEY;
                }
            }
            if (t === A_VALUE_START && c === 0x22) {
                const q = skipString(buf, words, i + 1, n);
                if (q < 0)
                    break loop;
                i = q + 1;
                st = S_AFTER;
                continue;
            }
            switch (t) {
                case A_VALUE_START:
                    if (c === 0x7b || c === 0x5b) {
                        if (depth >= limit)
                            break loop;
                        const object = c === 0x7b;
                        types[++depth] = object ? CONTAINER_OBJECT : CONTAINER_ARRAY;
                        st = object ? S_OBJ_FIRST : S_ARR_FIRST;
                    }
                    else {
                        if (c === 0x74 && scanTrue)
                            sawTrue = true;
                        st = STATE_AFTER_FIRST[c];
                    }
                    i++;
                    continue;
                case scanner_tables_A_COMMA:
                    if (depth === base)
                        break loop;
                    st = types[depth] === CONTAINER_OBJECT ? S_KEY : S_VALUE;
                    i++;
                    continue;
                case scanner_tables_A_CLOSE_OBJECT:
                    if (depth === base || types[depth] !== CONTAINER_OBJECT)
                        break loop;
                    depth--;
                    st = S_AFTER;
                    i++;
                    continue;
                case scanner_tables_A_CLOSE_ARRAY:
                    if (depth === base || types[depth] !== CONTAINER_ARRAY)
                        break loop;
                    depth--;
                    st = S_AFTER;
                    i++;
                    continue;
                default:
                    break loop;
            }
        }
        this.state = st;
        this.depth = depth;
        this.sawTrue = sawTrue;
        return i;
    }
    /**
     * Between the members of an object with a key set (WebAssembly only): skips the members the
     * handler does not want. Where the loop stopped inside such a member (a chunk end, an error, the
     * '}' after it), the rest of it is skipped like a D_SKIP value; between members, event mode goes
     * on as usual.
     */
    skipMembers(buf, i, n) {
        const wasm = this.wasm;
        const at = buf.byteOffset;
        const depth = this.depth;
        const stop = wasm.skip(at + i, at + n, this.state, depth, depth, this.types.length - 1, this.keys);
        const st = wasm.state;
        this.state = st;
        this.depth = wasm.depth;
        if (this.depth !== depth || (st !== S_KEY && st !== S_OBJ_FIRST)) {
            this.skipping = true;
            this.skipBase = depth;
            this.scanTrue = false;
            this.rawOn = false;
            this.hashOn = false;
        }
        return stop - at;
    }
    /** Event mode entered or returned to a container: which of its keys the handler wants. */
    updateKeyFilter() {
        if (this.wasm === null)
            return;
        const set = this.handler.keyFilter();
        this.keys = set < 0 ? 0 : this.keySetAddresses[set];
    }
    valueStart(buf, i, n) {
        const c = buf[i];
        let capture = false;
        if (!this.skipping) {
            if (this.depth === 0 && c !== 0x7b)
                throw this.startError(buf, i);
            // Only value-start bytes reach here (the state tables), so the kind is one of the seven.
            const d = this.handler.value(KIND_OF_BYTE[c], this.base + i);
            if (d >= D_SKIP)
                this.beginSkip(d, i);
            else if (d === D_DESCEND)
                this.updateKeyFilter();
            else
                capture = d === D_CAPTURE;
        }
        if (c === 0x7b) {
            this.push(CONTAINER_OBJECT, i);
            this.state = S_OBJ_FIRST;
            return i + 1;
        }
        if (c === 0x5b) {
            this.push(CONTAINER_ARRAY, i);
            this.state = S_ARR_FIRST;
            return i + 1;
        }
        if (c === 0x22) {
            this.inString = 1;
            this.capture = capture;
            return this.startString(buf, i, n);
        }
        if (c === 0x74 && this.scanTrue)
            this.sawTrue = true;
        this.state = STATE_AFTER_FIRST[c];
        return i + 1;
    }
    keyStart(buf, i, n) {
        this.inString = 2;
        this.capture = !this.skipping;
        return this.startString(buf, i, n);
    }
    /** `i` is at the opening quote. Returns where to go on (n when the string runs past the chunk). */
    startString(buf, i, n) {
        this.escaped = false;
        this.stringFrom = i + 1;
        this.stringOffset = this.base + i;
        // Fast paths for the usual case, a string that ends in this chunk: skipped strings go through
        // skipString; wanted ones (keys, addresses) through a plain scan that gives up at a backslash.
        let j = -1;
        if (!this.capture)
            j = skipString(buf, this.words, i + 1, n);
        else {
            const kinds = STRING_BYTES;
            let k = i + 1;
            while (k < n && kinds[buf[k]] === 0)
                k++;
            if (k < n && buf[k] === 0x22)
                j = k;
        }
        if (j < 0)
            j = this.scanString(buf, i + 1, n);
        if (j < 0)
            return n;
        this.endString(buf, j);
        return j + 1;
    }
    /** Finds the closing quote from `i`; -1 if the chunk ends first (the escape state is kept). */
    scanString(buf, i, n) {
        const kinds = STRING_BYTES;
        let esc = this.escape;
        for (;;) {
            if (esc === 0) {
                while (i < n && kinds[buf[i]] === 0)
                    i++;
                if (i >= n) {
                    this.escape = 0;
                    return -1;
                }
                const k = kinds[buf[i]];
                if (k === 1)
                    return i;
                if (k === 3) {
                    throw this.errors.error('INPUT_SYNTAX', `${showByte(buf[i])} inside a string: control characters must be escaped`, this.base + i);
                }
                esc = 1;
                this.escaped = true;
                i++;
                continue;
            }
            if (i >= n) {
                this.escape = esc;
                return -1;
            }
            const c = buf[i];
            if (esc === 1) {
                const e = ESCAPE_BYTES[c];
                if (e === 0) {
                    throw this.errors.error('INPUT_SYNTAX', `invalid escape \\${showByte(c)} in a string`, this.base + i);
                }
                esc = e === 2 ? 5 : 0;
            }
            else {
                if (HEX_BYTES[c] === 0) {
                    throw this.errors.error('INPUT_SYNTAX', `invalid \\u escape: ${showByte(c)} is not a hex digit`, this.base + i);
                }
                esc = esc === 2 ? 0 : esc - 1;
            }
            i++;
        }
    }
    /** The closing quote is at `j`. */
    endString(buf, j) {
        const isKey = this.inString === 2;
        this.inString = 0;
        this.escape = 0;
        this.state = isKey ? S_COLON : S_AFTER;
        if (!this.capture)
            return;
        this.capture = false;
        let bytes = buf;
        let start = this.stringFrom;
        let end = j;
        if (this.stringParts.length > 0) {
            if (this.stringSize + j - this.stringFrom > MAX_CAPTURED_STRING)
                throw this.tooLongError();
            this.stringParts.push(buf.subarray(this.stringFrom, j));
            bytes = json_scanner_concat(this.stringParts, this.stringSize + j - this.stringFrom);
            start = 0;
            end = bytes.length;
            this.stringParts = [];
            this.stringSize = 0;
        }
        if (isKey)
            this.handler.key(bytes, start, end, this.escaped, this.stringOffset);
        else
            this.handler.string(bytes, start, end, this.escaped, this.stringOffset);
    }
    /** Keys, names and addresses are short; a huge one is not a plan (and would not fit a string). */
    tooLongError() {
        return this.errors.error('INPUT_INVALID', `a key or name longer than ${MAX_CAPTURED_STRING >> 20} MiB, where a plan has short names`, this.stringOffset);
    }
    push(type, i) {
        const depth = ++this.depth;
        // A raw capture nested too deep is given up like a too large one (see output-value.ts).
        if (this.rawOn && !this.rawDeep && depth - this.skipBase > MAX_OUTPUT_VALUE_DEPTH && !this.rawOverflow) {
            this.rawOverflow = true;
            this.rawParts = [];
        }
        if (depth >= this.types.length) {
            if (depth > json_scanner_MAX_DEPTH) {
                throw this.errors.error('INPUT_SYNTAX', `nested more than ${json_scanner_MAX_DEPTH} levels deep`, this.base + i);
            }
            const grown = new Uint8Array(Math.min(this.types.length * 2, json_scanner_MAX_DEPTH + 2));
            grown.set(this.types);
            this.types = grown;
        }
        this.types[depth] = type;
    }
    close(buf, i, type) {
        if (this.skipping && this.depth === this.skipBase)
            this.endSkip(buf, i);
        if (this.types[this.depth] !== type) {
            throw this.errors.error('INPUT_SYNTAX', `${showByte(buf[i])} closes ${this.types[this.depth] === CONTAINER_OBJECT ? "a '{'" : "a '['"}`, this.base + i);
        }
        this.depth--;
        if (!this.skipping) {
            this.handler.close(this.base + i);
            this.updateKeyFilter();
        }
        this.state = this.depth === 0 ? S_DONE : S_AFTER;
    }
    beginSkip(disposition, i) {
        this.skipping = true;
        this.skipBase = this.depth;
        this.scanTrue = disposition === D_SCAN_TRUE;
        this.sawTrue = false;
        this.rawDeep = disposition === D_KEEP;
        this.rawOn = disposition === D_RAW || this.rawDeep;
        this.hashOn = disposition === D_HASH;
        if (this.hashOn) {
            this.hashA = 0x811c9dc5 | 0; // as int32, like every later value
            this.hashB = 0x6a09e667;
            this.hashInString = false;
            this.hashEscape = false;
            this.rawFrom = i;
            this.rawOffset = this.base + i;
        }
        if (this.rawOn) {
            this.rawParts = [];
            this.rawSize = 0;
            this.rawOverflow = false;
            this.rawFrom = i;
            this.rawOffset = this.base + i;
        }
    }
    /** The skipped value ended just before `i` (a ',' or a close of the container around it). */
    endSkip(buf, i) {
        this.skipping = false;
        if (this.rawOn) {
            this.keepRaw(buf, this.rawFrom, i);
            this.rawOn = false;
            // One part (a value within one chunk, the usual case) is already a copy of its own.
            const parts = this.rawParts;
            const raw = this.rawOverflow ? null : parts.length === 1 ? parts[0] : json_scanner_concat(parts, this.rawSize);
            this.rawParts = [];
            this.handler.captured(raw, this.sawTrue, this.rawOffset);
        }
        else if (this.hashOn) {
            this.hashBytes(buf, this.rawFrom, i);
            this.hashOn = false;
            // 32 bits of one half and 21 of the other: an exact integer in a double.
            this.handler.hashed((this.hashA >>> 0) * 0x200000 + (this.hashB >>> 11), this.rawOffset);
        }
        else if (this.scanTrue) {
            this.scanTrue = false;
            this.handler.captured(null, this.sawTrue, this.base + i);
        }
    }
    /**
     * Folds bytes [from, to) of a D_HASH value into its hash: FNV-1a, and the running sum of its
     * states (one multiply per byte: this runs over every attribute value of every update). Whitespace outside strings is left out, so the same value hashes the same however it
     * is indented (before and after sit at the same depth, but need not be written alike).
     */
    hashBytes(buf, from, to) {
        let a = this.hashA;
        let b = this.hashB;
        let inString = this.hashInString;
        let escape = this.hashEscape;
        for (let i = from; i < to; i++) {
            const c = buf[i];
            if (inString) {
                if (escape)
                    escape = false;
                else if (c === 0x5c)
                    escape = true;
                else if (c === 0x22)
                    inString = false;
            }
            else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
                continue;
            }
            else if (c === 0x22) {
                inString = true;
            }
            a = Math.imul(a ^ c, 0x01000193);
            b = (b + a) | 0;
        }
        this.hashA = a;
        this.hashB = b;
        this.hashInString = inString;
        this.hashEscape = escape;
    }
    keepRaw(buf, from, to) {
        if (this.rawOverflow || to <= from)
            return;
        this.rawSize += to - from;
        if (this.rawSize > (this.rawDeep ? KEEP_LIMIT : RAW_LIMIT)) {
            this.rawOverflow = true;
            this.rawParts = [];
            return;
        }
        this.rawParts.push(copyBytes(buf, from, to));
    }
    collectTrailing(buf, from) {
        const trailing = this.trailing;
        for (let i = from; i < buf.length && trailing.length < 16; i++)
            trailing.push(buf[i]);
        if (trailing.length >= 16)
            throw this.trailingError();
    }
    trailingError() {
        return diagnoseTrailing(Uint8Array.from(this.trailing ?? []), this.newlineAfterDone, this.trailingOffset, this.errors);
    }
    startError(buf, i) {
        const head = this.head();
        // The head starts at input offset 0 (after a BOM); find the first non-whitespace byte in it.
        let at = 0;
        while (at < head.length &&
            (head[at] === 0x20 || head[at] === 0x09 || head[at] === 0x0a || head[at] === 0x0d)) {
            at++;
        }
        if (at >= head.length)
            return diagnoseStart(buf.subarray(i), 0, this.base + i, this.errors);
        return diagnoseStart(head, at, this.base + i, this.errors);
    }
    badByte(buf, i, state) {
        if (state === S_START)
            return this.startError(buf, i);
        return this.errors.error('INPUT_SYNTAX', `unexpected ${showByte(buf[i])}, expected ${expectedIn(state)}`, this.base + i);
    }
}

;// CONCATENATED MODULE: ./src/plan/attribute-raw-diff.ts
/**
 * Attribute roles from the raw JSON text of `change.before`, `change.after` and
 * `change.after_unknown` (what the reader does without --show-values). The scanner skips those
 * objects with its fast loops and hands their bytes over whole (D_KEEP); here they are compared
 * member by member, and only where two members' bytes differ does the comparison go a step
 * deeper. Nothing is built for an attribute that did not change: no path, no hash, no key string
 * below the top level.
 *
 * The paths found are the ones AttributeDiff's maps would list as changed before its
 * known-after-apply filter (same depth, MAX_PATH_DEPTH; the same shape rules: a member on one side
 * only, a container that became a leaf or another kind of container, a leaf or a container past
 * the depth whose text differs). Texts are compared as written, whitespace outside strings left
 * out (only looked at when some was written: `terraform show -json` writes none). A key written
 * twice in one object counts once, by its last value, as JSON.parse reads it.
 *
 * The bytes were checked by the scanner (grammar, escapes, control characters) before they got
 * here; keys are decoded by the walker's StringReader, so an undecodable key is reported with its
 * offset as before.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const TRUE_START = 0x74;
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/** One side's bytes, with what is needed to read keys. */
class Side {
    b;
    offset;
    strings;
    /** Some whitespace was seen outside strings (a plan written indented). */
    loose = false;
    constructor(b, offset, strings) {
        this.b = b;
        this.offset = offset;
        this.strings = strings;
    }
    space(i) {
        const b = this.b;
        while (i < b.length && isSpace(b[i])) {
            this.loose = true;
            i++;
        }
        return i;
    }
    /** Past the string whose opening quote is at i. */
    stringEnd(i) {
        const b = this.b;
        const n = b.length;
        i++;
        while (i < n) {
            const c = b[i++];
            if (c === QUOTE)
                return i;
            if (c === BACKSLASH)
                i++;
        }
        return n;
    }
    /** Past the value that starts at i. */
    valueEnd(i) {
        const b = this.b;
        const n = b.length;
        const c = b[i];
        if (c === QUOTE)
            return this.stringEnd(i);
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            let depth = 0;
            while (i < n) {
                const d = b[i];
                if (d === QUOTE) {
                    i = this.stringEnd(i);
                    continue;
                }
                if (d === OPEN_OBJECT || d === OPEN_ARRAY)
                    depth++;
                else if (d === CLOSE_OBJECT || d === CLOSE_ARRAY) {
                    if (--depth === 0)
                        return i + 1;
                }
                else if (isSpace(d))
                    this.loose = true;
                i++;
            }
            return n;
        }
        while (i < n) {
            const d = b[i];
            if (d === COMMA || d === CLOSE_OBJECT || d === CLOSE_ARRAY || isSpace(d))
                return i;
            i++;
        }
        return n;
    }
    /**
     * The members of the object at `start`, five numbers each: the key's first and end byte (inside
     * the quotes), the value's first and end byte, a hash of the key's bytes. `escaped` is set when
     * some key holds an escape (its bytes then do not tell it apart from another key).
     */
    members(start) {
        const b = this.b;
        const out = { at: [], escaped: false };
        const at = out.at;
        let i = this.space(start + 1);
        if (b[i] === CLOSE_OBJECT)
            return out;
        const n = b.length;
        while (i < n) {
            // The key: short, hashed as it is passed.
            const keyFrom = i + 1;
            let h = 0x811c9dc5 | 0; // int32, as the tables hold it (an empty key keeps it)
            let k = keyFrom;
            for (; k < n; k++) {
                const c = b[k];
                if (c === QUOTE)
                    break;
                if (c === BACKSLASH) {
                    out.escaped = true;
                    k = this.stringEnd(i) - 1;
                    break;
                }
                h = Math.imul(h ^ c, 0x01000193);
            }
            i = this.space(k + 1) + 1; // the ':'
            const from = this.space(i);
            const to = this.valueEnd(from);
            at.push(keyFrom, k, from, to, h);
            i = this.space(to);
            if (b[i] !== COMMA)
                break;
            i = this.space(i + 1);
        }
        return out;
    }
    /** The members by key (the last of a key written twice), as indexes into `m.at`. */
    byKey(m) {
        const keys = new Map();
        for (let k = 0; k < m.at.length; k += 5)
            keys.set(this.key(m.at[k], m.at[k + 1]), k);
        return keys;
    }
    /** The elements of the array at `start`: start and end of each. */
    elements(start) {
        const b = this.b;
        const ranges = [];
        let i = this.space(start + 1);
        if (b[i] === CLOSE_ARRAY)
            return ranges;
        while (i < b.length) {
            const to = this.valueEnd(i);
            ranges.push(i, to);
            i = this.space(to);
            if (b[i] !== COMMA)
                break;
            i = this.space(i + 1);
        }
        return ranges;
    }
    key(from, to) {
        const b = this.b;
        let escaped = false;
        for (let k = from; k < to; k++) {
            if (b[k] === BACKSLASH) {
                escaped = true;
                break;
            }
        }
        return escaped
            ? this.strings.text(b, from, to, true, this.offset + from - 1)
            : this.strings.attributeName(b, from, to, this.offset + from - 1);
    }
    /** The value's text without whitespace outside strings (only for a side written loosely). */
    compact(from, to) {
        const b = this.b;
        let out = '';
        let inString = false;
        let escape = false;
        for (let i = from; i < to; i++) {
            const c = b[i];
            if (inString) {
                if (escape)
                    escape = false;
                else if (c === BACKSLASH)
                    escape = true;
                else if (c === QUOTE)
                    inString = false;
            }
            else if (isSpace(c))
                continue;
            else if (c === QUOTE)
                inString = true;
            out += String.fromCharCode(c);
        }
        return out;
    }
    /** A `true` occurs in the value (outside strings). */
    holdsTrue(from, to) {
        const b = this.b;
        for (let i = from; i < to; i++) {
            const c = b[i];
            if (c === QUOTE)
                i = this.stringEnd(i) - 1;
            else if (c === TRUE_START)
                return true;
        }
        return false;
    }
}
/**
 * Tables that tell a key written twice by its hash, one per depth (a comparison one step down runs
 * while the one above is still open), each reset by a new stamp. Slots: a power of two.
 */
const SEEN_SLOTS = 1024;
const seenHash = Array.from({ length: MAX_PATH_DEPTH + 2 }, () => new Int32Array(SEEN_SLOTS));
const seenStamp = Array.from({ length: MAX_PATH_DEPTH + 2 }, () => new Int32Array(SEEN_SLOTS));
let stamp = 0;
function nextStamp() {
    stamp = (stamp + 1) | 0;
    if (stamp === 0) {
        for (const table of seenStamp)
            table.fill(0);
        stamp = 1;
    }
    return stamp;
}
/**
 * The first key with hash `h` in the object stamped `mark`, `depth` steps down (a repeated hash:
 * maybe a repeated key, and a full table counts as one).
 */
function firstSeen(h, mark, depth) {
    const stamps = seenStamp[depth + 1];
    const hashes = seenHash[depth + 1];
    let slot = h & (SEEN_SLOTS - 1);
    for (let probes = 0; stamps[slot] === mark; probes++) {
        if (hashes[slot] === h || probes === SEEN_SLOTS)
            return false;
        slot = (slot + 1) & (SEEN_SLOTS - 1);
    }
    stamps[slot] = mark;
    hashes[slot] = h;
    return true;
}
const pairHash = Array.from({ length: 2 * (MAX_PATH_DEPTH + 2) }, () => new Int32Array(SEEN_SLOTS));
const pairStamp = Array.from({ length: 2 * (MAX_PATH_DEPTH + 2) }, () => new Int32Array(SEEN_SLOTS));
const pairIndex = Array.from({ length: 2 * (MAX_PATH_DEPTH + 2) }, () => new Int32Array(SEEN_SLOTS));
/** Members by the hash of their key, for one side of one object (Comparison.byHash). */
class HashSlots {
    mark;
    hashes;
    stamps;
    index;
    constructor(depth, side, mark) {
        this.mark = mark;
        const t = 2 * (depth + 1) + side;
        this.hashes = pairHash[t];
        this.stamps = pairStamp[t];
        this.index = pairIndex[t];
    }
    /** Member `k` of `at`: false when another key has its hash (or the table is full). */
    put(at, bytes, k) {
        const h = at[k + 4];
        let slot = h & (SEEN_SLOTS - 1);
        for (let probes = 0; this.stamps[slot] === this.mark; probes++) {
            if (probes === SEEN_SLOTS)
                return false;
            if (this.hashes[slot] === h) {
                const first = this.index[slot];
                if (!sameBytes(bytes, at[first], at[first + 1], bytes, at[k], at[k + 1]))
                    return false;
                this.index[slot] = k;
                return true;
            }
            slot = (slot + 1) & (SEEN_SLOTS - 1);
        }
        this.stamps[slot] = this.mark;
        this.hashes[slot] = h;
        this.index[slot] = k;
        return true;
    }
    /** The member whose key has hash `h`, or -1. */
    get(h) {
        let slot = h & (SEEN_SLOTS - 1);
        for (let probes = 0; this.stamps[slot] === this.mark && probes < SEEN_SLOTS; probes++) {
            if (this.hashes[slot] === h)
                return this.index[slot];
            slot = (slot + 1) & (SEEN_SLOTS - 1);
        }
        return -1;
    }
}
/** A value that ended just before `i` ends there (a number or literal could go on). */
function endsValue(b, i) {
    const c = b[i];
    return c === undefined || c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isSpace(c);
}
function sameBytes(x, xFrom, xTo, y, yFrom, yTo) {
    const length = xTo - xFrom;
    if (length !== yTo - yFrom)
        return false;
    if (length > 64)
        return Buffer.compare(x.subarray(xFrom, xTo), y.subarray(yFrom, yTo)) === 0;
    for (let k = 0; k < length; k++)
        if (x[xFrom + k] !== y[yFrom + k])
            return false;
    return true;
}
/** Compares two sides' values, collecting the paths that differ. */
class Comparison {
    before;
    after;
    out = [];
    constructor(before, after) {
        this.before = before;
        this.after = after;
    }
    /** The values at [bFrom, bTo) and [aFrom, aTo), members of a container `depth` steps down. */
    value(path, bFrom, bTo, aFrom, aTo, depth) {
        const b = this.before;
        const a = this.after;
        if (sameBytes(b.b, bFrom, bTo, a.b, aFrom, aTo))
            return;
        const cb = b.b[bFrom];
        const ca = a.b[aFrom];
        if (depth < MAX_PATH_DEPTH && cb === ca && (cb === OPEN_OBJECT || cb === OPEN_ARRAY)) {
            if (cb === OPEN_OBJECT)
                this.objects(path, bFrom, aFrom, depth + 1);
            else
                this.arrays(path, bFrom, aFrom, depth + 1);
            return;
        }
        if ((b.loose || a.loose) && b.compact(bFrom, bTo) === a.compact(aFrom, aTo))
            return;
        this.out.push(path);
    }
    objects(prefix, bStart, aStart, depth) {
        const mark = this.out.length;
        if (this.lockstep(prefix, bStart, aStart, depth))
            return;
        // Keys differ in order or set, one holds an escape, or one is written twice: member by key.
        this.out.length = mark;
        const b = this.before;
        const a = this.after;
        const bm = b.members(bStart);
        const am = a.members(aStart);
        const outMark = this.out.length;
        if (this.byHash(prefix, bm, am, depth))
            return;
        this.out.length = outMark;
        const bk = b.byKey(bm);
        const ak = a.byKey(am);
        for (const [key, k] of bk) {
            const path = keyPath(prefix, key);
            const j = ak.get(key);
            if (j === undefined)
                this.out.push(path);
            else
                this.value(path, bm.at[k + 2], bm.at[k + 3], am.at[j + 2], am.at[j + 3], depth);
        }
        for (const key of ak.keys())
            if (!bk.has(key))
                this.out.push(keyPath(prefix, key));
    }
    /**
     * Members paired by the hash of their key's bytes (keys in another order or set: a tag added),
     * without a string for a key whose values are the same. False where bytes cannot tell keys
     * apart (an escape) or two keys share a hash: the caller then pairs them by decoded key.
     */
    byHash(prefix, bm, am, depth) {
        if (bm.escaped || am.escaped)
            return false;
        const b = this.before;
        const a = this.after;
        const x = bm.at;
        const y = am.at;
        const bt = new HashSlots(depth, 0, nextStamp());
        const at = new HashSlots(depth, 1, nextStamp());
        // Each table ends with the last member of each key (JSON.parse keeps the last).
        for (let k = 0; k < x.length; k += 5)
            if (!bt.put(x, b.b, k))
                return false;
        for (let k = 0; k < y.length; k += 5)
            if (!at.put(y, a.b, k))
                return false;
        for (let k = 0; k < x.length; k += 5) {
            if (bt.get(x[k + 4]) !== k)
                continue;
            const j = at.get(x[k + 4]);
            if (j >= 0 && !sameBytes(b.b, x[k], x[k + 1], a.b, y[j], y[j + 1]))
                return false;
            if (j >= 0 && sameBytes(b.b, x[k + 2], x[k + 3], a.b, y[j + 2], y[j + 3]))
                continue;
            const path = keyPath(prefix, b.key(x[k], x[k + 1]));
            if (j < 0)
                this.out.push(path);
            else
                this.value(path, x[k + 2], x[k + 3], y[j + 2], y[j + 3], depth);
        }
        for (let j = 0; j < y.length; j += 5)
            if (at.get(y[j + 4]) === j && bt.get(y[j + 4]) < 0)
                this.out.push(keyPath(prefix, a.key(y[j], y[j + 1])));
        return true;
    }
    /**
     * The usual case, in one pass: the same keys in the same order, none twice, none escaped. Only
     * `before` is read byte by byte (to find where each value ends); `after`'s value is compared
     * with it as bytes, and read only where it differs. False when the objects are not of that
     * kind (the caller then pairs members by key).
     */
    lockstep(prefix, bStart, aStart, depth) {
        const bs = this.before;
        const as = this.after;
        const b = bs.b;
        const a = as.b;
        let i = bs.space(bStart + 1);
        let j = as.space(aStart + 1);
        if (b[i] === CLOSE_OBJECT || a[j] === CLOSE_OBJECT)
            return b[i] === a[j];
        const mark = nextStamp();
        const n = b.length;
        for (;;) {
            // The keys: the same bytes, no escape, not seen before in this object.
            const keyFrom = i + 1;
            let h = 0x811c9dc5 | 0; // int32, as the tables hold it (an empty key keeps it)
            let k = keyFrom;
            for (; k < n; k++) {
                const c = b[k];
                if (c === QUOTE || c === BACKSLASH)
                    break;
                if (c !== a[j + 1 + k - keyFrom])
                    return false;
                h = Math.imul(h ^ c, 0x01000193);
            }
            if (b[k] !== QUOTE || a[j + 1 + k - keyFrom] !== QUOTE || !firstSeen(h, mark, depth))
                return false;
            const keyTo = k;
            i = bs.space(bs.space(keyTo + 1) + 1);
            j = as.space(as.space(j + 1 + keyTo - keyFrom + 1) + 1);
            // The values: before's end found, after's bytes compared with it.
            const bTo = bs.valueEnd(i);
            const length = bTo - i;
            let aTo = j + length;
            if (!sameBytes(b, i, bTo, a, j, aTo) || !endsValue(a, aTo)) {
                aTo = as.valueEnd(j);
                this.value(keyPath(prefix, bs.key(keyFrom, keyTo)), i, bTo, j, aTo, depth);
            }
            i = bs.space(bTo);
            j = as.space(aTo);
            const more = b[i] === COMMA;
            if (more !== (a[j] === COMMA))
                return false;
            if (!more)
                return true;
            i = bs.space(i + 1);
            j = as.space(j + 1);
        }
    }
    arrays(prefix, bStart, aStart, depth) {
        const be = this.before.elements(bStart);
        const ae = this.after.elements(aStart);
        const common = Math.min(be.length, ae.length);
        for (let k = 0; k < common; k += 2)
            this.value(indexPath(prefix, k >> 1), be[k], be[k + 1], ae[k], ae[k + 1], depth);
        const longer = be.length > ae.length ? be : ae;
        for (let k = common; k < longer.length; k += 2)
            this.out.push(indexPath(prefix, k >> 1));
    }
}
/** The end of a side's value: the scanner's capture may end in whitespace. */
function trimmedEnd(side) {
    let end = side.b.length;
    while (end > 0 && isSpace(side.b[end - 1]))
        end--;
    return end;
}
/** Every member of a side whose other side is missing (or not an object) is changed. */
function allMembers(side) {
    if (side.b[0] !== OPEN_OBJECT)
        return [];
    return [...side.byKey(side.members(0)).keys()].map((key) => keyPath('', key));
}
/**
 * The paths where `before` and `after` differ (either may be absent: an empty object). Each is an
 * object's raw text as the scanner handed it (first byte `{`).
 */
function changedPaths(before, after, strings) {
    if (before === undefined && after === undefined)
        return [];
    if (before === undefined)
        return allMembers(new Side(after.bytes, after.offset, strings));
    const b = new Side(before.bytes, before.offset, strings);
    if (after === undefined)
        return allMembers(b);
    const a = new Side(after.bytes, after.offset, strings);
    const comparison = new Comparison(b, a);
    comparison.value('', 0, trimmedEnd(b), 0, trimmedEnd(a), -1);
    return comparison.out;
}
/** Some member's value is `true` or a container (else none is known after apply). */
function mayHoldTrue(b, m) {
    for (let k = 2; k < m.at.length; k += 5) {
        const c = b[m.at[k]];
        if (c === TRUE_START || c === OPEN_OBJECT || c === OPEN_ARRAY)
            return true;
    }
    return false;
}
/**
 * The paths of `after_unknown` that hold `true` (known after apply): leaves that are `true`, and
 * containers past MAX_PATH_DEPTH with a `true` anywhere in them.
 */
function unknownPaths(unknown, strings) {
    const side = new Side(unknown.bytes, unknown.offset, strings);
    const out = [];
    const walk = (path, from, to, depth) => {
        const c = side.b[from];
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            if (depth >= MAX_PATH_DEPTH) {
                if (side.holdsTrue(from, to))
                    out.push(path);
            }
            else if (c === OPEN_OBJECT) {
                const m = side.members(from);
                if (mayHoldTrue(side.b, m))
                    for (const [key, k] of side.byKey(m))
                        walk(keyPath(path, key), m.at[k + 2], m.at[k + 3], depth + 1);
            }
            else {
                const e = side.elements(from);
                for (let k = 0; k < e.length; k += 2)
                    walk(indexPath(path, k >> 1), e[k], e[k + 1], depth + 1);
            }
        }
        else if (c === TRUE_START)
            out.push(path);
    };
    if (side.b[0] === OPEN_OBJECT) {
        const m = side.members(0);
        if (!mayHoldTrue(side.b, m))
            return out;
        for (const [key, k] of side.byKey(m))
            walk(keyPath('', key), m.at[k + 2], m.at[k + 3], 0);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/plan/attribute-diff.ts
/**
 * What an update or replacement changes, by attribute path, in roles (ChangedAttributes):
 * - changed: a path whose value differs between `change.before` and `change.after` (compared as
 *   hashes of the values' JSON text, whitespace outside strings left out), or is on one side
 *   only; readers descend MAX_PATH_DEPTH steps (attribute-paths.ts), so a changed tag reads
 *   `tags.Name`, and note each container they enter, so a change of shape is seen too;
 * - forces replacement: a path of `change.replace_paths` (also counted as changed);
 * - known after apply: a path holding `true` in `change.after_unknown`; listed apart, and a path
 *   at or under one is not "changed" (its new value is not known).
 * A side that is not an object counts as an empty one.
 *
 * Values are kept only with --show-values (the reader then hands each leaf's JSON text instead of
 * only its hash), and leave only through result(), past every check of value-policy.ts.
 */




/** Paths compared per side; a resource with more is compared on its first ones. */
const MAX_COMPARED_KEYS = 10_000;
/** Values shown per resource (the rest are counted). */
const MAX_SHOWN_VALUES = 12;
/** Hashes readers note for a container they descend into (never a value's hash: those are >= 0). */
const OBJECT_MARK = -1;
const ARRAY_MARK = -2;
/** Actions whose attribute names are wanted: an update, or a replacement of any order. */
function diffsAttributes(actions) {
    return (actions.includes('update') ||
        (actions.includes('create') && (actions.includes('delete') || actions.includes('forget'))));
}
function cut(name) {
    return name.length > plan_summary/* MAX_ATTRIBUTE_NAME */.Q1 ? `${name.slice(0, plan_summary/* MAX_ATTRIBUTE_NAME */.Q1 - 1)}…` : name;
}
/** Sorted, deduplicated, at most MAX_ATTRIBUTE_NAMES names, each cut to MAX_ATTRIBUTE_NAME. */
function boundAttributeNames(changed) {
    const all = [...new Set(changed)].sort();
    return { names: all.slice(0, MAX_ATTRIBUTE_NAMES).map(cut), total: all.length };
}
/**
 * Gathered while a reader passes over one change. A name or part written twice counts as
 * JSON.parse reads it: the last one wins.
 */
class AttributeDiff {
    strings;
    before = new Map();
    after = new Map();
    /** With --show-values: the leaves' JSON text, by path. */
    beforeText = new Map();
    afterText = new Map();
    /** `after_unknown` members: whether each holds a true. */
    unknown = new Map();
    /** Paths of `replace_paths`. */
    replaced = new Set();
    /** `before_sensitive` / `after_sensitive`, parsed (undefined: not in the plan). */
    beforeSensitive = undefined;
    afterSensitive = undefined;
    /**
     * Without --show-values: `before`, `after` and `after_unknown` as raw text, compared when the
     * change closes (attribute-raw-diff.ts) instead of path by path as they pass; null where a part
     * was too large to keep (the roles are then not read: see readable).
     */
    raw = new Map();
    /** `strings` decodes the keys of kept parts (see keep). */
    constructor(strings) {
        this.strings = strings;
    }
    /** A part of the change begins again (a repeated key): what the first one said is forgotten. */
    clear(part) {
        if (part !== 'replace_paths' && part !== 'before_sensitive' && part !== 'after_sensitive')
            this.raw.delete(part);
        if (part === 'before') {
            this.before.clear();
            this.beforeText.clear();
        }
        else if (part === 'after') {
            this.after.clear();
            this.afterText.clear();
        }
        else if (part === 'after_unknown')
            this.unknown.clear();
        else if (part === 'replace_paths')
            this.replaced.clear();
        else if (part === 'before_sensitive')
            this.beforeSensitive = undefined;
        else
            this.afterSensitive = undefined;
    }
    /** A part's raw text (an object), or null when it was too large to keep. */
    keep(part, value) {
        this.raw.set(part, value);
    }
    /** False when a kept part was too large: the roles of this change cannot be told. */
    readable() {
        for (const value of this.raw.values())
            if (value === null)
                return false;
        return true;
    }
    /** A value of `before` (after = false) or `after` at `path`, by its hash (and its text, to show). */
    value(after, path, hash, text) {
        const side = after ? this.after : this.before;
        const texts = after ? this.afterText : this.beforeText;
        // Written again (a key repeated in its object): nothing of the first value may stay.
        if (side.has(path))
            forgetWithin(path, side, texts);
        if (side.size < MAX_COMPARED_KEYS) {
            side.set(path, hash);
            if (text !== undefined)
                texts.set(path, text);
        }
    }
    /** A member of `after_unknown`, and whether it holds a true (known after apply). */
    unknownMember(path, holdsTrue) {
        if (this.unknown.has(path))
            forgetWithin(path, this.unknown);
        if (this.unknown.size < MAX_COMPARED_KEYS)
            this.unknown.set(path, holdsTrue);
    }
    /** A path of `replace_paths`. */
    replacePath(path) {
        if (this.replaced.size < MAX_COMPARED_KEYS && path !== '')
            this.replaced.add(path);
    }
    /** `before_sensitive` (after = false) or `after_sensitive`, parsed. */
    sensitivity(after, structure) {
        if (after)
            this.afterSensitive = structure;
        else
            this.beforeSensitive = structure;
    }
    /** The roles; values only when `gate` lets them be shown (--show-values). */
    result(address, gate) {
        const keptUnknown = this.raw.get('after_unknown');
        const unknown = readablePaths(keptUnknown
            ? unknownPaths(keptUnknown, this.strings)
            : [...this.unknown].filter(([, holdsTrue]) => holdsTrue).map(([p]) => p));
        const unknownSet = new Set(unknown);
        const isUnknown = (p) => unknownSet.size > 0 && withinAny(p, unknownSet);
        const leaves = [];
        const keptBefore = this.raw.get('before');
        const keptAfter = this.raw.get('after');
        if (keptBefore || keptAfter) {
            for (const p of changedPaths(keptBefore ?? undefined, keptAfter ?? undefined, this.strings))
                if (!isUnknown(p))
                    leaves.push(p);
        }
        else {
            for (const [p, hash] of this.before)
                if (this.after.get(p) !== hash && !isUnknown(p))
                    leaves.push(p);
            for (const p of this.after.keys())
                if (!this.before.has(p) && !isUnknown(p))
                    leaves.push(p);
        }
        const replacing = readablePaths(this.replaced);
        // Sorted and without repeats already (readablePaths): only bounded here.
        const changed = readablePaths(replacing.length === 0 ? leaves : [...leaves, ...replacing]);
        const bounded = { names: changed.slice(0, plan_summary/* MAX_ATTRIBUTE_NAMES */.$9).map(cut), total: changed.length };
        const out = { names: bounded.names, total: bounded.total };
        if (replacing.length > 0)
            out.replacing = replacing.slice(0, plan_summary/* MAX_ATTRIBUTE_NAMES */.$9).map(cut);
        if (unknown.length > 0) {
            out.unknown = unknown.slice(0, plan_summary/* MAX_ATTRIBUTE_NAMES */.$9).map(cut);
            out.unknownTotal = unknown.length;
        }
        if (gate?.policy.show === true && address !== undefined) {
            const values = this.values(leaves, address, gate);
            if (values.length > 0)
                out.values = values;
        }
        return out;
    }
    /** The changed leaves' values that may be shown. */
    values(leaves, address, gate) {
        const type = resourceTypeOf(address);
        const out = [];
        for (const p of [...new Set(leaves)].sort()) {
            if (out.length >= MAX_SHOWN_VALUES)
                break;
            const before = this.beforeText.get(p);
            const after = this.afterText.get(p);
            // A container mark or a value not handed as text: nothing to show.
            if (before === undefined && after === undefined)
                continue;
            if (gate.hiddenName(address, type, p))
                continue;
            const steps = pathSteps(p);
            if (sensitiveAt(this.beforeSensitive, steps) || sensitiveAt(this.afterSensitive, steps))
                continue;
            if ((before !== undefined && secretShaped(before)) || (after !== undefined && secretShaped(after)))
                continue;
            const b = before === undefined ? undefined : shownValue(before);
            const a = after === undefined ? undefined : shownValue(after);
            if ((b !== undefined && 'length' in b) || (a !== undefined && 'length' in a)) {
                const length = Math.max(lengthOf(b), lengthOf(a));
                out.push({ path: p, note: `(${length.toLocaleString('en-US')} characters, changed)` });
            }
            else {
                out.push({
                    path: p,
                    ...(b === undefined ? {} : { before: b.text }),
                    ...(a === undefined ? {} : { after: a.text }),
                });
            }
        }
        return out;
    }
}
function lengthOf(shown) {
    if (shown === undefined)
        return 0;
    return 'length' in shown ? shown.length : shown.text.length;
}
/** `aws_instance` of `module.a.aws_instance.web["x"]`. */
function resourceTypeOf(address) {
    const parts = address.replace(/\[[^\]]*\]$/, '').split('.');
    return parts.length >= 2 ? parts[parts.length - 2] : '';
}
/** Removes `path` and every path under it from the maps (rare: a key written twice). */
function forgetWithin(path, ...maps) {
    for (const map of maps)
        for (const key of map.keys())
            if (isWithin(key, path))
                map.delete(key);
}

;// CONCATENATED MODULE: ./src/plan/key-table.ts
/**
 * Matches object keys against the few a frame cares about by comparing bytes, so that the keys of
 * every resource entry (tens of thousands of them) are never decoded into strings.
 */
class KeyTable {
    names;
    encoded;
    /** The id of `names[k]`, for `match`: a plain array, one load per hit. */
    idList;
    ids = new Map();
    /**
     * Key `names[i]` gets the id `idOf(names[i])` (by default its position + 1); 0 means "not one of
     * these". Ids given by name keep a key's id the same in every table and under any reordering.
     */
    constructor(names, idOf = (_, index) => index + 1) {
        this.names = names;
        const encoder = new TextEncoder();
        this.encoded = names.map((name) => encoder.encode(name));
        this.idList = names.map((name, i) => idOf(name, i));
        names.forEach((name, i) => this.ids.set(name, this.idList[i]));
    }
    lookup(name) {
        return this.ids.get(name) ?? 0;
    }
    /** `decoded` is the key as text when it had escapes (its bytes are then not the key's). */
    match(bytes, start, end, decoded) {
        if (decoded !== null)
            return this.lookup(decoded);
        const length = end - start;
        const encoded = this.encoded;
        outer: for (let k = 0; k < encoded.length; k++) {
            const name = encoded[k];
            if (name.length !== length)
                continue;
            for (let j = 0; j < length; j++)
                if (bytes[start + j] !== name[j])
                    continue outer;
            return this.idList[k];
        }
        return 0;
    }
}

;// CONCATENATED MODULE: ./src/plan/plan-frames.ts

// Frames: the containers the walker is inside of, in event mode.
const F_TOP = 0;
const F_CHANGE_LIST = 1;
const F_CHANGE_ENTRY = 2;
const F_CHANGE = 3;
const F_ACTIONS = 4;
const F_OUTPUT_CHANGES = 5;
const F_OUTPUT_CHANGE = 6;
const F_PLANNED = 7;
const F_PLANNED_OUTPUTS = 8;
const F_PLANNED_OUTPUT = 9;
const F_PRIOR = 10;
const F_PRIOR_VALUES = 11;
const F_MODULE = 12;
const F_RESOURCES = 13;
const F_RESOURCE = 14;
const F_CHILD_MODULES = 15;
/** `change.before` / `change.after` of an update or replacement: attribute values, hashed. */
const F_ATTRIBUTES = 16;
/** `change.after_unknown` of an update or replacement. */
const F_UNKNOWN = 17;
/** `change.replace_paths`, and one path in it. */
const F_REPLACE_PATHS = 18;
const F_REPLACE_PATH = 19;
const LAST_FRAME = F_REPLACE_PATH;
/**
 * Every key the walker reads, in any frame. A key's id is its place here + 1, whichever table it
 * is in: `address` is K_ADDRESS in a change entry and in a state resource alike, and reordering a
 * frame's table cannot make the walker read the wrong field.
 */
const TOP_KEY_NAMES = [
    'format_version',
    'terraform_version',
    'errored',
    'resource_changes',
    'resource_drift',
    'output_changes',
    'planned_values',
    'prior_state',
];
const KEY_NAMES = [
    ...TOP_KEY_NAMES,
    'address',
    'mode',
    'previous_address',
    'change',
    'actions',
    'importing',
    'after',
    'after_unknown',
    'after_sensitive',
    'outputs',
    'sensitive',
    'values',
    'root_module',
    'resources',
    'child_modules',
    'module_address',
    'type',
    'name',
    'index',
    'before',
    'replace_paths',
    'before_sensitive',
    'provider_name',
];
// Frame.seen holds a frame's keys as bits of a 32-bit integer (`1 << id`, ids 1..31; bit 31 is
// the sign bit, which `|` and `&` treat like any other).
if (KEY_NAMES.length > 31)
    throw new Error('plan-frames: more key ids than Frame.seen has bits');
/** A key's name from its id (for messages). */
function keyName(id) {
    return KEY_NAMES[id - 1] ?? '';
}
/** A key's id (0: a key the walker does not use). */
function keyId(name) {
    return KEY_NAMES.indexOf(name) + 1;
}
/** A frame's keys; each matches to its id in KEY_NAMES, not to its place in this table. */
function keyTable(...names) {
    return new KeyTable(names, (name) => keyId(name));
}
const K_OTHER = 0;
const K_FORMAT_VERSION = keyId('format_version');
const K_TERRAFORM_VERSION = keyId('terraform_version');
const K_ERRORED = keyId('errored');
const K_RESOURCE_CHANGES = keyId('resource_changes');
const K_RESOURCE_DRIFT = keyId('resource_drift');
const K_OUTPUT_CHANGES = keyId('output_changes');
const K_PLANNED_VALUES = keyId('planned_values');
const K_PRIOR_STATE = keyId('prior_state');
const K_ADDRESS = keyId('address');
const K_MODE = keyId('mode');
const K_PREVIOUS_ADDRESS = keyId('previous_address');
const K_CHANGE = keyId('change');
const K_ACTIONS = keyId('actions');
const K_IMPORTING = keyId('importing');
const K_AFTER = keyId('after');
const K_AFTER_UNKNOWN = keyId('after_unknown');
const K_AFTER_SENSITIVE = keyId('after_sensitive');
const K_RESOURCES = keyId('resources');
const K_CHILD_MODULES = keyId('child_modules');
const K_BEFORE = keyId('before');
const K_REPLACE_PATHS = keyId('replace_paths');
const K_BEFORE_SENSITIVE = keyId('before_sensitive');
/** Labels an address is rebuilt from when `address` is missing (resource-address.ts). */
const K_MODULE_ADDRESS = keyId('module_address');
const K_TYPE = keyId('type');
const K_NAME = keyId('name');
const K_INDEX = keyId('index');
/** Read only for drift entries with --send-drift-resources (the resource's provider address). */
const K_PROVIDER_NAME = keyId('provider_name');
const TOP_KEYS = keyTable(...TOP_KEY_NAMES);
const ENTRY_KEYS = keyTable('address', 'mode', 'previous_address', 'change', 'module_address', 'type', 'name', 'index', 'provider_name');
/** A change whose actions are not known yet, or are an update or replacement: its values too. */
const CHANGE_KEYS = keyTable('actions', 'importing', 'before', 'after', 'after_unknown', 'replace_paths', 'before_sensitive', 'after_sensitive');
/** A change known to be neither: its values are skipped unseen (see PlanWalker.keyFilter). */
const PLAIN_CHANGE_KEYS = keyTable('actions', 'importing');
const OUTPUT_CHANGE_KEYS = keyTable('actions', 'after', 'after_unknown', 'after_sensitive');
const PLANNED_KEYS = keyTable('outputs');
const PLANNED_OUTPUT_KEYS = keyTable('sensitive');
const PRIOR_KEYS = keyTable('values');
const PRIOR_VALUES_KEYS = keyTable('root_module');
/** A state module's own `address` names the module its resources are in. */
const MODULE_KEYS = keyTable('resources', 'child_modules', 'address');
const RESOURCE_KEYS = keyTable('address', 'mode', 'type', 'name', 'index');
const COMMON_VALUE_NAMES = [
    'no-op',
    'create',
    'update',
    'delete',
    'read',
    'forget',
    'managed',
    'data',
    'ephemeral',
];
const COMMON_VALUES = new KeyTable(COMMON_VALUE_NAMES);
const KEYS_OF_FRAME = [];
KEYS_OF_FRAME[F_TOP] = TOP_KEYS;
KEYS_OF_FRAME[F_CHANGE_ENTRY] = ENTRY_KEYS;
KEYS_OF_FRAME[F_CHANGE] = CHANGE_KEYS;
KEYS_OF_FRAME[F_OUTPUT_CHANGE] = OUTPUT_CHANGE_KEYS;
KEYS_OF_FRAME[F_PLANNED] = PLANNED_KEYS;
KEYS_OF_FRAME[F_PLANNED_OUTPUT] = PLANNED_OUTPUT_KEYS;
KEYS_OF_FRAME[F_PRIOR] = PRIOR_KEYS;
KEYS_OF_FRAME[F_PRIOR_VALUES] = PRIOR_VALUES_KEYS;
KEYS_OF_FRAME[F_MODULE] = MODULE_KEYS;
KEYS_OF_FRAME[F_RESOURCE] = RESOURCE_KEYS;
/**
 * The key sets the scanner may filter members by (see ScanHandler.keyFilter): every frame with a
 * key table but the top level, whose every key is reported to the visitor.
 */
const KEY_SETS = [];
/** The index in KEY_SETS of each frame kind's keys, or -1. */
const KEY_SET_OF_FRAME = [];
for (let kind = F_TOP; kind <= LAST_FRAME; kind++) {
    const table = KEYS_OF_FRAME[kind];
    KEY_SET_OF_FRAME[kind] =
        table === undefined || table === null || kind === F_TOP ? -1 : KEY_SETS.push([...table.names]) - 1;
}
const PLAIN_CHANGE_KEY_SET = KEY_SETS.push([...PLAIN_CHANGE_KEYS.names]) - 1;
const KIND_NAMES = ['an object', 'an array', 'a string', 'a number', 'true', 'false', 'null'];
/** One open container, with the fields gathered from it so far. */
class Frame {
    kind;
    parent;
    via;
    /** The key whose value comes next (objects), or K_OTHER. */
    key = K_OTHER;
    /** The name of the member whose value comes next (objects keyed by output name). */
    name = '';
    /** Elements seen so far (arrays). */
    count = 0;
    address = undefined;
    mode = undefined;
    /** The labels an address is rebuilt from when `address` is missing (resource-address.ts). */
    moduleAddress = undefined;
    type = undefined;
    resourceName = undefined;
    indexJson = undefined;
    /** A label came after `address` and was skipped unread (WalkerBase.label). */
    labelsSkipped = false;
    previousAddress = undefined;
    /** `provider_name` of a drift entry (only read with --send-drift-resources). */
    providerName = undefined;
    actions = undefined;
    importing = false;
    hasChange = false;
    after = undefined;
    afterJson = undefined;
    afterTooLarge = false;
    afterUnknown = false;
    afterSensitive = false;
    sensitive = false;
    /** Update or replacement entries: what the change's values say changed (see AttributeDiff). */
    diff = undefined;
    /** In an F_ATTRIBUTES frame: true for `after`, false for `before`. */
    isAfter = false;
    /** F_ATTRIBUTES, F_UNKNOWN and F_REPLACE_PATH frames: the attribute path of this container. */
    prefix = '';
    /** Steps below the top level (F_ATTRIBUTES, F_UNKNOWN): 0 for `before`/`after`/`after_unknown`. */
    depth = 0;
    /** An F_ATTRIBUTES or F_UNKNOWN frame over an array (its members have no keys). */
    isArray = false;
    /** The keys of this object read so far, as bits (1 << key id): a repeated key is noticed. */
    seen = 0;
    /** The current key was seen before in this object (the last one wins: JSON.parse reads so). */
    repeat = false;
    /**
     * A change entry whose `actions` was written again after the first one let its values be
     * skipped unseen: its changed attribute names cannot be known.
     */
    diffBlind = false;
    /**
     * Prior-state containers: for each key whose value holds prior-state resources, the span of
     * PlanVisitor.priorStateResource calls its last value made (from, to), by key id; a repeated
     * key takes them back (PlanVisitor.priorStateRetract).
     */
    spans = undefined;
    /** The priorStateResource calls made before this prior-state container began (see `spans`), or -1. */
    spanStart = -1;
    constructor(kind, parent, 
    /** How the parent reached this frame: a key (`.x`) or an element index, for error messages. */
    via) {
        this.kind = kind;
        this.parent = parent;
        this.via = via;
    }
    path() {
        const parts = [typeof this.via === 'number' ? `[${this.via}]` : this.via];
        for (let f = this.parent; f !== null && f.kind !== F_TOP; f = f.parent) {
            parts.push(typeof f.via === 'number' ? `[${f.via}]` : f.via);
        }
        return parts.reverse().join('').replace(/^\./, '');
    }
}
function member(name) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

;// CONCATENATED MODULE: ./src/plan/change-frames.ts
/**
 * Resource changes and drift: the entries of `resource_changes` and `resource_drift`, their
 * labels, `change.actions` and `change.importing`, and for updates and replacements the names of
 * the attributes that change (attribute-diff.ts: `before`, `after`, `after_unknown`,
 * `replace_paths`, values seen only as hashes).
 *
 * A key written twice in an entry or a change replaces the first, as JSON.parse reads it: a
 * repeated `change` starts the entry's change again, a repeated part of a change clears what the
 * first said. One case cannot be read back: `actions` written again after actions that let the
 * values be skipped unseen (a create, a delete); that entry gets no attribute names.
 *
 * Flags are lenient: `importing` counts when present and not null, `after_unknown` when a `true`
 * occurs anywhere in it.
 */





/** A value inside `resource_changes` or `resource_drift` (frames F_CHANGE_LIST to F_REPLACE_PATH). */
function changeValue(w, f, kind, offset) {
    switch (f.kind) {
        case F_CHANGE_LIST:
            return w.element(f, kind, KIND_OBJECT, F_CHANGE_ENTRY, offset);
        case F_CHANGE_ENTRY:
            return entryValue(w, f, kind, offset);
        case F_CHANGE:
            if (f.key === K_ACTIONS) {
                // Written again after actions that let the values be skipped unseen (a create, a
                // delete): if the last actions are an update, its attribute names cannot be known.
                const entry = f.parent;
                if (f.repeat && entry.actions !== undefined && !diffsAttributes(entry.actions))
                    entry.diffBlind = true;
                return w.enter(f, kind, KIND_ARRAY, F_ACTIONS, '.actions', offset, true);
            }
            if (f.key === K_IMPORTING)
                f.parent.importing = kind !== KIND_NULL;
            else if (f.key === K_BEFORE_SENSITIVE || f.key === K_AFTER_SENSITIVE) {
                // Read only to decide which values --show-values may show.
                if (w.values?.policy.show === true && w.wantsDiff(f.parent)) {
                    const diff = (f.parent.diff ??= new AttributeDiff(w.strings));
                    if (f.repeat)
                        diff.clear(keyName(f.key));
                    return D_RAW;
                }
            }
            else if (f.key !== K_OTHER && w.wantsDiff(f.parent))
                return diffValue(w, f, kind);
            return D_SKIP;
        case F_ATTRIBUTES:
            return attributeValue(w, f, kind);
        case F_UNKNOWN:
            return unknownValue(w, f, kind);
        case F_REPLACE_PATHS:
            if (kind !== KIND_ARRAY)
                return D_SKIP;
            w.frame = new Frame(F_REPLACE_PATH, f, f.count++);
            return D_DESCEND;
        default: // F_REPLACE_PATH: its steps make the path (closeReplacePath)
            if (kind === KIND_STRING)
                return D_CAPTURE;
            if (kind === KIND_NUMBER)
                return D_RAW;
            f.count = -1;
            return D_SKIP;
    }
}
/** The path of the member whose value comes next in an F_ATTRIBUTES or F_UNKNOWN frame. */
function memberPath(f) {
    return f.isArray ? indexPath(f.prefix, f.count++) : keyPath(f.prefix, f.name);
}
/** A frame one step down an attribute path. */
function descend(w, f, kind, path) {
    const child = new Frame(f.kind, f, f.via);
    child.isAfter = f.isAfter;
    child.prefix = path;
    child.depth = f.depth + 1;
    child.isArray = kind === KIND_ARRAY;
    w.frame = child;
    return D_DESCEND;
}
/**
 * A value in `before` or `after`: containers are walked MAX_PATH_DEPTH steps down (their shape
 * noted), leaves and deeper values hashed, or with --show-values handed as text.
 */
function attributeValue(w, f, kind) {
    const path = memberPath(f);
    if ((kind === KIND_OBJECT || kind === KIND_ARRAY) && f.depth < MAX_PATH_DEPTH) {
        w.diffOf(f).value(f.isAfter, path, kind === KIND_OBJECT ? OBJECT_MARK : ARRAY_MARK);
        return descend(w, f, kind, path);
    }
    f.name = path;
    return w.values?.policy.show === true ? D_RAW : D_HASH;
}
/** A value in `after_unknown`: every member is told, true or not (the last one written wins). */
function unknownValue(w, f, kind) {
    const path = memberPath(f);
    if (kind === KIND_OBJECT || kind === KIND_ARRAY) {
        if (f.depth < MAX_PATH_DEPTH) {
            // Noted, so that a key written twice is seen (AttributeDiff.unknownMember).
            w.diffOf(f).unknownMember(path, false);
            return descend(w, f, kind, path);
        }
        f.name = path;
        return D_SCAN_TRUE;
    }
    w.diffOf(f).unknownMember(path, kind === KIND_TRUE);
    return D_SKIP;
}
/** A `replace_paths` path closes: its steps, if all were keys and indexes, name a path. */
function closeReplacePath(w, f) {
    if (f.count !== -1)
        w.diffOf(f).replacePath(f.prefix);
}
function entryValue(w, f, kind, offset) {
    switch (f.key) {
        case K_ADDRESS:
            // null is the same as absent: the address is rebuilt from the labels.
            f.address = undefined;
            return w.expectString(f, '.address', kind, offset, false);
        case K_MODE:
            f.mode = undefined;
            return w.expectString(f, '.mode', kind, offset, false);
        case K_PREVIOUS_ADDRESS:
            f.previousAddress = undefined;
            return w.expectString(f, '.previous_address', kind, offset, false);
        case K_PROVIDER_NAME:
            f.providerName = undefined;
            // Only drift resources sent one by one need it; everything else reads as fast as before.
            if (w.maxDriftResources === 0 || !w.isDrift(f))
                return D_SKIP;
            return w.expectString(f, '.provider_name', kind, offset, false);
        case K_CHANGE:
            f.hasChange = true;
            // A second `change` replaces the first (JSON.parse keeps the last): nothing of the first
            // may stay behind.
            f.importing = false;
            f.actions = undefined;
            f.diff = undefined;
            f.diffBlind = false;
            return w.enter(f, kind, KIND_OBJECT, F_CHANGE, '.change', offset, true);
        default:
            return w.label(f, kind, offset);
    }
}
/**
 * `before`, `after`, `after_unknown` or `replace_paths` of an update or replacement: walked into
 * when of the expected shape; any other shape counts as empty (the names are a reading aid, not
 * something to refuse a plan over).
 */
function diffValue(w, f, kind) {
    const diff = (f.parent.diff ??= new AttributeDiff(w.strings));
    const key = f.key;
    // Written again: the second replaces the first, whatever its shape.
    if (f.repeat)
        diff.clear(keyName(key));
    let child;
    if (key === K_REPLACE_PATHS) {
        if (kind !== KIND_ARRAY)
            return D_SKIP;
        child = F_REPLACE_PATHS;
    }
    else {
        if (kind !== KIND_OBJECT)
            return D_SKIP;
        // Without values to show, the object is kept whole and compared when the change closes
        // (attribute-raw-diff.ts): nothing is built for the attributes that did not change.
        if (w.values?.policy.show !== true)
            return D_KEEP;
        child = key === K_AFTER_UNKNOWN ? F_UNKNOWN : F_ATTRIBUTES;
    }
    const frame = new Frame(child, f, key === K_BEFORE ? '.before' : key === K_AFTER ? '.after' : '.x');
    frame.isAfter = key === K_AFTER;
    w.frame = frame;
    return D_DESCEND;
}
/** An entry of `resource_changes` or `resource_drift` closes: one visitor call. */
function closeChangeEntry(w, f, offset) {
    if (!f.hasChange)
        throw w.invalid(f, '.change', 'is missing', offset);
    if (f.actions === undefined)
        throw w.invalid(f, '.change.actions', 'is missing', offset);
    // The labels and the place are only needed when `address` is missing (rare): not built else.
    const parts = f.address === undefined ? w.partsOf(f) : undefined;
    const address = parts === undefined ? f.address : displayAddress(parts, f.path());
    const drift = w.isDrift(f);
    const entry = {
        address,
        wholeResource: parts !== undefined && namesWholeResource(parts),
        mode: f.mode,
        actions: f.actions,
        importing: f.importing,
        previousAddress: f.previousAddress,
        changedAttributes: f.diff !== undefined && !f.diffBlind && f.diff.readable() && w.wantsDiff(f)
            ? f.diff.result(address, w.values)
            : undefined,
        ...(drift && f.providerName !== undefined ? { providerName: f.providerName } : {}),
    };
    if (entry.changedAttributes !== undefined) {
        if (drift)
            w.driftDiffed++;
        else
            w.diffed++;
    }
    if (drift)
        w.visitor.resourceDrift(entry);
    else
        w.visitor.resourceChange(entry);
}
/**
 * Raw text the change asked for: a leaf of `before`/`after` with --show-values (hashed here, kept
 * as text for value-policy.ts to judge), a numeric step of a `replace_paths` path, a whole
 * `before`/`after`/`after_unknown` without --show-values (kept for AttributeDiff), or a
 * `before_sensitive`/`after_sensitive` structure.
 */
function capturedDiffValue(w, f, raw, offset) {
    if (f.kind === F_CHANGE && (f.key === K_BEFORE || f.key === K_AFTER || f.key === K_AFTER_UNKNOWN)) {
        // Kept as bytes, compared when the change closes.
        w.diffOf(f).keep(keyName(f.key), raw === null ? null : { bytes: raw, offset });
        return;
    }
    const text = raw === null ? undefined : w.strings.text(raw, 0, raw.length, false, offset);
    if (f.kind === F_REPLACE_PATH) {
        const index = text === undefined ? NaN : Number(text);
        if (Number.isInteger(index) && index >= 0)
            f.prefix = indexPath(f.prefix, index);
        else
            f.count = -1;
    }
    else if (f.kind === F_ATTRIBUTES) {
        // Past the scanner's raw limit: changed for all anyone can tell, and never shown.
        w.diffOf(f).value(f.isAfter, f.name, text === undefined ? NaN : textHash(text), text);
    }
    else {
        let structure = undefined;
        try {
            structure = text === undefined ? undefined : JSON.parse(text);
        }
        catch {
            // Unreadable: as if absent, so every value stays hidden.
        }
        w.diffOf(f).sensitivity(f.key === K_AFTER_SENSITIVE, structure);
    }
}
/** A 53-bit hash of a value's text (FNV-1a over two lanes). */
function textHash(text) {
    let a = 0x811c9dc5;
    let b = 0x01000193;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    return (a >>> 0) * 0x200000 + (b >>> 11);
}

;// CONCATENATED MODULE: ./src/plan/plan-visitor.ts
/**
 * The seam between reading a plan document and understanding it.
 *
 * A reader (the streaming byte reader in production; a JSON.parse walker in tests) walks one
 * `terraform show -json` / `tofu show -json` document and calls a PlanVisitor with only what the
 * report needs. Everything else (attribute values, variables, configuration) is skipped by the
 * reader and never reaches the visitor, so it can never leak into a report.
 */
/** Output values above this size (as JSON text) are not kept by readers. */
const MAX_OUTPUT_VALUE_BYTES = 64 * 1024;

;// CONCATENATED MODULE: ./src/plan/output-value.ts
/**
 * The rules for an output change's `after`, `after_unknown` and `after_sensitive`, in one place so
 * that every reader (the streaming reader and the JSON.parse walker) applies them the same way.
 */



// The depth limit is the scanner's (it gives up a raw capture past it): one number for both.

/** The nesting depth of a parsed value, without recursion; stops counting past `limit`. */
function nestingDepth(value, limit = MAX_OUTPUT_VALUE_DEPTH) {
    let deepest = 0;
    const pending = [[value, 0]];
    while (pending.length > 0) {
        const [v, depth] = pending.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        deepest = Math.max(deepest, depth + 1);
        if (deepest > limit)
            return deepest;
        for (const item of Object.values(v))
            pending.push([item, depth + 1]);
    }
    return deepest;
}
const TOO_LARGE = { after: undefined, afterJson: undefined, afterTooLarge: true };
/**
 * From the value's JSON text as the plan wrote it (the streaming reader): the numbers keep their
 * text (compactJson), so `1e400` is reported as `1e400`, not JSON.parse's `Infinity` (which
 * JSON.stringify writes as `null`), and a 300-digit integer with every digit. Throws SyntaxError
 * for text that is not JSON.
 */
function keptOutputText(text) {
    const value = JSON.parse(text);
    if (nestingDepth(value) > MAX_OUTPUT_VALUE_DEPTH)
        return TOO_LARGE;
    let json = compactJson(text);
    // A key written twice in an object of the value: JSON.parse keeps the last, and so does the text.
    if (typeof value === 'object' && value !== null && memberCountOfCompact(json) !== memberCountOfValue(value))
        json = compactJsonLastWins(text);
    return kept(value, json);
}
/**
 * Dropped (and flagged) above MAX_OUTPUT_VALUE_BYTES, measured on the compact text (the UTF-8
 * length of `json`, not of the bytes in the file, which depend on indentation and escapes), so
 * readers agree on it.
 */
function kept(value, json) {
    if (json !== undefined && Buffer.byteLength(json, 'utf8') > MAX_OUTPUT_VALUE_BYTES)
        return TOO_LARGE;
    return { after: value, afterJson: json, afterTooLarge: false };
}
/** `value` is true or holds a true anywhere inside (without recursion: values may nest deeply). */
function containsTrue(value) {
    const pending = [value];
    while (pending.length > 0) {
        const v = pending.pop();
        if (v === true)
            return true;
        // A loop, not push(...v): spreading a huge array overflows the call stack.
        if (typeof v === 'object' && v !== null)
            for (const item of Object.values(v))
                pending.push(item);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/plan/output-frames.ts
/**
 * Outputs: `output_changes` (each output's actions, value after the plan, and whether it is
 * unknown or sensitive) and `planned_values.outputs` (only `sensitive`).
 *
 * Sensitive once, sensitive always: a `sensitive` or `after_sensitive` written again does not undo
 * an earlier true (the one exception to "the last wins", see output-tally.ts).
 */



/** A value inside `output_changes` or `planned_values` (frames F_OUTPUT_CHANGES to F_PLANNED_OUTPUT). */
function outputValue(w, f, kind, offset) {
    switch (f.kind) {
        case F_OUTPUT_CHANGES:
        case F_PLANNED_OUTPUTS: {
            const child = f.kind === F_OUTPUT_CHANGES ? F_OUTPUT_CHANGE : F_PLANNED_OUTPUT;
            const entered = w.enter(f, kind, KIND_OBJECT, child, member(f.name), offset, true);
            w.frame.name = f.name;
            return entered;
        }
        case F_OUTPUT_CHANGE:
            switch (f.key) {
                case K_ACTIONS:
                    return w.enter(f, kind, KIND_ARRAY, F_ACTIONS, '.actions', offset, true);
                case K_AFTER:
                    return D_RAW;
                case K_AFTER_UNKNOWN:
                case K_AFTER_SENSITIVE:
                    return D_SCAN_TRUE;
                default:
                    return D_SKIP;
            }
        case F_PLANNED:
            return f.key === K_OTHER
                ? D_SKIP
                : w.enter(f, kind, KIND_OBJECT, F_PLANNED_OUTPUTS, '.outputs', offset, false);
        default: // F_PLANNED_OUTPUT
            if (f.key !== K_OTHER && kind === KIND_TRUE)
                f.sensitive = true;
            return D_SKIP;
    }
}
/** `after` (raw text, or null when too large), `after_unknown` or `after_sensitive` of an output change. */
function capturedOutput(w, f, raw, sawTrue, offset) {
    if (f.key === K_AFTER_UNKNOWN)
        f.afterUnknown = sawTrue;
    else if (f.key === K_AFTER_SENSITIVE)
        f.afterSensitive ||= sawTrue;
    else if (raw === null) {
        f.after = undefined;
        f.afterJson = undefined;
        f.afterTooLarge = true;
    }
    else {
        let kept;
        try {
            // From the text, not a parsed value: numbers are reported as the plan wrote them.
            kept = keptOutputText(w.strings.text(raw, 0, raw.length, false, offset));
        }
        catch (error) {
            if (!(error instanceof SyntaxError))
                throw error;
            throw w.errors.error('INPUT_SYNTAX', `${f.path()}.after is not valid JSON`, offset);
        }
        f.after = kept.after;
        f.afterJson = kept.afterJson;
        f.afterTooLarge = kept.afterTooLarge;
    }
}
/** An output change or planned output closes: one visitor call. */
function closeOutput(w, f, offset) {
    if (f.kind === F_PLANNED_OUTPUT) {
        if (f.sensitive)
            w.visitor.plannedOutputSensitive(f.name);
        return;
    }
    if (f.actions === undefined)
        throw w.invalid(f, '.actions', 'is missing', offset);
    w.visitor.outputChange({
        name: f.name,
        actions: f.actions,
        after: f.after,
        afterJson: f.afterJson,
        afterTooLarge: f.afterTooLarge,
        afterUnknown: f.afterUnknown,
        afterSensitive: f.afterSensitive,
    });
}

;// CONCATENATED MODULE: ./src/plan/prior-frames.ts
/**
 * The prior state: `prior_state.values.root_module`, its resources and child modules, read for
 * the drift `unchanged` count (PlanVisitor.priorStateResource).
 *
 * A container written twice in one object (`values`, `root_module`, a module's `resources` or
 * `child_modules`) replaces the first, as JSON.parse reads it: each container's value remembers
 * the span of priorStateResource calls it made, and a repeated key takes them back
 * (PlanVisitor.priorStateRetract) before its own value is read.
 */



/** A value inside the prior state (frames F_PRIOR to F_RESOURCE). */
function priorValue(w, f, kind, offset) {
    switch (f.kind) {
        case F_PRIOR:
            return f.key === K_OTHER
                ? D_SKIP
                : enterPrior(w, f, kind, KIND_OBJECT, F_PRIOR_VALUES, '.values', offset);
        case F_PRIOR_VALUES:
            return f.key === K_OTHER
                ? D_SKIP
                : enterPrior(w, f, kind, KIND_OBJECT, F_MODULE, '.root_module', offset);
        case F_MODULE:
            if (f.key === K_ADDRESS) {
                f.address = undefined;
                return w.expectString(f, '.address', kind, offset, false);
            }
            if (f.key === K_RESOURCES)
                return enterPrior(w, f, kind, KIND_ARRAY, F_RESOURCES, '.resources', offset);
            if (f.key === K_CHILD_MODULES) {
                return enterPrior(w, f, kind, KIND_ARRAY, F_CHILD_MODULES, '.child_modules', offset);
            }
            return D_SKIP;
        case F_RESOURCES:
            return w.element(f, kind, KIND_OBJECT, F_RESOURCE, offset);
        case F_CHILD_MODULES:
            return w.element(f, kind, KIND_OBJECT, F_MODULE, offset);
        default: // F_RESOURCE
            if (f.key === K_ADDRESS) {
                f.address = undefined;
                return w.expectString(f, '.address', kind, offset, false);
            }
            if (f.key === K_MODE) {
                f.mode = undefined;
                return w.expectString(f, '.mode', kind, offset, false);
            }
            return f.key === K_MODULE_ADDRESS ? D_SKIP : w.label(f, kind, offset);
    }
}
/**
 * A prior-state container (`values`, `root_module`, a module's `resources` or `child_modules`):
 * entered like any other, and the prior-state resources its value reports are remembered as a
 * span of calls, so that the same key written again in the same object can take them back.
 */
function enterPrior(w, f, kind, want, child, via, offset) {
    if (f.repeat && f.spans !== undefined) {
        const from = f.spans[2 * f.key];
        const to = f.spans[2 * f.key + 1];
        if (from !== undefined && to !== undefined && to > from)
            w.visitor.priorStateRetract(from, to);
        f.spans[2 * f.key] = f.spans[2 * f.key + 1] = w.priorCalls;
    }
    const disposition = w.enter(f, kind, want, child, via, offset, false);
    if (disposition === D_DESCEND)
        w.frame.spanStart = w.priorCalls;
    return disposition;
}
/** A prior-state container closes: the span of calls its value made is its parent key's. */
function endSpan(w, f) {
    const parent = f.parent;
    const spans = (parent.spans ??= []);
    spans[2 * parent.key] = f.spanStart;
    spans[2 * parent.key + 1] = w.priorCalls;
}
/** A state resource closes: one priorStateResource call. */
function closeResource(w, f) {
    // A state module's `address` counts when it came before its `resources` (as Terraform writes
    // it): a reader that goes on reading cannot know one that comes after.
    // The address is rebuilt (labels, place) only when missing: most resources carry it.
    const address = f.address ?? displayAddress({ ...w.partsOf(f), moduleAddress: f.parent.parent.address }, f.path());
    w.visitor.priorStateResource(address, f.mode);
    w.priorCalls++;
}

;// CONCATENATED MODULE: ./src/scan/string-reader.ts
/** Slots of the attribute name cache (a power of two). */
const NAME_SLOTS = 1024;
class StringReader {
    errors;
    utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    /** Interned attribute names (see attributeName). */
    names = new Array(NAME_SLOTS);
    constructor(errors) {
        this.errors = errors;
    }
    /**
     * An attribute name (a key without escapes). The same few dozen names come back in every
     * resource of a type, so they are interned: found by a hash of their bytes and checked byte by
     * byte, without building a string each time.
     */
    attributeName(bytes, start, end, offset) {
        const length = end - start;
        if (length > 64)
            return this.text(bytes, start, end, false, offset);
        let h = length;
        for (let k = start; k < end; k++)
            h = Math.imul(h ^ bytes[k], 0x01000193);
        const slot = (h >>> 0) & (NAME_SLOTS - 1);
        const known = this.names[slot];
        if (known !== undefined && known.length === length) {
            let k = 0;
            while (k < length && known.charCodeAt(k) === bytes[start + k])
                k++;
            if (k === length)
                return known;
        }
        const name = this.text(bytes, start, end, false, offset);
        // Only ASCII names are interned: their characters are their bytes, as compared above.
        if (/^[\x20-\x7e]*$/.test(name))
            this.names[slot] = name;
        return name;
    }
    /** A string's bytes as text: invalid UTF-8 is an encoding error, escapes are decoded. */
    text(bytes, start, end, escaped, offset) {
        // Addresses and names are short ASCII: building them directly skips TextDecoder's overhead.
        if (!escaped && end - start <= 128) {
            let k = start;
            while (k < end && bytes[k] < 0x80)
                k++;
            if (k === end) {
                return Buffer.isBuffer(bytes)
                    ? bytes.toString('latin1', start, end)
                    : String.fromCharCode.apply(null, bytes.subarray(start, end));
            }
        }
        let text;
        try {
            text = this.utf8.decode(bytes.subarray(start, end));
        }
        catch {
            throw this.errors.error('INPUT_ENCODING', 'invalid UTF-8 in a string; save the file as UTF-8', offset);
        }
        if (!escaped)
            return text;
        // The scanner has checked every escape, so this cannot fail on them.
        return JSON.parse(`"${text}"`);
    }
}

;// CONCATENATED MODULE: ./src/plan/walker-base.ts
/**
 * What every part of the plan walker shares: the open frame, where the calls go, and the checks of
 * a value's shape. PlanWalker (plan-walker.ts) answers the scanner and hands each part of the
 * document to its module: change-frames.ts (resource changes and drift), output-frames.ts
 * (outputs and their sensitivity), prior-frames.ts (the prior state).
 *
 * The shape rules (the JSON.parse walker applies the same ones):
 * - null is the same as an absent key, except for required fields, which must have their type;
 * - containers the reader walks into must be objects/arrays of the right shape, or INPUT_INVALID;
 * - calls follow document order (keys of an object in the order written).
 */





class WalkerBase {
    visitor;
    errors;
    values;
    maxDiffed;
    maxDriftResources;
    /** The innermost open container, or null before the document begins. */
    frame = null;
    /** Entries whose attribute names were read (at most MAX_ATTRIBUTE_ADDRESSES). */
    diffed = 0;
    /** Drift entries whose attribute names were read (--send-drift-resources only). */
    driftDiffed = 0;
    /** PlanVisitor.priorStateResource calls so far (their numbers, for priorStateRetract). */
    priorCalls = 0;
    strings;
    constructor(visitor, errors, 
    /** Set with --show-values: leaves are then handed as text, to be shown where allowed. */
    values, 
    /** Updates and replacements whose attribute roles are read. */
    maxDiffed = plan_summary/* MAX_ATTRIBUTE_ADDRESSES */.pu, 
    /**
     * --send-drift-resources: drift entries that change a resource, up to this many, are read for
     * their provider and changed attribute names (0: drift is only counted, as before).
     */
    maxDriftResources = 0) {
        this.visitor = visitor;
        this.errors = errors;
        this.values = values;
        this.maxDiffed = maxDiffed;
        this.maxDriftResources = maxDriftResources;
        this.strings = new StringReader(errors);
    }
    /** A resource change entry whose attribute names are gathered (actions unknown yet: maybe). */
    wantsDiff(entry) {
        const actions = entry.actions === undefined || diffsAttributes(entry.actions);
        if (this.isDrift(entry))
            return actions && this.driftDiffed < this.maxDriftResources;
        return this.diffed < this.maxDiffed && actions;
    }
    /** An entry of `resource_drift` (not `resource_changes`). */
    isDrift(entry) {
        return entry.parent.via === '.resource_drift';
    }
    /** The AttributeDiff of the entry a frame under `change` belongs to. */
    diffOf(f) {
        let entry = f;
        while (entry.kind !== F_CHANGE_ENTRY)
            entry = entry.parent;
        return entry.diff;
    }
    /**
     * A label of a change entry or state resource (`module_address`, `type`, `name`: strings;
     * `index`: a number or a string); null is the same as absent; other keys are skipped.
     */
    label(f, kind, offset) {
        // Labels only rebuild a missing address: once `address` is read (Terraform writes it first)
        // they are skipped unread, not decoded for every entry of a large plan.
        if (f.address !== undefined && f.key !== K_OTHER) {
            f.labelsSkipped = true;
            return D_SKIP;
        }
        switch (f.key) {
            case K_MODULE_ADDRESS:
                f.moduleAddress = undefined;
                return this.expectString(f, '.module_address', kind, offset, false);
            case K_TYPE:
                f.type = undefined;
                return this.expectString(f, '.type', kind, offset, false);
            case K_NAME:
                f.resourceName = undefined;
                return this.expectString(f, '.name', kind, offset, false);
            case K_INDEX:
                f.indexJson = undefined;
                if (kind === KIND_NUMBER)
                    return D_RAW;
                return this.expectString(f, '.index', kind, offset, false, 'a number or a string');
            default:
                return D_SKIP;
        }
    }
    /**
     * The labels an address is rebuilt from. None when some were skipped unread (see label) and the
     * address was then written again as null: the entry is named by its place, never by half its
     * labels.
     */
    partsOf(f) {
        if (f.labelsSkipped)
            return {};
        return {
            address: f.address,
            moduleAddress: f.moduleAddress,
            mode: f.mode,
            type: f.type,
            name: f.resourceName,
            indexJson: f.indexJson,
        };
    }
    /** A container value the walker goes into; null skips it unless the field is required. */
    enter(f, kind, want, child, via, offset, required) {
        if (kind === want) {
            this.frame = new Frame(child, f, via);
            if (child === F_ACTIONS)
                (f.kind === F_CHANGE ? f.parent : f).actions = [];
            return D_DESCEND;
        }
        if (kind === KIND_NULL && !required)
            return D_SKIP;
        throw this.invalid(f, via, `is ${KIND_NAMES[kind]}, not ${KIND_NAMES[want]}`, offset);
    }
    /** An element of an array of objects. */
    element(f, kind, want, child, offset) {
        const index = f.count++;
        if (kind !== want)
            throw this.invalid(f, `[${index}]`, `is ${KIND_NAMES[kind]}, not ${KIND_NAMES[want]}`, offset);
        this.frame = new Frame(child, f, index);
        return D_DESCEND;
    }
    expectString(f, field, kind, offset, required, want = 'a string') {
        if (kind === KIND_STRING)
            return D_CAPTURE;
        if (kind === KIND_NULL && !required)
            return D_SKIP;
        throw this.invalid(f, field, `is ${KIND_NAMES[kind]}, not ${want}`, offset);
    }
    invalid(f, field, problem, offset) {
        const base = f.path();
        const joint = field === '' || field.startsWith('.') || field.startsWith('[') || base === '' ? '' : '.';
        return this.errors.error('INPUT_INVALID', `${`${base}${joint}${field}`.replace(/^\./, '')} ${problem}`, offset);
    }
}

;// CONCATENATED MODULE: ./src/plan/plan-walker.ts
/**
 * The plan-shaped half of the streaming reader: a ScanHandler that knows where in a
 * `terraform show -json` document the visitor's fields live, descends only into those containers,
 * buffers the few small fields of one entry (keys come in any order) and calls the PlanVisitor
 * when the entry closes. Everything else is answered with D_SKIP.
 *
 * This file answers the scanner and keeps the top level; each part of the document has its module
 * (change-frames.ts, output-frames.ts, prior-frames.ts), over the shared checks of walker-base.ts,
 * whose header states the shape rules (the JSON.parse walker applies the same ones).
 *
 * A key written twice in one object counts as JSON.parse reads it, the last one wins: every frame
 * notes the keys it has seen, tells the visitor of a repeat, and its part's module makes sure
 * nothing of the first value survives (README, "Keys written twice", for the exceptions).
 */








class PlanWalker extends WalkerBase {
    keySets = KEY_SETS;
    key(bytes, start, end, escaped, offset) {
        const f = this.frame;
        if (f.kind === F_TOP) {
            const key = this.strings.text(bytes, start, end, escaped, offset);
            this.visitor.topLevelKey(key);
            f.key = TOP_KEYS.lookup(key);
        }
        else if (f.kind === F_ATTRIBUTES || f.kind === F_UNKNOWN) {
            f.name = escaped
                ? this.strings.text(bytes, start, end, true, offset)
                : this.strings.attributeName(bytes, start, end, offset);
        }
        else if (f.kind === F_OUTPUT_CHANGES || f.kind === F_PLANNED_OUTPUTS) {
            f.name = this.strings.text(bytes, start, end, escaped, offset);
        }
        else {
            const table = KEYS_OF_FRAME[f.kind];
            const key = table
                ? table.match(bytes, start, end, escaped ? this.strings.text(bytes, start, end, true, offset) : null)
                : K_OTHER;
            f.key = key;
            // A key written twice: its last value is the one that counts (each part's module makes
            // sure nothing of the first survives), and the visitor hears of it.
            const bit = key === K_OTHER ? 0 : 1 << key;
            f.repeat = (f.seen & bit) !== 0;
            f.seen |= bit;
            if (f.repeat)
                this.visitor.repeatedKey(`${f.path()}.${keyName(key)}`);
        }
    }
    /** Every frame with a key table but the top one answers D_SKIP to other keys and does nothing. */
    keyFilter() {
        const f = this.frame;
        if (f === null)
            return -1;
        // Once a change's actions are known to be no update or replacement, its values are skipped
        // unseen, so plans of creates and deletes read as fast as before attribute names existed.
        if (f.kind === F_CHANGE && !this.wantsDiff(f.parent)) {
            return PLAIN_CHANGE_KEY_SET;
        }
        return KEY_SET_OF_FRAME[f.kind];
    }
    value(kind, offset) {
        const f = this.frame;
        if (f === null) {
            this.frame = new Frame(F_TOP, null, '');
            return D_DESCEND;
        }
        switch (f.kind) {
            case F_TOP:
                return this.topValue(f, kind, offset);
            case F_ACTIONS:
                f.count++;
                if (kind !== KIND_STRING)
                    throw this.invalid(f, '', `is not an array of strings (holds ${KIND_NAMES[kind]})`, offset);
                return D_CAPTURE;
            case F_CHANGE_LIST:
            case F_CHANGE_ENTRY:
            case F_CHANGE:
            case F_ATTRIBUTES:
            case F_UNKNOWN:
            case F_REPLACE_PATHS:
            case F_REPLACE_PATH:
                return changeValue(this, f, kind, offset);
            case F_OUTPUT_CHANGES:
            case F_PLANNED_OUTPUTS:
            case F_OUTPUT_CHANGE:
            case F_PLANNED:
            case F_PLANNED_OUTPUT:
                return outputValue(this, f, kind, offset);
            case F_PRIOR:
            case F_PRIOR_VALUES:
            case F_MODULE:
            case F_RESOURCES:
            case F_CHILD_MODULES:
            case F_RESOURCE:
                return priorValue(this, f, kind, offset);
            default:
                return D_SKIP;
        }
    }
    string(bytes, start, end, escaped, offset) {
        const f = this.frame;
        if (f.kind === F_REPLACE_PATH) {
            f.prefix = keyPath(f.prefix, this.strings.text(bytes, start, end, escaped, offset));
            return;
        }
        // Actions and modes come from a handful of words: match their bytes, decode only others.
        const common = f.kind === F_ACTIONS || f.key === K_MODE ? COMMON_VALUES.match(bytes, start, end, null) : 0;
        const text = common > 0 ? COMMON_VALUE_NAMES[common - 1] : this.strings.text(bytes, start, end, escaped, offset);
        if (f.kind === F_ACTIONS) {
            const owner = f.parent;
            // The owner is a `change` frame (resource entries) or an output change.
            (owner.kind === F_CHANGE ? owner.parent : owner).actions.push(text);
            return;
        }
        if (f.kind === F_TOP) {
            if (f.key === K_FORMAT_VERSION)
                this.visitor.formatVersion(text);
            else
                this.visitor.terraformVersion(text);
            return;
        }
        if (f.kind === F_MODULE || f.key === K_ADDRESS)
            f.address = text;
        else if (f.key === K_MODE)
            f.mode = text;
        else if (f.key === K_PREVIOUS_ADDRESS)
            f.previousAddress = text;
        else if (f.key === K_PROVIDER_NAME)
            f.providerName = text;
        else if (f.key === K_MODULE_ADDRESS)
            f.moduleAddress = text;
        else if (f.key === K_TYPE)
            f.type = text;
        else if (f.key === K_NAME)
            f.resourceName = text;
        else
            f.indexJson = indexJsonOf(text);
    }
    close(offset) {
        const f = this.frame;
        this.frame = f.parent;
        if (f.spanStart >= 0)
            endSpan(this, f);
        if (f.kind === F_CHANGE_ENTRY)
            closeChangeEntry(this, f, offset);
        else if (f.kind === F_OUTPUT_CHANGE || f.kind === F_PLANNED_OUTPUT)
            closeOutput(this, f, offset);
        else if (f.kind === F_RESOURCE)
            closeResource(this, f);
        else if (f.kind === F_REPLACE_PATH)
            closeReplacePath(this, f);
    }
    hashed(hash) {
        const f = this.frame;
        this.diffOf(f).value(f.isAfter, f.name, hash);
    }
    captured(raw, sawTrue, offset) {
        const f = this.frame;
        if (f.kind === F_UNKNOWN)
            this.diffOf(f).unknownMember(f.name, sawTrue);
        else if (f.kind === F_OUTPUT_CHANGE)
            capturedOutput(this, f, raw, sawTrue, offset);
        else if (f.kind === F_ATTRIBUTES || f.kind === F_REPLACE_PATH || f.kind === F_CHANGE)
            capturedDiffValue(this, f, raw, offset);
        // A numeric `index` (a string one is captured as a string).
        else
            f.indexJson =
                raw === null
                    ? undefined
                    : (indexJsonOfDigits(raw) ??
                        indexJsonOf(Number(this.strings.text(raw, 0, raw.length, false, offset))));
    }
    topValue(f, kind, offset) {
        switch (f.key) {
            case K_FORMAT_VERSION:
            case K_TERRAFORM_VERSION:
                return this.expectString(f, f.key === K_FORMAT_VERSION ? 'format_version' : 'terraform_version', kind, offset, false);
            case K_ERRORED:
                if (kind === KIND_TRUE || kind === KIND_FALSE)
                    this.visitor.errored(kind === KIND_TRUE);
                else if (kind !== KIND_NULL)
                    throw this.invalid(f, 'errored', `is ${KIND_NAMES[kind]}, not true or false`, offset);
                return D_SKIP;
            case K_RESOURCE_CHANGES:
                return this.enter(f, kind, KIND_ARRAY, F_CHANGE_LIST, '.resource_changes', offset, false);
            case K_RESOURCE_DRIFT:
                return this.enter(f, kind, KIND_ARRAY, F_CHANGE_LIST, '.resource_drift', offset, false);
            case K_OUTPUT_CHANGES:
                return this.enter(f, kind, KIND_OBJECT, F_OUTPUT_CHANGES, '.output_changes', offset, false);
            case K_PLANNED_VALUES:
                return this.enter(f, kind, KIND_OBJECT, F_PLANNED, '.planned_values', offset, false);
            case K_PRIOR_STATE:
                return this.enter(f, kind, KIND_OBJECT, F_PRIOR, '.prior_state', offset, false);
            default:
                return D_SKIP;
        }
    }
}

;// CONCATENATED MODULE: ./src/plan/plan-stream-reader.ts
/**
 * The production plan reader: reads `terraform show -json` / `tofu show -json` output as a byte
 * stream and calls a PlanVisitor with only what a report needs, in flat memory whatever the size
 * of the file (attribute values, configuration and variables are skipped byte by byte, never
 * turned into strings or objects).
 *
 * Pieces (src/scan/, then here in src/plan/): input-decoder (BOM, UTF-16, binary sniffing) -> json-scanner
 * (resumable byte DFA with a skip mode; skip-wasm runs skip mode in WebAssembly SIMD where
 * available) -> plan-walker (where the visitor's fields live).
 * Every problem with the input is an InputError with a code and, where there is one, a byte offset.
 */






/** Read size for files: large enough that per-chunk costs vanish, small enough to stay flat. */
const FILE_CHUNK_BYTES = 1024 * 1024;
/**
 * Reads one plan document and calls `visitor` as it goes. `label` names the input in errors
 * (defaults to the path). Resolves once the whole input was read and found to be one JSON object;
 * rejects with an InputError for any problem with the input (the visitor may have been called for
 * the part before the problem), or with whatever the visitor throws.
 */
async function readPlanStream(source, visitor, label, options = {}) {
    const name = label ?? (typeof source === 'string' ? source : '<stream>');
    const wasm = acquireWasmSkipper(options.skip ?? 'auto');
    try {
        // Files are read straight into the WebAssembly memory, where the skip loop scans them in place.
        const bytes = typeof source === 'string' ? openPlanFile(source, name, FILE_CHUNK_BYTES, wasm?.fileBuffers) : source;
        const errors = new InputErrors(name);
        let head = new Uint8Array(0);
        const scanner = new JsonScanner(new PlanWalker(visitor, errors, options.values, options.attributeRoles, options.driftResources), errors, () => head, wasm);
        // pumpInput ends the file reader (and its read in flight) before it returns or throws, so
        // nothing writes to the instance's memory once it is released.
        await pumpInput(bytes, scanner, errors, (h) => {
            head = h;
        });
    }
    finally {
        releaseWasmSkipper(wasm);
    }
}
/**
 * A file's bytes in large chunks; a missing or unreadable file, or anything but a regular file (or
 * standard input, by name) is an InputError, and so is one over `maxBytes`. Two buffers take
 * turns: the next read is already running while the caller works on the current chunk, and no
 * memory is allocated per chunk. So a chunk is valid only until the next one is asked for (the
 * streaming reader copies what it keeps).
 */
async function* openPlanFile(path, label = path, chunkBytes = FILE_CHUNK_BYTES, 
/** The two buffers to read into (each at least chunkBytes long); by default new ones. */
into, maxBytes = input_file/* MAX_PLAN_BYTES */.di) {
    if ((0,input_file/* isStdinName */.I0)(path)) {
        yield* cappedStream((0,input_file/* stdinChunks */.n_)(label), label, maxBytes);
        return;
    }
    const file = await (0,input_file/* openInput */.lt)(path, label, maxBytes);
    const buffers = into !== undefined && into[0].length >= chunkBytes && into[1].length >= chunkBytes
        ? into
        : [Buffer.allocUnsafeSlow(chunkBytes), Buffer.allocUnsafeSlow(chunkBytes)];
    let turn = 0;
    let total = 0;
    let pending = null;
    try {
        // Position null: read on from where the last read ended, so standard input works too.
        pending = file.read(buffers[0], 0, chunkBytes, null);
        for (;;) {
            let bytesRead;
            try {
                ({ bytesRead } = await pending);
            }
            catch (error) {
                pending = null;
                throw await (0,input_file/* fileError */.zS)(error, path, label);
            }
            if (bytesRead === 0) {
                pending = null;
                return;
            }
            // A file that grows while it is read, or standard input without end, stops here.
            total += bytesRead;
            if (total > maxBytes) {
                pending = null;
                throw (0,input_file/* tooLarge */.g$)(label, maxBytes);
            }
            const chunk = buffers[turn].subarray(0, bytesRead);
            turn ^= 1;
            pending = file.read(buffers[turn], 0, chunkBytes, null);
            yield chunk;
        }
    }
    finally {
        // A read still running when the caller stopped early must end before the file is closed.
        await pending?.catch(() => undefined);
        await file.close();
    }
}
/** Standard input's chunks, stopped with INPUT_TOO_LARGE past `maxBytes`. */
async function* cappedStream(chunks, label, maxBytes) {
    let total = 0;
    for await (const chunk of chunks) {
        total += chunk.length;
        if (total > maxBytes)
            throw (0,input_file/* tooLarge */.g$)(label, maxBytes);
        yield chunk;
    }
}

;// CONCATENATED MODULE: ./src/plan/read-plan.ts
/**
 * The one way the rest of the tool reads a plan file: `readPlanFile(file)` -> PlanSummary.
 *
 * The streaming reader walks the bytes (every byte-level problem is its InputError: empty,
 * binary, encoding, truncated, trailing data, wrapper noise, with offsets) and feeds a
 * PlanAccumulator, which counts and then classifies the document. Memory stays flat whatever the
 * size of the plan.
 */



async function readPlanFile(file, opts = {}) {
    const label = opts.label ?? file;
    const accumulator = new PlanAccumulator(label, opts.values, opts.driftResources === true);
    // On an error the accumulator holds half a document: it is dropped with the rejection.
    await readPlanStream(file, accumulator, label, {
        values: opts.values,
        ...(opts.driftResources === true ? { driftResources: plan_summary/* DRIFT_RESOURCE_LIMIT */.$5 } : {}),
    });
    return accumulator.finish();
}

// EXTERNAL MODULE: ./src/inputs/bounded-map.ts
var bounded_map = __webpack_require__(9995);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/inputs/walk-folders.ts
var walk_folders = __webpack_require__(3920);
;// CONCATENATED MODULE: ./src/terragrunt/terragrunt-discover.ts






const DEFAULT_PLAN_FILE_NAME = 'tfplan.json';
const CACHE_DIR = '.terragrunt-cache';
/** What makes a folder a Terragrunt unit. */
const UNIT_CONFIG = 'terragrunt.hcl';
/** Never hold plans, can be huge (provider binaries), and `.terraform` links into caches. */
const SKIPPED_FOLDERS = new Set(['.terraform', '.git']);
/** Checks the plan file name pattern and returns how many path segments it spans. */
function planNameDepth(planFileName) {
    const segments = planFileName.split('/');
    if (planFileName.includes('**') ||
        planFileName.startsWith('/') ||
        segments.some((s) => s === '' || s === '..')) {
        throw new src_errors/* UsageError */.eb(`${(0,src_errors/* settingRef */.yE)('planFileName')} "${planFileName}": give a name or pattern inside a unit folder, such as tfplan.json or *.plan.json (no "**", "..", or leading "/")`);
    }
    return segments.length;
}
/**
 * Tells whether the last `planNameDepth(planFileName)` segments of a path name a plan file: an
 * exact comparison for a plain name, a glob match (walk-folders.ts `globMatcher`) for a pattern.
 */
function planNameMatcher(planFileName) {
    const depth = planNameDepth(planFileName);
    const isGlob = picomatch_default().scan(planFileName).isGlob;
    const test = isGlob ? (0,walk_folders/* globMatcher */.fU)(planFileName) : (path) => path === planFileName;
    return (segments) => segments.length >= depth && test(segments.slice(-depth).join('/'));
}
async function discoverUnitPlans(dir, planFileName = DEFAULT_PLAN_FILE_NAME, cwd = process.cwd()) {
    const depth = planNameDepth(planFileName);
    const isPlanFile = planNameMatcher(planFileName);
    const root = (0,external_node_path_.resolve)(cwd, dir);
    const rootReal = await checkTreeRoot(root, dir);
    const warnings = [];
    const candidates = [];
    const walked = [rootReal];
    const hclFolders = new Set();
    const queue = [
        { abs: root, prefix: [], real: rootReal },
    ];
    // Appending to `queue` while iterating it walks linked folders after the plain tree.
    for (const { abs, prefix, real: walkReal } of queue) {
        const entries = listTree(abs, dir);
        for (const entry of entries) {
            const segments = [...prefix, ...entry.segments];
            if (entry.kind === 'file' && segments.at(-1) === UNIT_CONFIG && !segments.includes(CACHE_DIR)) {
                hclFolders.add(segments.slice(0, -1).join('/') || path_match/* ROOT_PATH_ID */.Jr);
            }
            // A plan is anything but a folder (a link is checked below); the name is matched on the
            // path inside the tree, so a linked folder's name counts as the folder it stands for.
            if (entry.kind === 'directory' || !isPlanFile([...prefix, ...entry.segments]))
                continue;
            const relative = [...prefix, ...entry.segments].join('/');
            const label = (0,external_node_path_.join)(dir, relative);
            const isLink = entry.kind === 'link';
            // A link to a folder is walked below; a link to anything else (a file, a device, nothing at
            // all) is the unit's plan, and the reader refuses what is not a readable regular file,
            // naming the unit: a dangling link must fail the run, not drop the unit silently.
            const target = isLink ? await (0,promises_.stat)(entry.abs).catch(() => undefined) : undefined;
            if (target?.isDirectory())
                continue;
            // A walk never enters a linked folder, so below its real root every path is already real.
            const real = isLink
                ? await (0,promises_.realpath)(entry.abs).catch(() => entry.abs)
                : (0,external_node_path_.join)(walkReal, ...entry.segments);
            candidates.push({ ...unitOf(relative, depth), relative, file: entry.abs, label, real });
        }
        for (const link of entries.filter((e) => e.kind === 'link')) {
            const info = await (0,promises_.stat)(link.abs).catch(() => undefined);
            if (!info?.isDirectory())
                continue;
            const real = await (0,promises_.realpath)(link.abs);
            if (walked.some((w) => terragrunt_discover_isWithin(real, w)))
                continue;
            if (walked.some((w) => terragrunt_discover_isWithin(w, real))) {
                warnings.push(`${(0,external_node_path_.join)(dir, ...prefix, ...link.segments)}: a link to a folder that holds the tree; not followed`);
                continue;
            }
            walked.push(real);
            queue.push({ abs: link.abs, prefix: [...prefix, ...link.segments], real });
        }
    }
    const plans = await pickPerUnit(dedupeByRealPath(candidates, warnings, dir), warnings);
    // Warnings come out in file-system listing order; sorted, two runs print the same lines.
    return { plans, unitFolders: leafFolders(hclFolders), warnings: warnings.sort(path_match/* compareCodeUnits */.UF) };
}
/** The folders that hold no other of the folders: units, not the shared configuration above them. */
function leafFolders(folders) {
    const all = [...folders].sort(path_match/* compareCodeUnits */.UF);
    return all.filter((folder) => !all.some((other) => other !== folder && (folder === path_match/* ROOT_PATH_ID */.Jr || other.startsWith(`${folder}/`))));
}
async function checkTreeRoot(root, dir) {
    let info;
    try {
        info = await (0,promises_.stat)(root);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            throw new src_errors/* InputError */.dz('INPUT_NOT_FOUND', dir, 'no such directory (expected the --json-out-dir of terragrunt run --all)', undefined, { cause: error });
        }
        if (code === 'ELOOP') {
            throw new src_errors/* InputError */.dz('INPUT_UNREADABLE', dir, 'is a symbolic link loop', undefined, { cause: error });
        }
        throw new src_errors/* InputError */.dz('INPUT_UNREADABLE', dir, `cannot be read (${error.message})`, undefined, {
            cause: error,
        });
    }
    if (!info.isDirectory()) {
        throw new src_errors/* InputError */.dz('INPUT_UNREADABLE', dir, `is a file, not a directory (${(0,src_errors/* settingRef */.yE)('terragruntDir')} takes the tree folder)`);
    }
    return (0,promises_.realpath)(root);
}
/** Everything under one walk root, sorted by path (the first of two paths to one file is stable). */
function listTree(abs, dir) {
    try {
        return (0,walk_folders/* walkFolders */.x0)(abs, { skipNames: SKIPPED_FOLDERS });
    }
    catch (error) {
        if (!(error instanceof walk_folders/* FolderReadError */.BG))
            throw error;
        throw new src_errors/* InputError */.dz('INPUT_UNREADABLE', dir, `cannot read folder ${error.folder} inside the tree (${error.code})`, undefined, { cause: error });
    }
}
function terragrunt_discover_isWithin(path, folder) {
    return path === folder || path.startsWith(folder.endsWith(external_node_path_.sep) ? folder : folder + external_node_path_.sep);
}
/** The unit a plan belongs to: its folder, or the folder that holds the `.terragrunt-cache`. */
function unitOf(relative, nameDepth) {
    // `relative` is joined with `/` here; a backslash is part of a name on POSIX, not a separator.
    const folder = relative
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .slice(0, -nameDepth);
    const cacheAt = folder.indexOf(CACHE_DIR);
    const unit = cacheAt === -1 ? folder : folder.slice(0, cacheAt);
    return { pathId: unit.length === 0 ? path_match/* ROOT_PATH_ID */.Jr : unit.join('/'), inCache: cacheAt !== -1 };
}
/** The same file reached twice (through a link): keep the one found first, through fewer links. */
function dedupeByRealPath(candidates, warnings, dir) {
    const byReal = new Map();
    for (const candidate of candidates) {
        const kept = byReal.get(candidate.real);
        if (kept === undefined)
            byReal.set(candidate.real, candidate);
        else if (kept.pathId !== candidate.pathId) {
            warnings.push(`${(0,external_node_path_.join)(dir, candidate.relative)}: the same file as ${kept.label}; read once, as unit ${kept.pathId}`);
        }
    }
    return [...byReal.values()];
}
/**
 * One plan per unit. A plan in the unit folder beats one in its `.terragrunt-cache` (the cache can
 * hold a stale working copy); then the newest; then the first path in code-unit order, so the
 * choice never depends on the order the file system lists files in.
 */
async function pickPerUnit(candidates, warnings) {
    const byUnit = new Map();
    for (const candidate of candidates) {
        const list = byUnit.get(candidate.pathId) ?? [];
        list.push(candidate);
        byUnit.set(candidate.pathId, list);
    }
    const plans = [];
    for (const pathId of [...byUnit.keys()].sort(path_match/* compareCodeUnits */.UF)) {
        const list = byUnit.get(pathId) ?? [];
        if (list.length > 1) {
            const times = new Map();
            for (const c of list)
                times.set(c, (await (0,promises_.stat)(c.file).catch(() => undefined))?.mtimeMs ?? 0);
            list.sort((a, b) => Number(a.inCache) - Number(b.inCache) ||
                (times.get(b) ?? 0) - (times.get(a) ?? 0) ||
                (0,path_match/* compareCodeUnits */.UF)(a.relative, b.relative));
            const [chosen, runnerUp] = list;
            const why = chosen.inCache !== runnerUp.inCache
                ? 'the one outside .terragrunt-cache'
                : times.get(chosen) !== times.get(runnerUp)
                    ? 'the newest'
                    : 'the first by name';
            const others = list.slice(1).map((c) => c.relative);
            warnings.push(`unit ${pathId}: ${list.length} plan files found; using ${chosen.relative} (${why}), ignoring ${others.join(', ')}`);
        }
        const chosen = list[0];
        if (chosen)
            plans.push({ pathId, file: chosen.file, label: chosen.label });
    }
    return plans;
}

;// CONCATENATED MODULE: ./src/terragrunt/terragrunt-run-report.ts
/**
 * Terragrunt's run report (`terragrunt run --all --report-file report.json --report-format json`):
 * one entry per unit with its Result, and for failures the Reason and Cause. Schemas v1 to v4 are
 * the same array of objects (v3 added Ref/Cmd/Args); unknown fields are tolerated so a v5 that
 * only adds fields still reads. The CSV form is refused with a message saying how to get JSON.
 */




/** Long enough for a real Terraform error, short enough that 2,000 failing units stay sendable. */
const MAX_ERROR_MESSAGE_CHARS = 2000;
const optionalText = schemas/* string */.YjP()
    .nullish()
    .transform((value) => (value === null || value === '' ? undefined : value));
const entrySchema = schemas/* looseObject */._H3({
    Name: schemas/* string */.YjP().min(1),
    Result: schemas/* string */.YjP(),
    Reason: optionalText,
    Cause: optionalText,
});
const CSV_HINT = 'is a CSV run report; iacm-report reads the JSON one (terragrunt run --all --report-format json, or a --report-file ending in .json)';
async function readRunReport(file, label = file) {
    if ((0,external_node_path_.extname)(file).toLowerCase() === '.csv')
        throw new src_errors/* InputError */.dz('INPUT_WRONG_KIND', label, CSV_HINT);
    const text = await (0,json_file/* readJsonText */.gb)(file, label);
    return parseRunReportText(text, label);
}
function parseRunReportText(text, label) {
    const start = text.trimStart();
    // Terragrunt's CSV always starts with its header row; say so instead of "bad JSON token N".
    if (/^"?Name"?,/.test(start))
        throw new src_errors/* InputError */.dz('INPUT_WRONG_KIND', label, CSV_HINT);
    return parseRunReport((0,json_file/* parseJsonText */.lk)(text, label, 'write it again with terragrunt --report-file <file>.json (--report-format json)'), label);
}
function parseRunReport(value, label) {
    if (!Array.isArray(value)) {
        const isPlan = typeof value === 'object' && value !== null && 'format_version' in value;
        const what = isPlan ? 'a Terraform/OpenTofu JSON document' : (0,json_file/* describeJsonValue */.$g)(value);
        throw new src_errors/* InputError */.dz('INPUT_WRONG_KIND', label, `is ${what}, not a Terragrunt run report (a JSON array written by --report-file)`);
    }
    return value.map((item, index) => {
        const parsed = entrySchema.safeParse(item);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            const where = issue && issue.path.length > 0 ? `.${issue.path.map(String).join('.')}` : '';
            throw new src_errors/* InputError */.dz('INPUT_INVALID', label, `run report entry [${index}]${where}: ${issue?.message ?? 'not a run report entry'}`);
        }
        const { Name, Result, Reason, Cause } = parsed.data;
        return { name: Name, result: Result, reason: Reason, cause: Cause };
    });
}
/** How a run report Result maps to a stack status, with the reason a person should read. */
function entryOutcome(entry) {
    switch (entry.result) {
        case 'succeeded':
            return { status: 'success', errorMessage: undefined };
        case 'failed':
            return { status: 'failure', errorMessage: cleanMessage(entry.cause ?? entry.reason ?? 'failed') };
        case 'early exit':
            // Cause names the dependency that failed (Terragrunt writes its path).
            return {
                status: 'skipped',
                errorMessage: cleanMessage(entry.cause === undefined
                    ? 'early exit: a dependency failed'
                    : `early exit: dependency ${entry.cause} failed`),
            };
        case 'excluded':
            return {
                status: 'skipped',
                errorMessage: cleanMessage(`excluded${entry.reason ? ` (${entry.reason})` : ''}`),
            };
        default:
            return undefined;
    }
}
/** Strips terminal colour codes (Terragrunt colours its errors) and caps the length. */
function cleanMessage(text) {
    // eslint-disable-next-line no-control-regex
    const plain = text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').trim();
    if (plain.length <= MAX_ERROR_MESSAGE_CHARS)
        return plain;
    return `${plain.slice(0, MAX_ERROR_MESSAGE_CHARS - 1)}…`;
}

;// CONCATENATED MODULE: ./src/terragrunt/terragrunt-units.ts


const SEVERITY = { success: 0, skipped: 1, failure: 2 };
/** Of two outcomes for one unit (a retried unit, a plan that errored), the worse one counts. */
function worse(a, b) {
    return a === undefined || SEVERITY[b.status] > SEVERITY[a.status] ? b : a;
}
/**
 * @param plans unit plans by pathId
 * @param report run report entries, when a report was given
 * @param rootName the name for a unit at the tree root (the tree folder's own name)
 */
function mergeUnits(plans, report, rootName, 
/** Unit folders found in the tree (terragrunt-discover.ts): one without a plan is "no plan". */
unitFolders = []) {
    const warnings = [];
    const outcomes = new Map();
    const reported = new Set();
    for (const [pathId, plan] of plans) {
        if (plan.errored) {
            outcomes.set(pathId, {
                status: 'failure',
                errorMessage: 'the plan did not complete (errored: true in the plan JSON)',
            });
        }
    }
    const index = new path_match/* UnitPathIndex */.qw(plans.keys());
    const best = new Map();
    const unplanned = [];
    for (const entry of report ?? []) {
        const match = index.match(entry.name);
        if (match.kind === 'ambiguous') {
            warnings.push(`run report entry ${entry.name} matches units ${match.pathIds.join(', ')} equally; ignored`);
        }
        else if (match.kind === 'none') {
            unplanned.push(entry);
        }
        else {
            const held = best.get(match.pathId);
            if (held === undefined || match.score > held.score) {
                if (held)
                    for (const held1 of held.entries)
                        unplanned.push(held1);
                best.set(match.pathId, { score: match.score, entries: [entry] });
            }
            else if (match.score === held.score) {
                held.entries.push(entry);
            }
            else {
                unplanned.push(entry);
            }
        }
    }
    const rewrite = learnRewrite(best);
    const entryFor = new Map();
    for (const [pathId, { entries }] of best)
        entryFor.set(pathId, entries);
    for (const entry of unplanned) {
        const pathId = rewrite(entry.name);
        entryFor.set(pathId, [...(entryFor.get(pathId) ?? []), entry]);
    }
    for (const [pathId, entries] of entryFor) {
        reported.add(pathId);
        for (const entry of entries) {
            const outcome = entryOutcome(entry);
            if (outcome === undefined) {
                warnings.push(`run report entry ${entry.name}: unknown Result "${entry.result}"; status taken from the plan`);
                continue;
            }
            outcomes.set(pathId, worse(outcomes.get(pathId), outcome));
        }
        if (entries.length > 1) {
            warnings.push(`unit ${pathId}: ${entries.length} run report entries; the worst result counts`);
        }
        const status = outcomes.get(pathId)?.status;
        if (!plans.has(pathId) && status === 'success') {
            warnings.push(`unit ${pathId}: the run report says it succeeded, but the tree has no plan for it`);
        }
        if (plans.has(pathId) && status === 'skipped') {
            // Kept (dropping data silently is worse), but a skipped unit's plan is from another run.
            warnings.push(`unit ${pathId}: the run report says it did not run, yet the tree has a plan for it (left from an earlier run?)`);
        }
    }
    // A unit folder with no plan and no word from the run report never planned, as far as we can
    // tell (its plan failed before writing a file, say): "no plan", never silently left out.
    const neverPlanned = new Set(unitFolders.filter((pathId) => !plans.has(pathId) && !entryFor.has(pathId)));
    for (const pathId of neverPlanned) {
        outcomes.set(pathId, {
            status: 'skipped',
            errorMessage: 'no plan file: the unit never planned, or its plan was written elsewhere',
        });
    }
    const pathIds = [...new Set([...plans.keys(), ...entryFor.keys(), ...neverPlanned])].sort(path_match/* compareCodeUnits */.UF);
    const units = pathIds.map((pathId) => {
        const plan = plans.get(pathId);
        const outcome = outcomes.get(pathId) ?? { status: 'success', errorMessage: undefined };
        if (report !== undefined && !reported.has(pathId) && !neverPlanned.has(pathId)) {
            warnings.push(`unit ${pathId}: has a plan but no entry in the run report`);
        }
        const unit = { pathId, name: unitName(pathId, rootName), status: outcome.status };
        if (neverPlanned.has(pathId))
            unit.noPlan = true;
        if (outcome.errorMessage !== undefined)
            unit.errorMessage = outcome.errorMessage;
        if (plan) {
            unit.resourceCounts = { ...plan.resourceCounts };
            unit.driftCounts = { ...plan.driftCounts };
            unit.outputCounts = { ...plan.outputCounts };
            unit.plannedChangesCount = plan.plannedChangesCount;
            unit.outputs = { ...plan.outputs };
        }
        return unit;
    });
    return { units, warnings };
}
function unitName(pathId, rootName) {
    // A pathId is ours and `/`-separated on every OS: a backslash is part of a folder's name on
    // POSIX (`a\\b`), so splitting on it too cut the stack_name short.
    const last = pathId
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .pop();
    return last ?? rootName;
}
/**
 * How report paths map to tree paths, learned from the entries that matched: the prefix the report
 * has that the tree lacks (`/home/ci/repo/`), or the other way round. The most common pair wins.
 * Returns a function giving an unmatched entry its pathId.
 */
function learnRewrite(best) {
    const votes = new Map();
    for (const [pathId, { score, entries }] of best) {
        const unit = (0,path_match/* pathSegments */.Mz)(pathId);
        const shared = score - 1;
        for (const entry of entries) {
            const foreign = (0,path_match/* pathSegments */.Mz)(entry.name);
            const pair = {
                foreign: foreign.slice(0, foreign.length - shared),
                unit: unit.slice(0, unit.length - shared),
            };
            const key = JSON.stringify(pair);
            const vote = votes.get(key) ?? { ...pair, count: 0 };
            vote.count++;
            votes.set(key, vote);
        }
    }
    const winner = [...votes.entries()].sort(([ka, a], [kb, b]) => b.count - a.count || (0,path_match/* compareCodeUnits */.UF)(ka, kb))[0]?.[1];
    return (name) => {
        const segments = (0,path_match/* pathSegments */.Mz)(name);
        const fits = winner !== undefined &&
            segments.length > winner.foreign.length &&
            winner.foreign.every((segment, i) => segments[i] === segment);
        const path = fits ? [...winner.unit, ...segments.slice(winner.foreign.length)] : segments;
        return path.length === 0 ? path_match/* ROOT_PATH_ID */.Jr : path.join('/');
    };
}

;// CONCATENATED MODULE: ./src/terragrunt/terragrunt-tree.ts
/**
 * `--terragrunt-dir <dir>` (+ `--terragrunt-report <file>`): every unit plan in a Terragrunt output
 * tree, read a few at a time, merged with the run report into UnitReports in pathId order.
 *
 * A unit plan that cannot be read fails the whole run (InputError, exit 2) naming the unit: a
 * report that silently leaves a unit out would understate what is about to change. Every plan is
 * still attempted first, so one error names every unreadable unit (bounded), in pathId order.
 */







/** Enough to keep the disk busy; few enough to stay far from open-file limits. */
const DEFAULT_CONCURRENCY = 8;
async function readTerragruntTree(dir, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const readPlan = options.readPlan ??
        ((file, opts) => readPlanFile(file, { ...opts, values: options.values, driftResources: options.driftResources }));
    // Read the report first: a wrong --terragrunt-report should fail before minutes of plan reading.
    const report = options.reportFile === undefined
        ? undefined
        : await readRunReport((0,external_node_path_.resolve)(cwd, options.reportFile), options.reportFile);
    const discovery = await discoverUnitPlans(dir, options.planFileName ?? DEFAULT_PLAN_FILE_NAME, cwd);
    const found = discovery.plans;
    if (found.length === 0 &&
        discovery.unitFolders.length === 0 &&
        (report === undefined || report.length === 0)) {
        throw new src_errors/* InputError */.dz('INPUT_NOT_FOUND', dir, `no unit plans (${options.planFileName ?? DEFAULT_PLAN_FILE_NAME}) found in the tree; was it written by terragrunt run --all --json-out-dir ${dir} -- plan?`);
    }
    const total = found.length;
    options.onProgress?.(0, total);
    const { values, errors } = await (0,bounded_map/* boundedMap */.a)(found, options.concurrency ?? DEFAULT_CONCURRENCY, (plan) => readPlan(plan.file, { label: plan.label }), (done) => options.onProgress?.(done, total));
    if (errors.length > 0) {
        throw unitErrors(dir, errors.map(({ index, error }) => ({ pathId: found[index]?.pathId ?? '?', error })));
    }
    const plans = new Map();
    found.forEach((plan, i) => {
        const summary = values[i];
        if (summary !== undefined)
            plans.set(plan.pathId, summary);
    });
    const merged = mergeUnits(plans, report, (0,external_node_path_.basename)((0,external_node_path_.resolve)(cwd, dir)), discovery.unitFolders);
    const warnings = [...discovery.warnings, ...merged.warnings];
    if (found.length === 0)
        warnings.unshift(`${dir}: no unit plans found; reporting the run report's units only`);
    const planFiles = new Map(found.map((plan) => [plan.pathId, plan.file]));
    return { units: merged.units, plans, files: found.map((p) => p.label), planFiles, warnings };
}
/** Unreadable units named in one error; past this many, "and N more". */
const MAX_NAMED_UNITS = 10;
/**
 * One error naming every unit plan that could not be read (up to MAX_NAMED_UNITS), so a tree
 * with three broken units is fixed in one round, not three.
 */
function unitErrors(dir, failures) {
    const first = failures[0];
    if (first === undefined || !(first.error instanceof src_errors/* InputError */.dz))
        return first?.error;
    if (failures.length === 1) {
        const error = first.error;
        return new src_errors/* InputError */.dz(error.code, error.file, `Terragrunt unit ${first.pathId}: ${error.detail}`, error.offset, { cause: error });
    }
    const named = failures.slice(0, MAX_NAMED_UNITS).map(({ pathId, error }) => {
        const detail = error instanceof src_errors/* InputError */.dz ? error.detail : 'cannot be read';
        return `${pathId} (${detail})`;
    });
    const more = failures.length - named.length;
    return new src_errors/* InputError */.dz(first.error.code, dir, `${failures.length} Terragrunt unit plans cannot be read: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`, undefined, { cause: first.error });
}

// EXTERNAL MODULE: ./src/reporter/build-event.ts + 1 modules
var build_event = __webpack_require__(6314);
// EXTERNAL MODULE: ./src/reporter/build-model.ts
var build_model = __webpack_require__(2965);
// EXTERNAL MODULE: ./src/run/gates.ts
var run_gates = __webpack_require__(6305);
;// CONCATENATED MODULE: ./src/run/run-report.ts
/**
 * The one pipeline under every entry point: config -> parsers -> model -> event -> delivery.
 * Entry points turn their world into a ReportConfig and a RunIo, call runReport, and write their
 * world's outputs from the ReportOutcome.
 */






























async function runReport(config, io) {
    // What the config needs (something to report, credentials unless a dry run or a partial alone)
    // was checked by its schema before we were called.
    const sends = !config.dryRun && (config.savePartial === undefined || config.send);
    if (sends && config.spoolDir !== undefined)
        await (0,spool/* checkSpoolDir */.XF)(config.spoolDir, io.cwd);
    // Upload files (issue 14) are looked at before any plan is read; their pipeline ids were
    // checked by the schema.
    const uploadWarnings = await (0,upload_plan/* checkUploadFiles */.N)(config.uploads, io.cwd);
    // The git context (a few `git` processes) is gathered while the plans are read, not after: on a
    // large plan that wait was idle time. A failure surfaces where it is awaited, as before.
    const ciContext = (0,read_ci_context/* readCiContext */.O)(io.env, io.cwd);
    ciContext.catch(() => undefined);
    let input;
    let uploadContext = { cwd: io.cwd };
    try {
        ({ input, uploadContext } = await gatherInputsAndUploads(config, io));
        input = { ...input, warnings: [...uploadWarnings, ...(input.warnings ?? [])] };
        const fallback = wasmFallbackNote();
        if (fallback !== undefined)
            io.log(fallback);
    }
    catch (error) {
        // A leg whose inputs are missing or bad still leaves a partial saying so, so the merge can
        // name it as failed instead of silently counting one leg fewer.
        if (config.savePartial !== undefined) {
            await saveFailedPartial(config, io, await contextOrEmpty(ciContext), error);
        }
        throw error;
    }
    const model = (0,build_model/* buildModel */.yK)(input);
    // Files as a person finds them from where the run is: relative to the working folder.
    model.files = model.files.map((file) => (0,upload_plan/* relativeToCwd */.E6)(file, io.cwd));
    const context = withPipelineIds(await ciContext, config.uploads.pipeline);
    // Names come from files and git: a lone surrogate in one must not reach the body as `\ud800`.
    let event = (0,request_body/* cleanEvent */.a)((0,build_event/* buildEvent */.V)(model, context));
    const planned = await (0,upload_plan/* planUploads */.K)(config, uploadContext);
    for (const warning of planned.warnings)
        model.warnings.push(warning);
    if (planned.uploads.length > 0) {
        if (!sends) {
            // What would go up, on the log (stderr for the CLI): type, file, size, stack path.
            for (const line of (0,upload_plan/* describePlannedUploads */.WO)(planned.uploads))
                io.log((0,plain_text/* plainText */.wh)(line));
            model.workspaceData = (0,upload_plan/* plannedRecords */.D$)(planned.uploads);
        }
        else {
            // Uploads first: the event carries the ids they answer with, the gates their policy answers.
            const done = await (0,data_uploads/* performUploads */.k$)(planned.uploads, {
                connection: config.connection,
                pipeline: config.uploads.pipeline,
                http: io.http,
                env: io.env,
                cwd: io.cwd,
                spoolDir: config.spoolDir,
                deadlineMs: config.uploads.timeout * 1000,
            });
            model.workspaceData = done.report;
            for (const warning of failedUploadWarnings(done.report))
                model.warnings.push(warning);
            event = withDataIds(event, done.assignments, done.stateChecksum);
        }
    }
    // The key out of every field before serialisation: the body sent, spooled and dry-run printed
    // is one text, and it never carries the key (plan content may equal it).
    event = (0,redact/* scrubSecrets */.Zg)(event, (0,body_secrets/* bodySecrets */.m)(config));
    const body = (0,body_secrets/* cleanBody */.C)((0,request_body/* requestBody */.I)(event), config);
    // Gates are known before anything is written, so every summary can name the ones that trip.
    const gates = (0,run_gates/* trippedGates */.J)(model, config.gates);
    // Warnings are not logged here: each entry shows them once, in its own summary (or annotations).
    let partialFile;
    if (config.savePartial !== undefined) {
        partialFile = (0,external_node_path_.resolve)(io.cwd, config.savePartial);
        await (0,partial_file/* writePartialFile */.X)(partialFile, (0,redact/* scrubSecrets */.Zg)((0,build_partial/* buildPartial */.C2)(input, partialOrigin(config, io, context, sends)), (0,body_secrets/* bodySecrets */.m)(config)));
        io.log(`Partial report saved to ${(0,plain_text/* plainText */.wh)(config.savePartial)}`);
    }
    const delivery = config.dryRun
        ? { kind: 'dry-run' }
        : !sends
            ? { kind: 'saved' }
            : await (0,send_and_confirm/* sendAndConfirm */.M)(config, event, model, io.http, (landed) => sendBody(config, body, io, landed));
    if (delivery.kind === 'sent' && config.sendDriftResources && model.driftedCount > 0) {
        await sendDriftPerResource(config, driftSourcesOf(input), model, io);
    }
    const facts = runFacts(config, event, delivery, gates);
    return { model, event, body, delivery, gates, facts, partialFile };
}
/** Sends the exact body (spooled when it cannot be delivered): the one send of a report or a merge. */
function sendBody(config, body, io, landed) {
    return deliverEvent(config.connection, body, {
        ...(landed === undefined ? {} : { landed }),
        spoolDir: config.spoolDir,
        env: io.env,
        cwd: io.cwd,
        log: io.log,
        http: io.http,
    });
}
/** The model's inputs, and what the upload planner needs from them (unit plans, Infracost document). */
async function gatherInputsAndUploads(config, io) {
    let uploadContext = { cwd: io.cwd };
    // Every input is found before any is read, so a typo in the last one costs no time. One file
    // named twice (another path, a link) is read and counted once, with a warning.
    const warnings = [];
    const planFiles = await distinct(await (0,expand_inputs/* expandInputs */.G)(config.plans, io.cwd, 'plan'), io.cwd, 'plan', warnings);
    const driftFiles = await distinct(await (0,expand_inputs/* expandInputs */.G)(config.drifts, io.cwd, 'drift'), io.cwd, 'drift', warnings);
    const values = config.showValues ? new ValueGate({ show: true, hide: config.hideValuesOf }) : undefined;
    // Drifted resources one by one only when they will be sent (a dry run shows the event alone).
    const driftResources = config.sendDriftResources && !config.dryRun && (config.savePartial === undefined || config.send);
    const plans = await readPlans(planFiles, io.cwd, values, driftResources);
    const drifts = await readPlans(driftFiles, io.cwd, undefined, driftResources);
    for (const drift of drifts)
        refuseChangingDriftFile(drift);
    let terragrunt;
    if (config.terragruntDir !== undefined) {
        const tree = await readTerragruntTree(config.terragruntDir, {
            planFileName: config.planFileName,
            reportFile: config.terragruntReport,
            onProgress: io.progress,
            cwd: io.cwd,
            values,
            driftResources,
        });
        for (const warning of tree.warnings)
            warnings.push(warning);
        terragrunt = { units: tree.units, plans: tree.plans };
        uploadContext = { ...uploadContext, unitPlans: tree.planFiles };
    }
    let cost;
    let costDetails;
    if (config.infracost !== undefined) {
        const text = await (0,json_file/* readJsonText */.gb)((0,external_node_path_.resolve)(io.cwd, config.infracost), config.infracost);
        const report = parseInfracostText(text, config.infracost);
        cost = report.figures;
        costDetails = report.details;
        for (const warning of report.warnings)
            warnings.push(warning);
        let projectOf;
        if (terragrunt) {
            const matched = applyInfracostToUnits(terragrunt.units, report);
            for (const warning of matched.warnings)
                warnings.push(warning);
            terragrunt = { ...terragrunt, units: matched.units };
            projectOf = matched.projectOf;
        }
        if (config.uploads.infracost) {
            const { document } = report;
            uploadContext = { ...uploadContext, infracost: { label: config.infracost, document, projectOf } };
        }
    }
    const input = {
        plans,
        drifts,
        terragrunt,
        cost,
        costDetails,
        warnings,
        overrides: {
            eventType: config.eventType,
            activityType: config.activityType,
            activityStatus: config.activityStatus,
            provisioner: config.provisioner,
        },
    };
    return { input, uploadContext };
}
async function contextOrEmpty(context) {
    try {
        return await context;
    }
    catch {
        return {};
    }
}
function partialOrigin(config, io, context, sent) {
    return {
        leg: legOrigin(io.env, { leg: config.leg, file: config.savePartial ?? '', sent }),
        workspace: config.connection.workspace,
        commit: context.git_commit_sha,
    };
}
async function saveFailedPartial(config, io, context, error) {
    const file = (0,external_node_path_.resolve)(io.cwd, config.savePartial ?? '');
    try {
        await (0,partial_file/* writePartialFile */.X)(file, (0,redact/* scrubSecrets */.Zg)((0,build_partial/* failedPartial */.N8)(partialOrigin(config, io, context, false), (0,src_errors/* describeError */.Uc)(error)), (0,body_secrets/* bodySecrets */.m)(config)));
        io.log(`Partial report saved to ${(0,plain_text/* plainText */.wh)(config.savePartial ?? '')}, recording the failure`);
    }
    catch (writeError) {
        io.log(`warning: ${(0,src_errors/* describeError */.Uc)(writeError)}`);
    }
}
function runFacts(config, event, delivery, gates) {
    const metadata = event.metadata;
    const trigger = metadata?.trigger;
    const link = trigger?.['run_url'] ?? trigger?.['build_link'];
    return {
        gates,
        delivery: delivery.kind === 'spooled' ? { kind: 'spooled', file: delivery.file } : { kind: delivery.kind },
        org: config.connection.org,
        project: config.connection.project,
        workspace: config.connection.workspace,
        commit: metadata?.git_commit_sha,
        runUrl: typeof link === 'string' && /^https?:\/\//.test(link) ? link : undefined,
    };
}
/** One file, one count: the same file under two names is read once, with a warning. */
async function distinct(files, cwd, what, warnings) {
    const result = await (0,expand_inputs/* dedupeByIdentity */.L)(files, cwd, what);
    for (const warning of result.warnings)
        warnings.push(warning);
    return result.files;
}
/**
 * A `--drift` file is a drift check by definition, so one that plans real changes to managed
 * resources (a normal plan given as drift) would be reported as "no drift" or as drift it is not:
 * refused, naming what it is and what to give instead. A drift file with nothing to change and
 * no `resource_drift` stays a drift check that found none.
 */
function refuseChangingDriftFile(drift) {
    const { added, changed, deleted } = drift.resourceCounts;
    if (added + changed + deleted === 0)
        return;
    throw new src_errors/* InputError */.dz('INPUT_WRONG_KIND', drift.file, `given as ${(0,src_errors/* settingRef */.yE)('drifts')}, but this plan makes changes (${added} to add, ${changed} to change, ${deleted} to destroy), so it is not a drift check: give it as ${(0,src_errors/* settingRef */.yE)('plans')}, or check drift with a refresh-only plan (\`terraform plan -refresh-only -out=tfplan\`, then \`terraform show -json tfplan\`)`);
}
/** One plan at a time: the reader streams, so memory stays flat however many plans there are. */
async function readPlans(files, cwd, values, driftResources = false) {
    const summaries = [];
    for (const file of files) {
        const path = (0,input_file/* isStdinName */.I0)(file) ? file : (0,external_node_path_.resolve)(cwd, file);
        summaries.push(await readPlanFile(path, {
            label: file === '-' ? 'standard input' : inWorkingFolder(file, cwd),
            values,
            driftResources,
        }));
    }
    return summaries;
}
/** A file as a reader finds it from the working folder: relative there when it lies inside it. */
function inWorkingFolder(file, cwd) {
    if (!(0,external_node_path_.isAbsolute)(file))
        return file;
    const inside = (0,external_node_path_.relative)(cwd, file);
    return inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside) ? file : inside;
}
/**
 * Per failed upload a warning, and one with the command that retries it, apart: a summary clips
 * a long line, and the command must survive whole to be pasted.
 */
function failedUploadWarnings(report) {
    return report.uploads
        .filter((upload) => upload.outcome === 'failed')
        .flatMap((upload) => {
        const what = `${upload.dataType} ${upload.label}${upload.stackPath === undefined ? '' : ` (unit ${upload.stackPath})`}`;
        const failed = `upload of ${what} failed, the event goes without its id: ${upload.error ?? 'unknown error'}`;
        return upload.retry === undefined
            ? [failed]
            : [failed, `retry the upload of ${what} with: ${upload.retry}`];
    });
}


/***/ }),

/***/ 3662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ sendAndConfirm)
});

// EXTERNAL MODULE: ./src/api/http-client.ts + 1 modules
var http_client = __webpack_require__(773);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/api/api-call.ts
var api_call = __webpack_require__(1021);
// EXTERNAL MODULE: ./src/api/api-url.ts
var api_url = __webpack_require__(5404);
;// CONCATENATED MODULE: ./src/api/activities.ts
/**
 * Reading back what Harness recorded: `list-activities` (filtered by workspace, execution, stage,
 * type and start time; newest first) and an activity's `resource-changes` (per Terragrunt unit
 * with `path_id`). Shapes from Harness's published IaCM API; answers are validated, unknown
 * fields kept.
 */



const countsLike = schemas/* looseObject */._H3({
    added: schemas/* number */.aig().optional(),
    changed: schemas/* number */.aig().optional(),
    deleted: schemas/* number */.aig().optional(),
    unchanged: schemas/* number */.aig().optional(),
    imported: schemas/* number */.aig().optional(),
    removed: schemas/* number */.aig().optional(),
});
const activitySchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP().min(1),
    created: schemas/* number */.aig(),
    workspace: schemas/* string */.YjP().optional(),
    metadata: schemas/* looseObject */._H3({
        resource_counts: countsLike.optional(),
        drift_counts: countsLike.optional(),
    })
        .nullish(),
});
const changeSchema = schemas/* looseObject */._H3({ change: schemas/* string */.YjP() });
const resourceChangesSchema = schemas/* looseObject */._H3({
    planned_changes: schemas/* array */.YOg(changeSchema).nullish(),
    drift_changes: schemas/* array */.YOg(changeSchema).nullish(),
});
function projectUrl(conn, tail, query) {
    const root = (0,api_url/* apiRoot */.tf)(conn);
    const path = ['orgs', conn.org ?? '', 'projects', conn.project ?? ''].map(encodeURIComponent).join('/');
    const url = new URL(`${root.href}/${path}/${tail}`);
    for (const [key, value] of Object.entries(query)) {
        if (value !== undefined && value !== '')
            url.searchParams.set(key, String(value));
    }
    return url;
}
/** One page of the activities matching `query`, newest first as Harness lists them. */
async function listActivities(conn, query, options = {}) {
    return (0,api_call/* withClient */.SV)(conn, options, async (client, resolved) => {
        const url = projectUrl(resolved, 'activities', {
            workspace: query.workspace,
            pipeline_execution_id: query.pipelineExecutionId,
            pipeline_stage_id: query.pipelineStageId,
            activity_type: query.activityType,
            start_time: query.startTime,
            limit: query.limit ?? 100,
            page: 1,
        });
        const action = 'list the workspace activities';
        const response = await client.call('GET', url, action);
        return (0,api_call/* parseResponse */.xp)(response, schemas/* array */.YOg(activitySchema), (0,api_call/* context */._O)(resolved, url, action));
    });
}
/** What Harness recorded as changed by one activity (one Terragrunt unit with `pathId`). */
async function activityResourceChanges(conn, activityId, pathId, options = {}) {
    return (0,api_call/* withClient */.SV)(conn, options, async (client, resolved) => {
        const url = projectUrl(resolved, `activities/${encodeURIComponent(activityId)}/resource-changes`, {
            workspace: resolved.workspace,
            path_id: pathId,
        });
        const action = 'read the activity resource changes';
        const response = await client.call('GET', url, action);
        return (0,api_call/* parseResponse */.xp)(response, resourceChangesSchema, (0,api_call/* context */._O)(resolved, url, action));
    });
}

;// CONCATENATED MODULE: ./src/run/confirm-activity.ts
/**
 * Confirm and link (issue 26): after Harness accepted an event (a 200 with no body, so no id),
 * find the activity it became and check that Harness read the counts as we sent them.
 *
 * Finding it is our inference: list the workspace's activities filtered by execution, stage and
 * type from just before the send, keep those whose metadata agrees with what we sent on the run's
 * own identity (commit, execution, stage, Terragrunt units), and take the newest `created`. Matrix
 * legs differ in stage execution id (Harness) or workspace, so each finds its own. Then Harness's
 * resource changes (per unit with `path_id` for Terragrunt) are counted and compared with ours.
 * Everything is bounded by the run's deadline; a lookup that fails or finds nothing is a warning.
 */

const IDENTITY = ['git_commit_sha', 'pipeline_execution_id', 'pipeline_stage_id', 'activity_type'];
const KINDS = ['added', 'changed', 'deleted', 'imported', 'removed'];
function unitPaths(metadata) {
    const units = (metadata?.['terragrunt_details'] ?? []);
    return units
        .map((u) => String(u.path_id))
        .sort()
        .join('\n');
}
/** Whether an activity's metadata agrees with ours on who sent it (not on the counts we compare). */
function isOurs(activity, sent) {
    const theirs = (activity.metadata ?? {});
    for (const key of IDENTITY) {
        if (sent[key] !== undefined && theirs[key] !== undefined && theirs[key] !== sent[key])
            return false;
    }
    return unitPaths(theirs) === unitPaths(sent);
}
/** The newest activity of ours created since the send began, or undefined. */
function pickActivity(activities, sent, sinceMs) {
    const metadata = (sent.metadata ?? {});
    return activities
        .filter((a) => a.created >= sinceMs - 1000 && isOurs(a, metadata))
        .sort((a, b) => b.created - a.created)[0];
}
function tally(changes) {
    const out = {};
    for (const change of changes ?? [])
        out[change.change] = (out[change.change] ?? 0) + 1;
    return out;
}
/** "unit a/b: added 3 (we sent 2)" for each count Harness has otherwise. */
function compare(where, ours, theirs) {
    const found = [];
    const pairs = [
        ['', ours.resource_counts, theirs.planned_changes],
        ['drift ', ours.drift_counts, theirs.drift_changes],
    ];
    for (const [label, counts, changes] of pairs) {
        if (counts === undefined)
            continue;
        const recorded = tally(changes);
        for (const kind of KINDS) {
            const sentCount = counts[kind];
            if (sentCount === undefined)
                continue;
            const got = recorded[kind] ?? 0;
            if (got !== sentCount)
                found.push(`${where}${label}${kind} ${got} (we sent ${sentCount})`);
        }
    }
    return found;
}
/** `{ui}/ng/account/{acc}/module/iacm/orgs/{org}/projects/{project}/workspaces/{ws}/activity/{id}` (our inference). */
function activityLink(uiBase, conn, id) {
    const parts = ['ng/account', conn.accountId, 'module/iacm/orgs', conn.org, 'projects', conn.project];
    const tail = ['workspaces', conn.workspace, 'activity', id];
    const segs = [
        ...parts.map((p, i) => (i % 2 === 0 ? p : encodeURIComponent(p ?? ''))),
        ...tail.map((p) => encodeURIComponent(p ?? '')),
    ];
    return `${uiBase.replace(/\/+$/, '')}/${segs.join('/')}`;
}
function describeError(error) {
    return error instanceof Error ? error.message : String(error);
}
async function findActivity(conn, sent, sinceMs, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const attempts = options.attempts ?? 3;
    const pause = options.pauseMs ?? 1000;
    const metadata = sent.metadata;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
        const remaining = options.deadline - now();
        if (remaining <= 0)
            return undefined;
        const http = {
            ...options.http,
            totalBudgetMs: Math.min(remaining, options.http?.totalBudgetMs ?? remaining),
        };
        const listed = await listActivities(conn, {
            workspace: conn.workspace ?? '',
            pipelineExecutionId: metadata?.pipeline_execution_id,
            pipelineStageId: metadata?.pipeline_stage_id,
            activityType: metadata?.activity_type,
            startTime: Math.floor(sinceMs / 1000) - 1,
        }, http);
        const found = pickActivity(listed, sent, sinceMs);
        if (found !== undefined)
            return found;
        if (attempt < attempts && now() + pause < options.deadline)
            await sleep(pause);
    }
    return undefined;
}
/** Find the activity, compare Harness's counts with ours; never throws. */
async function confirmActivity(conn, sent, sinceMs, options) {
    try {
        const activity = await findActivity(conn, sent, sinceMs, options);
        if (activity === undefined) {
            return {
                kind: 'unconfirmed',
                warning: `Harness accepted the event, but no activity for it was listed in time (workspace ${conn.workspace ?? ''}); the counts were not checked`,
            };
        }
        const http = options.http ?? {};
        const metadata = sent.metadata ?? {};
        const differences = [];
        const units = metadata.terragrunt_details ?? [];
        if (units.length === 0) {
            differences.push(...compare('', metadata, await activityResourceChanges(conn, activity.id, undefined, http)));
        }
        else {
            for (const unit of units) {
                const changes = await activityResourceChanges(conn, activity.id, unit.path_id, http);
                differences.push(...compare(`unit ${unit.path_id}: `, unit, changes));
            }
        }
        const link = options.uiBase === undefined ? undefined : activityLink(options.uiBase, conn, activity.id);
        return { kind: 'confirmed', activityId: activity.id, link, differences };
    }
    catch (error) {
        return {
            kind: 'unconfirmed',
            warning: `Harness accepted the event, but looking up its activity failed: ${describeError(error)}`,
        };
    }
}
/** The one line every summary and log shows for a confirmation. */
function confirmationLine(confirmation) {
    if (confirmation.kind === 'unconfirmed')
        return `warning: ${confirmation.warning}`;
    const { activityId, differences } = confirmation;
    return differences.length === 0
        ? `Harness recorded activity ${activityId}: counts match`
        : `warning: Harness recorded activity ${activityId} with other counts: ${differences.join('; ')}`;
}

;// CONCATENATED MODULE: ./src/run/send-and-confirm.ts
/**
 * A send followed by its confirmation (issue 26): once Harness accepted the event, the activity it
 * became is looked up and its counts compared (confirm-activity.ts), within the send's own time
 * budget. What it finds goes on the model (the `activity-id` output, a line in every summary);
 * a lookup that finds nothing, fails or disagrees is a warning, never a failed run.
 */


async function sendAndConfirm(config, event, model, http, send) {
    const since = Date.now();
    const deadline = since + (http?.totalBudgetMs ?? http_client/* DEFAULT_HTTP_OPTIONS */.AU.totalBudgetMs);
    // Asked only when a send's outcome is unknown: did the event become an activity after all?
    // (Even with --no-confirm: a lookup beats a second activity.)
    const landed = async () => {
        try {
            const found = await findActivity(config.connection, event, since, {
                ...(http === undefined ? {} : { http }),
                deadline: Math.max(deadline, Date.now() + 5_000),
            });
            return found !== undefined;
        }
        catch {
            return undefined;
        }
    };
    const delivery = await send(landed);
    if (delivery.kind !== 'sent' || config.noConfirm)
        return delivery;
    const confirmation = await confirmActivity(config.connection, event, since, {
        ...(http === undefined ? {} : { http }),
        deadline,
        uiBase: config.harnessUiUrl,
    });
    const line = confirmationLine(confirmation);
    if (confirmation.kind === 'confirmed') {
        model.activity = { id: confirmation.activityId, link: confirmation.link, line };
        if (confirmation.differences.length > 0)
            model.warnings.push(line.replace(/^warning: /, ''));
    }
    else {
        model.warnings.push(confirmation.warning);
    }
    return delivery;
}


/***/ }),

/***/ 9772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ checkUploadFiles),
  WO: () => (/* binding */ describePlannedUploads),
  Ov: () => (/* binding */ fileSize),
  K: () => (/* binding */ planUploads),
  D$: () => (/* binding */ plannedRecords),
  E6: () => (/* binding */ relativeToCwd)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/infracost/infracost-documents.ts
function asObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
/**
 * `metadata.infracostCommand` says what wrote the file. Without it (older versions) or for
 * `infracost output` (which combines files of either kind) a known past total means a comparison
 * was made: a diff. Otherwise it is a breakdown.
 */
function infracostDataType(document) {
    const root = asObject(document) ?? {};
    const command = asObject(root['metadata'])?.['infracostCommand'];
    if (command === 'diff')
        return 'cost_diff';
    if (command === 'breakdown')
        return 'cost_breakdown';
    const past = root['pastTotalMonthlyCost'];
    return past === undefined || past === null ? 'cost_breakdown' : 'cost_diff';
}
/** Root totals and where each comes from in a project. */
const TOTALS = [
    ['totalHourlyCost', 'breakdown', 'totalHourlyCost'],
    ['totalMonthlyCost', 'breakdown', 'totalMonthlyCost'],
    ['totalMonthlyUsageCost', 'breakdown', 'totalMonthlyUsageCost'],
    ['pastTotalHourlyCost', 'pastBreakdown', 'totalHourlyCost'],
    ['pastTotalMonthlyCost', 'pastBreakdown', 'totalMonthlyCost'],
    ['pastTotalMonthlyUsageCost', 'pastBreakdown', 'totalMonthlyUsageCost'],
    ['diffTotalHourlyCost', 'diff', 'totalHourlyCost'],
    ['diffTotalMonthlyCost', 'diff', 'totalMonthlyCost'],
    ['diffTotalMonthlyUsageCost', 'diff', 'totalMonthlyUsageCost'],
];
/**
 * The file with only `projects[index]`, its totals and summary taken from that project, so the
 * document reads as if Infracost had been run on the unit alone. Keys keep the file's order.
 * Values pass through JSON.parse/stringify: Infracost writes costs as strings, so they are exact.
 */
function projectDocument(document, index) {
    const root = asObject(document) ?? {};
    const projects = Array.isArray(root['projects']) ? root['projects'] : [];
    const project = asObject(projects[index]) ?? {};
    const out = {};
    for (const [key, value] of Object.entries(root)) {
        const total = TOTALS.find(([name]) => name === key);
        if (key === 'projects')
            out[key] = [project];
        else if (key === 'summary' && 'summary' in project)
            out[key] = project['summary'];
        else if (total !== undefined)
            out[key] = asObject(project[total[1]])?.[total[2]] ?? null;
        else
            out[key] = value;
    }
    return Buffer.from(`${JSON.stringify(out, null, 2)}\n`, 'utf8');
}

;// CONCATENATED MODULE: ./src/plan/plan-text.ts
/**
 * Is this the human-readable plan (`terraform show -no-color tfplan`)? Judged from the first bytes
 * of a file given as plan text, because the likely mistakes are easy to tell apart there: the
 * binary plan itself (a zip archive), the JSON plan (`show -json`), and text with terminal colour
 * codes (`-no-color` forgotten), which the IaCM UI would show as `[32m` noise.
 */
const PLAN_TEXT_SNIFF_BYTES = 64 * 1024;
function sniffPlanText(head) {
    const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
    if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304) {
        return {
            kind: 'binary-plan',
            detail: 'is a binary plan file (a zip archive); upload its text instead: terraform show -no-color <planfile> > plan.txt',
        };
    }
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (/^\s*[{[]/.test(text)) {
        return {
            kind: 'json',
            detail: 'is JSON (show -json output); plan text is the output of terraform show -no-color <planfile>',
        };
    }
    // NUL bytes do not occur in plan text; a file with them is some other binary.
    if (bytes.includes(0)) {
        return { kind: 'binary', detail: 'is binary data, not plan text (terraform show -no-color <planfile>)' };
    }
    return { kind: 'text', coloured: text.includes('\u001b[') };
}

;// CONCATENATED MODULE: ./src/run/upload-plan.ts
/**
 * Which workspace data a report run uploads (issue 14): plan text, Infracost JSON, state; all
 * opt-in. Files are found and checked (stat, never read) before anything is sent; a unit without
 * a plan text beside its plan is a warning. data-uploads.ts performs what this plans.
 */






/**
 * Files sent to Harness are never symbolic links: a link committed in a pull request (tfplan.txt
 * -> ~/.ssh/id_rsa, a runner credential) would upload whatever file it points at. Checked here
 * (lstat) and again where the file is opened (O_NOFOLLOW), so a link swapped in between is refused too.
 */
const LINK = 'is a symbolic link; files are uploaded only when they are regular files (a link could point at any readable file): name the file itself';
/** Opens a file to upload or inspect, refusing a symbolic link as its last part. */
const NO_FOLLOW = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW;
/** Size of a file that must be there, or InputError naming it (never reads it). */
async function fileSize(path, label) {
    let info;
    try {
        info = await (0,promises_.lstat)(path);
    }
    catch (error) {
        const code = error.code;
        const cause = { cause: error };
        if (code === 'ENOENT')
            throw new errors/* InputError */.dz('INPUT_NOT_FOUND', label, 'no such file', undefined, cause);
        throw new errors/* InputError */.dz('INPUT_UNREADABLE', label, `cannot be read (${code ?? 'unknown error'})`, undefined, cause);
    }
    if (info.isSymbolicLink())
        throw new errors/* InputError */.dz('INPUT_UNREADABLE', label, LINK);
    if (!info.isFile())
        throw new errors/* InputError */.dz('INPUT_UNREADABLE', label, 'is not a file');
    if (info.size === 0)
        throw new errors/* InputError */.dz('INPUT_EMPTY', label, 'is empty; there is nothing to upload');
    return info.size;
}
/** The first bytes of a plan text, judged; the state is never opened this way. */
async function inspectPlanText(file) {
    const handle = await (0,promises_.open)(file, NO_FOLLOW);
    try {
        const buffer = Buffer.alloc(PLAN_TEXT_SNIFF_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return sniffPlanText(buffer.subarray(0, bytesRead));
    }
    finally {
        await handle.close();
    }
}
const COLOURED = 'holds terminal colour codes (was -no-color left out?); uploaded as it is';
/**
 * The single files named by flags, checked up front so a typo fails before plans are read. A plan
 * text that is not one (the binary plan, the JSON plan) is bad input; colour codes are a warning.
 */
async function checkUploadFiles(uploads, cwd) {
    const warnings = [];
    if (uploads.planText !== undefined) {
        const file = (0,external_node_path_.resolve)(cwd, uploads.planText);
        await fileSize(file, uploads.planText);
        const verdict = await inspectPlanText(file);
        if (verdict.kind !== 'text') {
            throw new errors/* InputError */.dz(verdict.kind === 'json' ? 'INPUT_WRONG_KIND' : 'INPUT_BINARY', uploads.planText, verdict.detail);
        }
        if (verdict.coloured)
            warnings.push(`${uploads.planText} ${COLOURED}`);
    }
    if (uploads.state !== undefined)
        await fileSize((0,external_node_path_.resolve)(cwd, uploads.state), uploads.state);
    return warnings;
}
/** `file` relative to `cwd` when it lies under it; otherwise as given. */
function relativeToCwd(file, cwd) {
    const rel = (0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(cwd, file));
    return rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? file : rel;
}
/** Every upload the config asks for, in a stable order; units without a plan text are warnings. */
async function planUploads(config, context) {
    const { uploads } = config;
    const { cwd } = context;
    const planned = [];
    const warnings = [];
    const fromFile = async (label) => {
        const file = (0,external_node_path_.resolve)(cwd, label);
        const size = await fileSize(file, label);
        return { label, size, source: { file, size } };
    };
    if (uploads.planText !== undefined) {
        planned.push({
            dataType: 'plan_human',
            ...(await fromFile(uploads.planText)),
            target: { field: 'plan_uuid' },
        });
    }
    if (uploads.planTextName !== undefined && context.unitPlans !== undefined) {
        const missing = [];
        for (const [pathId, planFile] of context.unitPlans) {
            const file = (0,external_node_path_.join)((0,external_node_path_.dirname)(planFile), uploads.planTextName);
            const info = await (0,promises_.lstat)(file).catch(() => undefined);
            if (info?.isSymbolicLink() === true) {
                warnings.push(`${relativeToCwd(file, cwd)} ${LINK}; not uploaded`);
                continue;
            }
            const size = info !== undefined && info.isFile() && info.size > 0 ? info.size : undefined;
            if (size === undefined) {
                missing.push(pathId);
                continue;
            }
            const verdict = await inspectPlanText(file).catch((error) => ({
                kind: 'binary',
                detail: `cannot be read (${String(error)})`,
            }));
            if (verdict.kind !== 'text') {
                warnings.push(`${relativeToCwd(file, cwd)} ${verdict.detail}; not uploaded`);
                continue;
            }
            if (verdict.coloured)
                warnings.push(`${relativeToCwd(file, cwd)} ${COLOURED}`);
            planned.push({
                dataType: 'plan_human',
                label: relativeToCwd(file, cwd),
                size,
                source: { file, size },
                stackPath: pathId,
            });
        }
        if (missing.length > 0) {
            warnings.push(`no plan text ${uploads.planTextName} beside the plan of unit(s) ${missing.join(', ')}; not uploaded`);
        }
    }
    if (uploads.infracost && context.infracost !== undefined && config.infracost !== undefined) {
        const { document, projectOf, label } = context.infracost;
        const dataType = infracostDataType(document);
        const field = dataType === 'cost_diff' ? 'cost_diff_uuid' : 'cost_breakdown_uuid';
        planned.push({ dataType, ...(await fromFile(config.infracost)), target: { field } });
        for (const [pathId, index] of projectOf ?? []) {
            const bytes = projectDocument(document, index);
            planned.push({
                dataType,
                label: `${label} (its project for unit ${pathId})`,
                size: bytes.length,
                source: { bytes },
                stackPath: pathId,
                target: { field, unit: pathId },
            });
        }
    }
    if (uploads.state !== undefined) {
        planned.push({
            dataType: 'state_raw',
            ...(await fromFile(uploads.state)),
            target: { field: 'state_uuid' },
        });
    }
    return { uploads: planned, warnings };
}
/** `would upload ...` lines for a dry run: type, file, size, stack path; never any content. */
function describePlannedUploads(uploads) {
    return uploads.map((u) => `dry run: would upload ${u.dataType} from ${u.label} (${u.size.toLocaleString('en-US')} bytes)` +
        (u.stackPath === undefined ? '' : ` with stack_path ${u.stackPath}`));
}
function plannedRecords(uploads) {
    return {
        uploads: uploads.map((u) => ({
            dataType: u.dataType,
            label: u.label,
            size: u.size,
            stackPath: u.stackPath,
            outcome: 'planned',
        })),
        policy: undefined,
    };
}


/***/ }),

/***/ 3280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ jsonWithoutRunnerCommands),
/* harmony export */   nG: () => (/* binding */ commandSafeStream)
/* harmony export */ });
/* unused harmony exports COMMAND_BREAK, withoutRunnerCommands */
/**
 * The GitHub runner obeys workflow commands in what a step prints, on stdout and stderr alike:
 * `::name ...::value` at the start of a line (after leading whitespace, which the runner trims)
 * and the legacy `##[name ...]value` anywhere in a line. A line that carries input text (a unit
 * folder, a `for_each` key, a server's message) must never become one, or a pull-request author
 * could write `::error title=Approved::LGTM`, `::add-mask::`, or `##[stop-commands]` into a log.
 *
 * Neutralised by a ZERO WIDTH SPACE (U+200B) inside the marker: `:\u200b:` and `##\u200b[`. The
 * text reads the same to a person. The runner's `StartsWith("::")` and `IndexOf("##[")` are
 * culture-sensitive (.NET on ICU ignores U+200B), so it may still see the marker; but it reads the
 * command name at fixed offsets (index 2 of the trimmed line, 3 past the `##[` match), which now
 * land on `:` or `[`, and no command is named so. test/support/runner-grammar.ts models exactly
 * that, ICU included, and the trust tests read every output with it.
 */
const COMMAND_BREAK = '\u200b';
/** Line breaks as the runner splits its log (\r, \n) and as other readers do. */
const BREAKS = '\\r\\n\\u0085\\u2028\\u2029';
/** A line start, leading white space (what .NET's Trim drops), then the first colon of `::`. */
const LINE_COMMAND = new RegExp(`(^|[${BREAKS}])([^\\S${BREAKS}]*):(?=:)`, 'g');
const LEGACY_COMMAND = /##\[/g;
/** `text` with no runner command in any of its lines; idempotent. */
function withoutRunnerCommands(text) {
    return text.replace(LINE_COMMAND, `$1$2:${COMMAND_BREAK}`).replace(LEGACY_COMMAND, `##${COMMAND_BREAK}[`);
}
/**
 * A JSON text (one line, as JSON.stringify writes it) that holds the same value and no runner
 * command: `#` only occurs inside strings, where `\u005b` is `[`. Used for request bodies, which
 * are printed exactly as sent (a dry run).
 */
function jsonWithoutRunnerCommands(json) {
    return json.replace(LEGACY_COMMAND, '##\\u005b').replace(JSON_HIDDEN, jsonEscape);
}
/**
 * Characters JSON.stringify leaves raw that a terminal or log would act on or hide: C1 controls
 * (U+0085 is a line break to some), U+2028/U+2029, zero-width, BOM and bidi characters. Written as
 * `\uXXXX` they are the same JSON value, and a dry run's body shows where they are.
 */
const JSON_HIDDEN = /[\u0080-\u009f\u2028\u2029]|(?![\ufe00-\ufe0f\u{e0100}-\u{e01ef}])[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;
function jsonEscape(char) {
    // Outside strings JSON has only ASCII, so every match is inside a string.
    let out = '';
    for (let i = 0; i < char.length; i++)
        out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
}
/**
 * A writer for a stream written in pieces: every piece is neutralised knowing what the stream
 * already holds on its current line, so a command split across two writes (`##` then `[`, a
 * line's `:` then `:`) is still caught.
 */
function commandSafeStream(write) {
    // The unfinished last line as written (already neutral), shortened to what can still matter.
    let carry = '';
    return (text) => {
        if (text === '')
            return;
        const safe = withoutRunnerCommands(carry + text).slice(carry.length);
        write(safe);
        const line = (carry + safe).split(new RegExp(`[${BREAKS}]`)).pop() ?? '';
        // Only white space (a line start still to come) or the last two characters can matter.
        carry = /^\s*:?$/.test(line) ? line : line.slice(-2);
    };
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ REPORTER_NAME),
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"UU":"iacm-reporter","rE":"0.1.0"}');
;// CONCATENATED MODULE: ./src/version.ts
/**
 * The reporter's own name and version, read from package.json when the bundle is built: ncc
 * (webpack) inlines the JSON import, so the bundles carry the version they were built from and
 * need no package.json at run time, and a release bumps one place only.
 */

/** The npm package name: what `npm i -g` installs and what an event names as its reporter. */
const REPORTER_NAME = package_namespaceObject.UU;
const VERSION = package_namespaceObject.rE;


/***/ })

};
