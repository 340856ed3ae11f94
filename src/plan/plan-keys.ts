/**
 * The keys the plan walker reads: every one's id, each frame's table of them (key-table.ts), and
 * the few values (actions, modes) matched by their bytes. plan-frames.ts says which frame kind
 * uses which table and re-exports all of this.
 */
import { KeyTable } from './key-table.js';

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
if (KEY_NAMES.length > 31) throw new Error('plan-keys: more key ids than Frame.seen has bits');

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
export const ENTRY_KEYS = keyTable(
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
export const CHANGE_KEYS = keyTable(
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
export const PLAIN_CHANGE_KEYS = keyTable('actions', 'importing');
export const OUTPUT_CHANGE_KEYS = keyTable('actions', 'after', 'after_unknown', 'after_sensitive');
export const PLANNED_KEYS = keyTable('outputs');
export const PLANNED_OUTPUT_KEYS = keyTable('sensitive');
export const PRIOR_KEYS = keyTable('values');
export const PRIOR_VALUES_KEYS = keyTable('root_module');
/** A state module's own `address` names the module its resources are in. */
export const MODULE_KEYS = keyTable('resources', 'child_modules', 'address');
export const RESOURCE_KEYS = keyTable('address', 'mode', 'type', 'name', 'index');

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
