/**
 * One name never shown in two roles (issue 24): a path is shown without its trailing element
 * indexes, and `input[0]` changing beside `input[1]` known after apply both read `input`, changed
 * and known after apply at once. On a real Terraform 1.11 plan
 * (test/fixtures/terraform/changed-beside-unknown), read both ways (the usual reading, in one
 * WebAssembly call where it can, and the path-by-path one --show-values takes), through every
 * output: text, Markdown, the plugin's SUMMARY, the partial report and a merge of it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { reportConfigSchema } from '../../src/config/schema.js';
import type { ChangedAttributes } from '../../src/model/plan-summary.js';
import { readPartialFile } from '../../src/partial/partial-file.js';
import { PartialMerger } from '../../src/partial/merge-partials.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { ValueGate } from '../../src/plan/value-policy.js';
import { SUMMARY_MAX_BYTES } from '../../src/plugin/output-file.js';
import { fittedSummary } from '../../src/plugin/plugin-writer.js';
import { buildModel } from '../../src/reporter/build-model.js';
import { renderMarkdownSummary } from '../../src/reporter/markdown-summary.js';
import { renderTextSummary } from '../../src/reporter/text-summary.js';
import { runReport } from '../../src/run/run-report.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const PLAN = 'test/fixtures/terraform/changed-beside-unknown/plan.json';
const temp = mkdtempSync(join(tmpdir(), 'iacm-roles-apart-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The roles of each update and replacement, as every output must show them. */
const ROLES: Record<string, Omit<ChangedAttributes, 'values'>> = {
  'terraform_data.in_list': {
    names: ['input[0]'],
    total: 1,
    unknown: ['input[1]', 'output'],
    unknownTotal: 2,
  },
  'terraform_data.nested_list': {
    names: ['input.ports[0]'],
    total: 1,
    unknown: ['input.ports[1]', 'output'],
    unknownTotal: 2,
  },
  // Indexes dropped from both, the names differ: shortened as usual.
  'terraform_data.apart': { names: ['input.a'], total: 1, unknown: ['input.b', 'output'], unknownTotal: 2 },
  'terraform_data.objects': {
    names: ['input'],
    total: 1,
    unknown: ['input[1].name', 'output'],
    unknownTotal: 2,
  },
  'terraform_data.repl': {
    names: ['triggers_replace'],
    total: 1,
    replacing: ['triggers_replace'],
    unknown: ['id', 'output', 'triggers_replace[0]'],
    unknownTotal: 3,
  },
};

const TEXT_LINES = [
  '  terraform_data.in_list — input[0]; known after apply: input[1], output',
  '  terraform_data.nested_list — input.ports[0]; known after apply: input.ports[1], output',
  '  terraform_data.apart — input.a; known after apply: input.b, output',
  '  terraform_data.repl — triggers_replace (forces replacement); known after apply: id, output, triggers_replace[0]',
];
const MD_LINES = [
  '<code>terraform\\_data.in\\_list</code> — <code>input\\[0\\]</code>; known after apply: <code>input\\[1\\]</code>, <code>output</code>',
  '<code>terraform\\_data.nested\\_list</code> — <code>input.ports\\[0\\]</code>; known after apply: <code>input.ports\\[1\\]</code>, <code>output</code>',
];

function withoutValues(roles: ReadonlyMap<string, ChangedAttributes> | undefined): Record<string, unknown> {
  return Object.fromEntries(
    [...(roles ?? [])].map(([address, { values: _values, ...rest }]) => [address, rest]),
  );
}

describe('a changed path and one known after apply that read alike', () => {
  it('the plan is real, and the two paths are there', () => {
    const doc = JSON.parse(readFileSync(join(REPO, PLAN), 'utf8')) as {
      terraform_version: string;
      resource_changes: { address: string; change: { after_unknown: Record<string, unknown> } }[];
    };
    expect(doc.terraform_version).toMatch(/^1\.11\./);
    const inList = doc.resource_changes.find((c) => c.address === 'terraform_data.in_list');
    expect(inList?.change.after_unknown['input']).toEqual([false, true]);
  });

  it('keep their indexes, read both ways; no name is in two roles', async () => {
    const usual = await readPlanFile(join(REPO, PLAN));
    expect(withoutValues(usual.changedAttributes)).toEqual(ROLES);
    const walked = await readPlanFile(join(REPO, PLAN), { values: new ValueGate({ show: true, hide: [] }) });
    expect(withoutValues(walked.changedAttributes)).toEqual(ROLES);
    for (const [address, roles] of usual.changedAttributes ?? []) {
      for (const name of roles.unknown ?? []) expect(roles.names, address).not.toContain(name);
    }
  });

  it('say so in text, Markdown, SUMMARY, the partial report and a merge of it', async () => {
    const partial = join(temp, 'leg.json');
    const config = reportConfigSchema.parse({
      plans: [PLAN],
      dryRun: true,
      savePartial: partial,
      send: false,
    });
    const { model } = await runReport(config, { env: {}, cwd: REPO, log: () => undefined });
    const text = renderTextSummary(model);
    const summary = fittedSummary(model, SUMMARY_MAX_BYTES, []);
    const md = renderMarkdownSummary(model);
    for (const line of TEXT_LINES) {
      expect(text).toContain(line);
      expect(summary).toContain(line);
    }
    for (const line of MD_LINES) expect(md).toContain(line);
    expect(text).not.toContain('known after apply: input, output');

    const saved = JSON.parse(readFileSync(partial, 'utf8')) as {
      report: { plans: { changedAttributes: [string, ChangedAttributes][] }[] };
    };
    expect(Object.fromEntries(saved.report.plans[0]!.changedAttributes)).toEqual(ROLES);
    const merger = new PartialMerger();
    merger.add(await readPartialFile(partial));
    const merged = buildModel(merger.finish().input);
    expect(withoutValues(merged.changedAttributes)).toEqual(ROLES);
    for (const line of TEXT_LINES) expect(renderTextSummary(merged)).toContain(line);
    for (const line of MD_LINES) expect(renderMarkdownSummary(merged)).toContain(line);
  });
});
