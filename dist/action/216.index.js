export const id = 216;
export const ids = [216];
export const modules = {

/***/ 2216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliverEvent: () => (/* binding */ deliverEvent)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
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
    return withClient(conn, options, async (client, resolved) => {
        const seen = new Set();
        let first;
        let previous;
        let done = false;
        for (let page = 1; page <= maxPages && !done; page++) {
            const url = workspaceUrl(resolved, 'pipelines', { limit, page });
            const response = await client.call('GET', url, action);
            const body = parseResponse(response, pageSchema, context(resolved, url, action));
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
    return withClient(conn, options, async (client, resolved) => {
        const url = workspaceUrl(resolved, 'ephemeral-config');
        const action = 'set the workspace time to live';
        const response = await client.call('PUT', url, action, JSON.stringify(config));
        return parseResponse(response, ephemeralConfigResponseSchema, context(resolved, url, action));
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
    return withClient(conn, options, async (client, resolved) => {
        const url = workspaceUrl(resolved, 'ephemeral-config');
        const action = 'read the workspace time to live';
        let response;
        try {
            response = await client.call('GET', url, action);
        }
        catch (error) {
            if (error instanceof ApiError && error.status === 404 && saysNoConfig(error.serverMessage))
                return undefined;
            throw error;
        }
        return parseResponse(response, ephemeralConfigResponseSchema, context(resolved, url, action));
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
    await withClient(conn, options, async (client, resolved) => {
        await client.call('DELETE', workspaceUrl(resolved, 'ephemeral-config'), 'turn the workspace time to live off');
    });
}

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
        await sendEvent(conn, body, http);
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
        await sendEvent(conn, body, http);
    }
}
/**
 * Sends `body`; on an ApiError (any status, network, timeout, once retries are spent) writes it to
 * the spool folder and returns where. A UsageError (no key, plain-http URL) is thrown as is:
 * nothing was attempted, and the run should fail with exit 2. If the spool write itself fails,
 * that error is thrown with the delivery error in its message, so the cause is not lost.
 */
async function deliverEvent(conn, body, options = {}) {
    const warning = (0,spool.largeBodyWarning)(body);
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
        if (!(error instanceof errors/* ApiError */.hD))
            throw error;
        try {
            const { file, fallback } = await (0,spool.spoolBody)(body, { ...options, target: (0,spool.spoolTargetOf)(conn) });
            if (fallback !== undefined)
                options.log?.(`warning: ${fallback}; the body was written to ${file} instead`);
            return { kind: 'spooled', file, error };
        }
        catch (spoolError) {
            const detail = spoolError instanceof Error ? spoolError.message : String(spoolError);
            throw new errors/* ApiError */.hD(error.code, (0,redact/* redact */.E$)(`${error.template}; the body could not be saved either (${detail})`, [conn.apiKey]), error.status, { cause: spoolError });
        }
    }
}


/***/ })

};
