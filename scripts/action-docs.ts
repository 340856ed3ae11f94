/**
 * The generated parts of the docs, and the one command that rewrites them:
 *   - action.yml's `inputs:` block, from the settings table (scripts/settings-docs.ts);
 *   - docs/settings.md's Action inputs/outputs tables, from action.yml (between
 *     `<!-- action-inputs:start -->` and `<!-- action-inputs:end -->`);
 *   - docs/settings.md's CLI flag table and plugin settings table, from the settings table (between
 *     `<!-- cli-flags:... -->` and `<!-- plugin-settings:... -->` markers).
 * A test fails when any of them is stale.
 *
 *   npm run docs:settings             rewrite action.yml and the docs
 *   npm run docs:settings -- --check  exit 1 when one is stale
 */
import { load } from 'js-yaml';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { renderActionInputs, renderCliTable, renderPluginTable } from './settings-docs.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DOC_FILES = ['docs/settings.md'];
export const START = '<!-- action-inputs:start -->';
export const END = '<!-- action-inputs:end -->';

interface ActionEntry {
  description?: string;
  default?: string;
  required?: boolean;
}

export interface ActionMetadata {
  name: string;
  description: string;
  branding?: { icon?: string; color?: string };
  inputs: Record<string, ActionEntry>;
  outputs: Record<string, ActionEntry>;
  runs: { using: string; main: string };
}

export async function readActionMetadata(file = `${ROOT}action.yml`): Promise<ActionMetadata> {
  return load(await readFile(file, 'utf8')) as ActionMetadata;
}

/** A marked region of a doc and what goes in it. */
interface Region {
  readonly start: string;
  readonly end: string;
  readonly content: string;
}

function marker(name: string): { start: string; end: string } {
  return { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` };
}

/** action.yml with its `inputs:` block replaced by the table's (the rest is left as written). */
export function applyActionInputs(yaml: string, inputs = renderActionInputs()): string {
  const start = yaml.search(/^inputs:\n/m);
  const end = yaml.search(/^outputs:\n/m);
  if (start < 0 || end < start) throw new Error('action.yml: expected an inputs: block before outputs:');
  return `${yaml.slice(0, start)}${inputs}\n\n${yaml.slice(end)}`;
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** The Markdown that goes between the markers. */
export function renderTables(action: ActionMetadata): string {
  const inputs = Object.entries(action.inputs).map(([name, input]) => {
    const fallback = input.default === undefined || input.default === '' ? '' : `\`${input.default}\``;
    return `| \`${name}\` | ${cell(input.description ?? '')} | ${fallback} |`;
  });
  const outputs = Object.entries(action.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description ?? '')} |`,
  );
  return [
    '### Inputs',
    '',
    '| Input | Description | Default |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

/** `doc` with each region's content between its markers, formatted as prettier would. */
export async function applyRegions(doc: string, regions: readonly Region[], file: string): Promise<string> {
  let text = doc;
  for (const region of regions) {
    const start = text.indexOf(region.start);
    const end = text.indexOf(region.end);
    if (start < 0 || end < start) throw new Error(`${file}: no ${region.start} ... ${region.end} markers`);
    text = `${text.slice(0, start + region.start.length)}\n\n${region.content}\n\n${text.slice(end)}`;
  }
  return format(text, file);
}

/** As prettier writes it, so format:check stays green. */
async function format(text: string, file: string): Promise<string> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/** action.yml and each doc with markers, as it is and as it should be. */
export async function expectedDocs(): Promise<{ file: string; current: string; expected: string }[]> {
  const actionFile = `${ROOT}action.yml`;
  const actionYml = await readFile(actionFile, 'utf8');
  const expectedYml = await format(applyActionInputs(actionYml), actionFile);
  const docs = [{ file: 'action.yml', current: actionYml, expected: expectedYml }];
  const regions: Region[] = [
    { ...marker('action-inputs'), content: renderTables(load(expectedYml) as ActionMetadata) },
    { ...marker('cli-flags'), content: renderCliTable() },
    { ...marker('plugin-settings'), content: renderPluginTable() },
  ];
  for (const relative of DOC_FILES) {
    const file = `${ROOT}${relative}`;
    if (!existsSync(file)) continue;
    const current = await readFile(file, 'utf8');
    const present = regions.filter((region) => current.includes(region.start));
    if (present.length === 0) continue;
    docs.push({ file: relative, current, expected: await applyRegions(current, present, file) });
  }
  return docs;
}

async function main(check: boolean): Promise<number> {
  const docs = await expectedDocs();
  if (docs.length < 2) {
    console.error(`no doc has the ${START} marker (looked in ${DOC_FILES.join(', ')})`);
    return 1;
  }
  const stale = docs.filter((doc) => doc.current !== doc.expected);
  if (check) {
    for (const doc of stale)
      console.error(`${doc.file}: differs from the settings table / action.yml; run npm run docs:settings`);
    return stale.length > 0 ? 1 : 0;
  }
  for (const doc of stale) await writeFile(`${ROOT}${doc.file}`, doc.expected);
  console.log(stale.length > 0 ? `updated ${stale.map((d) => d.file).join(', ')}` : 'docs are up to date');
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.includes('--check'));
}
