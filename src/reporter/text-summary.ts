/**
 * The plain-text summary of a run: what a person reads in a CI log (CLI stderr, the plugin's log)
 * and what the plugin hands to later steps as its SUMMARY output. Pure: ReportModel -> string.
 *
 * Names in the model come from files we do not control (unit folders, warnings quoting input), so
 * every one is stripped of escape sequences and control characters before it is printed: a log
 * must not be recoloured, cleared or have lines forged by an input file.
 */
import { zeroCounts, type Counts } from '../model/plan-summary.js';
import { plainText as plainOneLine } from '../plain-text.js';
import type { ReportModel } from './report-model.js';
import type { CostFigures } from '../model/cost-math.js';
import type { UnitReport } from '../model/unit-report.js';
import { workspaceDataText } from './workspace-data-summary.js';

export interface TextSummaryOptions {
  /** Upper bound on the size of the result in UTF-8 bytes (what output files and logs measure). */
  readonly maxBytes?: number | undefined;
}

/** Longest a single name or message may run before it is shortened, so one cannot crowd out the rest. */
const MAX_PATH = 80;
const MAX_LINE = 500;

/** Text safe to print on one line: escape sequences removed, other controls turned into spaces. */
function plainText(text: string): string {
  return plainOneLine(text).replace(/ {2,}/g, ' ').trim();
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Long paths keep their tail: the unit's own folder is what tells two units apart. */
function clipPath(text: string): string {
  return text.length > MAX_PATH ? `…${text.slice(text.length - MAX_PATH + 1)}` : text;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The first `left` columns left-aligned (names), the rest right-aligned (numbers), two spaces apart. */
function table(rows: readonly (readonly string[])[], left = 1): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i < left ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function countsTable(model: ReportModel): string[] {
  const all = (c: Counts): string[] =>
    [c.added, c.changed, c.deleted, c.imported, c.removed, c.unchanged].map(String);
  // Imports and forgets are resource operations; drift and outputs have none.
  const partial = (c: Counts): string[] =>
    [c.added, c.changed, c.deleted].map(String).concat(['-', '-', String(c.unchanged)]);
  return table([
    ['', 'add', 'change', 'destroy', 'import', 'forget', 'unchanged'],
    ['Resources', ...all(model.resourceCounts)],
    ['Drift', ...partial(model.driftCounts)],
    ['Outputs', ...partial(model.outputCounts)],
  ]);
}

function signed(decimal: string): string {
  return decimal.startsWith('-') || /^0*(\.0*)?$/.test(decimal) ? decimal : `+${decimal}`;
}

function costLine(cost: CostFigures | undefined): string | undefined {
  if (!cost) return undefined;
  const parts: string[] = [];
  if (cost.totalMonthly !== undefined) parts.push(`total ${plainText(cost.totalMonthly)}`);
  if (cost.pastTotalMonthly !== undefined) parts.push(`previously ${plainText(cost.pastTotalMonthly)}`);
  if (cost.diffTotalMonthly !== undefined) {
    const pct = cost.percentageChange === undefined ? '' : ` (${signed(plainText(cost.percentageChange))}%)`;
    parts.push(`change ${signed(plainText(cost.diffTotalMonthly))}${pct}`);
  }
  if (parts.length === 0) return undefined;
  const currency = cost.currency === undefined ? '' : ` (${clip(plainText(cost.currency), 10)})`;
  return `Monthly cost${currency}: ${parts.join(', ')}`;
}

function headLines(model: ReportModel): string[] {
  const lines = [
    `IaCM report: event ${model.eventType}, activity ${model.activityType} (${model.activityStatus})`,
  ];
  const version =
    model.provisionerVersion === undefined ? undefined : clip(plainText(model.provisionerVersion), 40);
  if (model.provisioner !== undefined) {
    lines.push(`Provisioner: ${model.provisioner}${version === undefined ? '' : ` ${version}`}`);
  } else if (version !== undefined) {
    // A plan says its version but not always whether Terraform or OpenTofu wrote it.
    lines.push(`Provisioner version: ${version}`);
  }
  lines.push(`Files read: ${model.files.length}`, '', ...countsTable(model), '');
  const changes = model.hasChanges ? `yes (${model.plannedChangesCount} planned)` : 'none';
  const drift = model.hasDrift ? `${model.driftedCount} resource(s) drifted` : 'none';
  lines.push(`Changes: ${changes}; drift: ${drift}`);
  const cost = costLine(model.cost);
  if (cost !== undefined) lines.push(cost);
  return lines;
}

/** One unit: its table cells, and an error line under it when it failed. */
function unitCells(unit: UnitReport): string[] {
  const r = unit.resourceCounts;
  const d = unit.driftCounts ?? zeroCounts();
  const drift = String(d.added + d.changed + d.deleted);
  const counts = r === undefined ? ['-', '-', '-'] : [r.added, r.changed, r.deleted].map(String);
  return [clipPath(plainText(unit.pathId)) || '.', unit.status, ...counts, unit.driftCounts ? drift : '-'];
}

/** A titled list as whole items (an item may be several lines), ready to be cut to a budget. */
interface Block {
  readonly title: string[];
  readonly items: string[][];
  readonly noun: string;
}

function unitsBlock(units: readonly UnitReport[]): Block {
  const rows = table([['PATH', 'STATUS', 'ADD', 'CHANGE', 'DESTROY', 'DRIFT'], ...units.map(unitCells)], 2);
  const items = units.map((unit, i) => {
    const item = [rows[i + 1] as string];
    if (unit.errorMessage) item.push(`  error: ${clip(plainText(unit.errorMessage), MAX_LINE)}`);
    return item;
  });
  return { title: ['', `Units: ${units.length}`, rows[0] as string], items, noun: 'units' };
}

function warningsBlock(warnings: readonly string[]): Block {
  const items = warnings.map((w) => [`- ${clip(plainText(w), MAX_LINE)}`]);
  return { title: ['', `Warnings: ${warnings.length}`], items, noun: 'warnings' };
}

const linesBytes = (lines: readonly string[]): number => lines.reduce((n, line) => n + bytes(line) + 1, 0);
const moreLine = (count: number, noun: string): string => `… ${count} more ${noun} not shown`;

/** As many whole items as fit in `budget` bytes, then a line saying how many were left out. */
function fit(block: Block, budget: number): string[] {
  if (block.items.length === 0) return [];
  const full = [...block.title, ...block.items.flat()];
  if (linesBytes(full) <= budget) return full;
  const reserve = bytes(moreLine(block.items.length, block.noun)) + 1;
  const out = [...block.title];
  let used = linesBytes(out);
  if (used + reserve > budget) return [];
  let shown = 0;
  for (const item of block.items) {
    const size = linesBytes(item);
    if (used + size + reserve > budget) break;
    out.push(...item);
    used += size;
    shown += 1;
  }
  out.push(moreLine(block.items.length - shown, block.noun));
  return out;
}

/** Cuts text to at most `max` UTF-8 bytes on a character boundary, marking the cut. */
function cutBytes(text: string, max: number): string {
  const mark = '…';
  if (max < bytes(mark)) return '';
  let out = '';
  let size = 0;
  for (const char of text) {
    const n = bytes(char);
    if (size + n + bytes(mark) > max) break;
    out += char;
    size += n;
  }
  return out + mark;
}

/**
 * The summary (no trailing newline: callers print it as a line). With `maxBytes`, Terragrunt units and warnings are cut
 * (whole lines, with an "N more ... not shown" line) so the counts and costs always survive.
 */
export function renderTextSummary(model: ReportModel, options: TextSummaryOptions = {}): string {
  const max = options.maxBytes ?? Number.POSITIVE_INFINITY;
  // Policy verdicts lead; upload outcomes follow the counts (workspace-data-summary.ts).
  const data = workspaceDataText(model);
  const head = [...data.lead, ...headLines(model), ...data.tail];
  const units = unitsBlock(model.units);
  const warnings = warningsBlock(model.warnings);
  const room = max - linesBytes(head);
  if (room < 0) return cutBytes(head.join('\n'), max);
  // Warnings are few and often say why numbers look odd: give them up to half the room first,
  // units the rest, then warnings whatever units left over.
  const warningsShare = linesBytes(fit(warnings, Math.floor(room / 2)));
  const unitLines = fit(units, room - warningsShare);
  const warningLines = fit(warnings, room - linesBytes(unitLines));
  return [...head, ...unitLines, ...warningLines].join('\n');
}
