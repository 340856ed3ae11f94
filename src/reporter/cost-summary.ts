/**
 * The cost part of the summaries (issue 24), as Infracost's own comment has it: the verdict first
 * ("monthly cost will increase by $420.48"), then the projects whose cost changes and the
 * resources behind the change, largest absolute monthly difference first (10 in Markdown, folded
 * in `<details>`; 5 in text). Money is formatted by money.ts; a cost that is usage-based or
 * unknown is said in words, never shown as $0.
 */
import type { CostFigures } from '../model/cost-math.js';
import type { CostDetails, CostValue, ResourceCost } from '../model/cost-details.js';
import { isDecimal, isZeroDecimal } from '../model/decimal.js';
import { clipMiddle, plainText } from '../plain-text.js';
import { codeSpan, escapeMarkdown } from './markdown-escape.js';
import { formatMoney, formatPercent } from './money.js';
import type { ReportModel } from './report-model.js';
import type { TextMeter } from './text-budget.js';
import { alignColumns } from './text-table.js';

/** Rows of each table in Markdown, and in text. */
const MARKDOWN_PROJECTS = 20;
const MARKDOWN_RESOURCES = 10;
const TEXT_PROJECTS = 10;
const TEXT_RESOURCES = 5;
const MAX_NAME = 120;
const EMPTY = '—';

export function hasCost(cost: CostFigures | undefined): cost is CostFigures {
  return (
    cost !== undefined &&
    [cost.totalMonthly, cost.pastTotalMonthly, cost.diffTotalMonthly].some((value) => value !== undefined)
  );
}

/**
 * "monthly cost will increase by $420.48 (+171.44%)", "… decrease by …", "monthly cost
 * unchanged"; undefined when the difference is unknown.
 */
export function costChangeWords(cost: CostFigures | undefined, details?: CostDetails): string | undefined {
  const diff = cost?.diffTotalMonthly;
  if (diff === undefined || !isDecimal(diff)) return undefined;
  if (isZeroDecimal(diff)) return `monthly cost unchanged${unknownPart(details)}`;
  const falling = diff.startsWith('-');
  const size = formatMoney(falling ? diff.slice(1) : diff, cost?.currency);
  const pct = cost?.percentageChange === undefined ? '' : ` (${formatPercent(cost.percentageChange)})`;
  return `monthly cost will ${falling ? 'decrease' : 'increase'} by ${size}${pct}${unknownPart(details)}`;
}

/**
 * " (difference unknown for 2 of 4 projects)": a run total leaves out the projects Infracost could
 * not price, so "unchanged" alone would be greener than the file (its warnings say which).
 */
function unknownPart(details: CostDetails | undefined): string {
  if (details === undefined) return '';
  const unknown = details.projects.items.filter((p) => p.diff === undefined).length;
  if (unknown === 0) return '';
  const all = details.projects.total + details.unchangedProjects;
  return ` (difference unknown for ${unknown} of ${all} project${all === 1 ? '' : 's'})`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The verdict sentence with the totals: "Monthly cost will increase by $420.48 (+171.44%): $245.26 → $665.74." */
function costSentence(cost: CostFigures, arrow: string, details: CostDetails | undefined): string {
  const money = (value: string): string => formatMoney(value, cost.currency);
  const span =
    cost.pastTotalMonthly !== undefined && cost.totalMonthly !== undefined
      ? `${money(cost.pastTotalMonthly)} ${arrow} ${money(cost.totalMonthly)}`
      : cost.totalMonthly !== undefined
        ? `${money(cost.totalMonthly)} after the change, before unknown`
        : cost.pastTotalMonthly !== undefined
          ? `${money(cost.pastTotalMonthly)} before the change, after unknown`
          : '';
  const words = costChangeWords(cost, details);
  if (words === undefined) return `Monthly cost: ${span}; the difference is unknown.`;
  return `${capitalised(words)}${span === '' ? '' : `: ${span}`}.`;
}

/** A cost for display: money, "usage-based" or "unknown"; absent is "—" (the resource was not there). */
function shown(value: CostValue | undefined, currency: string | undefined, signed = false): string {
  if (value === undefined) return EMPTY;
  return isDecimal(value) ? formatMoney(value, currency, signed) : value;
}

/** Whether to name each resource's project: several projects are read. */
function severalProjects(details: CostDetails): boolean {
  return details.projects.total + details.unchangedProjects > 1;
}

function changedWord(details: CostDetails): string {
  const all = details.projects.total + details.unchangedProjects;
  return `${details.projects.total} of ${all} project${all === 1 ? '' : 's'} change`;
}

function resourcesWord(details: CostDetails, shownCount: number): string {
  const total = details.resources.total;
  return shownCount < total ? `top ${shownCount} of ${total}` : `${total}`;
}

/**
 * The Markdown cost section: the sentence, then the projects and resources folded, as many rows as
 * `allowance` (meter cost) lets through. Empty without a cost.
 */
export function costMarkdown(model: ReportModel, meter: TextMeter, allowance: number): string[] {
  const cost = model.cost;
  if (!hasCost(cost)) return [];
  const currency = cost.currency;
  const code = currency === undefined ? '' : ` (${escapeMarkdown(currency, 10)})`;
  const lines = [
    `#### Monthly cost${code}`,
    '',
    `**${escapeMarkdown(costSentence(cost, '→', model.costDetails))}**`,
  ];
  const details = model.costDetails;
  if (details === undefined) return lines;
  let left = allowance - meter.cost(`${lines.join('\n')}\n`);
  const money = (value: CostValue | undefined, signed = false): string =>
    escapeMarkdown(shown(value, currency, signed));

  const several = severalProjects(details);
  if (several && details.projects.items.length > 0) {
    const rows = details.projects.items
      .slice(0, MARKDOWN_PROJECTS)
      .map(
        (p) =>
          `| ${codeSpan(p.name, MAX_NAME)} | ${money(p.past)} | ${money(p.total)} | ${p.diff === undefined ? 'unknown' : money(p.diff, true)} |`,
      );
    const table = folded(
      `Cost by project (${changedWord(details)})`,
      ['| Project | Before | After | Difference |', '| --- | ---: | ---: | ---: |'],
      rows,
      details.projects.total,
      'project',
      meter,
      left,
    );
    left -= meter.cost(`${table.join('\n')}\n`);
    lines.push(...table);
  }
  if (details.resources.items.length > 0) {
    const items = details.resources.items.slice(0, MARKDOWN_RESOURCES);
    const rows = items.map((r) => resourceRow(r, several, money));
    const table = folded(
      `Resources behind the change (${resourcesWord(details, items.length)}, by monthly difference)`,
      several
        ? ['| Resource | Project | Before | After | Difference |', '| --- | --- | ---: | ---: | ---: |']
        : ['| Resource | Before | After | Difference |', '| --- | ---: | ---: | ---: |'],
      rows,
      details.resources.total,
      'resource',
      meter,
      left,
    );
    lines.push(...table);
  }
  return lines;
}

function resourceRow(
  r: ResourceCost,
  several: boolean,
  money: (value: CostValue | undefined, signed?: boolean) => string,
): string {
  const cells = [codeSpan(r.address, MAX_NAME)];
  if (several) cells.push(codeSpan(r.project, MAX_NAME));
  cells.push(money(r.before), money(r.after), money(r.diff, true));
  return `| ${cells.join(' | ')} |`;
}

/** A `<details>` table, rows while they fit `allowance`, then how many were not shown. */
function folded(
  summary: string,
  head: readonly string[],
  rows: readonly string[],
  total: number,
  noun: string,
  meter: TextMeter,
  allowance: number,
): string[] {
  const open = ['', `<details><summary>${summary}</summary>`, '', ...head];
  const more = (n: number): string => `\n_${n} more ${noun}${n === 1 ? '' : 's'} not shown._`;
  const close = ['', '</details>'];
  let spent = meter.cost(`${[...open, more(total), ...close].join('\n')}\n`);
  if (spent > allowance) return [];
  const kept: string[] = [];
  for (const row of rows) {
    const cost = meter.cost(`${row}\n`);
    if (spent + cost > allowance) break;
    spent += cost;
    kept.push(row);
  }
  const rest = total - kept.length;
  return [...open, ...kept, ...(rest > 0 ? [more(rest)] : []), ...close];
}

/** The text summary's cost line: the verdict sentence with the currency. */
export function costTextLine(cost: CostFigures | undefined, details?: CostDetails): string | undefined {
  if (!hasCost(cost)) return undefined;
  const code = cost.currency === undefined ? '' : ` (${clipMiddle(plainText(cost.currency), 10)})`;
  return plainText(`${costSentence(cost, '->', details).replace(/\.$/, '')}`).replace(
    /^Monthly cost/,
    `Monthly cost${code}`,
  );
}

/** Titled tables for the text summary, each a list of lines (cut to a budget by the caller). */
export interface CostTextBlock {
  readonly title: string;
  readonly rows: string[];
  readonly total: number;
  readonly noun: string;
}

export function costTextBlocks(model: ReportModel): CostTextBlock[] {
  const details = model.costDetails;
  if (!hasCost(model.cost) || details === undefined) return [];
  const currency = model.cost.currency;
  const text = (value: string): string => clipMiddle(plainText(value), MAX_NAME);
  const blocks: CostTextBlock[] = [];
  const several = severalProjects(details);
  if (several && details.projects.items.length > 0) {
    const projects = details.projects.items.slice(0, TEXT_PROJECTS);
    const rows = alignColumns([
      ['PROJECT', 'BEFORE', 'AFTER', 'DIFFERENCE'],
      ...projects.map((p) => [
        text(p.name),
        shown(p.past ?? 'unknown', currency),
        shown(p.total ?? 'unknown', currency),
        shown(p.diff ?? 'unknown', currency, true),
      ]),
    ]);
    blocks.push({
      title: `Cost by project (${changedWord(details)}):`,
      rows,
      total: details.projects.total,
      noun: 'projects',
    });
  }
  if (details.resources.items.length > 0) {
    const items = details.resources.items.slice(0, TEXT_RESOURCES);
    const rows = alignColumns(
      [
        ['RESOURCE', ...(several ? ['PROJECT'] : []), 'BEFORE', 'AFTER', 'DIFFERENCE'],
        ...items.map((r) => [
          text(r.address),
          ...(several ? [text(r.project)] : []),
          shown(r.before, currency),
          shown(r.after, currency),
          shown(r.diff, currency, true),
        ]),
      ],
      several ? [0, 1] : [0],
    );
    blocks.push({
      title: `Resources behind the change (${resourcesWord(details, items.length)}, by monthly difference):`,
      rows,
      total: details.resources.total,
      noun: 'resources',
    });
  }
  return blocks;
}
