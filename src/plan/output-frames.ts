/**
 * Outputs: `output_changes` (each output's actions, value after the plan, and whether it is
 * unknown or sensitive) and `planned_values.outputs` (only `sensitive`).
 *
 * Sensitive once, sensitive always: a `sensitive` or `after_sensitive` written again does not undo
 * an earlier true (the one exception to "the last wins", see output-tally.ts).
 */
import {
  F_OUTPUT_CHANGE,
  F_OUTPUT_CHANGES,
  F_PLANNED,
  F_PLANNED_OUTPUT,
  F_PLANNED_OUTPUTS,
  type Frame,
  K_ACTIONS,
  K_AFTER,
  K_AFTER_SENSITIVE,
  K_AFTER_UNKNOWN,
  K_OTHER,
  F_ACTIONS,
  member,
} from './plan-frames.js';
import { keptOutputText, type KeptOutputValue } from './output-value.js';
import {
  D_RAW,
  D_SCAN_TRUE,
  D_SKIP,
  KIND_ARRAY,
  KIND_OBJECT,
  KIND_TRUE,
  type Disposition,
  type ValueKind,
} from '../scan/scan-handler.js';
import type { WalkerBase } from './walker-base.js';

/** A value inside `output_changes` or `planned_values` (frames F_OUTPUT_CHANGES to F_PLANNED_OUTPUT). */
export function outputValue(w: WalkerBase, f: Frame, kind: ValueKind, offset: number): Disposition {
  switch (f.kind) {
    case F_OUTPUT_CHANGES:
    case F_PLANNED_OUTPUTS: {
      const child = f.kind === F_OUTPUT_CHANGES ? F_OUTPUT_CHANGE : F_PLANNED_OUTPUT;
      const entered = w.enter(f, kind, KIND_OBJECT, child, member(f.name), offset, true);
      w.frame!.name = f.name;
      return entered;
    }
    case F_OUTPUT_CHANGE:
      switch (f.key) {
        case K_ACTIONS:
          return w.enter(f, kind, KIND_ARRAY, F_ACTIONS, '.actions', offset, true);
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
        : w.enter(f, kind, KIND_OBJECT, F_PLANNED_OUTPUTS, '.outputs', offset, false);
    default: // F_PLANNED_OUTPUT
      if (f.key !== K_OTHER && kind === KIND_TRUE) f.sensitive = true;
      return D_SKIP;
  }
}

/** `after` (raw text, or null when too large), `after_unknown` or `after_sensitive` of an output change. */
export function capturedOutput(
  w: WalkerBase,
  f: Frame,
  raw: Uint8Array | null,
  sawTrue: boolean,
  offset: number,
): void {
  if (f.key === K_AFTER_UNKNOWN) f.afterUnknown = sawTrue;
  else if (f.key === K_AFTER_SENSITIVE) f.afterSensitive ||= sawTrue;
  else if (raw === null) {
    f.after = undefined;
    f.afterJson = undefined;
    f.afterTooLarge = true;
  } else {
    let kept: KeptOutputValue;
    try {
      // From the text, not a parsed value: numbers are reported as the plan wrote them.
      kept = keptOutputText(w.strings.text(raw, 0, raw.length, false, offset));
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      throw w.errors.error('INPUT_SYNTAX', `${f.path()}.after is not valid JSON`, offset);
    }
    f.after = kept.after;
    f.afterJson = kept.afterJson;
    f.afterTooLarge = kept.afterTooLarge;
  }
}

/** An output change or planned output closes: one visitor call. */
export function closeOutput(w: WalkerBase, f: Frame, offset: number): void {
  if (f.kind === F_PLANNED_OUTPUT) {
    if (f.sensitive) w.visitor.plannedOutputSensitive(f.name);
    return;
  }
  if (f.actions === undefined) throw w.invalid(f, '.actions', 'is missing', offset);
  w.visitor.outputChange({
    name: f.name,
    actions: f.actions,
    after: f.after,
    afterJson: f.afterJson,
    afterTooLarge: f.afterTooLarge,
    afterUnknown: f.afterUnknown,
    afterSensitive: f.afterSensitive,
  });
}
