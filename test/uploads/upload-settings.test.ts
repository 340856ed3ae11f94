/**
 * The upload settings in each world's words: CLI flags with HARNESS_* fallbacks, Action inputs,
 * plugin settings with the stage's variables; and `iacm-report upload`'s own bad input.
 */
import { describe, expect, it } from 'vitest';
import { run as runUpload } from '../../src/cli/upload-command.js';
import { readActionInputs } from '../../src/config/from-action-inputs.js';
import { reportConfigFromFlags } from '../../src/config/from-cli-flags.js';
import { configFromPluginEnv } from '../../src/config/from-plugin-env.js';
import { captureIo } from '../support/capture-io.js';

describe('CLI flags', () => {
  it('flags win over HARNESS_* variables, which fill what flags leave out', () => {
    const config = reportConfigFromFlags(
      {
        plan: ['p.json'],
        'plan-text': 'p.txt',
        'pipeline-id': 'from-flag',
        'pipeline-stage-id': 'se',
        'dry-run': true,
      },
      { HARNESS_PIPELINE_ID: 'from-env', HARNESS_STAGE_ID: 'st', HARNESS_EXECUTION_ID: 'ex' },
    );
    expect(config.uploads).toEqual({
      planText: 'p.txt',
      infracost: false,
      pipeline: { pipelineId: 'from-flag', stageId: 'st', pipelineExecutionId: 'ex', pipelineStageId: 'se' },
      timeout: 300,
    });
  });

  it('names the flag of a bad policy level', () => {
    expect(() =>
      reportConfigFromFlags({ plan: ['p.json'], 'fail-on-policy': 'fatal', 'dry-run': true }, {}),
    ).toThrow(/--fail-on-policy/);
  });
});

describe('Action inputs', () => {
  const base = { INPUT_PLAN: 'p.json', 'INPUT_DRY-RUN': 'true' };
  it('maps every upload input', () => {
    const { config } = readActionInputs({
      ...base,
      'INPUT_PLAN-TEXT': 'p.txt',
      'INPUT_UPLOAD-STATE': 'tf.state',
      'INPUT_PIPELINE-ID': 'a',
      'INPUT_STAGE-ID': 'b',
      'INPUT_PIPELINE-EXECUTION-ID': 'c',
      'INPUT_PIPELINE-STAGE-ID': 'd',
      'INPUT_FAIL-ON-POLICY': 'warning',
    });
    expect(config.uploads.pipeline).toEqual({
      pipelineId: 'a',
      stageId: 'b',
      pipelineExecutionId: 'c',
      pipelineStageId: 'd',
    });
    expect(config.uploads.state).toBe('tf.state');
    expect(config.gates.failOnPolicy).toBe('warning');
  });

  it('names the inputs missing for an upload, and the input an upload flag needs', () => {
    expect(() => readActionInputs({ ...base, 'INPUT_PLAN-TEXT': 'p.txt', 'INPUT_PIPELINE-ID': 'a' })).toThrow(
      'uploads to the workspace need the pipeline ids: missing input "stage-id", input "pipeline-execution-id", input "pipeline-stage-id"',
    );
    expect(() => readActionInputs({ ...base, 'INPUT_UPLOAD-INFRACOST': 'true' })).toThrow(
      'input "upload-infracost" uploads the input "infracost" file: set that too',
    );
    expect(() => readActionInputs({ ...base, 'INPUT_FAIL-ON-POLICY': 'maybe' })).toThrow(
      /input "fail-on-policy"/,
    );
  });
});

describe('plugin settings', () => {
  it('takes the ids from the Harness stage: variables, then the endpoint variables', () => {
    const { config } = configFromPluginEnv({
      PLUGIN_PLAN: 'p.json',
      PLUGIN_DRY_RUN: 'true',
      PLUGIN_UPLOAD_STATE: 'tf.state',
      HARNESS_PIPELINE_ID: 'pl',
      HARNESS_STAGE_ID: 'st',
      PLUGIN_ENDPOINT_VARIABLES: JSON.stringify({
        pipeline_execution_id: 'ex',
        pipeline_stage_execution_id: 'se',
      }),
    });
    expect(config.uploads.pipeline).toEqual({
      pipelineId: 'pl',
      stageId: 'st',
      pipelineExecutionId: 'ex',
      pipelineStageId: 'se',
    });
  });

  it('a setting wins over the stage', () => {
    const { config } = configFromPluginEnv({
      PLUGIN_PLAN: 'p.json',
      PLUGIN_DRY_RUN: 'true',
      PLUGIN_PIPELINE_ID: 'mine',
      HARNESS_PIPELINE_ID: 'stage',
    });
    expect(config.uploads.pipeline.pipelineId).toBe('mine');
  });

  it('names a bad fail_on_policy value and its variable', () => {
    expect(() =>
      configFromPluginEnv({ PLUGIN_PLAN: 'p.json', PLUGIN_DRY_RUN: 'true', PLUGIN_FAIL_ON_POLICY: 'fatal' }),
    ).toThrow(
      'settings.fail_on_policy (PLUGIN_FAIL_ON_POLICY): expected one of error, warning (got "fatal")',
    );
  });
});

describe('iacm-report upload: bad input is exit 2 with one line', () => {
  const ids = [
    '--pipeline-id',
    'p',
    '--stage-id',
    's',
    '--pipeline-execution-id',
    'e',
    '--pipeline-stage-id',
    'se',
  ];
  const conn = {
    HARNESS_ACCOUNT_ID: 'a',
    HARNESS_ORG_ID: 'o',
    HARNESS_PROJECT_ID: 'p',
    HARNESS_WORKSPACE_ID: 'w',
    HARNESS_API_KEY: 'pat.a.b.c',
    HARNESS_BASE_URL: 'http://127.0.0.1:9',
  };
  const cases: [string, string[], RegExp][] = [
    [
      'unknown data type',
      ['--data-type', 'plan', '--file', 'x', ...ids],
      /--data-type must be one of plan_human/,
    ],
    ['no file', ['--data-type', 'plan_human', ...ids], /--file/],
    [
      'missing ids',
      ['--data-type', 'plan_human', '--file', 'x', '--pipeline-id', 'p'],
      /missing --stage-id \/ HARNESS_STAGE_ID, --pipeline-execution-id \/ HARNESS_EXECUTION_ID, --pipeline-stage-id \(/,
    ],
    ['file not there', ['--data-type', 'plan_human', '--file', 'nope.txt', ...ids], /nope.txt: no such file/],
  ];
  for (const [name, argv, message] of cases) {
    it(name, async () => {
      const c = captureIo(conn, process.cwd());
      expect(await runUpload(argv, c.io)).toBe(2);
      expect(c.stderr()).toMatch(message);
      expect(c.stderr().trim().split('\n')).toHaveLength(1);
      expect(c.stdout()).toBe('');
    });
  }
});
