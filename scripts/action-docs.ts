/**
 * Writes the Action's inputs and outputs tables, generated from action.yml, between
 * `<!-- action-inputs:start -->` and `<!-- action-inputs:end -->` in every doc that has the
 * markers (README.md). action.yml is the one source; a test fails when a doc
 * disagrees with it.
 *
 *   npx tsx scripts/action-docs.ts          rewrite the docs
 *   npx tsx scripts/action-docs.ts --check  exit 1 when a doc is stale
 */
import { load } from 'js-yaml';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DOC_FILES = ['README.md'];
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
    '#### Inputs',
    '',
    '| Input | Description | Default |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '#### Outputs',
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

/** `doc` with the tables between the markers, formatted as prettier would (format:check stays green). */
export async function applyTables(doc: string, tables: string, file: string): Promise<string> {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file}: no ${START} ... ${END} markers`);
  const text = `${doc.slice(0, start + START.length)}\n\n${tables}\n\n${doc.slice(end)}`;
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/** Each doc with markers, as it is and as it should be. */
export async function expectedDocs(): Promise<{ file: string; current: string; expected: string }[]> {
  const tables = renderTables(await readActionMetadata());
  const docs = [];
  for (const relative of DOC_FILES) {
    const file = `${ROOT}${relative}`;
    if (!existsSync(file)) continue;
    const current = await readFile(file, 'utf8');
    if (!current.includes(START)) continue;
    docs.push({ file: relative, current, expected: await applyTables(current, tables, file) });
  }
  return docs;
}

async function main(check: boolean): Promise<number> {
  const docs = await expectedDocs();
  if (docs.length === 0) {
    console.error(`no doc has the ${START} marker (looked in ${DOC_FILES.join(', ')})`);
    return 1;
  }
  const stale = docs.filter((doc) => doc.current !== doc.expected);
  if (check) {
    for (const doc of stale)
      console.error(
        `${doc.file}: the Action tables differ from action.yml; run npx tsx scripts/action-docs.ts`,
      );
    return stale.length > 0 ? 1 : 0;
  }
  for (const doc of stale) await writeFile(`${ROOT}${doc.file}`, doc.expected);
  console.log(stale.length > 0 ? `updated ${stale.map((d) => d.file).join(', ')}` : 'docs are up to date');
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.includes('--check'));
}
