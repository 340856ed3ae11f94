import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, InputError } from '../../src/errors.js';
import type { InfracostReport } from '../../src/infracost/infracost.js';
import { parseInfracostText } from '../../src/infracost/infracost.js';
import { readJsonText } from '../../src/inputs/json-file.js';

/** A file read as the report pipeline reads one (src/run/run-report.ts): its text, then parsed. */
async function readInfracostFile(file: string): Promise<InfracostReport> {
  return parseInfracostText(await readJsonText(file, file), file);
}
import {
  fixturePath,
  INFRACOST_FIXTURES,
  infracostText,
  removeDir,
  tempDir,
} from '../support/terragrunt-trees.js';

/** A run's or project's figures in USD, all three known. */
function usd(totalMonthly: string, pastTotalMonthly: string, diffTotalMonthly: string) {
  return { currency: 'USD', totalMonthly, pastTotalMonthly, diffTotalMonthly };
}

async function report(name: string): Promise<InfracostReport> {
  return parseInfracostText(await infracostText(name), name);
}

describe('totals, as the decimal text Infracost wrote', () => {
  it('a single plan-JSON project (breakdown): past 0, so no percentage', async () => {
    const r = await report('breakdown_format_json.golden');
    expect(r.version).toBe('0.2');
    expect(r.figures).toEqual({
      currency: 'USD',
      totalMonthly: '1361.3075',
      pastTotalMonthly: '0',
      diffTotalMonthly: '1361.3075',
    });
    expect(r.projects).toEqual([
      {
        index: 0,
        label: 'REPLACED_PROJECT_PATH/testdata/example_plan.json',
        name: 'REPLACED_PROJECT_PATH/testdata/example_plan.json',
        path: './testdata/example_plan.json',
        figures: { totalMonthly: '1361.3075', pastTotalMonthly: '0', diffTotalMonthly: '1361.3075' },
      },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('a diff with a rise: the percentage, rounded to two decimals', async () => {
    const r = await report('diff_with_policy_data_upload.golden');
    expect(r.figures).toEqual({
      currency: 'USD',
      totalMonthly: '665.74',
      pastTotalMonthly: '245.26',
      diffTotalMonthly: '420.48',
      percentageChange: '171.44',
    });
  });

  it('Terragrunt projects with falls: negative diffs and percentages, per project too', async () => {
    const r = await report('terragrunt-named-projects.json');
    expect(r.figures).toEqual({
      currency: 'USD',
      totalMonthly: '3027.528',
      pastTotalMonthly: '5269.212',
      diffTotalMonthly: '-2241.684',
      percentageChange: '-42.54',
    });
    const dev = r.projects.find((p) => p.label === 'my terragrunt dev project');
    expect(dev?.path).toBe('../../examples/terragrunt/dev');
    expect(dev?.figures).toEqual({
      totalMonthly: '51.968',
      pastTotalMonthly: '51.092',
      diffTotalMonthly: '0.876',
      percentageChange: '1.71',
    });
    expect(r.projects.find((p) => p.label === 'my terragrunt prod project')?.figures.percentageChange).toBe(
      '-42.85',
    );
  });

  // `infracost output` over older breakdowns writes null run totals while every project has its
  // past (0: a breakdown has no baseline, as Infracost's own breakdown totals say) and its diff.
  // The summaries showed those project rows under "the difference is unknown": the run's totals are
  // now the projects' sums, so they agree with the rows.
  it('`infracost output` with null past and diff totals: the sums of its projects, all known', async () => {
    const r = await report('output_diff_format_json.golden');
    expect(r.figures).toEqual(usd('1361.3075', '0', '1361.3075'));
    expect(r.warnings).toEqual([]);
    const two = await report('output_format_json.golden');
    expect(two.figures).toEqual(usd('5379.9575', '0', '5379.9575'));
    const sum = (key: 'pastTotalMonthly' | 'diffTotalMonthly'): number =>
      two.projects.reduce((n, p) => n + Number(p.figures[key]), 0);
    expect([sum('pastTotalMonthly'), sum('diffTotalMonthly')]).toEqual([0, 5379.9575]);
  });

  it('null run totals and one project whose past is unknown: unknown, never a sum that leaves it out', async () => {
    const document = JSON.parse(await infracostText('output_format_json.golden')) as {
      projects: { pastBreakdown: unknown; diff: unknown }[];
    };
    const second = document.projects[1]!;
    second.pastBreakdown = null;
    second.diff = null;
    const r = parseInfracostText(JSON.stringify(document), 'one-past-unknown.json');
    expect(r.figures).toEqual({ currency: 'USD', totalMonthly: '5379.9575' });
    expect(r.warnings).toContain('Infracost: past monthly cost, monthly cost change unknown for the run');
  });

  it('an old output without currency or past/diff totals: the project sums', async () => {
    const r = await report('no-currency-no-totals.json');
    expect(r.figures).toEqual({
      totalMonthly: '4018.65',
      pastTotalMonthly: '0',
      diffTotalMonthly: '4018.65',
    });
    expect(r.currency).toBeUndefined();
    expect(r.warnings).toEqual(['Infracost: the file names no currency']);
  });

  it('zero projects: the zeros are real', async () => {
    const r = await report('no-project.json');
    expect(r.figures).toEqual(usd('0', '0', '0'));
    expect(r.projects).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('a project with no past breakdown', async () => {
    const r = await report('no-previous-breakdown.json');
    expect(r.projects[0]?.figures).toEqual({ totalMonthly: '0', diffTotalMonthly: '0' });
    expect(r.warnings).toEqual(['Infracost project main: past monthly cost unknown']);
  });
});

describe('projects Infracost could not price', () => {
  it('multi-project with errors: the errored projects have no figures, the totals are flagged as partial', async () => {
    const r = await report('breakdown_multi_project_with_error_output_json.golden');
    expect(r.figures).toEqual({
      currency: 'USD',
      totalMonthly: '1204.96',
      pastTotalMonthly: '1204.96',
      diffTotalMonthly: '0',
      percentageChange: '0.00',
    });
    expect(r.projects.map((p) => [p.label, p.figures])).toEqual([
      ['us1-dev', {}],
      ['us1-prod', {}],
      [
        'us2-dev',
        {
          totalMonthly: '462.32',
          pastTotalMonthly: '462.32',
          diffTotalMonthly: '0',
          percentageChange: '0.00',
        },
      ],
      [
        'us2-prod',
        {
          totalMonthly: '742.64',
          pastTotalMonthly: '742.64',
          diffTotalMonthly: '0',
          percentageChange: '0.00',
        },
      ],
    ]);
    expect(r.warnings).toContainEqual(
      expect.stringMatching(
        /^Infracost project us1-dev: Error loading Terraform modules: failed to parse file/,
      ),
    );
    expect(r.warnings).toContain(
      'Infracost project us1-dev: monthly cost, past monthly cost, monthly cost change unknown',
    );
    expect(r.warnings).toContain('Infracost totals leave out what it could not price in: us1-dev, us1-prod');
  });

  it('the only project failed: every total unknown, only the currency is known', async () => {
    const r = await report('errors.json');
    expect(r.figures).toEqual({ currency: 'USD' });
    expect(r.warnings).toContain(
      'Infracost: monthly cost, past monthly cost, monthly cost change unknown for the run',
    );
  });

  it('currentErrors: the whole project is unknown (Infracost zeroes even its past)', async () => {
    const r = await report('diff_with_compare_to_with_current_project_error.golden');
    expect(r.projects.map((p) => [p.label, p.figures])).toEqual([
      ['dev', {}],
      [
        'prod',
        {
          totalMonthly: '742.64',
          pastTotalMonthly: '742.64',
          diffTotalMonthly: '0',
          percentageChange: '0.00',
        },
      ],
    ]);
  });

  it('pastErrors only: the current cost stands, past and diff are unknown', async () => {
    const r = await report('diff_with_compare_to_with_past_project_error.golden');
    expect(r.projects[0]?.figures).toEqual({ totalMonthly: '0' });
    expect(r.warnings).toContainEqual(expect.stringMatching(/^Infracost project dev: Diff baseline error/));
  });
});

describe('numbers instead of strings', () => {
  async function withCost(replacement: string): Promise<InfracostReport> {
    const text = (await infracostText('breakdown_format_json.golden')).replace(
      '"totalMonthlyCost": "1361.3075",\n  "totalMonthlyUsageCost"',
      `"totalMonthlyCost": ${replacement},\n  "totalMonthlyUsageCost"`,
    );
    expect(text).toContain(`"totalMonthlyCost": ${replacement}`);
    return parseInfracostText(text, 'x.json');
  }

  it('takes the source text of a JSON number, not its float', async () => {
    expect((await withCost('1361.30750')).figures.totalMonthly).toBe('1361.30750');
    expect((await withCost('0.1000000000000000055511151231257827')).figures.totalMonthly).toBe(
      '0.1000000000000000055511151231257827',
    );
    expect((await withCost('12345678901234567890.01')).figures.totalMonthly).toBe('12345678901234567890.01');
  });

  it('writes a number with an exponent in plain form, exactly', async () => {
    expect((await withCost('1.3613075e3')).figures.totalMonthly).toBe('1361.3075');
    expect((await withCost('-25E-3')).figures.totalMonthly).toBe('-0.025');
  });

  it('refuses a cost that is not decimal text', async () => {
    const text = (await infracostText('breakdown_format_json.golden')).replace(
      '"diffTotalMonthlyCost": "1361.3075"',
      '"diffTotalMonthlyCost": "1,361.31"',
    );
    const error = (() => {
      try {
        parseInfracostText(text, 'x.json');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('INPUT_INVALID');
    expect((error as InputError).message).toBe(
      'x.json: diffTotalMonthlyCost is "1,361.31", not a decimal number',
    );
  });
});

describe('files that are not Infracost JSON', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir('infracost-');
  });
  afterAll(async () => removeDir(dir));

  async function failure(file: string): Promise<InputError> {
    const error = await readInfracostFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(EXIT_BAD_INPUT);
    expect((error as InputError).file).toBe(file);
    return error as InputError;
  }

  async function file(name: string, text: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  }

  it('a plan', async () => {
    const error = await failure(fixturePath('create-with-outputs'));
    expect(error.code).toBe('INPUT_WRONG_KIND');
    expect(error.message).toContain('not Infracost JSON (pass plans with ');
    // The setting is data; each entry words it (`--plan`, input "plan", settings.plan).
    expect(error.settings).toEqual(['plans']);
    expect(error.message).not.toContain('--plan');
  });

  it('an array (a Terragrunt run report)', async () => {
    const error = await failure(await file('report.json', '[{"Name":"a","Result":"succeeded"}]'));
    expect(error.code).toBe('INPUT_WRONG_KIND');
    expect(error.message).toMatch(/is an array, not Infracost JSON/);
  });

  it('another JSON object', async () => {
    expect((await failure(await file('other.json', '{"hello": "world"}'))).code).toBe('INPUT_WRONG_KIND');
  });

  it('garbage, empty, binary', async () => {
    expect((await failure(await file('garbage.json', 'Error: no such command'))).code).toBe('INPUT_SYNTAX');
    expect((await failure(await file('empty.json', ' \n'))).code).toBe('INPUT_EMPTY');
    expect((await failure(await file('zip.json', 'PK\u0003\u0004\u0000\u0000'))).code).toBe('INPUT_BINARY');
    const utf16 = join(dir, 'utf16-no-bom.json');
    await writeFile(utf16, Buffer.from('{"version": "0.2"}', 'utf16le'));
    expect((await failure(utf16)).code).toBe('INPUT_ENCODING');
    const latin1 = join(dir, 'latin1.json');
    await writeFile(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    expect((await failure(latin1)).code).toBe('INPUT_ENCODING');
  });

  it("a golden with Infracost's stderr trailer still attached: trailing data", async () => {
    const error = await failure(join(INFRACOST_FIXTURES, 'breakdown_format_json.golden'));
    expect(error.code).toBe('INPUT_TRAILING');
    expect(error.offset).toBeGreaterThan(20_000);
  });

  it('a version this program does not know', async () => {
    const text = (await infracostText('no-project.json')).replace('"version": "0.2"', '"version": "1.0"');
    expect((await failure(await file('v1.json', text))).code).toBe('INPUT_VERSION');
  });

  it('a field of the wrong type', async () => {
    const text = (await infracostText('no-project.json')).replace('"projects": []', '"projects": {}');
    const error = await failure(await file('bad.json', text));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toMatch(/: projects: /);
  });

  it('a missing file', async () => {
    expect((await failure(join(dir, 'nope.json'))).code).toBe('INPUT_NOT_FOUND');
  });

  it('reads a real file from disk, UTF-16 with a byte-order mark too', async () => {
    const text = await infracostText('terragrunt-two-projects.json');
    const utf16 = join(dir, 'utf16.json');
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const fromDisk = await readInfracostFile(join(INFRACOST_FIXTURES, 'terragrunt-two-projects.json'));
    expect((await readInfracostFile(utf16)).figures).toEqual(fromDisk.figures);
    expect(fromDisk.figures.totalMonthly).toBe('799.608');
  });
});
