/**
 * `--terragrunt-dir <dir>` (+ `--terragrunt-report <file>`): every unit plan in a Terragrunt output
 * tree, read on reader threads (unit-reader-pool.ts) or a few at a time on this one, merged with
 * the run report into UnitReports in pathId order.
 *
 * A unit plan that cannot be read fails the whole run (InputError, exit 2) naming the unit: a
 * report that silently leaves a unit out would understate what is about to change. Every plan is
 * still attempted first, so one error names every unreadable unit (bounded), in pathId order.
 */
import { basename, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { UnitReport } from '../model/unit-report.js';
import { boundedMap, type BoundedMapResult } from '../inputs/bounded-map.js';
import type { PlanSummary } from '../model/plan-summary.js';
import { readPlanFile } from '../plan/read-plan.js';
import type { ValueGate } from '../plan/value-policy.js';
import {
  DEFAULT_PLAN_FILE_NAME,
  discoverUnitPlans,
  type Discovery,
  type FoundPlan,
} from './terragrunt-discover.js';
import type { RunReportEntry } from './terragrunt-run-report.js';
import { readRunReport } from './terragrunt-run-report.js';
import { mergeUnits } from './terragrunt-units.js';
import { UnitReaderPool, type UnitToRead } from './reader-pool.js';
import { readerThreadCount, readerWorkerSpec, type ReaderThreads } from './unit-reader-pool.js';

/** Enough to keep the disk busy; few enough to stay far from open-file limits. */
export const DEFAULT_CONCURRENCY = 8;
/**
 * Plans the main thread reads at once beside worker threads: one, with blocking reads, and the
 * event loop is let run between two plans so that the workers' answers are taken and they are
 * sent more units.
 */
const MAIN_THREAD_LANES = 1;

export type PlanReader = (file: string, opts: { label: string }) => Promise<PlanSummary>;

export interface TerragruntTreeOptions {
  /** File name or pattern of a unit's plan inside its folder (default `tfplan.json`). */
  readonly planFileName?: string | undefined;
  /** Terragrunt's JSON run report (`--report-file`). */
  readonly reportFile?: string | undefined;
  /** Plans read at once on the main thread (default 8). */
  readonly concurrency?: number | undefined;
  /** Reader threads: `auto` (default; unit-reader-pool.ts) or a number, 1 for the main thread alone. */
  readonly threads?: ReaderThreads | undefined;
  /** Called with (0, total) once the plans are found, then after each plan is read. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** Base for a relative `dir` / `reportFile` (default the process's). */
  readonly cwd?: string | undefined;
  /** --show-values and --hide-values-of, for the default reader. */
  readonly values?: ValueGate | undefined;
  /** --send-drift-resources: each unit's drifted resources are kept (PlanSummary.driftResources). */
  readonly driftResources?: boolean | undefined;
  /** The plan reader (default readPlanFile); a seam for tests and benchmarks. */
  readonly readPlan?: PlanReader | undefined;
}

export interface TerragruntTree {
  /** In pathId order, statuses settled, `cost` not yet filled (see applyInfracostToUnits). */
  readonly units: UnitReport[];
  /** Each unit's plan by pathId, in pathId order: the model merges their address lists. */
  readonly plans: Map<string, PlanSummary>;
  /** The plan files read, as labelled in messages, in pathId order. */
  readonly files: string[];
  /** Each unit's plan file (absolute) by pathId: files that go with a plan sit beside it. */
  readonly planFiles: Map<string, string>;
  readonly warnings: string[];
}

export async function readTerragruntTree(
  dir: string,
  options: TerragruntTreeOptions = {},
): Promise<TerragruntTree> {
  const cwd = options.cwd ?? process.cwd();
  const readPlan = options.readPlan ?? treeReader(options, false);
  // Read the report first: a wrong --terragrunt-report should fail before minutes of plan reading.
  const report: RunReportEntry[] | undefined =
    options.reportFile === undefined
      ? undefined
      : await readRunReport(resolve(cwd, options.reportFile), options.reportFile);

  const pool = startPool(options);
  let discovery: Discovery;
  try {
    discovery = await discoverUnitPlans(dir, options.planFileName ?? DEFAULT_PLAN_FILE_NAME, cwd);
  } catch (error) {
    await pool.close();
    throw error;
  }
  const found = discovery.plans;
  if (
    found.length === 0 &&
    discovery.unitFolders.length === 0 &&
    (report === undefined || report.length === 0)
  ) {
    await pool.close();
    throw new InputError(
      'INPUT_NOT_FOUND',
      dir,
      `no unit plans (${options.planFileName ?? DEFAULT_PLAN_FILE_NAME}) found in the tree; was it written by terragrunt run --all --json-out-dir ${dir} -- plan?`,
    );
  }

  const total = found.length;
  options.onProgress?.(0, total);
  const { values, errors } = await readUnitPlans(found, options, readPlan, pool);
  if (errors.length > 0) {
    throw unitErrors(
      dir,
      errors.map(({ index, error }) => ({ pathId: found[index]?.pathId ?? '?', error })),
    );
  }

  const plans = new Map<string, PlanSummary>();
  found.forEach((plan, i) => {
    const summary = values[i];
    if (summary !== undefined) plans.set(plan.pathId, summary);
  });
  const merged = mergeUnits(plans, report, basename(resolve(cwd, dir)), discovery.unitFolders);
  const warnings = [...discovery.warnings, ...merged.warnings];
  if (found.length === 0)
    warnings.unshift(`${dir}: no unit plans found; reporting the run report's units only`);
  const planFiles = new Map(found.map((plan) => [plan.pathId, plan.file]));
  return { units: merged.units, plans, files: found.map((p) => p.label), planFiles, warnings };
}

/**
 * Every unit plan, on reader threads when the tree is worth it (unit-reader-pool.ts), else a few
 * at a time on this thread; the same values and errors either way. A given `readPlan` (tests,
 * benchmarks) always runs here.
 */
/**
 * Reader threads for the tree, started before it is listed so that they load their code meanwhile
 * (unit-reader-pool.ts): as many as the setting and the machine allow for a large tree, less the
 * main thread; none for `reader-threads 1` or a given `readPlan` (tests, benchmarks).
 */
function startPool(options: TerragruntTreeOptions): UnitReaderPool {
  const most =
    options.readPlan === undefined
      ? readerThreadCount(options.threads ?? 'auto', Number.MAX_SAFE_INTEGER)
      : 1;
  const spec =
    most > 1
      ? readerWorkerSpec({ values: options.values?.policy, driftResources: options.driftResources })
      : undefined;
  return new UnitReaderPool(most - 1, spec);
}

/**
 * Every unit plan, here and on the pool's workers when the tree is worth it, else a few at a time
 * on this thread; the same values and errors either way.
 */
async function readUnitPlans(
  found: readonly FoundPlan[],
  options: TerragruntTreeOptions,
  readPlan: PlanReader,
  pool: UnitReaderPool,
): Promise<BoundedMapResult<PlanSummary>> {
  const onDone = (done: number): void => options.onProgress?.(done, found.length);
  const read = (plan: UnitToRead): Promise<PlanSummary> => readPlan(plan.file, { label: plan.label });
  if (pool.size > 0 && readerThreadCount(options.threads ?? 'auto', found.length) > 1) {
    // The pool only runs with the default reader (startPool): here with blocking reads, as the
    // workers read, since this thread's reads no longer wait on anything but the disk.
    const blocking = treeReader(options, true);
    const readHere = (plan: UnitToRead): Promise<PlanSummary> => blocking(plan.file, { label: plan.label });
    return pool.read(found, { readHere, hereLanes: MAIN_THREAD_LANES, onDone });
  }
  // A small tree: the workers started early go unused, and this thread does not wait for them.
  void pool.close();
  return boundedMap(found, options.concurrency ?? DEFAULT_CONCURRENCY, read, onDone);
}

/**
 * The default unit reader: readPlanFile with the tree's value policy and drift setting; `blocking`
 * reads with blocking calls (plan-file-blocking.ts), for a read beside reader threads.
 */
function treeReader(options: TerragruntTreeOptions, blocking: boolean): PlanReader {
  return (file, opts) =>
    readPlanFile(file, {
      ...opts,
      values: options.values,
      driftResources: options.driftResources,
      blocking,
    });
}

/** Unreadable units named in one error; past this many, "and N more". */
export const MAX_NAMED_UNITS = 10;

/**
 * One error naming every unit plan that could not be read (up to MAX_NAMED_UNITS), so a tree
 * with three broken units is fixed in one round, not three.
 */
function unitErrors(dir: string, failures: readonly { pathId: string; error: unknown }[]): unknown {
  const first = failures[0];
  if (first === undefined || !(first.error instanceof InputError)) return first?.error;
  if (failures.length === 1) {
    const error = first.error;
    return new InputError(
      error.code,
      error.file,
      `Terragrunt unit ${first.pathId}: ${error.detail}`,
      error.offset,
      { cause: error },
    );
  }
  const named = failures.slice(0, MAX_NAMED_UNITS).map(({ pathId, error }) => {
    const detail = error instanceof InputError ? error.detail : 'cannot be read';
    return `${pathId} (${detail})`;
  });
  const more = failures.length - named.length;
  return new InputError(
    first.error.code,
    dir,
    `${failures.length} Terragrunt unit plans cannot be read: ${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
    undefined,
    { cause: first.error },
  );
}
