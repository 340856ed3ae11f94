import { describe, expect, it } from 'vitest';
import { REPORT_FLAG_OPTIONS } from '../../src/config/from-cli-flags.js';
import { configFromPluginEnv, PLUGIN_SETTINGS } from '../../src/config/from-plugin-env.js';
import { UsageError } from '../../src/errors.js';
import { pluginKey, SETTINGS } from '../../src/config/settings.js';

const KEY = 'pat.acct123.tok456.s3cr3tValue';

/** A step that sets everything it needs through settings. */
const FULL = {
  PLUGIN_PLAN: 'plans/a.json',
  PLUGIN_ACCOUNT_ID: 'acct',
  PLUGIN_ORG: 'default',
  PLUGIN_PROJECT: 'infra',
  PLUGIN_WORKSPACE: 'prod_network',
  PLUGIN_API_KEY: KEY,
};

function usageError(env: Record<string, string>): UsageError {
  try {
    configFromPluginEnv(env);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

/** `env` without one variable. */
function omit(env: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key !== name));
}

describe('configFromPluginEnv', () => {
  it('reads every setting, lists comma-joined and newline-separated', () => {
    const { config, warnings } = configFromPluginEnv({
      ...FULL,
      PLUGIN_PLAN: 'a.json, b/*.json,,',
      PLUGIN_DRIFT: 'd1.json\nd2.json\n',
      PLUGIN_TERRAGRUNT_DIR: 'out',
      PLUGIN_TERRAGRUNT_REPORT: 'report.json',
      PLUGIN_PLAN_FILE_NAME: 'plan.json',
      PLUGIN_INFRACOST: 'infracost.json',
      PLUGIN_EVENT_TYPE: 'plan',
      PLUGIN_ACTIVITY_TYPE: 'plan',
      PLUGIN_ACTIVITY_STATUS: 'success',
      PLUGIN_PROVISIONER: 'opentofu',
      PLUGIN_BASE_URL: 'https://acme.harness.io/gateway',
      PLUGIN_DRY_RUN: 'FALSE',
      PLUGIN_SPOOL_DIR: '/harness/spool',
      PLUGIN_FAIL_ON_DRIFT: 'true',
      PLUGIN_FAIL_ON_DESTROY: 'True',
      PLUGIN_MAX_MONTHLY_COST_INCREASE: '12.50',
    });
    expect(warnings).toEqual([]);
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
      spoolDir: '/harness/spool',
      gates: { failOnDrift: true, failOnDestroy: true, maxMonthlyCostIncrease: '12.50' },
      connection: {
        accountId: 'acct',
        org: 'default',
        project: 'infra',
        workspace: 'prod_network',
        apiKey: KEY,
        baseUrl: 'https://acme.harness.io/gateway',
      },
    });
    expect(config.connection.serviceUrl).toBeUndefined();
  });

  it('treats empty and blank settings as unset', () => {
    const { config } = configFromPluginEnv({
      ...FULL,
      PLUGIN_DRIFT: '',
      PLUGIN_FAIL_ON_DRIFT: '  ',
      PLUGIN_BASE_URL: '',
    });
    expect(config.drifts).toEqual([]);
    expect(config.gates.failOnDrift).toBe(false);
    expect(config.connection.baseUrl).toBe('https://app.harness.io');
  });

  it('falls back to HARNESS_* ids and IACM_WORKSPACE_ID, never to HARNESS_WORKSPACE', () => {
    const { config } = configFromPluginEnv({
      PLUGIN_PLAN: 'p.json',
      PLUGIN_API_KEY: KEY,
      HARNESS_ACCOUNT_ID: 'acct-env',
      HARNESS_ORG_ID: 'org-env',
      HARNESS_PROJECT_ID: 'proj-env',
      HARNESS_WORKSPACE: '/harness',
      IACM_WORKSPACE_ID: 'ws-env',
    });
    expect(config.connection).toMatchObject({
      accountId: 'acct-env',
      org: 'org-env',
      project: 'proj-env',
      workspace: 'ws-env',
    });
  });

  it('says the workspace is missing rather than take HARNESS_WORKSPACE', () => {
    const error = usageError({
      PLUGIN_PLAN: 'p.json',
      PLUGIN_API_KEY: KEY,
      HARNESS_ACCOUNT_ID: 'a',
      HARNESS_ORG_ID: 'o',
      HARNESS_PROJECT_ID: 'p',
      HARNESS_WORKSPACE: '/harness',
    });
    expect(error.message).toMatch(/^missing settings\.workspace \(PLUGIN_WORKSPACE, IACM_WORKSPACE_ID\)/);
    expect(error.message).not.toContain('/harness');
  });

  it('settings win over the built-in context', () => {
    const { config } = configFromPluginEnv({
      ...FULL,
      HARNESS_ACCOUNT_ID: 'other',
      IACM_WORKSPACE_ID: 'other',
    });
    expect(config.connection.accountId).toBe('acct');
    expect(config.connection.workspace).toBe('prod_network');
  });

  it('takes the in-stage connection from PLUGIN_ENDPOINT_VARIABLES last', () => {
    const endpoint = JSON.stringify({
      base_url: 'https://iacm.internal.example/iacm',
      token: 'short-lived-token',
      workspace_id: 'ws-stage',
      account_id: 'acct-stage',
      org_id: 'org-stage',
      project_id: 'proj-stage',
      pipeline_execution_id: 'exec-1',
    });
    const { config } = configFromPluginEnv({
      PLUGIN_PLAN: 'p.json',
      PLUGIN_ENDPOINT_VARIABLES: endpoint,
      HARNESS_ORG_ID: 'org-env',
    });
    expect(config.connection).toMatchObject({
      serviceUrl: 'https://iacm.internal.example/iacm',
      apiKey: 'short-lived-token',
      workspace: 'ws-stage',
      accountId: 'acct-stage',
      org: 'org-env',
      project: 'proj-stage',
    });
    const own = configFromPluginEnv({ ...FULL, PLUGIN_ENDPOINT_VARIABLES: endpoint }).config.connection;
    expect(own.apiKey).toBe(KEY);
    expect(own.serviceUrl).toBe('https://iacm.internal.example/iacm');
  });

  it('an explicit base_url setting wins over the in-stage service URL', () => {
    const { config } = configFromPluginEnv({
      ...FULL,
      PLUGIN_BASE_URL: 'https://acme.harness.io',
      PLUGIN_ENDPOINT_VARIABLES: '{"base_url":"https://iacm.internal.example"}',
    });
    expect(config.connection.serviceUrl).toBeUndefined();
    expect(config.connection.baseUrl).toBe('https://acme.harness.io');
  });

  it('refuses malformed PLUGIN_ENDPOINT_VARIABLES without quoting it', () => {
    const error = usageError({ ...FULL, PLUGIN_ENDPOINT_VARIABLES: '{"token": "tok-secret-123", base_url' });
    expect(error.message).toMatch(/^PLUGIN_ENDPOINT_VARIABLES is not valid JSON/);
    expect(error.message).not.toContain('tok-secret-123');
    expect(usageError({ ...FULL, PLUGIN_ENDPOINT_VARIABLES: '["a"]' }).message).toBe(
      'PLUGIN_ENDPOINT_VARIABLES must be a JSON object',
    );
    expect(usageError({ ...FULL, PLUGIN_ENDPOINT_VARIABLES: '{"base_url": {"x": 1}}' }).message).toBe(
      'PLUGIN_ENDPOINT_VARIABLES.base_url: expected text',
    );
  });

  it.each([
    [
      'PLUGIN_FAIL_ON_DRIFT',
      'yes',
      'settings.fail_on_drift (PLUGIN_FAIL_ON_DRIFT): expected true or false (got "yes")',
    ],
    ['PLUGIN_DRY_RUN', '1', 'settings.dry_run (PLUGIN_DRY_RUN): expected true or false (got "1")'],
    [
      'PLUGIN_EVENT_TYPE',
      'planned',
      'settings.event_type (PLUGIN_EVENT_TYPE): expected one of plan, drifted, provisioning, destroying, active, inactive, apply_needed, failed, stage-complete (got "planned")',
    ],
    [
      'PLUGIN_PROVISIONER',
      'pulumi',
      'settings.provisioner (PLUGIN_PROVISIONER): expected one of terraform, opentofu, terragrunt (got "pulumi")',
    ],
    [
      'PLUGIN_BASE_URL',
      'app.harness.io',
      'settings.base_url (PLUGIN_BASE_URL): expected a URL such as https://app.harness.io (got "app.harness.io")',
    ],
    [
      'PLUGIN_MAX_MONTHLY_COST_INCREASE',
      '$100',
      'settings.max_monthly_cost_increase (PLUGIN_MAX_MONTHLY_COST_INCREASE): expected a non-negative amount such as 100 or 12.50 (got "$100")',
    ],
    [
      'PLUGIN_ORG',
      'o'.repeat(129),
      /^settings\.org \(PLUGIN_ORG\): expected at most 128 characters \(got "o+…"\)$/,
    ],
  ])('%s=%s is one line naming the setting', (name, value, message) => {
    const error = usageError({ ...FULL, [name]: value });
    expect(error.exitCode).toBe(2);
    expect(error.message).not.toContain('\n');
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
  });

  it('names a bad value from the built-in context by its variable', () => {
    const rest = omit(FULL, 'PLUGIN_ACCOUNT_ID');
    expect(usageError({ ...rest, HARNESS_ACCOUNT_ID: 'a'.repeat(200) }).message).toMatch(
      /^HARNESS_ACCOUNT_ID: expected at most 128 characters/,
    );
    expect(usageError({ ...FULL, PLUGIN_ENDPOINT_VARIABLES: '{"base_url":"not a url"}' }).message).toMatch(
      /^PLUGIN_ENDPOINT_VARIABLES\.base_url: expected a URL/,
    );
  });

  it('never echoes the API key in a message', () => {
    const error = usageError({ ...FULL, PLUGIN_API_KEY: KEY, PLUGIN_FAIL_ON_DRIFT: 'maybe' });
    expect(error.message).not.toContain(KEY);
  });

  it('needs something to report, and the connection unless it is a dry run', () => {
    const noInput = omit(FULL, 'PLUGIN_PLAN');
    expect(usageError(noInput).message).toBe(
      'nothing to report: set settings.plan (PLUGIN_PLAN), settings.drift (PLUGIN_DRIFT) or settings.terragrunt_dir (PLUGIN_TERRAGRUNT_DIR)',
    );
    const missing = usageError({ PLUGIN_PLAN: 'p.json', PLUGIN_ORG: 'o' }).message;
    expect(missing).toContain('settings.account_id (PLUGIN_ACCOUNT_ID, HARNESS_ACCOUNT_ID)');
    expect(missing).toContain('settings.api_key (PLUGIN_API_KEY)');
    expect(missing).not.toContain('settings.org');
    expect(configFromPluginEnv({ PLUGIN_PLAN: 'p.json', PLUGIN_DRY_RUN: 'true' }).config.dryRun).toBe(true);
    expect(usageError({ ...FULL, PLUGIN_TERRAGRUNT_REPORT: 'report.json' }).message).toBe(
      'settings.terragrunt_report (PLUGIN_TERRAGRUNT_REPORT) needs settings.terragrunt_dir (PLUGIN_TERRAGRUNT_DIR), the tree whose units it describes',
    );
  });

  it('refuses a setting it does not know, naming the nearest one (a typo never switches a gate off)', () => {
    const error = usageError({ ...FULL, PLUGIN_FAIL_ON_DESTORY: 'true' });
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toBe(
      'settings.fail_on_destory (PLUGIN_FAIL_ON_DESTORY) (did you mean settings.fail_on_destroy?): not a setting of this plugin; a misspelt setting is refused, never ignored (see the plugin settings in the docs)',
    );
    // Harness's own variables and the stage's endpoint JSON are not settings; an empty one is unset.
    const harness = {
      HARNESS_ACCOUNT_ID: 'acc',
      DRONE_BUILD_NUMBER: '7',
      CI: 'true',
      PLUGIN_FAIL_ON_DRIF: '',
    };
    expect(configFromPluginEnv({ ...FULL, ...harness }).warnings).toEqual([]);
    expect(usageError({ ...FULL, PLUGIN_NOT_A_SETTING_AT_ALL: 'x' }).message).toMatch(
      /^settings\.not_a_setting_at_all \(PLUGIN_NOT_A_SETTING_AT_ALL\): not a setting/,
    );
  });

  it('mirrors the CLI flags one to one (both read from the settings table)', () => {
    const flags = Object.keys(REPORT_FLAG_OPTIONS).map((flag) => flag.replace(/-/g, '_'));
    // The merge step's settings are the CLI's `merge` command's own flags, not the report's.
    const merge = ['merge', 'comment_only', 'expect_legs', 'allow_mixed'];
    const settings = Object.keys(PLUGIN_SETTINGS).filter((key) => !merge.includes(key));
    // One to one by config field; a name differs only where the table declares one setting under a
    // name per world (the CLI's --markdown is the plugin's markdown_file: both review.markdownFile).
    const pathOf = (name: string): string | undefined =>
      SETTINGS.find((row) => pluginKey(row) === name)?.path;
    const byPath = (names: string[]): Array<string | undefined> => names.map(pathOf).sort();
    expect(byPath(settings)).toEqual(byPath(flags));
    expect(byPath(settings)).not.toContain(undefined);
    const renamed = settings.filter((key) => !flags.includes(key));
    expect(renamed).toEqual(['markdown_file']);
    expect(flags.filter((flag) => !settings.includes(flag))).toEqual(['markdown']);
    expect(flags).toContain('fail_on_drift');
  });
});
