/**
 * The plan-shaped half of the streaming reader: a ScanHandler that knows where in a
 * `terraform show -json` document the visitor's fields live, descends only into those containers,
 * buffers the few small fields of one entry (keys come in any order) and calls the PlanVisitor
 * when the entry closes. Everything else is answered with D_SKIP.
 *
 * Rules (the JSON.parse walker applies the same ones):
 * - null is the same as an absent key, except for required fields, which must have their type;
 * - containers the reader walks into must be objects/arrays of the right shape, or INPUT_INVALID;
 * - flags are lenient: `importing` counts when present and not null, `sensitive` when exactly true,
 *   `after_unknown`/`after_sensitive` when a `true` occurs anywhere in them;
 * - calls follow document order (keys of an object in the order written).
 */
import { MAX_ATTRIBUTE_ADDRESSES } from '../../model/plan-summary.js';
import { AttributeDiff, diffsAttributes, type DiffPart } from '../attribute-diff.js';
import type { PlanVisitor } from '../plan-visitor.js';
import { displayAddress, indexJsonOf, type AddressParts } from '../resource-address.js';
import {
  D_CAPTURE,
  D_DESCEND,
  D_HASH,
  D_RAW,
  D_SCAN_TRUE,
  D_SKIP,
  KIND_ARRAY,
  KIND_FALSE,
  KIND_NULL,
  KIND_NUMBER,
  KIND_OBJECT,
  KIND_STRING,
  KIND_TRUE,
  type Disposition,
  type ScanHandler,
  type ValueKind,
} from './scan-handler.js';
import type { InputErrors } from './input-errors.js';
import { keptOutputText, type KeptOutputValue } from './output-value.js';
import {
  COMMON_VALUES,
  COMMON_VALUE_NAMES,
  F_ACTIONS,
  F_ATTRIBUTES,
  F_CHANGE,
  F_CHANGE_ENTRY,
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
  F_RESOURCE,
  F_REPLACE_PATH,
  F_REPLACE_PATHS,
  F_RESOURCES,
  F_TOP,
  F_UNKNOWN,
  Frame,
  type FrameKind,
  KEYS_OF_FRAME,
  KEY_SETS,
  KEY_SET_OF_FRAME,
  KIND_NAMES,
  keyName,
  K_ACTIONS,
  K_ADDRESS,
  K_AFTER,
  K_AFTER_SENSITIVE,
  K_AFTER_UNKNOWN,
  K_BEFORE,
  K_CHANGE,
  K_CHILD_MODULES,
  K_ERRORED,
  K_FORMAT_VERSION,
  K_IMPORTING,
  K_INDEX,
  K_MODE,
  K_MODULE_ADDRESS,
  K_NAME,
  K_OTHER,
  K_OUTPUT_CHANGES,
  K_PLANNED_VALUES,
  K_PREVIOUS_ADDRESS,
  K_PRIOR_STATE,
  K_REPLACE_PATHS,
  K_RESOURCES,
  K_RESOURCE_CHANGES,
  K_RESOURCE_DRIFT,
  K_TERRAFORM_VERSION,
  PLAIN_CHANGE_KEY_SET,
  K_TYPE,
  TOP_KEYS,
  member,
} from './plan-frames.js';

/** Slots of the attribute name cache (a power of two). */
const NAME_SLOTS = 1024;

export class PlanWalker implements ScanHandler {
  readonly keySets = KEY_SETS;
  private frame: Frame | null = null;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** Interned attribute names (see attributeName). */
  private readonly names: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS);
  /** Entries whose attribute names were read (at most MAX_ATTRIBUTE_ADDRESSES). */
  private diffed = 0;
  /** PlanVisitor.priorStateResource calls so far (their numbers, for priorStateRetract). */
  private priorCalls = 0;

  constructor(
    private readonly visitor: PlanVisitor,
    private readonly errors: InputErrors,
  ) {}

  key(bytes: Uint8Array, start: number, end: number, escaped: boolean, offset: number): void {
    const f = this.frame!;
    if (f.kind === F_TOP) {
      const key = this.text(bytes, start, end, escaped, offset);
      this.visitor.topLevelKey(key);
      f.key = TOP_KEYS.lookup(key);
    } else if (f.kind === F_ATTRIBUTES || f.kind === F_UNKNOWN) {
      f.name = escaped
        ? this.text(bytes, start, end, true, offset)
        : this.attributeName(bytes, start, end, offset);
    } else if (f.kind === F_OUTPUT_CHANGES || f.kind === F_PLANNED_OUTPUTS) {
      f.name = this.text(bytes, start, end, escaped, offset);
    } else {
      const table = KEYS_OF_FRAME[f.kind];
      const key = table
        ? table.match(bytes, start, end, escaped ? this.text(bytes, start, end, true, offset) : null)
        : K_OTHER;
      f.key = key;
      // A key written twice: its last value is the one that counts (each case in `value` makes
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
    return KEY_SET_OF_FRAME[f.kind]!;
  }

  /** A resource change entry whose attribute names are gathered (actions unknown yet: maybe). */
  private wantsDiff(entry: Frame): boolean {
    return (
      this.diffed < MAX_ATTRIBUTE_ADDRESSES &&
      entry.parent!.via !== '.resource_drift' &&
      (entry.actions === undefined || diffsAttributes(entry.actions))
    );
  }

  value(kind: ValueKind, offset: number): Disposition {
    const f = this.frame;
    if (f === null) {
      this.frame = new Frame(F_TOP, null, '');
      return D_DESCEND;
    }
    switch (f.kind) {
      case F_TOP:
        return this.topValue(f, kind, offset);
      case F_CHANGE_LIST:
        return this.element(f, kind, KIND_OBJECT, F_CHANGE_ENTRY, offset);
      case F_CHANGE_ENTRY:
        switch (f.key) {
          case K_ADDRESS:
            // null is the same as absent: the address is rebuilt from the labels.
            f.address = undefined;
            return this.expectString(f, '.address', kind, offset, false);
          case K_MODE:
            f.mode = undefined;
            return this.expectString(f, '.mode', kind, offset, false);
          case K_PREVIOUS_ADDRESS:
            f.previousAddress = undefined;
            return this.expectString(f, '.previous_address', kind, offset, false);
          case K_CHANGE:
            f.hasChange = true;
            // A second `change` replaces the first (JSON.parse keeps the last): nothing of the
            // first may stay behind.
            f.importing = false;
            f.actions = undefined;
            f.diff = undefined;
            f.diffBlind = false;
            return this.enter(f, kind, KIND_OBJECT, F_CHANGE, '.change', offset, true);
          default:
            return this.label(f, kind, offset);
        }
      case F_CHANGE:
        if (f.key === K_ACTIONS) {
          // Written again after actions that let the values be skipped unseen (a create, a
          // delete): if the last actions are an update, its attribute names cannot be known.
          const entry = f.parent!;
          if (f.repeat && entry.actions !== undefined && !diffsAttributes(entry.actions))
            entry.diffBlind = true;
          return this.enter(f, kind, KIND_ARRAY, F_ACTIONS, '.actions', offset, true);
        }
        if (f.key === K_IMPORTING) f.parent!.importing = kind !== KIND_NULL;
        else if (f.key !== K_OTHER && this.wantsDiff(f.parent!)) return this.diffValue(f, kind);
        return D_SKIP;
      case F_ATTRIBUTES:
        return D_HASH;
      case F_UNKNOWN:
        if (kind === KIND_OBJECT || kind === KIND_ARRAY) return D_SCAN_TRUE;
        // Every member is told, true or not: a name written again replaces what the first said.
        this.diffOf(f).unknownMember(f.name, kind === KIND_TRUE);
        return D_SKIP;
      case F_REPLACE_PATHS:
        if (kind !== KIND_ARRAY) return D_SKIP;
        this.frame = new Frame(F_REPLACE_PATH, f, f.count++);
        return D_DESCEND;
      case F_REPLACE_PATH:
        return f.count++ === 0 && kind === KIND_STRING ? D_CAPTURE : D_SKIP;
      case F_ACTIONS:
        f.count++;
        if (kind !== KIND_STRING)
          throw this.invalid(f, '', `is not an array of strings (holds ${KIND_NAMES[kind]})`, offset);
        return D_CAPTURE;
      case F_OUTPUT_CHANGES:
      case F_PLANNED_OUTPUTS: {
        const child = f.kind === F_OUTPUT_CHANGES ? F_OUTPUT_CHANGE : F_PLANNED_OUTPUT;
        const entered = this.enter(f, kind, KIND_OBJECT, child, member(f.name), offset, true);
        this.frame!.name = f.name;
        return entered;
      }
      case F_OUTPUT_CHANGE:
        switch (f.key) {
          case K_ACTIONS:
            return this.enter(f, kind, KIND_ARRAY, F_ACTIONS, '.actions', offset, true);
          case K_AFTER:
            return D_RAW;
          case K_AFTER_UNKNOWN:
          case K_AFTER_SENSITIVE:
            return D_SCAN_TRUE;
          default:
            return D_SKIP;
        }
      case F_PLANNED:
        return f.key === K_OTHER
          ? D_SKIP
          : this.enter(f, kind, KIND_OBJECT, F_PLANNED_OUTPUTS, '.outputs', offset, false);
      case F_PLANNED_OUTPUT:
        // Once declared sensitive, always: a `sensitive` written again does not undo it (the one
        // exception to "the last wins", see output-tally.ts).
        if (f.key !== K_OTHER && kind === KIND_TRUE) f.sensitive = true;
        return D_SKIP;
      case F_PRIOR:
        return f.key === K_OTHER
          ? D_SKIP
          : this.enterPrior(f, kind, KIND_OBJECT, F_PRIOR_VALUES, '.values', offset);
      case F_PRIOR_VALUES:
        return f.key === K_OTHER
          ? D_SKIP
          : this.enterPrior(f, kind, KIND_OBJECT, F_MODULE, '.root_module', offset);
      case F_MODULE:
        if (f.key === K_ADDRESS) {
          f.address = undefined;
          return this.expectString(f, '.address', kind, offset, false);
        }
        if (f.key === K_RESOURCES)
          return this.enterPrior(f, kind, KIND_ARRAY, F_RESOURCES, '.resources', offset);
        if (f.key === K_CHILD_MODULES) {
          return this.enterPrior(f, kind, KIND_ARRAY, F_CHILD_MODULES, '.child_modules', offset);
        }
        return D_SKIP;
      case F_RESOURCES:
        return this.element(f, kind, KIND_OBJECT, F_RESOURCE, offset);
      case F_CHILD_MODULES:
        return this.element(f, kind, KIND_OBJECT, F_MODULE, offset);
      case F_RESOURCE:
        if (f.key === K_ADDRESS) {
          f.address = undefined;
          return this.expectString(f, '.address', kind, offset, false);
        }
        if (f.key === K_MODE) {
          f.mode = undefined;
          return this.expectString(f, '.mode', kind, offset, false);
        }
        return f.key === K_MODULE_ADDRESS ? D_SKIP : this.label(f, kind, offset);
      default:
        return D_SKIP;
    }
  }

  string(bytes: Uint8Array, start: number, end: number, escaped: boolean, offset: number): void {
    const f = this.frame!;
    if (f.kind === F_REPLACE_PATH) {
      this.diffOf(f).replacePath(this.text(bytes, start, end, escaped, offset));
      return;
    }
    // Actions and modes come from a handful of words: match their bytes, decode only others.
    const common =
      f.kind === F_ACTIONS || f.key === K_MODE ? COMMON_VALUES.match(bytes, start, end, null) : 0;
    const text = common > 0 ? COMMON_VALUE_NAMES[common - 1]! : this.text(bytes, start, end, escaped, offset);
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
    if (f.kind === F_MODULE || f.key === K_ADDRESS) f.address = text;
    else if (f.key === K_MODE) f.mode = text;
    else if (f.key === K_PREVIOUS_ADDRESS) f.previousAddress = text;
    else if (f.key === K_MODULE_ADDRESS) f.moduleAddress = text;
    else if (f.key === K_TYPE) f.type = text;
    else if (f.key === K_NAME) f.resourceName = text;
    else f.indexJson = indexJsonOf(text);
  }

  close(offset: number): void {
    const f = this.frame!;
    this.frame = f.parent;
    if (f.spanStart >= 0) this.endSpan(f);
    switch (f.kind) {
      case F_CHANGE_ENTRY: {
        if (!f.hasChange) throw this.invalid(f, '.change', 'is missing', offset);
        if (f.actions === undefined) throw this.invalid(f, '.change.actions', 'is missing', offset);
        const entry = {
          address: displayAddress(this.partsOf(f), f.path()),
          mode: f.mode,
          actions: f.actions,
          importing: f.importing,
          previousAddress: f.previousAddress,
          changedAttributes:
            f.diff !== undefined && !f.diffBlind && this.wantsDiff(f) ? f.diff.result() : undefined,
        };
        if (entry.changedAttributes !== undefined) this.diffed++;
        if (f.parent!.via === '.resource_drift') this.visitor.resourceDrift(entry);
        else this.visitor.resourceChange(entry);
        return;
      }
      case F_OUTPUT_CHANGE:
        if (f.actions === undefined) throw this.invalid(f, '.actions', 'is missing', offset);
        this.visitor.outputChange({
          name: f.name,
          actions: f.actions,
          after: f.after,
          afterJson: f.afterJson,
          afterTooLarge: f.afterTooLarge,
          afterUnknown: f.afterUnknown,
          afterSensitive: f.afterSensitive,
        });
        return;
      case F_PLANNED_OUTPUT:
        if (f.sensitive) this.visitor.plannedOutputSensitive(f.name);
        return;
      case F_RESOURCE: {
        // A state module's `address` counts when it came before its `resources` (as Terraform
        // writes it): a reader that goes on reading cannot know one that comes after.
        const module = f.parent!.parent!;
        const parts = { ...this.partsOf(f), moduleAddress: module.address };
        this.visitor.priorStateResource(displayAddress(parts, f.path()), f.mode);
        this.priorCalls++;
        return;
      }
      default:
        return;
    }
  }

  hashed(hash: number): void {
    const f = this.frame!;
    this.diffOf(f).value(f.isAfter, f.name, hash);
  }

  captured(raw: Uint8Array | null, sawTrue: boolean, offset: number): void {
    const f = this.frame!;
    if (f.kind === F_UNKNOWN) {
      this.diffOf(f).unknownMember(f.name, sawTrue);
      return;
    }
    if (f.kind !== F_OUTPUT_CHANGE) {
      // A numeric `index` (a string one is captured as a string).
      f.indexJson =
        raw === null ? undefined : indexJsonOf(Number(this.text(raw, 0, raw.length, false, offset)));
      return;
    }
    if (f.key === K_AFTER_UNKNOWN) f.afterUnknown = sawTrue;
    // Sensitive once, sensitive always (see F_PLANNED_OUTPUT).
    else if (f.key === K_AFTER_SENSITIVE) f.afterSensitive ||= sawTrue;
    else if (raw === null) {
      f.after = undefined;
      f.afterJson = undefined;
      f.afterTooLarge = true;
    } else {
      let kept: KeptOutputValue;
      try {
        // From the text, not a parsed value: numbers are reported as the plan wrote them.
        kept = keptOutputText(this.text(raw, 0, raw.length, false, offset));
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        throw this.errors.error('INPUT_SYNTAX', `${f.path()}.after is not valid JSON`, offset);
      }
      f.after = kept.after;
      f.afterJson = kept.afterJson;
      f.afterTooLarge = kept.afterTooLarge;
    }
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
        return D_SKIP;
    }
  }

  /**
   * `before`, `after`, `after_unknown` or `replace_paths` of an update or replacement: walked into
   * when of the expected shape; any other shape counts as empty (the names are a reading aid, not
   * something to refuse a plan over).
   */
  private diffValue(f: Frame, kind: ValueKind): Disposition {
    const diff = (f.parent!.diff ??= new AttributeDiff());
    const key = f.key;
    // Written again: the second replaces the first, whatever its shape.
    if (f.repeat) diff.clear(keyName(key) as DiffPart);
    let child: typeof F_ATTRIBUTES | typeof F_UNKNOWN | typeof F_REPLACE_PATHS;
    if (key === K_REPLACE_PATHS) {
      if (kind !== KIND_ARRAY) return D_SKIP;
      child = F_REPLACE_PATHS;
    } else {
      if (kind !== KIND_OBJECT) return D_SKIP;
      child = key === K_AFTER_UNKNOWN ? F_UNKNOWN : F_ATTRIBUTES;
    }
    const frame = new Frame(child, f, key === K_BEFORE ? '.before' : key === K_AFTER ? '.after' : '.x');
    frame.isAfter = key === K_AFTER;
    this.frame = frame;
    return D_DESCEND;
  }

  /**
   * A prior-state container (`values`, `root_module`, a module's `resources` or `child_modules`):
   * entered like any other, and the prior-state resources its value reports are remembered as a
   * span of calls, so that the same key written again in the same object can take them back.
   */
  private enterPrior(
    f: Frame,
    kind: ValueKind,
    want: ValueKind,
    child: FrameKind,
    via: string,
    offset: number,
  ): Disposition {
    if (f.repeat && f.spans !== undefined) {
      const from = f.spans[2 * f.key];
      const to = f.spans[2 * f.key + 1];
      if (from !== undefined && to !== undefined && to > from) this.visitor.priorStateRetract(from, to);
      f.spans[2 * f.key] = f.spans[2 * f.key + 1] = this.priorCalls;
    }
    const disposition = this.enter(f, kind, want, child, via, offset, false);
    if (disposition === D_DESCEND) this.frame!.spanStart = this.priorCalls;
    return disposition;
  }

  /** A prior-state container closes: the span of calls its value made is its parent key's. */
  private endSpan(f: Frame): void {
    const parent = f.parent!;
    const spans = (parent.spans ??= []);
    spans[2 * parent.key] = f.spanStart;
    spans[2 * parent.key + 1] = this.priorCalls;
  }

  /** The AttributeDiff of the entry a frame under `change` belongs to. */
  private diffOf(f: Frame): AttributeDiff {
    let entry = f;
    while (entry.kind !== F_CHANGE_ENTRY) entry = entry.parent!;
    return entry.diff!;
  }

  /**
   * A label of a change entry or state resource (`module_address`, `type`, `name`: strings;
   * `index`: a number or a string); null is the same as absent; other keys are skipped.
   */
  private label(f: Frame, kind: ValueKind, offset: number): Disposition {
    switch (f.key) {
      case K_MODULE_ADDRESS:
        f.moduleAddress = undefined;
        return this.expectString(f, '.module_address', kind, offset, false);
      case K_TYPE:
        f.type = undefined;
        return this.expectString(f, '.type', kind, offset, false);
      case K_NAME:
        f.resourceName = undefined;
        return this.expectString(f, '.name', kind, offset, false);
      case K_INDEX:
        f.indexJson = undefined;
        if (kind === KIND_NUMBER) return D_RAW;
        return this.expectString(f, '.index', kind, offset, false, 'a number or a string');
      default:
        return D_SKIP;
    }
  }

  private partsOf(f: Frame): AddressParts {
    return {
      address: f.address,
      moduleAddress: f.moduleAddress,
      mode: f.mode,
      type: f.type,
      name: f.resourceName,
      indexJson: f.indexJson,
    };
  }

  /** A container value the walker goes into; null skips it unless the field is required. */
  private enter(
    f: Frame,
    kind: ValueKind,
    want: ValueKind,
    child: FrameKind,
    via: string,
    offset: number,
    required: boolean,
  ): Disposition {
    if (kind === want) {
      this.frame = new Frame(child, f, via);
      if (child === F_ACTIONS) (f.kind === F_CHANGE ? f.parent! : f).actions = [];
      return D_DESCEND;
    }
    if (kind === KIND_NULL && !required) return D_SKIP;
    throw this.invalid(f, via, `is ${KIND_NAMES[kind]}, not ${KIND_NAMES[want]}`, offset);
  }

  /** An element of an array of objects. */
  private element(f: Frame, kind: ValueKind, want: ValueKind, child: FrameKind, offset: number): Disposition {
    const index = f.count++;
    if (kind !== want)
      throw this.invalid(f, `[${index}]`, `is ${KIND_NAMES[kind]}, not ${KIND_NAMES[want]}`, offset);
    this.frame = new Frame(child, f, index);
    return D_DESCEND;
  }

  private expectString(
    f: Frame,
    field: string,
    kind: ValueKind,
    offset: number,
    required: boolean,
    want = 'a string',
  ): Disposition {
    if (kind === KIND_STRING) return D_CAPTURE;
    if (kind === KIND_NULL && !required) return D_SKIP;
    throw this.invalid(f, field, `is ${KIND_NAMES[kind]}, not ${want}`, offset);
  }

  private invalid(f: Frame, field: string, problem: string, offset: number): Error {
    const base = f.path();
    const joint = field === '' || field.startsWith('.') || field.startsWith('[') || base === '' ? '' : '.';
    return this.errors.error(
      'INPUT_INVALID',
      `${`${base}${joint}${field}`.replace(/^\./, '')} ${problem}`,
      offset,
    );
  }

  /**
   * An attribute name (a key without escapes). The same few dozen names come back in every
   * resource of a type, so they are interned: found by a hash of their bytes and checked byte by
   * byte, without building a string each time.
   */
  private attributeName(bytes: Uint8Array, start: number, end: number, offset: number): string {
    const length = end - start;
    if (length > 64) return this.text(bytes, start, end, false, offset);
    let h = length;
    for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k]!, 0x01000193);
    const slot = (h >>> 0) & (NAME_SLOTS - 1);
    const known = this.names[slot];
    if (known !== undefined && known.length === length) {
      let k = 0;
      while (k < length && known.charCodeAt(k) === bytes[start + k]) k++;
      if (k === length) return known;
    }
    const name = this.text(bytes, start, end, false, offset);
    // Only ASCII names are interned: their characters are their bytes, as compared above.
    if (/^[\x20-\x7e]*$/.test(name)) this.names[slot] = name;
    return name;
  }

  /** A string's bytes as text: invalid UTF-8 is an encoding error, escapes are decoded. */
  private text(bytes: Uint8Array, start: number, end: number, escaped: boolean, offset: number): string {
    // Addresses and names are short ASCII: building them directly skips TextDecoder's overhead.
    if (!escaped && end - start <= 128) {
      let k = start;
      while (k < end && bytes[k]! < 0x80) k++;
      if (k === end) {
        return Buffer.isBuffer(bytes)
          ? bytes.toString('latin1', start, end)
          : String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
      }
    }
    let text: string;
    try {
      text = this.utf8.decode(bytes.subarray(start, end));
    } catch {
      throw this.errors.error('INPUT_ENCODING', 'invalid UTF-8 in a string; save the file as UTF-8', offset);
    }
    if (!escaped) return text;
    // The scanner has checked every escape, so this cannot fail on them.
    return JSON.parse(`"${text}"`) as string;
  }
}
