/**
 * The `<details>` lists of a Markdown summary: addresses by action, grouped by plan file or unit,
 * each in code format. Lists a reviewer must see (destroy, replace, drift) are open; the others
 * are collapsed. When they do not all fit, the room is shared out like water filling vessels:
 * every list keeps its heading and its "N more not shown" line, short lists are shown whole, and
 * what is left is split evenly among the long ones. So a plan creating 50,000 resources still
 * shows which ones it destroys.
 */
import type { ChangedAttributes } from '../model/plan-summary.js';
import { rolesSuffix, valuesBlock } from './attribute-roles.js';
import { codeSpan, escapeMarkdown } from './markdown-escape.js';
import type { AddressGroup, ReportModel } from './report-model.js';
import type { TextMeter } from './text-budget.js';
import { ACTIONS, driftWords, type ActionWords } from './vocabulary.js';

export interface Section {
  readonly open: string;
  readonly close: string;
  /** One item per entry; the first entry of a group carries the group's heading line. */
  readonly items: readonly string[];
  /** Entries in the section, shown or not (items are the ones kept). */
  readonly total: number;
  /** Cost of open + close + the "more" line sized for the whole list: the least a section takes. */
  readonly minimum: number;
  /** Cost of the whole list. */
  readonly full: number;
  /** Per item: what its attributes had that this section leaves out (a smaller detail, see Detail). */
  readonly lost?: readonly Lost[] | undefined;
}

/** How much of what an update or replacement changes a list shows. */
export type Detail = 'values' | 'roles' | 'none';

/** What one item's attributes had that its section left out. */
export interface Lost {
  readonly roles: boolean;
  readonly values: boolean;
}

function moreLine(count: number): string {
  return `- … ${count} more not shown\n`;
}

/** The model's address groups; a hand-built model without them is one group. */
export function groupsOf(model: ReportModel): readonly AddressGroup[] {
  return model.addressGroups ?? [{ source: '', kind: 'plan', addresses: model.addresses }];
}

export interface GroupedNames {
  readonly source: string;
  readonly kind: AddressGroup['kind'];
  /** The names kept (bounded lists keep the first LIST_LIMIT, src/model/bounded-list.ts). */
  readonly names: readonly string[];
  /** Names in the group, kept or not; names.length when absent. */
  readonly total?: number;
  /** Changed attribute names by name in `names` (updates and replacements), shown after it. */
  readonly attributes?: ReadonlyMap<string, ChangedAttributes> | undefined;
  /** Named under its plan file even when alone: several plan files hold changes (an address can be in each). */
  readonly named?: boolean | undefined;
}

/** ` — <code>tags.Name</code>, <code>ami</code> (forces replacement); known after apply: <code>id</code>`. */
export function attributesSuffix(changed: ChangedAttributes | undefined): string {
  return rolesSuffix(changed, (p) => codeSpan(p));
}

export function makeSection(
  summary: string,
  groups: readonly GroupedNames[],
  meter: TextMeter,
  options: {
    readonly open: boolean;
    readonly maxName: number;
    readonly code: boolean;
    /** Leave the values (or everything but the address) out; default 'values', all of it. */
    readonly detail?: Detail;
  },
): Section {
  const detail = options.detail ?? 'values';
  const lost: Lost[] = [];
  const total = groups.reduce((n, g) => n + (g.total ?? g.names.length), 0);
  const open = `<details${options.open ? ' open' : ''}><summary>${summary} (${total})</summary>\n\n`;
  const close = '\n</details>\n\n';
  const nested =
    groups.length > 1 || (groups.length === 1 && (groups[0]?.kind === 'unit' || groups[0]?.named === true));
  const items: string[] = [];
  for (const group of groups) {
    const indent = nested ? '  ' : '';
    group.names.forEach((name, i) => {
      const shown = options.code ? codeSpan(name, options.maxName) : escapeMarkdown(name, options.maxName);
      const attributes = group.attributes?.get(name);
      const roles = detail === 'none' ? undefined : attributes;
      const values = detail === 'values' ? attributes?.values : undefined;
      lost.push({
        roles: roles === undefined && attributesSuffix(attributes) !== '',
        values: values === undefined && (attributes?.values?.length ?? 0) > 0,
      });
      const item = `${indent}- ${shown}${attributesSuffix(roles)}\n${valuesBlock(values, `${indent}  `)}`;
      if (i === 0 && nested) {
        const noun = group.kind === 'unit' ? 'unit' : group.kind === 'drift' ? 'drift file' : 'plan';
        items.push(`- ${noun} ${codeSpan(group.source, options.maxName)}\n${item}`);
      } else {
        items.push(item);
      }
    });
  }
  const frame = meter.cost(open + close);
  const notKept = total - items.length;
  const full = items.reduce(
    (sum, item) => sum + meter.cost(item),
    frame + (notKept > 0 ? meter.cost(moreLine(notKept)) : 0),
  );
  return { open, close, items, total, minimum: frame + meter.cost(moreLine(total)), full, lost };
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

function renderSection(section: Section, allowance: number, meter: TextMeter): Rendered {
  if (section.full <= allowance) {
    const notKept = section.total - section.items.length;
    return {
      text: section.open + section.items.join('') + (notKept > 0 ? moreLine(notKept) : '') + section.close,
      shown: section.items.length,
    };
  }
  let spent = section.minimum;
  let shown = 0;
  for (const item of section.items) {
    const cost = meter.cost(item);
    if (spent + cost > allowance) break;
    spent += cost;
    shown++;
  }
  return {
    text:
      section.open + section.items.slice(0, shown).join('') + moreLine(section.total - shown) + section.close,
    shown,
  };
}

/** Sections as rendered: the text, and how many items of each were shown. */
export interface Rendered {
  readonly text: string;
  readonly shown: number;
}

/**
 * Sections within `allowance` (in `meter` cost units). When even the headings do not fit, later
 * sections are dropped whole and the caller's last-resort cut says so.
 */
export function renderSections(sections: readonly Section[], meter: TextMeter, allowance: number): string {
  return renderSectionsShown(sections, meter, allowance).text;
}

/** renderSections, and of each section kept, how many items it shows (in order). */
export function renderSectionsShown(
  sections: readonly Section[],
  meter: TextMeter,
  allowance: number,
): { readonly text: string; readonly shown: readonly { section: Section; shown: number }[] } {
  if (allowance <= 0 || sections.length === 0) return { text: '', shown: [] };
  let kept = sections.length;
  const minimumOf = (n: number): number =>
    sections.slice(0, n).reduce((sum, s) => sum + Math.min(s.minimum, s.full), 0);
  while (kept > 0 && minimumOf(kept) > allowance) kept--;
  const chosen = sections.slice(0, kept);
  const allowances = shareOut(chosen, allowance);
  const rendered = chosen.map((section, index) => renderSection(section, allowances[index] ?? 0, meter));
  return {
    text: rendered.map((r) => r.text).join(''),
    shown: rendered.map((r, index) => ({ section: chosen[index]!, shown: r.shown })),
  };
}

/** What a section's full size is, for callers that decide how to split a budget. */
export function sectionsFull(sections: readonly Section[]): number {
  return sections.reduce((sum, s) => sum + s.full, 0);
}

function summaryOf(action: ActionWords, model: ReportModel): string {
  const label = action.needsEyes ? `<strong>${action.heading}</strong>` : action.heading;
  return action.key === 'drifted' ? `${label}, ${driftWords(model)}` : label;
}

/** The address lists of the given kind (needs eyes or not), most dangerous first. */
export function addressSections(
  model: ReportModel,
  meter: TextMeter,
  needsEyes: boolean,
  maxName: number,
  /** How much of what updates and replacements change to show. */
  detail: Detail = 'values',
): Section[] {
  const groups = groupsOf(model);
  const plans = groups.filter((g) => g.kind === 'plan').length;
  return ACTIONS.filter((action) => action.needsEyes === needsEyes)
    .map((action) => ({
      action,
      groups: groups
        .map((g) => {
          const list = g.addresses[action.key];
          return {
            source: g.source,
            kind: g.kind,
            names: list.items,
            total: list.total,
            named: g.kind === 'plan' && plans > 1,
            attributes:
              action.key === 'updated' || action.key === 'replaced' ? g.changedAttributes : undefined,
          };
        })
        .filter((g) => g.total > 0),
    }))
    .filter(({ groups: named }) => named.length > 0)
    .map(({ action, groups: named }) =>
      makeSection(summaryOf(action, model), named, meter, { open: needsEyes, maxName, code: true, detail }),
    );
}

/** The files read, collapsed, last. */
export function filesSection(
  files: readonly string[],
  meter: TextMeter,
  maxName: number,
  /** How many were read, when `files` names fewer (a merge's). */
  total: number = files.length,
): Section[] {
  if (files.length === 0) return [];
  return [
    makeSection('Files read', [{ source: '', kind: 'plan', names: files, total }], meter, {
      open: false,
      maxName,
      code: true,
    }),
  ];
}
