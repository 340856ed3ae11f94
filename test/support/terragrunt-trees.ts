/**
 * Building Terragrunt `--json-out-dir` trees in temporary folders from the real plans in
 * test/fixtures/terragrunt (no such tree is published anywhere), and run reports checked against
 * Terragrunt's own published run-report schemas.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLANS } from '../../scripts/bench/terragrunt-fixtures.js';

export const TERRAGRUNT_FIXTURES = fileURLToPath(new URL('../fixtures/terragrunt/', import.meta.url));
export const INFRACOST_FIXTURES = fileURLToPath(new URL('../fixtures/infracost/', import.meta.url));

export type PlanFixture =
  | 'create-with-outputs'
  | 'drift-and-outputs'
  | 'errored'
  | 'import-update'
  | 'no-op'
  | 'refresh-only'
  | 'replace'
  | 'trailing-data'
  | 'update'
  /** A real destroy (OpenTofu's equivalence test `local_provider_delete`): no Terragrunt fixture has one. */
  | 'destroy';

/** The Terragrunt fixture plans that read cleanly, for trees of many units (the benches' list). */
export const READABLE_PLANS = PLANS as readonly PlanFixture[];

const ELSEWHERE: Partial<Record<PlanFixture, string>> = {
  destroy: '../plans/opentofu/testing/equivalence-tests/outputs/local_provider_delete/plan.json',
};

export function fixturePath(plan: PlanFixture): string {
  return join(TERRAGRUNT_FIXTURES, ELSEWHERE[plan] ?? `${plan}.json`);
}

export async function tempDir(prefix = 'tg-tree-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Copies a fixture plan to `<root>/<relative>`, optionally with a given modification time. */
export async function placePlan(
  root: string,
  relative: string,
  plan: PlanFixture,
  mtime?: Date,
): Promise<string> {
  const target = join(root, relative);
  await mkdir(dirname(target), { recursive: true });
  await copyFile(fixturePath(plan), target);
  if (mtime) await utimes(target, mtime, mtime);
  return target;
}

export async function writeJsonFile(file: string, value: unknown): Promise<string> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
  return file;
}

/** One run report entry as Terragrunt writes it (empty Reason / Cause left out, as in its JSON). */
export interface ReportRun {
  Name: string;
  Started: string;
  Ended: string;
  Result: 'succeeded' | 'failed' | 'early exit' | 'excluded';
  Reason?: string;
  Cause?: string;
  Ref?: string;
  Cmd?: string;
  Args?: string[];
}

export function run(name: string, result: ReportRun['Result'], extra: Partial<ReportRun> = {}): ReportRun {
  return {
    Name: name,
    Started: '2025-06-05T16:28:41-04:00',
    Ended: '2025-06-05T16:28:42-04:00',
    Result: result,
    ...extra,
  };
}

interface JsonSchema {
  type?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: string[];
  additionalProperties?: boolean;
}

/**
 * The errors of `value` against Terragrunt's run-report schema `v1`..`v4`: only the keywords those
 * schemas use (type, items, properties, required, enum, additionalProperties: false).
 */
export async function runReportSchemaErrors(version: 1 | 2 | 3 | 4, value: unknown): Promise<string[]> {
  const schema = JSON.parse(
    await readFile(join(TERRAGRUNT_FIXTURES, 'run-report-schema', `v${version}.json`), 'utf8'),
  ) as JsonSchema;
  const errors: string[] = [];
  check(schema, value, '$', errors);
  return errors;
}

function check(schema: JsonSchema, value: unknown, at: string, errors: string[]): void {
  if (schema.type === 'array') {
    if (!Array.isArray(value)) return void errors.push(`${at}: not an array`);
    value.forEach((item, i) => schema.items && check(schema.items, item, `${at}[${i}]`, errors));
  } else if (schema.type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return void errors.push(`${at}: not an object`);
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${at}: missing ${key}`);
    for (const [key, item] of Object.entries(record)) {
      const property = schema.properties?.[key];
      if (property) check(property, item, `${at}.${key}`, errors);
      else if (schema.additionalProperties === false) errors.push(`${at}: unexpected ${key}`);
    }
  } else if (schema.type === 'string') {
    if (typeof value !== 'string') return void errors.push(`${at}: not a string`);
    if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: ${value} not in enum`);
  }
}

/** An Infracost golden without its `\n\nErr:` trailer of captured stderr. */
export async function infracostText(name: string): Promise<string> {
  const text = await readFile(join(INFRACOST_FIXTURES, name), 'utf8');
  if (!name.endsWith('.golden')) return text;
  const at = text.lastIndexOf('\n\nErr:');
  return at === -1 ? text : text.slice(0, at);
}
