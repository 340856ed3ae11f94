export const id = 549;
export const ids = [549];
export const modules = {

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

/***/ 549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TTL_USAGE: () => (/* binding */ TTL_USAGE),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/plain-text.ts
var plain_text = __webpack_require__(8763);
// EXTERNAL MODULE: ./src/api/iacm-api.ts + 1 modules
var iacm_api = __webpack_require__(748);
;// CONCATENATED MODULE: ./src/api/destroy-pipeline.ts
/**
 * The destroy pipeline a time to live runs, when the caller names none. Harness's
 * UpdateEphemeralConfigRequest requires `pipeline_id`, and no source says which pipeline Harness
 * would pick by itself. The only record that names one is the time-to-live setting Harness
 * already holds (GetEphemeralConfigResponse.pipeline_id, set on the workspace or inherited from
 * its project, `source`); the workspace's own record (GET .../workspaces/{workspace}) has no
 * destroy-pipeline field. So: that setting's pipeline, else nothing (the caller refuses).
 */

async function knownDestroyPipeline(conn, options = {}) {
    const config = await (0,iacm_api/* getEphemeralConfig */.oh)(conn, options);
    const id = config?.['pipeline_id'];
    if (typeof id !== 'string' || id.trim() === '')
        return undefined;
    const source = config?.['source'];
    return { id, source: typeof source === 'string' && source !== '' ? source : undefined };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cli/command-runner.ts + 1 modules
var command_runner = __webpack_require__(354);
// EXTERNAL MODULE: ./src/cli/connection-flags.ts
var connection_flags = __webpack_require__(4002);
// EXTERNAL MODULE: ./src/model/plan-summary.ts
var plan_summary = __webpack_require__(7007);
;// CONCATENATED MODULE: ./src/cli/ttl-options.ts


const UNIT_WORDS = {
    s: 'seconds',
    sec: 'seconds',
    secs: 'seconds',
    second: 'seconds',
    seconds: 'seconds',
    m: 'minutes',
    min: 'minutes',
    mins: 'minutes',
    minute: 'minutes',
    minutes: 'minutes',
    h: 'hours',
    hr: 'hours',
    hrs: 'hours',
    hour: 'hours',
    hours: 'hours',
    d: 'days',
    day: 'days',
    days: 'days',
};
const SECONDS = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };
const MAX_DELAY = 2_147_483_647; // int32: what a Go server behind the spec's `int` can hold
/**
 * `4h`, `2d`, `90 minutes`, `1 day`. Seconds and minutes that make whole hours or days are sent as
 * those, since the docs name only hours and days (the spec also allows seconds and minutes).
 */
function parseDelay(text, flag) {
    const match = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(text);
    if (!match)
        throw new errors/* UsageError */.eb(`--${flag} "${text}" is not a delay such as 4h, 2d or 90m`);
    const [, digits = '', word = ''] = match;
    if (word === '')
        throw new errors/* UsageError */.eb(`--${flag} "${text}" needs a unit: for example ${digits}h or ${digits}d`);
    const unit = UNIT_WORDS[word.toLowerCase()];
    if (unit === undefined) {
        throw new errors/* UsageError */.eb(`--${flag}: Harness does not take the unit "${word}"; use s, m, h or d (seconds, minutes, hours, days)`);
    }
    const value = Number(digits);
    if (value === 0)
        throw new errors/* UsageError */.eb(`--${flag} must be more than zero`);
    if (value > MAX_DELAY)
        throw new errors/* UsageError */.eb(`--${flag} "${text}" is too long`);
    if (unit === 'seconds' || unit === 'minutes') {
        const seconds = value * SECONDS[unit];
        if (seconds % SECONDS.days === 0)
            return { value: seconds / SECONDS.days, unit: 'days' };
        if (seconds % SECONDS.hours === 0)
            return { value: seconds / SECONDS.hours, unit: 'hours' };
    }
    return { value, unit };
}
/** A `YYYY-MM-DD` calendar date after today (UTC): a date that has begun is already past for Harness. */
function parseDate(text, flag, now) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
    const date = match ? new Date(`${match[0]}T00:00:00Z`) : undefined;
    if (!match ||
        date === undefined ||
        Number.isNaN(date.getTime()) ||
        date.toISOString().slice(0, 10) !== match[0]) {
        throw new errors/* UsageError */.eb(`--${flag} "${text}" is not a date such as 2026-12-24 (YYYY-MM-DD)`);
    }
    const today = now.toISOString().slice(0, 10);
    if (match[0] <= today) {
        throw new errors/* UsageError */.eb(`--${flag} ${match[0]} is ${match[0] === today ? 'today' : 'in the past'} (today is ${today} UTC); give a later date, or a delay with --${flag.replace(/-on$/, '-after')}`);
    }
    return match[0];
}
function exclusive(flags, a, b) {
    if (flags[a] !== undefined && flags[b] !== undefined)
        throw new errors/* UsageError */.eb(`give --${a} or --${b}, not both`);
}
/** Everything the ttl command may do, checked; UsageError (exit 2) naming the conflict otherwise. */
function ttlAction(flags, now) {
    const settings = [
        'destroy-after',
        'destroy-on',
        'delete-workspace',
        'delete-after',
        'delete-on',
        'pipeline-id',
        'provisioner',
    ].filter((name) => flags[name] !== undefined);
    exclusive(flags, 'show', 'off');
    for (const mode of ['show', 'off']) {
        if (flags[mode] && settings.length > 0)
            throw new errors/* UsageError */.eb(`--${mode} cannot be combined with --${settings[0]}`);
        if (flags[mode])
            return { kind: mode };
    }
    exclusive(flags, 'destroy-after', 'destroy-on');
    exclusive(flags, 'delete-after', 'delete-on');
    if (flags['destroy-after'] === undefined && flags['destroy-on'] === undefined) {
        throw new errors/* UsageError */.eb('nothing to do: give --destroy-after <4h|2d> or --destroy-on <YYYY-MM-DD> (or --show, or --off to turn the time to live off)');
    }
    const deleteGiven = flags['delete-after'] !== undefined || flags['delete-on'] !== undefined;
    // Deleting a workspace cannot be undone, so it is never implied by a delay alone.
    if (deleteGiven && !flags['delete-workspace']) {
        throw new errors/* UsageError */.eb('--delete-after / --delete-on need --delete-workspace (deleting the workspace is never implied)');
    }
    if (flags['delete-workspace'] && !deleteGiven) {
        throw new errors/* UsageError */.eb('--delete-workspace needs --delete-after <delay> or --delete-on <YYYY-MM-DD>');
    }
    const provisioner = flags.provisioner;
    if (provisioner !== undefined && !plan_summary/* PROVISIONERS */.oP.includes(provisioner)) {
        throw new errors/* UsageError */.eb(`--provisioner "${provisioner}" is not one of ${plan_summary/* PROVISIONERS */.oP.join(', ')}`);
    }
    const pipelineId = flags['pipeline-id'];
    if (pipelineId?.trim() === '') {
        throw new errors/* UsageError */.eb("--pipeline-id is empty; give the destroy pipeline's identifier (`iacm-report pipelines` lists them)");
    }
    const body = {};
    if (flags['destroy-after'] !== undefined) {
        const delay = parseDelay(flags['destroy-after'], 'destroy-after');
        body.destroy_delay_value = delay.value;
        body.destroy_delay_unit = delay.unit;
    }
    else if (flags['destroy-on'] !== undefined) {
        body.destroy_on_date = parseDate(flags['destroy-on'], 'destroy-on', now);
    }
    if (flags['delete-workspace']) {
        body.delete_workspace = true;
        if (flags['delete-after'] !== undefined) {
            const delay = parseDelay(flags['delete-after'], 'delete-after');
            body.delete_delay_value = delay.value;
            body.delete_delay_unit = delay.unit;
        }
        else if (flags['delete-on'] !== undefined) {
            body.delete_on_date = parseDate(flags['delete-on'], 'delete-on', now);
            if (body.destroy_on_date !== undefined && body.delete_on_date < body.destroy_on_date) {
                throw new errors/* UsageError */.eb(`--delete-on ${body.delete_on_date} is before --destroy-on ${body.destroy_on_date}`);
            }
        }
    }
    if (provisioner !== undefined)
        body.provisioner = provisioner;
    return { kind: 'set', body, pipelineId };
}

;// CONCATENATED MODULE: ./src/cli/ttl-command.ts
/**
 * `iacm-report ttl`: set, show or turn off a workspace's time to live (Harness "ephemeral
 * config"). Flags are checked before any call; the answer's computed destroy_at / delete_at are
 * printed on stdout as `key: value` lines for scripts.
 */







const TTL_USAGE = `Usage: iacm-report ttl (--destroy-after <delay> | --destroy-on <date>) [options] [connection]
       iacm-report ttl --show | --off [connection]

Destroy the workspace's resources after a delay or on a date (the delay counts from the last
successful apply; a workspace never applied is never destroyed).
  --destroy-after <delay>   4h, 2d, 90m, 30s, or words: 4 hours, 2 days
  --destroy-on <date>       YYYY-MM-DD, after today
  --delete-workspace        also delete the workspace, with one of:
    --delete-after <delay>  or  --delete-on <date>
  --pipeline-id <id>        the pipeline that destroys; without it, the one Harness already has in
                            this workspace's time to live, else nothing is sent (exit 2): find
                            it with \`iacm-report pipelines\`
  --provisioner <name>      terraform, opentofu or terragrunt (Harness's default: opentofu)
  --show                    print the current setting (\`status: none\` when there is none)
  --off                     turn the time to live off

${connection_flags/* CONNECTION_USAGE */.T3}

Exit codes: 0 done, 2 bad flags, 1 the API call failed.`;
const options = {
    'destroy-after': { type: 'string' },
    'destroy-on': { type: 'string' },
    'delete-workspace': { type: 'boolean' },
    'delete-after': { type: 'string' },
    'delete-on': { type: 'string' },
    'pipeline-id': { type: 'string' },
    provisioner: { type: 'string' },
    show: { type: 'boolean' },
    off: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    ...connection_flags/* connectionOptions */.HZ,
};
/** `key: value` for every scalar field, the computed times first. */
function renderConfig(config) {
    const first = ['destroy_at', 'delete_at', 'status'];
    const keys = [...first, ...Object.keys(config).filter((key) => !first.includes(key))];
    const lines = [];
    for (const key of keys) {
        const value = config[key];
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
            // The server's words: one plain line each (no terminal escapes, no forged extra lines).
            lines.push(`${(0,plain_text/* plainText */.wh)(key)}: ${(0,plain_text/* plainText */.wh)(String(value))}\n`);
        }
    }
    return lines.join('');
}
/** Without --pipeline-id: the pipeline Harness already has, or a refusal before anything is sent. */
async function destroyPipelineOnRecord(conn, http, io, workspace) {
    const known = await knownDestroyPipeline(conn, http);
    if (known === undefined) {
        throw new errors/* UsageError */.eb(`Harness needs the pipeline that destroys workspace ${workspace} and has none on record for it: give --pipeline-id <id> (\`iacm-report pipelines\` lists the pipelines that use this workspace)`);
    }
    const from = known.source === undefined ? '' : ` (set on the ${known.source})`;
    io.stderr(`iacm-report: destroying with pipeline ${known.id}, the one this workspace's time to live already names${from}\n`);
    return known.id;
}
async function run(argv, io, overrides = {}) {
    return (0,command_runner/* runCommand */.d1)(argv, io, async () => {
        const values = (0,command_runner/* flagsOrHelp */.CH)(argv, options, 'ttl', TTL_USAGE, io);
        if (values === undefined)
            return errors/* EXIT_OK */.Ij;
        const action = ttlAction(values, overrides.now?.() ?? new Date());
        const conn = (0,connection_flags/* connectionFromFlags */.Ep)(values, io.env, { require: true });
        const http = (0,command_runner/* httpOptionsFor */.kX)(io, overrides);
        const workspace = conn.workspace ?? '';
        switch (action.kind) {
            case 'show': {
                const config = await (0,iacm_api/* getEphemeralConfig */.oh)(conn, http);
                if (config === undefined) {
                    // An answer, not an error: scripts read `status: none`, people the line on stderr.
                    io.stdout('status: none\n');
                    io.stderr(`iacm-report: workspace ${workspace} has no time to live (nothing is scheduled for destroy)\n`);
                    return errors/* EXIT_OK */.Ij;
                }
                io.stdout(renderConfig(config));
                return errors/* EXIT_OK */.Ij;
            }
            case 'off':
                await (0,iacm_api/* deleteEphemeralConfig */.TM)(conn, http);
                io.stderr(`iacm-report: time to live turned off for workspace ${workspace}\n`);
                return errors/* EXIT_OK */.Ij;
            case 'set': {
                const pipelineId = action.pipelineId ?? (await destroyPipelineOnRecord(conn, http, io, workspace));
                const answer = await (0,iacm_api/* putEphemeralConfig */.nW)(conn, { ...action.body, pipeline_id: pipelineId }, http);
                io.stdout(renderConfig(answer));
                io.stderr(`iacm-report: time to live set for workspace ${workspace}\n`);
                if (answer.destroy_at === undefined) {
                    io.stderr('iacm-report: Harness gave no destroy_at yet: it is computed from the next successful apply\n');
                }
                return errors/* EXIT_OK */.Ij;
            }
        }
    });
}


/***/ })

};
