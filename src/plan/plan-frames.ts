/**
 * The walker's bookkeeping: the kinds of container it walks into (frames), the keys it looks for
 * in each, and a frame's gathered fields.
 */
import type { AttributeDiff } from './attribute-diff.js';
import { KeyTable } from './key-table.js';

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

/**
 * Every key the walker reads, in any frame. A key's id is its place here + 1, whichever table it
 * is in: `address` is K_ADDRESS in a change entry and in a state resource alike, and reordering a
 * frame's table cannot make the walker read the wrong field.
 */
const TOP_KEY_NAMES = [
  'format_version',
  'terraform_version',
  'errored',
  'resource_changes',
  'resource_drift',
  'output_changes',
  'planned_values',
  'prior_state',
] as const;
const KEY_NAMES = [
  ...TOP_KEY_NAMES,
  'address',
  'mode',
  'previous_address',
  'change',
  'actions',
  'importing',
  'after',
  'after_unknown',
  'after_sensitive',
  'outputs',
  'sensitive',
  'values',
  'root_module',
  'resources',
  'child_modules',
  'module_address',
  'type',
  'name',
  'index',
  'before',
  'replace_paths',
  'before_sensitive',
  'provider_name',
] as const;

export type KeyName = (typeof KEY_NAMES)[number];

// Frame.seen holds a frame's keys as bits of a 32-bit integer (`1 << id`, ids 1..31; bit 31 is
// the sign bit, which `|` and `&` treat like any other).
if (KEY_NAMES.length > 31) throw new Error('plan-frames: more key ids than Frame.seen has bits');

/** A key's name from its id (for messages). */
export function keyName(id: number): string {
  return KEY_NAMES[id - 1] ?? '';
}

/** A key's id (0: a key the walker does not use). */
function keyId(name: KeyName): number {
  return KEY_NAMES.indexOf(name) + 1;
}

/** A frame's keys; each matches to its id in KEY_NAMES, not to its place in this table. */
function keyTable(...names: readonly KeyName[]): KeyTable {
  return new KeyTable(names, (name) => keyId(name as KeyName));
}

export const K_OTHER = 0;
export const K_FORMAT_VERSION = keyId('format_version');
export const K_TERRAFORM_VERSION = keyId('terraform_version');
export const K_ERRORED = keyId('errored');
export const K_RESOURCE_CHANGES = keyId('resource_changes');
export const K_RESOURCE_DRIFT = keyId('resource_drift');
export const K_OUTPUT_CHANGES = keyId('output_changes');
export const K_PLANNED_VALUES = keyId('planned_values');
export const K_PRIOR_STATE = keyId('prior_state');
export const K_ADDRESS = keyId('address');
export const K_MODE = keyId('mode');
export const K_PREVIOUS_ADDRESS = keyId('previous_address');
export const K_CHANGE = keyId('change');
export const K_ACTIONS = keyId('actions');
export const K_IMPORTING = keyId('importing');
export const K_AFTER = keyId('after');
export const K_AFTER_UNKNOWN = keyId('after_unknown');
export const K_AFTER_SENSITIVE = keyId('after_sensitive');
export const K_RESOURCES = keyId('resources');
export const K_CHILD_MODULES = keyId('child_modules');
export const K_BEFORE = keyId('before');
export const K_REPLACE_PATHS = keyId('replace_paths');
export const K_BEFORE_SENSITIVE = keyId('before_sensitive');
/** Labels an address is rebuilt from when `address` is missing (resource-address.ts). */
export const K_MODULE_ADDRESS = keyId('module_address');
export const K_TYPE = keyId('type');
export const K_NAME = keyId('name');
export const K_INDEX = keyId('index');
/** Read only for drift entries with --send-drift-resources (the resource's provider address). */
export const K_PROVIDER_NAME = keyId('provider_name');

export const TOP_KEYS = keyTable(...TOP_KEY_NAMES);
const ENTRY_KEYS = keyTable(
  'address',
  'mode',
  'previous_address',
  'change',
  'module_address',
  'type',
  'name',
  'index',
  'provider_name',
);
/** A change whose actions are not known yet, or are an update or replacement: its values too. */
const CHANGE_KEYS = keyTable(
  'actions',
  'importing',
  'before',
  'after',
  'after_unknown',
  'replace_paths',
  'before_sensitive',
  'after_sensitive',
);
/** A change known to be neither: its values are skipped unseen (see PlanWalker.keyFilter). */
const PLAIN_CHANGE_KEYS = keyTable('actions', 'importing');
const OUTPUT_CHANGE_KEYS = keyTable('actions', 'after', 'after_unknown', 'after_sensitive');
const PLANNED_KEYS = keyTable('outputs');
const PLANNED_OUTPUT_KEYS = keyTable('sensitive');
const PRIOR_KEYS = keyTable('values');
const PRIOR_VALUES_KEYS = keyTable('root_module');
/** A state module's own `address` names the module its resources are in. */
const MODULE_KEYS = keyTable('resources', 'child_modules', 'address');
const RESOURCE_KEYS = keyTable('address', 'mode', 'type', 'name', 'index');

export const COMMON_VALUE_NAMES = [
  'no-op',
  'create',
  'update',
  'delete',
  'read',
  'forget',
  'managed',
  'data',
  'ephemeral',
];
export const COMMON_VALUES = new KeyTable(COMMON_VALUE_NAMES);

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
    readonly kind: FrameKind,
    readonly parent: Frame | null,
    /** How the parent reached this frame: a key (`.x`) or an element index, for error messages. */
    readonly via: string | number,
  ) {}

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
