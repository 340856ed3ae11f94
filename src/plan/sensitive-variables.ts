/**
 * Import ids taken from a sensitive variable (issue 24: values shown never leak a secret).
 * Terraform marks neither `change.importing.id` sensitive nor the id it takes from a sensitive
 * root variable: `import { id = var.secret }` writes the secret in clear in the plan JSON, as
 * Terraform's own plan output shows it. Import blocks live in the root module, so the values such
 * an id can hold are the root variables' (`variables.<name>.value`), and the declarations
 * (`configuration.root_module.variables.<name>.sensitive`) say which are sensitive.
 *
 * Read only with --show-values (the only time an id may be shown), from the two top-level values'
 * texts (the reader hands at most 1 MiB of each). Any doubt hides: declarations unreadable or too
 * large, every variable counts as sensitive; variable values too large to read, every import id
 * is hidden.
 */

/** A sensitive value shorter than this hides an id only when equal to it ("1" is in every id). */
const MIN_CONTAINED = 4;

export class SensitiveVariables {
  /** `variables`' text: absent (no key), null (too large to read) or the text. */
  private values: string | null | undefined;
  /** `configuration`'s text, as `values`. */
  private declarations: string | null | undefined;

  /** A top-level value the reader handed (`variables` or `configuration`); others are ignored. */
  topLevel(key: string, text: string | undefined): void {
    if (key === 'variables') this.values = text ?? null;
    else if (key === 'configuration') this.declarations = text ?? null;
  }

  /** Whether a shown import id could hold a sensitive variable's value (then it is hidden). */
  hider(): ((id: string) => boolean) | undefined {
    if (this.values === undefined) return undefined;
    const values = parseObject(this.values);
    if (values === undefined) return () => true;
    const sensitive = declaredSensitive(this.declarations);
    const whole = new Set<string>();
    const parts: string[] = [];
    for (const [name, variable] of Object.entries(values)) {
      if (sensitive !== undefined && !sensitive.has(name)) continue;
      const value =
        typeof variable === 'object' && variable !== null
          ? (variable as { value?: unknown }).value
          : undefined;
      for (const leaf of leaves(value)) {
        whole.add(leaf);
        if (leaf.length >= MIN_CONTAINED) parts.push(leaf);
      }
    }
    if (whole.size === 0) return undefined;
    return (id) => whole.has(id) || parts.some((part) => id.includes(part));
  }
}

function parseObject(text: string | null | undefined): Record<string, unknown> | undefined {
  if (text === undefined || text === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Names of the root variables declared sensitive; undefined when the declarations cannot be read. */
function declaredSensitive(text: string | null | undefined): Set<string> | undefined {
  const root = parseObject(text)?.['root_module'];
  if (typeof root !== 'object' || root === null) return undefined;
  const variables = (root as { variables?: unknown }).variables;
  const names = new Set<string>();
  if (variables === undefined) return names;
  if (typeof variables !== 'object' || variables === null) return undefined;
  for (const [name, declared] of Object.entries(variables)) {
    if (
      typeof declared === 'object' &&
      declared !== null &&
      (declared as { sensitive?: unknown }).sensitive === true
    )
      names.add(name);
  }
  return names;
}

/** Every scalar inside a value, as the text an id would hold it in. */
function leaves(value: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v !== '') out.push(v);
    } else if (typeof v === 'number' || typeof v === 'boolean') out.push(String(v));
    else if (typeof v === 'object' && v !== null) for (const inner of Object.values(v)) stack.push(inner);
  }
  return out;
}
