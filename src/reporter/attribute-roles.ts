/**
 * What an update or replacement changes, in words, for the plain-text and the Markdown summaries
 * alike: the changed paths (those forcing the replacement marked as Terraform marks them), the
 * paths known only after apply listed apart, and with --show-values the `before -> after` lines
 * (the values passed value-policy.ts when the plan was read; here they are only dressed).
 */
import type { AttributeValue, ChangedAttributes } from '../model/plan-summary.js';
import { andMore } from './vocabulary.js';

/** Paths shown per role and address (the model keeps up to MAX_ATTRIBUTE_NAMES). */
export const SHOWN_ATTRIBUTES = 8;
/** Paths known after apply named before "and N more": they matter less than the changed ones. */
const SHOWN_UNKNOWN = 3;

export const FORCES_REPLACEMENT = 'forces replacement';

/** ` — a, b (forces replacement); known after apply: id, output`; each name dressed by `name`. */
export function rolesSuffix(changed: ChangedAttributes | undefined, name: (path: string) => string): string {
  if (changed === undefined) return '';
  const replacing = new Set(changed.replacing ?? []);
  const parts: string[] = [];
  if (changed.names.length > 0) {
    const shown = changed.names
      .slice(0, SHOWN_ATTRIBUTES)
      .map((p) => (replacing.has(p) ? `${name(p)} (${FORCES_REPLACEMENT})` : name(p)));
    const more = changed.total - Math.min(changed.names.length, SHOWN_ATTRIBUTES);
    parts.push(`${shown.join(', ')}${more > 0 ? ` ${andMore(more)}` : ''}`);
  }
  const unknown = changed.unknown ?? [];
  if (unknown.length > 0) {
    const shown = unknown.slice(0, SHOWN_UNKNOWN).map(name);
    const more = (changed.unknownTotal ?? unknown.length) - shown.length;
    parts.push(`known after apply: ${shown.join(', ')}${more > 0 ? ` ${andMore(more)}` : ''}`);
  }
  return parts.length === 0 ? '' : ` — ${parts.join('; ')}`;
}

/** `path: "one" -> "two"` lines for the text summary. */
export function valueLines(values: readonly AttributeValue[] | undefined): string[] {
  return (values ?? []).map((v) =>
    v.note !== undefined
      ? `${v.path}: ${v.note}`
      : `${v.path}: ${v.before ?? '(absent)'} -> ${v.after ?? '(absent)'}`,
  );
}

/** A collapsed ```diff block of the values, indented under a list item by `indent`. */
export function valuesBlock(values: readonly AttributeValue[] | undefined, indent: string): string {
  if (values === undefined || values.length === 0) return '';
  const lines: string[] = [];
  for (const v of values) {
    if (v.note !== undefined) lines.push(`! ${v.path}: ${v.note}`);
    else {
      if (v.before !== undefined) lines.push(`- ${v.path} = ${v.before}`);
      if (v.after !== undefined) lines.push(`+ ${v.path} = ${v.after}`);
    }
  }
  // A fence longer than any run of backticks in the values, so none can close it.
  const longest = Math.max(
    0,
    ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))),
  );
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = [`${fence}diff`, ...lines, fence].map((l) => `${indent}${l}`).join('\n');
  return `\n${indent}<details><summary>values</summary>\n\n${body}\n\n${indent}</details>\n\n`;
}
