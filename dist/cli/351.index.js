export const id = 351;
export const ids = [351,662];
export const modules = {

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

/***/ 7351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MERGE_USAGE: () => (/* binding */ MERGE_USAGE),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/config/config-issues.ts
var config_issues = __webpack_require__(7503);
// EXTERNAL MODULE: ./src/config/from-cli-flags.ts
var from_cli_flags = __webpack_require__(5417);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(9567);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/schema.ts + 2 modules
var schema = __webpack_require__(17);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
;// CONCATENATED MODULE: ./src/config/merge-schema.ts
/**
 * One validated configuration for `iacm-report merge` (the reduce side of partial reports),
 * whichever world it came from: CLI arguments, the Action's `merge:` inputs, the plugin's
 * PLUGIN_MERGE settings. Connection, delivery, overrides and gates are the report's own rows of
 * the settings table; the merge's own fields sit under `merge` (their rows' paths).
 */




const mergeOptionsSchema = schemas/* object */.Ikc({
    /** Partial report files or globs. */
    partials: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1, 'give at least one partial report file or glob'),
    /** Legs the run has: fewer partials mark the event incomplete and name the gap. */
    expectLegs: coerce/* number */.ai()
        .int('a whole number')
        .positive('a number of legs, 1 or more')
        .optional(),
    /** Accept partials of different workspaces or commits in one event. */
    allowMixed: schemas/* boolean */.zMY().default(false),
    /** One comment and summary over many workspaces' legs; send nothing. */
    commentOnly: schemas/* boolean */.zMY().default(false),
});
const mergeConfigSchema = schema/* reportConfigBase */._C
    .pick({
    eventType: true,
    activityType: true,
    activityStatus: true,
    provisioner: true,
    dryRun: true,
    spoolDir: true,
    noConfirm: true,
    harnessUiUrl: true,
    connection: true,
    review: true,
})
    .extend({
    // The policy gate reads the answers to uploads, which a merge does not make.
    gates: schema/* gatesSchema */.y2.omit({ failOnPolicy: true }).strict().prefault({}),
    merge: mergeOptionsSchema.strict(),
})
    // Strict: a setting that cannot act on a merge is refused, never silently dropped.
    .strict()
    .superRefine((config, ctx) => {
    if (config.dryRun || config.merge.commentOnly)
        return;
    (0,schema/* connectionRule */.pf)(config, ctx, 'the merged report');
});
/**
 * Rows of other sections a merge cannot act on: the policy gate, and drift per resource (partial
 * reports keep counts and addresses, not each drifted resource's provider and attribute names).
 */
const MERGE_IGNORES = new Set(['gates.failOnPolicy', 'sendDriftResources']);
/**
 * Whether a setting can act on a merge. A merge reads only the partial reports the legs saved, so
 * the report's inputs, the partial settings and the uploads (and the policy gate, which reads the
 * uploads' answers) belong to the legs' steps.
 */
function actsOnMerge(row) {
    if (row.section === 'inputs' || row.section === 'partial' || row.section === 'uploads')
        return false;
    return !MERGE_IGNORES.has(row.path);
}
/**
 * A reader's input for the merge schema: refuses, in one line naming each, the settings the user
 * gave (`given`: set explicitly, not a default or a built-in variable) that cannot act on a merge,
 * and leaves out the rest of them (defaults, built-in variables) so the strict schema sees only
 * what a merge reads. The same rule and the same line in every entry.
 */
function mergeInput(input, given, world) {
    const refused = settings/* SETTINGS */.yy.filter((row) => !actsOnMerge(row) && given(row));
    if (refused.length > 0) {
        const template = `${refused.map((row) => (0,errors/* settingRef */.yE)(row.path)).join(', ')} cannot act on a merge: the merge reads only ` +
            'the partial reports the legs saved; set it on the legs that report';
        throw new errors/* UsageError */.eb((0,errors/* wordSettings */.mM)(template, settings/* SETTING_NAMES */.OI[world]), 'CONFIG_INVALID');
    }
    const kept = structuredClone(input);
    for (const row of settings/* SETTINGS */.yy)
        if (!actsOnMerge(row))
            deletePath(kept, row.path);
    // Every upload row is the legs': the whole group goes (pipeline ids from built-in variables too).
    delete kept['uploads'];
    return kept;
}
function deletePath(into, dotted) {
    const keys = dotted.split('.');
    let node = into;
    for (const key of keys.slice(0, -1)) {
        if (typeof node !== 'object' || node === null)
            return;
        node = node[key];
    }
    if (typeof node === 'object' && node !== null)
        delete node[keys.at(-1) ?? ''];
}

// EXTERNAL MODULE: ./src/plain-text.ts
var plain_text = __webpack_require__(8763);
// EXTERNAL MODULE: ./src/run/ending.ts
var run_ending = __webpack_require__(4942);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/api/redact.ts
var redact = __webpack_require__(2799);
// EXTERNAL MODULE: ./src/api/spool.ts
var spool = __webpack_require__(3487);
// EXTERNAL MODULE: ./src/run/body-secrets.ts
var body_secrets = __webpack_require__(21);
// EXTERNAL MODULE: ./src/context/read-ci-context.ts + 4 modules
var read_ci_context = __webpack_require__(5692);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/model/bounded-list.ts
var bounded_list = __webpack_require__(8485);
// EXTERNAL MODULE: ./src/inputs/path-match.ts
var path_match = __webpack_require__(9966);
// EXTERNAL MODULE: ./src/reporter/coverage.ts
var reporter_coverage = __webpack_require__(6739);
// EXTERNAL MODULE: ./src/model/decimal.ts
var decimal = __webpack_require__(2078);
// EXTERNAL MODULE: ./src/model/cost-math.ts
var cost_math = __webpack_require__(9631);
// EXTERNAL MODULE: ./src/model/cost-details.ts
var cost_details = __webpack_require__(903);
// EXTERNAL MODULE: ./src/partial/build-partial.ts
var build_partial = __webpack_require__(7241);
;// CONCATENATED MODULE: ./src/partial/merge-partials.ts
/**
 * The reduce side: partial reports -> one set of model inputs, as if one run had read everything
 * the legs read. Pure: the caller reads the files (one at a time) and hands each one over.
 *
 * Rules:
 * - order-independent: legs are put in a canonical order (leg name, then content hash), units in
 *   pathId order, so any order of the same partials gives the same inputs, byte for byte;
 * - a partial identical to one already added (a retried leg uploading twice) counts once, with a
 *   warning; the same Terragrunt unit in two partials is an error naming both files, unless the
 *   two records are identical (a warning);
 * - partials for different workspaces or commits are refused unless `allowMixed`;
 * - a leg that recorded a failure, or fewer legs than expected, set the run's status floor
 *   (failure / incomplete) and are named in notes the summaries show first.
 */









/** Warnings kept from the legs (and as many again from the merge itself). */
const MAX_WARNINGS = 1000;
/**
 * A plan record as the model reads it: address lists cut to LIST_LIMIT items (their totals kept),
 * as the leg's own reader keeps them; a partial not written by a leg cannot make the merge hold more.
 */
function compactPlan(plan) {
    const lists = plan.addresses;
    if (!Object.values(lists).some((list) => list.items.length > bounded_list/* LIST_LIMIT */.bh))
        return plan;
    const addresses = {};
    for (const [key, list] of Object.entries(lists)) {
        addresses[key] = { items: list.items.slice(0, bounded_list/* LIST_LIMIT */.bh), total: list.total };
    }
    return { ...plan, addresses: addresses };
}
function compactEntry(entry) {
    return entry.plan === undefined ? entry : { ...entry, plan: compactPlan(entry.plan) };
}
function conflict(files, detail) {
    const [first = '', second = ''] = [...files].sort(path_match/* compareCodeUnits */.UF);
    return new errors/* InputError */.dz('INPUT_CONFLICT', first, `${detail} (also in ${second})`);
}
class PartialMerger {
    rules;
    loaded = [];
    byHash = new Map();
    /** Per unit: the file it came from, a digest of its record (to compare a twin), the record. */
    units = new Map();
    warnings = [];
    /** Per leg and run (GitHub's run id without its attempt): the attempt counted, and its file. */
    attempts = new Map();
    workspace;
    commit;
    constructor(rules = {}) {
        this.rules = rules;
    }
    add(item) {
        const twin = this.byHash.get(item.hash);
        if (twin !== undefined) {
            const [a, b] = [twin, item.file].sort(path_match/* compareCodeUnits */.UF);
            this.warnings.push(`${a} and ${b} are identical (a retried leg?); counted once`);
            return;
        }
        const { partial, file } = item;
        if (!this.newestAttempt(item))
            return;
        if (!this.rules.allowMixed) {
            this.workspace = this.same('workspace', this.workspace, partial.workspace, file);
            this.commit = this.same('commit', this.commit, partial.commit, file);
        }
        for (const entry of partial.report.units ?? []) {
            const pathId = entry.unit.pathId;
            // Compared without the plan's file name: a retried leg may have planned into another folder.
            // A digest, not the text: the text would hold every unit twice.
            const digest = (0,external_node_crypto_.createHash)('sha256')
                .update(JSON.stringify({ ...entry, plan: entry.plan && { ...entry.plan, file: '' } }))
                .digest('base64');
            const held = this.units.get(pathId);
            if (held === undefined) {
                this.units.set(pathId, { file, digest, entry: compactEntry(entry) });
            }
            else if (held.digest === digest) {
                const [a = '', b = ''] = [held.file, file].sort(path_match/* compareCodeUnits */.UF);
                this.warnings.push(`Terragrunt unit ${pathId} is in both ${a} and ${b}, identical; counted once`);
                // The same record whichever partial came first.
                if (a === file)
                    this.units.set(pathId, { file, digest, entry: compactEntry(entry) });
            }
            else {
                throw conflict([held.file, file], `Terragrunt unit ${pathId} is in two partial reports with different results; each unit must be planned by one leg`);
            }
        }
        this.byHash.set(item.hash, file);
        // Folded in and let go: the units are held above, warnings bounded; only the plans' bounded
        // summaries stay with the leg.
        const report = partial.report;
        const slim = {
            ...partial,
            report: {
                ...report,
                plans: report.plans.map(compactPlan),
                drifts: report.drifts.map(compactPlan),
                // finish() keeps MAX_WARNINGS in all: more from one leg would only be dropped there.
                warnings: report.warnings.slice(0, MAX_WARNINGS),
                units: report.units === undefined ? undefined : [],
            },
        };
        this.loaded.push({ file, hash: item.hash, partial: slim });
    }
    /**
     * A retried leg (same leg, same run, another GITHUB_RUN_ATTEMPT) counts once, the latest attempt,
     * with a warning: whichever order the files come in. False when `item` is the older attempt.
     */
    newestAttempt(item) {
        const { leg } = item.partial;
        const run = /^(\d+)\.(\d+)$/.exec(leg.run ?? '');
        if (run === null)
            return true;
        const key = JSON.stringify([leg.name, leg.job, run[1]]);
        const attempt = Number(run[2]);
        const held = this.attempts.get(key);
        if (held !== undefined) {
            const [older, newer] = held.attempt < attempt ? [held, { attempt, file: item.file }] : [{ attempt, file: item.file }, held];
            this.warnings.push(`${older.file} and ${newer.file} are attempts ${older.attempt} and ${newer.attempt} of leg ${leg.name} (run ${run[1]}); only attempt ${newer.attempt} is counted`);
            if (held.attempt >= attempt)
                return false;
            this.forget(held.file);
        }
        this.attempts.set(key, { attempt, file: item.file });
        return true;
    }
    /** Takes a file's partial back out (an older attempt of a leg). */
    forget(file) {
        const at = this.loaded.findIndex((loaded) => loaded.file === file);
        if (at !== -1)
            this.loaded.splice(at, 1);
        for (const [hash, held] of this.byHash)
            if (held === file)
                this.byHash.delete(hash);
        for (const [pathId, held] of this.units)
            if (held.file === file)
                this.units.delete(pathId);
    }
    same(what, held, value, file) {
        if (value === undefined)
            return held;
        if (held === undefined)
            return { value, file };
        if (held.value !== value) {
            throw conflict([held.file, file], `partial reports of different ${what}s (${held.value}, ${value}) cannot make one event; merge each ${what} on its own, or pass --allow-mixed`);
        }
        return held;
    }
    finish() {
        const legs = [...this.loaded].sort((a, b) => (0,path_match/* compareCodeUnits */.UF)(a.partial.leg.name, b.partial.leg.name) || (0,path_match/* compareCodeUnits */.UF)(a.hash, b.hash));
        const several = legs.length > 1;
        const plans = [];
        const drifts = [];
        const warnings = [];
        let dropped = 0;
        for (const { partial } of legs) {
            // Loops, not push(...list): a leg may carry more plans than a call takes arguments.
            for (const plan of partial.report.plans)
                plans.push((0,build_partial.planOf)(plan));
            for (const drift of partial.report.drifts)
                drifts.push((0,build_partial.planOf)(drift));
            const prefix = several ? `leg ${partial.leg.name}: ` : '';
            // Bounded: thousands of legs each warning the same thing would only bury the summary.
            const room = Math.max(0, MAX_WARNINGS - warnings.length);
            warnings.push(...partial.report.warnings.slice(0, room).map((w) => prefix + w));
            dropped += Math.max(0, partial.report.warnings.length - room);
        }
        warnings.push(...[...this.warnings].sort(path_match/* compareCodeUnits */.UF).slice(0, MAX_WARNINGS));
        dropped += Math.max(0, this.warnings.length - MAX_WARNINGS);
        if (dropped > 0)
            warnings.push(`${dropped} more warnings from the partial reports not kept`);
        let terragrunt;
        if (legs.some(({ partial }) => partial.report.units !== undefined)) {
            const pathIds = [...this.units.keys()].sort(path_match/* compareCodeUnits */.UF);
            const units = [];
            const unitPlans = new Map();
            for (const pathId of pathIds) {
                const { entry } = this.units.get(pathId);
                units.push(entry.unit);
                if (entry.plan !== undefined)
                    unitPlans.set(pathId, (0,build_partial.planOf)(entry.plan));
            }
            terragrunt = { units, plans: unitPlans };
        }
        const cost = sumCosts(legs, warnings);
        // The costs behind the total only under a total: across currencies or with unpriced legs
        // there is none, and amounts in two currencies would not rank.
        const costDetails = cost === undefined
            ? undefined
            : (0,cost_details/* combineCostDetails */.pJ)(legs
                .filter(({ partial }) => partial.leg.status === 'success')
                .map(({ partial }) => partial.report.costDetails)
                .filter((details) => details !== undefined));
        const overrides = agreedOverrides(legs, warnings);
        const { notes, statusFloor } = legNotes(legs, this.rules.expectLegs);
        const input = {
            plans,
            drifts,
            terragrunt,
            cost,
            costDetails,
            warnings: [...notes, ...warnings],
            overrides,
        };
        const summaries = legs.map(({ partial, file }) => ({
            name: partial.leg.name,
            file,
            status: partial.leg.status,
            error: partial.leg.error,
            workspace: partial.workspace,
            sent: partial.leg.sent,
        }));
        return { input, legs: summaries, statusFloor, notes };
    }
}
function legNotes(legs, expect) {
    const notes = [];
    const failed = legs.filter(({ partial }) => partial.leg.status === 'failure');
    for (const { partial, file } of failed) {
        notes.push(`leg ${partial.leg.name} failed (${file}): ${partial.leg.error ?? 'no reason recorded'}`);
    }
    const missingNote = (0,reporter_coverage/* missingLegsNote */.KJ)({
        expected: expect,
        planned: legs
            .filter(({ partial }) => partial.leg.status !== 'failure')
            .map(({ partial }) => partial.leg.name),
        failed: failed.map(({ partial }) => partial.leg.name),
    });
    if (missingNote !== undefined) {
        notes.unshift(missingNote);
    }
    else if (expect !== undefined && legs.length > expect) {
        notes.push(`${legs.length} legs arrived, more than the ${expect} expected`);
    }
    const statusFloor = failed.length > 0 ? 'failure' : missingNote !== undefined ? 'incomplete' : undefined;
    return { notes, statusFloor };
}
const TOTALS = ['totalMonthly', 'pastTotalMonthly', 'diffTotalMonthly'];
/**
 * The run's cost totals: each leg's Infracost totals added up, exactly. A total is left out
 * (with a warning) when a leg that has a report lacks it, or when currencies differ: a sum over
 * some of the legs would understate the run, and unknown is never shown as a number.
 */
function sumCosts(legs, warnings) {
    const reporting = legs.filter(({ partial }) => partial.leg.status === 'success');
    const priced = reporting.filter(({ partial }) => partial.report.cost !== undefined);
    if (priced.length === 0)
        return undefined;
    const only = priced.length === 1 && reporting.length === 1 ? priced[0]?.partial.report.cost : undefined;
    if (only !== undefined)
        return { ...only };
    const unpriced = reporting.filter(({ partial }) => partial.report.cost === undefined);
    if (unpriced.length > 0) {
        warnings.push(`cost totals left out: legs without Infracost costs: ${unpriced.map(({ partial }) => partial.leg.name).join(', ')}`);
        return undefined;
    }
    const currencies = new Set(priced.map(({ partial }) => partial.report.cost?.currency));
    if (currencies.size > 1) {
        warnings.push(`cost totals left out: the legs report different currencies (${[...currencies].map(String).join(', ')})`);
        return undefined;
    }
    const figures = {};
    const currency = [...currencies][0];
    if (currency !== undefined)
        figures.currency = currency;
    for (const key of TOTALS) {
        const values = priced.map(({ partial }) => partial.report.cost?.[key]);
        if (values.every((v) => v !== undefined)) {
            figures[key] = values.reduce((a, b) => (0,decimal/* addDecimals */.Qr)(a, b));
        }
        else if (values.some((v) => v !== undefined)) {
            warnings.push(`cost total ${key} left out: not every leg's Infracost report has it`);
        }
    }
    const change = (0,cost_math/* percentageChangeText */.Ug)(figures.diffTotalMonthly, figures.pastTotalMonthly);
    if (change !== undefined)
        figures.percentageChange = change;
    return figures;
}
/** An override the legs set holds when every leg that set it agrees; otherwise it is dropped. */
function agreedOverrides(legs, warnings) {
    const out = {};
    for (const key of ['eventType', 'activityType', 'activityStatus', 'provisioner']) {
        const values = new Set(legs.map(({ partial }) => partial.report.overrides[key]).filter((v) => v !== undefined));
        if (values.size === 1)
            out[key] = [...values][0];
        if (values.size > 1) {
            warnings.push(`the legs set ${key} differently (${[...values].join(', ')}); left to the data`);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/partial/partial-file.ts + 1 modules
var partial_file = __webpack_require__(1821);
// EXTERNAL MODULE: ./src/partial/partial-limits.ts
var partial_limits = __webpack_require__(2889);
// EXTERNAL MODULE: ./src/inputs/input-file.ts
var input_file = __webpack_require__(6572);
// EXTERNAL MODULE: ./src/inputs/expand-inputs.ts
var expand_inputs = __webpack_require__(867);
// EXTERNAL MODULE: ./src/reporter/build-event.ts + 1 modules
var build_event = __webpack_require__(6314);
// EXTERNAL MODULE: ./src/reporter/build-model.ts
var build_model = __webpack_require__(2965);
// EXTERNAL MODULE: ./src/reporter/workspaces-summary.ts
var workspaces_summary = __webpack_require__(3546);
// EXTERNAL MODULE: ./src/run/gates.ts
var run_gates = __webpack_require__(6305);
// EXTERNAL MODULE: ./src/run/request-body.ts
var request_body = __webpack_require__(4909);
// EXTERNAL MODULE: ./src/run/run-report.ts + 46 modules
var run_report = __webpack_require__(3762);
// EXTERNAL MODULE: ./src/run/send-and-confirm.ts + 2 modules
var send_and_confirm = __webpack_require__(3662);
;// CONCATENATED MODULE: ./src/run/run-merge.ts
/**
 * `iacm-report merge`: partial reports -> one model, one event, one delivery (the reduce side of
 * a CI matrix). Or, with `commentOnly`, one model per workspace for one comment and summary over
 * legs that already sent their own events; nothing is sent then.
 *
 * Partials are read one at a time and folded into the merger, so memory holds the merged data
 * and never more than one partial's text.
 */






















/** The section label for legs that named no workspace. */
const NO_WORKSPACE = '(no workspace given)';
async function runMerge(config, io) {
    const sends = !config.dryRun && !config.merge.commentOnly;
    if (sends && config.spoolDir !== undefined)
        await (0,spool.checkSpoolDir)(config.spoolDir, io.cwd);
    // The connection a send needs was checked by the merge schema, before any partial is read.
    const ciContext = (0,read_ci_context/* readCiContext */.O)(io.env, io.cwd);
    ciContext.catch(() => undefined);
    const files = await findPartials(config, io);
    if (config.merge.commentOnly)
        return commentOnly(config, io, files);
    const merger = new PartialMerger({
        expectLegs: config.merge.expectLegs,
        allowMixed: config.merge.allowMixed,
    });
    const budget = await mergeBudget(files, io.cwd);
    for (const file of files)
        merger.add(budget(await (0,partial_file.readPartialFile)((0,external_node_path_.resolve)(io.cwd, file), file)));
    const merged = merger.finish();
    checkTarget(config, merged);
    const model = mergedModel({ ...config, expectLegs: config.merge.expectLegs }, merged);
    // The same cleaning as a report's body (request-body.ts), and the key out of every field.
    const event = (0,redact/* scrubSecrets */.Zg)((0,request_body/* cleanEvent */.a)((0,build_event/* buildEvent */.V)(model, await ciContext)), (0,body_secrets/* bodySecrets */.m)(config));
    const body = (0,body_secrets/* cleanBody */.C)((0,request_body/* requestBody */.I)(event), config);
    // Warnings are not logged here: each entry shows them once, in its own summary (as for a report).
    const gates = (0,run_gates/* trippedGates */.J)(model, config.gates);
    // Confirmed like a report's send: the activity it became (`activity-id`), its counts compared.
    const delivery = !sends
        ? { kind: 'dry-run' }
        : await (0,send_and_confirm.sendAndConfirm)(config, event, model, io.http, (landed) => (0,run_report/* sendBody */.bU)(config, body, io, landed));
    const facts = (0,run_report/* runFacts */.pI)(config, event, delivery, gates);
    return { kind: 'event', model, event, body, legs: merged.legs, delivery, gates, facts };
}
/** The model of the merged inputs, the legs' outcome folded into its status. */
function mergedModel(config, merged) {
    const agreed = merged.input.overrides ?? {};
    const model = (0,build_model/* buildModel */.yK)({
        ...merged.input,
        overrides: {
            eventType: config.eventType ?? agreed.eventType,
            activityType: config.activityType ?? agreed.activityType,
            activityStatus: config.activityStatus ?? agreed.activityStatus,
            provisioner: config.provisioner ?? agreed.provisioner,
        },
    });
    model.legs = {
        expected: config.expectLegs,
        planned: merged.legs.filter((leg) => leg.status !== 'failure').map((leg) => leg.name),
        failed: merged.legs.filter((leg) => leg.status === 'failure').map((leg) => leg.name),
    };
    if (config.activityStatus === undefined && merged.statusFloor !== undefined) {
        if (merged.statusFloor === 'failure' || model.activityStatus === 'success') {
            model.activityStatus = merged.statusFloor;
        }
    }
    return model;
}
/**
 * Every pattern's files, sorted. A pattern that matches nothing is a gap, not an error, when the
 * run says how many legs to expect: the missing legs are then reported as missing. No partial
 * report at all is bad input whatever was expected (an artifact name typo must not read as a run
 * with nothing to change).
 */
async function findPartials(config, io) {
    const files = new Set();
    for (const pattern of config.merge.partials) {
        try {
            // Links too: a partial linked into the folder is read (or refused by name), never skipped.
            const found = await (0,expand_inputs/* expandInputs */.G)([pattern], io.cwd, 'partial report', { links: true });
            for (const file of found)
                files.add(file);
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz &&
                error.code === 'INPUT_NOT_FOUND' &&
                config.merge.expectLegs !== undefined)) {
                throw error;
            }
            io.log(`warning: ${(0,plain_text/* plainText */.wh)(error.message)}`);
        }
    }
    if (files.size === 0) {
        const patterns = config.merge.partials.map((p) => JSON.stringify(p)).join(', ');
        throw new errors/* InputError */.dz('INPUT_NOT_FOUND', config.merge.partials[0] ?? '', `no partial report matches ${patterns}: nothing to merge; check the legs' artifact names and the download step`);
    }
    return [...files].sort(path_match/* compareCodeUnits */.UF);
}
/**
 * The merge's budget, counted twice: over the files' sizes before any is read (the one that takes
 * the merge past it is refused by name, nothing read, nothing sent), then over the bytes each read
 * gave (a file may grow in between). Returns the counter of the second.
 */
async function mergeBudget(files, cwd) {
    const counter = () => {
        let total = 0;
        return (size, file) => {
            total += size;
            if (total > partial_limits/* MERGE_BUDGET_BYTES */.t4) {
                throw new errors/* InputError */.dz('INPUT_TOO_LARGE', file, `takes the partial reports of this merge past ${(0,input_file/* sizeText */.lP)(partial_limits/* MERGE_BUDGET_BYTES */.t4)} together, the most one merge reads; merge fewer legs at a time (--comment-only over groups) or make the legs' partials smaller`);
            }
        };
    };
    const planned = counter();
    for (const file of files) {
        // A file that cannot be looked at is refused by name when it is read, in its turn.
        const size = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, file)).then((info) => info.size, () => 0);
        planned(size, file);
    }
    const read = counter();
    return (loaded) => {
        read(loaded.size, loaded.file);
        return loaded;
    };
}
/** Partials naming a workspace other than the one the merged event goes to are refused. */
function checkTarget(config, merged) {
    const target = config.connection.workspace;
    if (target === undefined || config.merge.allowMixed)
        return;
    const other = merged.legs.find((leg) => leg.workspace !== undefined && leg.workspace !== target);
    if (other !== undefined) {
        throw new errors/* UsageError */.eb(`${other.file}: the partial report is for workspace ${other.workspace ?? ''}, but the merged event goes to ${target}; pass --allow-mixed if that is meant`, 'CONFIG_INVALID');
    }
}
async function commentOnly(config, io, files) {
    const mergers = new Map();
    const budget = await mergeBudget(files, io.cwd);
    let commit;
    for (const file of files) {
        const loaded = budget(await (0,partial_file.readPartialFile)((0,external_node_path_.resolve)(io.cwd, file), file));
        const { workspace, commit: sha } = loaded.partial;
        if (!config.merge.allowMixed && sha !== undefined) {
            if (commit !== undefined && commit.value !== sha) {
                const [a, b] = [commit.file, file].sort(path_match/* compareCodeUnits */.UF);
                throw new errors/* InputError */.dz('INPUT_CONFLICT', a ?? file, `partial reports of different commits (${commit.value}, ${sha}) cannot make one comment; pass --allow-mixed if that is meant (also in ${b ?? file})`);
            }
            commit ??= { value: sha, file };
        }
        const key = workspace ?? NO_WORKSPACE;
        let merger = mergers.get(key);
        if (merger === undefined) {
            merger = new PartialMerger({ allowMixed: config.merge.allowMixed });
            mergers.set(key, merger);
        }
        merger.add(loaded);
    }
    const sections = [];
    const legs = [];
    const notes = [];
    for (const workspace of [...mergers.keys()].sort(path_match/* compareCodeUnits */.UF)) {
        const merged = mergers.get(workspace).finish();
        sections.push({ workspace, model: mergedModel(config, merged) });
        legs.push(...merged.legs);
        notes.push(...merged.notes);
    }
    const coverage = {
        expected: config.merge.expectLegs,
        planned: legs.filter((leg) => leg.status !== 'failure').map((leg) => leg.name),
        failed: legs.filter((leg) => leg.status === 'failure').map((leg) => leg.name),
    };
    const missingNote = (0,reporter_coverage/* missingLegsNote */.KJ)(coverage);
    if (missingNote !== undefined)
        notes.unshift(missingNote);
    const model = (0,workspaces_summary/* combinedModel */.TC)(sections, notes);
    model.legs = coverage;
    const gates = (0,run_gates/* trippedGates */.J)(model, config.gates);
    const facts = { gates };
    return { kind: 'comment-only', model, sections, notes, legs, gates, facts };
}

// EXTERNAL MODULE: ./src/run/review.ts + 11 modules
var run_review = __webpack_require__(3723);
// EXTERNAL MODULE: ./src/cli/report-command.ts
var report_command = __webpack_require__(8118);
// EXTERNAL MODULE: ./src/cli/cli-writer.ts
var cli_writer = __webpack_require__(798);
// EXTERNAL MODULE: ./src/cli/command-runner.ts + 1 modules
var command_runner = __webpack_require__(354);
// EXTERNAL MODULE: ./src/cli/settings-usage.ts
var settings_usage = __webpack_require__(9859);
;// CONCATENATED MODULE: ./src/cli/merge-command.ts













const ROWS = (0,settings/* settingsOf */.f5)('cli');
const options = { ...(0,from_cli_flags/* flagOptions */.vo)(ROWS), quiet: { type: 'boolean', short: 'q' } };
const SECTIONS = ['merge', 'event', 'delivery', 'gates', 'connection', 'review'];
/** --help: the table's CLI rows that act on a merge (settings-usage.ts), never listed here. */
const MERGE_USAGE = `Usage: iacm-report merge <file|glob>... [options]

Merge the partial reports that CI legs wrote with --save-partial into one event (one summary),
as if one run had read everything the legs read.

${(0,settings_usage/* sectionUsage */.vo)(SECTIONS, (0,settings_usage/* usageWidth */.qI)([...SECTIONS]), actsOnMerge)}
Other:
  -q, --quiet                  no summary on stderr (warnings and errors still)


Exit codes: 0 success, 2 bad input or usage, 1 any other failure.`;
function run(argv, io, overrides = {}) {
    return (0,command_runner/* runCommand */.d1)(argv, io, () => merge(argv, io, overrides));
}
/** One line naming the flag (or the file arguments) the first issue is about. */
function mergeIssueError(issues) {
    const issue = issues[0];
    if (issue !== undefined && (0,config_issues/* ruleError */.h)(issue, 'cli') === undefined && (0,config_issues/* issuePath */.d)(issue) === 'merge.partials') {
        return new errors/* UsageError */.eb(`merge <file|glob>: ${issue.message}`, 'CONFIG_INVALID');
    }
    return (0,from_cli_flags/* cliIssueError */.Kx)(issues);
}
async function merge(argv, io, overrides) {
    const { values, positionals } = (0,command_runner/* parseFlags */.bQ)(argv, options, 'merge', true);
    const flags = values;
    const input = (0,from_cli_flags/* configInputFromFlags */.KW)(ROWS, flags, io.env);
    (0,settings/* setPath */.SO)(input, 'merge.partials', positionals);
    // A flag on the command line is a choice; a variable (HARNESS_PIPELINE_ID, ...) is not.
    const given = (row) => flags[row.name] !== undefined && flags[row.name] !== false;
    const parsed = mergeConfigSchema.safeParse(mergeInput(input, given, 'cli'));
    if (!parsed.success)
        throw mergeIssueError(parsed.error.issues);
    const config = parsed.data;
    const review = (0,report_command/* cliReviewIo */.XB)(io, config.connection.apiKey, values.quiet === true);
    const outcome = await runMerge(config, {
        env: io.env,
        cwd: io.cwd,
        log: values.quiet === true ? () => undefined : (line) => io.stderr(`${line}\n`),
        http: (0,command_runner/* httpOptionsFor */.kX)(io, overrides),
    }).catch(async (error) => {
        await (0,run_review/* publishFailure */.yX)(config.review, (0,plain_text/* plainText */.wh)((0,errors/* describeError */.Uc)(error, settings/* SETTING_NAMES */.OI.cli)), review);
        throw error;
    });
    const ending = (0,run_ending/* mergeEnding */.qs)(outcome, config.connection.workspace);
    const code = await (0,run_ending/* present */.Eb)(ending, (0,cli_writer/* cliWriter */.y)(io, { quiet: values.quiet === true, dryRun: config.dryRun }));
    // The Markdown file, the comment and the check run (one section per workspace for comment-only).
    await (0,run_review/* finishReview */.kg)(config.review, { model: ending.model, facts: ending.facts, render: ending.markdown }, { ...review, cwd: io.cwd });
    return code;
}


/***/ }),

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
