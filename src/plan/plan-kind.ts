/**
 * What a JSON document read as a plan turned out to be: a plan this tool can read (which tool
 * wrote it, where that is certain), or an InputError naming what it most likely is instead.
 */
import { InputError } from '../errors.js';

/** Keys only a plan has: at least one must be present for a document to be read as a plan. */
const PLAN_KEYS = [
  'planned_values',
  'resource_changes',
  'resource_drift',
  'output_changes',
  'prior_state',
  'configuration',
] as const;

/** Top-level keys the classification looks at; others are only counted for the error message. */
export const KEYS_OF_INTEREST = new Set<string>([
  ...PLAN_KEYS,
  'format_version',
  'terraform_version',
  'plan_format_version',
  'applyable',
  'complete',
  'values',
  'version',
  'serial',
  'lineage',
  'projects',
  'currency',
  'totalMonthlyCost',
  'provider_schemas',
  'function_signatures',
  '@level',
  '@message',
]);

/** Major versions of the JSON format this tool knows. */
const KNOWN_MAJOR_VERSIONS = new Set([0, 1]);

/** What the reader saw of the top level. */
export interface TopLevelFacts {
  /** The file as the user named it. */
  readonly file: string;
  /** The KEYS_OF_INTEREST present. */
  readonly keys: ReadonlySet<string>;
  /** Distinct top-level keys (for the message). */
  readonly keyCount: number;
  /** The first few distinct keys, in order (for the message). */
  readonly firstKeys: readonly string[];
  readonly formatVersion: string | undefined;
}

/** Throws an InputError when the document is no plan this tool can read. */
export function checkPlanKind(facts: TopLevelFacts): void {
  if (!PLAN_KEYS.some((key) => facts.keys.has(key))) throw wrongKind(facts);
  const version = facts.formatVersion;
  if (version === undefined) return; // HCP redacted plans and some hand-trimmed plans have none.
  const match = /^(\d+)\.\d+/.exec(version);
  if (!match) {
    throw new InputError(
      'INPUT_INVALID',
      facts.file,
      `format_version "${version}" is not a version number such as 1.2: regenerate the file with \`terraform show -json\``,
    );
  }
  if (!KNOWN_MAJOR_VERSIONS.has(Number(match[1]))) {
    throw new InputError(
      'INPUT_VERSION',
      facts.file,
      `format_version ${version} is newer than this tool knows (0.x, 1.x): upgrade iacm-reporter`,
    );
  }
}

/** The error for a valid JSON object that is not a plan, naming what it most likely is. */
function wrongKind(facts: TopLevelFacts): InputError {
  const has = (key: string): boolean => facts.keys.has(key);
  const convert =
    'save the plan with `terraform plan -out=tfplan` and give `terraform show -json tfplan > plan.json`';
  const forDrift = 'for drift, plan with `terraform plan -refresh-only -out=tfplan`';
  let detail: string;
  if (has('version') && has('serial') && has('lineage')) {
    detail = `this is a state file (.tfstate), not a plan: ${convert} (${forDrift})`;
  } else if (has('values') || (has('format_version') && onlyVersionKeys(facts))) {
    detail = `this is a state (\`show -json\` without a plan file), not a plan: ${convert} (${forDrift})`;
  } else if (has('projects') && (has('currency') || has('totalMonthlyCost'))) {
    detail =
      'this is an Infracost JSON file, not a plan: give it as the Infracost input (infracost), and the plan JSON as the plan';
  } else if (has('provider_schemas')) {
    detail = `this is a providers schema (\`providers schema -json\`), not a plan: ${convert}`;
  } else if (has('function_signatures')) {
    detail = `this is functions metadata (\`metadata functions -json\`), not a plan: ${convert}`;
  } else if (has('@level') || has('@message')) {
    detail = `this is a line of machine-readable UI output (\`plan -json\`), not a plan: ${convert}`;
  } else {
    const found =
      facts.keyCount === 0
        ? 'the object is empty'
        : `found ${facts.firstKeys.join(', ')}${facts.keyCount > facts.firstKeys.length ? ', ...' : ''}`;
    detail = `none of the keys of a plan (${PLAN_KEYS.join(', ')}) are here (${found}): ${convert}`;
  }
  return new InputError('INPUT_WRONG_KIND', facts.file, detail);
}

/** `{"format_version": ...}` alone (maybe with terraform_version) is `show -json` of an empty state. */
function onlyVersionKeys(facts: TopLevelFacts): boolean {
  const versionKeys =
    (facts.keys.has('format_version') ? 1 : 0) + (facts.keys.has('terraform_version') ? 1 : 0);
  return facts.keyCount === versionKeys;
}

/** Shape signals of which tool wrote a plan. */
export interface ProvisionerSignals {
  /** A `["forget","create"]` action (Terraform writes `create` first). */
  readonly forgetThenCreate: boolean;
  /** A resource change with `mode: "ephemeral"`. */
  readonly ephemeral: boolean;
  readonly keys: ReadonlySet<string>;
  readonly terraformVersion: string | undefined;
}

/**
 * Which tool wrote the plan, only where the document's shape makes it certain:
 * - OpenTofu: a `["forget","create"]` action (Terraform writes `create` first) or a resource
 *   change with `mode: "ephemeral"` (Terraform keeps ephemeral resources out of the plan).
 * - Terraform: a top-level `applyable` or `complete` (Terraform 1.8+ writes them; OpenTofu,
 *   up to the version its docs in the fixtures describe, never has).
 * - Terraform: a `terraform_version` below 1.6, since OpenTofu's first release was 1.6.0.
 * Anything else, and contradicting signals, is undefined: from 1.6 on `terraform_version` is
 * written by both (OpenTofu keeps the key name) and the version ranges overlap; `timestamp`,
 * `errored`, `checks` and HCP's `plan_format_version` are not specific to either.
 */
export function provisionerOf(signals: ProvisionerSignals): 'terraform' | 'opentofu' | undefined {
  const opentofu = signals.forgetThenCreate || signals.ephemeral;
  const terraform =
    signals.keys.has('applyable') ||
    signals.keys.has('complete') ||
    predatesOpenTofu(signals.terraformVersion);
  if (opentofu === terraform) return undefined;
  return opentofu ? 'opentofu' : 'terraform';
}

/** `0.x` and `1.0` to `1.5` (pre-releases included) were only ever Terraform. */
function predatesOpenTofu(version: string | undefined): boolean {
  const match = /^v?(\d+)\.(\d+)/.exec(version ?? '');
  if (!match) return false;
  const major = Number(match[1]);
  return major === 0 || (major === 1 && Number(match[2]) < 6);
}
