export const id = 241;
export const ids = [241];
export const modules = {

/***/ 7241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildPartial: () => (/* binding */ buildPartial),
/* harmony export */   failedPartial: () => (/* binding */ failedPartial),
/* harmony export */   planOf: () => (/* binding */ planOf),
/* harmony export */   serializePartial: () => (/* binding */ serializePartial)
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


/***/ })

};
