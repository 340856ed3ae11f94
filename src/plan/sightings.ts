/**
 * Things a plan's warnings tell of (unknown actions, keys written twice): how many, and the first
 * few, so a warning names examples without holding every entry that earned it.
 */

/** Unknown actions and repeated keys are named in their warnings, a few at most. */
export const EXAMPLES = 3;

export class Sightings {
  count = 0;
  readonly examples: string[] = [];

  note(example: string): void {
    this.count++;
    if (this.examples.length < EXAMPLES) this.examples.push(example);
  }

  /** `a; b; c; 4 more` */
  list(): string {
    const more = this.count - this.examples.length;
    return `${this.examples.join('; ')}${more > 0 ? `; ${more} more` : ''}`;
  }
}

/** A `change.actions` array for a warning, cut short. */
export function actionsText(actions: readonly string[]): string {
  return JSON.stringify(actions).slice(0, 80);
}
