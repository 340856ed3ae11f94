/**
 * The --show-values canaries (issue 24): values in the real Terraform 1.11 plans of
 * test/fixtures/terraform/attribute-roles, outputs-only, values-traps, values-secret-shapes,
 * values-secret-addresses and sensitive-map-key that no output may ever hold, with values shown.
 * The in-process test (test/reporter/what-changes.test.ts) and the bundle test
 * (test/trust/show-values-bundles.test.ts) use the same list and the same settings.
 */

/**
 * values-secret-shapes: tokens, keys and webhook URLs a service issues, under plain names
 * (attributes and outputs); parts of each, before (1) and after (2).
 */
export const SHAPE_CANARIES = [
  'canaryGitlab',
  'CANARY1',
  'CANARY2',
  'Y2FuYXJ5QXp1cmU',
  'canarySas',
  'canarySlack',
  'canaryDiscord',
  'CanaryGoogle',
  'canaryBearer',
  'canaryStripe',
  'canaryHcp',
  'canaryVault',
  'canaryOutSlack',
  'canaryOutGitlab',
] as const;

/** values-secret-addresses: a plain `input` of a resource whose address is named like a secret. */
export const ADDRESS_CANARIES = [
  'canary-resource-name-before-2b7d',
  'canary-resource-name-after-2b7d',
  'canary-key-admin_password-before-3c8e',
  'canary-key-admin_password-after-3c8e',
  'canary-counted-before-4d9f',
  'canary-counted-after-4d9f',
] as const;

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
  // values-traps: a sensitive value nested in a map and in a list
  'canary-nested-sensitive-before-b1e0',
  'canary-nested-sensitive-after-b1e0',
  // values-traps: a secret-like name nested (config.db_password)
  'canary-nested-password-before-c2f1',
  'canary-nested-password-after-c2f1',
  // values-traps: secret-like names inside a value compared whole (past the path depth)
  'canary-deep-password-before-d3a2',
  'canary-deep-password-after-d3a2',
  'canary-deep-token-before-e4b3',
  'canary-deep-token-after-e4b3',
  // values-traps: an output named like a secret, and a secret-like key inside an output
  'canary-output-password-before-f5c4',
  'canary-output-password-after-f5c4',
  'canary-output-nested-before-a6d5',
  'canary-output-nested-after-a6d5',
  // values-traps: an import id holding a credential (a database URL with a password)
  'canary-import-password-e7f8',
  // values-traps: values shaped like an AWS access key under a plain name
  'AKIAABCDEFGHIJKLMNOP',
  'AKIAQRSTUVWXYZ234567',
  ...SHAPE_CANARIES,
  ...ADDRESS_CANARIES,
  // sensitive-map-key: a sensitive value used as a map key (never a role name, values on or off)
  'canary-map-key-before-0d5f',
  'canary-map-key-after-0d5f',
] as const;

/** The deny list the canaries above assume. */
export const HIDE_VALUES_OF = 'input.internal_*';

/** A plan case's file, relative to the repository root. */
export const casePlan = (
  name:
    | 'attribute-roles'
    | 'outputs-only'
    | 'values-traps'
    | 'values-secret-shapes'
    | 'values-secret-addresses'
    | 'sensitive-map-key',
): string => `test/fixtures/terraform/${name}/plan.json`;

/** Values shown with --show-values on the same plans: proof the values were on. */
export const SHOWN = ['web-new', 'https://new.example.test', 'public-after', 'renamed-after'] as const;

/**
 * Why a value is not shown, said where it would be (values-traps, with --show-values): the import
 * id holding a credential and the secret-like outputs. Written without `_` (Markdown escapes it).
 */
export const REASONS = [
  '(id hidden: looks like a secret)',
  '(value hidden: secret-like name)',
  '(value hidden: looks like a secret)',
] as const;
