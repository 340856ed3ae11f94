/**
 * What the settings table (src/config/settings.ts) generates outside the code: action.yml's
 * `inputs:` block, and docs/settings.md's CLI flag table and plugin settings table. scripts/action-docs.ts
 * writes them (with the Action tables, which follow from action.yml) and checks they are current:
 *
 *   npm run docs:settings            rewrite action.yml and docs/settings.md from the table
 *   npm run docs:settings -- --check exit 1 when either is stale (a test runs the same check)
 */
import { load } from 'js-yaml';
import { flagSynopsis } from '../src/cli/settings-usage.js';
import { REPORT_ROWS } from '../src/config/from-cli-flags.js';
import { pluginKey, pluginVariable, settingsOf, type Setting } from '../src/config/settings.js';

/** Where the YAML block's folded descriptions wrap (action.yml's own width). */
const YAML_WIDTH = 100;

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

function code(text: string): string {
  return `\`${text}\``;
}

function fallback(row: Setting): string {
  return row.default === undefined ? '' : code(row.default);
}

/** Words wrapped to lines of at most `width` characters, each prefixed with `indent`. */
function wrap(text: string, indent: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

/** `description: text` when it fits on one line and reads back unchanged, else a folded block. */
function yamlDescription(text: string): string[] {
  const single = `    description: ${text}`;
  let plain = false;
  try {
    plain = (load(`description: ${text}`) as { description?: unknown }).description === text;
  } catch {
    plain = false;
  }
  if (plain && single.length <= YAML_WIDTH) return [single];
  return ['    description: >-', ...wrap(text, '      ', YAML_WIDTH)];
}

/** action.yml's `inputs:` block (the line `inputs:` included): one input per Action row. */
export function renderActionInputs(rows: readonly Setting[] = settingsOf('action')): string {
  const lines = ['inputs:'];
  for (const row of rows) {
    lines.push(`  ${row.name}:`, ...yamlDescription(row.description), '    required: false');
    lines.push(`    default: '${(row.default ?? '').replace(/'/g, "''")}'`);
  }
  return lines.join('\n');
}

/** docs/settings.md: every flag of the report command, its variables and its help line (merge's: `merge --help`). */
export function renderCliTable(rows: readonly Setting[] = REPORT_ROWS): string {
  const lines = ['| flag | variable | meaning | default |', '| --- | --- | --- | --- |'];
  for (const row of rows) {
    const variables = (row.env?.cli ?? []).map(code).join(', ');
    lines.push(
      `| ${cell(code(flagSynopsis(row)))} | ${variables} | ${cell(row.help)} | ${cell(fallback(row))} |`,
    );
  }
  return lines.join('\n');
}

/** docs/settings.md: every plugin setting, where its value is read from, its help line and default. */
export function renderPluginTable(rows: readonly Setting[] = settingsOf('plugin')): string {
  const lines = ['| setting | read from | meaning | default |', '| --- | --- | --- | --- |'];
  for (const row of rows) {
    const sources = [pluginVariable(row), ...(row.env?.plugin ?? [])].map(code);
    if (row.endpoint !== undefined) sources.push(`the stage's ${code(row.endpoint)}`);
    lines.push(
      `| ${code(pluginKey(row))} | ${sources.join(', then ')} | ${cell(row.help)} | ${cell(fallback(row))} |`,
    );
  }
  return lines.join('\n');
}
