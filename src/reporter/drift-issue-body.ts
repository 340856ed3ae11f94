/**
 * The body of a drift issue: the verdict line, the drifted resources grouped by unit and by how
 * they drifted (deleted / changed / created outside), each with its changed attribute names (never
 * values) and the day it was first seen drifted, and the run that checked. Within the forge's
 * limit: groups are cut with "and N more", never mid-line.
 */
import { codeSpan, escapeMarkdown } from './markdown-escape.js';
import { thousands } from '../thousands.js';

export type DriftKind = 'deleted' | 'changed' | 'created';

export interface DriftedResource {
  /** The unit's path_id, or '' for a plain plan. */
  readonly unit: string;
  /** The address within its unit (no unit prefix). */
  readonly address: string;
  readonly kind: DriftKind;
  /** Attribute names that drifted, where the plan shows them. Names only. */
  readonly attributes?: readonly string[] | undefined;
  /** The day (YYYY-MM-DD) it was first seen drifted. */
  readonly since?: string | undefined;
}

export interface DriftIssueBody {
  /** The workspace (or unit) the issue is for. */
  readonly subject: string;
  /** The first line every output opens with ("WARNING: 3 drifted ..."), plain text. */
  readonly verdict: string;
  readonly resources: readonly DriftedResource[];
  /** Drifted resources in all (the list may be shorter). */
  readonly total: number;
  readonly checkedAt: Date;
  readonly runLink?: string | undefined;
  /** Notes a reader must see (failed units, missing legs): this check did not see everything. */
  readonly notes?: readonly string[] | undefined;
}

const KIND_HEADINGS: Record<DriftKind, string> = {
  deleted: 'Deleted outside',
  changed: 'Changed outside',
  created: 'Created outside',
};
const KIND_ORDER: readonly DriftKind[] = ['deleted', 'changed', 'created'];
const SHOWN_ATTRIBUTES = 8;

function line(resource: DriftedResource): string {
  const names = resource.attributes ?? [];
  const attributes =
    names.length === 0
      ? ''
      : ` — ${names
          .slice(0, SHOWN_ATTRIBUTES)
          .map((name) => codeSpan(name, 80))
          .join(
            ', ',
          )}${names.length > SHOWN_ATTRIBUTES ? `, and ${names.length - SHOWN_ATTRIBUTES} more` : ''}`;
  const since = resource.since ? ` (since ${resource.since})` : '';
  return `- ${codeSpan(resource.address, 300)}${attributes}${since}`;
}

/** Lines of one unit, by kind; `room` characters at most, cut with "and N more". */
function unitLines(unit: string, resources: readonly DriftedResource[]): string[][] {
  const blocks: string[][] = [];
  for (const kind of KIND_ORDER) {
    const of = resources.filter((r) => r.kind === kind);
    if (of.length === 0) continue;
    const where = unit === '' ? '' : ` in ${codeSpan(unit, 200)}`;
    blocks.push([`#### ${KIND_HEADINGS[kind]}${where} (${thousands(of.length)})`, ...of.map(line)]);
  }
  return blocks;
}

/** The issue's Markdown, at most `maxChars` characters. */
export function renderDriftIssueBody(body: DriftIssueBody, maxChars: number): string {
  const head = [
    `### Drift: ${escapeMarkdown(body.subject, 200)}`,
    '',
    `**${escapeMarkdown(body.verdict, 500)}**`,
    '',
    ...(body.notes ?? []).map((note) => `> ${escapeMarkdown(note, 500)}`),
    ...(body.notes?.length ? [''] : []),
  ];
  const foot = [
    '',
    `Checked ${body.checkedAt.toISOString().replace(/\.\d+Z$/, 'Z')}${body.runLink ? ` in [this run](${body.runLink})` : ''}. ` +
      'This issue is kept up to date by iacm-reporter: it is edited on every drift check and closed when a complete check finds no drift.',
  ];
  const units = [...new Set(body.resources.map((r) => r.unit))];
  const blocks = units.flatMap((unit) =>
    unitLines(
      unit,
      body.resources.filter((r) => r.unit === unit),
    ),
  );
  let used = [...head, ...foot].join('\n').length + 1;
  const out: string[] = [];
  let shown = 0;
  const reserve = 80; // room for the "and N more" line
  outer: for (const block of blocks) {
    for (const [i, text] of block.entries()) {
      // A heading needs room for itself and its first line.
      const need = text.length + 1 + (i === 0 ? (block[1]?.length ?? 0) + 1 : 0);
      if (used + need + reserve > maxChars) break outer;
      out.push(text);
      used += text.length + 1;
      if (i > 0) shown++;
    }
    out.push('');
    used += 1;
  }
  const hidden = body.total - shown;
  if (hidden > 0)
    out.push(`_and ${thousands(hidden)} more drifted resource${hidden === 1 ? '' : 's'} not listed here._`);
  return [...head, ...out, ...foot].join('\n');
}
