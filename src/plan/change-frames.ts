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
import {
  ARRAY_MARK,
  AttributeDiff,
  diffsAttributes,
  OBJECT_MARK,
  type DiffPart,
  type KeptPart,
  type SensitivePart,
} from './attribute-diff.js';
import { indexPath, keyPath, MAX_PATH_DEPTH } from './attribute-paths.js';
import { displayAddress, namesWholeResource } from './resource-address.js';
import type { Frame } from './plan-frames.js';
import {
  F_ACTIONS,
  F_ATTRIBUTES,
  F_CHANGE,
  F_CHANGE_ENTRY,
  F_CHANGE_LIST,
  F_REPLACE_PATH,
  F_REPLACE_PATHS,
  F_UNKNOWN,
  K_ACTIONS,
  K_ADDRESS,
  K_AFTER,
  K_AFTER_SENSITIVE,
  K_AFTER_UNKNOWN,
  K_BEFORE_SENSITIVE,
  K_BEFORE,
  K_CHANGE,
  K_IMPORTING,
  K_MODE,
  K_OTHER,
  K_PREVIOUS_ADDRESS,
  K_PROVIDER_NAME,
  K_REPLACE_PATHS,
  keyName,
} from './plan-frames.js';
import {
  D_CAPTURE,
  D_DESCEND,
  D_HASH,
  D_KEEP,
  D_RAW,
  D_SCAN_TRUE,
  D_SKIP,
  KIND_ARRAY,
  KIND_NULL,
  KIND_NUMBER,
  KIND_OBJECT,
  KIND_STRING,
  KIND_TRUE,
  type Disposition,
  type ValueKind,
} from '../scan/scan-handler.js';
import { UNREAD_SENSITIVITY } from './sensitive-names.js';
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
      if (f.key === K_IMPORTING) {
        const entry = f.parent!;
        entry.importing = kind !== KIND_NULL;
        entry.importId = undefined;
        // The import id is a value: read only when values may be shown (capturedDiffValue).
        if (kind === KIND_OBJECT && w.values?.policy.show === true) return D_RAW;
      } else if (f.key === K_BEFORE_SENSITIVE || f.key === K_AFTER_SENSITIVE) {
        // Read to decide which values --show-values may show, and where the names of the roles
        // stop (a sensitive map's keys are secret too: sensitive-names.ts).
        if (w.wantsDiff(f.parent!)) {
          const diff = (f.parent!.diff ??= new AttributeDiff(w.strings));
          if (f.repeat) diff.clear(keyName(f.key) as SensitivePart);
          return D_RAW;
        }
      } else if (f.key !== K_OTHER && w.wantsDiff(f.parent!)) return diffValue(w, f, kind);
      return D_SKIP;
    case F_ATTRIBUTES:
      return attributeValue(w, f, kind);
    case F_UNKNOWN:
      return unknownValue(w, f, kind);
    case F_REPLACE_PATHS:
      if (kind !== KIND_ARRAY) return D_SKIP;
      w.frame = w.newFrame(F_REPLACE_PATH, f, f.count++);
      return D_DESCEND;
    default: // F_REPLACE_PATH: its steps make the path (closeReplacePath)
      if (kind === KIND_STRING) return D_CAPTURE;
      if (kind === KIND_NUMBER) return D_RAW;
      f.count = -1;
      return D_SKIP;
  }
}

/** The path of the member whose value comes next in an F_ATTRIBUTES or F_UNKNOWN frame. */
function memberPath(f: Frame): string {
  return f.isArray ? indexPath(f.prefix, f.count++) : keyPath(f.prefix, f.name);
}

/** A frame one step down an attribute path. */
function descend(w: WalkerBase, f: Frame, kind: ValueKind, path: string): Disposition {
  const child = w.newFrame(f.kind, f, f.via);
  child.isAfter = f.isAfter;
  child.prefix = path;
  child.depth = f.depth + 1;
  child.isArray = kind === KIND_ARRAY;
  w.frame = child;
  return D_DESCEND;
}

/**
 * A value in `before` or `after`: containers are walked MAX_PATH_DEPTH steps down (their shape
 * noted), leaves and deeper values hashed, or with --show-values handed as text.
 */
function attributeValue(w: WalkerBase, f: Frame, kind: ValueKind): Disposition {
  const path = memberPath(f);
  if ((kind === KIND_OBJECT || kind === KIND_ARRAY) && f.depth < MAX_PATH_DEPTH) {
    w.diffOf(f).value(f.isAfter, path, kind === KIND_OBJECT ? OBJECT_MARK : ARRAY_MARK);
    return descend(w, f, kind, path);
  }
  f.name = path;
  return w.values?.policy.show === true ? D_RAW : D_HASH;
}

/** A value in `after_unknown`: every member is told, true or not (the last one written wins). */
function unknownValue(w: WalkerBase, f: Frame, kind: ValueKind): Disposition {
  const path = memberPath(f);
  if (kind === KIND_OBJECT || kind === KIND_ARRAY) {
    if (f.depth < MAX_PATH_DEPTH) {
      // Noted, so that a key written twice is seen (AttributeDiff.unknownMember).
      w.diffOf(f).unknownMember(path, false);
      return descend(w, f, kind, path);
    }
    f.name = path;
    return D_SCAN_TRUE;
  }
  w.diffOf(f).unknownMember(path, kind === KIND_TRUE);
  return D_SKIP;
}

/** A `replace_paths` path closes: its steps, if all were keys and indexes, name a path. */
export function closeReplacePath(w: WalkerBase, f: Frame): void {
  if (f.count !== -1) w.diffOf(f).replacePath(f.prefix);
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
    case K_PROVIDER_NAME:
      f.providerName = undefined;
      // Only drift resources sent one by one need it; everything else reads as fast as before.
      if (w.maxDriftResources === 0 || !w.isDrift(f)) return D_SKIP;
      return w.expectString(f, '.provider_name', kind, offset, false);
    case K_CHANGE:
      f.hasChange = true;
      // A second `change` replaces the first (JSON.parse keeps the last): nothing of the first
      // may stay behind.
      f.importing = false;
      f.importId = undefined;
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
  const diff = (f.parent!.diff ??= new AttributeDiff(w.strings));
  const key = f.key;
  // Written again: the second replaces the first, whatever its shape.
  if (f.repeat) diff.clear(keyName(key) as DiffPart);
  let child: typeof F_ATTRIBUTES | typeof F_UNKNOWN | typeof F_REPLACE_PATHS;
  if (key === K_REPLACE_PATHS) {
    if (kind !== KIND_ARRAY) return D_SKIP;
    child = F_REPLACE_PATHS;
  } else {
    if (kind !== KIND_OBJECT) return D_SKIP;
    // Without values to show, the object is kept whole and compared when the change closes
    // (attribute-raw-diff.ts): nothing is built for the attributes that did not change.
    if (w.values?.policy.show !== true) return D_KEEP;
    child = key === K_AFTER_UNKNOWN ? F_UNKNOWN : F_ATTRIBUTES;
  }
  const frame = w.newFrame(child, f, key === K_BEFORE ? '.before' : key === K_AFTER ? '.after' : '.x');
  frame.isAfter = key === K_AFTER;
  w.frame = frame;
  return D_DESCEND;
}

/** An entry of `resource_changes` or `resource_drift` closes: one visitor call. */
export function closeChangeEntry(w: WalkerBase, f: Frame, offset: number): void {
  if (!f.hasChange) throw w.invalid(f, '.change', 'is missing', offset);
  if (f.actions === undefined) throw w.invalid(f, '.change.actions', 'is missing', offset);
  // The labels and the place are only needed when `address` is missing (rare): not built else.
  const parts = f.address === undefined ? w.partsOf(f) : undefined;
  const address = parts === undefined ? f.address! : displayAddress(parts, f.path());
  const drift = w.isDrift(f);
  const entry = {
    address,
    wholeResource: parts !== undefined && namesWholeResource(parts),
    mode: f.mode,
    actions: f.actions,
    importing: f.importing,
    ...(f.importId !== undefined ? { importId: f.importId } : {}),
    previousAddress: f.previousAddress,
    changedAttributes:
      f.diff !== undefined && !f.diffBlind && f.diff.readable() && w.wantsDiff(f)
        ? f.diff.result(address, w.values)
        : undefined,
    ...(drift && f.providerName !== undefined ? { providerName: f.providerName } : {}),
  };
  if (entry.changedAttributes !== undefined) {
    if (drift) w.driftDiffed++;
    else w.diffed++;
  }
  if (drift) w.visitor.resourceDrift(entry);
  else w.visitor.resourceChange(entry);
}

/**
 * Raw text the change asked for: a leaf of `before`/`after` with --show-values (hashed here, kept
 * as text for value-policy.ts to judge), a numeric step of a `replace_paths` path, a whole
 * `before`/`after`/`after_unknown` without --show-values (kept for AttributeDiff), or a
 * `before_sensitive`/`after_sensitive` structure.
 */
export function capturedDiffValue(
  w: WalkerBase,
  f: Frame,
  raw: Uint8Array | null,
  offset: number,
  ends?: ArrayLike<number> | null,
): void {
  if (f.kind === F_CHANGE && (f.key === K_BEFORE || f.key === K_AFTER || f.key === K_AFTER_UNKNOWN)) {
    // Kept as bytes (with where its members end, when the scanner noted it), compared when the
    // change closes.
    w.diffOf(f).keep(
      keyName(f.key) as KeptPart,
      raw === null ? null : { bytes: raw, offset, ends: ends ?? null },
    );
    return;
  }
  const text = raw === null ? undefined : w.strings.text(raw, 0, raw.length, false, offset);
  if (f.kind === F_CHANGE && f.key === K_IMPORTING) {
    f.parent!.importId = importIdOf(text);
  } else if (f.kind === F_REPLACE_PATH) {
    const index = text === undefined ? NaN : Number(text);
    if (Number.isInteger(index) && index >= 0) f.prefix = indexPath(f.prefix, index);
    else f.count = -1;
  } else if (f.kind === F_ATTRIBUTES) {
    // Past the scanner's raw limit: changed for all anyone can tell, and never shown.
    w.diffOf(f).value(f.isAfter, f.name, text === undefined ? NaN : textHash(text), text);
  } else {
    // Past the reader's bound: all of it counts as sensitive (no value shown, names stop at their
    // attribute). Without a `true` in it (the usual `{}`), nothing is sensitive: not parsed.
    let structure: unknown = UNREAD_SENSITIVITY;
    if (text !== undefined && !text.includes('true')) structure = false;
    else if (text !== undefined)
      try {
        structure = JSON.parse(text);
      } catch {
        // Unreadable: every value stays hidden, every name stops at its attribute.
      }
    w.diffOf(f).sensitivity(f.key === K_AFTER_SENSITIVE, structure);
  }
}

/** `id` of a `change.importing` object's text (absent with `identity` instead, or unreadable). */
function importIdOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const id = (JSON.parse(text) as Record<string, unknown>)['id'];
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** A 53-bit hash of a value's text (FNV-1a over two lanes). */
function textHash(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + (b >>> 11);
}
