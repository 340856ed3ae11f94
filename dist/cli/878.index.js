export const id = 878;
export const ids = [878,487];
export const modules = {

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

/***/ 3878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YM: () => (/* binding */ uploadHttpOptions),
/* harmony export */   performUploads: () => (/* binding */ performUploads)
/* harmony export */ });
/* unused harmony exports UPLOAD_CONCURRENCY, shellQuote, DEFAULT_UPLOADS_DEADLINE_MS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _make_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3927);
/* harmony import */ var _api_redact_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2799);
/* harmony import */ var _api_spool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3487);
/* harmony import */ var _api_http_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(773);
/* harmony import */ var _api_create_data_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5339);
/* harmony import */ var _inputs_bounded_map_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9995);
/* harmony import */ var _reporter_upload_outcome_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1873);










/** node:crypto loads when first used: loading it costs every run's start-up ~10 ms. */
const crypto = () => process.getBuiltinModule('node:crypto');
/** Uploads in flight at once: enough to overlap round trips, few enough to stay clear of rate limits. */
const UPLOAD_CONCURRENCY = 4;
/**
 * A large state or plan text on a slow link takes longer than an event: each attempt gets the
 * event's 30 s plus a second per MB (a 1 MB/s floor), the whole call twice that. Set timeouts
 * (tests) win.
 */
function uploadHttpOptions(size, base = {}) {
    const perAttempt = _api_http_client_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_HTTP_OPTIONS */ .AU.requestTimeoutMs + Math.ceil(size / 1_000_000) * 1000;
    return {
        requestTimeoutMs: perAttempt,
        totalBudgetMs: Math.max(_api_http_client_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_HTTP_OPTIONS */ .AU.totalBudgetMs, perAttempt * 2),
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
    const dir = (0,_api_spool_js__WEBPACK_IMPORTED_MODULE_4__.spoolDirectory)({
        ...(spool.spoolDir === undefined ? {} : { spoolDir: spool.spoolDir }),
        env: spool.env,
        cwd: spool.cwd,
    });
    await (0,_make_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .makeDir */ .g)(dir, 0o700);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `iacm-data-${upload.dataType}-${crypto().randomBytes(4).toString('hex')}.json`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, upload.source.bytes, { mode: 0o600, flag: 'wx' });
    return file;
}
const DEFAULT_UPLOADS_DEADLINE_MS = 300_000;
/**
 * An upload's HTTP options under the run's deadline for all uploads: neither an attempt nor its
 * retries run past `until` (the client starts no attempt past its budget and cuts the one running).
 */
function withinDeadline(options, left) {
    const budget = options.totalBudgetMs ?? _api_http_client_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_HTTP_OPTIONS */ .AU.totalBudgetMs;
    const attempt = options.requestTimeoutMs ?? _api_http_client_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_HTTP_OPTIONS */ .AU.requestTimeoutMs;
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
    const { values, errors } = await (0,_inputs_bounded_map_js__WEBPACK_IMPORTED_MODULE_8__/* .boundedMap */ .a)(uploads, options.concurrency ?? UPLOAD_CONCURRENCY, async (upload, index) => {
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
            const result = await (0,_api_create_data_js__WEBPACK_IMPORTED_MODULE_6__/* .createData */ .vd)(options.connection, {
                dataType: upload.dataType,
                source: upload.source,
                pipeline: options.pipeline,
                stackPath: upload.stackPath,
                onAttempt: isState
                    ? () => {
                        const attempt = crypto().createHash('sha256');
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
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ApiError */ .hD))
                throw error;
            const unread = { ...base, verdictUnread: true };
            const why = (0,_api_redact_js__WEBPACK_IMPORTED_MODULE_9__/* .redact */ .E$)(error.message, [options.connection.apiKey]);
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
            policy: (0,_reporter_upload_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .combinePolicyAnswers */ .De)(answers.filter((a) => a !== undefined)),
        },
        assignments,
        stateChecksum,
    };
}


/***/ })

};
