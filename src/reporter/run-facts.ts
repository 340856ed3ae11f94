/**
 * What a summary says beyond the plans: the gates that tripped, where the event went, and the
 * commit and run it came from. Gathered by the pipeline (src/run) once the event is delivered and
 * the gates evaluated, so every summary of a run tells the same story as its exit code.
 */

/** A gate the team set that this run trips (`fail-on-destroy`, ...). */
export interface TrippedGate {
  /** The setting's name as the Action spells it: `fail-on-destroy`. */
  readonly name: string;
  /** Why, in plain words: "2 resources would be destroyed (replacements included)". */
  readonly reason: string;
}

export type DeliveryFact =
  | { readonly kind: 'sent' }
  | { readonly kind: 'dry-run' }
  /** A partial report (`--save-partial`) for a final `merge`: nothing sent from this leg. */
  | { readonly kind: 'saved' }
  | { readonly kind: 'spooled'; readonly file: string };

export interface RunFacts {
  readonly gates: readonly TrippedGate[];
  /** Absent when the summary is drawn before delivery (tests, previews). */
  readonly delivery?: DeliveryFact | undefined;
  readonly org?: string | undefined;
  readonly project?: string | undefined;
  readonly workspace?: string | undefined;
  readonly commit?: string | undefined;
  /** A link to the CI run (GitHub run URL, Harness build link) when the CI gives one. */
  readonly runUrl?: string | undefined;
}

export const NO_FACTS: RunFacts = { gates: [] };

export function gateMessage(gate: TrippedGate): string {
  return `${gate.name}: ${gate.reason}`;
}
