export const id = 245;
export const ids = [245];
export const modules = {

/***/ 3245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  driftSourcesOf: () => (/* binding */ driftSourcesOf),
  sendDriftPerResource: () => (/* binding */ sendDriftPerResource)
});

// UNUSED EXPORTS: sendDriftResources

// EXTERNAL MODULE: ./src/api/redact.ts
var redact = __webpack_require__(2799);
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/run/body-secrets.ts
var body_secrets = __webpack_require__(21);
// EXTERNAL MODULE: ./src/plan/resource-address.ts
var resource_address = __webpack_require__(6938);
;// CONCATENATED MODULE: ./src/run/drift-resource-batches.ts

/** Resources per PATCH: a body of a few hundred KB at most, well under Harness's 500,000-character limit. */
const DRIFT_BATCH_SIZE = 500;
/** The value every drifted attribute carries: its name is news, its value is not ours to send. */
const REDACTED_VALUE = '(redacted)';
/** Failures named in the summary line; the rest are counted. */
const NAMED_FAILURES = 3;
function toUpdate(resource, pathId) {
    const split = (0,resource_address/* splitAddress */.lS)(resource.address);
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






/** node:crypto loads when first used: loading it costs every run's start-up ~10 ms. */
const send_drift_resources_crypto = () => process.getBuiltinModule('node:crypto');
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
    const sessionId = send_drift_resources_crypto().randomUUID();
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
            warnings.push(`drift per resource: ${sent} of ${resources.length} resources sent, then the call failed: ${(0,errors/* describeError */.Uc)(error)}`);
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


/***/ })

};
