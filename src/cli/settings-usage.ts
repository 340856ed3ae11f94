/**
 * --help text generated from the settings table (config/settings.ts), so the flags a user reads
 * are the flags the parser accepts: one line per CLI row, grouped by section, with the variables
 * a row falls back to. Nothing here lists a setting by name.
 */
import { settingsOf, type Setting, type SettingSection } from '../config/settings.js';

/** Section headings as the command line words them (the Action's own rows never show here). */
const SECTION_TITLES: Readonly<Record<Exclude<SettingSection, 'action'>, string>> = {
  inputs: 'Inputs (at least one of --plan, --drift, --terragrunt-dir):',
  event: 'Event:',
  delivery: 'Delivery:',
  connection: 'Connection (flag, else the variable in brackets):',
  gates: 'Gates (exit 1 after the report is sent):',
  partial: 'Partial reports (one CI leg of many; see iacm-report merge --help):',
  merge: 'Merge:',
  review: 'Pull/merge request review (comment, check run, Markdown file):',
  uploads: 'Workspace data (off unless asked; uploaded before the event, which carries their ids):',
};

/** `--plan <file|glob>`: the flag as typed. */
export function flagSynopsis(row: Setting): string {
  return row.value === undefined ? `--${row.name}` : `--${row.name} <${row.value}>`;
}

/** The row's help line for a terminal: Markdown code marks dropped, variables appended. */
function describe(row: Setting): string {
  const fallback = row.kind !== 'boolean' && row.default !== undefined ? ` (default ${row.default})` : '';
  const text = `${row.help}${fallback}`.replace(/`/g, '');
  const variables = row.env?.cli ?? [];
  return variables.length === 0 ? text : `${text} [${variables.join(', ')}]`;
}

/** The help column starts here; a longer flag puts its help on the next line. */
const FLAG_COLUMN = 27;

function usageLine(row: Setting, width: number): string {
  const synopsis = flagSynopsis(row);
  if (synopsis.length <= width) return `  ${synopsis.padEnd(width)}  ${describe(row)}`;
  return `  ${synopsis}
  ${' '.repeat(width)}  ${describe(row)}`;
}

/**
 * The --help lines of the given sections' CLI rows (those `keep` keeps), the flag column `width`
 * wide.
 */
export function sectionUsage(
  sections: readonly SettingSection[],
  width = usageWidth(sections),
  keep: (row: Setting) => boolean = () => true,
): string {
  const blocks: string[] = [];
  for (const section of sections) {
    if (section === 'action') continue;
    const rows = settingsOf('cli').filter((row) => row.section === section && keep(row));
    if (rows.length === 0) continue;
    const lines = rows.map((row) => usageLine(row, width));
    blocks.push([SECTION_TITLES[section], ...lines].join('\n'));
  }
  return blocks.join('\n');
}

/** The widest flag synopsis among the sections' CLI rows, at most FLAG_COLUMN. */
export function usageWidth(sections: readonly SettingSection[]): number {
  const rows = settingsOf('cli').filter((row) => sections.includes(row.section));
  return Math.min(FLAG_COLUMN, Math.max(0, ...rows.map((row) => flagSynopsis(row).length)));
}
