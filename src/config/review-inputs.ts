/**
 * The review settings alone, for a run whose configuration as a whole is bad: the failure comment
 * still needs to know whether commenting is on, and where. Reads only the `review` rows of the
 * given world's raw values; undefined when even those are bad.
 */
import { reviewSchema, type ReviewConfig } from './review-settings.js';
import { parseBooleanText, setPath, settingsOf, type World } from './settings.js';

/** `value(name)`: the raw text a world holds for a setting (an input, a PLUGIN_ variable). */
export function reviewSettingsFrom(
  world: World,
  value: (name: string) => string | undefined,
): ReviewConfig | undefined {
  const input: Record<string, unknown> = {};
  for (const row of settingsOf(world).filter((r) => r.section === 'review')) {
    const raw = value(row.name)?.trim();
    if (raw === undefined || raw === '') continue;
    setPath(input, row.path, row.kind === 'boolean' ? parseBooleanText(raw) : raw);
  }
  const parsed = reviewSchema.safeParse(input['review'] ?? {});
  return parsed.success ? parsed.data : undefined;
}
