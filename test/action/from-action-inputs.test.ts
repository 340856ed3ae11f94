import { describe, expect, it } from 'vitest';
import { ACTION_INPUTS, inputVariable, readActionInputs } from '../../src/config/from-action-inputs.js';
import { UsageError } from '../../src/errors.js';

/** INPUT_* variables as the runner sets them: every declared input present, unset ones empty. */
function env(inputs: Record<string, string>): Record<string, string> {
  const all: Record<string, string> = {};
  for (const name of Object.keys(ACTION_INPUTS)) all[inputVariable(name)] = '';
  for (const [name, value] of Object.entries(inputs)) all[inputVariable(name)] = value;
  return all;
}

const SEND = {
  plan: 'plan.json',
  'account-id': 'acc',
  org: 'default',
  project: 'infra',
  workspace: 'prod',
  'api-key': 'pat.secret.value',
};

function usageError(inputs: Record<string, string>): UsageError {
  try {
    readActionInputs(env(inputs));
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('readActionInputs', () => {
  it('names the variables as @actions/core does (hyphens kept)', () => {
    expect(inputVariable('dry-run')).toBe('INPUT_DRY-RUN');
    expect(inputVariable('max-monthly-cost-increase')).toBe('INPUT_MAX-MONTHLY-COST-INCREASE');
  });

  it('treats empty inputs as unset and applies the defaults', () => {
    const { config, options } = readActionInputs(env({ 'dry-run': 'true', drift: 'drift.json' }));
    expect(config).toMatchObject({
      plans: [],
      drifts: ['drift.json'],
      planFileName: 'tfplan.json',
      dryRun: true,
    });
    expect(config.connection.baseUrl).toBe('https://app.harness.io');
    expect(config.gates).toEqual({ failOnDrift: false, failOnDestroy: false, failOnIncomplete: false });
    // The review (comment, token, check run, drift issues) is the config's, read in every world.
    expect(config.review).toMatchObject({ comment: 'off', checkRun: false, driftIssue: 'false' });
    expect(config.review.token).toBeUndefined();
    expect(options).toEqual({});
  });

  it('maps every input to the config', () => {
    const { config, options } = readActionInputs(
      env({
        ...SEND,
        plan: 'a.json\n  b/*.json  \n\n',
        drift: 'd1.json, d2.json',
        'terragrunt-dir': 'out',
        'terragrunt-report': 'report.json',
        'plan-file-name': 'plan.json',
        infracost: 'infracost.json',
        'event-type': 'plan',
        'activity-type': 'plan',
        'activity-status': 'success',
        provisioner: 'opentofu',
        'base-url': 'https://app.harness.io/gateway',
        'dry-run': 'False',
        'spool-dir': '/tmp/spool',
        comment: 'on-change',
        'comment-key': 'prod',
        'github-token': 'ghs_token',
        'fail-on-drift': 'TRUE',
        'fail-on-destroy': 'true',
        'max-monthly-cost-increase': '12.50',
      }),
    );
    expect(config).toMatchObject({
      plans: ['a.json', 'b/*.json'],
      drifts: ['d1.json', 'd2.json'],
      terragruntDir: 'out',
      terragruntReport: 'report.json',
      planFileName: 'plan.json',
      infracost: 'infracost.json',
      eventType: 'plan',
      activityType: 'plan',
      activityStatus: 'success',
      provisioner: 'opentofu',
      dryRun: false,
      spoolDir: '/tmp/spool',
      connection: {
        accountId: 'acc',
        org: 'default',
        project: 'infra',
        workspace: 'prod',
        apiKey: 'pat.secret.value',
        baseUrl: 'https://app.harness.io/gateway',
      },
      gates: { failOnDrift: true, failOnDestroy: true, maxMonthlyCostIncrease: '12.50' },
    });
    expect(config.review).toMatchObject({ comment: 'on-change', commentKey: 'prod', token: 'ghs_token' });
    expect(options).toEqual({});
  });

  it.each([
    [{ 'dry-run': 'yes', plan: 'p.json' }, /input "dry-run": must be true or false \(got "yes"\)/],
    [
      { 'dry-run': 'true', plan: 'p.json', 'fail-on-drift': '1' },
      /input "fail-on-drift": must be true or false/,
    ],
    [{ 'dry-run': 'true', plan: 'p.json', 'event-type': 'apply' }, /input "event-type": .*\(got "apply"\)/],
    [{ 'dry-run': 'true', plan: 'p.json', 'base-url': 'not a url' }, /input "base-url": /],
    [
      { 'dry-run': 'true', 'max-monthly-cost-increase': '$100' },
      /input "max-monthly-cost-increase": a non-negative amount/,
    ],
    [{ 'dry-run': 'true', plan: 'p.json', comment: 'sometimes' }, /input "comment": .*\(got "sometimes"\)/],
    [{ 'dry-run': 'true', plan: 'p.json', provisioner: 'pulumi' }, /input "provisioner": /],
  ])('names the input at fault: %j', (inputs, message) => {
    const error = usageError(inputs);
    expect(error.message).toMatch(message);
    expect(error.exitCode).toBe(2);
  });

  it('reports every bad input at once', () => {
    const error = usageError({
      'dry-run': 'true',
      plan: 'p.json',
      'event-type': 'x',
      'fail-on-destroy': 'on',
      comment: 'x',
    });
    expect(error.message).toContain('"event-type"');
    expect(error.message).toContain('"fail-on-destroy"');
    expect(error.message).toContain('"comment"');
  });

  it('asks for the connection inputs unless dry-run', () => {
    const missing = usageError({ plan: 'p.json' });
    expect(missing.message).toBe(
      'missing input "account-id", input "org", input "project", input "workspace", input "api-key" to send the report to Harness (or set input "dry-run" to send nothing)',
    );
    expect(missing.code).toBe('CONFIG_MISSING');
    expect(usageError({ ...SEND, 'api-key': '   ' }).message).toMatch(/^missing input "api-key" to send/);
    expect(() => readActionInputs(env(SEND))).not.toThrow();
  });

  it('asks for something to report, in input names', () => {
    const nothing = usageError({ 'dry-run': 'true' });
    expect(nothing.message).toBe(
      'nothing to report: set input "plan", input "drift" or input "terragrunt-dir"',
    );
    expect(nothing.code).toBe('NOTHING_TO_REPORT');
    expect(usageError({ 'dry-run': 'true', plan: 'p.json', 'terragrunt-report': 'r.json' }).message).toMatch(
      /^input "terragrunt-report" needs input "terragrunt-dir"/,
    );
  });

  it('never echoes a secret input back', () => {
    const error = usageError({ ...SEND, 'base-url': 'nope', 'github-token': 'x'.repeat(10) });
    expect(error.message).not.toContain('pat.secret.value');
    expect(error.message).not.toContain('xxxxxxxxxx');
  });
});
