/**
 * A leg's model inputs -> its partial report (map side), and a partial back -> model inputs
 * (for the merge). Pure: no files, no environment.
 */
import type { PlanSummary } from '../model/plan-summary.js';
import type { ModelInput } from '../reporter/build-model.js';
import type { UnitReport } from '../model/unit-report.js';
import { VERSION } from '../version.js';
import type { PartialLeg, PartialReport, UnitEntry } from './partial-schema.js';
import { PARTIAL_KIND, PARTIAL_VERSION } from './partial-schema.js';

export interface PartialOrigin {
  readonly leg: PartialLeg;
  readonly workspace?: string | undefined;
  readonly commit?: string | undefined;
}

/** A copy with every `undefined` field left out, as JSON would (so a partial compares by content). */
function defined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

type PlanRecord = PartialReport['report']['plans'][number];

/** Loose records in the schema; the model's own types carry no index signature. */
function planRecord(plan: PlanSummary): PlanRecord {
  const { changedAttributes, ...rest } = plan;
  // Drifted resources one by one are the sending leg's (--send-drift-resources), not the merge's.
  delete (rest as { driftResources?: unknown }).driftResources;
  // Output values: the merge reads none from a plan (the output lists are labelled already, with
  // values only where --show-values allowed them; a Terragrunt unit's own record carries the
  // stack outputs its request does). Values the leg's outputs never show stay out of the file.
  (rest as { outputs: Record<string, string> }).outputs = {};
  // A Map has no JSON form of its own: its entries travel as pairs.
  const pairs = changedAttributes instanceof Map ? [...changedAttributes] : [];
  return defined(pairs.length > 0 ? { ...rest, changedAttributes: pairs } : rest) as unknown as PlanRecord;
}

function unitRecord(unit: UnitReport): UnitEntry['unit'] {
  return defined(unit) as unknown as UnitEntry['unit'];
}

export function buildPartial(input: ModelInput, origin: PartialOrigin): PartialReport {
  const partial: PartialReport = {
    kind: PARTIAL_KIND,
    version: PARTIAL_VERSION,
    producer: VERSION,
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
    partial.report.units = input.terragrunt.units.map((unit): UnitEntry => {
      const plan = plans.get(unit.pathId);
      return plan === undefined
        ? { unit: unitRecord(unit) }
        : { unit: unitRecord(unit), plan: planRecord(plan) };
    });
  }
  if (input.cost !== undefined) partial.report.cost = defined(input.cost);
  if (input.costDetails !== undefined) partial.report.costDetails = defined(input.costDetails);
  return partial;
}

/** A partial recording a leg that could not build its report (its inputs were missing or bad). */
export function failedPartial(origin: PartialOrigin, error: string): PartialReport {
  return {
    kind: PARTIAL_KIND,
    version: PARTIAL_VERSION,
    producer: VERSION,
    leg: { ...origin.leg, status: 'failure', error: error.slice(0, 2000) },
    ...(origin.workspace === undefined ? {} : { workspace: origin.workspace }),
    ...(origin.commit === undefined ? {} : { commit: origin.commit }),
    report: { plans: [], drifts: [], warnings: [], overrides: {} },
  };
}

/** The partial's JSON text, as written to its file. */
export function serializePartial(partial: PartialReport): string {
  return `${JSON.stringify(partial)}\n`;
}

export function planOf(record: PlanRecord): PlanSummary {
  const { changedAttributes, ...rest } = record;
  return { ...rest, changedAttributes: new Map(changedAttributes ?? []) } as unknown as PlanSummary;
}
