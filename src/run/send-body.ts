/**
 * Where the event went, for a report and a merge alike: the one send of the exact body (spooled
 * when it cannot be delivered) and the facts the summaries say about it.
 */
import type { deliverEvent } from '../api/deliver.js';
import type { EventBody } from '../api/event-body.js';
import type { ReportConfig } from '../config/schema.js';
import type { SendEventRequest } from '../reporter/event-schema.js';
import type { RunFacts, TrippedGate } from '../reporter/run-facts.js';
import type { RunIo } from './run-report.js';

export type Delivery =
  | { readonly kind: 'dry-run' }
  | { readonly kind: 'sent' }
  /** `--save-partial` without `--send`: the partial is the delivery; nothing went to Harness. */
  | { readonly kind: 'saved' }
  /** Sending failed for good; the exact body was written to `file` for `iacm-report send --payload`. */
  | { readonly kind: 'spooled'; readonly file: string; readonly error: Error };

/** Sends the exact body (spooled when it cannot be delivered): the one send of a report or a merge. */
export async function sendBody(
  config: { readonly connection: Parameters<typeof deliverEvent>[0]; readonly spoolDir?: string | undefined },
  body: EventBody,
  io: RunIo,
  landed?: () => Promise<boolean | undefined>,
): ReturnType<typeof deliverEvent> {
  const { deliverEvent } = await import('../api/deliver.js');
  return deliverEvent(config.connection, body, {
    ...(landed === undefined ? {} : { landed }),
    spoolDir: config.spoolDir,
    env: io.env,
    cwd: io.cwd,
    log: io.log,
    http: io.http,
  });
}

export function runFacts(
  config: Pick<ReportConfig, 'connection'>,
  event: SendEventRequest,
  delivery: Delivery,
  gates: readonly TrippedGate[],
): RunFacts {
  const metadata = event.metadata;
  const trigger = metadata?.trigger;
  const link = trigger?.['run_url'] ?? trigger?.['build_link'];
  return {
    gates,
    delivery:
      delivery.kind === 'spooled' ? { kind: 'spooled', file: delivery.file } : { kind: delivery.kind },
    org: config.connection.org,
    project: config.connection.project,
    workspace: config.connection.workspace,
    commit: metadata?.git_commit_sha,
    runUrl: typeof link === 'string' && /^https?:\/\//.test(link) ? link : undefined,
  };
}
