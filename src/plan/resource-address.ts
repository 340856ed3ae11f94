/**
 * A resource's address, for display, from whatever labels its plan entry carries.
 *
 * The address is only a label: counts come from `mode` and `change.actions`. Some releases left
 * labels out (Terraform 0.15.4 to 1.0.0 wrote `resource_drift` entries without `address`; older
 * or trimmed plans may lack `module_address` or `index`), so a missing label never refuses a
 * plan: the address is rebuilt from the parts that are there, the way Terraform writes it
 * (`module.net.data.aws_ami.ubuntu["eu"]`), and where even the type or the name is missing the
 * entry is named by its place in the document (`resource_drift[3]`).
 */

/** The labels of one `resource_changes` / `resource_drift` entry or one state resource. */
export interface AddressParts {
  readonly address?: string | undefined;
  /** `module_address` of the entry, or the `address` of the state module holding the resource. */
  readonly moduleAddress?: string | undefined;
  readonly mode?: string | undefined;
  readonly type?: string | undefined;
  readonly name?: string | undefined;
  /** `index` as compact JSON text: `0`, `"eu-west-1"`. */
  readonly indexJson?: string | undefined;
}

/**
 * `parts.address` when present, else the address rebuilt from module, mode, type, name and index,
 * else `place` (the entry's path in the document).
 */
export function displayAddress(parts: AddressParts, place: string): string {
  if (parts.address !== undefined) return parts.address;
  if (parts.type === undefined || parts.name === undefined) return place;
  const module =
    parts.moduleAddress === undefined || parts.moduleAddress === '' ? '' : `${parts.moduleAddress}.`;
  const data = parts.mode === 'data' ? 'data.' : '';
  const index = parts.indexJson === undefined ? '' : `[${parts.indexJson}]`;
  return `${module}${data}${parts.type}.${parts.name}${index}`;
}

/** An `index` value as the address writes it, or undefined for one that is not a number or string. */
export function indexJsonOf(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'string') return JSON.stringify(value);
  return undefined;
}

/**
 * The entry names a whole resource rather than one instance: no `address` and no `index`, as
 * Terraform 1.0.0 wrote `resource_drift` (hashicorp/terraform#28975). Such an entry stands for
 * every instance of the resource (`x.y[0]`, `x.y[1]`).
 */
export function namesWholeResource(parts: AddressParts): boolean {
  return (
    parts.address === undefined &&
    parts.indexJson === undefined &&
    parts.type !== undefined &&
    parts.name !== undefined
  );
}
