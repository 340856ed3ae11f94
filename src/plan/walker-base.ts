/**
 * What every part of the plan walker shares: the open frame, where the calls go, and the checks of
 * a value's shape. PlanWalker (plan-walker.ts) answers the scanner and hands each part of the
 * document to its module: change-frames.ts (resource changes and drift), output-frames.ts
 * (outputs and their sensitivity), prior-frames.ts (the prior state).
 *
 * The shape rules (the JSON.parse walker applies the same ones):
 * - null is the same as an absent key, except for required fields, which must have their type;
 * - containers the reader walks into must be objects/arrays of the right shape, or INPUT_INVALID;
 * - calls follow document order (keys of an object in the order written).
 */
import { MAX_ATTRIBUTE_ADDRESSES } from '../model/plan-summary.js';
import { diffsAttributes, type AttributeDiff } from './attribute-diff.js';
import type { PlanVisitor } from './plan-visitor.js';
import type { ValueGate } from './value-policy.js';
import type { AddressParts } from './resource-address.js';
import type { InputErrors } from '../scan/input-errors.js';
import {
  F_ACTIONS,
  F_CHANGE,
  F_CHANGE_ENTRY,
  Frame,
  type FrameKind,
  KIND_NAMES,
  K_INDEX,
  K_MODULE_ADDRESS,
  K_OTHER,
  K_NAME,
  K_TYPE,
} from './plan-frames.js';
import {
  D_CAPTURE,
  D_DESCEND,
  D_RAW,
  D_SKIP,
  KIND_NULL,
  KIND_NUMBER,
  KIND_STRING,
  type Disposition,
  type ValueKind,
} from '../scan/scan-handler.js';
import { StringReader } from '../scan/string-reader.js';

/** Closed frames kept for reuse: more than a plan's containers nest. */
const MAX_SPARE_FRAMES = 64;

export abstract class WalkerBase {
  /** The innermost open container, or null before the document begins. */
  frame: Frame | null = null;
  /** Entries whose attribute names were read (at most MAX_ATTRIBUTE_ADDRESSES). */
  diffed = 0;
  /** Drift entries whose attribute names were read (--send-drift-resources only). */
  driftDiffed = 0;
  /** PlanVisitor.priorStateResource calls so far (their numbers, for priorStateRetract). */
  priorCalls = 0;
  readonly strings: StringReader;
  /** Closed frames, for newFrame to use again (no more than the deepest nesting seen, capped). */
  private readonly spare: Frame[] = [];

  constructor(
    readonly visitor: PlanVisitor,
    readonly errors: InputErrors,
    /** Set with --show-values: leaves are then handed as text, to be shown where allowed. */
    readonly values?: ValueGate | undefined,
    /** Updates and replacements whose attribute roles are read. */
    private readonly maxDiffed: number = MAX_ATTRIBUTE_ADDRESSES,
    /**
     * --send-drift-resources: drift entries that change a resource, up to this many, are read for
     * their provider and changed attribute names (0: drift is only counted, as before).
     */
    readonly maxDriftResources: number = 0,
  ) {
    this.strings = new StringReader(errors);
  }

  /** A frame for a container the walker goes into: a closed one made new, or a new one. */
  newFrame(kind: FrameKind, parent: Frame | null, via: string | number): Frame {
    const spare = this.spare.pop();
    return spare === undefined ? new Frame(kind, parent, via) : spare.reuse(kind, parent, via);
  }

  /** A frame whose container closed, once nothing reads it any more (PlanWalker.close). */
  releaseFrame(f: Frame): void {
    if (this.spare.length < MAX_SPARE_FRAMES) this.spare.push(f);
  }

  /** A resource change entry whose attribute names are gathered (actions unknown yet: maybe). */
  wantsDiff(entry: Frame): boolean {
    const actions = entry.actions === undefined || diffsAttributes(entry.actions);
    if (this.isDrift(entry)) return actions && this.driftDiffed < this.maxDriftResources;
    return this.diffed < this.maxDiffed && actions;
  }

  /** An entry of `resource_drift` (not `resource_changes`). */
  isDrift(entry: Frame): boolean {
    return entry.parent!.via === '.resource_drift';
  }

  /** The AttributeDiff of the entry a frame under `change` belongs to. */
  diffOf(f: Frame): AttributeDiff {
    let entry = f;
    while (entry.kind !== F_CHANGE_ENTRY) entry = entry.parent!;
    return entry.diff!;
  }

  /**
   * A label of a change entry or state resource (`module_address`, `type`, `name`: strings;
   * `index`: a number or a string); null is the same as absent; other keys are skipped.
   */
  label(f: Frame, kind: ValueKind, offset: number): Disposition {
    // Labels only rebuild a missing address: once `address` is read (Terraform writes it first)
    // they are skipped unread (PlanWalker.string marks the frame), not decoded for every entry of
    // a large plan; the WebAssembly loop does not even stop at them (ENTRY_KEY_SETS).
    if (f.address !== undefined && f.key !== K_OTHER) return D_SKIP;
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

  /**
   * The labels an address is rebuilt from. None when some were skipped unread (see label) and the
   * address was then written again as null: the entry is named by its place, never by half its
   * labels.
   */
  partsOf(f: Frame): AddressParts {
    if (f.labelsSkipped) return {};
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
  enter(
    f: Frame,
    kind: ValueKind,
    want: ValueKind,
    child: FrameKind,
    via: string,
    offset: number,
    required: boolean,
  ): Disposition {
    if (kind === want) {
      this.frame = this.newFrame(child, f, via);
      if (child === F_ACTIONS) (f.kind === F_CHANGE ? f.parent! : f).actions = [];
      return D_DESCEND;
    }
    if (kind === KIND_NULL && !required) return D_SKIP;
    throw this.invalid(f, via, `is ${KIND_NAMES[kind]}, not ${KIND_NAMES[want]}`, offset);
  }

  /** An element of an array of objects. */
  element(f: Frame, kind: ValueKind, want: ValueKind, child: FrameKind, offset: number): Disposition {
    const index = f.count++;
    if (kind !== want)
      throw this.invalid(f, `[${index}]`, `is ${KIND_NAMES[kind]}, not ${KIND_NAMES[want]}`, offset);
    this.frame = this.newFrame(child, f, index);
    return D_DESCEND;
  }

  expectString(
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

  invalid(f: Frame, field: string, problem: string, offset: number): Error {
    const base = f.path();
    const joint = field === '' || field.startsWith('.') || field.startsWith('[') || base === '' ? '' : '.';
    return this.errors.error(
      'INPUT_INVALID',
      `${`${base}${joint}${field}`.replace(/^\./, '')} ${problem}`,
      offset,
    );
  }
}
