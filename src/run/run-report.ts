/**
 * The one pipeline under every entry point: config -> parsers -> model -> event -> delivery.
 * (Being written; the signature is the contract the entries code against.)
 */
import type { ReportConfig } from '../config/schema.js';
import type { ReportModel } from '../reporter/report-model.js';
import type { SendEventRequest } from '../reporter/event-schema.js';

/** The world a run sees, handed in by the entry point (so the pipeline itself reads no globals). */
export interface RunIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** A human-readable progress or warning line (stderr for the CLI, the log for the Action). */
  readonly log: (line: string) => void;
  /** Units read so far of a Terragrunt tree; the entry decides whether to draw it (TTY only). */
  readonly progress?: ((done: number, total: number) => void) | undefined;
}

export type Delivery =
  | { readonly kind: 'dry-run' }
  | { readonly kind: 'sent' }
  /** Sending failed for good; the exact body was written to `file` for `iacm-report send --payload`. */
  | { readonly kind: 'spooled'; readonly file: string; readonly error: Error };

export interface ReportOutcome {
  readonly model: ReportModel;
  readonly event: SendEventRequest;
  /** The exact request body, as sent (or as it would be sent). */
  readonly body: string;
  readonly delivery: Delivery;
}

export declare function runReport(config: ReportConfig, io: RunIo): Promise<ReportOutcome>;
