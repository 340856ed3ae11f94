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

/** `indexJsonOf` of small counts, built once: most indexes are `0`, `1`, `2`. */
const SMALL_INDEXES = Array.from({ length: 256 }, (_, n) => String(n));

/**
 * A numeric `index` from its JSON bytes, when it is a plain count (digits only, at most 15, so
 * exact in a double): its JSON text is then its bytes (JSON has no leading zeros). Undefined for
 * any other number (sign, fraction, exponent), which goes the general way.
 */
export function indexJsonOfDigits(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0 || bytes.length > 15) return undefined;
  let n = 0;
  for (let k = 0; k < bytes.length; k++) {
    const digit = bytes[k]! - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    n = n * 10 + digit;
  }
  return n < SMALL_INDEXES.length ? SMALL_INDEXES[n] : String(n);
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

/** An instance address split the way Harness's resources name it: module path, type, name. */
export interface SplitAddress {
  /** `module.a["k"].module.b`, or '' for the root module. */
  readonly module: string;
  readonly type: string;
  /** The resource name with its instance key as the address writes it (`web`, `web[0]`, `b["eu"]`). */
  readonly name: string;
}

/**
 * `module.net["eu"].data.aws_ami.ubuntu[0]` -> module `module.net["eu"]`, type `aws_ami`, name
 * `ubuntu[0]`; undefined for text that is no resource address (an entry named by its place).
 * Dots inside an instance key (`["a.b"]`) are not separators.
 */
export function splitAddress(address: string): SplitAddress | undefined {
  const steps: string[] = [];
  let start = 0;
  let inKey = false;
  for (let i = 0; i < address.length; i++) {
    const c = address[i];
    if (inKey) {
      if (c === '\\') i++;
      else if (c === '"') inKey = false;
    } else if (c === '"') inKey = true;
    else if (c === '.') {
      steps.push(address.slice(start, i));
      start = i + 1;
    }
  }
  steps.push(address.slice(start));
  const modules: string[] = [];
  let k = 0;
  while (steps[k] === 'module' && k + 2 < steps.length) {
    modules.push(`module.${steps[k + 1]}`);
    k += 2;
  }
  if (steps[k] === 'data' && steps.length - k === 3) k++;
  const [type, name] = [steps[k], steps[k + 1]];
  if (steps.length - k !== 2 || !type || !name || type === 'module' || !/^[A-Za-z_][\w-]*$/.test(type))
    return undefined;
  return { module: modules.join('.'), type, name };
}
