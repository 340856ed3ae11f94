/**
 * The prior state: `prior_state.values.root_module`, its resources and child modules, read for
 * the drift `unchanged` count (PlanVisitor.priorStateResource).
 *
 * A container written twice in one object (`values`, `root_module`, a module's `resources` or
 * `child_modules`) replaces the first, as JSON.parse reads it: each container's value remembers
 * the span of priorStateResource calls it made, and a repeated key takes them back
 * (PlanVisitor.priorStateRetract) before its own value is read.
 */
import { displayAddress } from './resource-address.js';
import {
  F_CHILD_MODULES,
  F_MODULE,
  F_PRIOR,
  F_PRIOR_VALUES,
  F_RESOURCE,
  F_RESOURCES,
  type Frame,
  type FrameKind,
  K_ADDRESS,
  K_CHILD_MODULES,
  K_MODE,
  K_MODULE_ADDRESS,
  K_OTHER,
  K_RESOURCES,
} from './plan-frames.js';
import {
  D_DESCEND,
  D_SKIP,
  KIND_ARRAY,
  KIND_OBJECT,
  type Disposition,
  type ValueKind,
} from '../scan/scan-handler.js';
import type { WalkerBase } from './walker-base.js';

/** A value inside the prior state (frames F_PRIOR to F_RESOURCE). */
export function priorValue(w: WalkerBase, f: Frame, kind: ValueKind, offset: number): Disposition {
  switch (f.kind) {
    case F_PRIOR:
      return f.key === K_OTHER
        ? D_SKIP
        : enterPrior(w, f, kind, KIND_OBJECT, F_PRIOR_VALUES, '.values', offset);
    case F_PRIOR_VALUES:
      return f.key === K_OTHER
        ? D_SKIP
        : enterPrior(w, f, kind, KIND_OBJECT, F_MODULE, '.root_module', offset);
    case F_MODULE:
      if (f.key === K_ADDRESS) {
        f.address = undefined;
        return w.expectString(f, '.address', kind, offset, false);
      }
      if (f.key === K_RESOURCES) return enterPrior(w, f, kind, KIND_ARRAY, F_RESOURCES, '.resources', offset);
      if (f.key === K_CHILD_MODULES) {
        return enterPrior(w, f, kind, KIND_ARRAY, F_CHILD_MODULES, '.child_modules', offset);
      }
      return D_SKIP;
    case F_RESOURCES:
      return w.element(f, kind, KIND_OBJECT, F_RESOURCE, offset);
    case F_CHILD_MODULES:
      return w.element(f, kind, KIND_OBJECT, F_MODULE, offset);
    default: // F_RESOURCE
      if (f.key === K_ADDRESS) {
        f.address = undefined;
        return w.expectString(f, '.address', kind, offset, false);
      }
      if (f.key === K_MODE) {
        f.mode = undefined;
        return w.expectString(f, '.mode', kind, offset, false);
      }
      return f.key === K_MODULE_ADDRESS ? D_SKIP : w.label(f, kind, offset);
  }
}

/**
 * A prior-state container (`values`, `root_module`, a module's `resources` or `child_modules`):
 * entered like any other, and the prior-state resources its value reports are remembered as a
 * span of calls, so that the same key written again in the same object can take them back.
 */
function enterPrior(
  w: WalkerBase,
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
    if (from !== undefined && to !== undefined && to > from) w.visitor.priorStateRetract(from, to);
    f.spans[2 * f.key] = f.spans[2 * f.key + 1] = w.priorCalls;
  }
  const disposition = w.enter(f, kind, want, child, via, offset, false);
  if (disposition === D_DESCEND) w.frame!.spanStart = w.priorCalls;
  return disposition;
}

/** A prior-state container closes: the span of calls its value made is its parent key's. */
export function endSpan(w: WalkerBase, f: Frame): void {
  const parent = f.parent!;
  const spans = (parent.spans ??= []);
  spans[2 * parent.key] = f.spanStart;
  spans[2 * parent.key + 1] = w.priorCalls;
}

/** A state resource closes: one priorStateResource call. */
export function closeResource(w: WalkerBase, f: Frame): void {
  // A state module's `address` counts when it came before its `resources` (as Terraform writes
  // it): a reader that goes on reading cannot know one that comes after.
  const module = f.parent!.parent!;
  const parts = { ...w.partsOf(f), moduleAddress: module.address };
  w.visitor.priorStateResource(displayAddress(parts, f.path()), f.mode);
  w.priorCalls++;
}
