/**
 * Real plans with every value that must never leave the machine replaced by a recognisable canary:
 * variable values, attribute values (before, after, planned and prior values), sensitive output
 * values, configuration constants. What a report may carry is left alone (addresses, modes,
 * actions, versions), and the values of outputs that are not sensitive become `PUBLIC-...`
 * markers, which the event must carry.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './entries.js';

/** Every canary starts with this; none of the real fixture files contains it. */
export const CANARY_PREFIX = 'SWEEPCANARY';
export const CANARY_API_KEY = 'pat.SWEEP.CANARYKEY0123456789';
export const CANARY_GITHUB_TOKEN = 'ghs_SWEEPCANARYGITHUBTOKEN0123456789';
/** Numbers from here up replace numeric values: nine digits, never a count or a port. */
const CANARY_NUMBER_BASE = 913_700_000;

/** Real plans with sensitive outputs, sensitive attributes and variables (Terraform and OpenTofu). */
export const SENSITIVE_PLANS = [
  'test/fixtures/plans/opentofu/internal/command/testdata/show-json-sensitive/output.json',
  'test/fixtures/plans/terraform-json/testdata/110_sensitive_values/plan.json',
  'test/fixtures/plans/opentofu/internal/command/testdata/show-json/sensitive-values/output.json',
] as const;

/** Fields a report is meant to carry, kept as they are. */
const KEEP = new Set([
  'address',
  'module_address',
  'previous_address',
  'mode',
  'actions',
  'format_version',
  'terraform_version',
  'plan_format_version',
]);

export interface CanaryPlan {
  /** The plan as JSON text, canaries in place. */
  readonly text: string;
  /** Every canary written (strings, and numbers as their decimal text). */
  readonly canaries: string[];
  /** The markers put into non-sensitive output values: the event must carry each of them. */
  readonly publicValues: string[];
  /** Output names whose value is sensitive: reported as `(sensitive)`. */
  readonly sensitiveOutputs: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function containsTrue(value: Json | undefined): boolean {
  if (value === true) return true;
  if (Array.isArray(value)) return value.some(containsTrue);
  return isObject(value) && Object.values(value).some(containsTrue);
}

/** Output names the plan marks sensitive anywhere (as the reporter must also find them). */
function sensitiveOutputNames(doc: { [key: string]: Json }): Set<string> {
  const names = new Set<string>();
  const planned = doc['planned_values'];
  const plannedOutputs = isObject(planned) ? planned['outputs'] : undefined;
  if (isObject(plannedOutputs)) {
    for (const [name, output] of Object.entries(plannedOutputs)) {
      if (isObject(output) && output['sensitive'] === true) names.add(name);
    }
  }
  const changes = doc['output_changes'];
  if (isObject(changes)) {
    for (const [name, change] of Object.entries(changes)) {
      if (isObject(change) && containsTrue(change['after_sensitive'])) names.add(name);
    }
  }
  return names;
}

export async function canaryPlan(relative: string, tag: string): Promise<CanaryPlan> {
  const doc = JSON.parse(await readFile(join(ROOT, relative), 'utf8')) as { [key: string]: Json };
  const sensitive = sensitiveOutputNames(doc);
  const canaries: string[] = [];
  const publicValues: string[] = [];
  let n = 0;

  const secret = (value: Json): Json => {
    if (typeof value === 'string') {
      const canary = `${CANARY_PREFIX}-${tag}-${String(n++).padStart(4, '0')}-`;
      canaries.push(canary);
      return canary;
    }
    if (typeof value === 'number') {
      const canary = CANARY_NUMBER_BASE + n++;
      canaries.push(String(canary));
      return canary;
    }
    return value;
  };
  const publicValue =
    (name: string) =>
    (value: Json): Json => {
      if (typeof value !== 'string') return value;
      const marker = `PUBLIC-${tag}-${name}-${n++}`;
      publicValues.push(marker);
      return marker;
    };

  /** Replaces the leaves of `value` with `leaf`, leaving keys (attribute and variable names) alone. */
  const rewrite = (value: Json, leaf: (v: Json) => Json, key?: string): Json => {
    if (key !== undefined && KEEP.has(key)) return value;
    if (Array.isArray(value)) return value.map((item) => rewrite(item, leaf));
    if (isObject(value)) {
      const out: { [k: string]: Json } = {};
      for (const [k, v] of Object.entries(value)) out[k] = rewrite(v, leaf, k);
      return out;
    }
    return leaf(value);
  };

  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'output_changes' && isObject(value)) {
      const changes: { [name: string]: Json } = {};
      for (const [name, change] of Object.entries(value)) {
        if (!isObject(change)) continue;
        const after = change['after'] ?? null;
        changes[name] = {
          ...change,
          before: rewrite(change['before'] ?? null, secret),
          after: rewrite(after, sensitive.has(name) ? secret : publicValue(name)),
        };
      }
      out[key] = changes;
    } else {
      out[key] = rewrite(value, secret, key);
    }
  }
  return { text: JSON.stringify(out), canaries, publicValues, sensitiveOutputs: [...sensitive] };
}
