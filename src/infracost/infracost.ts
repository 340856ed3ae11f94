/**
 * `infracost breakdown --format json` / `infracost diff --format json` (and `infracost output
 * --format json`): Infracost's JSON v0.x. Costs are kept as the decimal text Infracost wrote.
 *
 * Unknown is never turned into zero: a null cost stays unknown, and the zeros Infracost writes for
 * a project it could not price (`metadata.errors`) are dropped as unknown too, each with a warning.
 */
import * as z from '../zod-mini.js';
import { InputError, settingRef } from '../errors.js';
import { costFigures, normalizeDecimalText } from '../model/cost-math.js';
import type { CostFigures } from '../model/cost-math.js';
import { describeJsonValue, parseJsonText } from '../inputs/json-file.js';
import { quoteJsonNumbers } from '../scan/json-numbers.js';
import { PROJECT_LIMIT, TopResources, type CostDetails, type ProjectCost } from '../model/cost-details.js';
import { isZeroDecimal } from '../model/decimal.js';
import { changedResources, resourcesHaveNumbers } from './infracost-resources.js';
import { runTotal, type Figure } from './infracost-totals.js';

export interface InfracostProject {
  /** Position in the file's `projects` array. */
  readonly index: number;
  /** For messages: `displayName`, else `name`, else the path. */
  readonly label: string;
  readonly name: string | undefined;
  /** `metadata.path`: the folder or plan file Infracost read, as it wrote it. */
  readonly path: string | undefined;
  /** Known figures only; no currency (it is the file's). */
  readonly figures: CostFigures;
}

export interface InfracostReport {
  readonly file: string;
  readonly version: string;
  /** The file's totals, as known. */
  readonly figures: CostFigures;
  readonly currency: string | undefined;
  readonly projects: InfracostProject[];
  /** The costs behind the totals: projects that change, resources that change most (always set by parseInfracostText). */
  readonly details?: CostDetails;
  readonly warnings: string[];
  /**
   * The file as JSON.parse reads it (numbers as floats): what the cost uploads are cut from.
   * parseInfracostText always sets it.
   */
  readonly document?: unknown;
}

/**
 * The schema of an Infracost document, built on first use: zod schemas cost start-up to build,
 * and only runs given an Infracost file need this one.
 */
function buildRoot() {
  const cost = z.nullish(z.union([z.string(), z.number()]));
  const breakdown = z.nullish(z.looseObject({ totalMonthlyCost: cost }));
  const diag = z.looseObject({ message: z.nullish(z.string()), isError: z.nullish(z.boolean()) });
  const diags = z.nullish(z.array(diag));
  const project = z.looseObject({
    name: z.nullish(z.string()),
    displayName: z.nullish(z.string()),
    metadata: z.nullish(
      z.looseObject({
        path: z.nullish(z.string()),
        errors: diags,
        currentErrors: diags,
        pastErrors: diags,
        warnings: diags,
      }),
    ),
    breakdown,
    pastBreakdown: breakdown,
    diff: breakdown,
  });
  return z.looseObject({
    version: z.string(),
    currency: z.nullish(z.string()),
    projects: z.nullish(z.array(project)),
    totalMonthlyCost: cost,
    pastTotalMonthlyCost: cost,
    diffTotalMonthlyCost: cost,
  });
}
let rootSchema: ReturnType<typeof buildRoot> | undefined;
type Root = z.infer<ReturnType<typeof buildRoot>>;
type Project = NonNullable<Root['projects']>[number];

/** What to do about an Infracost file that is not JSON. */
const REWRITE = 'write it again with `infracost breakdown --format json` (or `infracost diff --format json`)';

const PLAN_KEYS = ['format_version', 'resource_changes', 'planned_values', 'terraform_version'];

export function parseInfracostText(text: string, label: string): InfracostReport {
  const document = parseJsonText(text, label, REWRITE);
  checkKind(document, label);
  let parsed = validate(document, label);
  if (hasNumberCost(parsed)) {
    // A number's value as JSON.parse gives it is a float; its source text is the exact figure.
    parsed = validate(parseJsonText(quoteJsonNumbers(text), label, REWRITE), label);
  }
  return toReport(parsed, label, document);
}

function checkKind(document: unknown, label: string): void {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new InputError(
      'INPUT_WRONG_KIND',
      label,
      `is ${describeJsonValue(document)}, not Infracost JSON (infracost breakdown --format json)`,
    );
  }
  if (PLAN_KEYS.some((key) => key in document)) {
    throw new InputError(
      'INPUT_WRONG_KIND',
      label,
      `is a Terraform/OpenTofu JSON document, not Infracost JSON (pass plans with ${settingRef('plans')})`,
    );
  }
  if (!('projects' in document) || !('version' in document)) {
    throw new InputError(
      'INPUT_WRONG_KIND',
      label,
      'has no "version" and "projects": not Infracost JSON (infracost breakdown --format json)',
    );
  }
  const version = (document as { version: unknown }).version;
  if (typeof version === 'string' && !/^0\.\d+$/.test(version)) {
    throw new InputError(
      'INPUT_VERSION',
      label,
      `Infracost JSON version ${version} is not one this program reads (0.x)`,
    );
  }
}

function validate(document: unknown, label: string): Root {
  const result = (rootSchema ??= buildRoot()).safeParse(document);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '';
  throw new InputError(
    'INPUT_INVALID',
    label,
    `${where.replace(/^\./, '') || 'document'}: ${issue?.message ?? 'invalid'}`,
  );
}

function hasNumberCost(doc: Root): boolean {
  const values = [doc.totalMonthlyCost, doc.pastTotalMonthlyCost, doc.diffTotalMonthlyCost];
  for (const p of doc.projects ?? []) {
    values.push(p.breakdown?.totalMonthlyCost, p.pastBreakdown?.totalMonthlyCost, p.diff?.totalMonthlyCost);
  }
  return (
    values.some((v) => typeof v === 'number') || (doc.projects ?? []).some((p) => resourcesHaveNumbers(p))
  );
}

/** A cost field's text, validated; undefined for null or absent. */
function costText(
  value: string | number | null | undefined,
  field: string,
  label: string,
): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = normalizeDecimalText(String(value));
  if (text === undefined) {
    throw new InputError(
      'INPUT_INVALID',
      label,
      `${field} is ${JSON.stringify(value)}, not a decimal number`,
    );
  }
  return text;
}

interface ProjectState {
  readonly current: boolean;
  readonly past: boolean;
  readonly messages: string[];
}

/**
 * Which halves of a project Infracost could not price. Newer versions split `currentErrors` and
 * `pastErrors`; older ones only have `errors`, where a fatal error spoils the whole project and an
 * `isError: false` entry (a baseline problem) is worth a warning only.
 */
function projectState(p: Project): ProjectState {
  const meta = p.metadata;
  const messages = [...(meta?.errors ?? []), ...(meta?.warnings ?? [])]
    .map((d) => d.message?.trim())
    .filter((m): m is string => !!m);
  if (meta?.currentErrors != null || meta?.pastErrors != null) {
    // A project whose current run failed is zeroed whole, its past included (Infracost's
    // diff_with_compare_to_with_current_project_error golden writes past 0 where the baseline
    // had 462.32), so a current error spoils all three figures.
    const current = (meta.currentErrors ?? []).length > 0;
    return { current, past: current || (meta.pastErrors ?? []).length > 0, messages };
  }
  const fatal = (meta?.errors ?? []).some((d) => d.isError !== false);
  return { current: fatal, past: fatal, messages };
}

function toReport(doc: Root, label: string, document: unknown): InfracostReport {
  const warnings: string[] = [];
  const projects: InfracostProject[] = [];
  const failedCurrent: string[] = [];
  const failedPast: string[] = [];
  const changed: ProjectCost[] = [];
  let changedTotal = 0;
  const top = new TopResources();
  (doc.projects ?? []).forEach((p, i) => {
    const where = `projects[${i}]`;
    const name = p.name ?? undefined;
    const path = p.metadata?.path ?? undefined;
    // displayName is `""` in some outputs: take the first non-empty name.
    const projectLabel = p.displayName || name || path || where;
    const bad = projectState(p);
    const total = costText(p.breakdown?.totalMonthlyCost, `${where}.breakdown.totalMonthlyCost`, label);
    const past = costText(
      p.pastBreakdown?.totalMonthlyCost,
      `${where}.pastBreakdown.totalMonthlyCost`,
      label,
    );
    const diff = costText(p.diff?.totalMonthlyCost, `${where}.diff.totalMonthlyCost`, label);
    if (bad.current) failedCurrent.push(projectLabel);
    if (bad.past) failedPast.push(projectLabel);
    for (const message of bad.messages) warnings.push(`Infracost project ${projectLabel}: ${message}`);
    const figures = costFigures(
      undefined,
      bad.current ? undefined : total,
      bad.past ? undefined : past,
      bad.current || bad.past ? undefined : diff,
    );
    const unknown = (['totalMonthly', 'pastTotalMonthly', 'diffTotalMonthly'] as const).filter(
      (k) => figures[k] === undefined,
    );
    if (unknown.length > 0) {
      warnings.push(`Infracost project ${projectLabel}: ${unknown.map(describeField).join(', ')} unknown`);
    }
    projects.push({ index: i, label: projectLabel, name, path, figures });
    // A side whose total is unknown (an `infracost output` without a past) has no resource figures
    // to compare with either.
    const sides = {
      current: figures.totalMonthly !== undefined,
      past: figures.pastTotalMonthly !== undefined,
    };
    for (const resource of changedResources(p, projectLabel, sides)) top.add(resource);
    const diffKnown = figures.diffTotalMonthly;
    if (diffKnown === undefined || !isZeroDecimal(diffKnown)) {
      changedTotal += 1;
      if (changed.length < PROJECT_LIMIT) {
        changed.push({
          name: projectLabel,
          past: figures.pastTotalMonthly,
          total: figures.totalMonthly,
          diff: figures.diffTotalMonthly,
        });
      }
    }
  });
  const details: CostDetails = {
    projects: { items: changed, total: changedTotal },
    unchangedProjects: projects.length - changedTotal,
    resources: top.result(),
  };

  const count = projects.length;
  const allCurrentFailed = count > 0 && failedCurrent.length === count;
  const allPastFailed = count > 0 && failedPast.length === count;
  const currency = doc.currency ?? undefined;
  // A total the file leaves out is its projects' sum when every one is known (infracost-totals.ts).
  const known = (
    failed: boolean,
    value: Root['totalMonthlyCost'],
    field: `${Figure}Cost`,
  ): string | undefined =>
    failed
      ? undefined
      : runTotal(costText(value, field, label), projects, field.replace(/Cost$/, '') as Figure);
  const figures = costFigures(
    currency,
    known(allCurrentFailed, doc.totalMonthlyCost, 'totalMonthlyCost'),
    known(allPastFailed, doc.pastTotalMonthlyCost, 'pastTotalMonthlyCost'),
    known(allCurrentFailed || allPastFailed, doc.diffTotalMonthlyCost, 'diffTotalMonthlyCost'),
  );
  const partial = [...new Set([...failedCurrent, ...failedPast])];
  if (partial.length > 0 && partial.length < count) {
    warnings.push(`Infracost totals leave out what it could not price in: ${partial.join(', ')}`);
  }
  const unknown = (['totalMonthly', 'pastTotalMonthly', 'diffTotalMonthly'] as const).filter(
    (k) => figures[k] === undefined,
  );
  if (unknown.length > 0)
    warnings.push(`Infracost: ${unknown.map(describeField).join(', ')} unknown for the run`);
  if (currency === undefined) warnings.push('Infracost: the file names no currency');
  return { file: label, version: doc.version, figures, currency, projects, details, warnings, document };
}

function describeField(field: 'totalMonthly' | 'pastTotalMonthly' | 'diffTotalMonthly'): string {
  return {
    totalMonthly: 'monthly cost',
    pastTotalMonthly: 'past monthly cost',
    diffTotalMonthly: 'monthly cost change',
  }[field];
}
