/**
 * Updates and replacements a plan lists without their attribute roles, said in a warning of the
 * plan (so every output says it: text, Markdown, the plugin's SUMMARY, a partial, a merge) rather
 * than left as bare addresses a reviewer would take for "nothing to say". Roles are read for the
 * first MAX_ATTRIBUTE_ADDRESSES updates and replacements of a plan (the reading cost, issue 24);
 * one whose values cannot be compared (kept values are capped at 8 MiB) has none either.
 */
import { MAX_ATTRIBUTE_ADDRESSES } from '../model/plan-summary.js';
import { thousands } from '../thousands.js';

interface Missed {
  count: number;
  first: string | undefined;
  last: string | undefined;
}

export class RolesUnread {
  /** Updates and replacements whose roles were read. */
  private read = 0;
  /** Past the cap, and before it but not readable. */
  private readonly pastCap: Missed = { count: 0, first: undefined, last: undefined };
  private readonly unreadable: Missed = { count: 0, first: undefined, last: undefined };

  /** One update or replacement, in document order; `read` when the reader gave its roles. */
  note(address: string, read: boolean): void {
    if (read) {
      this.read += 1;
      return;
    }
    const missed = this.read >= MAX_ATTRIBUTE_ADDRESSES ? this.pastCap : this.unreadable;
    missed.count += 1;
    missed.first ??= address;
    missed.last = address;
  }

  /** The plan's warnings about them (none when every one was read). */
  warnings(file: string): string[] {
    const out: string[] = [];
    const { pastCap, unreadable } = this;
    if (pastCap.count > 0) {
      out.push(
        `${file}: attribute roles (what changes) are read for the first ${thousands(MAX_ATTRIBUTE_ADDRESSES)} ` +
          `updates and replacements of a plan; ${thousands(pastCap.count)} more are listed by address only ` +
          `(${span(pastCap)})`,
      );
    }
    if (unreadable.count > 0) {
      out.push(
        `${file}: ${thousands(unreadable.count)} ${unreadable.count === 1 ? 'update or replacement is' : 'updates and replacements are'} ` +
          `listed by address only: the values could not be compared for attribute roles ` +
          `(over 8 MiB, or not written as terraform show -json writes them; ${span(unreadable)})`,
      );
    }
    return out;
  }
}

/** "terraform_data.x" alone, or the first and the last in the plan's order. */
function span(missed: Missed): string {
  return missed.count === 1 ? `${missed.first}` : `the first ${missed.first}, the last ${missed.last}`;
}
