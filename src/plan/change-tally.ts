/**
 * The planned changes of one plan: the `resource_changes` entries counted by what they do, their
 * addresses in bounded lists, the changed attribute names of the first updates and replacements,
 * and the shape signals the provisioner is told by (plan-kind.ts). The accumulator's part for
 * `resource_changes`, as DriftTally is for `resource_drift` and OutputTally for the outputs.
 */
import { boundedList, pushBounded } from '../model/bounded-list.js';
import {
  ADDRESS_LIST_KEYS,
  emptyAddressLists,
  MAX_ATTRIBUTE_ADDRESSES,
  zeroCounts,
} from '../model/plan-summary.js';
import type { AddressLists, ChangedAttributes } from '../model/plan-summary.js';
import { isManaged, kindOf } from './action-kind.js';
import type { ChangeEntry } from './plan-visitor.js';
import { importLabel, type ValueGate } from './value-policy.js';
import { idHidden } from './hidden-reason.js';
import { actionsText, Sightings } from './sightings.js';
import { RolesUnread } from './roles-unread.js';

export class ChangeTally {
  readonly resourceCounts = zeroCounts();
  plannedChangesCount = 0;
  /** The planned lists (`drifted` is the drift tally's). */
  readonly addresses: AddressLists = emptyAddressLists();
  /** Changed attribute names of the first MAX_ATTRIBUTE_ADDRESSES updates and replacements. */
  readonly changedAttributes = new Map<string, ChangedAttributes>();
  /** Shape signals for the provisioner (plan-kind.ts). */
  sawForgetThenCreate = false;
  sawEphemeral = false;
  /** Entries with actions this tool does not know. */
  unknown = new Sightings();
  /**
   * Updates and replacements listed without their attribute roles (roles-unread.ts words them):
   * past the MAX_ATTRIBUTE_ADDRESSES read per plan, or not readable (a value over the reader's
   * 8 MiB, a change written oddly); each with the first such address.
   */
  rolesUnread = new RolesUnread();
  /** Imports listed with their id (--show-values), by their place in `addresses.imported`. */
  private shownIds: { at: number; address: string; id: string }[] = [];

  constructor(
    /** --show-values: an import is listed with its id where the policy shows it (importLabel). */
    private readonly values?: ValueGate | undefined,
  ) {}

  /** `resource_changes` begins again (a repeated key): the first one is forgotten. */
  reset(): void {
    Object.assign(this.resourceCounts, zeroCounts());
    this.plannedChangesCount = 0;
    // Drift has its own section (resource_drift): only the planned lists start again.
    for (const list of ADDRESS_LIST_KEYS) {
      if (!list.startsWith('drift') && !list.startsWith('outputs')) this.addresses[list] = boundedList();
    }
    this.changedAttributes.clear();
    this.sawForgetThenCreate = false;
    this.sawEphemeral = false;
    this.unknown = new Sightings();
    this.rolesUnread = new RolesUnread();
    this.shownIds = [];
  }

  /** Hides the ids listed so far that `hides` says may hold a sensitive value (sensitive-variables.ts). */
  hideImportIds(hides: (id: string) => boolean): void {
    const items = this.addresses.imported.items;
    for (const { at, address, id } of this.shownIds) {
      if (hides(id)) items[at] = idHidden(address, 'sensitive variable');
    }
  }

  /** One `resource_changes` entry. */
  change(entry: ChangeEntry): void {
    if (entry.mode === 'ephemeral') this.sawEphemeral = true;
    if (entry.actions.length === 2 && entry.actions[0] === 'forget' && entry.actions[1] === 'create') {
      this.sawForgetThenCreate = true;
    }
    if (!isManaged(entry.mode)) return;

    const kind = kindOf(entry.actions);
    const counts = this.resourceCounts;
    if (kind.create) counts.added++;
    if (kind.delete) counts.deleted++;
    if (kind.update) counts.changed++;
    if (kind.forget) counts.removed++;
    if (entry.importing) counts.imported++;
    // A moved-only entry is a no-op with a previous_address: unchanged, like any no-op.
    if (kind.noop && !entry.importing) counts.unchanged++;
    if (!kind.noop || entry.importing) this.plannedChangesCount++;

    const lists = this.addresses;
    const replaced = kind.create && (kind.delete || kind.forget);
    if (replaced) pushBounded(lists.replaced, entry.address);
    else if (kind.create) pushBounded(lists.created, entry.address);
    else if (kind.delete) pushBounded(lists.deleted, entry.address);
    else if (kind.forget) pushBounded(lists.forgotten, entry.address);
    if (kind.update && !kind.unknown) pushBounded(lists.updated, entry.address);
    if (entry.importing) {
      const label = importLabel(entry.address, entry.importId, this.values);
      const at = lists.imported.items.length;
      pushBounded(lists.imported, label);
      // Which ids may hold a sensitive variable is known only once `configuration` is read.
      if (
        entry.importId !== undefined &&
        lists.imported.items.length > at &&
        label.includes(' (imported from ')
      )
        this.shownIds.push({ at, address: entry.address, id: entry.importId });
    }
    if (entry.previousAddress !== undefined && entry.previousAddress !== entry.address)
      pushBounded(lists.moved, `${entry.previousAddress} → ${entry.address}`);
    if (kind.unknown) {
      pushBounded(lists.unknown, entry.address);
      this.unknown.note(`resource_changes ${entry.address} ${actionsText(entry.actions)}`);
    }
    const changed = entry.changedAttributes;
    if ((kind.update && !kind.unknown) || replaced)
      this.rolesUnread.note(entry.address, changed !== undefined);
    // Readers stop gathering names after MAX_ATTRIBUTE_ADDRESSES; a visitor does not rely on it.
    if (
      changed !== undefined &&
      // A replacement whose only news is known after apply (a tainted resource: `id`) is named too.
      (changed.total > 0 || (changed.unknownTotal ?? changed.unknown?.length ?? 0) > 0) &&
      ((kind.update && !kind.unknown) || replaced) &&
      this.changedAttributes.size < MAX_ATTRIBUTE_ADDRESSES
    )
      this.changedAttributes.set(entry.address, changed);
  }
}
