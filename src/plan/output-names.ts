/**
 * The names of the outputs a plan adds, changes and removes (Terraform's "Changes to Outputs"),
 * for the report's lists: `name`, `name (sensitive)`, and with --show-values `name = "value"` for
 * an added or changed output whose value passes value-policy.ts. A name written twice counts with
 * its last entry, as JSON.parse reads it.
 */
import { boundedList, pushBounded, type BoundedList } from '../model/bounded-list.js';
import { LIST_LIMIT } from '../model/bounded-list.js';
import type { ActionKind } from './action-kind.js';
import { SENSITIVE_OUTPUT, TOO_LARGE_OUTPUT, UNKNOWN_OUTPUT } from './output-tally.js';
import { shownValue, type ValueGate } from './value-policy.js';
import { secretLikeName, secretShaped } from './secret-names.js';
import { thousands } from '../thousands.js';
import { valueHidden } from './hidden-reason.js';

export type OutputAction = 'outputsAdded' | 'outputsChanged' | 'outputsRemoved';

export class OutputNames {
  /** The first LIST_LIMIT names with a change, by name; later ones are only counted. */
  private readonly named = new Map<string, OutputAction>();
  private readonly beyond = { outputsAdded: 0, outputsChanged: 0, outputsRemoved: 0 };

  /**
   * One entry of `output_changes`; `earlier` is what the name's earlier entry did, if it had one
   * (output-tally.ts knows): past the named ones it was only counted, and the last entry wins.
   */
  change(name: string, kind: ActionKind, earlier?: ActionShape): void {
    const action = actionOf(kind);
    const before = earlier && actionOf(earlier);
    if (before !== undefined && !this.named.has(name)) this.beyond[before]--;
    if (this.named.has(name) || this.named.size < LIST_LIMIT) {
      if (action === undefined) this.named.delete(name);
      else this.named.set(name, action);
    } else if (action !== undefined) this.beyond[action]++;
  }

  reset(): void {
    this.named.clear();
    this.beyond.outputsAdded = this.beyond.outputsChanged = this.beyond.outputsRemoved = 0;
  }

  /** The three lists; `values` are the outputs' shown strings (output-tally.ts). */
  lists(
    values: Readonly<Record<string, string>>,
    gate: ValueGate | undefined,
  ): Record<OutputAction, BoundedList<string>> {
    const out = {
      outputsAdded: boundedList<string>(),
      outputsChanged: boundedList<string>(),
      outputsRemoved: boundedList<string>(),
    };
    for (const [name, action] of [...this.named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const value = Object.hasOwn(values, name) ? values[name] : undefined;
      pushBounded(out[action], labelOf(name, action, value, gate));
    }
    for (const action of Object.keys(this.beyond) as OutputAction[]) out[action].total += this.beyond[action];
    return out;
  }
}

type ActionShape = Pick<ActionKind, 'create' | 'delete' | 'update'>;

/** The list an output change goes in, or none (a no-op). */
function actionOf(kind: ActionShape): OutputAction | undefined {
  if (kind.create && !kind.delete) return 'outputsAdded';
  if (kind.delete && !kind.create) return 'outputsRemoved';
  return kind.update || (kind.create && kind.delete) ? 'outputsChanged' : undefined;
}

function labelOf(
  name: string,
  action: OutputAction,
  value: string | undefined,
  gate: ValueGate | undefined,
): string {
  if (value === SENSITIVE_OUTPUT) return `${name} (sensitive)`;
  if (action === 'outputsRemoved' || value === undefined || gate?.policy.show !== true) return name;
  if (value === UNKNOWN_OUTPUT) return `${name} (known after apply)`;
  // Globs match the name and `output.<name>` (an output's address); none of its steps is a type.
  const reason =
    value === TOO_LARGE_OUTPUT
      ? 'too large'
      : (gate.hiddenNameReason('output', '', name) ??
        (gate.deniedInside('output', name, value)
          ? 'deny-listed'
          : secretShaped(value)
            ? 'looks like a secret'
            : undefined));
  if (reason !== undefined) return valueHidden(name, reason);
  const shown = shownValue(value);
  return 'text' in shown ? `${name} = ${shown.text}` : `${name} (${thousands(shown.length)} characters)`;
}

/** Stands for an output value that leaves in no request: named or shaped like a secret, or denied. */
export const HIDDEN_OUTPUT = '(hidden)';

/**
 * The output values a plan's summary keeps, and so a Terragrunt unit's request carries
 * (`stack_outputs`) and its partial report: sensitive ones are `(sensitive)` already; one named
 * like a secret (`db_password`) or whose value looks like one (a key, `{"password": ...}`) is
 * `(hidden)` whether or not values are shown, and so is one the --hide-values-of globs name.
 */
export function sentOutputs(
  values: Readonly<Record<string, string>>,
  gate: ValueGate | undefined,
): Record<string, string> {
  // fromEntries, not assignment: an output may be named `__proto__`.
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      value === SENSITIVE_OUTPUT || value === UNKNOWN_OUTPUT || value === TOO_LARGE_OUTPUT
        ? value
        : secretLikeName(name) ||
            secretShaped(value) ||
            gate?.hiddenName('output', '', name) === true ||
            gate?.deniedInside('output', name, value) === true
          ? HIDDEN_OUTPUT
          : value,
    ]),
  );
}
