export const id = 662;
export const ids = [662];
export const modules = {

/***/ 3662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sendAndConfirm: () => (/* binding */ sendAndConfirm)
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


/***/ })

};
