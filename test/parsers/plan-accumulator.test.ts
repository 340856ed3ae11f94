/**
 * The counting rules, on real plans: a table of summaries written by reading the files, the same
 * rules checked as invariants on every plan fixture, the fixture inventory's action histograms,
 * rejections of real non-plan files, and the rules the fixtures do not reach (forget, ephemeral,
 * wrong types, newer versions) on real plans changed in one place.
 */
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { recordsOutputChanges } from '../../src/plan/untracked-outputs.js';
import { InputError } from '../../src/errors.js';
import { PlanAccumulator } from '../../src/plan/plan-accumulator.js';
import { zeroCounts } from '../../src/model/plan-summary.js';
import type { AddressLists, Counts, PlanSummary } from '../../src/model/plan-summary.js';
import { MAX_OUTPUT_VALUE_BYTES } from '../../src/plan/plan-visitor.js';
import { addressLists } from '../support/report-model-factory.js';
import { boundedList } from '../../src/model/bounded-list.js';
import type { ChangeEntry } from '../../src/plan/plan-visitor.js';
import { readPlanFile } from '../../src/plan/read-plan.js';
import { INDEX_ACTIONS } from '../support/plan-fixture-index.js';
import {
  listPlanFixtureDocuments,
  loadFixtureDocument,
  oracleSummary,
  planFixture,
  summarizeDocument,
} from '../support/plan-oracle.js';

type Json = Record<string, unknown>;

function c(partial: Partial<Counts> = {}): Counts {
  return { ...zeroCounts(), ...partial };
}

function noAddresses(partial: Partial<Record<keyof AddressLists, string[]>> = {}): AddressLists {
  return addressLists(partial);
}

/** A summary written by reading the file; fields left out are not checked. */
interface Expected {
  formatVersion: string;
  terraformVersion?: string | undefined;
  errored?: boolean;
  provisioner?: 'terraform' | 'opentofu' | undefined;
  isDriftCheck: boolean;
  resourceCounts: Counts;
  plannedChangesCount: number;
  driftCounts: Counts;
  driftedCount: number;
  outputCounts?: Counts;
  outputs?: Record<string, string>;
  addresses?: AddressLists;
}

const TF_JSON_OUTPUTS_UNKNOWN = {
  interpolated: '(known after apply)',
  interpolated_deep: '(known after apply)',
  referenced: '(known after apply)',
  referenced_deep: '(known after apply)',
};

/** Read off the files by hand (see the comment on each). */
const EXPECTED: Record<string, Expected> = {
  // Terraform 0.12: 7 creates and a data read; `foo` is sensitive only in planned_values.
  'terraform-json/testdata/basic/plan.json': {
    formatVersion: '0.1',
    terraformVersion: '0.12.11',
    errored: false,
    provisioner: 'terraform',
    isDriftCheck: false,
    resourceCounts: c({ added: 7 }),
    plannedChangesCount: 7,
    driftCounts: c(),
    driftedCount: 0,
    // Terraform 0.12 records no output changes: its eight "create"s are not counted.
    outputCounts: c(),
    outputs: {
      foo: '(sensitive)',
      ...TF_JSON_OUTPUTS_UNKNOWN,
      list: '["foo","bar"]',
      map: '{"foo":"bar","number":42}',
      string: 'foo',
    },
    addresses: noAddresses({
      created: [
        'module.foo.null_resource.aliased',
        'module.foo.null_resource.foo',
        'null_resource.bar',
        'null_resource.baz[0]',
        'null_resource.baz[1]',
        'null_resource.baz[2]',
        'null_resource.foo',
      ],
      // Terraform 0.12: no output is listed as added (see outputCounts).
    }),
  },
  // A delete-then-create replacement and a no-op; both in prior_state.
  'terraform-json/testdata/config_resource_depends_on/plan.json': {
    formatVersion: '0.1',
    terraformVersion: '0.12.11',
    isDriftCheck: false,
    resourceCounts: c({ added: 1, deleted: 1, unchanged: 1 }),
    plannedChangesCount: 1,
    driftCounts: c({ unchanged: 2 }),
    driftedCount: 0,
    addresses: noAddresses({ replaced: ['null_resource.bar'] }),
  },
  // An import by identity that also updates: counted in both.
  'terraform-json/testdata/identity/plan.json': {
    formatVersion: '1.2',
    terraformVersion: '1.13.0-dev',
    provisioner: undefined,
    isDriftCheck: false,
    resourceCounts: c({ changed: 1, imported: 1 }),
    plannedChangesCount: 1,
    driftCounts: c({ unchanged: 1 }),
    driftedCount: 0,
    addresses: noAddresses({
      updated: ['corner_user_identity.user'],
      imported: ['corner_user_identity.user (id hidden: values off)'],
    }),
  },
  // A moved-only no-op (previous_address): unchanged, no planned change.
  'terraform-json/testdata/moved_block/plan.json': {
    formatVersion: '1.2',
    terraformVersion: '1.5.3',
    isDriftCheck: false,
    resourceCounts: c({ unchanged: 1 }),
    plannedChangesCount: 0,
    driftCounts: c({ unchanged: 1 }),
    driftedCount: 0,
    addresses: noAddresses({ moved: ['random_id.test → random_id.test2'] }),
  },
  // Terraform 1.15 writes `complete`: certainly Terraform. A tainted replacement.
  'terraform-json/testdata/action_reason/plan.json': {
    formatVersion: '1.2',
    terraformVersion: '1.15.0',
    provisioner: 'terraform',
    isDriftCheck: false,
    resourceCounts: c({ added: 1, deleted: 1 }),
    plannedChangesCount: 1,
    driftCounts: c({ unchanged: 1 }),
    driftedCount: 0,
    addresses: noAddresses({ replaced: ['null_resource.example'] }),
  },
  // Six no-ops; prior_state has 6 managed instances and a data source; outputs all known.
  'terraform-json/testdata/has_changes/plan.json': {
    formatVersion: '0.1',
    isDriftCheck: false,
    resourceCounts: c({ unchanged: 6 }),
    plannedChangesCount: 0,
    driftCounts: c({ unchanged: 6 }),
    driftedCount: 0,
    outputCounts: c(), // Terraform 0.12: output changes not recorded
    outputs: {
      foo: '(sensitive)',
      interpolated: '424881806176056736',
      interpolated_deep: '{"foo":"bar","map":{"bar":"baz","id":"424881806176056736"},"number":42}',
      list: '["foo","bar"]',
      map: '{"foo":"bar","number":42}',
      referenced: '424881806176056736',
      referenced_deep: '{"foo":"bar","map":{"bar":"baz","id":"424881806176056736"},"number":42}',
      string: 'foo',
    },
  },
  // A sensitive no-op output whose value must never show.
  'terraform-json/sanitize/testdata/basic.json': {
    formatVersion: '0.1',
    terraformVersion: '0.15.1',
    isDriftCheck: false,
    resourceCounts: c({ changed: 1, unchanged: 3 }),
    plannedChangesCount: 1,
    driftCounts: c({ unchanged: 4 }),
    driftedCount: 0,
    outputCounts: c({ unchanged: 1 }),
    outputs: { secret: '(sensitive)' },
    addresses: noAddresses({ updated: ['null_resource.qux'] }),
  },
  // The errored plan: errored, no resource_changes, still a plan.
  'opentofu/internal/command/testdata/show-json/plan-error/output.json': {
    formatVersion: '1.2',
    terraformVersion: undefined,
    errored: true,
    provisioner: undefined,
    isDriftCheck: false,
    resourceCounts: c(),
    plannedChangesCount: 0,
    driftCounts: c(),
    driftedCount: 0,
    outputCounts: c(),
    outputs: {},
    addresses: noAddresses(),
  },
  // Refresh-only: no resource_changes key; one drifted update of the one prior instance.
  'opentofu/testing/equivalence-tests/outputs/drift_refresh_only/plan.json': {
    formatVersion: '1.2',
    errored: false,
    isDriftCheck: true,
    resourceCounts: c(),
    plannedChangesCount: 0,
    driftCounts: c({ changed: 1 }),
    driftedCount: 1,
    addresses: noAddresses({ drifted: ['tfcoremock_simple_resource.drift'] }),
  },
  // Refresh-only with a move-only drift entry: not drift; the instance is unchanged.
  'opentofu/testing/equivalence-tests/outputs/moved_with_refresh_only/plan.json': {
    formatVersion: '1.2',
    isDriftCheck: true,
    resourceCounts: c(),
    plannedChangesCount: 0,
    driftCounts: c({ unchanged: 1 }),
    driftedCount: 0,
    addresses: noAddresses(),
  },
  // Drift on a moved resource (previous_address on the drift entry), and two updates.
  'opentofu/internal/command/testdata/show-json/moved-drift/output.json': {
    formatVersion: '1.0',
    isDriftCheck: false,
    resourceCounts: c({ changed: 2 }),
    plannedChangesCount: 2,
    driftCounts: c({ changed: 1, unchanged: 1 }),
    driftedCount: 1,
    addresses: noAddresses({
      updated: ['test_instance.no_refresh', 'test_instance.should_refresh_with_move'],
      drifted: ['test_instance.should_refresh_with_move'],
      moved: ['test_instance.should_refresh → test_instance.should_refresh_with_move'],
    }),
  },
  // An import by id with nothing else to do: a planned change, not unchanged.
  'opentofu/internal/cloud/testdata/plan-import-config-gen/plan-redacted.json': {
    formatVersion: '1.2',
    terraformVersion: '1.5.0',
    isDriftCheck: false,
    resourceCounts: c({ imported: 1 }),
    plannedChangesCount: 1,
    driftCounts: c({ unchanged: 1 }),
    driftedCount: 0,
    addresses: noAddresses({ imported: ['terraform_data.foo (id hidden: values off)'] }),
  },
  // HCP redacted plan: plan_format_version only, a deleted-outside drift entry, no prior_state.
  'opentofu/internal/cloud/testdata/plan-json-full/plan-redacted.json': {
    formatVersion: '',
    terraformVersion: undefined,
    provisioner: undefined,
    isDriftCheck: false,
    resourceCounts: c({ added: 2 }),
    plannedChangesCount: 2,
    driftCounts: c({ deleted: 1 }),
    driftedCount: 1,
    outputCounts: c(),
    outputs: {},
    addresses: noAddresses({
      created: ['tfcoremock_complex_resource.example', 'tfcoremock_simple_resource.example'],
      drifted: ['tfcoremock_simple_resource.example'],
      driftDeleted: ['tfcoremock_simple_resource.example'],
    }),
  },
  // HCP redacted plan with outputs, one sensitive (its value is a hash in the file).
  'opentofu/internal/cloud/testdata/apply-json-with-outputs/plan-redacted.json': {
    formatVersion: '',
    isDriftCheck: false,
    resourceCounts: c({ added: 1 }),
    plannedChangesCount: 1,
    driftCounts: c(),
    driftedCount: 0,
    outputCounts: c({ added: 3 }),
    outputs: {
      complex: '{"keyA":{"someList":[1,2,3]},"keyB":{"someBool":true,"someStr":"hello"}}',
      secret: '(sensitive)',
      simple: '["some","list"]',
    },
  },
  // HCP redacted no-change plan: `"resource_drift": []` is in every HCP plan; not a drift check.
  'opentofu/internal/cloud/testdata/plan-json-no-changes/plan-redacted.json': {
    formatVersion: '',
    isDriftCheck: false,
    resourceCounts: c({ unchanged: 1 }),
    plannedChangesCount: 0,
    driftCounts: c(),
    driftedCount: 0,
  },
  // Create-before-destroy replacement.
  'checkov/tests/terraform/runner/resources/plan_with_deleted_resources/tfplan.json': {
    formatVersion: '1.1',
    terraformVersion: '1.2.4',
    isDriftCheck: false,
    resourceCounts: c({ added: 1, deleted: 1 }),
    plannedChangesCount: 1,
    driftCounts: c(),
    driftedCount: 0,
    addresses: noAddresses({ replaced: ['aws_secretsmanager_secret.default'] }),
  },
  // UTF-16LE with a byte-order mark and CRLF line ends (PowerShell `>`).
  'checkov/tests/terraform/runner/resources/plan_with_utf_16_encoding/tfplan.json': {
    formatVersion: '0.2',
    terraformVersion: '1.0.5',
    isDriftCheck: false,
    resourceCounts: c({ added: 3 }),
    plannedChangesCount: 3,
    driftCounts: c(),
    driftedCount: 0,
    addresses: noAddresses({
      created: ['aws_iam_role_policy.fail_1', 'aws_s3_bucket.s3-bucket', 'null_resource.name'],
    }),
  },
  // UTF-16LE with a byte-order mark.
  'checkov/tests/terraform/runner/resources/plan_with_lifecycle_check/tfplan.json': {
    formatVersion: '1.0',
    terraformVersion: '1.1.5',
    isDriftCheck: false,
    resourceCounts: c({ added: 1 }),
    plannedChangesCount: 1,
    driftCounts: c(),
    driftedCount: 0,
    addresses: noAddresses({ created: ['aws_acm_certificate.acme'] }),
  },
  'checkov/tests/terraform/parser/resources/plan_encodings/tfplan_win_utf16.json': {
    formatVersion: '1.1',
    terraformVersion: '1.2.2',
    isDriftCheck: false,
    resourceCounts: c({ added: 1 }),
    plannedChangesCount: 1,
    driftCounts: c(),
    driftedCount: 0,
    addresses: noAddresses({ created: ['aws_s3_bucket.data'] }),
  },
  // Four data reads left out, five managed creates in a module.
  'checkov/tests/terraform/checks/data/aws/example_GithubActionsOIDCTrustPolicy/tfplan.json': {
    formatVersion: '1.2',
    terraformVersion: '1.5.7',
    provisioner: 'terraform',
    isDriftCheck: false,
    resourceCounts: c({ added: 5 }),
    plannedChangesCount: 5,
    driftCounts: c(),
    driftedCount: 0,
    addresses: noAddresses({
      created: [
        'module.poc.aws_iam_openid_connect_provider.r5',
        'module.poc.aws_iam_role.r6["p1"]',
        'module.poc.aws_iam_role.r6["p2"]',
        'module.poc.aws_iam_role.r1["p1"]',
        'module.poc.aws_iam_role.r1["p2"]',
      ],
    }),
  },
  // Terraform 1.10 with `applyable: false`, no resource_changes key at all, no resource_drift.
  'checkov/tests/terraform/parser/resources/plan_multiple_providers/tfplan.json': {
    formatVersion: '1.2',
    terraformVersion: '1.10.5',
    errored: false,
    provisioner: 'terraform',
    isDriftCheck: false,
    resourceCounts: c(),
    plannedChangesCount: 0,
    driftCounts: c(),
    driftedCount: 0,
  },
  // No format_version at all, only planned_values and configuration: still a plan.
  'checkov/tests/terraform/parser/resources/plan_vpc_endpoint/tfplan.json': {
    formatVersion: '',
    terraformVersion: undefined,
    isDriftCheck: false,
    resourceCounts: c(),
    plannedChangesCount: 0,
    driftCounts: c(),
    driftedCount: 0,
  },
  // Three resources deleted outside Terraform, a no-op that drift also deleted, seven creates.
  'tf-summarize/example/tfplan.json': {
    formatVersion: '1.0',
    terraformVersion: '1.1.4',
    isDriftCheck: false,
    resourceCounts: c({ added: 7, unchanged: 1 }),
    plannedChangesCount: 7,
    driftCounts: c({ deleted: 3 }),
    driftedCount: 3,
    outputCounts: c({ added: 1 }),
    outputs: { terraform_plan_summary_repository_name: 'terraform-plan-summary' },
  },
  // All no-op with two drifted updates: a drift check by the rule.
  'infracost/cmd/infracost/testdata/instance_with_attachment_after_deploy.json': {
    formatVersion: '0.2',
    terraformVersion: '1.0.11',
    isDriftCheck: true,
    resourceCounts: c({ unchanged: 4 }),
    plannedChangesCount: 0,
    driftCounts: c({ changed: 2, unchanged: 2 }),
    driftedCount: 2,
    addresses: noAddresses({ drifted: ['aws_default_subnet.default', 'aws_instance.ec2'] }),
  },
  // 26 changes in nested modules; 14 managed instances in prior_state.
  'infracost/cmd/infracost/testdata/terraform_v0.12_plan.json': {
    formatVersion: '0.1',
    terraformVersion: '0.12.31',
    isDriftCheck: false,
    resourceCounts: c({ added: 12, changed: 1, unchanged: 13 }),
    plannedChangesCount: 13,
    driftCounts: c({ unchanged: 14 }),
    driftedCount: 0,
  },
  'opentofu/internal/command/testdata/show-json/basic-delete/output.json': {
    formatVersion: '1.0',
    isDriftCheck: false,
    resourceCounts: c({ changed: 1, deleted: 1 }),
    plannedChangesCount: 2,
    driftCounts: c({ unchanged: 2 }),
    driftedCount: 0,
    outputCounts: c({ added: 1 }),
    outputs: { test: 'bar' },
    addresses: noAddresses({
      updated: ['test_instance.test'],
      deleted: ['test_instance.test-delete'],
      outputsAdded: ['test'],
    }),
  },
  // Keys sorted: output_changes before planned_values. Structured output values as compact JSON.
  'opentofu/testing/equivalence-tests/outputs/variables_and_outputs/plan.json': {
    formatVersion: '1.2',
    isDriftCheck: false,
    resourceCounts: c(),
    plannedChangesCount: 0,
    driftCounts: c(),
    driftedCount: 0,
    outputCounts: c({ added: 5 }),
    outputs: {
      list_empty_default: '[]',
      list_no_default:
        '[{"optional_attribute":null,"optional_attribute_with_default":"Hello, world!","required_attribute":"D92053D5-948A-4E5E-80BF-E53F0DB33EB5"},{"optional_attribute":"8AC4B9EE-9E05-4AE0-AA35-6D7636AEA487","optional_attribute_with_default":"Hello, world!","required_attribute":"E6DA6176-49FB-46D6-9ECD-401B3F46A3E5"},{"optional_attribute":"E68C1EB0-3D3D-4DB0-A41D-0F8C334E181C","optional_attribute_with_default":"92E855B2-A444-49DF-AFCA-2B5B017451B4","required_attribute":"9F9922C4-B426-4648-96AE-804A6F52F778"}]',
      nested_optional_object: '{"nested_object":null}',
      nested_optional_object_with_default: '{"nested_object":{"flag":false}}',
      nested_optional_object_with_embedded_default: '{"nested_object":{"flag":false}}',
    },
  },
  // Partly unknown outputs (after_unknown holds a true inside) are unknown as a whole.
  'opentofu/internal/command/testdata/show-json/unknown-output/output.json': {
    formatVersion: '1.1',
    terraformVersion: '1.3.0-dev',
    isDriftCheck: false,
    resourceCounts: c(),
    plannedChangesCount: 0,
    driftCounts: c(),
    driftedCount: 0,
    outputCounts: c({ added: 3 }),
    outputs: { bar: '(known after apply)', baz: '(known after apply)', foo: 'hello' },
  },
  // A data read, a root and two module creates.
  'opentofu/testing/equivalence-tests/outputs/data_read/plan.json': {
    formatVersion: '1.2',
    isDriftCheck: false,
    resourceCounts: c({ added: 3 }),
    plannedChangesCount: 3,
    driftCounts: c(),
    driftedCount: 0,
    addresses: noAddresses({
      created: [
        'tfcoremock_simple_resource.create',
        'module.create.local_file.data_file',
        'module.create.random_integer.random',
      ],
    }),
  },
};

/** Real files that are not plans, and the error each must give. */
const REJECTED: Record<string, { codes: readonly string[]; detail: RegExp }> = {
  'terraform-json/testdata/110_sensitive_values/state.json': {
    codes: ['INPUT_WRONG_KIND'],
    detail: /this is a state \(/,
  },
  'terraform-json/testdata/110_sensitive_values/terraform.tfstate': {
    codes: ['INPUT_WRONG_KIND'],
    detail: /state file \(\.tfstate\).*terraform show -json tfplan/,
  },
  'opentofu/internal/command/testdata/show-json-state/modules/output.json': {
    codes: ['INPUT_WRONG_KIND'],
    detail: /this is a state \(/,
  },
  'opentofu/internal/command/testdata/show-json-state/modules/terraform.tfstate': {
    codes: ['INPUT_WRONG_KIND'],
    detail: /state file \(\.tfstate\)/,
  },
  // `{"format_version": "1.0"}` alone: `show -json` of an empty state.
  'opentofu/internal/command/testdata/show-json-state/empty/output.json': {
    codes: ['INPUT_WRONG_KIND'],
    detail: /this is a state \(/,
  },
  'opentofu/testing/equivalence-tests/outputs/drift_refresh_only/state.json': {
    codes: ['INPUT_WRONG_KIND'],
    detail: /this is a state \(/,
  },
  'checkov/tests/terraform/runner/resources/plan/corrupted-tfplan.json': {
    codes: ['INPUT_WRONG_KIND'],
    detail: /this is a state \(/,
  },
  'infracost/cmd/infracost/testdata/terraform_v0.12_state.json': {
    codes: ['INPUT_WRONG_KIND'],
    detail: /this is a state \(/,
  },
  'infracost/cmd/infracost/testdata/example_out.json': {
    codes: ['INPUT_WRONG_KIND'],
    detail: /Infracost JSON/,
  },
  'infracost/cmd/infracost/testdata/no_project.json': {
    codes: ['INPUT_WRONG_KIND'],
    detail: /Infracost JSON/,
  },
  'terraform-json/testdata/actions/schemas.json': { codes: ['INPUT_WRONG_KIND'], detail: /providers schema/ },
  'terraform-json/testdata/basic/functions.json': {
    codes: ['INPUT_WRONG_KIND'],
    detail: /functions metadata/,
  },
  // `{}`: what the cloud backend wrote for a plan that failed.
  'opentofu/internal/cloud/testdata/plan-json-error/plan-redacted.json': {
    codes: ['INPUT_WRONG_KIND'],
    detail: /none of the keys of a plan .*the object is empty/,
  },
  // The `apply -json` UI stream stored as a JSON array.
  'opentofu/testing/equivalence-tests/outputs/basic_list/apply.json': {
    codes: ['INPUT_WRONG_KIND'],
    detail: /JSON array/,
  },
  // Trailing data after the first value: INPUT_TRAILING once the streaming reader is in.
  'terraform-json/testdata/invalid/plan.json': { codes: ['INPUT_SYNTAX', 'INPUT_TRAILING'], detail: /./ },
  'terraform-json/testdata/invalid/state.json': { codes: ['INPUT_SYNTAX', 'INPUT_TRAILING'], detail: /./ },
};

const ALL_DOCUMENTS = listPlanFixtureDocuments();
const PLAN_DOCUMENTS = ALL_DOCUMENTS.filter((file) => !(file in REJECTED));

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, got a summary');
}

function rejectionOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, got a summary');
}

describe('the fixture set', () => {
  it('holds every plan of the inventory and every rejected file', () => {
    expect(PLAN_DOCUMENTS.length).toBe(Object.keys(INDEX_ACTIONS).length);
    for (const file of PLAN_DOCUMENTS) expect(INDEX_ACTIONS, file).toHaveProperty([file]);
    for (const file of Object.keys(REJECTED)) expect(ALL_DOCUMENTS).toContain(file);
    for (const file of Object.keys(EXPECTED)) expect(PLAN_DOCUMENTS).toContain(file);
  });

  it('says in SOURCES.md where every file came from', () => {
    const sources = readFileSync(planFixture('SOURCES.md'), 'utf8');
    const listed = new Set([...sources.matchAll(/^- `([^`]+)` — /gm)].map((m) => m[1]));
    const files = fg.sync('**/*', { cwd: planFixture('.') }).filter((f) => f !== 'SOURCES.md');
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) expect(listed, file).toContain(file);
  });
});

describe('summaries read off real plans by hand', () => {
  it.each(Object.entries(EXPECTED))('%s', async (file, expected) => {
    const summary = await readPlanFile(planFixture(file), { label: file });
    expect(summary.file).toBe(file);
    expect(summary).toMatchObject(expected as unknown as Json);
    if ('terraformVersion' in expected) expect(summary.terraformVersion).toBe(expected.terraformVersion);
    if ('provisioner' in expected) expect(summary.provisioner).toBe(expected.provisioner);
    // toMatchObject lets extra keys through: outputs and address lists must be exactly these.
    if (expected.outputs) expect(summary.outputs).toEqual(expected.outputs);
    if (expected.addresses) expect(summary.addresses).toEqual(expected.addresses);
  });
});

/** Raw facts about a document, for invariants. */
interface RawEntry {
  address: string;
  mode: string | undefined;
  actions: string[];
  importing: boolean;
}

function rawEntries(doc: Json, key: 'resource_changes' | 'resource_drift'): RawEntry[] {
  const list = (doc[key] ?? []) as Json[];
  return list.map((entry) => {
    const change = entry['change'] as Json;
    return {
      address: entry['address'] as string,
      mode: entry['mode'] as string | undefined,
      actions: change['actions'] as string[],
      importing: change['importing'] !== undefined && change['importing'] !== null,
    };
  });
}

function rawPriorAddresses(doc: Json): { address: string; mode: string | undefined }[] {
  const found: { address: string; mode: string | undefined }[] = [];
  const visit = (module: Json | undefined): void => {
    for (const resource of (module?.['resources'] ?? []) as Json[]) {
      found.push({ address: resource['address'] as string, mode: resource['mode'] as string | undefined });
    }
    for (const child of (module?.['child_modules'] ?? []) as Json[]) visit(child);
  };
  const values = (doc['prior_state'] as Json | undefined)?.['values'] as Json | undefined;
  visit(values?.['root_module'] as Json | undefined);
  return found;
}

const isManaged = (mode: string | undefined): boolean => mode === undefined || mode === 'managed';
const isNoop = (actions: string[]): boolean => actions.length === 1 && actions[0] === 'no-op';

function holdsTrue(value: unknown): boolean {
  if (value === true) return true;
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsTrue);
  return false;
}

/** `create×7, read×1, delete/create×1, drift×3` -> counts by action. */
function parseHistogram(text: string): Map<string, number> {
  const histogram = new Map<string, number>();
  for (const match of text.matchAll(/([a-z/-]+)×(\d+)/g)) histogram.set(match[1] ?? '', Number(match[2]));
  return histogram;
}

describe('every plan fixture', () => {
  it('has plan documents to check', () => {
    expect(PLAN_DOCUMENTS.length).toBeGreaterThan(170);
  });

  describe.each(PLAN_DOCUMENTS)('%s', (file) => {
    const doc = loadFixtureDocument(file) as Json;

    it('reads through readPlanFile exactly as the reference reader does', async () => {
      const summary = await readPlanFile(planFixture(file), { label: file });
      expect(summary).toEqual(oracleSummary(file));
    });

    it('keeps the counting invariants', () => {
      const summary = oracleSummary(file);
      const changes = rawEntries(doc, 'resource_changes').filter((e) => isManaged(e.mode));
      const drift = rawEntries(doc, 'resource_drift').filter((e) => isManaged(e.mode));
      const { resourceCounts: rc, addresses } = summary;

      // Every managed entry is either unchanged or a planned change, never both.
      expect(rc.unchanged + summary.plannedChangesCount).toBe(changes.length);
      expect(addresses.created.total + addresses.replaced.total).toBe(rc.added);
      expect(addresses.updated.total + addresses.unknown.total).toBe(rc.changed);
      expect(addresses.imported.total).toBe(rc.imported);
      expect(addresses.deleted.total).toBeLessThanOrEqual(rc.deleted);
      expect(addresses.forgotten.total).toBeLessThanOrEqual(rc.removed);
      expect(addresses.drifted.total).toBe(summary.driftedCount);
      const managedAddresses = new Set(changes.map((e) => e.address));
      for (const list of [
        addresses.created,
        addresses.updated,
        addresses.deleted,
        addresses.replaced,
        addresses.imported,
      ]) {
        // An import is listed with why its id is not shown (values are off here).
        for (const item of list.items)
          expect(managedAddresses).toContain(item.replace(/ \(id hidden: values off\)$/, ''));
      }

      // Drift: real actions only; unchanged = prior managed instances without real drift.
      const realDrift = drift.filter((e) => !isNoop(e.actions));
      expect(summary.driftedCount).toBe(realDrift.length);
      expect(addresses.drifted).toEqual(boundedList(realDrift.map((e) => e.address)));
      const drifted = new Set(realDrift.map((e) => e.address));
      const prior = rawPriorAddresses(doc).filter((r) => isManaged(r.mode));
      expect(summary.driftCounts.unchanged).toBe(prior.filter((r) => !drifted.has(r.address)).length);

      expect(summary.formatVersion).toBe(doc['format_version'] ?? '');
      expect(summary.terraformVersion).toBe(doc['terraform_version']);
      expect(summary.errored).toBe(doc['errored'] ?? false);
      if (summary.isDriftCheck) {
        expect(summary.plannedChangesCount).toBe(0);
        // A refresh-only plan: a resource_drift, or (clean, as Terraform writes it) no
        // resource_changes while the prior state has resources.
        if (!('resource_drift' in doc)) {
          expect(doc).not.toHaveProperty('resource_changes');
          expect(prior.length).toBeGreaterThan(0);
        }
      }
    });

    it('matches the action histogram of the fixture inventory', () => {
      const summary = oracleSummary(file);
      const histogram = parseHistogram(INDEX_ACTIONS[file] ?? '');
      const n = (action: string): number => histogram.get(action) ?? 0;
      const changes = rawEntries(doc, 'resource_changes');
      const noopImports = changes.filter((e) => isNoop(e.actions) && e.importing).length;
      const moveOnlyDrift = rawEntries(doc, 'resource_drift').filter((e) => isNoop(e.actions)).length;

      const replacements = n('delete/create') + n('create/delete');
      expect(summary.resourceCounts.added).toBe(n('create') + replacements);
      expect(summary.resourceCounts.deleted).toBe(n('delete') + replacements);
      expect(summary.resourceCounts.changed).toBe(n('update'));
      expect(summary.resourceCounts.unchanged).toBe(n('no-op') - noopImports);
      expect(summary.resourceCounts.removed).toBe(0);
      expect(summary.driftedCount).toBe(n('drift') - moveOnlyDrift);
      expect(summary.plannedChangesCount).toBe(
        n('create') + n('delete') + n('update') + replacements + noopImports,
      );
    });

    it('renders outputs and never shows a sensitive value', () => {
      const summary = oracleSummary(file);
      const outputChanges = (doc['output_changes'] ?? {}) as Record<string, Json>;
      const planned = ((doc['planned_values'] as Json | undefined)?.['outputs'] ?? {}) as Record<
        string,
        Json
      >;
      const text = JSON.stringify(summary);
      for (const [name, entry] of Object.entries(outputChanges)) {
        const sensitive = holdsTrue(entry['after_sensitive']) || planned[name]?.['sensitive'] === true;
        const after = entry['after'];
        if (sensitive) {
          expect(summary.outputs[name]).toBe('(sensitive)');
          const secret = typeof after === 'string' ? after : JSON.stringify(after);
          if (secret.length >= 4) expect(text).not.toContain(secret);
        } else if (holdsTrue(entry['after_unknown'])) {
          expect(summary.outputs[name]).toBe('(known after apply)');
        } else {
          expect(summary.outputs[name]).toBe(typeof after === 'string' ? after : JSON.stringify(after));
        }
      }
      expect(Object.keys(summary.outputs).sort()).toEqual(Object.keys(outputChanges).sort());
      const oc = summary.outputCounts;
      // Terraform before 0.14 marks every output "create" and records no change: those are not counted.
      const untracked = recordsOutputChanges(summary.terraformVersion)
        ? 0
        : Object.values(outputChanges).filter((e) => JSON.stringify(e['actions']) === '["create"]').length;
      expect(oc.added + oc.changed + oc.deleted + oc.unchanged + untracked).toBe(
        Object.keys(outputChanges).length,
      );
    });

    it('names the provisioner only when the shape is certain', () => {
      const summary = oracleSummary(file);
      // The fixtures hold no forget+create and no ephemeral entry: nothing here is certainly OpenTofu.
      expect(summary.provisioner).not.toBe('opentofu');
      // Terraform for certain: the fields only Terraform writes, or a version from before OpenTofu (1.6).
      const version = /^v?(\d+)\.(\d+)/.exec(
        typeof doc['terraform_version'] === 'string' ? doc['terraform_version'] : '',
      );
      const beforeOpenTofu =
        version !== null &&
        (Number(version[1]) === 0 || (Number(version[1]) === 1 && Number(version[2]) < 6));
      const terraformOnly = 'applyable' in doc || 'complete' in doc || beforeOpenTofu;
      expect(summary.provisioner).toBe(terraformOnly ? 'terraform' : undefined);
    });
  });
});

describe('real files that are not plans', () => {
  it.each(Object.entries(REJECTED))('%s is rejected', async (file, { codes, detail }) => {
    const error = await rejection(readPlanFile(planFixture(file), { label: file }));
    expect(codes).toContain(error.code);
    expect(error.file).toBe(file);
    expect(error.detail).toMatch(detail);
    expect(error.exitCode).toBe(2);
  });

  it('never quotes the file in a syntax error (it may hold secrets)', async () => {
    // Human plan text given as a plan: V8's own JSON.parse message would quote its first words.
    const file = 'opentofu/testing/equivalence-tests/outputs/drift_refresh_only/plan';
    const error = await rejection(readPlanFile(planFixture(file), { label: 'plan.json' }));
    expect(error.message).not.toContain('tfcoremock');
  });

  it('reports a missing file as INPUT_NOT_FOUND under its label', async () => {
    const error = await rejection(readPlanFile(planFixture('no/such/plan.json'), { label: 'plan.json' }));
    expect(error.code).toBe('INPUT_NOT_FOUND');
    expect(error.message).toBe('plan.json: no such file');
  });

  it('reports a directory as INPUT_UNREADABLE', async () => {
    const error = await rejection(readPlanFile(planFixture('tf-summarize')));
    expect(error.code).toBe('INPUT_UNREADABLE');
  });
});

/** A deep copy of a real plan, changed by `edit`. */
function edited(file: string, edit: (doc: Json) => void): Json {
  const doc = structuredClone(loadFixtureDocument(file)) as Json;
  edit(doc);
  return doc;
}

function changeAt(doc: Json, key: 'resource_changes' | 'resource_drift', index: number): Json {
  const entry = (doc[key] as Json[])[index];
  if (!entry) throw new Error(`no ${key}[${index}]`);
  return entry['change'] as Json;
}

const REPLACE = 'opentofu/testing/equivalence-tests/outputs/replace_within_list/plan.json';
const BASIC_DELETE = 'opentofu/internal/command/testdata/show-json/basic-delete/output.json';
const DATA_READ = 'opentofu/testing/equivalence-tests/outputs/data_read/plan.json';
const OUTPUTS = 'opentofu/testing/equivalence-tests/outputs/variables_and_outputs/plan.json';
const MOVED_DRIFT = 'opentofu/internal/command/testdata/show-json/moved-drift/output.json';

describe('rules the fixtures do not reach, on real plans changed in one place', () => {
  it('counts a forget as removed and lists it as forgotten', () => {
    const doc = edited(BASIC_DELETE, (d) => {
      changeAt(d, 'resource_changes', 1)['actions'] = ['forget'];
    });
    const summary = summarizeDocument(doc);
    expect(summary.resourceCounts).toEqual(c({ changed: 1, removed: 1 }));
    expect(summary.plannedChangesCount).toBe(2);
    expect(summary.addresses).toEqual(
      noAddresses({
        updated: ['test_instance.test'],
        forgotten: ['test_instance.test-delete'],
        outputsAdded: ['test'],
      }),
    );
    expect(summary.provisioner).toBeUndefined();
  });

  it.each([
    [['forget', 'create'], 'opentofu'],
    [['create', 'forget'], undefined],
  ] as const)('counts %j once as added and once as removed, a replacement', (actions, provisioner) => {
    const doc = edited(REPLACE, (d) => {
      changeAt(d, 'resource_changes', 0)['actions'] = [...actions];
    });
    const summary = summarizeDocument(doc);
    expect(summary.resourceCounts).toEqual(c({ added: 1, removed: 1 }));
    expect(summary.plannedChangesCount).toBe(1);
    expect(summary.addresses.replaced.items).toEqual(['tfcoremock_list.list']);
    expect(summary.addresses.forgotten.items).toEqual([]);
    expect(summary.addresses.created.items).toEqual([]);
    expect(summary.provisioner).toBe(provisioner);
  });

  it('leaves ephemeral resources out, and takes them for OpenTofu', () => {
    const doc = edited(DATA_READ, (d) => {
      const entry = (d['resource_changes'] as Json[])[0] as Json;
      entry['mode'] = 'ephemeral';
      (entry['change'] as Json)['actions'] = ['open'];
    });
    const summary = summarizeDocument(doc);
    expect(summary.resourceCounts).toEqual(c({ added: 3 }));
    expect(summary.plannedChangesCount).toBe(3);
    expect(summary.provisioner).toBe('opentofu');
  });

  it('says nothing about the provisioner when the signals disagree', () => {
    const doc = edited(DATA_READ, (d) => {
      ((d['resource_changes'] as Json[])[0] as Json)['mode'] = 'ephemeral';
      d['complete'] = true;
    });
    expect(summarizeDocument(doc).provisioner).toBeUndefined();
  });

  it('counts entries without a mode as managed, and unknown modes not at all', () => {
    const noMode = edited(REPLACE, (d) => {
      delete ((d['resource_changes'] as Json[])[0] as Json)['mode'];
    });
    expect(summarizeDocument(noMode).resourceCounts).toEqual(c({ added: 1, deleted: 1 }));
    const otherMode = edited(REPLACE, (d) => {
      ((d['resource_changes'] as Json[])[0] as Json)['mode'] = 'list';
    });
    expect(summarizeDocument(otherMode).resourceCounts).toEqual(c());
    expect(summarizeDocument(otherMode).plannedChangesCount).toBe(0);
  });

  it('treats `importing: null` as no import', () => {
    const doc = edited(REPLACE, (d) => {
      changeAt(d, 'resource_changes', 0)['importing'] = null;
    });
    expect(summarizeDocument(doc).resourceCounts.imported).toBe(0);
  });

  it('leaves data drift out', () => {
    const doc = edited(MOVED_DRIFT, (d) => {
      ((d['resource_drift'] as Json[])[0] as Json)['mode'] = 'data';
    });
    const summary = summarizeDocument(doc);
    expect(summary.driftedCount).toBe(0);
    expect(summary.driftCounts).toEqual(c({ unchanged: 2 }));
  });

  it('gives the same summary whatever the order of the top-level keys', () => {
    const original = loadFixtureDocument(MOVED_DRIFT) as Json;
    const expected = summarizeDocument(original);
    const keys = Object.keys(original);
    for (const order of [[...keys].sort(), [...keys].reverse()]) {
      const reordered = Object.fromEntries(order.map((key) => [key, original[key]]));
      expect(summarizeDocument(reordered)).toEqual(expected);
    }
  });

  it('hides an output declared sensitive in planned_values after output_changes was read', () => {
    const doc = edited(OUTPUTS, (d) => {
      const outputs = (d['planned_values'] as Json)['outputs'] as Record<string, Json>;
      (outputs['list_no_default'] as Json)['sensitive'] = true;
    });
    expect(Object.keys(doc).indexOf('output_changes')).toBeLessThan(
      Object.keys(doc).indexOf('planned_values'),
    );
    const summary = summarizeDocument(doc);
    expect(summary.outputs['list_no_default']).toBe('(sensitive)');
    expect(JSON.stringify(summary)).not.toContain('D92053D5-948A-4E5E-80BF-E53F0DB33EB5');
  });

  it('leaves deleted outputs out and counts output actions', () => {
    const doc = edited(OUTPUTS, (d) => {
      const outputs = d['output_changes'] as Record<string, Json>;
      (outputs['list_empty_default'] as Json)['actions'] = ['delete'];
      (outputs['nested_optional_object'] as Json)['actions'] = ['update'];
      (outputs['list_no_default'] as Json)['actions'] = ['no-op'];
    });
    const summary = summarizeDocument(doc);
    expect(summary.outputCounts).toEqual(c({ added: 2, changed: 1, deleted: 1, unchanged: 1 }));
    expect(summary.outputs).not.toHaveProperty('list_empty_default');
    expect(summary.outputs['nested_optional_object']).toBe('{"nested_object":null}');
  });

  it('does not read an output wrapped in `change` (the format docs show one; no real file has it)', () => {
    const doc = edited(OUTPUTS, (d) => {
      const outputs = d['output_changes'] as Record<string, Json>;
      outputs['list_empty_default'] = { change: outputs['list_empty_default'] };
    });
    const error = rejectionOf(() => summarizeDocument(doc));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.detail).toMatch(/^output_changes\.list_empty_default\.actions is not an array of strings/);
  });

  it('takes only `sensitive: true` in planned_values as sensitive', () => {
    const doc = edited(OUTPUTS, (d) => {
      const outputs = (d['planned_values'] as Json)['outputs'] as Record<string, Json>;
      (outputs['list_empty_default'] as Json)['sensitive'] = 'true';
      (outputs['nested_optional_object'] as Json)['sensitive'] = null;
    });
    expect(summarizeDocument(doc)).toEqual(summarizeDocument(loadFixtureDocument(OUTPUTS)));
  });

  it('drops output values over MAX_OUTPUT_VALUE_BYTES of JSON text', () => {
    // A string's JSON text is its characters plus two quotes.
    const atLimit = 'x'.repeat(MAX_OUTPUT_VALUE_BYTES - 2);
    const doc = edited(OUTPUTS, (d) => {
      const outputs = d['output_changes'] as Record<string, Json>;
      (outputs['list_empty_default'] as Json)['after'] = atLimit;
      (outputs['nested_optional_object'] as Json)['after'] = `${atLimit}y`;
    });
    const summary = summarizeDocument(doc);
    expect(summary.outputs['list_empty_default']).toBe(atLimit);
    expect(summary.outputs['nested_optional_object']).toBe('(too large)');
  });
});

describe('classification and wrong types', () => {
  const PLAN = 'terraform-json/testdata/identity/plan.json';

  it.each(['0.1', '0.2', '1.0', '1.2', '1.99'])('accepts format_version %s', (version) => {
    const doc = edited(PLAN, (d) => {
      d['format_version'] = version;
    });
    expect(summarizeDocument(doc).formatVersion).toBe(version);
  });

  it.each(['2.0', '10.1'])('rejects format_version %s as too new', (version) => {
    const doc = edited(PLAN, (d) => {
      d['format_version'] = version;
    });
    const error = rejectionOf(() => summarizeDocument(doc, 'plan.json'));
    expect(error.code).toBe('INPUT_VERSION');
    expect(error.message).toBe(
      `plan.json: format_version ${version} is newer than this tool knows (0.x, 1.x): upgrade iacm-reporter`,
    );
  });

  it('rejects a format_version that is no version number', () => {
    const doc = edited(PLAN, (d) => {
      d['format_version'] = 'one';
    });
    const error = rejectionOf(() => summarizeDocument(doc));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.detail).toMatch(/format_version "one"/);
  });

  it.each<[string, (d: Json) => void, string]>([
    ['format_version', (d) => (d['format_version'] = 1.2), 'format_version is not a string'],
    ['errored', (d) => (d['errored'] = 'yes'), 'errored is not true or false'],
    ['resource_changes', (d) => (d['resource_changes'] = {}), 'resource_changes is not an array'],
    [
      'an entry',
      (d) => ((d['resource_changes'] as unknown[])[0] = 'x'),
      'resource_changes[0] is not an object',
    ],
    [
      'address',
      (d) => (((d['resource_changes'] as Json[])[0] as Json)['address'] = 7),
      'resource_changes[0].address is not a string',
    ],
    [
      'change',
      (d) => delete ((d['resource_changes'] as Json[])[0] as Json)['change'],
      'resource_changes[0].change is not an object',
    ],
    [
      'actions as a string',
      (d) => (changeAt(d, 'resource_changes', 0)['actions'] = 'update'),
      'resource_changes[0].change.actions is not an array of strings',
    ],
    [
      'actions holding a number',
      (d) => (changeAt(d, 'resource_changes', 0)['actions'] = ['update', 1]),
      'resource_changes[0].change.actions is not an array of strings',
    ],
    [
      'mode',
      (d) => (((d['resource_changes'] as Json[])[0] as Json)['mode'] = false),
      'resource_changes[0].mode is not a string',
    ],
    [
      'prior_state resources',
      (d) => (((d['prior_state'] as Json)['values'] as Json)['root_module'] = { resources: {} }),
      'prior_state.values.root_module.resources is not an array',
    ],
    [
      'an output',
      (d) => (d['output_changes'] = { out: { actions: 'create' } }),
      'output_changes.out.actions is not an array of strings',
    ],
    [
      'a planned output',
      (d) => ((d['planned_values'] as Json)['outputs'] = { out: 'sensitive' }),
      'planned_values.outputs.out is not an object',
    ],
  ])('rejects a wrong type in %s, naming the field', (_what, edit, detail) => {
    const error = rejectionOf(() => summarizeDocument(edited(PLAN, edit), 'plan.json'));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.detail.startsWith(detail)).toBe(true);
    expect(error.file).toBe('plan.json');
  });

  it.each([
    [null, 'null'],
    [42, 'a JSON number'],
    ['plan', 'a JSON string'],
    [[], 'a JSON array'],
  ])('rejects a document that is %j', (doc, what) => {
    const error = rejectionOf(() => summarizeDocument(doc));
    expect(error.code).toBe('INPUT_WRONG_KIND');
    expect(error.detail).toContain(`the document is ${what}`);
  });

  it('names the keys it found in an object that is no plan', () => {
    const error = rejectionOf(() => summarizeDocument({ name: 'x', resources: [] }));
    expect(error.code).toBe('INPUT_WRONG_KIND');
    expect(error.detail).toContain('found name, resources');
  });

  it('takes a line of `plan -json` UI output for what it is', () => {
    const error = rejectionOf(() =>
      summarizeDocument({ '@level': 'info', '@message': 'Terraform 1.9.0', type: 'version' }),
    );
    expect(error.detail).toMatch(/machine-readable UI output/);
  });
});

describe('memory', () => {
  it('keeps counts and addresses, not entries, for 200,000 resource changes', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const template = (loadFixtureDocument(BASIC_DELETE) as Json)['resource_changes'] as Json[];
    const acc = new PlanAccumulator('big.json');
    const total = 200_000;
    gc();
    const before = process.memoryUsage().heapUsed;
    acc.topLevelKey('format_version');
    acc.formatVersion('1.2');
    acc.topLevelKey('prior_state');
    for (let i = 0; i < total; i++) acc.priorStateResource(`module.m.test_instance.r[${i}]`, 'managed');
    acc.topLevelKey('resource_changes');
    for (let i = 0; i < total; i++) {
      const source = template[i % template.length] as Json;
      const change = source['change'] as Json;
      // Each entry drags 2 KB along: kept entries would take 400 MB.
      const entry: ChangeEntry & { payload: string } = {
        address: `module.m.test_instance.r[${i}]`,
        mode: 'managed',
        actions: change['actions'] as string[],
        importing: false,
        previousAddress: undefined,
        payload: `${i}`.padEnd(2048, '.'),
      };
      acc.resourceChange(entry);
    }
    acc.topLevelKey('resource_drift');
    acc.resourceDrift({
      address: 'module.m.test_instance.r[7]',
      mode: 'managed',
      actions: ['update'],
      importing: false,
      previousAddress: undefined,
    });
    const summary: PlanSummary = acc.finish();
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(summary.resourceCounts).toEqual(c({ changed: total / 2, deleted: total / 2 }));
    expect(summary.driftCounts).toEqual(c({ changed: 1, unchanged: total - 1 }));
    expect(grown).toBeLessThan(100 * 1024 * 1024);
  });
});
