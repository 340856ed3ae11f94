/**
 * Terraform before 0.14 did not record output changes in its plans: `output_changes` marks every
 * root output "create" with `before: null`, whether it changes or not, and `terraform plan` itself
 * showed no output changes (0.14 began recording them: hashicorp/terraform#26551). Nor can
 * `prior_state` tell: its outputs are the ones the refresh evaluated against the new
 * configuration, not the values of the last apply (a first plan's prior state already holds them).
 *
 * So for such a plan the "create"s of outputs are not counted as outputs added: what the plan
 * cannot say is left uncounted, with a warning, rather than reported as 8 outputs that change.
 */

/** The plan's Terraform records its output changes (0.14 and later, OpenTofu, or not said). */
export function recordsOutputChanges(terraformVersion: string | undefined): boolean {
  const match = /^0\.(\d+)\./.exec(terraformVersion ?? '');
  return match === null || Number(match[1]) >= 14;
}

/** The warning for `added` outputs left uncounted. */
export function untrackedOutputsWarning(file: string, terraformVersion: string, added: number): string {
  const outputs = added === 1 ? '1 output it marks' : `${added} outputs it marks`;
  return (
    `${file}: Terraform ${terraformVersion} does not record output changes in its plans (0.14 and later do); ` +
    `${outputs} "create" ${added === 1 ? 'is' : 'are'} not counted as added: whether ${added === 1 ? 'it changes' : 'they change'} is not known`
  );
}
