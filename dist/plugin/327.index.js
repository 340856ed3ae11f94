export const id = 327;
export const ids = [327];
export const modules = {

/***/ 9327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  performUploads: () => (/* binding */ performUploads)
});

// UNUSED EXPORTS: DEFAULT_UPLOADS_DEADLINE_MS, UPLOAD_CONCURRENCY, shellQuote, uploadHttpOptions

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/make-dir.ts
var make_dir = __webpack_require__(3927);
// EXTERNAL MODULE: ./src/api/redact.ts
var redact = __webpack_require__(2799);
// EXTERNAL MODULE: ./src/api/spool.ts
var api_spool = __webpack_require__(3487);
// EXTERNAL MODULE: ./src/api/http-client.ts + 1 modules
var http_client = __webpack_require__(773);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/api/api-call.ts
var api_call = __webpack_require__(1021);
// EXTERNAL MODULE: ./src/api/api-errors.ts
var api_errors = __webpack_require__(6050);
// EXTERNAL MODULE: ./src/api/api-url.ts
var api_url = __webpack_require__(5404);
;// CONCATENATED MODULE: ./src/api/create-data.ts
/**
 * POST `.../workspaces/{workspace}/data` (`workspaces#create-data`): stores raw bytes the
 * provisioner produced (human plan text, Infracost JSON, state) in the workspace and answers with
 * the stored data's id and Harness's OPA policy evaluation of it. The body is the file itself,
 * streamed from disk with its Content-Length (never read whole into memory), so a large state or
 * plan costs no more memory than a small one. Same headers, retries and errors as every call.
 */






/** The `data_type` values the spec lists for Terraform-like provisioners (CDK ones left out). */
const DATA_TYPES = (/* unused pure expression or super */ null && ([
    'plan_human',
    'state_raw',
    'state_human',
    'cost_breakdown',
    'cost_diff',
    'modules',
    'providers',
]));
const optionalText = schemas/* string */.YjP()
    .nullish()
    .transform((value) => (value === null || value === '' ? undefined : value));
/** One policy's verdict. Every field is optional in practice: a missing name must not lose the rest. */
const policyEvaluationSchema = schemas/* looseObject */._H3({
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
const createDataResponseSchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP(),
    policy_evaluation: schemas/* array */.YOg(policyEvaluationSchema).nullish(),
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
            const flags = (external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
            const file = (0,external_node_fs_.createReadStream)(source.file, { flags });
            const observe = request.onAttempt?.();
            if (observe === undefined)
                return file;
            // A pass-through that sees each chunk on its way out: the bytes are read once, not twice.
            const tap = new external_node_stream_.Transform({
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
    return (0,api_call/* withClient */.SV)(conn, { maxResponseBytes: DATA_MAX_RESPONSE_BYTES, ...options }, async (client, resolved) => {
        const url = (0,api_url/* workspaceUrl */.fO)(resolved, 'data', dataQuery(request));
        const action = `upload ${request.dataType}${request.stackPath === undefined ? '' : ` for ${request.stackPath}`}`;
        const response = await client.call('POST', url, action, rawBody(request));
        const ctx = (0,api_call/* context */._O)(resolved, url, action);
        const answer = (0,api_call/* parseResponse */.xp)(response, createDataResponseSchema, ctx);
        if (isUuid(answer.id))
            return { id: answer.id, response: answer };
        // Server text is not echoed (api-errors.ts): the id's length says enough.
        const problem = (0,api_errors/* responseError */.U3)(`with an id that is not a UUID (${answer.id.length} characters)`, ctx).message;
        return { id: undefined, idProblem: problem, response: answer };
    });
}

// EXTERNAL MODULE: ./src/inputs/bounded-map.ts
var bounded_map = __webpack_require__(9995);
// EXTERNAL MODULE: ./src/reporter/upload-outcome.ts
var upload_outcome = __webpack_require__(1873);
;// CONCATENATED MODULE: ./src/run/data-uploads.ts










/** node:crypto loads when first used: loading it costs every run's start-up ~10 ms. */
const data_uploads_crypto = () => process.getBuiltinModule('node:crypto');
/** Uploads in flight at once: enough to overlap round trips, few enough to stay clear of rate limits. */
const UPLOAD_CONCURRENCY = 4;
/**
 * A large state or plan text on a slow link takes longer than an event: each attempt gets the
 * event's 30 s plus a second per MB (a 1 MB/s floor), the whole call twice that. Set timeouts
 * (tests) win.
 */
function uploadHttpOptions(size, base = {}) {
    const perAttempt = http_client/* DEFAULT_HTTP_OPTIONS */.AU.requestTimeoutMs + Math.ceil(size / 1_000_000) * 1000;
    return {
        requestTimeoutMs: perAttempt,
        totalBudgetMs: Math.max(http_client/* DEFAULT_HTTP_OPTIONS */.AU.totalBudgetMs, perAttempt * 2),
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
    const dir = (0,api_spool.spoolDirectory)({
        ...(spool.spoolDir === undefined ? {} : { spoolDir: spool.spoolDir }),
        env: spool.env,
        cwd: spool.cwd,
    });
    await (0,make_dir/* makeDir */.g)(dir, 0o700);
    const file = (0,external_node_path_.join)(dir, `iacm-data-${upload.dataType}-${data_uploads_crypto().randomBytes(4).toString('hex')}.json`);
    await (0,promises_.writeFile)(file, upload.source.bytes, { mode: 0o600, flag: 'wx' });
    return file;
}
const DEFAULT_UPLOADS_DEADLINE_MS = 300_000;
/**
 * An upload's HTTP options under the run's deadline for all uploads: neither an attempt nor its
 * retries run past `until` (the client starts no attempt past its budget and cuts the one running).
 */
function withinDeadline(options, left) {
    const budget = options.totalBudgetMs ?? http_client/* DEFAULT_HTTP_OPTIONS */.AU.totalBudgetMs;
    const attempt = options.requestTimeoutMs ?? http_client/* DEFAULT_HTTP_OPTIONS */.AU.requestTimeoutMs;
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
    const { values, errors } = await (0,bounded_map/* boundedMap */.a)(uploads, options.concurrency ?? UPLOAD_CONCURRENCY, async (upload, index) => {
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
            const result = await createData(options.connection, {
                dataType: upload.dataType,
                source: upload.source,
                pipeline: options.pipeline,
                stackPath: upload.stackPath,
                onAttempt: isState
                    ? () => {
                        const attempt = data_uploads_crypto().createHash('sha256');
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
            if (!(error instanceof src_errors/* ApiError */.hD))
                throw error;
            const unread = { ...base, verdictUnread: true };
            const why = (0,redact/* redact */.E$)(error.message, [options.connection.apiKey]);
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
            policy: (0,upload_outcome/* combinePolicyAnswers */.De)(answers.filter((a) => a !== undefined)),
        },
        assignments,
        stateChecksum,
    };
}


/***/ })

};
