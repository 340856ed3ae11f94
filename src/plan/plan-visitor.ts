/**
 * The seam between reading a plan document and understanding it.
 *
 * A reader (the streaming byte reader in production; a JSON.parse walker in tests) walks one
 * `terraform show -json` / `tofu show -json` document and calls a PlanVisitor with only what the
 * report needs. Everything else (attribute values, variables, configuration) is skipped by the
 * reader and never reaches the visitor, so it can never leak into a report.
 */

import type { ChangedAttributes } from '../model/plan-summary.js';

/** One entry of `resource_changes` or `resource_drift`. */
export interface ChangeEntry {
  readonly address: string;
  /** `managed`, `data`, OpenTofu's `ephemeral`; undefined when the entry has no `mode`. */
  readonly mode: string | undefined;
  /** `change.actions` as written. */
  readonly actions: readonly string[];
  /** `change.importing` is present and not null. */
  readonly importing: boolean;
  /** `change.importing.id`, read only with --show-values (a value, shown only past value-policy.ts). */
  readonly importId?: string | undefined;
  readonly previousAddress: string | undefined;
  /**
   * The entry has neither `address` nor `index` (Terraform 1.0.0's `resource_drift`): its address
   * names the resource, and so every instance of it.
   */
  readonly wholeResource?: boolean | undefined;
  /**
   * For updates and replacements in `resource_changes` with `before`/`after`/`after_unknown`/
   * `replace_paths`: the names of the attributes that change (attribute-diff.ts). Names only.
   */
  readonly changedAttributes?: ChangedAttributes | undefined;
  /**
   * `provider_name` (`registry.terraform.io/hashicorp/aws`) of a `resource_drift` entry, read only
   * when drift resources are wanted (--send-drift-resources); their changed attribute names then
   * come in `changedAttributes` too.
   */
  readonly providerName?: string | undefined;
}

/** One entry of `output_changes` (the object under the output's name: `{actions, after, ...}`). */
export interface OutputChangeEntry {
  readonly name: string;
  readonly actions: readonly string[];
  /**
   * `after`, parsed. Readers may leave it undefined when it is larger than
   * MAX_OUTPUT_VALUE_BYTES (then `afterTooLarge` is true).
   */
  readonly after: unknown;
  /**
   * `after` as compact JSON text, for the report: numbers exactly as the plan wrote them (JSON.parse
   * turns `1e400` into Infinity and rounds a 300-digit integer), strings as JSON.stringify writes
   * them, keys in the order written. Undefined exactly when `after` is.
   */
  readonly afterJson: string | undefined;
  readonly afterTooLarge: boolean;
  /** `after_unknown` is true or holds a true anywhere inside. */
  readonly afterUnknown: boolean;
  /** `after_sensitive` is true or holds a true anywhere inside. */
  readonly afterSensitive: boolean;
}

/** Output values above this size (as JSON text) are not kept by readers. */
export const MAX_OUTPUT_VALUE_BYTES = 64 * 1024;

export interface PlanVisitor {
  /** Every key of the top-level object, in document order (before its value is read). */
  topLevelKey(key: string): void;
  /**
   * With --show-values only: the text of the top-level `variables` and `configuration` values
   * (undefined past the reader's 1 MiB), read to keep secrets out of import ids
   * (sensitive-variables.ts).
   */
  topLevelValue?(key: string, text: string | undefined): void;
  formatVersion(value: string): void;
  terraformVersion(value: string): void;
  errored(value: boolean): void;
  resourceChange(entry: ChangeEntry): void;
  resourceDrift(entry: ChangeEntry): void;
  outputChange(entry: OutputChangeEntry): void;
  /** An output declared sensitive in `planned_values.outputs` (older plans mark sensitivity only there). */
  plannedOutputSensitive(name: string): void;
  /**
   * A resource instance in `prior_state` (root module and every child module, recursively). The
   * calls are numbered from 0 at the start of the document (see priorStateRetract).
   */
  priorStateResource(address: string, mode: string | undefined): void;
  /**
   * The priorStateResource calls numbered `from` (inclusive) to `to` (exclusive) are taken back: a
   * key of the prior state written again replaced the container they were read from (JSON.parse
   * keeps the last of a repeated key; a reader that streams has already reported the first). A
   * reader of parsed JSON never calls it.
   */
  priorStateRetract(from: number, to: number): void;
  /**
   * A key written twice in an object the reader reads (`path` names the object and key, as in
   * errors). The value read last is the one that counts, as JSON.parse reads it; this only says
   * that the document was not as a tool writes it. Top-level keys are told by topLevelKey, output
   * names by outputChange. A reader of parsed JSON never calls it.
   */
  repeatedKey(path: string): void;
}
