/**
 * Walks an already parsed `show -json` document and calls a PlanVisitor exactly as the streaming
 * byte reader does. This is the reference ("oracle") the streaming reader is tested against, so it
 * favours being obviously right over being fast: one small function per part of the document, in
 * document order everywhere a streaming reader would see more than one callback.
 *
 * The rules, shared with the streaming reader (src/plan/plan-walker.ts):
 * - `topLevelKey` for every top-level key, in order, before anything inside its value.
 * - `null` for an optional field is the same as the field being absent (Go writes `null` for
 *   unset slices and pointers in some versions); required fields (`change`, `actions`) must have
 *   their type. A field of the wrong type is INPUT_INVALID naming its path.
 * - Labels (`address`, `module_address`, `type`, `name`, `index`) may be missing: the address is
 *   rebuilt from the others (src/plan/resource-address.ts). A state module's `address` is used
 *   for its resources only when it comes before `resources` (what a streaming reader can know).
 * - Flags are lenient: `importing` counts when present and not null, `sensitive` when exactly
 *   true, `after_unknown` / `after_sensitive` when a `true` occurs anywhere in them.
 * - `output_changes` entries ARE the change (`{"actions": [...], "after": ...}`) in every real
 *   file of every version (Terraform's Go type is `map[string]Change`); the JSON format docs
 *   show a `change` wrapper that no real file has, and it is not read.
 * - An output's `after` is dropped (`afterTooLarge`) by the shared rule in output-value.ts:
 *   compact JSON text over MAX_OUTPUT_VALUE_BYTES.
 * - JSON.parse keeps the last of a key written twice; the streaming reader sees each one and takes
 *   back what the first counted (PlanVisitor.priorStateRetract, repeatedKey). The two agree on such
 *   documents but for the exceptions the README lists ("Keys written twice"), which
 *   test/parsers/repeated-keys.test.ts names; this walker never calls priorStateRetract.
 */
import { InputError } from '../../src/errors.js';
import { ARRAY_MARK, AttributeDiff, diffsAttributes, OBJECT_MARK } from '../../src/plan/attribute-diff.js';
import { indexPath, keyPath, MAX_PATH_DEPTH } from '../../src/plan/attribute-paths.js';
import {
  containsTrue,
  keptOutputText,
  MAX_OUTPUT_VALUE_DEPTH,
  nestingDepth,
  type KeptOutputValue,
} from '../../src/plan/output-value.js';

/**
 * `after` as the reader keeps it, from a parsed value: through the reader's own rule for its text
 * (keptOutputText). JSON.stringify's text of a parsed value is its compact text (numbers as
 * JavaScript writes them, which is all tests build); too deep a value is dropped before
 * JSON.stringify would recurse through it.
 */
function keptOutputValue(value: unknown): KeptOutputValue {
  if (value === undefined) return { after: undefined, afterJson: undefined, afterTooLarge: false };
  if (nestingDepth(value) > MAX_OUTPUT_VALUE_DEPTH)
    return { after: undefined, afterJson: undefined, afterTooLarge: true };
  return keptOutputText(JSON.stringify(value));
}
import { MAX_ATTRIBUTE_ADDRESSES, type ChangedAttributes } from '../../src/model/plan-summary.js';
import type { ChangeEntry, OutputChangeEntry, PlanVisitor } from '../../src/plan/plan-visitor.js';
import {
  displayAddress,
  indexJsonOf,
  namesWholeResource,
  type AddressParts,
} from '../../src/plan/resource-address.js';

type JsonObject = Record<string, unknown>;

/** A parsed-JSON object (not an array, not null). */
function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Thrown for a field of the wrong type; `file` names the document in the message. */
function invalid(file: string, path: string, expected: string): InputError {
  return new InputError(
    'INPUT_INVALID',
    file,
    `${path} is not ${expected}: the file does not look like the output of \`terraform show -json\` / \`tofu show -json\`; regenerate it`,
  );
}

export function walkPlanDocument(doc: unknown, visitor: PlanVisitor, file = '(plan document)'): void {
  if (!isObject(doc)) {
    const what = Array.isArray(doc) ? 'a JSON array' : doc === null ? 'null' : `a JSON ${typeof doc}`;
    throw new InputError(
      'INPUT_WRONG_KIND',
      file,
      `the document is ${what}, not a plan object: give the output of \`terraform show -json <planfile>\``,
    );
  }
  for (const key of Object.keys(doc)) {
    visitor.topLevelKey(key);
    const value = doc[key];
    switch (key) {
      case 'format_version':
        if (value !== null) visitor.formatVersion(expectString(file, key, value));
        break;
      case 'terraform_version':
        if (value !== null) visitor.terraformVersion(expectString(file, key, value));
        break;
      case 'errored':
        if (value !== null) visitor.errored(expectBoolean(file, key, value));
        break;
      case 'resource_changes': {
        // Attribute names for the first MAX_ATTRIBUTE_ADDRESSES entries that have them, like the reader.
        let named = 0;
        for (const entry of changeEntries(file, key, value, () => named < MAX_ATTRIBUTE_ADDRESSES)) {
          if (entry.changedAttributes !== undefined) named++;
          visitor.resourceChange(entry);
        }
        break;
      }
      case 'resource_drift':
        for (const entry of changeEntries(file, key, value)) visitor.resourceDrift(entry);
        break;
      case 'output_changes':
        walkOutputChanges(file, value, visitor);
        break;
      case 'planned_values':
        walkPlannedValues(file, value, visitor);
        break;
      case 'prior_state':
        walkPriorState(file, value, visitor);
        break;
      default:
        // Everything else (variables, configuration, checks, provider schemas...) is never read.
        break;
    }
  }
}

function expectString(file: string, path: string, value: unknown): string {
  if (typeof value !== 'string') throw invalid(file, path, 'a string');
  return value;
}

function expectBoolean(file: string, path: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw invalid(file, path, 'true or false');
  return value;
}

function optionalString(file: string, path: string, value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : expectString(file, path, value);
}

/** An optional array (absent or null = empty). */
function optionalArray(file: string, path: string, value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalid(file, path, 'an array');
  return value;
}

/** An optional object (absent or null = empty). */
function optionalObject(file: string, path: string, value: unknown): JsonObject {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) throw invalid(file, path, 'an object');
  return value;
}

function actionsOf(file: string, path: string, change: JsonObject): string[] {
  const actions = change['actions'];
  if (!Array.isArray(actions) || !actions.every((a): a is string => typeof a === 'string')) {
    throw invalid(file, `${path}.actions`, 'an array of strings');
  }
  return actions;
}

/** The entries of `resource_changes` or `resource_drift`, reduced to what the visitor sees. */
function* changeEntries(
  file: string,
  key: string,
  value: unknown,
  withAttributes: () => boolean = () => false,
): Generator<ChangeEntry> {
  const entries = optionalArray(file, key, value);
  for (let i = 0; i < entries.length; i++) {
    const path = `${key}[${i}]`;
    const entry = entries[i];
    if (!isObject(entry)) throw invalid(file, path, 'an object');
    const change = entry['change'];
    if (!isObject(change)) throw invalid(file, `${path}.change`, 'an object');
    const importing = change['importing'];
    const mode = optionalString(file, `${path}.mode`, entry['mode']);
    const parts: AddressParts = {
      address: optionalString(file, `${path}.address`, entry['address']),
      moduleAddress: optionalString(file, `${path}.module_address`, entry['module_address']),
      mode,
      ...labels(file, path, entry),
    };
    const address = displayAddress(parts, path);
    const actions = actionsOf(file, `${path}.change`, change);
    yield {
      address,
      wholeResource: namesWholeResource(parts),
      mode,
      actions,
      changedAttributes: withAttributes() && diffsAttributes(actions) ? changedAttributes(change) : undefined,
      importing: importing !== undefined && importing !== null,
      previousAddress: optionalString(file, `${path}.previous_address`, entry['previous_address']),
    };
  }
}

const DIFF_KEYS = ['before', 'after', 'after_unknown', 'replace_paths'];

/**
 * The attributes an update or replacement changes, computed on parsed values (the streaming
 * reader compares hashes of their text; the two agree on anything terraform or tofu writes).
 */
export function changedAttributes(change: JsonObject): ChangedAttributes | undefined {
  if (!DIFF_KEYS.some((key) => Object.hasOwn(change, key))) return undefined;
  const sideOf = (value: unknown): JsonObject => (isObject(value) ? value : {});
  const diff = new AttributeDiff();
  feedValues(diff, false, '', 0, sideOf(change['before']));
  feedValues(diff, true, '', 0, sideOf(change['after']));
  feedUnknown(diff, '', 0, sideOf(change['after_unknown']));
  for (const path of replacePathsOf(change['replace_paths'])) diff.replacePath(path);
  return diff.result();
}

/**
 * `replace_paths` as the streaming reader hands them to AttributeDiff.replacePath: exact paths
 * (`input[1]`, not `input` as a summary shows it), those of key and index steps only.
 */
export function replacePathsOf(paths: unknown): string[] {
  const out: string[] = [];
  if (!Array.isArray(paths)) return out;
  for (const p of paths) {
    if (!Array.isArray(p)) continue;
    let path = '';
    let ok = true;
    for (const step of p) {
      if (typeof step === 'string') path = keyPath(path, step);
      else if (typeof step === 'number' && Number.isInteger(step) && step >= 0) path = indexPath(path, step);
      else ok = false;
    }
    if (ok) out.push(path);
  }
  return out;
}

/** Equal JSON text, equal number: the oracle compares values exactly. */
const interned = new Map<string, number>();
function hashOf(value: unknown): number {
  const text = JSON.stringify(value);
  let id = interned.get(text);
  if (id === undefined) interned.set(text, (id = interned.size));
  return id;
}

/** The members of a container at `prefix`, as the streaming reader walks them. */
function membersOf(container: unknown[] | JsonObject, prefix: string): [string, unknown][] {
  return Array.isArray(container)
    ? container.map((v, i) => [indexPath(prefix, i), v])
    : Object.keys(container).map((k) => [keyPath(prefix, k), container[k]]);
}

function feedValues(
  diff: AttributeDiff,
  after: boolean,
  prefix: string,
  depth: number,
  container: unknown[] | JsonObject,
): void {
  for (const [path, value] of membersOf(container, prefix)) {
    if ((Array.isArray(value) || isObject(value)) && depth < MAX_PATH_DEPTH) {
      diff.value(after, path, Array.isArray(value) ? ARRAY_MARK : OBJECT_MARK);
      feedValues(diff, after, path, depth + 1, value);
    } else diff.value(after, path, hashOf(value));
  }
}

function feedUnknown(
  diff: AttributeDiff,
  prefix: string,
  depth: number,
  container: unknown[] | JsonObject,
): void {
  for (const [path, value] of membersOf(container, prefix)) {
    if ((Array.isArray(value) || isObject(value)) && depth < MAX_PATH_DEPTH) {
      diff.unknownMember(path, false);
      feedUnknown(diff, path, depth + 1, value);
    } else diff.unknownMember(path, containsTrue(value));
  }
}

/** `type`, `name` and `index` of an entry or state resource, each optional. */
function labels(file: string, path: string, entry: JsonObject): AddressParts {
  const index = entry['index'];
  if (index !== undefined && index !== null && typeof index !== 'number' && typeof index !== 'string') {
    throw invalid(file, `${path}.index`, 'a number or a string');
  }
  return {
    type: optionalString(file, `${path}.type`, entry['type']),
    name: optionalString(file, `${path}.name`, entry['name']),
    indexJson: indexJsonOf(index),
  };
}

function walkOutputChanges(file: string, value: unknown, visitor: PlanVisitor): void {
  const outputs = optionalObject(file, 'output_changes', value);
  for (const name of Object.keys(outputs)) {
    const path = `output_changes.${name}`;
    const change = outputs[name];
    if (!isObject(change)) throw invalid(file, path, 'an object');
    const reduced: OutputChangeEntry = {
      name,
      actions: actionsOf(file, path, change),
      ...keptOutputValue(change['after']),
      afterUnknown: containsTrue(change['after_unknown']),
      afterSensitive: containsTrue(change['after_sensitive']),
    };
    visitor.outputChange(reduced);
  }
}

/** Only `planned_values.outputs[*].sensitive` is read; the planned resource values never are. */
function walkPlannedValues(file: string, value: unknown, visitor: PlanVisitor): void {
  const planned = optionalObject(file, 'planned_values', value);
  const outputs = optionalObject(file, 'planned_values.outputs', planned['outputs']);
  for (const name of Object.keys(outputs)) {
    const path = `planned_values.outputs.${name}`;
    const output = outputs[name];
    if (!isObject(output)) throw invalid(file, path, 'an object');
    if (output['sensitive'] === true) visitor.plannedOutputSensitive(name);
  }
}

function walkPriorState(file: string, value: unknown, visitor: PlanVisitor): void {
  const prior = optionalObject(file, 'prior_state', value);
  const values = optionalObject(file, 'prior_state.values', prior['values']);
  const root = values['root_module'];
  if (root === undefined || root === null) return;
  walkModule(file, 'prior_state.values.root_module', root, visitor);
}

/** One module of a values representation: its resources and child modules, in document order. */
function walkModule(file: string, path: string, value: unknown, visitor: PlanVisitor): void {
  if (!isObject(value)) throw invalid(file, path, 'an object');
  let moduleAddress: string | undefined;
  for (const key of Object.keys(value)) {
    if (key === 'address') {
      moduleAddress = optionalString(file, `${path}.address`, value[key]);
    } else if (key === 'resources') {
      const resources = optionalArray(file, `${path}.resources`, value[key]);
      for (let i = 0; i < resources.length; i++) {
        const resPath = `${path}.resources[${i}]`;
        const resource = resources[i];
        if (!isObject(resource)) throw invalid(file, resPath, 'an object');
        const mode = optionalString(file, `${resPath}.mode`, resource['mode']);
        const parts: AddressParts = {
          address: optionalString(file, `${resPath}.address`, resource['address']),
          moduleAddress,
          mode,
          ...labels(file, resPath, resource),
        };
        visitor.priorStateResource(displayAddress(parts, resPath), mode);
      }
    } else if (key === 'child_modules') {
      const children = optionalArray(file, `${path}.child_modules`, value[key]);
      for (let i = 0; i < children.length; i++) {
        walkModule(file, `${path}.child_modules[${i}]`, children[i], visitor);
      }
    }
  }
}
