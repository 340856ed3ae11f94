/**
 * The address lists of a Markdown summary at the most detail its room allows, and a plain note of
 * what was left out (issue 24: roles "for every update and replacement the budget can show").
 * Detail is given up in steps, the values first, then the attribute roles, so that addresses are
 * never the price of names: roles and values with every address when they fit, else roles
 * without the values, else addresses alone. When a step leaves out what some listed update or
 * replacement had, a line under the lists says how many and where a larger summary is, as lists
 * say "N more not shown": a bare address must never read as "nothing to say".
 */
import type { ReportModel } from './report-model.js';
import {
  addressSections,
  renderSectionsShown,
  sectionsFull,
  type Detail,
  type Section,
} from './markdown-sections.js';
import type { TextBudget, TextMeter } from './text-budget.js';
import { thousands } from '../thousands.js';

const DETAILS: readonly Detail[] = ['values', 'roles', 'none'];

/** Updates and replacements among the first `shown` items of each section that lost roles or values. */
function lostCounts(sections: readonly { section: Section; shown: number }[]): {
  roles: number;
  values: number;
} {
  let roles = 0;
  let values = 0;
  for (const { section, shown } of sections) {
    for (const lost of (section.lost ?? []).slice(0, shown)) {
      if (lost.roles) roles++;
      if (lost.values) values++;
    }
  }
  return { roles, values };
}

/**
 * A budget of this many characters or more (a GitLab note's 1,000,000) is no smaller than a 1 MiB
 * job summary.
 */
const JOB_SUMMARY_CHARS = 1_000_000;

/** The note under the lists: what is left out, and where a summary with more room is. */
export function leftOutNote(roles: number, values: number, budget: TextBudget): string {
  if (roles === 0 && values === 0) return '';
  const what =
    roles > 0
      ? `the attribute roles (what changes) of ${thousands(roles)} ${roles === 1 ? 'update or replacement' : 'updates and replacements'} listed above` +
        (values > 0 ? `, and the values of ${thousands(values)}` : '')
      : `the values of ${thousands(values)} ${values === 1 ? 'update or replacement' : 'updates and replacements'} listed above`;
  // A comment or a check run (limited in characters) is smaller than a job summary; a GitLab note
  // (1,000,000 characters) is not, so it points nowhere.
  const where =
    budget.maxChars !== undefined && budget.maxChars < JOB_SUMMARY_CHARS
      ? ' The job summary and a `--markdown` file hold up to 1 MiB.'
      : '';
  return `_Not shown, to fit this summary’s size limit: ${what}.${where}_\n\n`;
}

/**
 * The lists of one kind (needs eyes or the rest) within `room` (meter cost), at the most detail
 * that fits whole; when only bare addresses fit whole, the first of them get their roles, then
 * their values, in order while the room lasts; with the note when something was left out.
 */
export function fittedAddressLists(
  model: ReportModel,
  meter: TextMeter,
  budget: TextBudget,
  needsEyes: boolean,
  maxName: number,
  room: number,
): string {
  const variants = new Map<Detail, Section[]>();
  let sections: Section[] = [];
  for (const detail of DETAILS) {
    sections = addressSections(model, meter, needsEyes, maxName, detail);
    variants.set(detail, sections);
    // Whole, with the note of what this detail leaves out (none for the first).
    if (detail === 'none' || sectionsFull(sections) + meter.cost(noteFor(sections, budget)) <= room) break;
  }
  // Room for the note as long as it can be (every item counted), then the lists in the rest.
  const reserve = meter.cost(noteFor(sections, budget));
  const spare = room - reserve - sectionsFull(sections);
  if (variants.size === DETAILS.length && spare > 0) {
    sections = upgraded(sections, [variants.get('roles') ?? [], variants.get('values') ?? []], meter, spare);
  }
  const rendered = renderSectionsShown(sections, meter, Math.min(sectionsFull(sections), room - reserve));
  const lost = lostCounts(rendered.shown);
  const note = rendered.text === '' ? '' : leftOutNote(lost.roles, lost.values, budget);
  return rendered.text + note;
}

/**
 * `bare` (every address, whole) with items taken from each richer variant in turn (the same items
 * with more detail), in order, while the extra cost fits `spare`: the first that does not fit
 * ends that pass, so the roles shown are those of the first addresses.
 */
function upgraded(
  bare: readonly Section[],
  richer: readonly (readonly Section[])[],
  meter: TextMeter,
  spare: number,
): Section[] {
  const out = bare.map((section) => ({
    ...section,
    items: [...section.items],
    lost: [...(section.lost ?? [])],
  }));
  let left = spare;
  for (const variant of richer) {
    pass: for (const [i, section] of variant.entries()) {
      const into = out[i];
      if (into === undefined) break;
      for (const [j, item] of section.items.entries()) {
        const extra = meter.cost(item) - meter.cost(into.items[j] ?? '');
        if (extra <= 0) continue;
        if (extra > left) break pass;
        into.items[j] = item;
        into.lost[j] = section.lost?.[j] ?? { roles: false, values: false };
        into.full += extra;
        left -= extra;
      }
    }
  }
  return out;
}

/** The longest note `sections` can need: every item that lost something counted. */
function noteFor(sections: readonly Section[], budget: TextBudget): string {
  const all = lostCounts(sections.map((section) => ({ section, shown: section.items.length })));
  return leftOutNote(all.roles, all.values, budget);
}
