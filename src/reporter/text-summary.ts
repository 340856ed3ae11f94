/**
 * The plain-text summary of a run: what a person reads in a CI log (CLI stderr, the plugin's log)
 * and what the plugin hands to later steps as its SUMMARY output (shown by Harness approval
 * steps). Pure: ReportModel + RunFacts -> string. The same verdict and words as the Markdown
 * summary (verdict.ts, vocabulary.ts), in plain words instead of marks.
 *
 * Names in the model come from files we do not control (unit folders, warnings quoting input), so
 * every one is stripped of escape sequences and control characters before it is printed: a log
 * must not be recoloured, cleared or have lines forged by an input file.
 */
import type { AddressLists, Counts } from '../model/plan-summary.js';
import type { UnitReport } from '../model/unit-report.js';
import { clipMiddle, plainText as plainOneLine } from '../plain-text.js';
import { boundedList } from './list-cut.js';
import { rolesSuffix, valueLines } from './attribute-roles.js';
import { costTextBlocks, costTextLine, hasCost } from './cost-summary.js';
import { formatMoney } from './money.js';
import { alignColumns } from './text-table.js';
import type { ReportModel } from './report-model.js';
import { NO_FACTS, type RunFacts } from './run-facts.js';
import { bar, unitDiffstat } from './unit-order.js';
import { unitCount, unitsView } from './unit-tally.js';
import { verdictOf, type Severity } from './verdict.js';
import {
  ACTIONS,
  andMore,
  COUNT_COLUMNS,
  driftLine,
  driftWords,
  plural,
  TEXT_LISTED,
  unitStatus,
} from './vocabulary.js';
import { workspaceDataText } from './workspace-data-summary.js';
import { cutBytes, fit, linesBytes, type Block } from './text-blocks.js';

export interface TextSummaryOptions {
  /** Upper bound on the size of the result in UTF-8 bytes (what output files and logs measure). */
  readonly maxBytes?: number | undefined;
  /** Gates, delivery, workspace, commit and run. */
  readonly facts?: RunFacts | undefined;
  /** Addresses listed per destroy / replace / drift list before "and N more" (default 10). */
  readonly listMax?: number | undefined;
}

/** Longest a single name or message may run before it is shortened, so one cannot crowd out the rest. */
const MAX_PATH = 80;
const MAX_ADDRESS = 200;
const MAX_LINE = 500;
const DEFAULT_LIST_MAX = 10;

const VERDICT_WORD: Readonly<Record<Severity, string>> = { caution: 'CAUTION', warning: 'WARNING', ok: 'OK' };

/** Text safe to print on one line: escape sequences removed, other controls turned into spaces. */
function plainText(text: string): string {
  return plainOneLine(text).replace(/ {2,}/g, ' ').trim();
}

function clip(text: string, max: number): string {
  return clipMiddle(text, max);
}

/** Long paths keep their tail: the unit's own folder is what tells two units apart. */
function clipPath(text: string): string {
  return text.length > MAX_PATH ? `…${text.slice(text.length - MAX_PATH + 1)}` : text;
}

const table = alignColumns;

function countsTable(model: ReportModel): string[] {
  const cells = (c: Counts): string[] => COUNT_COLUMNS.map(({ key }) => String(c[key]));
  return [
    ...table([
      ['', ...COUNT_COLUMNS.map(({ word }) => word)],
      ['Resources', ...cells(model.resourceCounts)],
      ['Outputs', ...cells(model.outputCounts)],
    ]),
    // Drift in its own words: a resource deleted outside is not a planned destroy.
    `Drift: ${driftLine(model)}`,
  ];
}

function verdictLines(model: ReportModel, facts: RunFacts): string[] {
  const verdict = verdictOf(model, facts);
  const lines = [
    `${VERDICT_WORD[verdict.severity]}: ${verdict.parts.map((p) => plainText(p.text)).join('; ')}`,
  ];
  // What the report does not cover, named (bounded), right under the verdict.
  for (const part of verdict.parts) {
    const list = part.names;
    if (part.kind !== 'coverage' || list === undefined || list.total === 0) continue;
    const names = list.items.map((name) => clipMiddle(plainText(name), MAX_PATH)).join(', ');
    const rest = list.total - list.items.length;
    lines.push(`${part.label ?? 'Not covered'}: ${names}${rest > 0 ? ` ${andMore(rest)}` : ''}`);
  }
  return lines;
}

/** Where the event went and what it came from. */
function whereLines(model: ReportModel, facts: RunFacts): string[] {
  const path = [facts.org, facts.project, facts.workspace].filter((p) => p !== undefined).join('/');
  const target = path === '' ? '' : ` (workspace ${clip(plainText(path), 200)})`;
  const parts: string[] = [];
  switch (facts.delivery?.kind) {
    case 'sent':
      parts.push(`Sent to Harness IaCM${target}`);
      if (model.activity !== undefined) {
        const link = model.activity.link === undefined ? '' : ` (${model.activity.link})`;
        parts.push(`${plainText(model.activity.line)}${link}`);
      }
      break;
    case 'dry-run':
      parts.push(`Dry run, not sent${target}`);
      break;
    case 'saved':
      parts.push(`Partial report saved for a final merge, not sent${target}`);
      break;
    case 'spooled':
      parts.push(`Not sent: saved to ${plainText(facts.delivery.file)}${target}`);
      break;
    default:
      if (path !== '') parts.push(`Workspace ${clip(plainText(path), 200)}`);
  }
  if (facts.commit !== undefined) parts.push(`commit ${plainText(facts.commit).slice(0, 12)}`);
  if (facts.runUrl !== undefined) parts.push(`run ${clip(plainText(facts.runUrl), 300)}`);
  const version =
    model.provisionerVersion === undefined ? '' : ` ${clip(plainText(model.provisionerVersion), 40)}`;
  const tool = model.provisioner === undefined ? version.trim() : `${model.provisioner}${version}`;
  const about = `${model.eventType} event, ${model.activityType} (${model.activityStatus})${tool === '' ? '' : `, ${tool}`}`;
  const lines = parts.length > 0 ? [parts.join('; ')] : [];
  return [...lines, `Report: ${about}; ${plural(model.filesTotal ?? model.files.length, 'file')} read`];
}

/** ` — ami (forces replacement); known after apply: id`, and the values' lines under it. */
function attributesLines(model: ReportModel, key: keyof AddressLists, address: string): [string, string[]] {
  if (key !== 'replaced' && key !== 'updated') return ['', []];
  const changed = model.changedAttributes?.get(address);
  const suffix = rolesSuffix(changed, (p) => plainText(p));
  return [suffix, valueLines(changed?.values).map((line) => `      ${clip(plainText(line), MAX_LINE)}`)];
}

/** Destroys, replacements and drift, each address on its line, bounded. */
function eyesBlocks(model: ReportModel, listMax: number): Block[] {
  const blocks: Block[] = [];
  for (const action of ACTIONS.filter((a) => a.needsEyes || TEXT_LISTED.has(a.key))) {
    const all = model.addresses[action.key];
    if (all.total === 0) continue;
    const list = boundedList(all, listMax);
    const heading = action.key === 'drifted' ? `${action.heading}, ${driftWords(model)}` : action.heading;
    const rest = list.total - list.items.length;
    blocks.push({
      title: [`${heading} (${list.total}):`],
      items: list.items.map((address) => {
        const [suffix, values] = attributesLines(model, action.key, address);
        return [`  ${clip(plainText(address), MAX_ADDRESS)}${suffix}`, ...values];
      }),
      noun: 'addresses',
      tail: rest > 0 ? [`  ${andMore(rest)}`] : [],
    });
  }
  return blocks;
}

/** One unit: its table cells, and a line under it saying why it failed or was skipped. */
function unitCells(
  unit: UnitReport,
  scale: number,
  cost: { currency: string | undefined } | undefined,
): string[] {
  const d = unit.driftCounts;
  const drift = d === undefined ? '-' : String(d.added + d.changed + d.deleted);
  const diff = unit.cost?.diffTotalMonthly;
  return [
    clipPath(plainText(unit.pathId)) || '.',
    unitStatus(unit),
    drift,
    // The unit's monthly cost difference, as the Markdown table has it.
    ...(cost === undefined
      ? []
      : [diff === undefined ? '-' : plainText(formatMoney(diff, cost.currency, true))]),
    unitDiffstat(unit) ?? '-',
    bar(unit.resourceCounts, scale),
  ];
}

function unitsBlock(model: ReportModel): Block {
  const view = unitsView(model);
  const { shown, unchanged, scale } = view;
  const withCost = view.withCost || hasCost(model.cost);
  const cost = withCost ? { currency: model.cost?.currency } : undefined;
  const rows = table(
    [
      ['UNIT', 'STATUS', 'DRIFT', ...(withCost ? ['MONTHLY COST'] : []), 'RESOURCES', ''],
      ...shown.map((u) => unitCells(u, scale, cost)),
    ],
    withCost ? [0, 1, 4, 5] : [0, 1, 3, 4],
  );
  const items = shown.map((unit, i) => {
    const item = [rows[i + 1] as string];
    if (unit.errorMessage) {
      // Skipped is not failed: an excluded unit says why it was skipped, not "error".
      const label = unit.status === 'failure' ? 'error' : 'reason';
      item.push(`  ${label}: ${clip(plainText(unit.errorMessage), MAX_LINE)}`);
    }
    return item;
  });
  const title = ['', `Units: ${view.total}`];
  if (shown.length > 0) title.push(rows[0] as string);
  return {
    title,
    items,
    noun: 'units',
    // A merge keeps the first of each kind (unit-tally.ts): the others are counted as not shown.
    omitted: view.shownTotal - shown.length,
    tail: unchanged > 0 ? [`${plural(unchanged, 'unit')} without changes`] : [],
  };
}

function warningsBlock(warnings: readonly string[]): Block {
  const items = warnings.map((w) => [`- ${clip(plainText(w), MAX_LINE)}`]);
  return { title: ['', `Warnings: ${warnings.length}`], items, noun: 'warnings' };
}

/**
 * The summary (no trailing newline: callers print it as a line). The verdict comes first, then
 * the destroyed, replaced and drifted addresses, the gates, where the event went, the counts and
 * the cost, the units and the warnings. With `maxBytes` the lists are cut (whole lines, with an
 * "N more ... not shown" line) in the reverse of that order, so the verdict always survives.
 */
export function renderTextSummary(model: ReportModel, options: TextSummaryOptions = {}): string {
  const max = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const facts = options.facts ?? NO_FACTS;
  // The policy answers to the uploads follow the verdict (workspace-data-summary.ts).
  const data = workspaceDataText(model);
  const verdict = [...verdictLines(model, facts), ...data.lead];
  // The verdict names the tripped gates (no lines of their own); the entry prints each one's
  // reason once, as its error.
  const cost = costTextLine(model.cost, model.costDetails);
  const head = [
    ...whereLines(model, facts),
    '',
    ...countsTable(model),
    ...(cost === undefined ? [] : [cost]),
    ...data.tail,
  ];

  const must = linesBytes([...verdict, ...head]);
  if (must > max) return cutBytes([...verdict, ...head].join('\n'), max);
  let room = max - must;
  // Needs eyes first: up to two thirds of the room, shared in order (destroys before drift).
  const eyes: string[] = [];
  let eyesRoom = Math.floor((room * 2) / 3);
  for (const block of eyesBlocks(model, options.listMax ?? DEFAULT_LIST_MAX)) {
    const lines = fit(block, eyesRoom);
    eyes.push(...lines);
    eyesRoom -= linesBytes(lines);
    room -= linesBytes(lines);
  }
  // The policies behind the verdict (already bounded) rank after the destroys, before the units.
  const policyLines = fit(
    { title: [], items: data.details.map((line) => [line]), noun: 'policy lines' },
    Math.floor(room / 2),
  );
  room -= linesBytes(policyLines);
  // The costs behind the total: after the policies, up to half of what is left.
  const costLines: string[] = [];
  let costRoom = Math.floor(room / 2);
  for (const cost of costTextBlocks(model)) {
    const [header = '', ...rows] = cost.rows;
    const rest = cost.total - rows.length;
    const lines = fit(
      {
        title: ['', cost.title, `  ${header}`],
        items: rows.map((row) => [`  ${row}`]),
        noun: cost.noun,
        tail: rest > 0 ? [`  ${andMore(rest)}`] : [],
      },
      costRoom,
    );
    costLines.push(...lines);
    costRoom -= linesBytes(lines);
    room -= linesBytes(lines);
  }
  // Warnings are few and often say why numbers look odd: give them up to half the room first,
  // units the rest, then warnings whatever units left over.
  const units = unitsBlock(model);
  const warnings = warningsBlock(model.warnings);
  const warningsShare = linesBytes(fit(warnings, Math.floor(room / 2)));
  const unitLines = unitCount(model) === 0 ? [] : fit(units, room - warningsShare);
  const warningLines = fit(warnings, room - linesBytes(unitLines));
  return [...verdict, ...eyes, ...head, ...costLines, ...policyLines, ...unitLines, ...warningLines].join(
    '\n',
  );
}
