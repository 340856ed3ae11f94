/**
 * The plan-shaped half of the streaming reader: a ScanHandler that knows where in a
 * `terraform show -json` document the visitor's fields live, descends only into those containers,
 * buffers the few small fields of one entry (keys come in any order) and calls the PlanVisitor
 * when the entry closes. Everything else is answered with D_SKIP.
 *
 * This file answers the scanner and keeps the top level; each part of the document has its module
 * (change-frames.ts, output-frames.ts, prior-frames.ts), over the shared checks of walker-base.ts,
 * whose header states the shape rules (the JSON.parse walker applies the same ones).
 *
 * A key written twice in one object counts as JSON.parse reads it, the last one wins: every frame
 * notes the keys it has seen, tells the visitor of a repeat, and its part's module makes sure
 * nothing of the first value survives (README, "Keys written twice", for the exceptions).
 */
import { indexJsonOf, indexJsonOfDigits } from './resource-address.js';
import { keyPath } from './attribute-paths.js';
import { capturedDiffValue, changeValue, closeChangeEntry, closeReplacePath } from './change-frames.js';
import { capturedOutput, closeOutput, outputValue } from './output-frames.js';
import type { Frame } from './plan-frames.js';
import {
  COMMON_VALUES,
  COMMON_VALUE_NAMES,
  F_ACTIONS,
  F_ATTRIBUTES,
  F_CHANGE,
  F_CHANGE_ENTRY,
  ENTRY_KEY_SETS,
  F_CHANGE_LIST,
  F_CHILD_MODULES,
  F_MODULE,
  F_OUTPUT_CHANGE,
  F_OUTPUT_CHANGES,
  F_PLANNED,
  F_PLANNED_OUTPUT,
  F_PLANNED_OUTPUTS,
  F_PRIOR,
  F_PRIOR_VALUES,
  F_REPLACE_PATH,
  F_REPLACE_PATHS,
  F_RESOURCE,
  F_RESOURCES,
  F_TOP,
  F_UNKNOWN,
  KEYS_OF_FRAME,
  KEY_SETS,
  KEY_SET_OF_FRAME,
  KIND_NAMES,
  NAMED_RESOURCE_KEY_SET,
  K_ADDRESS,
  K_ERRORED,
  K_FORMAT_VERSION,
  K_MODE,
  K_MODULE_ADDRESS,
  K_NAME,
  K_OTHER,
  K_OUTPUT_CHANGES,
  K_PLANNED_VALUES,
  K_PREVIOUS_ADDRESS,
  K_PROVIDER_NAME,
  K_PRIOR_STATE,
  K_RESOURCE_CHANGES,
  K_RESOURCE_DRIFT,
  K_TERRAFORM_VERSION,
  K_TYPE,
  PLAIN_CHANGE_KEY_SET,
  TOP_KEYS,
  keyName,
} from './plan-frames.js';
import { closeResource, endSpan, priorValue } from './prior-frames.js';
import {
  D_CAPTURE,
  D_DESCEND,
  D_RAW,
  D_SKIP,
  KIND_ARRAY,
  KIND_FALSE,
  KIND_NULL,
  KIND_OBJECT,
  KIND_STRING,
  KIND_TRUE,
  type Disposition,
  type ScanHandler,
  type ValueKind,
} from '../scan/scan-handler.js';
import { WalkerBase } from './walker-base.js';

export class PlanWalker extends WalkerBase implements ScanHandler {
  readonly keySets = KEY_SETS;

  key(bytes: Uint8Array, start: number, end: number, escaped: boolean, offset: number): void {
    const f = this.frame!;
    if (f.kind === F_TOP) {
      const key = this.strings.text(bytes, start, end, escaped, offset);
      this.visitor.topLevelKey(key);
      f.key = TOP_KEYS.lookup(key);
      f.name = key;
    } else if (f.kind === F_ATTRIBUTES || f.kind === F_UNKNOWN) {
      f.name = escaped
        ? this.strings.text(bytes, start, end, true, offset)
        : this.strings.attributeName(bytes, start, end, offset);
    } else if (f.kind === F_OUTPUT_CHANGES || f.kind === F_PLANNED_OUTPUTS) {
      f.name = this.strings.text(bytes, start, end, escaped, offset);
    } else {
      const table = KEYS_OF_FRAME[f.kind];
      const key = table
        ? table.match(bytes, start, end, escaped ? this.strings.text(bytes, start, end, true, offset) : null)
        : K_OTHER;
      f.key = key;
      // A key written twice: its last value is the one that counts (each part's module makes
      // sure nothing of the first survives), and the visitor hears of it.
      const bit = key === K_OTHER ? 0 : 1 << key;
      f.repeat = (f.seen & bit) !== 0;
      f.seen |= bit;
      if (f.repeat) this.visitor.repeatedKey(`${f.path()}.${keyName(key)}`);
    }
  }

  /** Every frame with a key table but the top one answers D_SKIP to other keys and does nothing. */
  keyFilter(): number {
    const f = this.frame;
    if (f === null) return -1;
    // Once a change's actions are known to be no update or replacement, its values are skipped
    // unseen, so plans of creates and deletes read as fast as before attribute names existed.
    if (f.kind === F_CHANGE && !this.wantsDiff(f.parent!)) {
      return PLAIN_CHANGE_KEY_SET;
    }
    // Asked again after each string read (the scanner does): once `address` is known, the labels
    // are left out (see ENTRY_KEY_SETS).
    if (f.kind === F_CHANGE_ENTRY) {
      const provider = this.maxDriftResources > 0 && this.isDrift(f);
      return ENTRY_KEY_SETS[f.address === undefined ? 0 : 1][provider ? 1 : 0];
    }
    if (f.kind === F_RESOURCE && f.address !== undefined) return NAMED_RESOURCE_KEY_SET;
    return KEY_SET_OF_FRAME[f.kind]!;
  }

  value(kind: ValueKind, offset: number): Disposition {
    const f = this.frame;
    if (f === null) {
      this.frame = this.newFrame(F_TOP, null, '');
      return D_DESCEND;
    }
    switch (f.kind) {
      case F_TOP:
        return this.topValue(f, kind, offset);
      case F_ACTIONS:
        f.count++;
        if (kind !== KIND_STRING)
          throw this.invalid(f, '', `is not an array of strings (holds ${KIND_NAMES[kind]})`, offset);
        return D_CAPTURE;
      case F_CHANGE_LIST:
      case F_CHANGE_ENTRY:
      case F_CHANGE:
      case F_ATTRIBUTES:
      case F_UNKNOWN:
      case F_REPLACE_PATHS:
      case F_REPLACE_PATH:
        return changeValue(this, f, kind, offset);
      case F_OUTPUT_CHANGES:
      case F_PLANNED_OUTPUTS:
      case F_OUTPUT_CHANGE:
      case F_PLANNED:
      case F_PLANNED_OUTPUT:
        return outputValue(this, f, kind, offset);
      case F_PRIOR:
      case F_PRIOR_VALUES:
      case F_MODULE:
      case F_RESOURCES:
      case F_CHILD_MODULES:
      case F_RESOURCE:
        return priorValue(this, f, kind, offset);
      default:
        return D_SKIP;
    }
  }

  string(bytes: Uint8Array, start: number, end: number, escaped: boolean, offset: number): void {
    const f = this.frame!;
    if (f.kind === F_REPLACE_PATH) {
      f.prefix = keyPath(f.prefix, this.strings.text(bytes, start, end, escaped, offset));
      return;
    }
    // Actions and modes come from a handful of words: match their bytes, decode only others.
    const common =
      f.kind === F_ACTIONS || f.key === K_MODE ? COMMON_VALUES.match(bytes, start, end, null) : 0;
    const text =
      common > 0 ? COMMON_VALUE_NAMES[common - 1]! : this.strings.text(bytes, start, end, escaped, offset);
    if (f.kind === F_ACTIONS) {
      const owner = f.parent!;
      // The owner is a `change` frame (resource entries) or an output change.
      (owner.kind === F_CHANGE ? owner.parent! : owner).actions!.push(text);
      return;
    }
    if (f.kind === F_TOP) {
      if (f.key === K_FORMAT_VERSION) this.visitor.formatVersion(text);
      else this.visitor.terraformVersion(text);
      return;
    }
    if (f.kind === F_MODULE) f.address = text;
    else if (f.key === K_ADDRESS) {
      f.address = text;
      // From here on the labels are not read (WalkerBase.label; the key filter leaves them out):
      // should `address` come again as null, the entry is named by its place, not half its labels.
      f.labelsSkipped = true;
    } else if (f.key === K_MODE) f.mode = text;
    else if (f.key === K_PREVIOUS_ADDRESS) f.previousAddress = text;
    else if (f.key === K_PROVIDER_NAME) f.providerName = text;
    else if (f.key === K_MODULE_ADDRESS) f.moduleAddress = text;
    else if (f.key === K_TYPE) f.type = text;
    else if (f.key === K_NAME) f.resourceName = text;
    else f.indexJson = indexJsonOf(text);
  }

  close(offset: number): void {
    const f = this.frame!;
    this.frame = f.parent;
    if (f.spanStart >= 0) endSpan(this, f);
    if (f.kind === F_CHANGE_ENTRY) closeChangeEntry(this, f, offset);
    else if (f.kind === F_OUTPUT_CHANGE || f.kind === F_PLANNED_OUTPUT) closeOutput(this, f, offset);
    else if (f.kind === F_RESOURCE) closeResource(this, f);
    else if (f.kind === F_REPLACE_PATH) closeReplacePath(this, f);
    this.releaseFrame(f);
  }

  hashed(hash: number): void {
    const f = this.frame!;
    this.diffOf(f).value(f.isAfter, f.name, hash);
  }

  captured(raw: Uint8Array | null, sawTrue: boolean, offset: number, ends?: ArrayLike<number> | null): void {
    const f = this.frame!;
    if (f.kind === F_TOP)
      this.visitor.topLevelValue?.(
        f.name,
        raw === null ? undefined : this.strings.text(raw, 0, raw.length, false, offset),
      );
    else if (f.kind === F_UNKNOWN) this.diffOf(f).unknownMember(f.name, sawTrue);
    else if (f.kind === F_OUTPUT_CHANGE) capturedOutput(this, f, raw, sawTrue, offset);
    else if (f.kind === F_ATTRIBUTES || f.kind === F_REPLACE_PATH || f.kind === F_CHANGE)
      capturedDiffValue(this, f, raw, offset, ends);
    // A numeric `index` (a string one is captured as a string).
    else
      f.indexJson =
        raw === null
          ? undefined
          : (indexJsonOfDigits(raw) ??
            indexJsonOf(Number(this.strings.text(raw, 0, raw.length, false, offset))));
  }

  private topValue(f: Frame, kind: ValueKind, offset: number): Disposition {
    switch (f.key) {
      case K_FORMAT_VERSION:
      case K_TERRAFORM_VERSION:
        return this.expectString(
          f,
          f.key === K_FORMAT_VERSION ? 'format_version' : 'terraform_version',
          kind,
          offset,
          false,
        );
      case K_ERRORED:
        if (kind === KIND_TRUE || kind === KIND_FALSE) this.visitor.errored(kind === KIND_TRUE);
        else if (kind !== KIND_NULL)
          throw this.invalid(f, 'errored', `is ${KIND_NAMES[kind]}, not true or false`, offset);
        return D_SKIP;
      case K_RESOURCE_CHANGES:
        return this.enter(f, kind, KIND_ARRAY, F_CHANGE_LIST, '.resource_changes', offset, false);
      case K_RESOURCE_DRIFT:
        return this.enter(f, kind, KIND_ARRAY, F_CHANGE_LIST, '.resource_drift', offset, false);
      case K_OUTPUT_CHANGES:
        return this.enter(f, kind, KIND_OBJECT, F_OUTPUT_CHANGES, '.output_changes', offset, false);
      case K_PLANNED_VALUES:
        return this.enter(f, kind, KIND_OBJECT, F_PLANNED, '.planned_values', offset, false);
      case K_PRIOR_STATE:
        return this.enter(f, kind, KIND_OBJECT, F_PRIOR, '.prior_state', offset, false);
      default:
        // --show-values: the root variables and their declarations, which say which import ids
        // may hold a secret (sensitive-variables.ts).
        return this.values?.policy.show === true && (f.name === 'variables' || f.name === 'configuration')
          ? D_RAW
          : D_SKIP;
    }
  }
}
