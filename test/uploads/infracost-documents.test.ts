/** Which kind of data an Infracost file is, and one project cut out of a file, on Infracost's own outputs. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infracostDataType, projectDocument } from '../../src/infracost/infracost-documents.js';
import { parseInfracostText } from '../../src/infracost/infracost.js';
import { INFRACOST } from './support.js';

async function fixtures(): Promise<{ name: string; text: string; document: Record<string, unknown> }[]> {
  const names = (await readdir(INFRACOST)).filter((n) => n.endsWith('.json') || n.endsWith('.golden'));
  return Promise.all(
    names.map(async (name) => {
      const raw = await readFile(join(INFRACOST, name), 'utf8');
      const cut = raw.indexOf('\n\nErr:');
      const text = cut === -1 ? raw : raw.slice(0, cut);
      return { name, text, document: JSON.parse(text) as Record<string, unknown> };
    }),
  );
}

describe('infracostDataType', () => {
  it('follows metadata.infracostCommand, else whether a past total is known', async () => {
    const all = await fixtures();
    expect(all.length).toBeGreaterThan(10);
    const kinds = Object.fromEntries(all.map((f) => [f.name, infracostDataType(f.document)]));
    expect(kinds).toMatchObject({
      'breakdown_format_json.golden': 'cost_breakdown',
      'breakdown_multi_project_with_error_output_json.golden': 'cost_breakdown',
      'diff_with_policy_data_upload.golden': 'cost_diff',
      'diff_with_compare_to_with_current_project_error.golden': 'cost_diff',
      'diff_with_compare_to_with_past_project_error.golden': 'cost_diff',
      // `infracost output` with null past totals: nothing was compared.
      'output_diff_format_json.golden': 'cost_breakdown',
      // No metadata at all (an older version), past totals known: a comparison.
      'terragrunt-named-projects.json': 'cost_diff',
      'terragrunt-two-projects.json': 'cost_breakdown',
    });
  });
});

describe('projectDocument', () => {
  it('is each project alone, with the totals and figures the file gives that project', async () => {
    let checked = 0;
    for (const { name, text, document } of await fixtures()) {
      const file = parseInfracostText(text, name);
      for (const project of file.projects) {
        const cut = parseInfracostText(
          projectDocument(document, project.index).toString('utf8'),
          `${name} cut`,
        );
        expect(cut.projects).toHaveLength(1);
        expect(cut.projects[0]?.figures).toEqual(project.figures);
        expect(cut.projects[0]?.label).toBe(project.label);
        expect(cut.currency).toBe(file.currency);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
