/**
 * Why a value is not shown, in the words every output uses (issue 24: a reviewer sees why, never
 * the value): an import's id, `terraform_data.a (id hidden: secret-like name)`, and an output's
 * value with --show-values, `db_password (value hidden: secret-like name)`. A sensitive output
 * keeps Terraform's own word, `token (sensitive)` (output-names.ts).
 */
export type HiddenReason =
  | 'values off'
  | 'secret-like name'
  | 'deny-listed'
  | 'looks like a secret'
  | 'too large'
  /** An import id holding a sensitive root variable's value (sensitive-variables.ts). */
  | 'sensitive variable';

/** `terraform_data.a (id hidden: values off)`. */
export function idHidden(address: string, reason: HiddenReason): string {
  return `${address} (id hidden: ${reason})`;
}

/** `db_password (value hidden: secret-like name)`. */
export function valueHidden(name: string, reason: HiddenReason): string {
  return `${name} (value hidden: ${reason})`;
}
