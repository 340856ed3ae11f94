/**
 * The collapsed `<details>` lists of a Markdown summary: addresses by action, then the files
 * read. When they do not all fit, the room is shared out like water filling vessels: every list
 * keeps its heading and its "N more not shown" line, short lists are shown whole, and what is
 * left is split evenly among the long ones. So a plan creating 50,000 resources still shows
 * which ones it destroys.
 */
import type { AddressLists } from '../model/plan-summary.js';
import { escapeMarkdown } from './markdown-escape.js';
import type { ReportModel } from './report-model.js';
import type { TextMeter } from './text-budget.js';

/** Most dangerous first. */
const SECTIONS: readonly { key: keyof AddressLists; label: string }[] = [
  { key: 'deleted', label: 'To destroy' },
  { key: 'replaced', label: 'To replace' },
  { key: 'updated', label: 'To change' },
  { key: 'created', label: 'To create' },
  { key: 'imported', label: 'To import' },
  { key: 'forgotten', label: 'To remove from state' },
  { key: 'drifted', label: 'Drifted' },
];

interface Section {
  readonly open: string;
  readonly close: string;
  readonly items: readonly string[];
  /** Cost of open + close + the "more" line sized for the whole list: the least a section takes. */
  readonly minimum: number;
  /** Cost of the whole list. */
  readonly full: number;
}

function moreLine(count: number): string {
  return `- … ${count} more not shown\n`;
}

function makeSection(label: string, names: readonly string[], meter: TextMeter, maxName: number): Section {
  const open = `<details><summary>${label} (${names.length})</summary>\n\n`;
  const close = '\n</details>\n\n';
  const items = names.map((name) => `- ${escapeMarkdown(name, maxName)}\n`);
  const frame = meter.cost(open + close);
  const full = items.reduce((sum, item) => sum + meter.cost(item), frame);
  return { open, close, items, minimum: frame + meter.cost(moreLine(names.length)), full };
}

/** How much each section may spend: its minimum, plus a fair share of the rest up to its full size. */
function shareOut(sections: readonly Section[], allowance: number): number[] {
  const given = sections.map((section) => Math.min(section.minimum, section.full));
  let spare = allowance - given.reduce((a, b) => a + b, 0);
  const wanting = sections
    .map((section, index) => ({ index, want: section.full - (given[index] ?? 0) }))
    .filter((entry) => entry.want > 0)
    .sort((a, b) => a.want - b.want);
  for (let i = 0; i < wanting.length && spare > 0; i++) {
    const entry = wanting[i];
    if (entry === undefined) break;
    const share = Math.floor(spare / (wanting.length - i));
    const extra = Math.min(entry.want, share);
    given[entry.index] = (given[entry.index] ?? 0) + extra;
    spare -= extra;
  }
  return given;
}

function renderSection(section: Section, allowance: number, meter: TextMeter): string {
  if (section.full <= allowance) return section.open + section.items.join('') + section.close;
  let spent = section.minimum;
  let shown = 0;
  for (const item of section.items) {
    const cost = meter.cost(item);
    if (spent + cost > allowance) break;
    spent += cost;
    shown++;
  }
  return (
    section.open +
    section.items.slice(0, shown).join('') +
    moreLine(section.items.length - shown) +
    section.close
  );
}

/**
 * All non-empty lists within `allowance` (in `meter` cost units). When even the headings do not
 * fit, later lists are dropped whole and the caller's last-resort cut says so.
 */
export function renderAddressSections(
  model: ReportModel,
  meter: TextMeter,
  allowance: number,
  maxName: number,
): string {
  const sections = SECTIONS.filter(({ key }) => model.addresses[key].length > 0).map(({ key, label }) =>
    makeSection(label, model.addresses[key], meter, maxName),
  );
  if (model.files.length > 0) sections.push(makeSection('Files read', model.files, meter, maxName));
  if (allowance <= 0 || sections.length === 0) return '';

  // Drop lists from the end until every kept one has room for its heading and "more" line.
  let kept = sections.length;
  const minimumOf = (n: number): number =>
    sections.slice(0, n).reduce((sum, s) => sum + Math.min(s.minimum, s.full), 0);
  while (kept > 0 && minimumOf(kept) > allowance) kept--;
  const chosen = sections.slice(0, kept);
  const allowances = shareOut(chosen, allowance);
  return chosen.map((section, index) => renderSection(section, allowances[index] ?? 0, meter)).join('');
}
