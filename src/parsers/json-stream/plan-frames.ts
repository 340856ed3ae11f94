/**
 * The walker's bookkeeping: the kinds of container it walks into (frames), the keys it looks for
 * in each, and a frame's gathered fields.
 */
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

// Key ids (0: a key the walker does not use).
export const K_OTHER = 0;
export const TOP_KEYS = new KeyTable([
  'format_version',
  'terraform_version',
  'errored',
  'resource_changes',
  'resource_drift',
  'output_changes',
  'planned_values',
  'prior_state',
]);
export const [K_FORMAT_VERSION, K_TERRAFORM_VERSION, K_ERRORED, K_RESOURCE_CHANGES, K_RESOURCE_DRIFT] = [
  1, 2, 3, 4, 5,
];
export const [K_OUTPUT_CHANGES, K_PLANNED_VALUES, K_PRIOR_STATE] = [6, 7, 8];
/**
 * The keys of a change entry; a state resource's are looked up in the same table (it has no
 * `change`, `previous_address` or `module_address`, and is answered D_SKIP for them).
 */
const ENTRY_KEYS = new KeyTable([
  'address',
  'mode',
  'previous_address',
  'change',
  'module_address',
  'type',
  'name',
  'index',
]);
export const [K_ADDRESS, K_MODE, K_PREVIOUS_ADDRESS, K_CHANGE] = [1, 2, 3, 4];
export const [K_MODULE_ADDRESS, K_TYPE, K_NAME, K_INDEX] = [5, 6, 7, 8];
const CHANGE_KEYS = new KeyTable(['actions', 'importing']);
export const [K_ACTIONS, K_IMPORTING] = [1, 2];
const OUTPUT_CHANGE_KEYS = new KeyTable(['actions', 'after', 'after_unknown', 'after_sensitive']);
export const [K_AFTER, K_AFTER_UNKNOWN, K_AFTER_SENSITIVE] = [2, 3, 4];
const PLANNED_KEYS = new KeyTable(['outputs']);
const PLANNED_OUTPUT_KEYS = new KeyTable(['sensitive']);
const PRIOR_KEYS = new KeyTable(['values']);
const PRIOR_VALUES_KEYS = new KeyTable(['root_module']);
const MODULE_KEYS = new KeyTable(['resources', 'child_modules', 'address']);
export const [K_RESOURCES, K_CHILD_MODULES, K_OWN_ADDRESS] = [1, 2, 3];
const RESOURCE_KEYS = ENTRY_KEYS;

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
for (let kind = 0; kind <= F_CHILD_MODULES; kind++) {
  const table = KEYS_OF_FRAME[kind];
  KEY_SET_OF_FRAME[kind] =
    table === undefined || table === null || kind === F_TOP ? -1 : KEY_SETS.push([...table.names]) - 1;
}

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
  previousAddress: string | undefined = undefined;
  actions: string[] | undefined = undefined;
  importing = false;
  hasChange = false;
  after: unknown = undefined;
  afterJson: string | undefined = undefined;
  afterTooLarge = false;
  afterUnknown = false;
  afterSensitive = false;
  sensitive = false;

  constructor(
    readonly kind: number,
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
