/**
 * The costs behind the total through partial reports (issue 24): each leg's partial carries its
 * projects and top resources, `merge` concatenates the projects and re-ranks the resources across
 * legs (still the top 10), and a version-1 partial, written before these fields, still reads.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { TOP_RESOURCES } from '../../src/model/cost-details.js';
import { PARTIAL_VERSION } from '../../src/partial/partial-schema.js';
import { captureIo } from '../support/capture-io.js';
import { infracostText, placePlan, removeDir, tempDir } from '../support/terragrunt-trees.js';

let root: string;
beforeAll(async () => {
  root = await tempDir('partial-cost-details-');
  await placePlan(root, 'a/plan.json', 'update');
  await placePlan(root, 'b/plan.json', 'replace');
  // Real Infracost files (their golden trailers stripped): a diff with a resource destroyed and
  // one added, and `infracost output` of two projects, nine resources added.
  await writeFile(
    join(root, 'a/infracost.json'),
    await infracostText('diff_with_compare_to_format_json.golden'),
  );
  await writeFile(join(root, 'b/infracost.json'), await infracostText('output_format_json.golden'));
});
afterAll(async () => removeDir(root));

async function cli(args: string[]) {
  const captured = captureIo({}, root);
  const code = await main(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

interface Details {
  projects: { items: { name: string }[]; total: number };
  resources: { items: { address: string; project: string; diff: string }[]; total: number };
}

async function partialOf(file: string): Promise<{ version: number; report: { costDetails?: Details } }> {
  return JSON.parse(await readFile(join(root, file), 'utf8')) as {
    version: number;
    report: { costDetails?: Details };
  };
}

async function saveLegs(): Promise<void> {
  for (const leg of ['a', 'b']) {
    const result = await cli([
      '--plan',
      `${leg}/plan.json`,
      '--infracost',
      `${leg}/infracost.json`,
      '--save-partial',
      `partials/${leg}.json`,
      '--leg',
      leg,
      '-q',
    ]);
    expect(result.code, result.stderr).toBe(0);
  }
}

describe('partial reports carry the costs behind the total', () => {
  it('each leg its projects and top resources; the merge concatenates and re-ranks them, bounded', async () => {
    await saveLegs();
    const a = await partialOf('partials/a.json');
    const b = await partialOf('partials/b.json');
    expect(a.version).toBe(PARTIAL_VERSION);
    expect(a.report.costDetails?.resources.items.map((r) => r.diff)).toEqual(['-1303.28', '560.64']);
    expect(b.report.costDetails?.resources.total).toBe(9);

    const merged = await cli(['merge', 'partials/*.json', '--dry-run', '--markdown', 'merged.md', '-q']);
    expect(merged.code, merged.stderr).toBe(0);
    const md = await readFile(join(root, 'merged.md'), 'utf8');
    // Projects one leg after the other: leg a's one, then leg b's two.
    const projects = [
      ...(a.report.costDetails?.projects.items ?? []),
      ...(b.report.costDetails?.projects.items ?? []),
    ].map((p) => p.name);
    expect(projects).toHaveLength(3);
    const at = projects.map((name) => md.indexOf(`<code>${name.replace(/_/g, '\\_')}</code> |`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    // Resources re-ranked across legs: leg a's destroyed $1,303.28 first, then leg b's $912.50s,
    // and only the top 10 of the 11.
    const rows = md
      .slice(md.indexOf('Resources behind the change'))
      .split('\n')
      .filter((line) => line.startsWith('| <code>'));
    expect(rows).toHaveLength(TOP_RESOURCES);
    expect(rows[0]).toContain('-$1,303.28');
    expect(rows[1]).toContain('+$912.50');
    expect(rows.findIndex((row) => row.includes('+$560.64'))).toBeGreaterThan(
      rows.findIndex((row) => row.includes('+$742.64')),
    );
    expect(md).toContain('top 10 of 11');
  });

  it('a version-1 partial (before these fields) still reads: totals merged, no details invented', async () => {
    await saveLegs();
    for (const leg of ['a', 'b']) {
      const partial: { version: number; report: Record<string, unknown> } = await partialOf(
        `partials/${leg}.json`,
      );
      partial.version = 1;
      delete partial.report['costDetails'];
      await writeFile(join(root, `partials/${leg}.json`), `${JSON.stringify(partial)}\n`);
    }
    const merged = await cli(['merge', 'partials/*.json', '--dry-run', '--markdown', 'old.md', '-q']);
    expect(merged.code, merged.stderr).toBe(0);
    const md = await readFile(join(root, 'old.md'), 'utf8');
    expect(md).toContain('#### Monthly cost (USD)');
    expect(md).not.toContain('Resources behind the change');
  });

  it('a partial of a version this reader does not know is refused, naming both', async () => {
    await saveLegs();
    const text = await readFile(join(root, 'partials/a.json'), 'utf8');
    await writeFile(
      join(root, 'partials/a.json'),
      text.replace(`"version":${PARTIAL_VERSION}`, '"version":9'),
    );
    const merged = await cli(['merge', 'partials/*.json', '--dry-run']);
    expect(merged.code).not.toBe(0);
    expect(merged.stderr).toMatch(/version 9 .*reads versions 1 and 2.*Upgrade the merging step/);
  });
});
