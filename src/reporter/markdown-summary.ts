/**
 * ReportModel -> GitHub-flavoured Markdown, for the job summary and the sticky PR comment.
 * Pure: no I/O, no clock, no environment, so the same model always gives the same text and the
 * golden files can pin it.
 *
 * Layout, most important first: the counts table, drift, cost, the Terragrunt units, warnings,
 * then one collapsed `<details>` list of addresses per action. Only names and counts are shown,
 * never attribute values. Whatever the plan size, the result fits the given budget: lists are
 * shortened fairly (a huge create list cannot push the destroy list out) and say how many
 * entries were left out.
 */
import type { Counts } from '../model/plan-summary.js';
import { escapeMarkdown } from './markdown-escape.js';
import { renderAddressSections } from './markdown-sections.js';
import type { ReportModel } from './report-model.js';
import type { CostFigures } from '../model/cost-math.js';
import type { UnitReport } from '../model/unit-report.js';
import { workspaceDataMarkdown } from './workspace-data-summary.js';
import { JOB_SUMMARY_BUDGET, TextMeter, truncateToBudget, type TextBudget } from './text-budget.js';

export interface SummaryOptions {
  /** Defaults to the job-summary limit (1 MiB). */
  readonly budget?: TextBudget;
  /** The heading; defaults to "Harness IaCM: <event type>". Escaped. */
  readonly title?: string;
}

/** Longest name shown in full; past it a name is cut with an ellipsis. */
const MAX_NAME = 300;
const MAX_WARNINGS = 20;
const EMPTY = '—';

const COUNT_COLUMNS: readonly (keyof Counts)[] = [
  'added',
  'changed',
  'deleted',
  'imported',
  'removed',
  'unchanged',
];

function countsRow(label: string, counts: Counts): string {
  return `| ${label} | ${COUNT_COLUMNS.map((key) => String(counts[key])).join(' | ')} |`;
}

/** Anything but `unchanged`: a drift or output row of only unchanged entries says nothing. */
function anyChange(counts: Counts): boolean {
  return COUNT_COLUMNS.some((key) => key !== 'unchanged' && counts[key] > 0);
}

function countsTable(model: ReportModel): string[] {
  const lines = [
    '| | Added | Changed | Deleted | Imported | Removed | Unchanged |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    countsRow('Resources', model.resourceCounts),
  ];
  if (model.hasDrift || anyChange(model.driftCounts)) lines.push(countsRow('Drift', model.driftCounts));
  if (anyChange(model.outputCounts)) lines.push(countsRow('Outputs', model.outputCounts));
  return lines;
}

function toolName(model: ReportModel): string {
  return model.provisioner === 'opentofu' ? 'OpenTofu' : 'Terraform';
}

function statusLines(model: ReportModel): string[] {
  const lines: string[] = [];
  const about = [
    `event \`${model.eventType}\``,
    `activity \`${model.activityType}\` (${model.activityStatus})`,
  ];
  if (model.provisioner !== undefined) {
    const version =
      model.provisionerVersion === undefined ? '' : ` ${escapeMarkdown(model.provisionerVersion, 40)}`;
    about.push(`${model.provisioner}${version}`);
  }
  lines.push(about.join(' · '));
  if (model.activityStatus === 'failure') lines.push('', '**The run failed:** counts may be incomplete.');
  if (!model.hasChanges && !model.hasDrift) {
    lines.push('', 'No changes: the infrastructure matches the configuration.');
  } else if (model.hasChanges) {
    const c = model.resourceCounts;
    lines.push('', `**Plan:** ${c.added} to add, ${c.changed} to change, ${c.deleted} to destroy.`);
  }
  if (model.hasDrift) {
    lines.push(
      '',
      `**Drift:** ${model.driftedCount} managed resource${model.driftedCount === 1 ? '' : 's'} changed outside ${toolName(model)}.`,
    );
  }
  return lines;
}

function signed(decimal: string): string {
  return decimal.startsWith('-') || /^0(\.0+)?$/.test(decimal) ? decimal : `+${decimal}`;
}

function costSection(cost: CostFigures | undefined): string[] {
  if (cost === undefined) return [];
  const { totalMonthly, pastTotalMonthly, diffTotalMonthly, percentageChange } = cost;
  if ([totalMonthly, pastTotalMonthly, diffTotalMonthly].every((value) => value === undefined)) return [];
  const currency = cost.currency === undefined ? '' : ` (${escapeMarkdown(cost.currency, 10)})`;
  return [
    `#### Monthly cost${currency}`,
    '',
    '| Past | New | Difference | Change |',
    '| ---: | ---: | ---: | ---: |',
    `| ${pastTotalMonthly ?? EMPTY} | ${totalMonthly ?? EMPTY} | ${diffTotalMonthly === undefined ? EMPTY : signed(diffTotalMonthly)} | ${
      percentageChange === undefined ? EMPTY : `${signed(percentageChange)}%`
    } |`,
  ];
}

function driftTotal(counts: Counts | undefined): string {
  return counts === undefined ? EMPTY : String(counts.added + counts.changed + counts.deleted);
}

function unitRow(unit: UnitReport): string {
  const c = unit.resourceCounts;
  const status =
    unit.errorMessage === undefined
      ? unit.status
      : `${unit.status}: ${escapeMarkdown(unit.errorMessage, 200)}`;
  const counts = c === undefined ? [EMPTY, EMPTY, EMPTY] : [c.added, c.changed, c.deleted].map(String);
  const diff = unit.cost?.diffTotalMonthly;
  return `| ${escapeMarkdown(unit.pathId, MAX_NAME)} | ${status} | ${counts.join(' | ')} | ${driftTotal(unit.driftCounts)} | ${
    diff === undefined ? EMPTY : signed(diff)
  } |`;
}

/** The units table, as many rows as `allowance` (meter cost) allows, then a "more" line. */
function unitsSection(units: readonly UnitReport[], meter: TextMeter, allowance: number): string[] {
  if (units.length === 0) return [];
  const head = [
    `#### Terragrunt units (${units.length})`,
    '',
    '| Unit | Status | Added | Changed | Deleted | Drift | Monthly cost diff |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const more = (n: number): string => `\n_${n} more unit${n === 1 ? '' : 's'} not shown._`;
  let spent = meter.cost(`${head.join('\n')}\n${more(units.length)}\n`);
  const rows: string[] = [];
  for (const unit of units) {
    const row = unitRow(unit);
    const cost = meter.cost(`${row}\n`);
    if (spent + cost > allowance) break;
    spent += cost;
    rows.push(row);
  }
  const lines = [...head, ...rows];
  if (rows.length < units.length) lines.push(more(units.length - rows.length));
  return lines;
}

function warningsSection(warnings: readonly string[]): string[] {
  if (warnings.length === 0) return [];
  const shown = warnings.slice(0, MAX_WARNINGS).map((w) => `- ${escapeMarkdown(w, 500)}`);
  const rest = warnings.length - shown.length;
  return ['#### Warnings', '', ...shown, ...(rest > 0 ? [`- … ${rest} more not shown`] : [])];
}

function block(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n\n`;
}

/** The Markdown summary of a run, within `options.budget`. */
export function renderMarkdownSummary(model: ReportModel, options: SummaryOptions = {}): string {
  const budget = options.budget ?? JOB_SUMMARY_BUDGET;
  const meter = new TextMeter(budget);
  const title = escapeMarkdown(options.title ?? `Harness IaCM: ${model.eventType}`, MAX_NAME);

  // Policy verdicts lead; upload outcomes follow the costs (workspace-data-summary.ts).
  const data = workspaceDataMarkdown(model);
  const head =
    block([`### ${title}`]) +
    block(data.lead) +
    block(countsTable(model)) +
    block(statusLines(model)) +
    block(costSection(model.cost)) +
    block(data.tail);
  const warnings = block(warningsSection(model.warnings));
  // The units table may use half of what is left; the address lists get the rest.
  const unitsAllowance = Math.floor((meter.capacity - meter.cost(head + warnings)) / 2);
  const units = block(unitsSection(model.units, meter, unitsAllowance));
  const fixed = head + units + warnings;
  const lists = renderAddressSections(model, meter, meter.capacity - meter.cost(fixed), MAX_NAME);

  return truncateToBudget(
    `${(fixed + lists).trimEnd()}\n`,
    budget,
    '\n_The summary was cut to fit the size limit._\n',
  );
}
