/**
 * What the Terragrunt reader threads and the pool say to each other (structured clone), and how an
 * error crosses the thread boundary: a class instance arrives as a bare Error, so an InputError is
 * sent as its fields and made again on the other side, code, file, offset and cause kept.
 */
import { InputError, type InputErrorCode } from '../errors.js';
import type { PlanSummary } from '../model/plan-summary.js';
import type { ValuePolicy } from '../plan/value-policy.js';

/** workerData of a reader thread (with READER_WORKER_MARKER set). */
export interface ReaderWorkerData {
  /** --show-values and --hide-values-of; absent: values are never read. */
  readonly values?: ValuePolicy | undefined;
  /** --send-drift-resources: each unit's drifted resources are kept. */
  readonly driftResources?: boolean | undefined;
}

/** One unit plan to read. */
export interface UnitTask {
  readonly id: number;
  readonly file: string;
  readonly label: string;
}

/** An error as data. */
export interface WireError {
  readonly name: string;
  readonly message: string;
  /** A system error's code (ENOENT, EACCES…), or ours. */
  readonly code?: string | undefined;
  readonly input?: {
    readonly code: InputErrorCode;
    readonly file: string;
    readonly detail: string;
    readonly offset?: number | undefined;
  };
  readonly cause?: WireError | undefined;
}

export type UnitResult =
  { readonly id: number; readonly summary: PlanSummary } | { readonly id: number; readonly error: WireError };

/** Causes nest; a loop (or a very deep chain) stops here. */
const MAX_CAUSES = 8;

export function toWire(error: unknown, depth = 0): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  const cause = depth < MAX_CAUSES && error.cause !== undefined ? toWire(error.cause, depth + 1) : undefined;
  return {
    name: error.name,
    message: error.message,
    code: typeof code === 'string' ? code : undefined,
    input:
      error instanceof InputError
        ? { code: error.code, file: error.file, detail: error.detail, offset: error.offset }
        : undefined,
    cause,
  };
}

/**
 * The error again: an InputError as it was thrown; anything else as an Error with its name, code
 * and cause, its message prefixed with the unit's file (`label`) when it does not name it.
 */
export function fromWire(wire: WireError, label?: string): Error {
  const cause = wire.cause === undefined ? undefined : fromWire(wire.cause);
  const options = cause === undefined ? undefined : { cause };
  if (wire.input !== undefined) {
    const { code, file, detail, offset } = wire.input;
    return new InputError(code, file, detail, offset, options);
  }
  const message =
    label === undefined || wire.message.includes(label) ? wire.message : `${label}: ${wire.message}`;
  const error = new Error(message, options) as Error & { code?: string };
  if (wire.name !== 'Error') Object.defineProperty(error, 'name', { value: wire.name });
  if (wire.code !== undefined) error.code = wire.code;
  return error;
}
