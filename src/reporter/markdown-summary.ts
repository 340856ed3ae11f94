/**
 * ReportModel (+ the run's facts) -> GitHub-flavoured Markdown, for the job summary and the sticky
 * PR comment. Pure: no I/O, no clock, no environment, so the same input always gives the same
 * text and the golden files can pin it.
 *
 * Layout, in the order a reviewer decides (and the order the budget is spent):
 * 1. the verdict: one heading line with a mark (🛑 / ⚠️ / ✅), then an alert naming the first
 *    destroyed, replaced and drifted addresses and the tripped gates, then where the event went;
 * 2. the counts and the cost;
 * 3. the lists that need eyes (destroy, replace, drift), open, grouped by plan file or unit;
 * 4. the Terragrunt units, most important first, unchanged units folded into one line;
 * 5. the rest, collapsed: changes, creates, imports, forgets, warnings, and last the files read.
 * Values only with --show-values, as value-policy.ts let them through. Whatever the input size the
 * result fits the given budget, each part taking its share after the parts above it; what a part
 * leaves out is said (markdown-lists-fit.ts).
 */
import type { Counts } from '../model/plan-summary.js';
import type { UnitReport } from '../model/unit-report.js';
import { coverageOf } from './coverage.js';
import { codeSpan, escapeMarkdown } from './markdown-escape.js';
import { filesSection, renderSections } from './markdown-sections.js';
import { fittedAddressLists } from './markdown-lists-fit.js';
import { formatMoney } from './money.js';
import { costMarkdown, hasCost } from './cost-summary.js';
import type { ReportModel } from './report-model.js';
import { NO_FACTS, type RunFacts } from './run-facts.js';
import { workspaceDataMarkdown } from './workspace-data-summary.js';
import { JOB_SUMMARY_BUDGET, TextMeter, truncateToBudget, type TextBudget } from './text-budget.js';
import { bar, unitDiffstat } from './unit-order.js';
import { unitCount, unitsView } from './unit-tally.js';
import { verdictOf, type Severity, type Verdict } from './verdict.js';
import {
  andMore,
  COUNT_COLUMNS,
  driftLine,
  noDriftWords,
  NOTHING_TO_DO,
  plural,
  unitStatus,
} from './vocabulary.js';

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface SummaryOptions {
  /** Defaults to the job-summary limit (1 MiB). */
  readonly budget?: TextBudget;
  /** What the verdict is about; defaults to "Harness IaCM <activity type>". Escaped. */
  readonly title?: string;
  /** Gates, delivery, workspace, commit and run: the summary names what it is given. */
  readonly facts?: RunFacts;
}

/** Longest name shown in full; past it a name is cut with an ellipsis. */
const MAX_NAME = 300;
/** Names in the verdict are shorter, so the first lines stay a glance. */
const VERDICT_NAME = 80;
const MAX_WARNINGS = 20;
const EMPTY = '—';

const MARK: Readonly<Record<Severity, string>> = { caution: '🛑', warning: '⚠️', ok: '✅' };
const ALERT: Readonly<Record<Severity, string>> = { caution: 'CAUTION', warning: 'WARNING', ok: 'NOTE' };

function verdictLines(model: ReportModel, verdict: Verdict, facts: RunFacts, title: string): string[] {
  const words = verdict.parts.map((part) => escapeMarkdown(part.text)).join(' · ');
  const lines = [`### ${MARK[verdict.severity]} ${title}: ${words}`];
  const named: string[] = [];
  for (const part of verdict.parts) {
    if (part.kind === 'coverage') {
      // What the report does not cover: named (bounded), or said when there are no names.
      const list = part.names;
      const names =
        list === undefined || list.total === 0
          ? escapeMarkdown(part.text)
          : list.items.map((name) => codeSpan(name, VERDICT_NAME)).join(', ') +
            (list.total > list.items.length ? ` ${andMore(list.total - list.items.length)}` : '');
      named.push(`**${part.label ?? 'Not covered'}:** ${names}`);
      continue;
    }
    if (part.addresses === undefined || part.addresses.total === 0) continue;
    const label = part.kind === 'destroy' ? 'To destroy' : part.kind === 'replace' ? 'To replace' : 'Drifted';
    const names = part.addresses.items.map((name) => codeSpan(name, VERDICT_NAME)).join(', ');
    const rest = part.addresses.total - part.addresses.items.length;
    named.push(`**${label}:** ${names}${rest > 0 ? ` ${andMore(rest)}` : ''}`);
  }
  for (const gate of facts.gates) {
    named.push(`**Gate failed:** ${codeSpan(gate.name)}: ${escapeMarkdown(gate.reason, 300)}`);
  }
  if (named.length > 0 && verdict.severity !== 'ok') {
    lines.push(
      '',
      `> [!${ALERT[verdict.severity]}]`,
      ...named.map((line, i) => `> ${line}${i < named.length - 1 ? '<br>' : ''}`),
    );
  }
  return lines;
}

function safeLink(url: string): string | undefined {
  return /^https?:\/\/[^\s<>()[\]`]+$/.test(url) ? url : undefined;
}

/** "Harness recorded activity [id](link): counts match", the id linked when a UI base was set. */
function activityMarkdown(activity: NonNullable<ReportModel['activity']>): string {
  const id = codeSpan(activity.id, 100);
  const link = activity.link === undefined ? undefined : safeLink(activity.link);
  const shown = link === undefined ? id : `[${id}](${link})`;
  return escapeMarkdown(activity.line).replace(escapeMarkdown(activity.id), shown);
}

/** Where the event went and what it came from: tells matrix legs apart. */
function whereLine(model: ReportModel, facts: RunFacts): string[] {
  const parts: string[] = [];
  const path = [facts.org, facts.project, facts.workspace].filter((p) => p !== undefined).join('/');
  const workspace = path === '' ? '' : codeSpan(path, 200);
  switch (facts.delivery?.kind) {
    case 'sent':
      parts.push(`Sent to Harness IaCM${workspace === '' ? '' : ` workspace ${workspace}`}`);
      if (model.activity !== undefined) parts.push(activityMarkdown(model.activity));
      break;
    case 'dry-run':
      parts.push(`Dry run, not sent${workspace === '' ? '' : ` (workspace ${workspace})`}`);
      break;
    case 'saved':
      parts.push(
        `Partial report saved for a final merge, not sent${workspace === '' ? '' : ` (workspace ${workspace})`}`,
      );
      break;
    case 'spooled':
      parts.push(
        `**Not sent:** saved to ${codeSpan(facts.delivery.file, 300)} (send it with <code>iacm-report send --payload</code>)`,
      );
      break;
    default:
      if (path !== '') parts.push(`Workspace ${codeSpan(path, 200)}`);
  }
  if (facts.commit !== undefined) parts.push(`commit ${codeSpan(facts.commit.slice(0, 12))}`);
  const link = facts.runUrl === undefined ? undefined : safeLink(facts.runUrl);
  if (link !== undefined) parts.push(`[CI run](${link})`);
  const tool = [
    `${model.activityType} (${model.activityStatus})`,
    model.provisioner === undefined
      ? undefined
      : `${model.provisioner}${model.provisionerVersion === undefined ? '' : ` ${escapeMarkdown(model.provisionerVersion, 40)}`}`,
  ].filter((p) => p !== undefined);
  parts.push(tool.join(', '));
  return [parts.join(' · ')];
}

function countsRow(label: string, counts: Counts): string {
  return `| ${label} | ${COUNT_COLUMNS.map(({ key }) => String(counts[key])).join(' | ')} |`;
}

function anyChange(counts: Counts): boolean {
  return COUNT_COLUMNS.some(({ key }) => key !== 'unchanged' && counts[key] > 0);
}

function countsTable(model: ReportModel): string[] {
  if (
    !model.hasChanges &&
    !model.hasDrift &&
    unitCount(model) === 0 &&
    model.activityStatus !== 'failure' &&
    coverageOf(model).complete
  ) {
    return [model.activityType === 'drift' ? `${capitalised(noDriftWords(model))}.` : NOTHING_TO_DO];
  }
  const lines = [
    `| | ${COUNT_COLUMNS.map(({ word }) => word).join(' | ')} |`,
    `| --- |${' ---: |'.repeat(COUNT_COLUMNS.length)}`,
    countsRow('Resources', model.resourceCounts),
  ];
  if (anyChange(model.outputCounts)) lines.push(countsRow('Outputs', model.outputCounts));
  // Drift in its own words, under the table: its columns (import, forget) mean nothing for drift.
  if (model.hasDrift || anyChange(model.driftCounts)) lines.push('', `**Drift:** ${driftLine(model)}`);
  return lines;
}

function driftTotal(counts: Counts | undefined): string {
  return counts === undefined ? EMPTY : String(counts.added + counts.changed + counts.deleted);
}

function unitRow(unit: UnitReport, scale: number, withCost: boolean, currency: string | undefined): string {
  const status =
    unit.errorMessage === undefined
      ? unitStatus(unit)
      : `${unitStatus(unit)}: ${escapeMarkdown(unit.errorMessage, 200)}`;
  const stat = unitDiffstat(unit) ?? EMPTY;
  const graph = bar(unit.resourceCounts, scale);
  const cells = [
    codeSpan(unit.pathId === '' ? '.' : unit.pathId, MAX_NAME),
    status,
    stat,
    graph === '' ? '' : `\`${graph}\``,
    driftTotal(unit.driftCounts),
  ];
  if (withCost) {
    const diff = unit.cost?.diffTotalMonthly;
    cells.push(diff === undefined ? EMPTY : escapeMarkdown(formatMoney(diff, currency, true)));
  }
  return `| ${cells.join(' | ')} |`;
}

/** The units table, as many rows as `allowance` (meter cost) allows, then a "more" line. */
function unitsSection(model: ReportModel, meter: TextMeter, allowance: number): string[] {
  const view = unitsView(model);
  if (view.total === 0) return [];
  const { shown, unchanged, scale, shownTotal } = view;
  const withCost = view.withCost || hasCost(model.cost);
  const head = [`#### Terragrunt units (${view.total})`, ''];
  const folded = unchanged > 0 ? [`_${plural(unchanged, 'unit')} without changes._`] : [];
  if (shown.length > 0) {
    head.push(
      `| Unit | Status | Resources | | Drift |${withCost ? ' Monthly cost |' : ''}`,
      `| --- | --- | --- | --- | ---: |${withCost ? ' ---: |' : ''}`,
    );
  }
  const more = (n: number): string => `\n_${n} more unit${n === 1 ? '' : 's'} not shown._`;
  let spent = meter.cost(`${head.join('\n')}\n${more(view.total)}\n${folded.join('\n')}\n`);
  const rows: string[] = [];
  for (const unit of shown) {
    const row = unitRow(unit, scale, withCost, model.cost?.currency);
    const cost = meter.cost(`${row}\n`);
    if (spent + cost > allowance) break;
    spent += cost;
    rows.push(row);
  }
  const lines = [...head, ...rows];
  // A merge keeps the first units of each kind (unit-tally.ts): the rest are counted here too.
  if (rows.length < shownTotal) lines.push(more(shownTotal - rows.length));
  if (folded.length > 0) lines.push(...(shown.length > 0 ? [''] : []), ...folded);
  return lines;
}

function warningsSection(warnings: readonly string[]): string[] {
  if (warnings.length === 0) return [];
  const shown = warnings.slice(0, MAX_WARNINGS).map((w) => `- ${escapeMarkdown(w, 500)}`);
  const rest = warnings.length - shown.length;
  return ['#### Warnings', '', ...shown, ...(rest > 0 ? [`- … ${rest} more not shown`] : [])];
}

/** As many whole lines of `lines` as fit `allowance`, as a block ('' when not even the heading fits). */
function fitLines(lines: readonly string[], meter: TextMeter, allowance: number): string {
  const kept: string[] = [];
  for (const line of lines) {
    const next = block([...kept, line]);
    if (meter.cost(next) > allowance) break;
    kept.push(line);
  }
  return kept.length > 2 ? block(kept) : '';
}

function block(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n\n`;
}

/** The Markdown summary of a run, within `options.budget`. */
export function renderMarkdownSummary(model: ReportModel, options: SummaryOptions = {}): string {
  const budget = options.budget ?? JOB_SUMMARY_BUDGET;
  const facts = options.facts ?? NO_FACTS;
  const meter = new TextMeter(budget);
  const title = escapeMarkdown(options.title ?? `Harness IaCM ${model.activityType}`, MAX_NAME);

  // Policy verdicts lead; upload outcomes follow the costs (workspace-data-summary.ts).
  const data = workspaceDataMarkdown(model);
  const top =
    block(verdictLines(model, verdictOf(model, facts), facts, title)) +
    block(data.lead) +
    block(whereLine(model, facts)) +
    block(countsTable(model));
  // The cost verdict, then the costs behind it folded, in up to a quarter of what is left.
  const cost = block(costMarkdown(model, meter, Math.floor((meter.capacity - meter.cost(top)) / 4)));
  const head = top + cost + block(data.tail);
  let left = meter.capacity - meter.cost(head);

  // Needs eyes: all of it when it fits in two thirds of what is left, else that much.
  // Values and attribute roles only when the lists fit whole with them: an address beats a name
  // (markdown-lists-fit.ts says what was left out).
  const eyesText = fittedAddressLists(model, meter, budget, true, MAX_NAME, Math.floor((left * 2) / 3));
  left -= meter.cost(eyesText);
  // The policies behind a verdict (already bounded) rank after the destroys, before the rest.
  const policies = fitLines(data.details, meter, Math.floor(left / 2));
  left -= meter.cost(policies);

  const warnings = block(warningsSection(model.warnings));
  const units = block(unitsSection(model, meter, Math.floor((left - meter.cost(warnings)) * 0.6)));
  left -= meter.cost(units + warnings);

  // The rest shares what is left; the files read come last and get what the rest leaves.
  const restText = fittedAddressLists(model, meter, budget, false, MAX_NAME, left);
  left -= meter.cost(restText);
  const files = renderSections(filesSection(model.files, meter, MAX_NAME, model.filesTotal), meter, left);

  return truncateToBudget(
    `${(head + eyesText + policies + units + warnings + restText + files).trimEnd()}\n`,
    budget,
    '\n_The summary was cut to fit the size limit._\n',
  );
}
