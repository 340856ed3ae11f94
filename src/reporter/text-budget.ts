/**
 * Size limits, one per output a summary goes to:
 * - GitHub job summary (`$GITHUB_STEP_SUMMARY`): 1 MiB (bytes) per step;
 * - GitHub PR comment: 65,536 characters, and the API also refuses large bodies by bytes, so a
 *   comment must fit both;
 * - Harness output variable (the plugin's SUMMARY): one line of at most 64 KiB in the output file,
 *   base64-encoded (SUMMARY_MAX_BYTES in src/plugin/output-file.ts).
 * Every summary spends its budget in the same order: verdict, needs-eyes lists, units, the rest,
 * the files read last. A TextMeter turns "fits both" into one additive integer cost, so a renderer can
 * add up pieces and compare with one number.
 */

export interface TextBudget {
  /** Characters, counted as UTF-16 code units (what GitHub counts, and never fewer than code points). */
  readonly maxChars?: number | undefined;
  /** UTF-8 bytes. */
  readonly maxBytes?: number | undefined;
}

/** `$GITHUB_STEP_SUMMARY` is refused over 1 MiB. */
export const JOB_SUMMARY_BUDGET: TextBudget = { maxBytes: 1024 * 1024 };

/** An issue or PR comment body: 65,536 characters, and at most 262,144 UTF-8 bytes. */
export const COMMENT_BUDGET: TextBudget = { maxChars: 65_536, maxBytes: 262_144 };

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * cost(text) = max(chars * maxBytes, bytes * maxChars) against capacity maxChars * maxBytes.
 * Scaling each limit by the other keeps integers exact, and since the max of a sum is at most the
 * sum of the maxes, pieces whose costs add up to the capacity fit both limits together.
 */
export class TextMeter {
  readonly capacity: number;

  constructor(private readonly budget: TextBudget) {
    const { maxChars, maxBytes } = budget;
    if (maxChars === undefined && maxBytes === undefined) {
      throw new RangeError('a text budget needs maxChars or maxBytes');
    }
    this.capacity = (maxChars ?? 1) * (maxBytes ?? 1);
  }

  cost(text: string): number {
    const { maxChars, maxBytes } = this.budget;
    const byChars = maxChars === undefined ? 0 : text.length * (maxBytes ?? 1);
    const byBytes = maxBytes === undefined ? 0 : utf8Length(text) * (maxChars ?? 1);
    return Math.max(byChars, byBytes);
  }

  fits(text: string): boolean {
    const { maxChars, maxBytes } = this.budget;
    return (
      (maxChars === undefined || text.length <= maxChars) &&
      (maxBytes === undefined || utf8Length(text) <= maxBytes)
    );
  }
}

/** The budget left once `text` (a marker, a heading) has been spent from it. */
export function shrinkBudget(budget: TextBudget, text: string): TextBudget {
  return {
    maxChars: budget.maxChars === undefined ? undefined : Math.max(0, budget.maxChars - text.length),
    maxBytes: budget.maxBytes === undefined ? undefined : Math.max(0, budget.maxBytes - utf8Length(text)),
  };
}

/**
 * The longest prefix of `text` that, followed by `note`, fits the budget: the last resort when
 * even the parts a summary must have do not fit. Cuts at a line end where it can.
 */
export function truncateToBudget(text: string, budget: TextBudget, note: string): string {
  const meter = new TextMeter(budget);
  if (meter.fits(text)) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (meter.fits(text.slice(0, mid) + note)) low = mid;
    else high = mid - 1;
  }
  let cut = text.slice(0, low);
  const lineEnd = cut.lastIndexOf('\n');
  if (lineEnd > 0) cut = cut.slice(0, lineEnd + 1);
  // Never end on half a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return meter.fits(cut + note) ? cut + note : '';
}
