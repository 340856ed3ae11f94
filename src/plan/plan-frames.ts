/**
 * The walker's bookkeeping: the kinds of container it walks into (frames), the keys it looks for
 * in each (the keys themselves are in plan-keys.ts) and a frame's gathered fields.
 */
import type { AttributeDiff } from './attribute-diff.js';
import type { KeyTable } from './key-table.js';
import {
  CHANGE_KEYS,
  ENTRY_KEYS,
  K_OTHER,
  MODULE_KEYS,
  OUTPUT_CHANGE_KEYS,
  PLAIN_CHANGE_KEYS,
  PLANNED_KEYS,
  PLANNED_OUTPUT_KEYS,
  PRIOR_KEYS,
  PRIOR_VALUES_KEYS,
  RESOURCE_KEYS,
  TOP_KEYS,
  type KeyName,
} from './plan-keys.js';

export * from './plan-keys.js';

// Frames: the containers the walker is inside of, in event mode.
export const F_TOP = 0;
export const F_CHANGE_LIST = 1;
export const F_CHANGE_ENTRY = 2;
export const F_CHANGE = 3;
export const F_ACTIONS = 4;
export const F_OUTPUT_CHANGES = 5;
export const F_OUTPUT_CHANGE = 6;
export const F_PLANNED = 7;
export const F_PLANNED_OUTPUTS = 8;
export const F_PLANNED_OUTPUT = 9;
export const F_PRIOR = 10;
export const F_PRIOR_VALUES = 11;
export const F_MODULE = 12;
export const F_RESOURCES = 13;
export const F_RESOURCE = 14;
export const F_CHILD_MODULES = 15;
/** `change.before` / `change.after` of an update or replacement: attribute values, hashed. */
export const F_ATTRIBUTES = 16;
/** `change.after_unknown` of an update or replacement. */
export const F_UNKNOWN = 17;
/** `change.replace_paths`, and one path in it. */
export const F_REPLACE_PATHS = 18;
export const F_REPLACE_PATH = 19;
const LAST_FRAME = F_REPLACE_PATH;

export type FrameKind =
  | typeof F_TOP
  | typeof F_CHANGE_LIST
  | typeof F_CHANGE_ENTRY
  | typeof F_CHANGE
  | typeof F_ACTIONS
  | typeof F_OUTPUT_CHANGES
  | typeof F_OUTPUT_CHANGE
  | typeof F_PLANNED
  | typeof F_PLANNED_OUTPUTS
  | typeof F_PLANNED_OUTPUT
  | typeof F_PRIOR
  | typeof F_PRIOR_VALUES
  | typeof F_MODULE
  | typeof F_RESOURCES
  | typeof F_RESOURCE
  | typeof F_CHILD_MODULES
  | typeof F_ATTRIBUTES
  | typeof F_UNKNOWN
  | typeof F_REPLACE_PATHS
  | typeof F_REPLACE_PATH;

export const KEYS_OF_FRAME: (KeyTable | null)[] = [];
KEYS_OF_FRAME[F_TOP] = TOP_KEYS;
KEYS_OF_FRAME[F_CHANGE_ENTRY] = ENTRY_KEYS;
KEYS_OF_FRAME[F_CHANGE] = CHANGE_KEYS;
KEYS_OF_FRAME[F_OUTPUT_CHANGE] = OUTPUT_CHANGE_KEYS;
KEYS_OF_FRAME[F_PLANNED] = PLANNED_KEYS;
KEYS_OF_FRAME[F_PLANNED_OUTPUT] = PLANNED_OUTPUT_KEYS;
KEYS_OF_FRAME[F_PRIOR] = PRIOR_KEYS;
KEYS_OF_FRAME[F_PRIOR_VALUES] = PRIOR_VALUES_KEYS;
KEYS_OF_FRAME[F_MODULE] = MODULE_KEYS;
KEYS_OF_FRAME[F_RESOURCE] = RESOURCE_KEYS;

/**
 * The key sets the scanner may filter members by (see ScanHandler.keyFilter): every frame with a
 * key table but the top level, whose every key is reported to the visitor.
 */
export const KEY_SETS: string[][] = [];
/** The index in KEY_SETS of each frame kind's keys, or -1. */
export const KEY_SET_OF_FRAME: number[] = [];
for (let kind: number = F_TOP; kind <= LAST_FRAME; kind++) {
  const table = KEYS_OF_FRAME[kind];
  KEY_SET_OF_FRAME[kind] =
    table === undefined || table === null || kind === F_TOP ? -1 : KEY_SETS.push([...table.names]) - 1;
}
export const PLAIN_CHANGE_KEY_SET = KEY_SETS.push([...PLAIN_CHANGE_KEYS.names]) - 1;

/**
 * Narrower key sets for change entries and state resources (PlanWalker.keyFilter): once `address`
 * is read (Terraform writes it first), the labels that only rebuild a missing one are skipped
 * unseen, and `provider_name` is seen only where it is read (drift resources sent one by one).
 * Tens of thousands of entries a plan, four or five keys each, never reach the walker.
 */
const keySet = (...names: readonly KeyName[]): number => KEY_SETS.push([...names]) - 1;
const LABELS = ['module_address', 'type', 'name', 'index'] as const;
/** By [address read][provider_name read]. */
export const ENTRY_KEY_SETS = [
  [keySet('address', 'mode', 'previous_address', 'change', ...LABELS), KEY_SET_OF_FRAME[F_CHANGE_ENTRY]!],
  [
    keySet('address', 'mode', 'previous_address', 'change'),
    keySet('address', 'mode', 'previous_address', 'change', 'provider_name'),
  ],
] as const;
export const NAMED_RESOURCE_KEY_SET = keySet('address', 'mode');

export const KIND_NAMES = ['an object', 'an array', 'a string', 'a number', 'true', 'false', 'null'];

/** One open container, with the fields gathered from it so far. */
export class Frame {
  /** The key whose value comes next (objects), or K_OTHER. */
  key = K_OTHER;
  /** The name of the member whose value comes next (objects keyed by output name). */
  name = '';
  /** Elements seen so far (arrays). */
  count = 0;
  address: string | undefined = undefined;
  mode: string | undefined = undefined;
  /** The labels an address is rebuilt from when `address` is missing (resource-address.ts). */
  moduleAddress: string | undefined = undefined;
  type: string | undefined = undefined;
  resourceName: string | undefined = undefined;
  indexJson: string | undefined = undefined;
  /** A label came after `address` and was skipped unread (WalkerBase.label). */
  labelsSkipped = false;
  previousAddress: string | undefined = undefined;
  /** `provider_name` of a drift entry (only read with --send-drift-resources). */
  providerName: string | undefined = undefined;
  actions: string[] | undefined = undefined;
  importing = false;
  /** `change.importing.id`, read only with --show-values (a value: value-policy.ts importLabel). */
  importId: string | undefined = undefined;
  hasChange = false;
  after: unknown = undefined;
  afterJson: string | undefined = undefined;
  afterTooLarge = false;
  afterUnknown = false;
  afterSensitive = false;
  sensitive = false;
  /** Update or replacement entries: what the change's values say changed (see AttributeDiff). */
  diff: AttributeDiff | undefined = undefined;
  /** In an F_ATTRIBUTES frame: true for `after`, false for `before`. */
  isAfter = false;
  /** F_ATTRIBUTES, F_UNKNOWN and F_REPLACE_PATH frames: the attribute path of this container. */
  prefix = '';
  /** Steps below the top level (F_ATTRIBUTES, F_UNKNOWN): 0 for `before`/`after`/`after_unknown`. */
  depth = 0;
  /** An F_ATTRIBUTES or F_UNKNOWN frame over an array (its members have no keys). */
  isArray = false;
  /** The keys of this object read so far, as bits (1 << key id): a repeated key is noticed. */
  seen = 0;
  /** The current key was seen before in this object (the last one wins: JSON.parse reads so). */
  repeat = false;
  /**
   * A change entry whose `actions` was written again after the first one let its values be
   * skipped unseen: its changed attribute names cannot be known.
   */
  diffBlind = false;
  /**
   * Prior-state containers: for each key whose value holds prior-state resources, the span of
   * PlanVisitor.priorStateResource calls its last value made (from, to), by key id; a repeated
   * key takes them back (PlanVisitor.priorStateRetract).
   */
  spans: number[] | undefined = undefined;
  /** The priorStateResource calls made before this prior-state container began (see `spans`), or -1. */
  spanStart = -1;

  constructor(
    public kind: FrameKind,
    public parent: Frame | null,
    /** How the parent reached this frame: a key (`.x`) or an element index, for error messages. */
    public via: string | number,
  ) {}

  /**
   * Makes a closed frame a new one (WalkerBase.newFrame): every field as a new Frame has it, so
   * that a plan's hundred thousand containers do not each cost a frame for the garbage collector.
   */
  reuse(kind: FrameKind, parent: Frame | null, via: string | number): this {
    this.kind = kind;
    this.parent = parent;
    this.via = via;
    this.key = K_OTHER;
    this.name = '';
    this.count = 0;
    this.address = undefined;
    this.mode = undefined;
    this.moduleAddress = undefined;
    this.type = undefined;
    this.resourceName = undefined;
    this.indexJson = undefined;
    this.labelsSkipped = false;
    this.previousAddress = undefined;
    this.providerName = undefined;
    this.actions = undefined;
    this.importing = false;
    this.importId = undefined;
    this.hasChange = false;
    this.after = undefined;
    this.afterJson = undefined;
    this.afterTooLarge = false;
    this.afterUnknown = false;
    this.afterSensitive = false;
    this.sensitive = false;
    this.diff = undefined;
    this.isAfter = false;
    this.prefix = '';
    this.depth = 0;
    this.isArray = false;
    this.seen = 0;
    this.repeat = false;
    this.diffBlind = false;
    this.spans = undefined;
    this.spanStart = -1;
    return this;
  }

  path(): string {
    const parts = [typeof this.via === 'number' ? `[${this.via}]` : this.via];
    for (let f = this.parent; f !== null && f.kind !== F_TOP; f = f.parent) {
      parts.push(typeof f.via === 'number' ? `[${f.via}]` : f.via);
    }
    return parts.reverse().join('').replace(/^\./, '');
  }
}

export function member(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}
