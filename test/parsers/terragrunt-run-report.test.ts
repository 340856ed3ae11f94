import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { PlanSummary } from '../../src/model/plan-summary.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import type { RunReportEntry } from '../../src/terragrunt/terragrunt-run-report.js';
import {
  cleanMessage,
  entryOutcome,
  MAX_ERROR_MESSAGE_CHARS,
  parseRunReportText,
  readRunReport,
} from '../../src/terragrunt/terragrunt-run-report.js';
import { mergeUnits } from '../../src/terragrunt/terragrunt-units.js';
import {
  fixturePath,
  removeDir,
  run,
  runReportSchemaErrors,
  tempDir,
  writeJsonFile,
} from '../support/terragrunt-trees.js';

/** The JSON example in Terragrunt's run-report docs (07-run-report.mdx), verbatim. */
const DOCS_JSON = `[
  {
    "Name": "first-exclude",
    "Started": "2025-06-05T16:28:41-04:00",
    "Ended": "2025-06-05T16:28:41-04:00",
    "Result": "excluded",
    "Reason": "exclude block"
  },
  {
    "Name": "first-success",
    "Started": "2025-06-05T16:28:41-04:00",
    "Ended": "2025-06-05T16:28:41-04:00",
    "Result": "succeeded"
  }
]`;

/** The CSV example in the same docs page, first lines. */
const DOCS_CSV = `Name,Started,Ended,Result,Reason,Cause
first-exclude,2025-06-05T16:28:41-04:00,2025-06-05T16:28:41-04:00,excluded,exclude block,
first-failure,2025-06-05T16:28:41-04:00,2025-06-05T16:28:42-04:00,failed,run error,
`;

let dir: string;
beforeAll(async () => {
  dir = await tempDir('tg-report-');
});
afterAll(async () => removeDir(dir));

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('reading a run report', () => {
  it("reads the docs' JSON example, which every schema version accepts", async () => {
    for (const version of [1, 2, 3, 4] as const) {
      expect(await runReportSchemaErrors(version, JSON.parse(DOCS_JSON))).toEqual([]);
    }
    expect(parseRunReportText(DOCS_JSON, 'report.json')).toEqual([
      { name: 'first-exclude', result: 'excluded', reason: 'exclude block', cause: undefined },
      { name: 'first-success', result: 'succeeded', reason: undefined, cause: undefined },
    ]);
  });

  it('reads a v4 report from a file, with v3/v4 fields and a UTF-8 byte-order mark', async () => {
    const runs = [
      run('live/app', 'failed', {
        Reason: 'run error',
        Cause: 'exit status 1',
        Ref: 'main',
        Cmd: 'plan',
        Args: ['-out=x'],
      }),
    ];
    expect(await runReportSchemaErrors(4, runs)).toEqual([]);
    const file = join(dir, 'v4.json');
    await writeFile(file, `\uFEFF${JSON.stringify(runs)}`);
    expect(await readRunReport(file)).toEqual([
      { name: 'live/app', result: 'failed', reason: 'run error', cause: 'exit status 1' },
    ]);
  });

  it('refuses the CSV report, by extension or by content, saying how to get JSON', async () => {
    const csvFile = join(dir, 'report.csv');
    await writeFile(csvFile, DOCS_CSV);
    const byName = await readRunReport(csvFile).catch((e: unknown) => e);
    expect(byName).toBeInstanceOf(InputError);
    expect((byName as InputError).code).toBe('INPUT_WRONG_KIND');
    expect((byName as InputError).message).toContain('--report-format json');
    const noExt = join(dir, 'report');
    await writeFile(noExt, DOCS_CSV);
    const byContent = await readRunReport(noExt).catch((e: unknown) => e);
    expect((byContent as InputError).code).toBe('INPUT_WRONG_KIND');
    expect((byContent as InputError).file).toBe(noExt);
  });

  it('refuses a plan given as the report', async () => {
    const error = await readRunReport(fixturePath('update')).catch((e: unknown) => e);
    expect((error as InputError).code).toBe('INPUT_WRONG_KIND');
    expect((error as InputError).message).toMatch(
      /Terraform\/OpenTofu JSON document, not a Terragrunt run report/,
    );
  });

  it('refuses entries without a Name, naming the entry', () => {
    const error = inputError(() =>
      parseRunReportText('[{"Name":"a","Result":"succeeded"},{"Result":"failed"}]', 'r.json'),
    );
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toMatch(/^r\.json: run report entry \[1\]\.Name: /);
  });

  it('refuses text that is not JSON, and a missing file', async () => {
    expect(inputError(() => parseRunReportText('{"Name": ', 'r.json')).code).toBe('INPUT_SYNTAX');
    const missing = await readRunReport(join(dir, 'nope.json')).catch((e: unknown) => e);
    expect((missing as InputError).code).toBe('INPUT_NOT_FOUND');
  });
});

describe('entryOutcome', () => {
  const entry = (result: string, reason?: string, cause?: string): RunReportEntry => ({
    name: 'u',
    result,
    reason,
    cause,
  });

  it.each([
    [entry('succeeded'), { status: 'success', errorMessage: undefined }],
    [entry('succeeded', 'error ignored', 'ignore-block'), { status: 'success', errorMessage: undefined }],
    [entry('failed', 'run error', 'exit status 1'), { status: 'failure', errorMessage: 'exit status 1' }],
    [entry('failed', 'run error'), { status: 'failure', errorMessage: 'run error' }],
    [
      entry('early exit', 'ancestor error', 'live/vpc'),
      { status: 'skipped', errorMessage: 'early exit: dependency live/vpc failed' },
    ],
    [entry('excluded', 'exclude block'), { status: 'skipped', errorMessage: 'excluded (exclude block)' }],
    [entry('excluded'), { status: 'skipped', errorMessage: 'excluded' }],
  ])('%j', (input, expected) => {
    expect(entryOutcome(input)).toEqual(expected);
  });

  it('does not guess at a Result it does not know', () => {
    expect(entryOutcome(entry('timed out'))).toBeUndefined();
  });

  it('strips colour codes and caps long messages', () => {
    expect(cleanMessage('\u001b[1;31mError\u001b[0m: x\n')).toBe('Error: x');
    const long = cleanMessage('e'.repeat(10_000));
    expect(long).toHaveLength(MAX_ERROR_MESSAGE_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('mergeUnits', () => {
  let update: PlanSummary;
  let errored: PlanSummary;
  beforeAll(async () => {
    update = await readPlanFile(fixturePath('update'));
    errored = await readPlanFile(fixturePath('errored'));
  });

  const entry = (name: string, result: string, cause?: string): RunReportEntry => ({
    name,
    result,
    reason: undefined,
    cause,
  });

  it('without a report: every planned unit succeeds, an errored plan fails', () => {
    const { units, warnings } = mergeUnits(
      new Map([
        ['b', update],
        ['a', errored],
      ]),
      undefined,
      'root',
    );
    expect(units.map((u) => [u.pathId, u.status])).toEqual([
      ['a', 'failure'],
      ['b', 'success'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('an errored plan stays a failure even if the report says it succeeded', () => {
    const { units } = mergeUnits(new Map([['a', errored]]), [entry('a', 'succeeded')], 'root');
    expect(units[0]?.status).toBe('failure');
  });

  it('does not attach an entry that matches two units equally', () => {
    const plans = new Map([
      ['live/prod/vpc', update],
      ['live/dev/vpc', update],
    ]);
    const { units, warnings } = mergeUnits(plans, [entry('vpc', 'failed', 'boom')], 'root');
    expect(units.map((u) => u.status)).toEqual(['success', 'success']);
    expect(warnings).toContain(
      'run report entry vpc matches units live/dev/vpc, live/prod/vpc equally; ignored',
    );
  });

  it('does not match on a shared tail alone: staging/vpc is not prod/vpc', () => {
    const { units } = mergeUnits(
      new Map([['prod/vpc', update]]),
      [entry('staging/vpc', 'failed', 'x')],
      'root',
    );
    expect(units.map((u) => [u.pathId, u.status])).toEqual([
      ['prod/vpc', 'success'],
      ['staging/vpc', 'failure'],
    ]);
  });

  it('the worst of two entries for one unit counts', () => {
    const { units, warnings } = mergeUnits(
      new Map([['app', update]]),
      [entry('app', 'failed', 'x'), entry('app', 'succeeded')],
      'r',
    );
    expect(units[0]?.status).toBe('failure');
    expect(warnings).toEqual(['unit app: 2 run report entries; the worst result counts']);
  });

  it('keeps the status from the plan for an unknown Result, with a warning', () => {
    const { units, warnings } = mergeUnits(new Map([['app', update]]), [entry('app', 'timed out')], 'r');
    expect(units[0]?.status).toBe('success');
    expect(warnings).toEqual([
      'run report entry app: unknown Result "timed out"; status taken from the plan',
    ]);
  });

  it('places unplanned units under the tree root learned from matched entries', () => {
    const plans = new Map([
      ['prod/vpc', update],
      ['prod/app', update],
    ]);
    const report = [
      entry('C:\\ci\\repo\\live\\prod\\vpc', 'succeeded'),
      entry('C:\\ci\\repo\\live\\prod\\app', 'succeeded'),
      entry('C:\\ci\\repo\\live\\prod\\db', 'failed', 'no credentials'),
    ];
    const { units, warnings } = mergeUnits(plans, report, 'r');
    expect(units.map((u) => [u.pathId, u.status])).toEqual([
      ['prod/app', 'success'],
      ['prod/db', 'failure'],
      ['prod/vpc', 'success'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('warns about a planned unit missing from the report and a succeeded unit without a plan', () => {
    const { units, warnings } = mergeUnits(new Map([['app', update]]), [entry('db', 'succeeded')], 'r');
    expect(units.map((u) => u.pathId)).toEqual(['app', 'db']);
    expect(units[1]?.resourceCounts).toBeUndefined();
    expect(warnings).toEqual([
      'unit db: the run report says it succeeded, but the tree has no plan for it',
      'unit app: has a plan but no entry in the run report',
    ]);
  });

  it('keeps the plan of a unit the report says did not run, and warns', () => {
    const { units, warnings } = mergeUnits(new Map([['app', update]]), [entry('app', 'excluded')], 'r');
    expect(units[0]).toMatchObject({ status: 'skipped', resourceCounts: update.resourceCounts });
    expect(warnings).toEqual([
      'unit app: the run report says it did not run, yet the tree has a plan for it (left from an earlier run?)',
    ]);
  });

  it('copies counts, so changing a unit never changes the plan', () => {
    const { units } = mergeUnits(new Map([['app', update]]), undefined, 'r');
    const counts = units[0]?.resourceCounts;
    if (counts) counts.changed = 999;
    expect(update.resourceCounts.changed).toBe(2);
  });

  it('writes a report file the tests can also read back', async () => {
    const file = await writeJsonFile(join(dir, 'roundtrip.json'), [run('x', 'succeeded')]);
    expect(await readRunReport(file)).toHaveLength(1);
  });
});
