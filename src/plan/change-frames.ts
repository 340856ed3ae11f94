/**
 * Resource changes and drift: the entries of `resource_changes` and `resource_drift`, their
 * labels, `change.actions` and `change.importing`, and for updates and replacements the names of
 * the attributes that change (attribute-diff.ts: `before`, `after`, `after_unknown`,
 * `replace_paths`, values seen only as hashes).
 *
 * A key written twice in an entry or a change replaces the first, as JSON.parse reads it: a
 * repeated `change` starts the entry's change again, a repeated part of a change clears what the
 * first said. One case cannot be read back: `actions` written again after actions that let the
 * values be skipped unseen (a create, a delete); that entry gets no attribute names.
 *
 * Flags are lenient: `importing` counts when present and not null, `after_unknown` when a `true`
 * occurs anywhere in it.
 */
import { AttributeDiff, diffsAttributes, type DiffPart } from './attribute-diff.js';
import { displayAddress } from './resource-address.js';
import {
  F_ACTIONS,
  F_ATTRIBUTES,
  F_CHANGE,
  F_CHANGE_ENTRY,
  F_CHANGE_LIST,
  F_REPLACE_PATH,
  F_REPLACE_PATHS,
  F_UNKNOWN,
  Frame,
  K_ACTIONS,
  K_ADDRESS,
  K_AFTER,
  K_AFTER_UNKNOWN,
  K_BEFORE,
  K_CHANGE,
  K_IMPORTING,
  K_MODE,
  K_OTHER,
  K_PREVIOUS_ADDRESS,
  K_REPLACE_PATHS,
  keyName,
} from './plan-frames.js';
import {
  D_CAPTURE,
  D_DESCEND,
  D_HASH,
  D_SCAN_TRUE,
  D_SKIP,
  KIND_ARRAY,
  KIND_NULL,
  KIND_OBJECT,
  KIND_STRING,
  KIND_TRUE,
  type Disposition,
  type ValueKind,
} from '../scan/scan-handler.js';
import type { WalkerBase } from './walker-base.js';

/** A value inside `resource_changes` or `resource_drift` (frames F_CHANGE_LIST to F_REPLACE_PATH). */
export function changeValue(w: WalkerBase, f: Frame, kind: ValueKind, offset: number): Disposition {
  switch (f.kind) {
    case F_CHANGE_LIST:
      return w.element(f, kind, KIND_OBJECT, F_CHANGE_ENTRY, offset);
    case F_CHANGE_ENTRY:
      return entryValue(w, f, kind, offset);
    case F_CHANGE:
      if (f.key === K_ACTIONS) {
        // Written again after actions that let the values be skipped unseen (a create, a
        // delete): if the last actions are an update, its attribute names cannot be known.
        const entry = f.parent!;
        if (f.repeat && entry.actions !== undefined && !diffsAttributes(entry.actions))
          entry.diffBlind = true;
        return w.enter(f, kind, KIND_ARRAY, F_ACTIONS, '.actions', offset, true);
      }
      if (f.key === K_IMPORTING) f.parent!.importing = kind !== KIND_NULL;
      else if (f.key !== K_OTHER && w.wantsDiff(f.parent!)) return diffValue(w, f, kind);
      return D_SKIP;
    case F_ATTRIBUTES:
      return D_HASH;
    case F_UNKNOWN:
      if (kind === KIND_OBJECT || kind === KIND_ARRAY) return D_SCAN_TRUE;
      // Every member is told, true or not: a name written again replaces what the first said.
      w.diffOf(f).unknownMember(f.name, kind === KIND_TRUE);
      return D_SKIP;
    case F_REPLACE_PATHS:
      if (kind !== KIND_ARRAY) return D_SKIP;
      w.frame = new Frame(F_REPLACE_PATH, f, f.count++);
      return D_DESCEND;
    default: // F_REPLACE_PATH
      return f.count++ === 0 && kind === KIND_STRING ? D_CAPTURE : D_SKIP;
  }
}

function entryValue(w: WalkerBase, f: Frame, kind: ValueKind, offset: number): Disposition {
  switch (f.key) {
    case K_ADDRESS:
      // null is the same as absent: the address is rebuilt from the labels.
      f.address = undefined;
      return w.expectString(f, '.address', kind, offset, false);
    case K_MODE:
      f.mode = undefined;
      return w.expectString(f, '.mode', kind, offset, false);
    case K_PREVIOUS_ADDRESS:
      f.previousAddress = undefined;
      return w.expectString(f, '.previous_address', kind, offset, false);
    case K_CHANGE:
      f.hasChange = true;
      // A second `change` replaces the first (JSON.parse keeps the last): nothing of the first
      // may stay behind.
      f.importing = false;
      f.actions = undefined;
      f.diff = undefined;
      f.diffBlind = false;
      return w.enter(f, kind, KIND_OBJECT, F_CHANGE, '.change', offset, true);
    default:
      return w.label(f, kind, offset);
  }
}

/**
 * `before`, `after`, `after_unknown` or `replace_paths` of an update or replacement: walked into
 * when of the expected shape; any other shape counts as empty (the names are a reading aid, not
 * something to refuse a plan over).
 */
function diffValue(w: WalkerBase, f: Frame, kind: ValueKind): Disposition {
  const diff = (f.parent!.diff ??= new AttributeDiff());
  const key = f.key;
  // Written again: the second replaces the first, whatever its shape.
  if (f.repeat) diff.clear(keyName(key) as DiffPart);
  let child: typeof F_ATTRIBUTES | typeof F_UNKNOWN | typeof F_REPLACE_PATHS;
  if (key === K_REPLACE_PATHS) {
    if (kind !== KIND_ARRAY) return D_SKIP;
    child = F_REPLACE_PATHS;
  } else {
    if (kind !== KIND_OBJECT) return D_SKIP;
    child = key === K_AFTER_UNKNOWN ? F_UNKNOWN : F_ATTRIBUTES;
  }
  const frame = new Frame(child, f, key === K_BEFORE ? '.before' : key === K_AFTER ? '.after' : '.x');
  frame.isAfter = key === K_AFTER;
  w.frame = frame;
  return D_DESCEND;
}

/** An entry of `resource_changes` or `resource_drift` closes: one visitor call. */
export function closeChangeEntry(w: WalkerBase, f: Frame, offset: number): void {
  if (!f.hasChange) throw w.invalid(f, '.change', 'is missing', offset);
  if (f.actions === undefined) throw w.invalid(f, '.change.actions', 'is missing', offset);
  const entry = {
    address: displayAddress(w.partsOf(f), f.path()),
    mode: f.mode,
    actions: f.actions,
    importing: f.importing,
    previousAddress: f.previousAddress,
    changedAttributes: f.diff !== undefined && !f.diffBlind && w.wantsDiff(f) ? f.diff.result() : undefined,
  };
  if (entry.changedAttributes !== undefined) w.diffed++;
  if (f.parent!.via === '.resource_drift') w.visitor.resourceDrift(entry);
  else w.visitor.resourceChange(entry);
}
