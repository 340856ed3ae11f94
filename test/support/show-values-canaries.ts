/**
 * The --show-values canaries (issue 24): values in the real Terraform 1.11 plans of
 * test/fixtures/terraform/attribute-roles and outputs-only that no output may ever hold, with
 * values shown. The in-process test (test/reporter/what-changes.test.ts) and the bundle test
 * (test/trust/show-values-bundles.test.ts) use the same list and the same settings.
 */

/** Values that never appear anywhere, with --show-values on. */
export const CANARIES = [
  // sensitive() values (a sensitive variable), before and after
  'canary-sensitive-before-7f3a',
  'canary-sensitive-after-7f3a',
  // under a secret-like name (db_password), not marked sensitive
  'canary-password-before-91c2',
  'canary-password-after-91c2',
  // deny-listed with --hide-values-of input.internal_*
  'canary-denied-before-4d8e',
  'canary-denied-after-4d8e',
  // a sensitive output
  'canary-sensitive-output-before-55aa',
  'canary-sensitive-output-after-55aa',
] as const;

/** The deny list the canaries above assume. */
export const HIDE_VALUES_OF = 'input.internal_*';

/** A plan case's file, relative to the repository root. */
export const casePlan = (name: 'attribute-roles' | 'outputs-only'): string =>
  `test/fixtures/terraform/${name}/plan.json`;

/** Values shown with --show-values on the same plans: proof the values were on. */
export const SHOWN = ['web-new', 'https://new.example.test'] as const;
