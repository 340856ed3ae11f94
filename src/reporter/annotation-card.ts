/**
 * The verdict card for a Harness pipeline annotation (the card on the execution page, issue 26):
 * the verdict, the addresses that need eyes, the counts, where the event went and the units that
 * changed, as Markdown **without any HTML** (Harness strips HTML, so no `<details>`, `<code>` or
 * `<br>`: names are escaped, never wrapped in tags) and within a byte budget (lite-engine cuts a
 * summary beyond 64 KiB; we cut first, at a line end, and say so). Pure.
 */
import { escapeMarkdown } from './markdown-escape.js';
import type { ReportModel } from './report-model.js';
import { NO_FACTS, type RunFacts } from './run-facts.js';
import { truncateToBudget } from './text-budget.js';
import { unitDiffstat } from './unit-order.js';
import { unitsView } from './unit-tally.js';
import { verdictOf, type Severity } from './verdict.js';
import { andMore, UNIT_STATUS } from './vocabulary.js';

/** lite-engine cuts an annotation's summary beyond 64 KiB. */
export const CARD_MAX_BYTES = 64 * 1024;

const MARK: Readonly<Record<Severity, string>> = { caution: '🛑', warning: '⚠️', ok: '✅' };
/** Names on a card are shorter than in a summary: it is a glance, the log has the rest. */
const CARD_NAME = 120;
const CARD_UNITS = 50;
const CUT_NOTE = '\n\n_Cut to fit the card; the step log has the full summary._\n';

export interface CardOptions {
  readonly title?: string;
  readonly facts?: RunFacts;
  readonly maxBytes?: number;
}

function safeLink(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s<>()[\]`]+$/.test(url) ? url : undefined;
}

function whereLines(model: ReportModel, facts: RunFacts): string[] {
  const path = [facts.org, facts.project, facts.workspace].filter((p) => p !== undefined).join('/');
  const lines: string[] = [];
  const at = path === '' ? '' : ` workspace ${escapeMarkdown(path, CARD_NAME)}`;
  switch (facts.delivery?.kind) {
    case 'sent':
      lines.push(`Sent to Harness IaCM${at}.`);
      break;
    case 'dry-run':
      lines.push(`Dry run: not sent${at === '' ? '' : ` (${at.trim()})`}.`);
      break;
    case 'saved':
      lines.push('Partial report saved for the merge step; not sent.');
      break;
    case 'spooled':
      lines.push(
        `**Not sent:** saved to ${escapeMarkdown(facts.delivery.file, 300)}; send it with iacm-report send --payload.`,
      );
      break;
    default:
      if (path !== '') lines.push(`Workspace ${escapeMarkdown(path, CARD_NAME)}.`);
  }
  const activity = model.activity;
  if (activity !== undefined) {
    const link = safeLink(activity.link);
    const line = escapeMarkdown(activity.line, 300);
    lines.push(link === undefined ? line : `${line} ([open](${link}))`);
  }
  return lines;
}

/** The card's Markdown: no HTML tag anywhere, at most `maxBytes` UTF-8 bytes. */
export function renderAnnotationCard(model: ReportModel, options: CardOptions = {}): string {
  const facts = options.facts ?? NO_FACTS;
  const verdict = verdictOf(model, facts);
  const title = escapeMarkdown(options.title ?? `Harness IaCM ${model.activityType}`, CARD_NAME);
  const words = verdict.parts.map((part) => escapeMarkdown(part.text)).join(' · ');
  const lines = [`### ${MARK[verdict.severity]} ${title}: ${words}`, ''];
  for (const part of verdict.parts) {
    if (part.addresses === undefined || part.addresses.total === 0) continue;
    const label = part.kind === 'destroy' ? 'To destroy' : part.kind === 'replace' ? 'To replace' : 'Drifted';
    const names = part.addresses.items.map((name) => escapeMarkdown(name, CARD_NAME)).join(', ');
    const rest = part.addresses.total - part.addresses.items.length;
    lines.push(`- **${label}:** ${names}${rest > 0 ? ` ${andMore(rest)}` : ''}`);
  }
  for (const gate of facts.gates) {
    lines.push(
      `- **Gate failed:** ${escapeMarkdown(gate.name, CARD_NAME)}: ${escapeMarkdown(gate.reason, 300)}`,
    );
  }
  const c = model.resourceCounts;
  lines.push(
    '',
    `Resources: ${c.added} to add, ${c.changed} to change, ${c.deleted} to destroy` +
      (model.hasDrift ? `; ${model.driftedCount} drifted` : '') +
      '.',
    ...whereLines(model, facts),
  );
  const { shown, shownTotal, unchanged } = unitsView(model);
  if (shown.length > 0) {
    lines.push('', '**Units**', '');
    for (const unit of shown.slice(0, CARD_UNITS)) {
      const counts = unitDiffstat(unit);
      const stat = counts === undefined ? '' : ` ${counts}`;
      lines.push(`- ${escapeMarkdown(unit.pathId, CARD_NAME)}: ${UNIT_STATUS[unit.status]}${stat}`);
    }
    const more = shownTotal - Math.min(shown.length, CARD_UNITS);
    if (more > 0) lines.push(`- ${andMore(more)}`);
    if (unchanged > 0) lines.push(`- ${unchanged} unchanged`);
  }
  const text = `${lines.join('\n')}\n`;
  return truncateToBudget(text, { maxBytes: options.maxBytes ?? CARD_MAX_BYTES }, CUT_NOTE);
}
