/**
 * What one `change.actions` array means, decided once for counts and address lists alike, and
 * which resources count at all.
 */

export interface ActionKind {
  readonly create: boolean;
  readonly delete: boolean;
  readonly forget: boolean;
  /** Exactly `["update"]`, or actions this tool does not know (see `unknown`). */
  readonly update: boolean;
  /** Exactly `["no-op"]`. Anything else, even an unknown action, is a real action. */
  readonly noop: boolean;
  /**
   * No action at all (`[]`) or one that Terraform and OpenTofu do not write (`["bogus"]`). Such an
   * entry is a planned change of a kind nobody can tell: it is counted in `changed` (so it is in
   * a bucket, and a change a reviewer sees), listed in the `unknown` addresses and warned about.
   */
  readonly unknown: boolean;
}

/** Every action `change.actions` holds in Terraform's and OpenTofu's JSON output formats. */
const KNOWN_ACTIONS = new Set(['no-op', 'create', 'read', 'update', 'delete', 'forget']);

export function kindOf(actions: readonly string[]): ActionKind {
  // Nearly every entry of a plan holds one of a handful of arrays (`["no-op"]`, `["create"]`,
  // `["delete", "create"]`, ...): their kinds are worked out once and shared (they are read-only).
  const known =
    actions.length === 1
      ? SINGLE_KINDS.get(actions[0]!)
      : actions.length === 2
        ? PAIR_KINDS.get(actions[0]!)?.get(actions[1]!)
        : undefined;
  return known ?? workOutKind(actions);
}

function workOutKind(actions: readonly string[]): ActionKind {
  const only = actions.length === 1 ? actions[0] : undefined;
  const unknown = actions.length === 0 || actions.some((action) => !KNOWN_ACTIONS.has(action));
  return {
    create: actions.includes('create'),
    delete: actions.includes('delete'),
    forget: actions.includes('forget'),
    update:
      only === 'update' ||
      (unknown && !actions.some((a) => a === 'create' || a === 'delete' || a === 'forget')),
    noop: only === 'no-op',
    unknown,
  };
}

/** The kinds of every one- and two-action array of known actions. */
const SINGLE_KINDS = new Map([...KNOWN_ACTIONS].map((only) => [only, Object.freeze(workOutKind([only]))]));
const PAIR_KINDS = new Map(
  [...KNOWN_ACTIONS].map((first) => [
    first,
    new Map([...KNOWN_ACTIONS].map((second) => [second, Object.freeze(workOutKind([first, second]))])),
  ]),
);

/**
 * Only managed resources count. Data reads (`data`) and OpenTofu's `ephemeral` resources are left
 * out, and so is any mode a future version invents; an entry without a mode is an old-format
 * managed resource.
 */
export function isManaged(mode: string | undefined): boolean {
  return mode === undefined || mode === 'managed';
}
