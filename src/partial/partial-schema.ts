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
import * as z from '../zod-mini.js';
import { PROJECT_LIMIT, TOP_RESOURCES } from '../model/cost-details.js';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, EVENT_TYPES, STACK_STATUSES } from '../model/statuses.js';

export const PARTIAL_KIND = 'iacm-reporter/partial-report';
/**
 * Bumped on any change a reader of the previous version would misread or refuse without saying
 * why. Version 2 added `report.costDetails` (issue 24): a version-1 merge would refuse it as an
 * unknown key, so it says "upgrade" instead. Every version listed in READ_VERSIONS still reads.
 */
export const PARTIAL_VERSION = 2;
/** The versions a merge reads: older ones lack only fields that are optional here. */
export const READ_VERSIONS: readonly number[] = [1, 2];

const count = z.number().check(z.int(), z.nonnegative());

const countsSchema = z.strictObject({
  added: count,
  changed: count,
  deleted: count,
  unchanged: count,
  imported: count,
  removed: count,
});

/** A bounded list (src/model/bounded-list.ts): the names kept and the exact total. */
const boundedNames = z.object({
  items: z.array(z.string()),
  total: z.number().check(z.int(), z.nonnegative()),
});
const emptyNames = (): { items: string[]; total: number } => ({ items: [], total: 0 });

const addressListsSchema = z.looseObject({
  created: boundedNames,
  updated: boundedNames,
  deleted: boundedNames,
  replaced: boundedNames,
  imported: boundedNames,
  forgotten: boundedNames,
  drifted: boundedNames,
  unknown: z._default(boundedNames, emptyNames),
  moved: z._default(boundedNames, emptyNames),
  driftDeleted: z._default(boundedNames, emptyNames),
  driftCreated: z._default(boundedNames, emptyNames),
  outputsAdded: z._default(boundedNames, emptyNames),
  outputsChanged: z._default(boundedNames, emptyNames),
  outputsRemoved: z._default(boundedNames, emptyNames),
});

/** Attribute roles (ChangedAttributes) by address; values only those --show-values let through. */
const changedAttributesSchema = z.array(
  z.tuple([
    z.string(),
    z.strictObject({
      names: z.array(z.string()),
      total: count,
      replacing: z.optional(z.array(z.string())),
      unknown: z.optional(z.array(z.string())),
      unknownTotal: z.optional(count),
      values: z.optional(
        z.array(
          z.strictObject({
            path: z.string(),
            before: z.optional(z.string()),
            after: z.optional(z.string()),
            note: z.optional(z.string()),
          }),
        ),
      ),
    }),
  ]),
);

/**
 * Output values by name. Checked by hand rather than with z.record, which drops a `__proto__`
 * key (a valid output name); the object JSON.parse built, where every name is an own property,
 * is kept as it is.
 */
const outputsSchema = z.custom<Record<string, string>>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string'),
  'an object of text values',
);

const decimal = z.string().check(z.regex(/^-?\d+(\.\d+)?$/, 'a decimal number as text'));

export const costFiguresSchema = z.strictObject({
  currency: z.optional(z.string()),
  totalMonthly: z.optional(decimal),
  pastTotalMonthly: z.optional(decimal),
  diffTotalMonthly: z.optional(decimal),
  percentageChange: z.optional(decimal),
});

const costValue = z.union([decimal, z.enum(['usage-based', 'unknown'])]);

/** The costs behind the total (src/model/cost-details.ts), bounded as the model holds them. */
export const costDetailsSchema = z.strictObject({
  projects: z.strictObject({
    items: z
      .array(
        z.strictObject({
          name: z.string(),
          past: z.optional(decimal),
          total: z.optional(decimal),
          diff: z.optional(decimal),
        }),
      )
      .check(z.maxLength(PROJECT_LIMIT)),
    total: count,
  }),
  unchangedProjects: count,
  resources: z.strictObject({
    items: z
      .array(
        z.strictObject({
          address: z.string(),
          project: z.string(),
          before: z.optional(costValue),
          after: z.optional(costValue),
          diff: costValue,
        }),
      )
      .check(z.maxLength(TOP_RESOURCES)),
    total: count,
  }),
});

export const planRecordSchema = z.looseObject({
  file: z.string(),
  formatVersion: z.string(),
  terraformVersion: z.optional(z.string()),
  errored: z.boolean(),
  provisioner: z.optional(z.enum(['terraform', 'opentofu'])),
  isDriftCheck: z.boolean(),
  resourceCounts: countsSchema,
  plannedChangesCount: count,
  driftCounts: countsSchema,
  driftedCount: count,
  outputCounts: countsSchema,
  outputs: outputsSchema,
  outputsOmitted: z._default(count, 0),
  addresses: addressListsSchema,
  warnings: z._default(z.array(z.string()), []),
  changedAttributes: z.optional(changedAttributesSchema),
});

export const unitRecordSchema = z.looseObject({
  pathId: z.string().check(z.minLength(1)),
  name: z.string(),
  status: z.enum(STACK_STATUSES),
  errorMessage: z.optional(z.string()),
  resourceCounts: z.optional(countsSchema),
  driftCounts: z.optional(countsSchema),
  outputCounts: z.optional(countsSchema),
  /** Since this field was added; a merge reads an older unit's from its plan's moved list. */
  movedCount: z.optional(count),
  plannedChangesCount: z.optional(count),
  outputs: z.optional(outputsSchema),
  cost: z.optional(costFiguresSchema),
});

/** One Terragrunt unit: its report entry and, when it planned, its plan. */
export const unitEntrySchema = z.strictObject({
  unit: unitRecordSchema,
  plan: z.optional(planRecordSchema),
});

export const legSchema = z.strictObject({
  /** `--leg`, else from the CI (job, step, file name); for messages, never a key. */
  name: z.string().check(z.minLength(1), z.maxLength(300)),
  /** `failure`: the leg could not read its inputs; `error` says why. Its units are not here. */
  status: z.enum(['success', 'failure']),
  error: z.optional(z.string().check(z.maxLength(2000))),
  /** CI job / step id and run, when known. */
  job: z.optional(z.string()),
  run: z.optional(z.string()),
  /** Whether the leg also sent its own event (`--send`), for `merge --comment-only`. */
  sent: z.boolean(),
});

export const partialReportSchema = z.strictObject({
  kind: z.literal(PARTIAL_KIND),
  version: z.union([z.literal(1), z.literal(PARTIAL_VERSION)]),
  /** The iacm-reporter version that wrote it. */
  producer: z.string(),
  leg: legSchema,
  /** The IaCM workspace the leg reports to, when it was given one. */
  workspace: z.optional(z.string()),
  /** The commit the leg planned. */
  commit: z.optional(z.string()),
  report: z.strictObject({
    plans: z.array(planRecordSchema),
    drifts: z.array(planRecordSchema),
    /** Absent when the leg read no Terragrunt tree. In pathId order. */
    units: z.optional(z.array(unitEntrySchema)),
    cost: z.optional(costFiguresSchema),
    /** Since version 2. */
    costDetails: z.optional(costDetailsSchema),
    warnings: z.array(z.string()),
    overrides: z.strictObject({
      eventType: z.optional(z.enum(EVENT_TYPES)),
      activityType: z.optional(z.enum(ACTIVITY_TYPES)),
      activityStatus: z.optional(z.enum(ACTIVITY_STATUSES)),
      provisioner: z.optional(z.enum(['terraform', 'opentofu', 'terragrunt'])),
    }),
  }),
});

export type PartialReport = z.infer<typeof partialReportSchema>;
export type PartialLeg = z.infer<typeof legSchema>;
export type UnitEntry = z.infer<typeof unitEntrySchema>;
