export const id = 561;
export const ids = [561,487];
export const modules = {

/***/ 7561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deliverEvent: () => (/* binding */ deliverEvent)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _iacm_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(748);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2799);
/* harmony import */ var _retry_after_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2465);
/* harmony import */ var _spool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3487);





/**
 * At most once: a send whose outcome is unknown is re-sent (once) only when `landed` says it did
 * not land; when it did, the send counts as done; when that cannot be told, the error stands (and
 * the body is spooled, with the warning that it may have landed).
 */
async function sendOnce(conn, body, http, options) {
    try {
        await (0,_iacm_api_js__WEBPACK_IMPORTED_MODULE_1__/* .sendEvent */ .BI)(conn, body, http);
    }
    catch (error) {
        if (!(0,_retry_after_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeUnknown */ .Hu)(error) || options.landed === undefined)
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
        await (0,_iacm_api_js__WEBPACK_IMPORTED_MODULE_1__/* .sendEvent */ .BI)(conn, body, http);
    }
}
/**
 * Sends `body`; on an ApiError (any status, network, timeout, once retries are spent) writes it to
 * the spool folder and returns where. A UsageError (no key, plain-http URL) is thrown as is:
 * nothing was attempted, and the run should fail with exit 2. If the spool write itself fails,
 * that error is thrown with the delivery error in its message, so the cause is not lost.
 */
async function deliverEvent(conn, body, options = {}) {
    const warning = (0,_spool_js__WEBPACK_IMPORTED_MODULE_3__.largeBodyWarning)(body);
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
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD))
            throw error;
        try {
            const { file, fallback } = await (0,_spool_js__WEBPACK_IMPORTED_MODULE_3__.spoolBody)(body, { ...options, target: (0,_spool_js__WEBPACK_IMPORTED_MODULE_3__.spoolTargetOf)(conn) });
            if (fallback !== undefined)
                options.log?.(`warning: ${fallback}; the body was written to ${file} instead`);
            return { kind: 'spooled', file, error };
        }
        catch (spoolError) {
            const detail = spoolError instanceof Error ? spoolError.message : String(spoolError);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD(error.code, (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(`${error.template}; the body could not be saved either (${detail})`, [conn.apiKey]), error.status, { cause: spoolError });
        }
    }
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

/***/ 3487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LARGE_BODY_CHARS: () => (/* binding */ LARGE_BODY_CHARS),
/* harmony export */   checkSpoolDir: () => (/* binding */ checkSpoolDir),
/* harmony export */   largeBodyWarning: () => (/* binding */ largeBodyWarning),
/* harmony export */   readSpoolTarget: () => (/* binding */ readSpoolTarget),
/* harmony export */   spoolBody: () => (/* binding */ spoolBody),
/* harmony export */   spoolDirectory: () => (/* binding */ spoolDirectory),
/* harmony export */   spoolTargetOf: () => (/* binding */ spoolTargetOf),
/* harmony export */   targetFileOf: () => (/* binding */ targetFileOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _make_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3927);
/**
 * A body that could not be delivered is not lost: it is written, byte for byte, to a file that
 * `iacm-report send --payload <file>` can deliver later. On CI the runner's temp folder
 * (RUNNER_TEMP) is kept for the job and cleaned after it, which is what we want for a file that
 * holds repository and cost details.
 */






/** node:crypto loads when first used: loading it costs every run's start-up ~10 ms. */
const crypto = () => process.getBuiltinModule('node:crypto');
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
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(targetFileOf(bodyFile), 'utf8');
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
    const dir = options.spoolDir ?? (runnerTemp !== undefined && runnerTemp !== '' ? runnerTemp : (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)());
    return options.cwd === undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(dir) : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(options.cwd, dir);
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
        await (0,_make_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .makeDir */ .g)(dir, 0o700);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(dir, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch (error) {
        const code = error.code ?? 'not writable';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--spool-dir ${spoolDir}: the folder cannot be made or written (${code}); an undelivered event's body is saved there: name a writable folder, or leave the setting out (RUNNER_TEMP or the OS temp folder)`, 'CONFIG_INVALID');
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
        const fallbackDir = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(fallbackDir) === dir)
            throw error;
        const code = error.code ?? error.message;
        const result = await spoolInto(fallbackDir, body, options);
        return { ...result, fallback: `the spool folder ${dir} could not be written (${code})` };
    }
}
async function spoolInto(dir, body, options) {
    await (0,_make_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .makeDir */ .g)(dir, 0o700);
    const stamp = (options.now?.() ?? new Date())
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, `iacm-event-${stamp}-${crypto().randomBytes(4).toString('hex')}.json`);
    // 'wx': never overwrite; the random part makes a clash all but impossible, this makes it harmless.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, body, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    if (options.target !== undefined) {
        const target = `${JSON.stringify(spoolTargetOf(options.target), null, 2)}\n`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(targetFileOf(file), target, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    }
    const warning = largeBodyWarning(body);
    return warning === undefined ? { file } : { file, warning };
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


/***/ })

};
